import { analyzeWorkbook } from '../src/core/analyze';
import { CellValue } from '../src/core/grid';
import { FINDING_CODES } from '../src/core/findings';
import { flat, sheet } from './helpers/grid';

const HEADER = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Indicatori de progres', 'Statutul', 'Descrierea succintă'];
const ok = (id: string, over: Partial<Record<'action' | 'resp' | 'deadline' | 'ind' | 'status' | 'desc', CellValue>> = {}): CellValue[] => [
  id,
  over.action !== undefined ? over.action : `Acțiunea ${id}`,
  over.resp !== undefined ? over.resp : 'DIP',
  over.deadline !== undefined ? over.deadline : 'Trimestrul IV, 2022',
  over.ind !== undefined ? over.ind : 'Număr de rapoarte',
  over.status !== undefined ? over.status : 'În proces de realizare',
  over.desc !== undefined ? over.desc : 'Lucrările continuă conform calendarului.',
];

const rows: CellValue[][] = [
  ['Raport privind implementarea planului pentru semestrul I, 2022'],
  HEADER,
  ['Obiectivul 1. Servicii publice mai bune'],
  ok('1.1', { status: 'Realizată', desc: 'A fost aprobat regulamentul.' }), // 4: clean
  ok('', { action: 'Acțiune fără număr' }), // 5
  ok('1.3', { action: '' }), // 6
  ok('1.4', { status: '' }), // 7
  ok('1.5', { status: 'Realizatt' }), // 8
  ok('1.6', { deadline: 'cât mai curând' }), // 9
  ok('1.7', { deadline: 'Pe parcursul anului Decembrie' }), // 10
  ok('1.1'), // 11
  ok('2.9'), // 12
  ok('1.10', { resp: '' }), // 13
  ok('1.11', { ind: '' }), // 14
  ok('1.12', { status: 'Realizată', desc: '' }), // 15
  ok('1.13', { deadline: 'Martie 2022' }), // 16
  ok('1.14', { desc: 'Acțiunea nu a fost inițiată din lipsă de fonduri. Se caută surse.' }), // 17
  ok('1.15', { status: 'Neinitiata', desc: 'Nu au fost alocate fonduri.' }), // 18
  ok('1.16', { deadline: '' }), // 19
  ok('1.17', { ind: { error: '#N/A' } }), // 20
  ok('1.18', { resp: 'DIP, SACS' }), // 21
];

const workbook = {
  sheets: [
    sheet('Plan', rows, ['A1:G1', 'A3:G3']),
    sheet('Abrevieri', [
      ['DIP', 'Direcția implementare proiecte'],
      ['SACSI', 'Secția analiză, control și sinteză informațională'],
    ]),
  ],
};

test('each finding code on the row built for it, and nothing on the clean row', () => {
  const a = analyzeWorkbook(workbook);
  expect(a.sheet).toBe('Plan');
  expect(flat(a.findings)).toEqual(
    [
      'A5 missing_id',
      'B6 missing_action',
      'F7 missing_status',
      'F8 invalid_status',
      'D9 invalid_deadline',
      'D10 ambiguous_deadline',
      'A11 duplicate_id',
      'A12 id_mismatch',
      'C13 missing_responsible',
      'E14 missing_indicators',
      'G15 missing_description',
      'D16 overdue',
      'G17 status_contradicts_description',
      'F18 status_spelling',
      'D19 missing_deadline',
      'E20 cell_error',
      'C21 unknown_responsible',
    ].sort(),
  );
});

test('findings carry sheet, row id, severity and the fix where one exists', () => {
  const a = analyzeWorkbook(workbook);
  const by = (cell: string) => a.findings.find((f) => f.cell === cell)!;
  expect(by('F8')).toMatchObject({ code: 'invalid_status', severity: 'error', sheet: 'Plan', rowId: '1.5', suggestion: 'Realizată' });
  expect(by('D10')).toMatchObject({ severity: 'warning', suggestion: 'Decembrie 2022', params: { due: '2022-12-31' } });
  expect(by('A11')).toMatchObject({ params: { id: '1.1', first: 'A4' } });
  expect(by('A12')).toMatchObject({ suggestion: '1.9' });
  expect(by('D16')).toMatchObject({ severity: 'warning', params: { due: '2022-03-31', state: 'in_progress' } });
  expect(by('F18')).toMatchObject({ severity: 'info', suggestion: 'Neinițiată' });
  expect(by('C21')).toMatchObject({ params: { code: 'SACS' }, suggestion: 'SACSI' });
  expect(by('E20')).toMatchObject({ severity: 'error', params: { value: '#N/A' } });
});

test('an invalid status suggests the closest allowed form', () => {
  const a = analyzeWorkbook(workbook, { allowedStates: ['done', 'in_progress', 'not_started'] });
  const f18 = a.findings.filter((f) => f.cell === 'F18');
  expect(f18.map((f) => f.code)).toEqual(['status_spelling']);
  const restricted = analyzeWorkbook(
    { sheets: [sheet('Plan', [rows[0], HEADER, ok('1.1', { status: 'Suspendată', desc: 'Fără fonduri.' })])] },
    { allowedStates: ['done', 'in_progress', 'not_started'] },
  );
  expect(restricted.findings.map((f) => [f.cell, f.code, f.params.state])).toEqual([['F3', 'invalid_status', 'suspended']]);
  expect(restricted.stats.total.byState.unknown).toBe(1);
});

test('every code used in tests is a documented code', () => {
  const a = analyzeWorkbook(workbook);
  for (const f of a.findings) expect(FINDING_CODES).toContain(f.code);
});

test('no period in the title rows: a warning, and no overdue computed', () => {
  const a = analyzeWorkbook({ sheets: [sheet('Plan', [HEADER, ok('1.1', { deadline: 'Martie 2022' })])] }, { planYear: 2022 });
  expect(flat(a.findings)).toEqual(['A1 period_not_found']);
  expect(a.stats.total.overdue).toBe(0);
  const withPeriod = analyzeWorkbook({ sheets: [sheet('Plan', [HEADER, ok('1.1', { deadline: 'Martie 2022' })])] }, { period: 'S1-2022' });
  expect(flat(withPeriod.findings)).toEqual(['D2 overdue']);
});

test('a sheet with no plan header gives header_not_found', () => {
  const a = analyzeWorkbook({ sheets: [sheet('Notes', [['just'], ['some', 'notes']])] });
  expect(flat(a.findings)).toEqual(['A1 header_not_found']);
});

test('a plan with no action column: one role_not_found on the header, no missing_action on every row', () => {
  const a = analyzeWorkbook({
    sheets: [
      sheet('Tracker', [
        ['Raport pentru semestrul I, 2022'],
        ['ID', 'Sub-Commitment', 'Responsabil', 'Termen de realizare', 'Statutul'],
        ['US0113.1', 'Open data portal', 'DIP', 'Trimestrul IV, 2022', 'Realizată'],
        ['US0113.2', 'Open contracting', 'DIP', 'Trimestrul IV, 2022', 'Realizată'],
      ]),
    ],
  });
  expect(a.layout?.columns.action).toBeUndefined();
  expect(a.findings.filter((f) => f.code === 'missing_action')).toEqual([]);
  expect(a.findings.filter((f) => f.code === 'role_not_found').map((f) => [f.cell, f.params.role])).toEqual([['A2', 'action']]);
});
