import { formatDeadline } from './deadline';
import { Finding, finding } from './findings';
import { AnalyzedRow } from './interpret';
import { NO_CACHED_VALUE } from './grid';
import { isMistypedCode, looksLikeCode, suggestCode } from './responsible';
import type { Abbreviations } from './responsible';
import { Role } from './roles';
import { CANONICAL, Lang, State, closestState, inferStatus, nearStatus, spellingFix } from './status';
import { firstSentenceAsTyped, fold } from './text';
import { SAYS_NOT_STARTED, disagreesWithText, hasNegation, saysDone, saysUnfinished } from './status-evidence';
import { STATUS_SEPARATOR, StatusEdit, typedEnd } from './status-edit';

export interface ValidateContext {
  sheet: string;
  lang: Lang;
  allowed: readonly State[];
  combinedStatus: boolean;
  hasColumn: (role: Role) => boolean;
  abbreviations: Abbreviations | null;
}

const NEEDS_NARRATIVE: State[] = ['done', 'not_started', 'not_done', 'suspended'];
const STARTED: State[] = ['done', 'partially_done', 'in_progress', 'initiated'];
const NOT_STARTED: State[] = ['not_started', 'not_done'];
/** The checks a report officer makes before submission, one row at a time plus the id checks. */
export function validateRows(rows: AnalyzedRow[], ctx: ValidateContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, string>();
  const at = (row: AnalyzedRow, role: Role) => row.cells[role] ?? row.cells.action ?? row.cells.id ?? `A${row.sheetRow}`;
  const statusRole: Role = ctx.combinedStatus ? 'status_description' : 'status';
  const has = {
    status: ctx.hasColumn('status'),
    deadline: ctx.hasColumn('deadline'),
    responsible: ctx.hasColumn('responsible'),
    indicators: ctx.hasColumn('indicators'),
    description: ctx.hasColumn('description'),
  };
  // A plan numbering none of its actions lacks the column, said once (checks_skipped), not on every row.
  const numbered = ctx.hasColumn('id') || rows.some((r) => r.id);
  for (const row of rows) {
    const f = (code: Parameters<typeof finding>[0], role: Role, params: Finding['params'] = {}, suggestion?: string) =>
      out.push(finding(code, ctx.sheet, at(row, role), row.id, params, suggestion));

    for (const role in row.errors) {
      const error = row.errors[role as Role]!;
      f(error === NO_CACHED_VALUE ? 'formula_without_value' : 'cell_error', role as Role, { value: error });
    }
    if (!row.id && !row.errors.id && numbered) f('missing_id', 'id');
    // Without an action column, role_not_found says so once, on the header.
    if (!row.action && !row.errors.action && (ctx.hasColumn('action') || ctx.hasColumn('subaction'))) f('missing_action', 'action');

    if (!row.errors[statusRole] && (ctx.combinedStatus || has.status)) {
      if (!row.statusText) f('missing_status', statusRole);
      else if (!row.parsedState) unknownStatus(row, ctx, (code, params, suggestion) => f(code, statusRole, params, suggestion));
      else if (!row.state) {
        const near = closestState(row.statusText, ctx.allowed);
        const params = { value: clip(row.statusPhrase), state: row.parsedState };
        if (!near) f('invalid_status', statusRole, params);
        else f('invalid_status', statusRole, ...withEdit(params, row.statusText, { typed: row.statusPhrase, replacement: CANONICAL[ctx.lang][near] }));
      } else if (!ctx.combinedStatus) {
        const fix = spellingFix(row.statusPhrase, row.state);
        if (fix) f('status_spelling', 'status', ...withEdit({ value: row.statusPhrase }, row.statusText, { typed: row.statusPhrase, replacement: fix }));
      }
    }

    const d = row.deadlineInfo;
    if (!row.errors.deadline) {
      if (d.kind === 'empty' && has.deadline) f('missing_deadline', 'deadline');
      if (d.kind === 'invalid') f('invalid_deadline', 'deadline', { value: clip(d.text), reason: d.reason });
      if ((d.kind === 'date' || d.kind === 'recurring') && d.ambiguous) {
        const due = d.kind === 'date' ? d.due : (row.due ?? '—');
        f('ambiguous_deadline', 'deadline', { value: clip(String(row.deadline)), due }, d.kind === 'date' ? formatDeadline(d, ctx.lang) : undefined);
      }
    }

    if (!row.responsible && has.responsible && !row.errors.responsible) f('missing_responsible', 'responsible');
    if (ctx.abbreviations && ctx.abbreviations.size > 0) {
      for (const unit of row.responsibleUnits) {
        if (ctx.abbreviations.has(unit) || !(looksLikeCode(unit) || isMistypedCode(unit, ctx.abbreviations))) continue;
        f('unknown_responsible', 'responsible', { code: unit }, suggestCode(unit, ctx.abbreviations));
      }
    }
    if (!row.indicators && has.indicators && !row.errors.indicators) f('missing_indicators', 'indicators');
    const narrativeRole: Role = ctx.combinedStatus ? 'status_description' : 'description';
    const hasNarrativeColumn = ctx.combinedStatus || has.description;
    if (row.state && NEEDS_NARRATIVE.includes(row.state) && !row.description && hasNarrativeColumn) {
      f('missing_description', narrativeRole, { state: row.state, status: row.statusPhrase });
    }
    if (row.isOverdue) f('overdue', 'deadline', { due: row.due, state: row.state, status: row.statusPhrase });
    if (row.state && row.description && (STARTED.includes(row.state) || NOT_STARTED.includes(row.state))) {
      // White space as typed: fold and the patterns read its runs as one space.
      const first = firstSentenceAsTyped(row.description);
      // Only a sentence with a negation can say "not started": most narratives skip the full check.
      const contradicts = !STARTED.includes(row.state)
        ? saysDone(fold(first))
        : row.state === 'done'
          ? saysUnfinished(first)
          : hasNegation(first) && SAYS_NOT_STARTED.test(fold(first));
      if (contradicts) f('status_contradicts_description', narrativeRole, { state: row.state, status: row.statusPhrase, sentence: clip(first) });
    }

    if (row.id) {
      const first = seen.get(row.id);
      if (first) f('duplicate_id', 'id', { id: row.id, first });
      else seen.set(row.id, at(row, 'id'));
    }
  }
  out.push(...checkIds(rows, ctx));
  return out;
}

/** A first line this short, in a combined column, is a status typed wrong rather than narrative. */
const SHORT_STATUS_LINE = /^[^\n.;:(]{1,30}(?=[\n.;:(]|$)/;

/**
 * A status finding's fix: the edit the host makes on the cell as read (in the params, so a fix
 * replaces only the status phrase whatever else the cell holds), and the status text it gives.
 */
function withEdit(params: Finding['params'], statusText: string, edit: StatusEdit): [Finding['params'], string] {
  return [{ ...params, typed: edit.typed, replacement: edit.replacement }, edit.replacement + statusText.slice(edit.typed.length)];
}

type StatusReport = (code: 'invalid_status' | 'status_inferred' | 'missing_status', params: Finding['params'], suggestion?: string) => void;

/**
 * A status the vocabulary does not hold. A phrase that clearly means a state is proposed as that
 * state with lower confidence, unless the text beside it says otherwise; a near miss ("Realizt.")
 * gets its fix; otherwise no fix is offered, and in a combined column a cell that starts straight
 * with narrative has no status at all.
 */
function unknownStatus(row: AnalyzedRow, ctx: ValidateContext, report: StatusReport): void {
  const text = row.statusText;
  const inferred = inferStatus(text);
  if (inferred && ctx.allowed.includes(inferred.state)) {
    const params = { value: clip(text.slice(0, inferred.end)), state: inferred.state };
    const beside = besideStatus(text.slice(inferred.phraseEnd), ctx.combinedStatus ? null : row.description);
    const disagrees = beside.find((t) => disagreesWithText(inferred.state, t));
    if (disagrees) return report('status_inferred', { ...params, disagrees: clip(firstSentenceAsTyped(disagrees)) });
    const canonical = CANONICAL[ctx.lang][inferred.state];
    // More words in the status's sentence ("Urmează a fi inițiată după …"): the status goes before them.
    const edit = inferred.whole
      ? { typed: text.slice(0, inferred.phraseEnd), replacement: canonical }
      : { typed: '', replacement: canonical + STATUS_SEPARATOR };
    return report('status_inferred', ...withEdit(params, text, edit));
  }
  const near = inferred ? null : nearStatus(text, ctx.allowed);
  if (near) {
    const typed = text.slice(0, typedEnd(text, near.end));
    return report('invalid_status', ...withEdit({ value: clip(typed) }, text, { typed, replacement: CANONICAL[ctx.lang][near.state] }));
  }
  if (!ctx.combinedStatus) report('invalid_status', { value: clip(text) });
  else {
    const line = SHORT_STATUS_LINE.exec(text.trim());
    if (line && line[0].trim().split(/\s+/).length <= 3) report('invalid_status', { value: clip(line[0]) });
    else report('missing_status', { text: clip(text) });
  }
}

/**
 * The texts an inferred status is weighed against: the rest of its own cell ("Gata. Ghidul este în
 * proces de elaborare."), past the punctuation closing the status, and the description.
 */
function besideStatus(restOfCell: string, description: string | null | undefined): string[] {
  const rest = restOfCell.replace(/^[\s.!;:,\-–—]+/u, '');
  return [rest, description ?? ''].filter((t) => t.trim());
}

/**
 * An id's first number is the number of the nearest numbered grouping above it: the objective in
 * some plans, the area in others. The level that most ids agree with is taken as the plan's.
 */
function checkIds(rows: AnalyzedRow[], ctx: ValidateContext): Finding[] {
  const out: Finding[] = [];
  const head = (id: string) => {
    const dot = id.indexOf('.');
    return dot < 0 ? id : id.slice(0, dot);
  };
  let byArea = 0;
  let byObjective = 0;
  for (const r of rows) {
    if (!r.id) continue;
    const h = head(r.id);
    if (r.area?.numbered && h === r.area.key) byArea++;
    if (r.objective?.numbered && h === r.objective.key) byObjective++;
  }
  const free = freeIds(rows);
  const level: 'area' | 'objective' | null = byArea === 0 && byObjective === 0 ? null : byArea >= byObjective ? 'area' : 'objective';
  for (const row of rows) {
    if (!row.id) continue;
    const cell = row.cells.id ?? row.cells.action ?? `A${row.sheetRow}`;
    if (!/^\d+(\.\d+)*$/.test(row.id)) continue;
    if (row.parent?.id && !row.id.startsWith(`${row.parent.id}.`)) {
      out.push(finding('id_mismatch', ctx.sheet, cell, row.id, { id: row.id, expected: `${row.parent.id}.` }, free(row.parent.id, row.id.split('.').pop()!)));
      continue;
    }
    const group = level === 'area' ? row.area : level === 'objective' ? row.objective : null;
    // A single number ("5") is numbered through the plan, as many plans do: only "2.1" names its group.
    if (group?.numbered && row.id.includes('.') && head(row.id) !== group.key) {
      const rest = row.id.split('.').slice(1).join('.');
      out.push(
        finding('id_mismatch', ctx.sheet, cell, row.id, { id: row.id, expected: `${group.key}.`, level: level! }, rest ? free(group.key, rest) : undefined),
      );
    }
  }
  return out;
}

/**
 * An id under a group that no row holds yet: the one asked for when free ("3." + "20"), else the
 * next number after the group's last ("3.21"). Each id handed out is taken, so two fixes never collide.
 */
function freeIds(rows: AnalyzedRow[]): (group: string, rest: string) => string {
  // Built when first asked: most plans have no id to fix.
  let taken: Set<string> | null = null;
  return (group, rest) => {
    taken ??= new Set(rows.map((r) => r.id).filter((id): id is string => !!id));
    const wanted = `${group}.${rest}`;
    if (!taken.has(wanted)) {
      taken.add(wanted);
      return wanted;
    }
    let last = 0;
    for (const id of taken) {
      const m = new RegExp(`^${group.replace(/\./g, '\\.')}\\.(\\d+)$`).exec(id);
      if (m) last = Math.max(last, Number(m[1]));
    }
    const next = `${group}.${last + 1}`;
    taken.add(next);
    return next;
  };
}

function clip(s: string, n = 80): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
