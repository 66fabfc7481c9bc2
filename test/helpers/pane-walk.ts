import AxeBuilder from '@axe-core/playwright';
import { BrowserContext, Page } from 'playwright-core';
import { FINDING_SEVERITY } from '../../src/core/findings';
import { catalog } from '../../src/core/messages';
import { registerAllLangs } from '../../src/core/messages/all-langs';
import { CHANGE_CATALOG } from '../../src/core/messages/change-pane';
import { COMPARE_PANE_CATALOG } from '../../src/core/messages/compare-pane';
import { EDITOR_CATALOG } from '../../src/core/messages/editor';
import { langPack } from '../../src/core/messages/langs';
import { pane } from '../../src/core/messages/pane';
import { ROLES } from '../../src/core/roles';
import { Lang } from '../../src/core/status';

registerAllLangs();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every string of one language's messages, however deep they are kept. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}

export function messagesOf(lang: Lang): string[] {
  const p = langPack(lang);
  return stringsOf([catalog(lang), p.pane, p.groups, COMPARE_PANE_CATALOG[lang], EDITOR_CATALOG[lang], CHANGE_CATALOG[lang]]);
}

/**
 * The English catalog's words that a Romanian or Russian screen never shows: each message cut at its
 * placeholders and punctuation, pieces of two words or more, less any piece found in ro or ru too.
 */
export function englishOnlyPieces(): string[] {
  const others = [...messagesOf('ro'), ...messagesOf('ru')].join('\n').toLowerCase();
  const pieces = messagesOf('en')
    .flatMap((m) => m.split(/\{\{[^}]*\}\}|\{[^}]*\}|[.:;!?()"“”„«»=,…·—–\n]|\s-\s/))
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z][A-Za-z' -]*[A-Za-z]$/.test(s) && s.includes(' ') && s.length >= 9);
  return [...new Set(pieces)].filter((s) => !others.includes(s.toLowerCase()));
}

/** Finding codes and column roles as the program names them: never a word on the officer's screen. */
export const RAW_KEYS = [...new Set([...Object.keys(FINDING_SEVERITY), ...ROLES])];
const RAW = new RegExp(`(?<![\\p{L}\\d_.{])(${RAW_KEYS.join('|')})(?![\\p{L}\\d_])`, 'u');
/** Two full stops (not an ellipsis), ". .", or two commas. */
const DOUBLED = /(?<![.…])\.\s?\.(?![.…])|,\s?,/;
/** Names Fluent UI gives its own parts in English when not told otherwise. */
const FLUENT_ENGLISH = /^(open|close|dismiss|clear|remove|expand|collapse|more|more options|loading|menu|select|navigation|toggle)$/i;

interface Seen {
  /** What the page shows, line by line (text, field values, options, aria-label, title, placeholder). */
  lines: string[];
  /** The accessible names of the controls (from the accessibility tree). */
  names: string[];
}

async function seen(page: Page): Promise<Seen> {
  const lines = await page.evaluate(() => {
    const out = document.body.innerText.split('\n');
    const code = (e: Element) => !!e.closest('[data-code]');
    for (const e of Array.from(document.querySelectorAll<HTMLElement>('input, textarea, select'))) {
      if (code(e)) continue;
      if (e instanceof HTMLSelectElement) out.push(...Array.from(e.options).map((o) => o.text));
      // A radio's or a checkbox's value is never shown; a file input's is the file's name.
      else if (!['file', 'radio', 'checkbox'].includes((e as HTMLInputElement).type)) out.push((e as HTMLInputElement).value);
    }
    for (const e of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], [aria-description]')))
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-description']) if (e.getAttribute(a)) out.push(e.getAttribute(a)!);
    return out.map((l) => l.trim()).filter(Boolean);
  });
  const tree = await page.locator('body').ariaSnapshot();
  const names = [...tree.matchAll(/- (\w+) "((?:[^"\\]|\\.)*)"/g)].filter((m) => m[1] !== 'text').map((m) => m[2].replace(/\\"/g, '"'));
  return { lines, names };
}

/** What is wrong on a Romanian or Russian screen: raw keys, English, doubled punctuation, unnamed or English-named controls, axe's serious findings. */
export async function inspect(page: Page, where: string, english: string[]): Promise<string[]> {
  const { lines, names } = await seen(page);
  const problems: string[] = [];
  for (const l of [...lines, ...names]) {
    // Liquid, as the template reference shows it, names its variables in English: not a key shown to the officer.
    const raw = RAW.exec(l.replace(/\{\{.*?\}\}|\{%.*?%\}/gs, ''));
    if (raw) problems.push(`${where}: raw key "${raw[1]}" in "${l.slice(0, 160)}"`);
    if (DOUBLED.test(l)) problems.push(`${where}: doubled punctuation in "${l.slice(0, 160)}"`);
    const lower = l.toLowerCase();
    const piece = english.find((e) => lower.includes(e.toLowerCase()));
    if (piece) problems.push(`${where}: English "${piece}" in "${l.slice(0, 160)}"`);
  }
  for (const n of names) if (FLUENT_ENGLISH.test(n.trim())) problems.push(`${where}: a control named in English: "${n}"`);
  return [...new Set(problems), ...(await axe(page, where))];
}

export async function axe(page: Page, where: string): Promise<string[]> {
  // Fluent's buttons fade their colours in; contrast is judged once the transitions have ended.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 30_000 });
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy')))
        .map((n) => `${where}: axe ${v.id} ${n.html.slice(0, 160)}`),
    );
}

/** A page of the standalone pane in this language, at the context's size. */
export async function langPage(context: BrowserContext, url: string, lang: Lang): Promise<{ page: Page; errors: string[] }> {
  await context.addInitScript((l) => {
    // Documents without storage (a blob's, a sandboxed frame's) are not the pane.
    try {
      window.localStorage.setItem('action-plan-report.lang', l);
    } catch {
      /* not the pane */
    }
  }, lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}taskpane.html`);
  return { page, errors };
}

/** Opens a workbook through the file picker and waits for its findings. */
export async function openFile(page: Page, lang: Lang, name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });
  await page.getByText(pane(lang, 'current_file', { name })).waitFor({ timeout: 90_000 });
  await page.locator('[data-finding]').first().waitFor({ timeout: 90_000 });
}
