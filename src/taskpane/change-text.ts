import { changeMessage } from '../core/messages/change-pane';
import { Lang } from '../core/status';
import type { CellFix } from '../host/host';

/** How many characters of unchanged text are shown either side of a change. */
const CONTEXT = 20;
/** The longest changed span shown whole; a longer one is cut in its middle. */
const SPAN = 80;

export interface ChangedSpan {
  before: string;
  after: string;
  /** Whether whole words around the change were left as they were. */
  kept: boolean;
}

const cutMiddle = (s: string, max = SPAN) => (s.length <= max ? s : `${s.slice(0, max / 2 - 1)}…${s.slice(-(max / 2 - 1))}`);

/**
 * The part of a cell that changed, with a little of the unchanged text either side: "…companiei.
 * Urmează" → "…companiei. Neinițiată" rather than two whole 600-character cells.
 */
export function changedSpan(before: string, after: string): ChangedSpan {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // The context is cut between words where it is cut.
  const lead = start > CONTEXT ? before.slice(start - CONTEXT, start).replace(/^\S*\s/, '') : before.slice(0, start);
  const tail = end > CONTEXT ? before.slice(before.length - end, before.length - end + CONTEXT).replace(/\s\S*$/, '') : before.slice(before.length - end);
  const open = start > CONTEXT ? '…' : '';
  const close = end > CONTEXT ? '…' : '';
  const show = (s: string) => `${open}${lead}${cutMiddle(s.slice(start, s.length - end))}${tail}${close}`;
  // A word or more left as it was: the common start or end holds a space.
  const kept = /\s/.test(before.slice(0, start)) || /\s/.test(before.slice(before.length - end));
  return { before: show(before), after: show(after), kept };
}

/** One cell's change in a sentence: "F7: „Urmează…” → „Neinițiată…”, restul textului păstrat". */
export function changeText(lang: Lang, cell: string, before: string, after: string): string {
  if (!before.trim()) return changeMessage(lang, 'change_added', { cell, after: cutMiddle(after) });
  const span = changedSpan(before, after);
  return changeMessage(lang, span.kept ? 'change_kept' : 'change_line', { cell, before: span.before, after: span.after });
}

/** What one action wrote, in a sentence: each cell with its change; many cells by their names. */
export function doneText(lang: Lang, done: CellFix[], all: boolean): string {
  const each = done.map((d) => changeText(lang, d.cell, d.expected, d.value));
  if (!all) return changeMessage(lang, 'fixed_here', { change: each.join('; ') });
  const names =
    done.length > 6
      ? `${done
          .slice(0, 6)
          .map((d) => d.cell)
          .join(', ')}, …`
      : done.map((d) => d.cell).join(', ');
  return changeMessage(lang, 'fixed_all', { count: done.length, cells: done.length <= 3 ? each.join('; ') : names });
}
