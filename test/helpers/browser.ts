import { readFileSync } from 'fs';
import { Server } from 'http';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { pane } from '../../src/core/messages/pane';
import { Lang } from '../../src/core/status';
import { ensureBuilt, officeFile, serveWeb } from './serve';

export const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface PaneSession {
  browser: Browser;
  context: BrowserContext;
  server: Server;
  url: string;
  /** Every URL the page asked for. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * The pane's requests as on a machine without internet: office.js from node_modules in place of
 * Microsoft's CDN, the pane's own files from `url`, any other host refused. `block` refuses some of
 * the pane's own files too (a chunk that does not arrive); `seen` records every URL asked for.
 */
export async function routeToPane(context: BrowserContext, url: string, options: { block?: RegExp; seen?: (u: string) => void } = {}): Promise<void> {
  await context.route('**/*', (route) => {
    const u = route.request().url();
    options.seen?.(u);
    const office = officeFile(u);
    if (office) return route.fulfill({ body: readFileSync(office), contentType: 'text/javascript' });
    if (options.block?.test(u)) return route.abort();
    return u.startsWith(url) ? route.continue() : route.abort();
  });
}

/**
 * Debian's chromium on the built pane, served from loopback; office.js comes from node_modules
 * in place of Microsoft's CDN, and any other host is refused (and recorded).
 */
export async function openPane(): Promise<PaneSession> {
  ensureBuilt();
  const { server, url } = await serveWeb();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'ro-RO' });
  context.setDefaultTimeout(60_000); // Playwright's 30 s is short on a loaded 2-core machine
  const requests: string[] = [];
  await routeToPane(context, url, { seen: (u) => requests.push(u) });
  return {
    browser,
    context,
    server,
    url,
    requests,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** The standalone pane opens empty; the bundled sample opens on request ("try the sample"). */
export async function trySample(page: Page, lang: Lang = 'ro'): Promise<void> {
  await page.getByRole('button', { name: pane(lang, 'try_sample') }).click({ timeout: 90_000 });
}
