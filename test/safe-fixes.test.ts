import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../src/core/analyze';
import { CellValue } from '../src/core/grid';
import { findingMessage } from '../src/core/messages';
import { applyAllOfCode, applyFix, editableCell, editableFor, fixBlocked, fixOf, rememberGrid, validate } from '../src/host/commands';
import { defaultSettings } from '../src/host/settings';
import { StandaloneHost } from '../src/standalone/standalone-host';
import { WorkbookDouble } from './helpers/excel-double';
import { hostOver } from './helpers/excel-host';
import { sheet } from './helpers/grid';

/**
 * Fixes that cannot lose text (issue 20, points 1 and 3): a status fix in a combined status /
 * description cell replaces only the status phrase; an inferred status the text beside it
 * contradicts is not proposed; several fixes on one cell are made together.
 */
const URMEAZA = 'Urmează a fi inițiată după contractarea companiei.';
const HEADER = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Nivelul de realizare a acțiunii / Descrierea succintă'];
const UNITS = [
  ['DIPI', 'Direcția implementare politici și inițiative'],
  ['SACSI', 'Secția achiziții și contracte de servicii informaționale'],
];
const PLAN: CellValue[][] = [
  ['Raport privind implementarea planului de acțiuni pentru semestrul I, 2022'],
  HEADER,
  ['Obiectivul 1. Servicii publice mai bune'],
  ['1.1', 'Achiziția serviciilor', 'DIPI', 'Trimestrul IV, 2022', URMEAZA],
  ['1.2', 'Elaborarea regulamentului', 'DIPI', 'Trimestrul IV, 2022', 'Gata\nProiectul regulamentului se află în proces de elaborare.'],
  ['1.3', 'Publicarea datelor', 'DIPP, SACS', 'Trimestrul IV, 2022', 'Realizată. Datele au fost publicate.'],
  ['1.4', 'Instruirea', 'SACSI', 'Trimestrul IV, 2022', '  Realizt .  Instruirile au avut loc.\n'],
  ['1.5', 'Modulul', 'SACSI', 'Trimestrul IV, 2022', 'Gata!\nModulul funcționează.'],
];
const analysed = (rows: CellValue[][]) => {
  const grid = { sheets: [sheet('Plan', rows), sheet('Abrevieri', UNITS)] };
  return rememberGrid(analyzeWorkbook(grid), grid);
};
const at = (a: ReturnType<typeof analysed>, cell: string) => a.findings.filter((f) => f.cell === cell);

describe('a status fix in a combined cell replaces the status phrase only', () => {
  const a = analysed(PLAN);

  test('an inferred status followed by more of its sentence goes before the text, which is kept whole', () => {
    const [f] = at(a, 'E4');
    expect(f).toMatchObject({ code: 'status_inferred', suggestion: `Neinițiată. ${URMEAZA}` });
    expect(fixOf(a, f)?.value).toBe(`Neinițiată. ${URMEAZA}`);
    // Re-read, the new cell has its status and its text: no "missing description" appears.
    const b = analysed(PLAN.map((r) => (r[0] === '1.1' ? [...r.slice(0, 4), fixOf(a, f)!.value] : r)));
    expect(at(b, 'E4')).toEqual([]);
    expect(b.rows[0]).toMatchObject({ state: 'not_started', description: URMEAZA });
  });

  test("white space and punctuation around a mistyped status are the cell's own: kept", () => {
    const [f] = at(a, 'E7');
    expect(f.code).toBe('invalid_status');
    expect(fixOf(a, f)?.value).toBe('  Realizată .  Instruirile au avut loc.\n');
  });

  test('an inferred status alone on its line is replaced, the "!" after it kept', () => {
    expect(fixOf(a, at(a, 'E8')[0])?.value).toBe('Realizată!\nModulul funcționează.');
  });

  test('an inferred "done" over a text that says the work is still being drafted is not proposed, and the message says why', () => {
    const [f] = at(a, 'E5');
    expect(f.code).toBe('status_inferred');
    expect(f.suggestion).toBeUndefined();
    expect(fixOf(a, f)).toBeNull();
    expect(findingMessage(f, 'ro')).toMatch(/Nu se propune: textul de alături spune altceva \(„Proiectul regulamentului se află în proces de elaborare\.”\)/);
    expect(findingMessage(f, 'ru')).toMatch(/Не предлагается: текст рядом говорит иное/);
    expect(findingMessage(f, 'en')).toMatch(/Not proposed: the text beside it says otherwise/);
  });

  test.each([
    ['Исполнена', 'Проект находится в процессе разработки.'],
    ['Fulfilled', 'The regulation is being drafted.'],
    ['Gata', 'Proiectul nu a fost inițiat.'],
    ['Urmează a fi inițiată', 'Acțiunea a fost finalizată.'],
  ])('%s over "%s": not proposed', (status, text) => {
    const b = analysed([PLAN[0], HEADER, ['1.1', 'Acțiunea', 'DIPI', 'Anual', `${status}\n${text}`]]);
    const f = b.findings.find((x) => x.code === 'status_inferred')!;
    expect(f.params.disagrees).toBe(text);
    expect(f.suggestion).toBeUndefined();
  });

  const UNFINISHED = [
    'Ghidul este în proces de elaborare, versiunea preliminară se discută cu partenerii.',
    'Proiectul este în curs de avizare.',
    'Versiunea preliminară se discută cu partenerii.',
    'Regulamentul urmează să fie aprobat de Guvern.',
    'Documentul încă nu a fost aprobat.',
    'Documentul este în lucru.',
    'Проект находится в стадии согласования.',
    'Ведётся разработка методологии.',
    'Проект обсуждается с партнёрами.',
    'Документ ещё не утверждён.',
    'The guide is being finalised with the partners.',
    'The draft is under discussion.',
    'The order has not yet been signed.',
    'The strategy is still in draft.',
  ];
  test.each(UNFINISHED)('"Gata. %s" in one cell: "done" is not proposed', (text) => {
    const b = analysed([PLAN[0], HEADER, ['1.1', 'Acțiunea', 'DIPI', 'Anual', `Gata. ${text}`]]);
    const f = b.findings.find((x) => x.code === 'status_inferred')!;
    expect(f.params.disagrees).toEqual(text.length > 80 ? expect.stringMatching(/…$/) : text);
    expect(f.suggestion).toBeUndefined();
    expect(fixOf(b, f)).toBeNull();
  });
  test.each(UNFINISHED)('a certain "Realizată" over "%s": the description contradicts it', (text) => {
    const b = analysed([PLAN[0], HEADER, ['1.1', 'Acțiunea', 'DIPI', 'Anual', `Realizată. ${text}`]]);
    expect(b.findings.map((x) => x.code)).toContain('status_contradicts_description');
  });
  test.each([
    ['Neinițiată', 'Urmează a fi inițiată după contractare.'],
    ['Realizată', 'Regulamentul a fost aprobat. Urmează publicarea lui.'],
    ['Realizată', 'Documentul a fost aprobat.'],
  ])('%s over "%s": no contradiction', (status, text) => {
    const b = analysed([PLAN[0], HEADER, ['1.1', 'Acțiunea', 'DIPI', 'Anual', `${status}. ${text}`]]);
    expect(b.findings.map((x) => x.code)).not.toContain('status_contradicts_description');
  });

  test('a separate status column: an inferred phrase with more words keeps them', () => {
    const b = analysed([PLAN[0], ['Nr.', 'Acțiunea', 'Termen', 'Statutul', 'Descrierea'], ['1.1', 'A', 'Anual', 'Pending approval of the order', 'Text.']]);
    const f = b.findings.find((x) => x.code === 'status_inferred')!;
    expect(fixOf(b, f)?.value).toBe('Neinițiată. Pending approval of the order');
  });

  test('the combined cell is edited as a status and its text', () => {
    expect(editableCell(a, 'Plan', 'E4')?.kind).toBe('status_text');
    expect(editableCell(a, 'Plan', 'C4')?.kind).toBe('responsible');
  });
});

async function standalone(rows: CellValue[][]): Promise<StandaloneHost> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
  const abbr = wb.addWorksheet('Abrevieri');
  for (const r of UNITS) abbr.addRow(r);
  const r = await StandaloneHost.open((await wb.xlsx.writeBuffer()) as ArrayBuffer, 'plan.xlsx');
  if (!r.ok) throw new Error(r.error);
  return r.host;
}

describe('hosts: the cell as read, the status phrase replaced, several fixes on one cell together', () => {
  test('standalone: the inferred status fix and "Fix all" on two unit typos in one cell', async () => {
    const host = await standalone(PLAN);
    const a = await validate(host, defaultSettings(), 'ro');
    expect(await applyFix(host, a, at(a, 'E4')[0])).toMatchObject({ applied: 1, skipped: [] });
    expect(await applyAllOfCode(host, a, 'unknown_responsible')).toMatchObject({ applied: 1, skipped: [] });
    expect(host.changes()).toEqual([
      { sheet: 'Plan', cell: 'E4', value: `Neinițiată. ${URMEAZA}` },
      { sheet: 'Plan', cell: 'C6', value: 'DIPI, SACSI' },
    ]);
    const b = await validate(host, defaultSettings(), 'ro');
    expect(b.findings.filter((f) => f.code === 'unknown_responsible' || f.cell === 'E4')).toEqual([]);
  });

  test('Excel: "Fix all" on two typos in one cell writes both, not the second over the first', async () => {
    const model = new WorkbookDouble();
    model.addSheet('Plan', PLAN as (string | null)[][]);
    model.addSheet('Abrevieri', UNITS);
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    expect(await applyAllOfCode(host, a, 'unknown_responsible')).toMatchObject({ applied: 1, skipped: [] });
    expect(model.value('Plan', 'C6')).toBe('DIPI, SACSI');
    expect(await applyFix(host, a, at(a, 'E7')[0])).toMatchObject({ applied: 1 });
    expect(model.value('Plan', 'E7')).toBe('  Realizată .  Instruirile au avut loc.\n');
  });
});

describe('a fix that cannot be made says why', () => {
  const a = analysed(PLAN);
  const unit = a.findings.find((f) => f.code === 'unknown_responsible')!;

  test('the cell no longer holds what the fix corrects', () => {
    const moved = { ...unit, params: { ...unit.params, code: 'ABSENT' } };
    expect(fixOf(a, moved)).toBeNull();
    expect(fixBlocked(a, moved)).toBe('fix_why_none');
  });

  test('the cell as read is not known: validate again', () => {
    const elsewhere = { ...unit, sheet: 'Renamed' };
    expect(fixBlocked(a, elsewhere)).toBe('fix_why_changed');
  });

  test('a fix that can be made, or a finding without one, has nothing to explain', () => {
    expect(fixBlocked(a, unit)).toBeNull();
    expect(fixBlocked(a, at(a, 'E5')[0])).toBeNull();
  });
});

test("a finding of a missing role sitting on another role's cell offers no edit of that cell", () => {
  const a = analysed(PLAN);
  const onId = { ...a.findings[0], code: 'missing_action' as const, sheet: 'Plan', cell: 'A4', params: {} };
  expect(editableCell(a, 'Plan', 'A4')?.kind).toBe('text');
  expect(editableFor(a, onId)).toBeNull();
  expect(editableFor(a, { ...onId, code: 'missing_id' })?.kind).toBe('text');
});
