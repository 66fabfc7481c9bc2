import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { applyAllOfCode, enforceStatuses, validate } from '../src/host/commands';
import { Settings, defaultSettings, readSettings } from '../src/host/settings';
import { StandaloneHost } from '../src/standalone/standalone-host';
import { buildOutputSheets } from '../src/report/sheets';
import { entries, richPackage } from './helpers/rich-package';

async function open(bytes: Uint8Array): Promise<StandaloneHost> {
  const r = await StandaloneHost.open(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 'rich.xlsx');
  if (!r.ok) throw new Error(r.error);
  return r.host;
}

/** Names of entries whose bytes differ, were added or were removed. */
function diff(before: Map<string, Buffer>, after: Map<string, Buffer>) {
  const changed = [...before.keys()].filter((k) => after.has(k) && !before.get(k)!.equals(after.get(k)!));
  const added = [...after.keys()].filter((k) => !before.has(k));
  const removed = [...before.keys()].filter((k) => !after.has(k));
  return { changed: changed.sort(), added: added.sort(), removed };
}

const dropCells = (xml: string, cells: string[]) => cells.reduce((x, c) => x.replace(new RegExp(`<c r="${c}"[^>]*?(/>|>[\\s\\S]*?</c>)`), ''), xml);

/** What Excel's Office.context.document.settings.get gives for our key: the property's JSON, read back. */
async function asExcelReadsIt(bytes: Uint8Array): Promise<Settings> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/webextensions/webextension1.xml')!.async('string');
  const m = /<we:property name="actionPlanReport" value="([^"]*)"\/>/.exec(xml)!;
  const value = JSON.parse(
    m[1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
  return readSettings(value).settings;
}

function wellFormed(xml: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'apr-xml-'));
  const file = join(dir, 'part.xml');
  writeFileSync(file, xml);
  execFileSync('xmllint', ['--noout', file]);
}

const prepared: Settings = {
  ...defaultSettings(),
  period: 'S1-2022',
  template: 'Au fost monitorizate {{ total.rows }} acțiuni.',
  allowedStates: ['done', 'in_progress', 'not_started'],
};

test('the hand-built package opens and shows the findings the fixes are for', async () => {
  const host = await open(await richPackage());
  const a = await validate(host, defaultSettings(), 'ro');
  const at = (code: string) => a.findings.filter((f) => f.code === code).map((f) => `${f.cell}→${f.suggestion}`);
  expect(at('status_spelling').sort()).toEqual(['E5→În proces de realizare', 'E6→Realizată']);
  expect(at('unknown_responsible')).toEqual(['C5→SJRU']);
  expect(at('ambiguous_deadline')).toEqual(['D5→Decembrie 2022']);
  expect(a.findings.map((f) => f.code).sort()).toEqual(['ambiguous_deadline', 'status_spelling', 'status_spelling', 'unknown_responsible']);
});

test('download after fixes and settings: only the changed cells and the settings part differ, every other entry byte for byte', async () => {
  const original = await richPackage();
  const host = await open(original);
  const a = await validate(host, defaultSettings(), 'ro');
  for (const code of ['status_spelling', 'unknown_responsible', 'ambiguous_deadline'] as const)
    expect((await applyAllOfCode(host, a, code)).skipped).toEqual([]);
  await host.saveSettings(prepared);
  const out = await host.downloadBytes();
  const before = await entries(original);
  const after = await entries(out);
  expect(diff(before, after)).toEqual({
    changed: ['[Content_Types].xml', '_rels/.rels', 'xl/worksheets/sheet1.xml'],
    added: ['xl/webextensions/_rels/taskpanes.xml.rels', 'xl/webextensions/taskpanes.xml', 'xl/webextensions/webextension1.xml'],
    removed: [],
  });
  const cells = ['C5', 'D5', 'E5', 'E6'];
  const sheet = after.get('xl/worksheets/sheet1.xml')!.toString();
  expect(dropCells(sheet, cells)).toBe(dropCells(before.get('xl/worksheets/sheet1.xml')!.toString(), cells));
  expect(sheet).toContain('<c r="E6" s="1" t="inlineStr"><is><t xml:space="preserve">Realizată</t></is></c>');
  // The root relationships and content types gain one entry each, the rest of their text kept.
  expect(
    after
      .get('_rels/.rels')!
      .toString()
      .replace(/<Relationship Id="rId2" Type="[^"]*webextensiontaskpanes"[^>]*\/>/, ''),
  ).toBe(before.get('_rels/.rels')!.toString());
  for (const name of ['xl/worksheets/sheet1.xml', 'xl/webextensions/webextension1.xml', 'xl/webextensions/taskpanes.xml', '[Content_Types].xml', '_rels/.rels'])
    wellFormed(after.get(name)!.toString());
  expect(await asExcelReadsIt(out)).toEqual(prepared);
}, 60_000);

test('the downloaded file reopens with the same settings and template, the fixes in place and no finding left to fix', async () => {
  const host = await open(await richPackage());
  const a = await validate(host, defaultSettings(), 'ro');
  for (const code of ['status_spelling', 'unknown_responsible', 'ambiguous_deadline'] as const) await applyAllOfCode(host, a, code);
  await host.saveSettings(prepared);
  const first = await host.downloadBytes();
  const again = await open(first);
  const { settings, notice } = await again.loadSettings();
  expect(notice).toBeNull();
  expect(settings).toEqual(prepared);
  const b = await validate(again, settings, 'ro');
  expect(b.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(b.findings.filter((f) => ['status_spelling', 'unknown_responsible', 'ambiguous_deadline'].includes(f.code))).toEqual([]);
  // A second download with nothing changed is the first one, entry for entry.
  expect(diff(await entries(first), await entries(await again.downloadBytes()))).toEqual({ changed: [], added: [], removed: [] });
}, 60_000);

test('settings Excel wrote in its web-extension part are read; saving rewrites that part alone and keeps its other properties', async () => {
  const fromExcel: Settings = { ...defaultSettings(), period: 'Q3-2022', planYear: 2022, template: 'Șablonul instituției', lang: 'ru' };
  const original = await richPackage({ excelSettings: JSON.stringify(fromExcel) });
  const host = await open(original);
  expect((await host.loadSettings()).settings).toEqual(fromExcel);
  await host.saveSettings({ ...fromExcel, template: 'Alt șablon' });
  const out = await host.downloadBytes();
  expect(diff(await entries(original), await entries(out))).toEqual({ changed: ['xl/webextensions/webextension1.xml'], added: [], removed: [] });
  const xml = (await entries(out)).get('xl/webextensions/webextension1.xml')!.toString();
  expect(xml).toContain('<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>');
  expect((await asExcelReadsIt(out)).template).toBe('Alt șablon');
});

test('nothing asked, nothing changed: a download without edits has the original entries', async () => {
  const original = await richPackage();
  const host = await open(original);
  await validate(host, defaultSettings(), 'ro');
  expect(diff(await entries(original), await entries(await host.downloadBytes()))).toEqual({ changed: [], added: [], removed: [] });
});

test('an undone fix leaves the file as it was', async () => {
  const original = await richPackage();
  const host = await open(original);
  const a = await validate(host, defaultSettings(), 'ro');
  const done = await applyAllOfCode(host, a, 'status_spelling');
  await host.applyFixes(done.done.map((f) => ({ ...f, expected: f.value, value: f.expected })));
  expect(host.changes()).toEqual([]);
  expect(diff(await entries(original), await entries(await host.downloadBytes()))).toEqual({ changed: [], added: [], removed: [] });
});

test('the status dropdown and the add-in sheets: the sheet part, the workbook part, its relationships and content types, nothing else', async () => {
  const original = await richPackage();
  const host = await open(original);
  const a = await validate(host, prepared, 'ro');
  expect(await enforceStatuses(host, a, prepared)).toBe(true);
  await host.writeOutputs(buildOutputSheets(a, 'Au fost monitorizate 3 acțiuni.', 'ro'));
  const out = await host.downloadBytes();
  const after = await entries(out);
  expect(diff(await entries(original), after)).toEqual({
    changed: ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'],
    added: ['xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml'],
    removed: [],
  });
  const sheet = after.get('xl/worksheets/sheet1.xml')!.toString();
  expect(sheet).toContain(
    '<dataValidation type="list" allowBlank="1" showErrorMessage="1" error="Realizată, În proces de realizare, Neinițiată" sqref="E3:E6"><formula1>&quot;Realizată,În proces de realizare,Neinițiată&quot;</formula1></dataValidation>',
  );
  expect(sheet).toContain('sqref="C4:C6"'); // the user's own validation kept
  for (const name of ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet4.xml', 'xl/_rels/workbook.xml.rels'])
    wellFormed(after.get(name)!.toString());
  const again = await open(out);
  const grid = await again.readWorkbook();
  expect(grid.sheets.map((s) => s.name)).toEqual(['Plan', 'Abrevieri', 'Pivot', 'Statistici', 'Raport']);
  expect(grid.sheets[4].rows[2][0]).toBe('Au fost monitorizate 3 acțiuni.');
}, 60_000);
