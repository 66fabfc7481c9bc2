import { zlibInflater } from '../src/xlsx/node-inflate';
import { ZipDamaged, inflateEntry, inflateInSteps, readDirectory } from '../src/xlsx/zip';
import { declareSize, planRows, rawXlsx, row, str } from './helpers/raw-xlsx';

/** The command line inflates with zlib, the pane with fflate: the same bytes and the same refusals. */
describe('both inflaters', () => {
  const zip = rawXlsx([{ name: 'Plan', rows: planRows(50) + row(60, str('A60', 'ș'.repeat(100_000))) }]);
  const entries = [...readDirectory(zip).entries()];

  test('give the same bytes for every part', () => {
    for (const e of entries) {
      const a = inflateEntry(zip, e, inflateInSteps);
      const b = inflateEntry(zip, e, zlibInflater);
      expect(a).not.toBe('larger_than_declared');
      expect(Buffer.from(b as Uint8Array).equals(Buffer.from(a as Uint8Array))).toBe(true);
    }
  });

  test('stop a part that unpacks to more than it declares', () => {
    const lying = declareSize(zip, 4096, 'xl/worksheets/sheet1.xml');
    const sheet = [...readDirectory(lying).entries()].find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(inflateEntry(lying, sheet, inflateInSteps)).toBe('larger_than_declared');
    expect(inflateEntry(lying, sheet, zlibInflater)).toBe('larger_than_declared');
  });

  test('call damaged data damaged', () => {
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const broken = zip.slice();
    const start = sheet.localOffset + 30 + sheet.name.length;
    broken.fill(0xff, start, start + 64);
    expect(() => inflateEntry(broken, sheet, inflateInSteps)).toThrow(ZipDamaged);
    expect(() => inflateEntry(broken, sheet, zlibInflater)).toThrow(ZipDamaged);
  });
});
