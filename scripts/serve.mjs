/**
 * A tiny static HTTP server for the demo, the tests and the evaluation scripts (no dependencies).
 * Binds 127.0.0.1 unless told otherwise. Folders serve their index.html (a folder URL without its
 * trailing slash is redirected so relative links resolve); `x.html` is also found as `x.html.gz`,
 * which is sent gzip-encoded (the WCXB pages are stored that way); text is declared UTF-8; a path
 * outside the root, or missing, is a 404. The fixture site also has generated routes (the ~5 MB
 * page), see FIXTURE_ROUTES.
 *
 *   node scripts/serve.mjs [root] [port]      # prints the URL, serves until Ctrl-C
 *   import { startServer } from './serve.mjs'; const site = await startServer({ root, port: 0 });
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const FIXTURE_ROOT = resolve(PROJECT_ROOT, 'tests/fixtures/site');

/** Content type by file extension (the inner one for `.gz` files). */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const contentTypeOf = (path) => CONTENT_TYPES[extname(path.replace(/\.gz$/, '')).toLowerCase()] ?? 'application/octet-stream';

/* ---------- the generated ~5 MB page ---------- */

const HUGE_WORDS = (
  'the minister said talks would continue next week while officials in the capital warned that ' +
  'supplies of grain fuel and medicine remained short across the region and analysts expected ' +
  'markets to react to the decision of the central bank on interest rates after inflation rose'
).split(' ');

/** A deterministic pseudo-random sequence (mulberry32), so the page is the same on every request. */
function randomSequence(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(random) {
  const length = 8 + Math.floor(random() * 14);
  const words = Array.from({ length }, () => HUGE_WORDS[Math.floor(random() * HUGE_WORDS.length)]);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/**
 * A news-looking page of about `targetBytes` (default 5 MB): a short article, then a comment
 * thread and teaser grid that go on and on. Same bytes for the same arguments.
 */
export function hugePage(targetBytes = 5 * 1024 * 1024) {
  const random = randomSequence(20221230);
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Grain corridor talks drag on as winter nears | The Long Read Daily</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Long Read Daily">
<meta property="article:published_time" content="2022-12-29T09:00:00Z">
<link rel="canonical" href="https://www.longreaddaily.example/world/2022/12/29/grain-corridor-talks">
<style>body{font:16px/1.5 Georgia,serif;margin:0 auto;max-width:60rem;padding:1rem}.c{border-top:1px solid #ddd;padding:.5rem 0}.t{display:inline-block;width:12rem;vertical-align:top;margin:.25rem}</style>
</head>
<body>
<header><strong>The Long Read Daily</strong> <nav><a href="/">Home</a> <a href="/world/">World</a></nav></header>
<main>
<article>
<h1>Grain corridor talks drag on as winter nears</h1>
<div class="byline">By <span>Staff reporter</span> · <time datetime="2022-12-29T09:00:00Z">29 December 2022</time></div>
`;
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let n = 0; n < 12; n++) parts.push(`<p>${sentence(random)} ${sentence(random)} ${sentence(random)}</p>\n`);
  parts.push('</article>\n<section id="comments"><h2>Comments</h2>\n');
  for (let n = 0; size < targetBytes - 2048; n++) {
    const block =
      n % 5 === 4
        ? `<div class="t"><a href="/teaser/${n}.html"><img src="/assets/thumb-${(n % 4) + 1}.svg" alt="" width="64" height="40"> ${sentence(random)}</a></div>\n`
        : `<div class="c" id="comment-${n}"><b>reader${n % 977}</b> <span>${sentence(random)} ${sentence(random)}</span></div>\n`;
    parts.push(block);
    size += Buffer.byteLength(block);
  }
  parts.push('</section>\n</main>\n<footer>© The Long Read Daily</footer>\n</body>\n</html>\n');
  return parts.join('');
}

/** Pages of the fixture site that are generated rather than stored. */
let hugeBody;
export const FIXTURE_ROUTES = {
  '/bad/huge.html': () => ({ type: CONTENT_TYPES['.html'], body: (hugeBody ??= Buffer.from(hugePage())) }),
};

/* ---------- files ---------- */

async function statOrNull(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/**
 * What a URL path names under root: { file } to send, { redirect } for a folder without its
 * slash, or null (outside the root, or missing).
 */
async function lookup(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  const found = await statOrNull(path);
  if (found?.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = join(path, 'index.html');
    return (await statOrNull(index))?.isFile() ? { file: index } : null;
  }
  if (found?.isFile()) return { file: path };
  const gzipped = `${path}.gz`;
  return (await statOrNull(gzipped))?.isFile() ? { file: gzipped } : null;
}

function notFound(response, pathname) {
  const safe = pathname.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  response.writeHead(404, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><h1>404 Not found</h1><p>${safe}</p></body></html>`);
}

function send(response, request, { status = 200, type, body, encoding }) {
  const headers = { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' };
  if (encoding) headers['content-encoding'] = encoding;
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function handler(root, routes) {
  return async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const route = routes[pathname];
      if (route) return send(response, request, await route(request));
      const found = await lookup(root, pathname);
      if (!found) return notFound(response, pathname);
      if (found.redirect) {
        response.writeHead(301, { location: found.redirect }).end();
        return;
      }
      const encoding = found.file.endsWith('.gz') ? 'gzip' : undefined;
      send(response, request, { type: contentTypeOf(found.file), body: await readFile(found.file), encoding });
    } catch (error) {
      response.writeHead(500, { 'content-type': CONTENT_TYPES['.txt'] }).end(String(error));
    }
  };
}

/**
 * Serves `root` (relative to the current directory, or absolute). `routes` maps a URL path to a
 * function returning { type, body, status? }; by default the fixture site gets its generated pages
 * and any other root none. Port 0 picks a free port.
 */
export async function startServer({ root = FIXTURE_ROOT, port = 0, host = '127.0.0.1', routes } = {}) {
  const base = resolve(root);
  const table = routes ?? (base === FIXTURE_ROOT ? FIXTURE_ROUTES : {});
  const server = createServer(handler(base, table));
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const actual = server.address().port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actual}`,
    port: actual,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done(undefined));
      }),
  };
}

/** `node scripts/serve.mjs [root] [port]`: serve until Ctrl-C. */
async function runFromCommandLine([root = FIXTURE_ROOT, port = '8737']) {
  const site = await startServer({ root, port: Number(port) });
  console.log(`Serving ${resolve(root)} at ${site.url}/ (Ctrl-C to stop)`);
  const stop = () => site.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// No top-level await: the module stays loadable from CommonJS-transpiled TypeScript too.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runFromCommandLine(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
