import { readFileSync } from 'fs';
import { Server } from 'http';
import { Browser, BrowserContext, chromium } from 'playwright-core';
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
  await context.route('**/*', async (route) => {
    const u = route.request().url();
    requests.push(u);
    const office = officeFile(u);
    if (office) return route.fulfill({ body: readFileSync(office), contentType: 'text/javascript' });
    if (u.startsWith(url)) return route.continue();
    return route.abort();
  });
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
