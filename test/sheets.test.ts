import { analyzeWorkbook } from '../src/core/analyze';
import { CellValue } from '../src/core/grid';
import { sortFindings } from '../src/core/findings';
import { readFileSync } from 'fs';
import { buildOutputSheets } from '../src/report/sheets';
import { WorkbookGrid } from '../src/core/grid';
import { loadWorkbook } from '../src/xlsx/read';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { sheet } from './helpers/grid';

const HEADER = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă'];
const act = (id: string, title: string, deadline = 'trimestrul II', status = 'Realizat'): CellValue[] => [
  id,
  title,
  'DIP',
  deadline,
  status,
  'Realizat conform planului.',
];

/** One objective's sheet: a title naming the objective, the header, its actions. */
function objectiveSheet(n: number, count = 2) {
  const rows: CellValue[][] = [[`Obiectivul ${n}. Domeniul ${n} al planului`], HEADER];
  for (let i = 1; i <= count; i++) rows.push(act(`${n}.${i}`, `Acțiunea ${n}.${i} a obiectivului ${n}`));
  return sheet(`Obiectiv ${n}`, rows);
}

const cover = sheet('Copertă', [['Raport privind implementarea Planului de acțiuni'], ['Agenția de Guvernare Electronică'], ['semestrul I 2022']]);

describe('a cover sheet and five objective sheets', () => {
  const a = analyzeWorkbook({ sheets: [cover, ...[1, 2, 3, 4, 5].map((n) => objectiveSheet(n))] });

  test('all five objective sheets are read, the cover is used, nothing is left', () => {
    expect(a.sheets.map((s) => [s.sheet, s.use])).toEqual([
      ['Copertă', 'cover'],
      ['Obiectiv 1', 'read'],
      ['Obiectiv 2', 'read'],
      ['Obiectiv 3', 'read'],
      ['Obiectiv 4', 'read'],
      ['Obiectiv 5', 'read'],
    ]);
    expect(a.rows).toHaveLength(10);
    expect(a.parts.map((p) => [p.sheet, p.rows])).toEqual([1, 2, 3, 4, 5].map((n) => [`Obiectiv ${n}`, 2]));
  });

  test("the cover's period and year apply: no deadline lacks the year, the period is the cover's", () => {
    expect(a.period).toMatchObject({ kind: 'semester', n: 1, year: 2022 });
    expect(a.reading?.periodSource).toMatchObject({ kind: 'cell', cell: 'Copertă!A3' });
    expect(a.findings.filter((f) => f.code === 'invalid_deadline' || f.code === 'period_not_found')).toEqual([]);
    expect(a.rows.every((r) => r.due === '2022-06-30')).toBe(true);
    expect(a.title).toBe('Obiectivul 1. Domeniul 1 al planului');
    expect(a.titles).toContain('Agenția de Guvernare Electronică');
  });

  test('each sheet gives its objective; statistics are over the whole plan', () => {
    expect(a.objectives.map((o) => o.key)).toEqual(['1', '2', '3', '4', '5']);
    expect(a.rows.map((r) => `${r.sheet}:${r.objective?.key}:${r.id}`)).toContain('Obiectiv 3:3:3.2');
    expect(a.stats.objectives.map((o) => [o.key, o.rows])).toEqual([1, 2, 3, 4, 5].map((n) => [String(n), 2]));
    expect(a.stats.total.rows).toBe(10);
    expect(a.findings.filter((f) => f.code === 'id_mismatch')).toEqual([]);
  });

  test("each row and each finding carries its own sheet and that sheet's cells", () => {
    const row = a.rows.find((r) => r.id === '4.2')!;
    expect(row.sheet).toBe('Obiectiv 4');
    expect(row.cells.status).toBe('E4');
    const b = analyzeWorkbook({
      sheets: [
        cover,
        objectiveSheet(1),
        sheet('Obiectiv 2', [['Obiectivul 2. X'], HEADER, act('2.1', 'Acțiunea 2.1 a obiectivului 2', 'trimestrul II', 'Realizatt')]),
      ],
    });
    expect(b.findings.filter((f) => f.code === 'invalid_status').map((f) => [f.sheet, f.cell])).toEqual([['Obiectiv 2', 'E3']]);
  });
});

test('a plan split per unit: the same header on each unit sheet, other actions, read as one plan with its objectives merged', () => {
  const unit = (name: string, ids: string[]) =>
    sheet(name, [
      ['Planul de acțiuni, raport pentru anul 2023'],
      ['Nr.', 'Obiectiv', 'Acțiunea', 'Termen', 'Statutul'],
      ...ids.map((id) => [id, `Obiectivul ${id[0]}`, `Acțiunea ${id} a unității ${name}`, 'trimestrul IV', 'În proces de realizare']),
    ]);
  const a = analyzeWorkbook({ sheets: [unit('DIP', ['1.1', '2.1']), unit('DPD', ['1.2', '2.2', '2.3']), unit('SACSI', ['1.3'])] });
  expect(a.sheets.map((s) => s.use)).toEqual(['read', 'read', 'read']);
  expect(a.rows.map((r) => `${r.sheet} ${r.id}`)).toEqual(['DIP 1.1', 'DIP 2.1', 'DPD 1.2', 'DPD 2.2', 'DPD 2.3', 'SACSI 1.3']);
  expect(a.stats.objectives.map((o) => [o.key, o.rows])).toEqual([
    ['1', 3],
    ['2', 3],
  ]);
  expect(a.findings.filter((f) => f.code.startsWith('reading_'))).toEqual([]);
});

test("a plan split per year: each sheet's deadlines take its year", () => {
  const year = (y: number, ids: string[]) =>
    sheet(String(y), [HEADER, ...ids.map((id) => act(id, `Acțiunea ${id} planificată pentru anul ${y}`, 'trimestrul IV', 'În proces de realizare'))]);
  const a = analyzeWorkbook({ sheets: [year(2022, ['1.1', '1.2']), year(2023, ['1.3', '1.4'])] }, { period: '2022' });
  expect(a.rows.map((r) => [r.id, r.sheet, r.deadlineInfo.kind === 'date' ? r.deadlineInfo.due : null])).toEqual([
    ['1.1', '2022', '2022-12-31'],
    ['1.2', '2022', '2022-12-31'],
    ['1.3', '2023', '2023-12-31'],
    ['1.4', '2023', '2023-12-31'],
  ]);
  expect(a.stats.total.due).toBe(2);
});

describe('when it is not clear, the reading says which sheets were read and which were left, and why', () => {
  const current = sheet('Raport S1 2022', [
    ['Raport pentru semestrul I 2022'],
    HEADER,
    act('1.1', 'Elaborarea regulamentului intern'),
    act('1.2', 'Instruirea personalului din teritoriu'),
  ]);
  const older = sheet('Raport S2 2021', [
    ['Raport pentru semestrul II 2021'],
    HEADER,
    act('1.1', 'Elaborarea regulamentului intern', 'trimestrul IV', 'În proces de realizare'),
    act('1.2', 'Instruirea personalului din teritoriu', 'trimestrul IV', 'Neinițiat'),
  ]);
  const budget = sheet('Indicatori', [
    ['Nr.', 'Indicator', 'Valoarea țintă', 'Termen', 'Statutul'],
    ['1', 'Ponderea serviciilor online', '80%', '2023', 'Atins'],
  ]);

  test('an older copy of the report (the same actions) is not read, and a finding on it says so', () => {
    const a = analyzeWorkbook({ sheets: [current, older] });
    expect(a.sheets).toEqual([
      { sheet: 'Raport S1 2022', use: 'read', reason: 'best' },
      { sheet: 'Raport S2 2021', use: 'left', reason: 'copy' },
    ]);
    expect(a.rows).toHaveLength(2);
    const f = a.findings.find((x) => x.code === 'reading_sheet_not_read')!;
    expect(f).toMatchObject({
      sheet: 'Raport S2 2021',
      cell: 'A2',
      severity: 'warning',
      params: { sheet: 'Raport S2 2021', reason: 'copy', read: 'Raport S1 2022' },
    });
    expect(a.findings[0]).toBe(f);
  });

  test('another table with a plan-like header is left, named, with its reason', () => {
    const a = analyzeWorkbook({ sheets: [current, budget] });
    expect(a.sheets.map((s) => [s.use, s.reason])).toEqual([
      ['read', 'best'],
      ['left', 'different_header'],
    ]);
    expect(a.findings.filter((f) => f.code === 'reading_sheet_not_read').map((f) => [f.sheet, f.params.reason])).toEqual([['Indicatori', 'different_header']]);
  });

  test('the officer chooses: the sheets named are read, a left plan part is still said; "all" reads every plan-like sheet', () => {
    const chosen = analyzeWorkbook({ sheets: [current, older, budget] }, { sheets: ['Raport S2 2021'] });
    expect(chosen.rows.map((r) => r.sheet)).toEqual(['Raport S2 2021', 'Raport S2 2021']);
    expect(chosen.findings.filter((f) => f.code === 'reading_sheet_not_read').map((f) => [f.sheet, f.params.reason])).toEqual([
      ['Raport S1 2022', 'not_chosen'],
    ]);
    const all = analyzeWorkbook({ sheets: [current, older, budget] }, { sheets: 'all' });
    expect(all.sheets.map((s) => s.use)).toEqual(['read', 'read', 'read']);
    expect(all.rows).toHaveLength(5);
    expect(all.findings.some((f) => f.code === 'reading_sheet_not_read')).toBe(false);
  });

  test('a sheet named that the workbook lacks is sheet_not_found, naming it', () => {
    const a = analyzeWorkbook({ sheets: [current] }, { sheets: ['Raport S1 2022', 'Anexa'] });
    expect(a.findings.map((f) => [f.code, f.params.sheet])).toEqual([['sheet_not_found', 'Anexa']]);
  });
});

describe('reading_same_error: the same error on at least five rows, more than a fifth of them', () => {
  const rows = (n: number, bad: number) =>
    Array.from({ length: n }, (_, i) => act(`1.${i + 1}`, `Acțiunea numărul ${i + 1}`, i < bad ? 'cândva' : 'trimestrul II', 'Realizat'));
  const sameError = (n: number, bad: number) => {
    const a = analyzeWorkbook({ sheets: [sheet('Plan', [['semestrul I 2022'], HEADER, ...rows(n, bad)])] });
    expect(a.findings.filter((f) => f.code === 'invalid_deadline')).toHaveLength(bad);
    return a;
  };
  test('is said once, on the header, naming the code and the count', () => {
    const a = sameError(20, 5);
    const same = a.findings.filter((f) => f.code === 'reading_same_error');
    expect(same).toEqual([expect.objectContaining({ sheet: 'Plan', cell: 'A2', params: { code: 'invalid_deadline', count: 5, rows: 20 } })]);
    expect(a.findings[0].code).toBe('reading_same_error');
  });
  test('is not said at a fifth or fewer', () => {
    expect(sameError(25, 5).findings.some((f) => f.code === 'reading_same_error')).toBe(false);
  });
  test('is not said on fewer than five rows, however large their share of a small plan (2 of 8, 3 of 5, 4 of 10)', () => {
    for (const [n, bad] of [
      [8, 2],
      [5, 3],
      [10, 4],
    ]) {
      expect(sameError(n, bad).findings.some((f) => f.code === 'reading_same_error')).toBe(false);
    }
  });
});

test('sortFindings puts reading findings before errors', () => {
  const f = (code: 'missing_id' | 'reading_sheet_not_read' | 'overdue', cell: string) =>
    ({ code, severity: code === 'missing_id' ? 'error' : 'warning', sheet: 'P', cell, rowId: null, params: {} }) as const;
  expect(sortFindings([f('overdue', 'A1'), f('missing_id', 'A5'), f('reading_sheet_not_read', 'A9')]).map((x) => x.code)).toEqual([
    'reading_sheet_not_read',
    'missing_id',
    'overdue',
  ]);
});

test("the add-in's own Statistics sheet, written beside the plan, is not a plan sheet left unread (ro, en, ru)", async () => {
  const sample: WorkbookGrid = (await loadWorkbook(readFileSync(SAMPLE_XLSX))).grid;
  const sampleGrid = () => sample;
  for (const lang of ['ro', 'en', 'ru'] as const) {
    const plan = analyzeWorkbook(sampleGrid());
    const out = buildOutputSheets(plan, 'Titlu\n\nText.', lang);
    const statistics = { name: out.statistics.name, rows: [[out.statistics.title], [], out.statistics.header, ...out.statistics.rows], merges: [] };
    const report = { name: out.report.name, rows: [[out.report.title], [], ...out.report.lines.map((l) => [l])], merges: [] };
    const after = analyzeWorkbook({ sheets: [...sampleGrid().sheets, statistics, report] });
    expect(after.findings.filter((f) => f.code === 'reading_sheet_not_read')).toEqual([]);
    expect(after.rows).toHaveLength(plan.rows.length);
  }
});

describe('sheets of one plan that share action titles, and unnumbered objectives', () => {
  /** An objective's sheet: its unnumbered objective merged across, actions numbered n.1, n.2 with titles every sheet repeats. */
  const unnumbered = (n: number, title: string) =>
    sheet(`Obiectiv ${n}`, [HEADER, [title], act(`${n}.1`, 'Instruirea funcționarilor publici'), act(`${n}.2`, 'Actualizarea registrului de stat')], ['A2:F2']);
  const a = analyzeWorkbook({ sheets: [cover, unnumbered(1, 'Date deschise'), unnumbered(2, 'Servicii electronice'), unnumbered(3, 'Consultări publice')] });

  test('the same titles under other numbers are parts of the plan, not older copies: every sheet is read', () => {
    expect(a.sheets.map((s) => s.use)).toEqual(['cover', 'read', 'read', 'read']);
    expect(a.rows.map((r) => r.id)).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2']);
  });

  test("each sheet's unnumbered objective stays its own: in the list, on its rows and in the statistics", () => {
    expect(a.objectives.map((o) => [o.key, o.title])).toEqual([
      ['1', 'Date deschise'],
      ['2', 'Servicii electronice'],
      ['3', 'Consultări publice'],
    ]);
    expect(a.rows.map((r) => a.objectives.indexOf(r.objective!))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(a.stats.objectives.map((g) => [g.title, g.rows])).toEqual([
      ['Date deschise', 2],
      ['Servicii electronice', 2],
      ['Consultări publice', 2],
    ]);
  });
});
