import type { Period } from '../core/period';

/** A period as a file name needs it (the standalone pane's first screen carries this file: no date code). */
type PeriodName = Pick<Period, 'kind' | 'n' | 'year'>;
import { Lang } from '../core/status';

/** What a downloaded file holds; each is named in the report's language. */
export type FileKind = 'report' | 'fixed' | 'next_period' | 'findings';

const WORDS: Record<Lang, Record<FileKind, string>> = {
  ro: { report: 'Raport', fixed: 'Registru corectat', next_period: 'Raport de completat', findings: 'Constatări' },
  en: { report: 'Report', fixed: 'Corrected workbook', next_period: 'Report to fill in', findings: 'Findings' },
  ru: { report: 'Отчёт', fixed: 'Исправленная книга', next_period: 'Отчёт для заполнения', findings: 'Замечания' },
};

/** The period as a file name says it: "S1 2022", "H1 2022", "1 полугодие 2022". */
export function shortPeriod(p: PeriodName | null, lang: Lang): string {
  if (!p) return '';
  if (p.kind === 'year') return String(p.year);
  if (p.kind === 'months') return lang === 'ro' ? `${p.n} luni ${p.year}` : lang === 'ru' ? `${p.n} месяцев ${p.year}` : `${p.n} months ${p.year}`;
  const semester = p.kind === 'semester';
  switch (lang) {
    case 'ro':
      return `${semester ? 'S' : 'T'}${p.n} ${p.year}`;
    case 'en':
      return `${semester ? 'H' : 'Q'}${p.n} ${p.year}`;
    case 'ru':
      return `${p.n} ${semester ? 'полугодие' : 'квартал'} ${p.year}`;
  }
}

/** The period after this one, of the same kind ("S2 2022" after "S1 2022", "2023" after "2022"); the year after "9 luni". */
export function periodAfter(p: PeriodName | null): PeriodName | null {
  // "9 luni 2022" is followed by the year's report, not by another nine months.
  if (!p) return null;
  if (p.kind === 'months') return { kind: 'year', n: 1, year: p.year };
  const per = p.kind === 'semester' ? 2 : p.kind === 'quarter' ? 4 : 1;
  return p.n < per ? { kind: p.kind, n: p.n + 1, year: p.year } : { kind: p.kind, n: 1, year: p.year + 1 };
}

/** The file's own name without folder, extension or the words an earlier download added ("Raport S1 2022 – "). */
export function baseName(file: string): string {
  const name = (file.split(/[\\/]/).pop() ?? file)
    .replace(/\.(xlsx|xlsm|xls|docx|csv)$/i, '')
    .replace(/\.(report|fixed|next|findings)$/i, '')
    .trim();
  const earlier = Object.values(WORDS)
    .flatMap((w) => Object.values(w))
    .find((w) => name.startsWith(`${w} `) && name.includes(' – '));
  return earlier ? name.slice(name.indexOf(' – ') + 3).trim() : name;
}

/** Characters Windows, macOS and the web views refuse in a file name. */
// eslint-disable-next-line no-control-regex -- control characters are what a file name cannot hold
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]+/g;

/**
 * A download's name of the report's words and period: "Raport S1 2022 – Plan 2022.docx",
 * "Отчёт 1 полугодие 2022 – Plan 2022.docx". The same words for every period would name S1's
 * and S2's reports alike; the source file keeps them apart from another plan's.
 */
export function downloadName(kind: FileKind, lang: Lang, period: PeriodName | null, file: string, ext: string): string {
  const head = [WORDS[lang][kind], shortPeriod(period, lang)].filter(Boolean).join(' ');
  const base = baseName(file).replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return `${base ? `${head} – ${base}` : head}.${ext}`.replace(UNSAFE, ' ');
}
