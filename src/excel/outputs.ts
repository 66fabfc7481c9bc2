/// <reference types="office-js" />
import { OutputSheets, freeSheetName } from '../report/sheets';
import { HostError } from '../host/host';
import { sheetOfAddress } from './convert';
import { layOutReport, layOutStatistics } from './write-outputs';

/**
 * Workbook-scoped names that mark the add-in's own sheets. A name follows its sheet through renames
 * (its formula is updated) and is saved with the file, so the marker survives reopening in another
 * Excel; a sheet id is not promised to, and a copy of a sheet does not take the name with it.
 */
export const MARKERS = { statistics: 'ActionPlanReport_Statistics', report: 'ActionPlanReport_Report' } as const;
const ROLES = ['statistics', 'report'] as const;
type Role = (typeof ROLES)[number];

/** Deletes the sheets named (if present): what a failed build left. Best effort, errors ignored. */
export async function removeSheets(ctx: Excel.RequestContext, names: string[]): Promise<void> {
  try {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    for (const ws of sheets.items) if (names.includes(ws.name)) ws.delete();
    await ctx.sync();
  } catch {
    // The original error is the one worth reporting.
  }
}

/**
 * Writes the add-in's two sheets, replacing those it wrote before (found by their markers; ids
 * saved in settings by earlier versions are honoured once). Three syncs: read the sheets, names and
 * protection; build the new sheets under names free of every sheet's; then move the markers,
 * delete the old sheets and give the new ones their names. A failed build removes what it added,
 * so the old sheets stay as they were.
 */
export async function replaceOutputsIn(ctx: Excel.RequestContext, out: OutputSheets, legacyIds: string[]): Promise<Record<Role, string>> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  const names = ctx.workbook.names;
  names.load('items/name,items/formula');
  const protection = ctx.workbook.protection;
  protection.load('protected');
  await ctx.sync();
  if (protection.protected) throw new HostError('workbook_protected', 'workbook structure');

  const byName = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
  const marker = (role: Role) => names.items.find((n) => n.name.toLowerCase() === MARKERS[role].toLowerCase());
  const old = new Map<Role, Excel.Worksheet>();
  ROLES.forEach((role, i) => {
    const m = marker(role);
    const ws = m ? byName.get(sheetOfAddress(String(m.formula).replace(/^=/, '')).toLowerCase()) : sheets.items.find((w) => w.id === legacyIds[i]);
    if (ws && ![...old.values()].includes(ws)) old.set(role, ws);
  });
  const ours = new Set(old.values());
  const taken = new Set(sheets.items.filter((ws) => !ours.has(ws)).map((ws) => ws.name.toLowerCase()));
  const final = { statistics: freeSheetName(taken, out.statistics.name), report: freeSheetName(taken, out.report.name) };
  const busy = new Set([...byName.keys(), final.statistics.toLowerCase(), final.report.toLowerCase()]);
  const initial = {} as Record<Role, string>;
  for (const role of ROLES) initial[role] = byName.has(final[role].toLowerCase()) ? freeSheetName(busy, out[role].name) : final[role];

  const made = { statistics: sheets.add(initial.statistics), report: sheets.add(initial.report) };
  layOutStatistics(made.statistics, out.statistics);
  layOutReport(made.report, out.report);
  try {
    await ctx.sync();
  } catch (e) {
    await removeSheets(
      ctx,
      ROLES.map((r) => initial[r]).filter((n) => !byName.has(n.toLowerCase())),
    );
    throw e;
  }

  for (const role of ROLES) {
    if (marker(role)) names.getItem(MARKERS[role]).delete();
    names.add(MARKERS[role], made[role].getRange('A1'));
  }
  for (const ws of ours) ws.delete();
  for (const role of ROLES) if (initial[role] !== final[role]) made[role].name = final[role];
  await ctx.sync();
  return final;
}
