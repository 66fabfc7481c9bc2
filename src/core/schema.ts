import { z } from 'zod';
import { FINDING_CODES, SEVERITIES } from './findings';
import { ROLES } from './roles';
import { SHEET_REASONS } from './sheets';
import { QUALIFIERS, STATES } from './status';

/** The JSON the command line prints with --json: the single source of its shape. */

const stateCounts = z.object(Object.fromEntries([...STATES, 'unknown'].map((s) => [s, z.number().int().nonnegative()])) as Record<string, z.ZodNumber>);

export const GroupStatsSchema = z.object({
  key: z.string(),
  title: z.string(),
  rows: z.number().int().nonnegative(),
  byState: stateCounts,
  completionRate: z.number().min(0).max(1).nullable().describe('done ÷ (rows − cancelled)'),
  startedRate: z.number().min(0).max(1).nullable().describe('(done + partially_done + in_progress + initiated) ÷ (rows − cancelled)'),
  due: z.number().int().nonnegative().describe('rows whose due date falls on or before the end of the period'),
  doneAmongDue: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
});

export const StatisticsSchema = z.object({
  objectives: z.array(GroupStatsSchema),
  areas: z.array(GroupStatsSchema),
  responsible: z.array(GroupStatsSchema),
  total: GroupStatsSchema,
});

export const FindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(SEVERITIES),
  sheet: z.string(),
  cell: z.string().describe('A1 address'),
  rowId: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  suggestion: z.string().optional().describe('the value that fixes the cell'),
  message: z.string().describe('in the language of --lang'),
});

export const PeriodSchema = z
  .object({
    kind: z.enum(['semester', 'quarter', 'year', 'months']).describe('months: the first n months of the year ("9 luni 2022")'),
    n: z.number().int(),
    year: z.number().int(),
    start: z.string(),
    end: z.string(),
  })
  .nullable();

export const RowSchema = z.object({
  id: z.string().nullable(),
  sheetRow: z.number().int().positive(),
  objective: z.string().nullable().describe('objective key'),
  area: z.string().nullable().describe('area key'),
  parentId: z.string().nullable().describe('the action a sub-action belongs to'),
  action: z.string(),
  responsible: z.array(z.string()),
  deadline: z.string().describe('as written'),
  due: z.string().nullable().describe('due date falling to this period, ISO'),
  state: z.enum(STATES).nullable(),
  qualifiers: z.array(z.enum(QUALIFIERS)),
  status: z.string().describe('as written'),
  overdue: z.boolean(),
  cells: z.record(z.string(), z.string()),
  sheet: z.string().optional().describe('the sheet the row is on: a plan may be read over several'),
});

export const SheetChoiceSchema = z.object({
  sheet: z.string(),
  use: z.enum(['read', 'cover', 'left']).describe('read as a part of the plan, its cover (title and period), or left'),
  reason: z.enum(SHEET_REASONS),
});

export const ReadingSchema = z
  .object({
    headerRow: z.number().int().positive().describe('sheet row of the (last) header row'),
    dataStart: z.number().int().positive(),
    columns: z.array(
      z.object({
        column: z.string().describe('sheet column letter'),
        header: z.string(),
        role: z.enum(ROLES).nullable(),
        confidence: z.number().min(0).max(1).nullable(),
        source: z.enum(['header', 'content', 'both', 'user']).nullable().describe('what the role was read from'),
        cells: z.number().int().nonnegative().describe('non-empty cells sampled'),
        supporting: z.number().int().nonnegative().describe('sampled cells whose content fits the role'),
      }),
    ),
    headings: z.array(z.object({ level: z.enum(['objective', 'area']), key: z.string(), title: z.string(), cell: z.string() })),
    rows: z
      .array(
        z.object({
          row: z.number().int().positive(),
          cls: z.enum(['metadata', 'header', 'group', 'derived', 'notes']),
          cell: z.string(),
          text: z.string().describe('the row\'s cells as written, joined with " | "'),
        }),
      )
      .describe('every row not read as an action, with its class: titles above the header, header rows, groupings, totals, notes under the table'),
    tableEnd: z.number().int().positive().nullable().describe("sheet row of the table's last action row"),
    period: PeriodSchema,
    periodSource: z
      .union([
        z.object({ kind: z.literal('cell'), cell: z.string(), text: z.string() }),
        z.object({ kind: z.literal('sheet'), text: z.string() }),
        z.object({ kind: z.literal('file'), text: z.string() }),
        z.object({ kind: z.literal('option') }),
      ])
      .nullable(),
  })
  .describe('how the sheet was read: each column with its role, evidence and confidence; the headings; the period and where it came from');
export const ComparisonSchema = z
  .object({
    previousFile: z.string(),
    matched: z.number().int().nonnegative().describe('rows of this report paired with a row of the previous one'),
    rows: z.array(
      z.object({
        id: z.string().nullable(),
        previousId: z.string().nullable(),
        match: z
          .enum(['id', 'text', 'split', 'manual'])
          .describe('how the rows were paired: same id, similar title (renumbered), sub-action split out, by hand'),
        fromState: z.enum(STATES).nullable(),
        toState: z.enum(STATES).nullable(),
        fromDue: z.string().nullable().describe('due date in the previous report, ISO'),
        toDue: z.string().nullable().describe('due date in this report, ISO'),
        descriptionUnchanged: z.boolean().describe('same or near-same description while the state did not change'),
      }),
    ),
    new: z.array(z.string().nullable()).describe('ids of actions not in the previous report'),
    dropped: z.array(z.string().nullable()).describe('ids of previous actions absent now and not cancelled'),
    objectives: z.array(
      z.object({
        key: z.string(),
        completionBefore: z.number().min(0).max(1).nullable(),
        completionNow: z.number().min(0).max(1).nullable(),
      }),
    ),
  })
  .describe('with --previous: what changed since the previous report');

export const FileReportSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  period: PeriodSchema,
  planYear: z.number().int().nullable(),
  reading: ReadingSchema.nullable(),
  sheets: z.array(SheetChoiceSchema).optional().describe("every sheet of the workbook: read, the plan's cover, or left, and why"),
  rows: z.array(RowSchema),
  findings: z.array(FindingSchema),
  stats: StatisticsSchema,
  comparison: ComparisonSchema.optional(),
});

export const FileErrorSchema = z.object({
  file: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});

export const ConsolidatedSchema = z.object({
  consolidated: z.object({ files: z.number().int(), total: GroupStatsSchema }),
});

export type FileReport = z.infer<typeof FileReportSchema>;
export type FileErrorReport = z.infer<typeof FileErrorSchema>;
