import { classifyRows } from '../../src/core/reading/row-classes';
import { tableEnd } from '../../src/core/reading/table-bounds';
import { ministryReportRo, planWithTotalsRu } from '../helpers/world-layouts';
import { viewOf } from './view';

describe("table bounds stage: the table ends at its last data row, not at the sheet's", () => {
  test('ro: the ministry report ends at row 13, above the signature block (rows 15–16)', () => {
    const s = ministryReportRo();
    expect(tableEnd(classifyRows(viewOf(s)))).toBe(12);
    expect(s.rows.length).toBe(16);
  });

  test('ru: the plan ends at its last action (row 7), before the totals and notes', () => {
    expect(tableEnd(classifyRows(viewOf(planWithTotalsRu())))).toBe(6);
  });

  test('no data row: no end', () => {
    expect(tableEnd([])).toBeNull();
  });
});
