// A dependency-free static server for the end-to-end suite: serves the
// release build in dist/ the way static hosts do: a file, or the folder's
// index.html (every page is pre-rendered there), and anything else the
// not-found page with status 404; with the right MIME types for wasm,
// JSON Feed and Atom.
//
//   node tests/serve.mjs [port] [root]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
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

async function file(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const wanted = normalize(join(root, decodeURIComponent(url.pathname)));
  // Never serve outside the root, whatever the path says.
  const inside = wanted.startsWith(root);
  let path = inside ? await file(wanted) : null;
  if (!path && inside) path = await file(join(wanted, 'index.html'));
  let status = 200;
  if (!path) {
    // Each language's not-found page is beside its pages (ru/404.html):
    // any first segment shaped like a language tag, as nginx does.
    status = 404;
    const language = url.pathname.match(/^\/([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\//)?.[1];
    path = (language && (await file(join(root, language, '404.html')))) || (await file(join(root, '404.html')));
  }
  if (!path) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let type = types[extname(path)] ?? 'application/octet-stream';
  if (path.endsWith('feed.json')) type = 'application/feed+json; charset=utf-8';
  if (path.endsWith('feed.xml')) type = 'application/atom+xml; charset=utf-8';
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(await readFile(path));
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
