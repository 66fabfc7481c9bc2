import { DeadlineError } from '../deadline';
import { FindingCode } from '../findings';
import type { TemplateCause } from '../narrative/explain';
import { TemplateIssueCode } from '../narrative/template';
import { Role } from '../roles';
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
  'reading',
  'header_row',
  'role_none',
  'evidence_header',
  'evidence_content',
  'evidence_user',
  'confidence',
  'headings_found',
  'table_end',
  'table_end_none',
  'rows_not_actions',
  'row_class_metadata',
  'row_class_header',
  'row_class_group',
  'row_class_derived',
  'row_class_notes',
  'period_from',
  'source_cell',
  'source_sheet',
  'source_file',
  'source_option',
  'period_basis_plan_year',
  'period_basis_sentence',
  'period_basis_year_alone',
  'period_basis_sheet',
  'period_basis_file',
  'abbreviations',
  'did_you_mean',
  'inferred_disagrees',
  'page_of',
  'compared_with',
  'comparison',
  'comparison_counts',
  'completion_before',
  'completion_now',
  'col_indicators',
  'col_previous_status',
  'col_previous_description',
  'period_for',
  'new_period_written',
  // Stream sheets: a plan over several sheets, in --explain.
  'sheets_read',
  'reading_findings',
  'sheet_cover',
  'sheet_left',
  'sheet_why_different_header',
  'sheet_why_copy',
  'sheet_why_not_chosen',
  'sheet_why_not_plan',
  'sheet_why_abbreviations',
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
  'docx_corrupt',
  'docx_no_plan',
  'reader_stopped',
] as const;
export type FileError = (typeof FILE_ERRORS)[number];

export const COUNTED = ['action', 'error', 'warning', 'info', 'month'] as const;
export type Counted = (typeof COUNTED)[number];

export interface Catalog {
  /** Noun forms for counts: ro (singular, plural), ru (one, few, many), en (singular, plural). */
  nouns: Record<Counted, string[]>;
  template: Record<TemplateIssueCode, string>;
  /** Template mistakes by cause, as the editor and the command line name them. */
  templateCause: Record<TemplateCause, string>;
  finding: Record<FindingCode, string>;
  deadlineReason: Record<DeadlineError, string>;
  /** Column roles as the officer names them. */
  role: Record<Role, string>;
  state: Record<State | 'unknown', string>;
  fileError: Record<FileError, string>;
  ui: Record<UiKey, string>;
}
