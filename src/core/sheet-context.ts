import { SheetGrid, cellAddress, cellText } from './grid';
import { Group } from './plan';

/** What a plan read over several sheets gives each sheet: the cover's texts, the sheet's objective and year. */
export interface SheetContext {
  /** The cover sheet's texts, with their sheet-qualified cells ("'Copertă'!A3"). */
  cover: { text: string; cell: string }[];
  /** Take the objective from the sheet's name or title when its rows have none. */
  objectiveFromSheet: boolean;
  /** The year a sheet of a plan split per year stands for (its name): the plan year of its deadlines. */
  year: number | null;
}

export const NO_CONTEXT: SheetContext = { cover: [], objectiveFromSheet: false, year: null };

/** A sheet-qualified address, quoted as Excel quotes a name with spaces or punctuation. */
export function qualified(sheet: string, cell: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** The texts of a cover sheet in reading order, each with its sheet-qualified cell. */
export function coverTexts(cover: SheetGrid | null): { text: string; cell: string }[] {
  if (!cover) return [];
  const out: { text: string; cell: string }[] = [];
  cover.rows.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      const text = cellText(v);
      if (text) out.push({ text, cell: qualified(cover.name, cellAddress(cover, r, c)) });
    }),
  );
  return out;
}

// "Obiectivul 2. Digitalizarea …", "Obiectiv nr.2", "Ob. 2", "Objective 2: …", "Цель 2", "Задача № 2".
const OBJECTIVE_NAME =
  /^\s*(?:obiectiv(?:ul)?(?:\s+(?:general|specific))?|ob|obj|objective|цель|задача)\b\.?\s*(?:nr\.?|no\.?|№)?\s*(\d{1,2})(?!\d)[.:)\s–-]*(.*)$/iu;

/** The objective a sheet of a plan kept one sheet per objective names in its name, else in a title above its table. */
export function sheetObjective(grid: SheetGrid, titles: { text: string; cell: string }[]): Group | null {
  for (const t of titles) {
    const m = OBJECTIVE_NAME.exec(t.text);
    if (m) return { key: m[1], numbered: true, title: t.text, cell: t.cell };
  }
  const m = OBJECTIVE_NAME.exec(grid.name);
  return m ? { key: m[1], numbered: true, title: titles[0]?.text ?? grid.name, cell: titles[0]?.cell ?? 'A1' } : null;
}

/** The single year a sheet's name holds ("2023", "Plan 2023"), or null. */
export function yearOfName(name: string): number | null {
  const years = [...name.matchAll(/(?<!\d)(19[9]\d|20\d\d|2100)(?!\d)/g)];
  return years.length === 1 ? Number(years[0][1]) : null;
}

/** Each sheet's year when every sheet's name holds one and no two the same: a plan split per year. */
export function yearsOfSplit(names: string[]): (number | null)[] {
  const years = names.map(yearOfName);
  const distinct = new Set(years);
  return names.length > 1 && !years.includes(null) && distinct.size === names.length ? years : names.map(() => null);
}
