import { join } from 'path';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { main } from '../src/cli/main';
import { parseDeadline } from '../src/core/deadline';
import { catalog } from '../src/core/messages';

describe('dates at the limits of Excel', () => {
  test('serial 2958465 is 31.12.9999, a real date; the Date exceljs gives for it too', () => {
    expect(parseDeadline(2958465)).toMatchObject({ kind: 'date', due: '9999-12-31' });
    expect(parseDeadline(new Date(Date.UTC(9999, 11, 31)))).toMatchObject({ kind: 'date', due: '9999-12-31' });
  });

  test('past it, the reason says so, with the value, not "+010000-01"', () => {
    expect(parseDeadline(2958466)).toMatchObject({ kind: 'invalid', reason: 'beyond_excel', text: '2958466' });
    expect(parseDeadline(new Date(Date.UTC(10000, 0, 1)))).toMatchObject({ kind: 'invalid', reason: 'beyond_excel' });
    expect(catalog('en').deadlineReason.beyond_excel).toBe('after 31 December 9999, the last date Excel has');
  });

  test('NaN and infinity are named, not an empty quote', () => {
    expect(parseDeadline(NaN)).toMatchObject({ kind: 'invalid', reason: 'not_finite', text: 'NaN' });
    expect(parseDeadline(Infinity)).toMatchObject({ kind: 'invalid', reason: 'not_finite', text: 'Infinity' });
    expect(parseDeadline(new Date(NaN))).toMatchObject({ kind: 'invalid', reason: 'not_finite', text: 'NaN' });
  });
});

test('the batch summary counts the files it totals and lists the unreadable ones', async () => {
  const out: string[] = [];
  const err: string[] = [];
  const missing = join(__dirname, 'no-such-plan.xlsx');
  const code = await main(['check', SAMPLE_XLSX, missing, SAMPLE_XLSX, '--lang', 'en'], { out: (s) => out.push(s), err: (s) => err.push(s) });
  expect(code).toBe(2);
  const summary = out[out.length - 1];
  expect(summary).toContain('Files checked: 2');
  expect(summary).toContain(`Not read, so not in the total: 1 (${missing})`);
  expect(summary).toMatch(/Total\s+58\s/);
});

test('a formula saved without its value is said so, not "status missing"', async () => {
  const { loadWorkbook } = await import('../src/xlsx/read');
  const { analyzeWorkbook } = await import('../src/core/analyze');
  const { rawXlsx, planRows } = await import('./helpers/raw-xlsx');
  const rows = planRows(2).replace(/<c r="E3" t="inlineStr"><is><t xml:space="preserve">Realizat<\/t><\/is><\/c>/, '<c r="E3"><f>IF(1,"Realizat","")</f></c>');
  const a = analyzeWorkbook((await loadWorkbook(rawXlsx([{ name: 'Plan', rows }]))).grid);
  const codes = a.findings.filter((f) => f.cell === 'E3').map((f) => f.code);
  expect(codes).toEqual(['formula_without_value']);
  expect(catalog('en').finding.formula_without_value).toMatch(/saved without its value/);
});
