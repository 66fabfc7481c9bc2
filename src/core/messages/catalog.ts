import { DeadlineError } from '../deadline';
import { FindingCode } from '../findings';
import { TemplateIssueCode } from '../narrative/template';
import { State } from '../status';

export const UI_KEYS = [
  'errors',
  'warnings',
  'infos',
  'no_findings',
  'file',
  'sheet',
  'period',
  'period_unknown',
  'objective',
  'objectives',
  'area',
  'areas',
  'responsible',
  'total',
  'rows',
  'completion',
  'started',
  'due',
  'done_among_due',
  'overdue',
  'consolidated',
  'files_checked',
  'files_unreadable',
  'no_objective',
  'fix',
  'accepted_deadlines',
  'report_title',
  'actions_table',
  'stats_by_objective',
  'col_id',
  'col_action',
  'col_responsible',
  'col_deadline',
  'col_status',
  'col_narrative',
  'narrative',
  'template_issue',
  'generated_from',
] as const;
export type UiKey = (typeof UI_KEYS)[number];

export const FILE_ERRORS = [
  'not_found',
  'is_directory',
  'empty',
  'not_xlsx',
  'legacy_xls',
  'encrypted',
  'corrupt',
  'too_large',
  'no_plan',
  'unreadable',
  'corrupt_zip',
  'corrupt_part',
  'too_many_parts',
  'part_too_large',
  'part_lies',
  'unpacked_too_large',
  'dtd',
  'duplicate_sheet_names',
  'beyond_excel',
  'too_many_rows',
  'too_many_cells',
  'too_many_merges',
  'overlapping_merges',
  'merges_too_large',
  'output_is_input',
  'output_failed',
  'output_is_folder',
  'output_no_folder',
  'output_denied',
  'output_disk_full',
  'output_too_big',
  'output_replaced',
] as const;
export type FileError = (typeof FILE_ERRORS)[number];

export const COUNTED = ['action', 'error', 'warning', 'info'] as const;
export type Counted = (typeof COUNTED)[number];

export interface Catalog {
  /** Noun forms for counts: ro (singular, plural), ru (one, few, many), en (singular, plural). */
  nouns: Record<Counted, string[]>;
  template: Record<TemplateIssueCode, string>;
  finding: Record<FindingCode, string>;
  deadlineReason: Record<DeadlineError, string>;
  state: Record<State | 'unknown', string>;
  fileError: Record<FileError, string>;
  ui: Record<UiKey, string>;
}
