import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..');
const XSD = join(__dirname, 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;

function validate(xml: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'apr-manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  return spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
}

// CI installs libxml2-utils; elsewhere the schema checks need xmllint on the PATH.
(hasXmllint || process.env.CI ? describe : describe.skip)("the manifest against Microsoft's XSDs, offline", () => {
  test('validates', () => {
    const r = validate(manifest);
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });
  test.each([
    ['a bad permission', (x: string) => x.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>')],
    ['elements out of order', (x: string) => x.replace(/(<ProviderName>.*<\/ProviderName>)\s*(<DefaultLocale>.*<\/DefaultLocale>)/, '$2$1')],
    ['a bad locale', (x: string) => x.replace('<DefaultLocale>ro-RO</DefaultLocale>', '<DefaultLocale>romanian</DefaultLocale>')],
  ])('rejects %s (the check can fail)', (_name, mutate) => {
    const broken = mutate(manifest);
    expect(broken).not.toBe(manifest);
    expect(validate(broken).status).not.toBe(0);
  });
});

test('every resid points at a defined resource, and every resource is used', () => {
  const used = new Set([...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
  const defined = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  expect([...used].filter((id) => !defined.has(id))).toEqual([]);
  expect([...defined].filter((id) => !used.has(id))).toEqual([]);
  for (const id of used) expect(id.length).toBeLessThanOrEqual(32);
});

test('least permission, no foreign domains, ExcelApi 1.8, both ribbon actions', () => {
  expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  expect(manifest).not.toContain('<AppDomains>');
  expect([...manifest.matchAll(/https:\/\/([^/"]+)/g)].map((m) => m[1]).every((h) => h === 'localhost:3000')).toBe(true);
  expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
  expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
  expect(manifest).toContain('<FunctionName>generateReport</FunctionName>');
});

test('display name, description and every string localized for ro-RO (default), en-US and ru-RU', () => {
  expect(manifest).toContain('<DefaultLocale>ro-RO</DefaultLocale>');
  const localized = [...manifest.matchAll(/<(DisplayName|Description|bt:String)[^>]*>([\s\S]*?)<\/\1>/g)];
  expect(localized.length).toBeGreaterThanOrEqual(9);
  for (const [, , body] of localized) {
    expect(body).toMatch(/Locale="en-US"/);
    expect(body).toMatch(/Locale="ru-RU"/);
  }
});

test('every page of the add-in carries the Content Security Policy', () => {
  const { readdirSync } = require('fs') as typeof import('fs');
  const web = join(ROOT, 'dist', 'web');
  const pages = readdirSync(web).filter((f) => f.endsWith('.html') && f !== 'help.html');
  expect(pages.sort()).toEqual(['commands.html', 'dialog.html', 'taskpane.html']);
  for (const p of pages) {
    const html = readFileSync(join(web, p), 'utf8');
    expect(html).toMatch(/http-equiv="?Content-Security-Policy"? content="default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(
      [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)]
        .map((m) => m[1])
        .every((src) => !/^https?:/.test(src) || src.startsWith('https://appsforoffice.microsoft.com/')),
    ).toBe(true);
  }
});

test('the manifest declares the requirement sets the code uses beyond ExcelApi', () => {
  const { readdirSync } = require('fs') as typeof import('fs');
  const sources = ['commands', 'excel', 'taskpane'].flatMap((dir) =>
    readdirSync(join(ROOT, 'src', dir), { recursive: true })
      .map(String)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(join(ROOT, 'src', dir, f), 'utf8')),
  );
  // Office.context.ui.displayDialogAsync and messageParent are DialogApi 1.1.
  expect(sources.some((s) => s.includes('displayDialogAsync'))).toBe(true);
  expect(manifest).toContain('<Set Name="DialogApi" MinVersion="1.1"/>');
});

describe('the production build and its public URL', () => {
  const config = require('../webpack.config.js') as (env: Record<string, unknown>, o: { mode: string }) => Promise<{ plugins: unknown[] }>;
  const saved = process.env.ADDIN_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  });
  const manifestTransform = async (env: Record<string, unknown>) => {
    const c = await config(env, { mode: 'production' });
    const copy = c.plugins.find((p) => (p as { constructor: { name: string } }).constructor.name === 'CopyPlugin') as {
      patterns: { from: string; transform?: (b: Buffer) => string }[];
    };
    return copy.patterns.find((p) => p.from.startsWith('manifest'))!.transform!(Buffer.from(manifest));
  };

  test('fails without ADDIN_PUBLIC_URL, naming it', async () => {
    delete process.env.ADDIN_PUBLIC_URL;
    await expect(config({}, { mode: 'production' })).rejects.toThrow(/ADDIN_PUBLIC_URL/);
    process.env.ADDIN_PUBLIC_URL = 'http://insecure.example.org/';
    await expect(config({}, { mode: 'production' })).rejects.toThrow(/https/);
  });

  test('with it, every URL of the manifest points there; --env local keeps localhost on purpose', async () => {
    process.env.ADDIN_PUBLIC_URL = 'https://addin.example.org/apr/';
    const out = await manifestTransform({});
    expect(out).not.toContain('localhost');
    expect(out).toContain('https://addin.example.org/apr/taskpane.html');
    delete process.env.ADDIN_PUBLIC_URL;
    expect(await manifestTransform({ local: true })).toBe(manifest);
  });
});
