import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { analyzeWorkbook } from '../src/core/analyze';
import { fileErrorMessage } from '../src/core/messages';
import { DEFAULT_LIMITS, formatBytes } from '../src/xlsx/limits';
import { WorkbookRefused } from '../src/xlsx/preflight';
import { loadWorkbook } from '../src/xlsx/read';
import { runCli } from './helpers/child';
import { declareSize, num, planRows, rawXlsx, row, str } from './helpers/raw-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'apr-hostile-'));
const save = (name: string, bytes: Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

async function refusal(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<WorkbookRefused> {
  try {
    await loadWorkbook(bytes, { limits });
  } catch (e) {
    if (e instanceof WorkbookRefused) return e;
    throw e;
  }
  throw new Error('the workbook was read');
}

const plan = (extraRows = '', after = '') => rawXlsx([{ name: 'Plan', rows: planRows(3) + extraRows, after }]);

describe('addresses past Excel are refused before exceljs sees them, naming the cell', () => {
  test.each([
    ['row 1,048,577', row(1048577, str('A1048577', 'x')), 'A1048577'],
    ['row 100,000,000', row(100000000, str('A100000000', 'x')), 'A100000000'],
    ['row 2,147,483,647', row(2147483647, str('A2147483647', 'x')), 'A2147483647'],
    ['column XFE', row(5, str('XFE5', 'x')), 'XFE5'],
  ])('%s', async (_, extra, cell) => {
    const e = await refusal(plan(extra));
    expect(e.error).toBe('beyond_excel');
    expect(e.params).toMatchObject({ sheet: 'Plan', cell });
    expect(fileErrorMessage('en', e.error, e.params)).toContain(cell);
  });

  test('a <dimension> past Excel', async () => {
    const e = await refusal(rawXlsx([{ name: 'Plan', rows: planRows(2), dimension: 'A1:XFE3' }]));
    expect(e.params).toMatchObject({ cell: 'XFE3' });
  });

  test('a merged area past Excel', async () => {
    expect((await refusal(plan('', '<mergeCells count="1"><mergeCell ref="A10:B1048577"/></mergeCells>'))).error).toBe('beyond_excel');
  });
});

describe('the cells present decide the cost, not the addresses named', () => {
  test('a cell at Z1048576 (Excel’s last row) is read and the plan found', async () => {
    const { grid } = await loadWorkbook(plan(row(1048576, str('Z1048576', 'sub-sol'))));
    expect(grid.sheets[0].rows[1048575][25]).toBe('sub-sol');
    expect(analyzeWorkbook(grid).rows).toHaveLength(3);
  }, 60_000);

  test('one merged area A200:XFD1048576 is one range', async () => {
    const { grid } = await loadWorkbook(plan('', '<mergeCells count="1"><mergeCell ref="A200:XFD1048576"/></mergeCells>'));
    expect(grid.sheets[0].merges).toEqual([{ top: 199, left: 0, bottom: 1048575, right: 16383 }]);
    expect(grid.sheets[0].rows).toHaveLength(4);
    expect(analyzeWorkbook(grid).rows).toHaveLength(3);
  });

  test('the command line on both, each in a child process: bounded memory, no hang', () => {
    const far = save('far.xlsx', plan(row(1048576, str('Z1048576', 'x'))));
    const merged = save('merged.xlsx', plan('', '<mergeCells count="1"><mergeCell ref="A200:XFD1048576"/></mergeCells>'));
    for (const file of [far, merged]) {
      const r = runCli(['check', file, '--json'], 60_000);
      expect(r.signal).toBeNull();
      expect([0, 1]).toContain(r.exit);
      expect(JSON.parse(r.stdout).rows).toHaveLength(3);
      // Node alone takes ~50 MB; the first round took 4.2 GB and aborted.
      expect(r.peakMB).toBeLessThan(400);
    }
  }, 150_000);
});

describe('the zip is checked before anything is inflated', () => {
  test('a part declared to unpack to 2 GB is refused with its size and the limit', async () => {
    const e = await refusal(declareSize(plan(), 2_100_000_000));
    expect(e.error).toBe('part_too_large');
    const message = fileErrorMessage('en', e.error, e.params);
    expect(message).toMatch(/unpacks to 2\.0 GB; the limit is 256 MB/);
  });

  test('a part that unpacks to more than it declares is stopped there, not inflated whole', async () => {
    // 50 MB of XML declared as 4 KB: inflating stops after the first 64 KB of input.
    const big = rawXlsx([{ name: 'Plan', rows: planRows(3) + row(10, str('A10', 'x'.repeat(50 << 20))) }]);
    const started = Date.now();
    const e = await refusal(declareSize(big, 4096));
    expect(e).toMatchObject({ error: 'part_lies', params: { part: 'xl/worksheets/sheet1.xml' } });
    expect(Date.now() - started).toBeLessThan(2_000);
  }, 60_000);

  test('all parts together over the limit', async () => {
    const limits = { ...DEFAULT_LIMITS, partBytes: 1 << 20, totalBytes: 2 << 20 };
    const filler = Object.fromEntries([1, 2, 3].map((i) => [`xl/media/filler${i}.bin`, new Uint8Array(900 << 10)]));
    const e = await refusal(rawXlsx([{ name: 'Plan', rows: planRows(3) }], filler), limits);
    expect(e.error).toBe('unpacked_too_large');
    expect(fileErrorMessage('en', e.error, e.params)).toMatch(/the limit is 2\.0 MB/);
  });

  test('more parts than the limit', async () => {
    const extra = Object.fromEntries(Array.from({ length: DEFAULT_LIMITS.parts }, (_, i) => [`xl/junk/p${i}.bin`, new Uint8Array(1)]));
    const e = await refusal(rawXlsx([{ name: 'Plan', rows: planRows(1) }], extra, 0));
    expect(e).toMatchObject({ error: 'too_many_parts', params: { limit: 10000 } });
  });

  test('a zip whose directory is damaged', async () => {
    const bytes = plan();
    expect((await refusal(bytes.slice(0, bytes.length - 30))).error).toBe('corrupt_zip');
  });
});

describe('each refusal names its cause', () => {
  test('a DTD (entity expansion) in any part', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>`;
    const e = await refusal(rawXlsx([{ name: 'Plan', rows: planRows(1) }], { 'xl/sharedStrings.xml': bomb }));
    expect(e).toMatchObject({ error: 'dtd', params: { part: 'xl/sharedStrings.xml' } });
  });

  test('two sheets with one name (Excel compares names without case)', async () => {
    const e = await refusal(
      rawXlsx([
        { name: 'Plan', rows: planRows(1) },
        { name: 'PLAN', rows: '' },
      ]),
    );
    expect(e).toMatchObject({ error: 'duplicate_sheet_names', params: { name: 'PLAN' } });
  });

  test('overlapping merged areas, both named', async () => {
    const e = await refusal(plan('', '<mergeCells count="2"><mergeCell ref="A10:C12"/><mergeCell ref="B11:D20"/></mergeCells>'));
    expect(e).toMatchObject({ error: 'overlapping_merges', params: { sheet: 'Plan', a: 'A10:C12', b: 'B11:D20' } });
    expect(fileErrorMessage('ro', e.error, e.params)).toContain('A10:C12');
  });

  test('more rows than the limit, before exceljs builds them', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= DEFAULT_LIMITS.rows + 1; r++) rows.push(row(r, num(`A${r}`, r)));
    const started = Date.now();
    const e = await refusal(rawXlsx([{ name: 'Plan', rows: rows.join('') }]));
    expect(e).toMatchObject({ error: 'too_many_rows', params: { sheet: 'Plan', limit: 100000 } });
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  test('more cells than the limit', async () => {
    const e = await refusal(plan(), { ...DEFAULT_LIMITS, cells: 10 });
    expect(e).toMatchObject({ error: 'too_many_cells', params: { limit: 10 } });
  });

  test('the pane, which writes the workbook back, refuses merged areas exceljs would store cell by cell', async () => {
    const bytes = plan('', '<mergeCells count="1"><mergeCell ref="A200:XFD1048576"/></mergeCells>');
    await expect(loadWorkbook(bytes, { forWriting: true })).rejects.toMatchObject({ error: 'merges_too_large', params: { area: 'A200:XFD1048576' } });
    const small = await loadWorkbook(plan('', '<mergeCells count="1"><mergeCell ref="A10:C12"/></mergeCells>'), { forWriting: true });
    const out = await small.workbook.xlsx.writeBuffer();
    expect((await loadWorkbook(new Uint8Array(out as ArrayBuffer))).grid.sheets[0].merges).toEqual([{ top: 9, left: 0, bottom: 11, right: 2 }]);
  });
});

test('hidden rows and hidden sheets reach the grid', async () => {
  const bytes = rawXlsx([
    { name: 'Plan', rows: planRows(3).replace('<row r="3">', '<row r="3" hidden="1">') },
    { name: 'Ascunsă', rows: planRows(1), state: 'hidden' },
    { name: 'Foarte ascunsă', rows: planRows(1), state: 'veryHidden' },
  ]);
  const { grid } = await loadWorkbook(bytes);
  expect(grid.sheets.map((s) => [s.name, s.hidden, s.hiddenRows])).toEqual([
    ['Plan', undefined, [2]],
    ['Ascunsă', 'hidden', undefined],
    ['Foarte ascunsă', 'veryHidden', undefined],
  ]);
});

test('sizes read as a person reads them', () => {
  expect([900, 2048, 256 * 1024 * 1024, 2_254_857_830].map(formatBytes)).toEqual(['900 B', '2.0 KB', '256 MB', '2.1 GB']);
});
