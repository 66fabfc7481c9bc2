import { analyzeSheet } from '../../src/core/analyze';
import { renderReading } from '../../src/cli/explain';
import { ministryReportRo, planWithTotalsRu } from '../helpers/world-layouts';

describe('every row not read as an action is accounted for in the reading', () => {
  test("ro: titles, the header's three rows, the groupings and the signature block, each with its class", () => {
    const a = analyzeSheet(ministryReportRo());
    expect(a.reading?.tableEnd).toBe(13);
    expect(a.reading?.rows.map((x) => [x.row, x.cls])).toEqual([
      [1, 'metadata'],
      [2, 'metadata'],
      [3, 'metadata'],
      [5, 'header'],
      [6, 'header'],
      [7, 'header'],
      [8, 'group'],
      [11, 'group'],
      [15, 'notes'],
      [16, 'notes'],
    ]);
    expect(a.reading?.rows.find((x) => x.row === 15)).toEqual({ row: 15, cls: 'notes', cell: 'B15', text: 'Director general | ______________ (semnătura)' });
  });

  test('ru: --explain says where the table ends and lists the totals and notes in Russian', () => {
    const a = analyzeSheet(planWithTotalsRu());
    const out = renderReading(a.reading!, 'ru').join('\n');
    expect(out).toContain('Таблица заканчивается на строке 7.');
    expect(out).toMatch(/A8\s+итог\s+Итого мероприятий: 3 \| Выполнено: 2/);
    expect(out).toMatch(/A11\s+примечание\s+Руководитель \| __________/);
    expect(a.rows.map((r) => r.id)).toEqual(['1.1', '1.2', '2.1']);
  });

  test('en: --explain in English names the classes', () => {
    const out = renderReading(analyzeSheet(ministryReportRo()).reading!, 'en').join('\n');
    expect(out).toContain('The table ends at row 13.');
    expect(out).toContain('Rows not read as actions: 10.');
    expect(out).toMatch(/B16\s+note\s+Întocmit: specialist principal/);
    expect(out).toMatch(/A7\s+header\s+1 \| 2 \| 3/);
  });
});
