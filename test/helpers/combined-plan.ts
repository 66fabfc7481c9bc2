/**
 * A plan as some institutions keep it: institution and title rows, objective heading rows, a
 * combined "status / description" column (the status phrase, its qualifier, then the narrative),
 * responsible units as codes from an "Abrevieri" sheet. Deterministic for a seed.
 */
import type { SheetSpec } from './xlsx';

const STATUSES = [
  'Realizat.',
  'În proces de realizare.',
  'Realizat (activitate continuă).',
  'Neinițiat.',
  'Realizat parțial.',
  'În proces de realizare (activitate continuă).',
  'Nerealizat.',
  '',
];
const DEADLINES = [
  'Anual',
  'Trimestrul IV, 2022',
  'Trimestrul II, 2022',
  'Semestrul I, 2022',
  'Permanent',
  'Decembrie, 2022',
  '31.03.2022',
  'Pe parcursul anului',
];
const UNITS: [string, string][] = [
  ['DIP', 'Direcția implementare proiecte'],
  ['SRJU', 'Serviciul relații juridice'],
  ['SGPE', 'Secția gestiune și planificare economică'],
  ['SACSI', 'Secția achiziții și contracte de servicii informaționale'],
  ['DPD', 'Direcția protecția datelor'],
];
const RESPONSIBLE = ['DIP, SRJU', 'SGPE', 'ASP/Departamentul stare civilă', 'DIP SRJU SGPE', 'SACSI; DPD', 'Agenția Servicii Publice', 'DPD'];
const WORDS =
  'pentru evaluarea necesităților populației privind datele guvernamentale deschise pe pagina oficială a fost creat un sondaj rezultatele sunt în proces de evaluare agenția a organizat instruiri seturi de date actualizate publicate portalul interoperabilitate reglementare metodologiei implementarea platformei'.split(
    ' ',
  );

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function combinedPlan(actions: number, seed = 7): SheetSpec[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const sentence = (n: number) => {
    const w = Array.from({ length: n }, () => pick(WORDS)).join(' ');
    return `${w[0].toUpperCase()}${w.slice(1)}.`;
  };
  const rows: (string | null)[][] = [
    ['Agenția de Guvernare Electronică'],
    ['Raport privind implementarea Planului de acțiuni al Agenției pe perioada 2021–2023'],
    ['pentru semestrul I, 2022'],
    ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Indicatori de progres', 'Nivelul de realizare a acțiunii / Descrierea succintă'],
  ];
  const merges = ['A1:F1', 'A2:F2', 'A3:F3'];
  const perObjective = 20;
  for (let i = 0; i < actions; i++) {
    const objective = Math.floor(i / perObjective) + 1;
    if (i % perObjective === 0) {
      rows.push([`Obiectivul ${objective}. ${sentence(7).slice(0, -1)}`]);
      merges.push(`A${rows.length}:F${rows.length}`);
    }
    const paragraphs = 1 + Math.floor(rand() * 3);
    const narrative = Array.from({ length: paragraphs }, () => sentence(15 + Math.floor(rand() * 40))).join('\n');
    const status = pick(STATUSES);
    rows.push([
      `${objective}.${(i % perObjective) + 1}`,
      sentence(8 + Math.floor(rand() * 20)),
      pick(RESPONSIBLE),
      pick(DEADLINES),
      sentence(5),
      status ? `${status} ${narrative}` : narrative,
    ]);
  }
  return [
    { name: 'Plan 2022', rows, merges },
    { name: 'Abrevieri', rows: UNITS.map(([code, name]) => [code, name]) },
  ];
}
