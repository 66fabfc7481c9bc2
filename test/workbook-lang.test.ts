import { analyzeWorkbook } from '../src/core/analyze';
import { CellValue } from '../src/core/grid';
import { findingMessage } from '../src/core/messages';
import { allowedStatusTexts, analyzeOptions, enforceStatuses, rememberGrid } from '../src/host/commands';
import { Host } from '../src/host/host';
import { defaultSettings } from '../src/host/settings';
import { sheet } from './helpers/grid';

const RU: CellValue[][] = [
  ['Отчёт о выполнении плана за I полугодие 2022 года'],
  ['№', 'Мероприятие', 'Ответственный', 'Срок исполнения', 'Статус', 'Описание'],
  ['1.1', 'Утверждение положения', 'ОРП', 'IV квартал 2022', 'Выполнено', 'Положение утверждено.'],
  ['1.2', 'Обучение персонала', 'ОРП', 'Март 2022', 'Начато', 'Обучение идёт.'],
  ['1.3', 'Публикация данных', 'ОРП', 'IV квартал 2022', 'выполнено', 'Данные опубликованы.'],
];

test('a Russian workbook keeps Russian statuses in the dropdown and the fixes, whatever the interface language', async () => {
  const grid = { sheets: [sheet('План', RU)] };
  const a = rememberGrid(analyzeWorkbook(grid, analyzeOptions(defaultSettings())), grid);
  expect(a.lang).toBe('ru');
  expect(allowedStatusTexts(a, defaultSettings())).toContain('Выполнено');
  expect(a.findings.find((f) => f.code === 'status_spelling')?.suggestion).toBe('Выполнено');
  const written: string[][] = [];
  const host = { enforceStatuses: async (_s: string, _r: string, allowed: string[]) => void written.push(allowed) } as unknown as Host;
  await enforceStatuses(host, a, defaultSettings(), 'ro');
  expect(written[0][0]).toBe('Выполнено');
});

test("messages quote the cell's own status, not its translation", () => {
  const a = analyzeWorkbook({ sheets: [sheet('План', RU)] });
  const overdue = a.findings.find((f) => f.code === 'overdue')!;
  expect(findingMessage(overdue, 'ro')).toContain('„Начато”');
  expect(findingMessage(overdue, 'en')).toContain('"Начато"');
});

test('a setting overrides the detected language', () => {
  const a = analyzeWorkbook({ sheets: [sheet('План', RU)] }, analyzeOptions({ ...defaultSettings(), sheetLang: 'ro' }));
  expect(a.lang).toBe('ro');
});

test('statuses tell the language when the headers do not', () => {
  const rows = RU.map((r, i) => (i === 1 ? ['Nr', 'Action', 'Resp', 'Termen', 'Status', 'Descriere'] : r));
  expect(analyzeWorkbook({ sheets: [sheet('Plan', rows)] }).lang).toBe('ru');
});
