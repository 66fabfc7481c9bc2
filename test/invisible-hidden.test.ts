import { analyzeSheet } from '../src/core/analyze';
import { CellValue, SheetGrid } from '../src/core/grid';
import { findingMessage } from '../src/core/messages';
import { stripInvisible } from '../src/core/text';
import { loadWorkbook } from '../src/xlsx/read';
import { planRows, rawXlsx } from './helpers/raw-xlsx';

const HEAD = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul'];
const sheet = (rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({
  name: 'Plan',
  rows: [['Raport pentru semestrul I, 2022'], HEAD, ...rows],
  ...extra,
});

const INVISIBLES: [string, string][] = [
  ['zero-width space', '\u200b'],
  ['zero-width joiner', '\u200d'],
  ['right-to-left override', '\u202e'],
  ['left-to-right isolate … pop', '\u2066'],
  ['soft hyphen', '\u00ad'],
  ['byte order mark', '\ufeff'],
];

describe('invisible characters are ignored where statuses, numbers and unit codes are matched, and said', () => {
  test.each(INVISIBLES)('%s inside "Realizat" and inside "1.1.1"', (_, ch) => {
    const a = analyzeSheet(sheet([[`1.1${ch}.1`, 'Acțiunea', `D${ch}IP`, 'Martie 2022', `Reali${ch}zat`]]));
    expect(a.rows[0]).toMatchObject({ id: '1.1.1', state: 'done', responsibleUnits: ['DIP'] });
    expect(a.findings.find((f) => f.code === 'missing_status' || f.code === 'invalid_status')).toBeUndefined();
    const notes = a.findings.filter((f) => f.code === 'invisible_character');
    expect(notes.map((f) => f.cell)).toEqual(['A3', 'C3', 'E3']);
    const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    expect(findingMessage(notes[2], 'en')).toBe(`An invisible character ${code} was ignored.`);
    expect(notes[0].severity).toBe('info');
  });

  test('several kinds in one cell are named together, each once', () => {
    expect(stripInvisible('\u202eRe\u200bali\u200bzat\u2069')).toEqual({ text: 'Realizat', found: ['U+202E', 'U+200B', 'U+2069'] });
  });

  test('visible text is left alone', () => {
    expect(stripInvisible('Realizată — în termen')).toEqual({ text: 'Realizată — în termen', found: [] });
  });
});

describe('hidden rows and hidden plan sheets are counted and said', () => {
  test('hidden rows: one info finding with the count and the first row', () => {
    const a = analyzeSheet(
      sheet(
        [
          ['1.1', 'A', 'DIP', '2022', 'Realizat'],
          ['1.2', 'B', 'DIP', '2022', 'Realizat'],
        ],
        { hiddenRows: [3] },
      ),
    );
    expect(a.rows).toHaveLength(2);
    const f = a.findings.find((x) => x.code === 'hidden_rows')!;
    expect(findingMessage(f, 'en')).toBe('Hidden rows: 1 (the first is row 4); they are counted like the others.');
  });

  test.each(['hidden', 'veryHidden'] as const)('a %s plan sheet read from a file', async (state) => {
    const { grid } = await loadWorkbook(rawXlsx([{ name: 'Plan', rows: planRows(2), state }]));
    const a = analyzeSheet(grid.sheets[0]);
    expect(a.rows).toHaveLength(2);
    expect(a.findings.find((x) => x.code === 'hidden_sheet')).toMatchObject({ params: { state } });
  });
});
