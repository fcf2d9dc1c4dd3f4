/**
 * Serves a folder of test pages on 127.0.0.1. Uses the project's scripts/serve.mjs when it is
 * there (the same server as the demo), else a minimal static server of our own.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from './build';

export interface Site {
  /** http://127.0.0.1:<port>/ with the trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const PROJECT_SERVER = resolve(PROJECT_ROOT, 'scripts/serve.mjs');

export async function serveSite(root: string, port = 0): Promise<Site> {
  if (existsSync(PROJECT_SERVER)) {
    const { startServer } = await import(pathToFileURL(PROJECT_SERVER).href);
    const site = await startServer({ root, port, host: '127.0.0.1' });
    return { url: withSlash(site.url), port: site.port, close: async () => void (await site.close()) };
  }
  return serveStatic(root, port);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

async function serveStatic(root: string, port: number): Promise<Site> {
  const server = createServer((request, response) => {
    const file = fileFor(resolve(root), new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The file a URL path names inside root (index.html for folders), or undefined. */
function fileFor(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
