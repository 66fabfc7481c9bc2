/**
 * The previous report kept with the workbook (settings.previous): the comparison made from what is
 * kept is the comparison made from the file, and the setting is bounded and validated.
 */
import { Analysis, analyzeWorkbook } from '../src/core/analyze';
import {
  MAX_STORED_CHARS,
  compareAnalyses,
  comparisonVars,
  previousFromStored,
  storePrevious,
  storedIsEarlier,
  storedPeriod,
  toComparisonJson,
} from '../src/core/compare';
import { makePeriod } from '../src/core/period';
import { readDocx } from '../src/docx/read';
import { fromSetting, readsBack, toSetting } from '../src/host/previous-setting';
import { defaultSettings, readSettings } from '../src/host/settings';
import { loadWorkbook } from '../src/xlsx/read';
import { withCompletionBefore } from '../src/host/generate';
import { buildOutputSheets } from '../src/report/sheets';
import { buildSampleWorkbook, readSampleActions } from '../samples/build-sample';
import { buildNextPeriodWorkbook, buildWordReport, nextPeriodActions, xlsxBytes } from './helpers/compare-fixtures';

const s1 = readSampleActions();
const s2 = nextPeriodActions(s1);

async function analyzeXlsx(bytes: Uint8Array): Promise<Analysis> {
  return analyzeWorkbook((await loadWorkbook(bytes)).grid);
}

describe.each([
  ['the sample workbook', async () => analyzeXlsx(await xlsxBytes(buildSampleWorkbook(s1)))],
  [
    'a Word report',
    async () => {
      const read = await readDocx(await buildWordReport(s1, 'table-per-objective'));
      if (!read.ok) throw new Error(read.error);
      return analyzeWorkbook(read.grid);
    },
  ],
])('semester I kept from %s', (_, previousOf) => {
  let previous: Analysis;
  let current: Analysis;
  beforeAll(async () => {
    previous = await previousOf();
    current = await analyzeXlsx(await xlsxBytes(buildNextPeriodWorkbook(s2)));
  }, 60_000);

  test('compares as the file does: the same findings, pairs, completion and narrative variables', () => {
    const stored = storePrevious(previous, 'raport-S1-2020.docx')!;
    expect(stored).not.toBeNull();
    // Through the settings as they are saved: JSON, then validated.
    const roundTrip = readSettings(JSON.stringify({ ...defaultSettings(), previous: toSetting(stored) }));
    expect(roundTrip.notice).toBeNull();
    const kept = previousFromStored(fromSetting(roundTrip.settings.previous!));
    const fromFile = compareAnalyses(previous, current);
    const fromKept = compareAnalyses(kept, current);
    expect(fromKept.findings).toEqual(fromFile.findings);
    expect(fromKept.findings.length).toBeGreaterThan(5);
    expect(toComparisonJson('x', fromKept)).toEqual(toComparisonJson('x', fromFile));
    expect(comparisonVars(fromKept, storedPeriod(stored), 'ro')).toEqual(comparisonVars(fromFile, previous.period, 'ro'));
  });

  test('the officer’s corrections of the pairing are kept with it and applied', () => {
    const overrides = { '2.5': null, '6.8': '5.2' };
    const stored = storePrevious(previous, 'r.docx', overrides)!;
    const roundTrip = readSettings(JSON.stringify({ ...defaultSettings(), previous: toSetting(stored) }));
    const kept = fromSetting(roundTrip.settings.previous!);
    expect(kept.overrides).toEqual(overrides);
    const fromKept = compareAnalyses(previousFromStored(kept), current, kept.overrides);
    expect(fromKept.findings).toEqual(compareAnalyses(previous, current, overrides).findings);
    expect(fromKept.added.map((r) => r.id)).toEqual(['2.5']);
    expect(fromKept.dropped.map((r) => r.id)).toEqual(['2.4']);
  });

  test('the statistics gain the previous completion, per objective on its own row and in total', () => {
    const c = compareAnalyses(previous, current);
    const out = withCompletionBefore(buildOutputSheets(current, '', 'ro'), current, c, 'ro');
    const col = out.statistics.header.length - 1;
    expect(out.statistics.percentColumns).toContain(col);
    current.stats.objectives.forEach((o, i) => expect(out.statistics.rows[i][col]).toBe(c.objectives.find((x) => x.key === o.key)!.completionBefore));
    expect(out.statistics.rows[current.stats.objectives.length][col]).toBe(previous.stats.total.completionRate);
    expect(out.statistics.rows.filter((r) => typeof r[col] === 'number').length).toBeGreaterThan(3);
  });

  test('the kept report is small: well under the bound for the sample', () => {
    const size = JSON.stringify(storePrevious(previous, 'r.docx')).length;
    expect(size).toBeLessThan(MAX_STORED_CHARS / 4);
  });
});

test('a report larger than may be kept is refused, not cut', async () => {
  const previous = await analyzeXlsx(await xlsxBytes(buildSampleWorkbook(s1)));
  const long = 'Activitate desfășurată conform planului. '.repeat(300);
  const big = { ...previous, rows: Array.from({ length: 60 }, (_, i) => ({ ...previous.rows[i % previous.rows.length], description: long + i })) };
  expect(JSON.stringify(big.rows.map((r) => r.description)).length).toBeGreaterThan(MAX_STORED_CHARS);
  expect(storePrevious(big, 'big.xlsx')).toBeNull();
});

test('a broken or oversized kept report is dropped with a notice; the other settings stay', async () => {
  const previous = await analyzeXlsx(await xlsxBytes(buildSampleWorkbook(s1)));
  const stored = toSetting(storePrevious(previous, 'r.xlsx')!);
  const base = { ...defaultSettings(), period: 'S2-2020' };
  for (const bad of [
    { ...stored, rows: [{ ...stored.rows[0], state: 'finished' }] },
    { ...stored, rows: [{ ...stored.rows[0], objective: 99 }] },
    { ...stored, rows: [{ ...stored.rows[0], description: 'x'.repeat(MAX_STORED_CHARS) }] },
    { ...stored, version: 2 },
  ]) {
    const r = readSettings(JSON.stringify({ ...base, previous: bad }));
    expect(r.notice).toBe('settings_reset');
    expect(r.settings.previous).toBeNull();
    expect(r.settings.period).toBe('S2-2020');
  }
});

test('only a report of an earlier period is compared with; an unknown period is not refused', () => {
  const s = { file: 'a', sheet: 'A', period: { kind: 'semester' as const, n: 1, year: 2020 }, objectives: [], rows: [], overrides: {} };
  expect(storedIsEarlier(s, makePeriod('semester', 2, 2020))).toBe(true);
  expect(storedIsEarlier(s, makePeriod('semester', 1, 2020))).toBe(false);
  expect(storedIsEarlier(s, makePeriod('year', 1, 2019))).toBe(false);
  expect(storedIsEarlier(s, null)).toBe(true);
  expect(storedIsEarlier({ ...s, period: null }, makePeriod('semester', 1, 2020))).toBe(true);
});

test('a kept report whose id is a long heading reads back; one that would not is refused before it is saved', () => {
  const rows = [
    ['Raport pentru semestrul I, 2022'],
    ['Nr.', 'Acțiuni', 'Responsabili', 'Termen', 'Statut', 'Descriere'],
    ['1.1', 'Elaborarea regulamentului', 'DIP', 'Trimestrul I, 2022', 'Realizat', 'Aprobat.'],
    ['1.2 (modificat prin Hotărârea Guvernului nr.123)', 'Revizuirea procedurilor', 'DPD', 'Trimestrul IV, 2022', 'Realizat', 'Revizuite.'],
  ];
  const a = analyzeWorkbook({ sheets: [{ name: 'Plan', rows }] });
  const stored = storePrevious(a, 'raport-s1-2022.xlsx', {})!;
  expect(stored.rows.some((r) => (r.id ?? '').length > 40)).toBe(true);
  const setting = toSetting(stored);
  expect(readsBack(setting)).toBe(true);
  const roundTrip = readSettings(JSON.stringify({ ...defaultSettings(), previous: setting }));
  expect(roundTrip.notice).toBeNull();
  expect(roundTrip.settings.previous?.rows).toHaveLength(2);
  expect(readsBack({ ...setting, overrides: { ['x'.repeat(401)]: null } })).toBe(false);
});
