import { execFileSync } from 'child_process';
import { createReadStream, existsSync, statSync } from 'fs';
import { AddressInfo } from 'net';
import { createServer, Server } from 'http';
import { dirname, extname, join, normalize } from 'path';

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const ROOT = projectRoot();
export const WEB = join(ROOT, 'dist', 'web');
const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xlsx': 'application/octet-stream',
  '.xml': 'application/xml',
};

/** The production bundle for https://localhost:3000/, built once if it is missing (npm test builds it first, as build:local). */
export function ensureBuilt(): void {
  if (!existsSync(join(WEB, 'taskpane.html'))) execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'local'], { cwd: ROOT, stdio: 'inherit' });
}

/** Serves dist/web on a loopback port. */
export async function serveWeb(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    const file = join(WEB, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(WEB) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** office.js and the files it loads, from node_modules instead of Microsoft's CDN. */
export function officeFile(url: string): string | null {
  if (!url.startsWith(OFFICE_CDN)) return null;
  const file = join(OFFICE_DIST, normalize(url.slice(OFFICE_CDN.length).split('?')[0]));
  return file.startsWith(OFFICE_DIST) && existsSync(file) ? file : null;
}
