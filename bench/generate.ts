/**
 * Generates realistic action-plan sheets from the sample's vocabulary: objective and area heading
 * rows, ids, statuses with qualifiers and spelling variants, every deadline form, long narratives.
 * Deterministic for a given seed.
 */
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

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function generatePlan(actions: number, seed = 1, narrativeWords = 60): GeneratedPlan {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const sentence = (n: number) => {
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(pick(WORDS));
    const s = w.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const rows: GeneratedPlan['rows'] = [
    ['Raport privind implementarea Planului de acțiuni'],
    ['pentru semestrul I, 2020'],
    ['Nr.', 'Acțiunea', 'Instituția responsabilă', 'Termen de realizare', 'Costuri', 'Indicatori de progres', 'Statutul', 'Descrierea succintă'],
  ];
  const merges = ['A1:H1', 'A2:H2'];
  const perArea = 25;
  const areasPerObjective = 4;
  let area = 0;
  let made = 0;
  while (made < actions) {
    if (area % areasPerObjective === 0) {
      rows.push([`Obiectivul ${area / areasPerObjective + 1}. ${sentence(6)}`]);
      merges.push(`A${rows.length}:H${rows.length}`);
    }
    area++;
    rows.push([`${area}. ${sentence(8)}`]);
    merges.push(`A${rows.length}:H${rows.length}`);
    for (let i = 1; i <= perArea && made < actions; i++, made++) {
      const paragraphs = Math.max(1, Math.round(narrativeWords / 30));
      const narrative = Array.from({ length: paragraphs }, () => sentence(30)).join('\n\n');
      rows.push([`${area}.${i}`, sentence(10), pick(RESPONSIBLE), pick(DEADLINES), 'În limitele bugetului aprobat', sentence(5), pick(STATUSES), narrative]);
    }
  }
  return { rows, merges, actions: made };
}
