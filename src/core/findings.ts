export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every finding code, with its severity. The code is the key for messages, tests and JSON. */
export const FINDING_SEVERITY = {
  sheet_not_found: 'error',
  header_not_found: 'error',
  missing_id: 'error',
  missing_action: 'error',
  missing_status: 'error',
  invalid_status: 'error',
  status_inferred: 'error',
  role_not_found: 'error',
  missing_deadline: 'error',
  invalid_deadline: 'error',
  duplicate_id: 'error',
  id_mismatch: 'error',
  cell_error: 'error',
  formula_without_value: 'error',
  missing_responsible: 'warning',
  unknown_responsible: 'warning',
  missing_indicators: 'warning',
  missing_description: 'warning',
  overdue: 'warning',
  ambiguous_deadline: 'warning',
  status_contradicts_description: 'warning',
  period_not_found: 'warning',
  status_spelling: 'info',
  // Comparison with the previous period's report.
  regressed: 'warning',
  postponed: 'warning',
  overdue_again: 'warning',
  not_started_again: 'warning',
  description_unchanged: 'warning',
  dropped: 'warning',
  new_action: 'info',
  invisible_character: 'info',
  hidden_rows: 'info',
  hidden_sheet: 'info',
  // Reading self-checks of the period (stream grammar): the period came from a fallback, or a title disagrees.
  reading_period_fallback: 'warning',
  reading_period_mismatch: 'warning',
  // Stream sheets: the reading's own doubts (a plan over several sheets; one error on most rows).
  reading_sheet_not_read: 'warning',
  reading_same_error: 'warning',
  // Reader stream: what the reading left out, and the reading checking itself.
  no_deadline_column: 'warning',
  checks_skipped: 'info',
  reading_data_after_table: 'warning',
  reading_one_group: 'warning',
  reading_column_unused: 'warning',
  // Rows stream (fixrows): a lone text over a heading, read as a note or as more text of the action above.
  reading_heading_as_text: 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;
export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

export type ParamValue = string | number | boolean | null;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  rowId: string | null;
  params: Record<string, ParamValue>;
  /** The value that fixes the cell, when there is one. */
  suggestion?: string;
}

export function finding(
  code: FindingCode,
  sheet: string,
  cell: string,
  rowId: string | null,
  params: Record<string, ParamValue> = {},
  suggestion?: string,
): Finding {
  const f: Finding = { code, severity: FINDING_SEVERITY[code], sheet, cell, rowId, params };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return f;
}

/** A finding on the engine's own reading of the sheet ("reading_*"): shown before every other. */
export function isReadingFinding(f: { code: string }): boolean {
  return f.code.startsWith('reading_');
}

const ORDER: Record<Severity, number> = { error: 1, warning: 2, info: 3 };

/** Reading findings first, then errors, warnings, notes; within each, by row. */
export function sortFindings(list: Finding[]): Finding[] {
  // Each finding's row number read once, not at every comparison.
  const keyed = list.map((f) => ({ f, order: isReadingFinding(f) ? 0 : ORDER[f.severity], row: rowOf(f.cell) }));
  keyed.sort((a, b) => a.order - b.order || a.row - b.row || a.f.cell.localeCompare(b.f.cell));
  return keyed.map((k) => k.f);
}

function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? 0);
}
