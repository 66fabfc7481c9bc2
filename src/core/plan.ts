import { CellValue } from './grid';
import { Layout, MergedGrid } from './layout';
import { Assembler } from './reading/assemble';
import { withGroupColumn } from './reading/group-column';
import { groupLevels } from './reading/group-levels';
import { headingAboveHeader } from './reading/heading-above';
import { ClassifiedRow, classifyRows } from './reading/row-classes';
import { tableEnd } from './reading/table-bounds';
import { tableView } from './reading/table-view';
import { Role } from './roles';

export { leadingId, normaliseId } from './reading/ids';

export interface Group {
  /** The grouping's number as written ("1", "2"), or its position when unnumbered. */
  key: string;
  numbered: boolean;
  title: string;
  cell: string;
}

/** One reportable unit: an action, or a sub-action when the action has them. */
export interface PlanRow {
  /** Grid row index of the unit's first physical row. */
  index: number;
  /** 1-based sheet row number. */
  sheetRow: number;
  id: string | null;
  /** Where the id was read: its own column, or leading the action / sub-action text. */
  idSource: 'column' | 'text' | null;
  objective: Group | null;
  area: Group | null;
  parent: { id: string | null; title: string; cell: string } | null;
  action: string;
  responsible: string;
  deadline: CellValue;
  deadlineFormat: string | null;
  cost: string;
  indicators: string;
  /** The status cell (or the combined status / description cell) as written. */
  statusText: string;
  description: string;
  /** Formula errors (#N/A, #REF!) met in this unit's cells, by role. */
  errors: Partial<Record<Role, string>>;
  /** Address of each role's cell on this unit's row. */
  cells: Partial<Record<Role, string>>;
}

export interface PlanRead {
  rows: PlanRow[];
  objectives: Group[];
  areas: Group[];
  /** Every row from the first data row down, with its class (data, group, header, derived, notes, blank). */
  classes: ClassifiedRow[];
  /** Grid index of the table's last data row; null when no row is data. */
  tableEnd: number | null;
  /** The layout read, with a grouping column found among the unnamed ones. */
  layout: Layout;
}

/** The reader: row classes → table bounds → groups → rows. The header and roles are detectLayout's. */
export function readPlan(g: MergedGrid, tableLayout: Layout): PlanRead {
  const layout = withGroupColumn(g, tableLayout);
  const view = tableView(g, layout);
  const body = classifyRows(view);
  const above = headingAboveHeader(view, body);
  const classes = above ? [above, ...body] : body;
  const level = groupLevels(view, classes);
  const assembler = new Assembler(view);
  for (const row of classes) assembler.add(row, level);
  return { ...assembler.finish(), classes, tableEnd: tableEnd(classes), layout };
}
