import { memo } from './memo';
import { mayBePercent, percentStatus } from './status-percent';
import { editDistance, fold } from './text';

export const STATES = ['done', 'partially_done', 'in_progress', 'initiated', 'not_started', 'not_done', 'suspended', 'cancelled'] as const;
export type State = (typeof STATES)[number];

export const QUALIFIERS = ['continuing', 'own_part', 'period_only', 'deviation'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type Lang = 'ro' | 'en' | 'ru';

/** Romanian adjectives come in four forms: realizat, realizată, realizate, realizați. */
const ro = (stem: string) => [stem, `${stem}a`, `${stem}e`, `${stem}i`];

const FORMS: Record<State, string[]> = {
  done: [
    ...ro('realizat'),
    ...ro('indeplinit'),
    ...ro('executat'),
    ...ro('implementat'),
    ...ro('realizat').map((f) => `${f} integral`),
    ...ro('integral realizat'),
    'выполнено',
    'выполнена',
    'выполнен',
    'выполнены',
    'реализовано',
    'реализована',
    'исполнено',
    'полностью выполнено',
    'полностью выполнена',
    'полностью реализовано',
    ...ro('finalizat'),
    ...ro('complet'),
    'завершено',
    'завершена',
    'завершен',
    'done',
    'completed',
    'complete',
    'finished',
    'achieved',
    'implemented',
    'fully done',
    'fully completed',
    'fully achieved',
    'fully implemented',
  ],
  partially_done: [
    ...ro('realizat').map((f) => `${f} partial`),
    ...ro('partial realizat'),
    ...ro('implementat').map((f) => `${f} partial`),
    ...ro('partial implementat'),
    // Every finished-work word with "in part", before or after: "Îndeplinit parțial" is not done.
    ...['indeplinit', 'executat', 'finalizat'].flatMap((stem) => [...ro(stem).map((f) => `${f} partial`), ...ro(`partial ${stem}`)]),
    'частично выполнено',
    'частично выполнена',
    'частично выполнены',
    'выполнено частично',
    'выполнена частично',
    'выполнены частично',
    'частично реализовано',
    'частично реализована',
    'реализовано частично',
    'реализована частично',
    'частично исполнено',
    'исполнено частично',
    'частично завершено',
    'частично завершена',
    'завершено частично',
    'завершена частично',
    'partially done',
    'partially completed',
    'partially complete',
    'partially finished',
    'partially achieved',
    'partially implemented',
    'partly done',
    'partly completed',
    'partly complete',
    'partly achieved',
    'partly implemented',
  ],
  in_progress: [
    'in proces de realizare',
    'in proces de implementare',
    'in proces de executare',
    'in curs de realizare',
    'in curs de executare',
    'in curs de implementare',
    'in desfasurare',
    'in derulare',
    'se realizeaza',
    'se implementeaza',
    'в процессе выполнения',
    'в процессе реализации',
    'выполняется',
    'реализуется',
    'исполняется',
    'в стадии выполнения',
    'ведется работа',
    'in progress',
    'ongoing',
    'on-going',
    'being implemented',
    'underway',
  ],
  initiated: [...ro('initiat'), 'начато', 'начата', 'инициировано', 'инициирована', 'initiated', 'started'],
  not_started: [
    ...ro('neinitiat'),
    'nu a fost initiata',
    'nu a fost initiat',
    'nu au fost initiate',
    'nu este initiata',
    'не начато',
    'не начата',
    'не инициировано',
    ...ro('neinceput'),
    'nu a inceput',
    'еще не начато',
    'not started',
    'not yet started',
    'not started yet',
    'not initiated',
  ],
  not_done: [
    ...ro('nerealizat'),
    ...ro('neindeplinit'),
    ...ro('neexecutat'),
    'nu a fost realizata',
    'nu a fost realizat',
    'не выполнено',
    'не выполнена',
    'не реализовано',
    ...ro('nefinalizat'),
    'не завершено',
    'не завершена',
    'not done',
    'not achieved',
    'not completed',
    'not complete',
    'incomplete',
    'not implemented',
  ],
  suspended: [...ro('suspendat'), 'приостановлено', 'приостановлена', 'suspended', 'on hold', 'paused'],
  cancelled: [...ro('anulat'), ...ro('exclus'), 'отменено', 'отменена', 'исключено', 'cancelled', 'canceled', 'excluded'],
};

/** The form offered as a fix, per language. Romanian uses the feminine: an action is "acțiune". */
export const CANONICAL: Record<Lang, Record<State, string>> = {
  ro: {
    done: 'Realizată',
    partially_done: 'Realizată parțial',
    in_progress: 'În proces de realizare',
    initiated: 'Inițiată',
    not_started: 'Neinițiată',
    not_done: 'Nerealizată',
    suspended: 'Suspendată',
    cancelled: 'Anulată',
  },
  ru: {
    done: 'Выполнено',
    partially_done: 'Частично выполнено',
    in_progress: 'В процессе выполнения',
    initiated: 'Начато',
    not_started: 'Не начато',
    not_done: 'Не выполнено',
    suspended: 'Приостановлено',
    cancelled: 'Отменено',
  },
  en: {
    done: 'Done',
    partially_done: 'Partially done',
    in_progress: 'In progress',
    initiated: 'Initiated',
    not_started: 'Not started',
    not_done: 'Not done',
    suspended: 'Suspended',
    cancelled: 'Cancelled',
  },
};

const QUALIFIER_PATTERNS: [Qualifier, RegExp][] = [
  ['continuing', /activitate (continua|permanenta)|activitati (continue|permanente)|permanent|continuu|постоянн|continuous|continuing|ongoing activity/],
  ['own_part', /(in|pe) partea (ce tine )?de\b|partea ce tine de|в части|own part|(in|for) the part of/],
  [
    'period_only',
    /pentru (semestrul|trimestrul|anul|perioada)|за (i|ii|1|2|перв|втор)\S* (полугоди|квартал)|за отчетный период|for (the )?(semester|half|quarter|period)/,
  ],
  ['deviation', /deviere|с отклонени|deviation/],
];
/** The same anchored at the start: outside parentheses a qualifier leads its chunk. */
const LEADING_QUALIFIERS: [Qualifier, RegExp, RegExp][] = QUALIFIER_PATTERNS.map(([q, re]) => [q, re, new RegExp(`^(${re.source})`)]);

/** Any qualifier at the start of a text. */
const ANY_QUALIFIER = new RegExp(`^(?:${QUALIFIER_PATTERNS.map(([, re]) => re.source).join('|')})`);

interface Entry {
  folded: string;
  state: State;
}

/** Vocabulary entries, longest first so "realizat partial" wins over "realizat". */
const ENTRIES: Entry[] = STATES.flatMap((state) => FORMS[state].map((f) => ({ folded: fold(f), state }))).sort((a, b) => b.folded.length - a.folded.length);

/** The same, by first character: a cell's first letter leaves a handful to try. */
const ENTRIES_BY_FIRST = new Map<string, Entry[]>();
for (const e of ENTRIES) ENTRIES_BY_FIRST.set(e.folded[0], [...(ENTRIES_BY_FIRST.get(e.folded[0]) ?? []), e]);
/** The first words of every vocabulary form: a cell starting otherwise holds no status. */
const FIRST_WORDS = new Set(ENTRIES.map((e) => e.folded.split(' ')[0]));

/** A cheap test before matchLeadingStatus: does the text's first word begin some status form? */
export function mayLeadWithStatus(raw: string): boolean {
  if (mayBePercent(raw)) return true;
  const first = /^[\p{L}]+/u.exec(fold(raw.slice(0, 40)));
  return first !== null && FIRST_WORDS.has(first[0]);
}

export interface StatusMatch {
  state: State;
  qualifiers: Qualifier[];
  /** Where the state phrase alone ends in the original text. */
  phraseEnd: number;
  /** Where the status phrase with its qualifiers and punctuation ends. */
  end: number;
}

/** Folded form of one code point, cached: "" for a combining mark, null for white space. */
const FOLDED_CHAR = new Map<number, string | null>();
function foldChar(cp: number): string | null {
  let f = FOLDED_CHAR.get(cp);
  if (f === undefined) {
    const ch = String.fromCodePoint(cp);
    f = /\s/.test(ch)
      ? null
      : ch
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase();
    FOLDED_CHAR.set(cp, f);
  }
  return f;
}

interface Folded {
  text: string;
  /** offsets[i] is where text[i] comes from in the original; one more entry for the end. */
  offsets: Int32Array;
  /** Whether text folds the whole original, not only its first `limit` characters. */
  complete: boolean;
}

/**
 * Scratch buffers reused from call to call (OFFSETS grown when a longer prefix is folded). CODES is
 * a plain array: String.fromCharCode.apply reads one about twice as fast as a typed array.
 */
const CODES: number[] = [];
let OFFSETS = new Int32Array(257);

/**
 * The first `limit` characters of s folded (case, diacritics, runs of white space to one space),
 * with a map back to offsets in the original string. The offsets are valid until the next call.
 */
function foldWithOffsets(s: string, limit = s.length): Folded {
  const stop = Math.min(s.length, limit);
  // One UTF-16 unit folds to at most three (a Hangul syllable's letters).
  if (OFFSETS.length < 3 * stop + 2) OFFSETS = new Int32Array(3 * stop + 2);
  const codes = CODES;
  const offsets = OFFSETS;
  let n = 0;
  let lastSpace = true;
  let i = 0;
  while (i < stop) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      // "in_progress", "not_started": trackers' codes, the underscore a space.
      if (c === 32 || (c >= 9 && c <= 13) || c === 95) {
        if (!lastSpace) {
          codes[n] = 32;
          offsets[n++] = i;
        }
        lastSpace = true;
      } else {
        codes[n] = c >= 65 && c <= 90 ? c + 32 : c;
        offsets[n++] = i;
        lastSpace = false;
      }
      i++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const f = foldChar(cp);
    if (f === null) {
      if (!lastSpace) {
        codes[n] = 32;
        offsets[n++] = i;
      }
      lastSpace = true;
    } else {
      for (let k = 0; k < f.length; k++) {
        codes[n] = f.charCodeAt(k);
        offsets[n++] = i;
      }
      lastSpace = false;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  offsets[n] = i;
  codes.length = n;
  let text = '';
  if (n <= 4096) text = String.fromCharCode.apply(null, codes);
  else for (let k = 0; k < n; k += 4096) text += String.fromCharCode.apply(null, codes.slice(k, k + 4096));
  return { text, offsets, complete: i >= s.length };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const QUALIFIER_LEAD = /^[\s.,;:–-]*(?:\(([^)]*)\)|([^.;()]{1,60})(?=[.;(]|$))/;
const QUALIFIER_PUNCT = /^[\s.,;:–-]*/;
const TRAIL = /^[\s.,;:!–-]*/;
/** Sentinel: the folded prefix was too short to decide, fold more. */
const MORE = 'more' as const;

/**
 * A qualifier right after the state phrase: "(activitate continuă)", or a short "pentru semestrul
 * I 2022". On a prefix of the text, MORE when what follows the prefix could change the answer.
 */
function leadingQualifier(rest: string, complete: boolean): { found: Qualifier[]; length: number } | null | typeof MORE {
  const k = QUALIFIER_PUNCT.exec(rest)![0].length;
  if (!complete) {
    // The regular expression reads the punctuation run, then up to a ")" or 61 characters past it.
    if (k >= rest.length) return MORE;
    if (rest[k] === '(' ? rest.indexOf(')', k) < 0 : k + 61 >= rest.length) return MORE;
  }
  // Outside parentheses a qualifier leads the chunk: most narratives go on with other words.
  if (rest[k] !== '(' && !ANY_QUALIFIER.test(rest.slice(k))) return null;
  const m = QUALIFIER_LEAD.exec(rest);
  if (!m) return null;
  const inParens = m[1] !== undefined;
  const chunk = (m[1] ?? m[2] ?? '').trim();
  const found = LEADING_QUALIFIERS.filter(([, re, anchored]) => (inParens ? re : anchored).test(chunk)).map(([q]) => q);
  return found.length ? { found, length: m[0].length } : null;
}

/** A state phrase and its qualifiers fit in far fewer characters: most cells need one pass. */
const FIRST_PREFIX = 100;

/**
 * The state phrase at the start of a cell, or null when the text does not start with one. Folds
 * the first `prefix` characters, and more only when what follows could change the answer.
 */
export function matchLeadingStatus(raw: string, prefix = FIRST_PREFIX): StatusMatch | null {
  if (mayBePercent(raw)) {
    const p = percentStatus(raw);
    if (p?.certain) return { state: p.state, qualifiers: [], phraseEnd: p.end, end: p.end + TRAIL.exec(raw.slice(p.end))![0].length };
  }
  for (let limit = Math.max(1, prefix); ; limit *= 8) {
    const m = matchInPrefix(foldWithOffsets(raw, limit));
    if (m !== MORE) return m;
  }
}

/** matchLeadingStatus on a folded prefix; MORE when the rest of the text could change the answer. */
function matchInPrefix({ text, offsets, complete }: Folded): StatusMatch | null | typeof MORE {
  const start = text.search(/\S/);
  if (start < 0) return complete ? null : MORE;
  for (const e of ENTRIES_BY_FIRST.get(text[start]) ?? []) {
    if (!text.startsWith(e.folded, start)) {
      if (!complete && start + e.folded.length > text.length) return MORE;
      continue;
    }
    let end = start + e.folded.length;
    if (end >= text.length && !complete) return MORE;
    if (end < text.length && WORD_CHAR.test(text[end])) continue;
    // A question ("Realizat?") is not a status anyone can be sure of.
    if (/^ ?\?/.test(text.slice(end, end + 2))) return null;
    const phraseEnd = offsets[end];
    const qualifiers: Qualifier[] = [];
    for (;;) {
      const q = leadingQualifier(text.slice(end), complete);
      if (q === MORE) return MORE;
      if (!q) break;
      for (const x of q.found) if (!qualifiers.includes(x)) qualifiers.push(x);
      end += q.length;
    }
    end += TRAIL.exec(text.slice(end))![0].length;
    if (end >= text.length && !complete) return MORE;
    return { state: e.state, qualifiers, phraseEnd, end: offsets[Math.min(end, text.length)] };
  }
  return null;
}

export interface ParsedStatus {
  state: State;
  qualifiers: Qualifier[];
  /** Text after the status phrase that is neither a qualifier nor punctuation. */
  rest: string;
}

/** A whole status cell: the state phrase, its qualifiers, and whatever is left. */
export function parseStatus(raw: string): ParsedStatus | null {
  const m = matchLeadingStatus(raw);
  if (!m) return null;
  return { state: m.state, qualifiers: m.qualifiers, rest: raw.slice(m.end).trim() };
}

/**
 * The canonical spelling when the phrase is a canonical form typed another way (ş for ș,
 * no diacritics, other case); null when it is canonical or a legitimate variant ("Realizat").
 */
const FOLDED_CANONICAL = new Map<string, string>(
  (Object.keys(CANONICAL) as Lang[]).flatMap((lang) => STATES.map((st) => [`${st}|${fold(CANONICAL[lang][st])}`, CANONICAL[lang][st]] as [string, string])),
);

/** Plans repeat a few status phrases. */
const foldPhrase = memo(fold);

export function spellingFix(phrase: string, state: State): string | null {
  const typed = phrase.trim();
  const canonical = FOLDED_CANONICAL.get(`${state}|${foldPhrase(typed)}`);
  return canonical === undefined || canonical === typed ? null : canonical;
}

/**
 * Phrases outside the vocabulary whose meaning is nevertheless clear. They are proposed as that
 * state with lower confidence, never counted as it.
 */
const INFERRED: Record<State, string[]> = {
  done: ['gata', 'fulfilled', 'исполнена'],
  partially_done: ['partial', 'partially', 'partly', 'частично'],
  in_progress: [
    'in lucru',
    'in curs',
    'in proces',
    'in implementare',
    'in executare',
    'in process',
    'в работе',
    'в процессе',
    'на стадии',
    // Timeliness, not state: under way, most likely, but whether begun or finished is not said.
    'on track',
    'on schedule',
    'in grafic',
    'conform planului',
    'conform graficului',
    'по графику',
    'в срок',
    'off track',
    'at risk',
    'delayed',
    'behind schedule',
    'cu intirziere',
    'cu intarziere',
    ...ro('intirziat'),
    ...ro('intarziat'),
    'in intirziere',
    'in intarziere',
    'cu risc',
    'la risc',
    'отстает',
    'с опозданием',
    'с отставанием',
    'с задержкой',
    'задерживается',
    'под угрозой',
    'в зоне риска',
  ],
  initiated: [...ro('demarat'), ...ro('inceput'), 'launched', 'приступили'],
  not_started: [
    'pending',
    'forthcoming',
    'urmeaza',
    'предстоит',
    'not yet initiated',
    'urmeaza a fi initiata',
    'urmeaza a fi initiat',
    'urmeaza sa fie initiata',
    'urmeaza a fi realizata',
    ...ro('planificat'),
    'в ожидании',
    'запланировано',
    'не приступали',
    'не приступили',
  ],
  not_done: ['nu a fost indeplinita', 'nu a fost executata', 'failed', 'не исполнено'],
  suspended: [...ro('amanat'), 'postponed', 'deferred', 'отложено'],
  cancelled: ['abandoned', 'withdrawn', 'renuntat', 'отказались'],
};

/**
 * RAG colours: they rate progress against the plan, not the state ("green" is on track in some
 * trackers, done in others). Proposed as in progress, never counted, and only as the whole phrase:
 * "Green energy …" is narrative.
 */
const COLOURS: string[] = ['green', 'amber', 'yellow', 'red', 'verde', 'galben', 'rosu', 'зеленыи', 'желтыи', 'красныи', 'янтарныи'];

const INFERRED_ENTRIES: Entry[] = STATES.flatMap((state) => INFERRED[state].map((f) => ({ folded: fold(f), state }))).sort(
  (a, b) => b.folded.length - a.folded.length,
);

/** Every status phrase the engine knows, folded: certain ones (counted) and inferred ones (proposed). */
export function statusVocabulary(): { folded: string; state: State; certain: boolean; exact?: true }[] {
  return [
    ...ENTRIES.map((e) => ({ ...e, certain: true })),
    ...INFERRED_ENTRIES.map((e) => ({ ...e, certain: false })),
    ...COLOURS.map((folded) => ({ folded, state: 'in_progress' as State, certain: false, exact: true as const })),
  ];
}

/** The status phrase at the start of a cell, cut at its first line, sentence or bracket. */
function leadingPhrase(raw: string): { phrase: string; end: number } {
  const m = /^[^\n.;:(,]*/.exec(raw.trimStart())!;
  const lead = raw.length - raw.trimStart().length;
  // A question ("Gata?") is not a status anyone can be sure of.
  const phrase = /\?/.test(m[0]) ? '' : fold(m[0]).replace(/!+$/, '').trim();
  return { phrase, end: lead + m[0].length };
}

export interface NearStatus {
  state: State;
  /** Where the phrase that was read ends in the original text. */
  end: number;
}

export interface InferredStatus extends NearStatus {
  /** Where the words that mean the state end ("Urmează a fi inițiată| după contractare"). */
  phraseEnd: number;
  /** Whether those words are the whole leading phrase, or more words of the same sentence follow. */
  whole: boolean;
}

/** A phrase outside the vocabulary that clearly means a state ("Pending", "Urmează a fi inițiată"). */
export function inferStatus(raw: string): InferredStatus | null {
  const percent = mayBePercent(raw) ? percentStatus(raw) : null;
  if (percent && !percent.certain) return { state: percent.state, end: percent.end, phraseEnd: percent.end, whole: true };
  const { phrase, end } = leadingPhrase(raw);
  if (!phrase) return null;
  if (COLOURS.includes(phrase)) return { state: 'in_progress', end, phraseEnd: end, whole: true };
  for (const e of INFERRED_ENTRIES) {
    const whole = phrase === e.folded;
    if (whole || (phrase.startsWith(e.folded) && !WORD_CHAR.test(phrase[e.folded.length]) && phrase.split(' ').length <= e.folded.split(' ').length + 5))
      return { state: e.state, end, phraseEnd: foldedEnd(raw.slice(0, end), e.folded.length), whole };
  }
  return null;
}

/** Where, in the original text, the first `length` folded characters end (no white space after them). */
function foldedEnd(raw: string, length: number): number {
  const { text, offsets } = foldWithOffsets(raw);
  let end = length < text.length ? offsets[length] : raw.length;
  while (end > 0 && /\s/.test(raw[end - 1])) end--;
  return end;
}

const NEGATED = /^(ne|nu |not |не |non)/;

/**
 * The allowed state a mistyped status phrase was meant to be: only when it is confidently so (a
 * letter or two away, one state clearly nearest, no negation added or dropped); else null.
 */
export function nearStatus(raw: string, allowed: readonly State[]): NearStatus | null {
  const { phrase, end } = leadingPhrase(raw);
  if (!phrase || phrase.length < 4 || phrase.split(' ').length > 6 || allowed.length === 0) return null;
  const limit = phrase.length <= 5 ? 1 : phrase.length <= 12 ? 2 : 3;
  const nearest = new Map<State, number>();
  for (const e of ENTRIES) {
    if (Math.abs(e.folded.length - phrase.length) > limit) continue;
    const d = editDistance(phrase, e.folded);
    if (d <= limit && d < (nearest.get(e.state) ?? Infinity)) nearest.set(e.state, d);
  }
  const ranked = [...nearest].sort((a, b) => a[1] - b[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return null;
  const best = ranked[0][0];
  // A negation added or dropped changes the meaning: "Nrealizat" is not offered as "Realizat".
  const bestForm = ENTRIES.find(
    (e) => e.state === best && Math.abs(e.folded.length - phrase.length) <= limit && editDistance(phrase, e.folded) === ranked[0][1],
  )!;
  if (!allowed.includes(best) || NEGATED.test(bestForm.folded) !== NEGATED.test(phrase)) return null;
  return { state: best, end };
}

/** The allowed state whose forms are nearest to what was typed, when that is confidently right. */
export function closestState(raw: string, allowed: readonly State[]): State | null {
  return nearStatus(raw, allowed)?.state ?? null;
}

/** Which language a status or header is written in. */
export function detectLang(samples: string[]): Lang {
  let cyr = 0;
  let ro = 0;
  let en = 0;
  for (const s of samples) {
    if (/[\u0400-\u04ff]/.test(s)) cyr++;
    else if (/[ăâîșşțţ]/i.test(s) || /\b(nr|termen|realiz|actiun|obiectiv|responsabil)/i.test(fold(s))) ro++;
    else if (/\b(the|action|status|deadline|responsible|done|progress)\b/i.test(s)) en++;
  }
  if (cyr > ro && cyr > en) return 'ru';
  if (en > ro) return 'en';
  return 'ro';
}
