import { currentPlatform, downloadsWork, platformKey, saveBlob, workbookFileName } from '../src/taskpane/download';

const globals = globalThis as unknown as Record<string, unknown>;
const officeOn = (platform: string, url = '') => (globals.Office = { context: { diagnostics: { platform }, document: { url } } });

afterEach(() => delete globals.Office);

test.each([
  ['PC', 'windows', true],
  ['OfficeOnline', 'web', true],
  ['Mac', 'mac', false],
  ['iOS', 'ios', false],
  ['Android', 'android', false],
])('Office on %s: %s, downloads %s', (office, platform, works) => {
  officeOn(office);
  expect(currentPlatform()).toBe(platform);
  expect(downloadsWork()).toBe(works);
});

test('without Office (the standalone pane) it is a browser, and downloads work', () => {
  expect(currentPlatform()).toBe('browser');
  expect(downloadsWork()).toBe(true);
});

test('on Mac no download is attempted: the caller is told, to offer another way', () => {
  officeOn('Mac');
  // No DOM here: an attempt would throw, so "unsupported" proves none was made.
  expect(saveBlob(new Blob(['x']), 'a.docx')).toEqual({ ok: false, reason: 'unsupported' });
  expect(platformKey()).toBe('platform_mac');
});

test("the workbook's name: the standalone file's, else Office's document address, else the sheet", () => {
  expect(workbookFileName({ fileName: 'plan.xlsx' }, 'Plan')).toBe('plan.xlsx');
  officeOn('PC', 'https://contoso.sharepoint.com/Shared%20Documents/Raport%202022.xlsx');
  expect(workbookFileName({}, 'Plan')).toBe('Raport 2022.xlsx');
  officeOn('PC', '');
  expect(workbookFileName({}, 'Plan')).toBe('Plan');
});
