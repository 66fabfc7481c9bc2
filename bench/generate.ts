/**
 * Generates realistic action-plan sheets from the sample's vocabulary: objective and area heading
 * rows, ids, statuses with qualifiers and spelling variants, every deadline form, narratives.
 * Two shapes: short narratives in their own column, and a real report's long narratives (500–1,500
 * characters of the sample's own sentences, some Russian) glued after the status in one cell.
 * Deterministic for a given seed.
 */
import sample from '../samples/open-government-2020-s1.json';

export interface GeneratedPlan {
  rows: (string | number | null)[][];
  merges: string[];
  actions: number;
}

const STATUSES = [
  'Realizată',
  'În proces de realizare',
  'Neiniţiată',
  'Inițiată',
  'Realizat (activitate continuă)',
  'Realizată parțial',
  'Nerealizată',
  'Suspendată',
  'Anulată',
  'In proces de realizare',
];
const DEADLINES = [
  'Anual',
  'Trimestrul IV, 2020',
  'Trimestrul IV, 2019',
  'Trimestrul III, anual',
  'Semestrial',
  'Trimestrul I, 2020',
  'Martie',
  'Decembrie, 2020',
  '31.03.2020',
  'Permanent',
  'Pe parcursul anului',
  '2020',
];
const RESPONSIBLE = [
  'Cancelaria de Stat',
  'Agenția de Guvernare Electronică',
  'Ministerul Finanțelor, Agenția Achiziții Publice',
  'Ministerul Sănătății, Muncii și Protecției Sociale',
  'Ministere, alte autorități administrative centrale',
];
const WORDS =
  'pentru evaluarea necesităților populației privind datele guvernamentale deschise pe pagina oficială a fost creat un sondaj rezultatele sunt în proces de evaluare agenția a organizat instruiri seturi de date actualizate publicate portalul'.split(
    ' ',
  );

/** The sample's narrative sentences, as officers write them (both ş and ș, links, lists). */
const SENTENCES = (sample as { description: string }[])
  .flatMap((r) => r.description.split(/(?<=[.!?])\s+(?=[A-ZĂÂÎȘŞȚŢ„«-])/u))
  .map((s) => s.trim())
  .filter((s) => s.length > 20 && s.length < 400);
/** Reports of Russian-speaking units quote documents and write passages in Russian. */
const RUSSIAN = [
  'Информация размещена на официальной странице учреждения и направлена в Государственную канцелярию.',
  'В отчетном периоде проведено 12 семинаров для служащих органов местного публичного управления.',
  'Мероприятие выполняется в рамках программы «Открытое правительство» на 2019–2020 годы.',
];
/** How the status is glued to the narrative in one cell. */
const GLUE = ['. ', '\n', '\n\n', ': ', ' – ', ' '];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const HEADER_SHORT = [
  'Nr.',
  'Acțiunea',
  'Instituția responsabilă',
  'Termen de realizare',
  'Costuri',
  'Indicatori de progres',
  'Statutul',
  'Descrierea succintă',
];
const HEADER_LONG = [
  'Nr.',
  'Acțiunea',
  'Instituția responsabilă',
  'Termen de realizare',
  'Costuri',
  'Indicatori de progres',
  'Nivelul de realizare a acțiunii / Descrierea succintă',
];

interface Shape {
  header: string[];
  /** The cells after the indicators: status and narrative. */
  tail: (pick: <T>(xs: T[]) => T, rand: () => number, sentence: (n: number) => string) => string[];
}

function build(actions: number, seed: number, shape: Shape): GeneratedPlan {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const sentence = (n: number) => {
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(pick(WORDS));
    const s = w.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const last = String.fromCharCode(64 + shape.header.length);
  const rows: GeneratedPlan['rows'] = [['Raport privind implementarea Planului de acțiuni'], ['pentru semestrul I, 2020'], shape.header];
  const merges = [`A1:${last}1`, `A2:${last}2`];
  const perArea = 25;
  const areasPerObjective = 4;
  let area = 0;
  let made = 0;
  while (made < actions) {
    if (area % areasPerObjective === 0) {
      rows.push([`Obiectivul ${area / areasPerObjective + 1}. ${sentence(6)}`]);
      merges.push(`A${rows.length}:${last}${rows.length}`);
    }
    area++;
    rows.push([`${area}. ${sentence(8)}`]);
    merges.push(`A${rows.length}:${last}${rows.length}`);
    for (let i = 1; i <= perArea && made < actions; i++, made++) {
      rows.push([
        `${area}.${i}`,
        sentence(10),
        pick(RESPONSIBLE),
        pick(DEADLINES),
        'În limitele bugetului aprobat',
        sentence(5),
        ...shape.tail(pick, rand, sentence),
      ]);
    }
  }
  return { rows, merges, actions: made };
}

/** Short narratives (about narrativeWords words) in a description column of their own. */
export function generatePlan(actions: number, seed = 1, narrativeWords = 60): GeneratedPlan {
  return build(actions, seed, {
    header: HEADER_SHORT,
    tail: (pick, _rand, sentence) => {
      const paragraphs = Math.max(1, Math.round(narrativeWords / 30));
      return [pick(STATUSES), Array.from({ length: paragraphs }, () => sentence(30)).join('\n\n')];
    },
  });
}

/**
 * A real report's shape: one "status / description" column whose cells start with the status and
 * go on with a narrative of minChars to maxChars characters.
 */
export function generateLongPlan(actions: number, seed = 1, minChars = 500, maxChars = 1_500): GeneratedPlan {
  return build(actions, seed, {
    header: HEADER_LONG,
    tail: (pick, rand) => {
      const target = minChars + Math.floor(rand() * (maxChars - minChars + 1));
      let text = '';
      while (text.length < target) {
        const s = rand() < 0.06 ? pick(RUSSIAN) : pick(SENTENCES);
        text += text ? (rand() < 0.25 ? '\n\n' : ' ') + s : s;
      }
      // Cut at a word boundary so the length stays in range.
      if (text.length > maxChars) text = text.slice(0, text.lastIndexOf(' ', maxChars - 1)) + '.';
      return [`${pick(STATUSES)}${pick(GLUE)}${text}`];
    },
  });
}
