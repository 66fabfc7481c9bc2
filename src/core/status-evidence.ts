import { State } from './status';
import { firstSentenceAsTyped, fold } from './text';

/** What an implementation text says of the work's state, by its own words. */
export type SaidState = 'done' | 'in_progress' | 'not_started' | 'not_yet';

export const SAYS_NOT_STARTED =
  /(?<!\p{L})(nu a fost (initiat|inceput|demarat|realizat)|nu au fost (initiate|incepute|realizate)|nu s-a (initiat|inceput|realizat)|nu este initiat|не (было )?(начат|выполнен|реализован)|has not (yet )?(been )?(started|initiated|implemented|done)|was not (started|initiated|implemented|done)|not (yet )?started)/u;
/** A negation word after a space, punctuation or the start ("has not", "was not" hold "not"). */
const NEGATION_WORD = /(?:nu|не|not)\s/gi;
const BEFORE_NEGATION = /[\s,;:(]/;

/** /(?:^|[\s,;:(])(?:nu|не|not|has not|was not)\s/i, several times faster: the words first, then what precedes them. */
export function hasNegation(s: string): boolean {
  NEGATION_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NEGATION_WORD.exec(s))) {
    if (m.index === 0 || BEFORE_NEGATION.test(s[m.index - 1])) return true;
    NEGATION_WORD.lastIndex = m.index + 1;
  }
  return false;
}
const SAYS_DONE =
  /(?<!\p{L})(a fost (realizat|implementat|finalizat|indeplinit)\p{L}* (integral|in totalitate|pe deplin|complet)|actiunea a fost (realizat|finalizat|indeplinit)\p{L}*|a fost finalizat\p{L}*|выполнен\p{L}* в полном объеме|(fully|successfully) (completed|implemented)|has been completed)/u;

/** SAYS_DONE, tried only on a sentence holding one of the words each of its wordings holds. */
export function saysDone(folded: string): boolean {
  const maybe = folded.includes('a fost ') || folded.includes('выполнен') || folded.includes('fully ') || folded.includes('has been completed');
  return maybe && SAYS_DONE.test(folded);
}

/**
 * "Is still being drafted", "under discussion": the work under way, in the words officers use for
 * it (folded: no diacritics, "ё" and "й" as "е" and "и").
 */
const SAYS_IN_PROGRESS = new RegExp(
  '(?<!\\p{L})(' +
    [
      // ro
      '(in|la) (proces|curs|stadiu|etapa)\\p{L}* de \\p{L}',
      'in (lucru|desfasurare|derulare|pregatire|elaborare|discutie|dezbatere)(?!\\p{L})',
      'se (discuta|elaboreaza|examineaza|definitiveaza|pregateste|lucreaza|negociaza)(?!\\p{L})',
      // ru
      'в (процессе|стадии|ходе) (разработки|подготовки|доработки|согласования|рассмотрения|утверждения|обсуждения|реализации|выполнения)',
      'находи?тся (в|на) (стадии|этапе|процессе|рассмотрении|согласовании|доработке)',
      'на (стадии|этапе) (разработки|подготовки|доработки|согласования|рассмотрения|утверждения|обсуждения)',
      '(разрабатыва|дорабатыва|обсужда|рассматрива|согласовыва|готови|продолжа)(ет|ют)ся(?!\\p{L})',
      'вед(е|у)тся(?!\\p{L})',
      // en
      '(is|are) (still )?being \\p{L}',
      '(is|are) (still )?(under|in) (development|preparation|review|progress|discussion|consideration|draft)',
      'under (discussion|review|consideration|way|(re-?)?development)',
      'in (draft|progress)(?!\\p{L})',
      'work is (still )?ongoing',
    ].join('|') +
    ')',
  'u',
);

/** "Not yet", "to be approved": not done, whether begun or not. */
const SAYS_NOT_YET = new RegExp(
  '(?<!\\p{L})(' +
    [
      'urmeaza (sa|a fi|a se)(?!\\p{L})',
      'inca nu(?!\\p{L})',
      'nu (este|sunt|e|a fost|au fost) inca(?!\\p{L})',
      'еще не(?!\\p{L})',
      'будет (разработан|подготовлен|утвержден|принят|представлен|завершен|реализован|рассмотрен)',
      'предстоит(?!\\p{L})',
      'not yet(?!\\p{L})',
      '(is|are|remains?) (still )?to be (\\p{L}+ed|done)',
      'will be (\\p{L}+ed|done)',
    ].join('|') +
    ')',
  'u',
);

/**
 * The state a text's first sentence says the work is in, when it says so plainly; null when it
 * does not. Later sentences tell of parts ("the survey has been completed"), not of the action.
 */
export function saidState(text: string): SaidState | null {
  const folded = fold(firstSentenceAsTyped(text));
  if (SAYS_IN_PROGRESS.test(folded)) return 'in_progress';
  if (hasNegation(folded) && SAYS_NOT_STARTED.test(folded)) return 'not_started';
  if (saysDone(folded)) return 'done';
  if (SAYS_NOT_YET.test(folded)) return 'not_yet';
  return null;
}

/** The side of a state a text can contradict: partial, failed, suspended and cancelled work fit any text. */
const SIDE: Partial<Record<State, SaidState>> = { done: 'done', in_progress: 'in_progress', initiated: 'in_progress', not_started: 'not_started' };

/**
 * Whether a state read from a phrase outside the vocabulary disagrees with the text beside it (an
 * inferred "Gata" over "the draft is still being drafted"): then it is not proposed.
 */
export function disagreesWithText(state: State, text: string): boolean {
  const side = SIDE[state];
  if (!side || !text.trim()) return false;
  const said = saidState(text);
  if (said === 'not_yet') return side === 'done';
  return said !== null && said !== side;
}

/** A text whose first sentence says the work is not finished: under way, not begun or still to come. */
export function saysUnfinished(text: string): boolean {
  const said = saidState(text);
  return said !== null && said !== 'done';
}
