import { analyzeSheet, analyzeWorkbook } from '../src/core/analyze';
import { findPeriod } from '../src/core/period';
import { closestState, inferStatus } from '../src/core/status';
import { STATES } from '../src/core/status';
import { flat, sheet } from './helpers/grid';

describe('a Romanian plan whose words the engine was not taught', () => {
  // "Stadiul implementării" for the status, objectives headed "I.", "II." with no word, the period in prose.
  const rows = [
    ['Raport privind realizarea Planului de acțiuni pentru primul semestru al anului 2022'],
    ['Nr.', 'Acțiuni', 'Responsabili', 'Termen limită', 'Stadiul implementării', 'Informații privind realizarea'],
    ['I. Consolidarea cadrului normativ'],
    ['1.1', 'Elaborarea regulamentului', 'DIP', 'Trimestrul I, 2022', 'Realizat', 'Aprobat prin ordin.'],
    ['1.2', 'Revizuirea procedurilor', 'DPD', 'Trimestrul IV, 2022', 'În proces de realizare', 'Proiect elaborat.'],
    ['II. Digitalizarea serviciilor'],
    ['2.1', 'Lansarea portalului', 'SACSI', 'Martie 2022', 'În curs de realizare', 'Portalul este în testare.'],
  ];
  const a = analyzeSheet(sheet('Plan', rows, ['A3:F3', 'A6:F6']));

  test('the status column is found, the headings are objectives, the period is read with its cell', () => {
    expect(a.layout?.columns).toMatchObject({ id: 0, action: 1, responsible: 2, deadline: 3, status: 4, description: 5 });
    expect(a.rows.map((r) => [r.id, r.objective?.key, r.state])).toEqual([
      ['1.1', '1', 'done'],
      ['1.2', '1', 'in_progress'],
      ['2.1', '2', 'in_progress'],
    ]);
    expect(a.period).toMatchObject({ kind: 'semester', n: 1, year: 2022 });
    expect(a.reading?.periodSource).toMatchObject({ kind: 'cell', cell: 'A1' });
    expect(flat(a.findings)).toEqual(['D7 overdue']);
  });
});

describe('an English progress report', () => {
  const rows = [
    ['2020 Action Plan Progress'],
    ['Ref', 'Milestone', 'Responsible party', 'Target date', 'Progress', 'Measurement'],
    ['Agency Actions'],
    ['1.1', 'Publish the datasets', 'e-Gov Agency', '30.06.2020', 'Completed', 'Datasets online'],
    ['1.2', 'Train the staff', 'e-Gov Agency', 'Q4 2020', 'Pending', 'People trained'],
    ['Interagency Actions'],
    ['2.1', 'Open the consultation portal', 'State Chancellery', 'Q1 2020', 'Delayed', 'Portal live'],
    ['Civil Society Actions'],
    ['3.1', 'Hold public hearings', 'NGO Council', 'Annually', 'In progress', 'Hearings held'],
  ];
  const a = analyzeSheet(sheet('Report', rows, ['A1:F1', 'A3:F3', 'A6:F6', 'A8:F8']));

  test('statuses read from the "Progress" column, deadlines from "Target date", three categories, the year as the period', () => {
    expect(a.layout?.columns).toMatchObject({ id: 0, action: 1, responsible: 2, deadline: 3, status: 4, indicators: 5 });
    expect(a.rows.map((r) => [r.id, r.action, r.objective?.title, r.due])).toEqual([
      ['1.1', 'Publish the datasets', 'Agency Actions', '2020-06-30'],
      ['1.2', 'Train the staff', 'Agency Actions', '2020-12-31'],
      ['2.1', 'Open the consultation portal', 'Interagency Actions', '2020-03-31'],
      ['3.1', 'Hold public hearings', 'Civil Society Actions', '2020-12-31'],
    ]);
    expect(a.period).toMatchObject({ kind: 'year', year: 2020 });
  });

  test('"Pending" and "Delayed" are proposed with lower confidence, never as a meaning-changing fix', () => {
    const inferred = a.findings.filter((f) => f.code === 'status_inferred').map((f) => [f.cell, f.params.state, f.suggestion]);
    expect(inferred).toEqual([
      ['E5', 'not_started', 'Not started'],
      ['E7', 'in_progress', 'In progress'],
    ]);
    expect(a.findings.map((f) => f.suggestion)).not.toContain('Partially done');
    expect(a.findings.map((f) => f.suggestion)).not.toContain('Cancelled');
    expect(a.rows.map((r) => r.state)).toEqual(['done', null, null, 'in_progress']);
  });
});

describe('negative controls', () => {
  test('no status column: one role_not_found on the header, not a missing status per row', () => {
    const a = analyzeSheet(
      sheet('P', [
        ['pentru semestrul I 2022'],
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Note'],
        ['1.1', 'Prima', 'DIP', 'Anual', 'Text liber despre acțiune.'],
        ['1.2', 'A doua', 'DIP', 'Anual', 'Alt text despre acțiune.'],
      ]),
    );
    expect(flat(a.findings)).toEqual(['A2 role_not_found']);
    expect(a.findings[0].params).toMatchObject({ role: 'status', columns: 'E "Note"' });
  });

  test('a budget table and a staff list are not read as plans', () => {
    const budget = sheet('Buget', [
      ['Nr.', 'Denumirea acțiunii', 'Costuri', 'Sursa de finanțare'],
      ['1', 'Procurarea echipamentului', '150000', 'Bugetul de stat'],
      ['2', 'Instruirea personalului', '20000', 'Donatori'],
    ]);
    const staff = sheet('Personal', [
      ['Nr.', 'Numele', 'Funcția', 'Subdiviziunea', 'Data angajării'],
      ['1', 'Persoana A', 'Specialist', 'DIP', '01.03.2019'],
      ['2', 'Persoana B', 'Șef', 'DPD', '15.09.2020'],
    ]);
    for (const s of [budget, staff]) expect(flat(analyzeSheet(s).findings)).toEqual(['A1 header_not_found']);
    expect(analyzeWorkbook({ sheets: [budget, staff] }).rows).toEqual([]);
  });
});

describe('a combined status / description column with the status typed wrong', () => {
  const rows = [
    ['pentru semestrul I 2022'],
    ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Nivelul de realizare / Descrierea succintă'],
    ['1.1', 'Prima', 'DIP', 'Anual', 'Realizat. Raportul a fost aprobat.'],
    ['1.2', 'A doua', 'DIP', 'Anual', 'Realizt. Raportul a fost publicat.'],
    ['1.3', 'A treia', 'DIP', 'Anual', 'Gata\nModulul funcționează.'],
    ['1.4', 'A patra', 'DIP', 'Anual', 'Ministerul a elaborat proiectul.'],
  ];
  const a = analyzeSheet(sheet('P', rows));

  test('a near miss gets its fix, a clear phrase is proposed, narrative alone has no status', () => {
    expect(a.findings.map((f) => [f.cell, f.code, f.suggestion])).toEqual([
      ['E4', 'invalid_status', 'Realizată. Raportul a fost publicat.'],
      ['E5', 'status_inferred', 'Realizată\nModulul funcționează.'],
      ['E6', 'missing_status', undefined],
    ]);
  });
});

describe('columns by content when the header says nothing', () => {
  test('an unnamed column of statuses is the status column, with its evidence', () => {
    const a = analyzeSheet(
      sheet('P', [
        ['pentru 2022'],
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Coloana 5'],
        ['1.1', 'Prima', 'DIP', 'Anual', 'Realizat'],
        ['1.2', 'A doua', 'DIP', 'Anual', 'În proces de realizare'],
        ['1.3', 'A treia', 'DIP', 'Anual', 'Neinițiată'],
      ]),
    );
    expect(a.layout?.columns.status).toBe(4);
    expect(a.reading?.columns[4]).toMatchObject({ column: 'E', role: 'status', source: 'content', cells: 3, supporting: 3 });
    expect(a.rows.map((r) => r.state)).toEqual(['done', 'in_progress', 'not_started']);
  });

  test('the officer corrects a role: the choice wins and is shown as theirs', () => {
    const a = analyzeSheet(
      sheet('P', [['pentru 2022'], ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statut', 'Altă coloană'], ['1.1', 'Prima', 'DIP', 'Anual', 'x', 'Realizat']]),
      { columns: { status: 'F' } },
    );
    expect(a.layout?.columns.status).toBe(5);
    expect(a.reading?.columns[5]).toMatchObject({ role: 'status', source: 'user', confidence: 1 });
    expect(a.rows[0].state).toBe('done');
  });
});

test.each([
  ['semestrul I 2022', 'semester', 1, 2022],
  ['primul semestru al anului 2022', 'semester', 1, 2022],
  ['sem. I/2022', 'semester', 1, 2022],
  ['anul 2022', 'year', 1, 2022],
  ['pentru 2022', 'year', 1, 2022],
  ['I полугодие 2022', 'semester', 1, 2022],
  ['за первое полугодие 2022 года', 'semester', 1, 2022],
  ['за 2021 год', 'year', 1, 2021],
  ['H1 2022', 'semester', 1, 2022],
  ['first half of 2022', 'semester', 1, 2022],
  ['2020 Action Plan Progress', 'year', 1, 2020],
  ['Q3 2022', 'quarter', 3, 2022],
  ['9 luni 2022', 'months', 9, 2022],
  ['al doilea semestru al anului 2021', 'semester', 2, 2021],
])('period worded %j', (text, kind, n, year) => {
  expect(findPeriod([{ text, source: { kind: 'cell', cell: 'A1', text } }])?.period).toMatchObject({ kind, n, year });
});

test('the period from the sheet name or the file name, saying which', () => {
  const sources = [
    { text: 'Planul de acțiuni 2021-2023', source: { kind: 'cell' as const, cell: 'A1', text: 'Planul de acțiuni 2021-2023' } },
    { text: 'Foaie1', source: { kind: 'sheet' as const, text: 'Foaie1' } },
    { text: 'raport_S2_2021', source: { kind: 'file' as const, text: 'raport_S2_2021.xlsx' } },
  ];
  expect(findPeriod(sources)).toMatchObject({ period: { kind: 'semester', n: 2, year: 2021 }, source: { kind: 'file' } });
  expect(findPeriod(sources.slice(0, 2))).toBeNull();
  expect(findPeriod([{ text: '9 luni 2022', source: { kind: 'cell', cell: 'A1', text: '' } }])?.period.end).toBe('2022-09-30');
});

test("a semester named in a later title row wins over the plan's year named above it", () => {
  const cell = (cell: string, text: string) => ({ text, source: { kind: 'cell' as const, cell, text } });
  const titles = [cell('A1', 'Planul de acțiuni al ministerului pe anul 2022'), cell('A2', 'Raport de implementare pentru semestrul I, 2022')];
  expect(findPeriod(titles)).toMatchObject({ period: { kind: 'semester', n: 1, year: 2022 }, source: { cell: 'A2' } });
  // The title's year stays over a semester in the file's name (an annual report made from last semester's file).
  expect(findPeriod([titles[0], { text: 'raport S1 2022', source: { kind: 'file', text: 'raport S1 2022.xlsx' } }])).toMatchObject({
    period: { kind: 'year', year: 2022 },
    source: { kind: 'cell', cell: 'A1' },
  });
  // A year in a phrase still wins over a year standing alone earlier.
  expect(findPeriod([cell('A1', 'Ordinul nr. 12 din 2021'), cell('A2', 'Raport 2022'), cell('A3', 'Raport pe anul 2023')])?.period).toMatchObject({
    kind: 'year',
    year: 2023,
  });
});

test('status suggestions only when confidently right', () => {
  expect(closestState('Realizt.', STATES)).toBe('done');
  expect(closestState('In proces de realizre', STATES)).toBe('in_progress');
  expect(closestState('Pending', STATES)).toBeNull();
  expect(closestState('Delayed', STATES)).toBeNull();
  expect(closestState('Nrealizat', STATES)).toBeNull();
  expect(inferStatus('Urmează a fi inițiată')?.state).toBe('not_started');
  expect(inferStatus('Pending approval of the order')?.state).toBe('not_started');
  expect(inferStatus('Gata?')).toBeNull();
});
