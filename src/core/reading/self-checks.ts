import { Finding } from '../findings';
import { SheetGrid } from '../grid';
import type { PlanRead } from '../plan';
import { MergedGrid } from '../merged-grid';
import { checkAfterTable } from './check-after-table';
import { checkHeadingAsText } from './check-heading-as-text';
import { checkOneGroup } from './check-one-group';
import { checkUnusedColumns } from './check-unused-column';
import { missingColumns } from './missing-columns';
import { tableView } from './table-view';

/** The self-checks stage: what the reading left out, and where the reading itself may be wrong. */
export function readingFindings(grid: SheetGrid, g: MergedGrid, plan: PlanRead): Finding[] {
  const v = tableView(g, plan.layout);
  return [
    ...missingColumns(grid, plan.layout, plan.rows),
    ...checkAfterTable(v, grid.name, plan.classes, plan.tableEnd),
    ...checkHeadingAsText(v, grid.name, plan.classes, plan.tableEnd),
    ...checkOneGroup(grid.name, plan.rows, plan),
    ...checkUnusedColumns(grid, g, plan.layout, plan.classes),
  ];
}
