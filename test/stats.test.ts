import { analyzeSheet } from '../src/core/analyze';
import { splitResponsible } from '../src/core/responsible';
import { sheet } from './helpers/grid';

const HEADER = ['Nr.', 'Obiectiv', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul', 'Descriere'];
const r = (id: string, obj: string, resp: string, deadline: string, status: string) => [id, obj, `Acțiunea ${id}`, resp, deadline, status, 'Text.'];

// Objective 1: done, done, in_progress (due), cancelled, not_started (due), unknown status
// Objective 2: done (due), partially_done (due), initiated, suspended, not_done (due), cancelled
const grid = sheet('Plan', [
  ['Raport pentru semestrul I, 2022'],
  HEADER,
  r('1.1', 'Obiectivul 1', 'A', 'Anual', 'Realizată'),
  r('1.2', 'Obiectivul 1', 'A, B', 'Martie 2022', 'Realizată'),
  r('1.3', 'Obiectivul 1', 'B', 'Iunie 2022', 'În proces de realizare'),
  r('1.4', 'Obiectivul 1', 'A', 'Trimestrul I, 2022', 'Anulată'),
  r('1.5', 'Obiectivul 1', 'A', 'Semestrial', 'Neinițiată'),
  r('1.6', 'Obiectivul 1', 'B', 'Anual', 'Poate'),
  r('2.1', 'Obiectivul 2', 'C', 'Trimestrul I, 2022', 'Realizată'),
  r('2.2', 'Obiectivul 2', 'C', 'Trimestrul II, 2022', 'Realizată parțial'),
  r('2.3', 'Obiectivul 2', 'C', 'Permanent', 'Inițiată'),
  r('2.4', 'Obiectivul 2', 'C', 'Decembrie 2022', 'Suspendată'),
  r('2.5', 'Obiectivul 2', 'A', '2021', 'Nerealizată'),
  r('2.6', 'Obiectivul 2', 'A', '2021', 'Anulată'),
]);

test('counts per state, rates, due, done among due and overdue, per objective and in total', () => {
  const { stats } = analyzeSheet(grid);
  const [o1, o2] = stats.objectives;
  expect(o1).toMatchObject({ key: '1', rows: 6, due: 4, doneAmongDue: 1, overdue: 2 });
  expect(o1.byState).toMatchObject({ done: 2, in_progress: 1, cancelled: 1, not_started: 1, unknown: 1 });
  expect(o1.completionRate).toBeCloseTo(2 / 5, 12); // 1.6 has no valid status but counts as a row
  expect(o1.startedRate).toBeCloseTo(3 / 5, 12);
  expect(o2).toMatchObject({ key: '2', rows: 6, due: 4, doneAmongDue: 1, overdue: 2 });
  expect(o2.byState).toMatchObject({ done: 1, partially_done: 1, initiated: 1, suspended: 1, not_done: 1, cancelled: 1 });
  expect(o2.completionRate).toBeCloseTo(1 / 5, 12);
  expect(o2.startedRate).toBeCloseTo(3 / 5, 12);
  expect(stats.total).toMatchObject({ rows: 12, due: 8, doneAmongDue: 2, overdue: 4 });
  expect(stats.total.completionRate).toBeCloseTo(3 / 10, 12);
  expect(stats.total.startedRate).toBeCloseTo(6 / 10, 12);
});

test('per responsible unit, multi-unit cells counted for each unit', () => {
  const { stats } = analyzeSheet(grid);
  expect(stats.responsible.map((g) => [g.key, g.rows, g.byState.done])).toEqual(
    [
      ['A', 6, 2],
      ['B', 3, 1],
      ['C', 4, 1],
    ].sort((a, b) => (b[1] as number) - (a[1] as number)),
  );
});

test('a plan whose rows are all cancelled has no rates, not NaN', () => {
  const { stats } = analyzeSheet(sheet('Plan', [['semestrul I 2022'], HEADER, r('1.1', 'Obiectivul 1', 'A', 'Anual', 'Anulată')]));
  expect(stats.total.completionRate).toBeNull();
  expect(stats.total.startedRate).toBeNull();
});

test.each([
  [
    'Ministerul Sănătății, Muncii și Protecției Sociale, Agenția Medicamentului',
    ['Ministerul Sănătății, Muncii și Protecției Sociale', 'Agenția Medicamentului'],
  ],
  ['Ministere, alte autorități administrative centrale, instituții publice', ['Ministere', 'alte autorități administrative centrale', 'instituții publice']],
  ['Cancelaria de Stat (Biroul relații cu diaspora, Secția X)', ['Cancelaria de Stat (Biroul relații cu diaspora, Secția X)']],
  ['SACSI, DPD', ['SACSI', 'DPD']],
  ['DIP; DPD\nDXX.', ['DIP', 'DPD', 'DXX']],
  ['DIP DPD', ['DIP', 'DPD']],
  ['DIP / DPD și SACSI', ['DIP', 'DPD', 'SACSI']],
  ['ДИП и ДПД', ['ДИП', 'ДПД']],
  ['IP AGE', ['IP AGE']],
  ['DIP Agenția Servicii Publice', ['DIP Agenția Servicii Publice']],
  ['', []],
])('responsible units of %j', (text, units) => {
  expect(splitResponsible(text)).toEqual(units);
});
