// A dependency-free static server for the end-to-end suite: serves the
// release build in dist/ the way static hosts do: a file, or the folder's
// index.html (every page is pre-rendered there), and anything else the
// not-found page with status 404; with the right MIME types for wasm,
// JSON Feed and Atom.
//
//   node tests/serve.mjs [port] [root]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 4173);
const root = resolve(process.argv[3] ?? 'dist');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
};

/**
 * The first of `paths` that is a file: its path and bytes. Read at once
 * rather than after a separate check: a deployment may rename or replace
 * files while the server runs (offline.spec.mjs deploys a new version
 * under it), and a file gone between a check and the read must be a 404,
 * as on any static host, never a crash that takes the whole site down.
 * A folder fails the read (EISDIR) like a missing file.
 */
async function first(paths) {
  for (const path of paths) {
    const body = await readFile(path).catch(() => null);
    if (body) return { path, body };
  }
  return null;
}

async function answer(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const wanted = normalize(join(root, decodeURIComponent(url.pathname)));
  // Never serve outside the root, whatever the path says.
  let found = wanted.startsWith(root) ? await first([wanted, join(wanted, 'index.html')]) : null;
  let status = 200;
  if (!found) {
    // Each language's not-found page is beside its pages (ru/404.html):
    // any first segment shaped like a language tag, as nginx does.
    status = 404;
    const language = url.pathname.match(/^\/([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\//)?.[1];
    found = await first([...(language ? [join(root, language, '404.html')] : []), join(root, '404.html')]);
  }
  if (!found) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const { path, body } = found;
  let type = types[extname(path)] ?? 'application/octet-stream';
  if (path.endsWith('feed.json')) type = 'application/feed+json; charset=utf-8';
  if (path.endsWith('feed.xml')) type = 'application/atom+xml; charset=utf-8';
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(body);
}

// Whatever goes wrong with one request (a malformed escape in its path,
// say) answers that request alone: the server stays up for the others.
createServer((req, res) => answer(req, res).catch(() => {
  if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
  res.end('bad request');
})).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
