import { generateLongPlan } from '../bench/generate';
import { analyzeWorkbook } from '../src/core/analyze';
import { SheetGrid } from '../src/core/grid';

// A regression guard, not a benchmark (npm run bench times it): reading a status phrase or a first
// sentence must not cost in proportion to the whole cell. Folding every character of 10,000 cells
// of 32,767 characters (Excel's limit) took minutes; the bounded reads take about a second.
const EXCEL_CELL_LIMIT = 32_767;
const ROWS = 10_000;

/** Cells of exactly Excel's limit: the generated narrative repeated. 100 distinct strings. */
function longCells(plan: ReturnType<typeof generateLongPlan>, column: number): string[] {
  const seen: string[] = [];
  for (const row of plan.rows.slice(3)) if (typeof row[column] === 'string' && seen.length < 100) seen.push(row[column] as string);
  return seen.map((s) => {
    let t = s;
    while (t.length < EXCEL_CELL_LIMIT) t += `\n${s}`;
    return t.slice(0, EXCEL_CELL_LIMIT);
  });
}

function grid(plan: ReturnType<typeof generateLongPlan>): SheetGrid {
  return { name: 'Plan', rows: plan.rows };
}

describe('long cells are analysed in seconds', () => {
  test('10,000 rows of 32,767-character status / description cells', () => {
    const plan = generateLongPlan(ROWS, 7);
    const cells = longCells(plan, 6);
    let i = 0;
    for (const row of plan.rows.slice(3)) if (row.length === 7) row[6] = cells[i++ % cells.length];
    const a = analyzeWorkbook({ sheets: [grid(plan)] });
    expect(a.rows).toHaveLength(ROWS);
    expect(a.rows.every((r) => r.state !== null && r.description.length > EXCEL_CELL_LIMIT - 100)).toBe(true);
  }, 60_000);

  test('10,000 rows of 32,767-character status and description cells side by side', () => {
    const plan = generateLongPlan(ROWS, 8);
    const cells = longCells(plan, 6);
    plan.rows[2] = [...plan.rows[2].slice(0, 6), 'Statutul', 'Descrierea succintă'];
    let i = 0;
    for (const row of plan.rows.slice(3)) {
      if (row.length !== 7) continue;
      const cell = cells[i++ % cells.length];
      row[6] = `Realizată (activitate continuă) ${cell}`.slice(0, EXCEL_CELL_LIMIT);
      row[7] = cell;
    }
    const a = analyzeWorkbook({ sheets: [grid(plan)] });
    expect(a.rows).toHaveLength(ROWS);
    expect(a.rows.every((r) => r.state === 'done' && r.qualifiers.includes('continuing'))).toBe(true);
  }, 60_000);
});
