import { SheetGrid } from '../../src/core/grid';
import { MergedGrid, detectLayout } from '../../src/core/layout';
import { withGroupColumn } from '../../src/core/reading/group-column';
import { TableView, tableView } from '../../src/core/reading/table-view';

/** The view the stages read: the grid with its detected header and roles. */
export function viewOf(s: SheetGrid): TableView {
  const g = new MergedGrid(s);
  const layout = detectLayout(g);
  if (!layout) throw new Error(`no header on ${s.name}`);
  return tableView(g, withGroupColumn(g, layout));
}

/** 1-based sheet row → class, for the rows a test names. */
export const sheetRow = (r: number) => r + 1;
