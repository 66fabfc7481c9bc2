import { readFileSync } from 'fs';
import { join } from 'path';
import { SETTINGS_VERSION, defaultSettings, readSettings } from '../src/host/settings';

const v1 = readFileSync(join(__dirname, 'fixtures', 'settings-v1.json'), 'utf8');

test('settings written by version 1 are read by this version, as they were; a field added since gets its default', () => {
  expect(SETTINGS_VERSION).toBe(1);
  expect(readSettings(v1)).toEqual({ settings: { ...JSON.parse(v1), sheetLang: null, reportLang: null, previous: null, sheets: [] }, notice: null });
});

test('fields a later version added are ignored, not fatal', () => {
  const later = JSON.stringify({ ...JSON.parse(v1), theme: 'dark', extra: { a: 1 } });
  const r = readSettings(later);
  expect(r.settings.period).toBe('S1-2020');
  expect(r.settings).not.toHaveProperty('theme');
});

test('a prototype-polluting key is dropped like any unknown one, and pollutes nothing', () => {
  const r = readSettings('{"__proto__":{"polluted":true},"version":1,"period":"S2-2021"}');
  expect(r.settings.period).toBe('S2-2021');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(r.settings)).toBe(Object.prototype);
});

test.each([
  ['empty', ''],
  ['JSON null', 'null'],
  ['an array', '[]'],
  ['a string', '"S1"'],
  ['version 0', JSON.stringify({ version: 0 })],
  ['huge', JSON.stringify({ version: 1, template: 'x'.repeat(300_000) })],
])('%s falls back to defaults (with a notice when something was there)', (_name, raw) => {
  const r = readSettings(raw);
  expect(() => readSettings(raw)).not.toThrow();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (raw === 'null') expect(r).toEqual({ settings: defaultSettings(), notice: null });
  else expect(r.notice).toBe('settings_reset');
});

test('several plan sheets are kept in the settings; a bad list alone falls back, the rest is kept', () => {
  const chosen = readSettings(JSON.stringify({ version: 1, sheets: ['Obiectiv 1', 'Obiectiv 2'], period: 'S1-2022' }));
  expect(chosen).toEqual({ settings: expect.objectContaining({ sheets: ['Obiectiv 1', 'Obiectiv 2'], period: 'S1-2022' }), notice: null });
  const bad = readSettings(JSON.stringify({ version: 1, sheets: ['x'.repeat(40)], period: 'S1-2022' }));
  expect(bad.settings).toMatchObject({ sheets: [], period: 'S1-2022' });
  expect(bad.notice).toBe('settings_reset');
});
