/**
 * LibreOffice and poppler as the test's eyes: .docx -> PDF -> words with their boxes on each page.
 * Both tools are required; a missing one throws (the test fails, it does not skip).
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { basename, join } from 'path';

export function requireTool(cmd: string): void {
  if (spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0) throw new Error(`${cmd} is required for this test and is not installed`);
}

/** Converts each .docx to a PDF in outDir with a private LibreOffice profile; returns the PDF paths. */
export function toPdf(docxFiles: string[], outDir: string, timeoutMs = 240_000): string[] {
  requireTool('soffice');
  execFileSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${outDir}/lo-profile`, '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles],
    {
      timeout: timeoutMs,
      stdio: 'ignore',
    },
  );
  return docxFiles.map((f) => {
    const pdf = join(outDir, basename(f).replace(/\.docx$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${f}`);
    return pdf;
  });
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface Page {
  width: number;
  height: number;
  words: Word[];
  /** The page's text in reading order (pdftotext without layout). */
  text: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function readPdf(pdf: string): Page[] {
  requireTool('pdftotext');
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const texts = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).split('\f');
  const pages: Page[] = [];
  for (const m of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      xMin: +w[1],
      yMin: +w[2],
      xMax: +w[3],
      yMax: +w[4],
      text: unescape(w[5]),
    }));
    pages.push({ width: +m[1], height: +m[2], words, text: texts[pages.length] ?? '' });
  }
  return pages;
}

/**
 * Words of `whole` broken across lines: a piece at the end of one line and the rest on the next
 * lines, at the column's left edge (left of the first piece), the pieces joined spelling a word
 * of `whole`. A break right after a hyphen is allowed (Word and LibreOffice break compounds there).
 */
export function splitWords(pages: Page[], whole: Set<string>): string[] {
  const prefixes = new Set<string>();
  for (const w of whole) for (let i = 1; i < w.length; i++) prefixes.add(w.slice(0, i));
  const found: string[] = [];
  pages.forEach((p, n) => {
    const nextPieces = (a: Word) => {
      const h = a.yMax - a.yMin;
      return p.words.filter((b) => b.yMin - a.yMin > 0.5 * h && b.yMin - a.yMin < 1.9 * h && b.xMin <= a.xMin + 1 && b.xMin > a.xMin - 300);
    };
    const follow = (a: Word, joined: string, pieces: string[]): void => {
      if (pieces.length > 12) return;
      for (const b of nextPieces(a)) {
        const next = joined + b.text;
        if (whole.has(next)) found.push(`page ${n + 1}: ${[...pieces, b.text].map((x) => `"${x}"`).join(' / ')}`);
        else if (prefixes.has(next)) follow(b, next, [...pieces, b.text]);
      }
    };
    for (const a of p.words) if (prefixes.has(a.text) && !a.text.endsWith('-')) follow(a, a.text, [a.text]);
  });
  return found;
}
