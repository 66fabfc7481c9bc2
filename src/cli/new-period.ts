import { promises as fs } from 'fs';
import { counts, fileErrorMessage, ui } from '../core/messages';
import { buildNewPeriodWorkbook } from '../xlsx/new-period';
import type { CommonOptions, Io } from './main';
import { readPrevious } from './previous';

/** Writes the next period's workbook from the previous report (.xlsx or .docx). Exit 0, or 2 when it cannot. */
export async function newPeriod(previousFile: string, out: string | undefined, opts: CommonOptions, io: Io): Promise<number> {
  if (!out || !/\.xlsx$/i.test(out)) {
    io.err('--out must name the .xlsx file to write, e.g. --out plan-S2-2022.xlsx');
    return 2;
  }
  const previous = await readPrevious(previousFile, opts.analyze, opts.lang);
  if (!previous.ok) {
    io.err(`${previousFile}: ${previous.error.message}`);
    return 2;
  }
  const wb = buildNewPeriodWorkbook(previous.analysis, opts.lang, opts.analyze.allowedStates);
  try {
    // Never over a file that exists: it may be the officer's filled-in workbook.
    await fs.writeFile(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`${out}: ${fileErrorMessage(opts.lang, 'unreadable', { detail: code === 'EEXIST' ? 'EEXIST (exists; choose another name)' : String(code ?? e) })}`);
    return 2;
  }
  io.err(ui(opts.lang, 'new_period_written', { file: out, actions: counts(opts.lang, [['action', previous.analysis.rows.length]]) }));
  return 0;
}
