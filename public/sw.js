// The service worker: repeat visits and reading offline. public/boot.js
// registers it on pre-rendered pages (never on widgets); docs/deploy.md
// says how to turn it off.
//
// One version of the site at a time. The render step writes BUILD below
// (src/prerender/service_worker.rs): a version that changes whenever any
// file of the build does, and the files every page needs. A new deployment
// is a new sw.js, so the browser installs it beside the running one; it
// waits until the visitor accepts "A new version is available" (boot.js),
// then takes over, and the caches of the old version go.
//
// - Pages: from the cache once saved, else from the network (saved if they
//   are of this version, so a page never meets files of another build).
//   Offline and never saved: a saved page with its main region replaced by
//   the offline page's (BUILD.offline, rendered from src/pages/offline.rs)
//   and the list of saved pages, so that costs no download.
// - Hashed bundle files: from the cache, else the network.
// - Data files: from the cache, refreshed from the network meanwhile
//   (stale-while-revalidate); the app redraws a page whose data changed.
// - Other files of the site (boot.js, the search worker, icons): from the
//   cache for pages of this version, else the network.
// - Widgets (/embed/*, embed.js) and other sites: the network only, as if
//   there were no worker: partners' pages never get a cached answer.
'use strict';

const BUILD = null;

/** Off in `trunk serve` (no BUILD) and when the deployer turned it off. */
const active = Boolean(BUILD && !BUILD.retire);
const PREFIX = 'bp-';
const ASSETS = active ? `${PREFIX}${BUILD.version}` : null;
const PAGES = active ? `${ASSETS}-pages` : null;
/** Pages kept per version: the oldest go first. */
const MAX_PAGES = 60;
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  if (!active) {
    self.skipWaiting();
    return;
  }
  event.waitUntil(install());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(activate());
});

self.addEventListener('message', (event) => {
  // The visitor accepted the new version (boot.js).
  if (event.data === 'bp-activate') self.skipWaiting();
  // The app opened a page without loading it (boot.js).
  else if (active && typeof event.data?.save === 'string') event.waitUntil(save(event.data.save));
});

self.addEventListener('fetch', (event) => {
  if (!active) return;
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== location.origin || isWidget(url.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (BUILD.data.includes(url.pathname)) event.respondWith(data(event, url));
  else if (HASHED.test(url.pathname)) event.respondWith(hashed(request, url));
  else event.respondWith(other(event, url));
});

function isWidget(path) {
  return path === '/embed.js' || path === '/embed' || path.startsWith('/embed/');
}

/** A whole answer of this site: neither an error nor a redirect to follow. */
const keepable = (response) => response?.ok && response.type === 'basic';

/** Pages are kept by path: a query only filters what the page shows. */
const pageKey = (url) => `${url.origin}${url.pathname}`;

/**
 * What the page that registered the worker has just loaded is in the HTTP
 * cache: a hashed file taken from there costs no download; the others are
 * asked again (a revalidation, usually answered "not modified"). The data
 * files a page did not need wait until one does; the bundle is of no use
 * where no WebAssembly runs (Lockdown Mode, JIT-less browsers), so it stays
 * out.
 */
async function install() {
  const assets = await caches.open(ASSETS);
  const runsApp = typeof WebAssembly === 'object';
  await Promise.all(BUILD.precache.map(async (path) => {
    // Only a file whose name changes with its content (or a data file,
    // which the page checks against its fingerprint, or the icon, whose
    // old version does no harm) is taken from the HTTP cache unasked:
    // boot.js and the catalogues keep their names from one version to the
    // next, so the copy there may be the old version's.
    const hashed = HASHED.test(path);
    const data = BUILD.data.includes(path);
    const icon = path.startsWith('/icons/');
    let response = hashed || data || icon
      ? await fetch(path, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => null)
      : null;
    const needed = !data && (runsApp || !/-[0-9a-f]{12,16}(_bg)?\.(js|wasm)$/.test(path));
    if (!response?.ok && needed) response = await fetch(path, { cache: hashed || icon ? 'default' : 'no-cache' });
    if (response?.ok) await assets.put(path, response);
    else if (needed) throw new Error(`${path}: ${response?.status}`);
  }));
  // The chunks of the views that the page has downloaded already (the
  // home page's own, say): without them that page would not run offline.
  // Never downloaded here: the others are kept as pages fetch them.
  await Promise.all((BUILD.downloaded ?? []).map(async (path) => {
    const response = await fetch(path, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => null);
    if (response?.ok) await assets.put(path, response);
  }));
  // The pages open now, and those the version before had saved, fetched
  // again so that they belong to this version.
  const open = (await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => pageKey(new URL(c.url)));
  const before = [];
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && name.endsWith('-pages') && name !== PAGES) {
      const cache = await caches.open(name);
      before.push(...(await cache.keys()).map((r) => r.url));
    }
  }
  const pages = await caches.open(PAGES);
  const wanted = [...new Set([...open, ...before].map((u) => new URL(u)).filter(
    (u) => u.origin === location.origin && !isWidget(u.pathname)).map(pageKey))];
  await Promise.all(wanted.slice(-MAX_PAGES).map(async (key) => {
    try {
      const response = (open.includes(key) && await fetch(key, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => null))
        || await fetch(key, { cache: 'no-cache' });
      if (keepable(response)) await keepIfOurs(pages, key, response);
    } catch {
      // Offline or gone: the page is saved when next opened.
    }
  }));
}

async function activate() {
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && name !== ASSETS && name !== PAGES) await caches.delete(name);
  }
  if (active) {
    await self.clients.claim();
    return;
  }
  // Turned off by the deployer: leave nothing behind, and give the open
  // pages back to the network.
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    if (!isWidget(new URL(client.url).pathname)) client.navigate(client.url).catch(() => {});
  }
}

/** A page of this version names this version's bundle. */
async function keepIfOurs(cache, key, response) {
  const text = await response.clone().text();
  if (!text.includes(BUILD.bundle)) {
    // A newer (or older) deployment: look for its worker.
    self.registration.update().catch(() => {});
    return;
  }
  await cache.put(key, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(old);
}

/** Saves the page at `path`, unless it is saved already. */
async function save(path) {
  const url = new URL(path, location.origin);
  if (url.origin !== location.origin || isWidget(url.pathname)) return;
  const key = pageKey(url);
  const pages = await caches.open(PAGES);
  if (await pages.match(key)) return;
  const response = await fetch(key).catch(() => null);
  if (keepable(response)) await keepIfOurs(pages, key, response);
}

async function page(event, url) {
  const key = pageKey(url);
  const pages = await caches.open(PAGES);
  const saved = await pages.match(key);
  if (saved) return saved;
  try {
    const response = await fetch(event.request);
    if (keepable(response)) event.waitUntil(keepIfOurs(pages, key, response.clone()));
    return response;
  } catch {
    return (await offlinePage(pages, url.pathname)) ?? Response.error();
  }
}

/** The language prefix of `path` among the offline pages' ("" for English). */
function languageOf(path) {
  return Object.keys(BUILD.offline).find((prefix) => prefix && (path === prefix || path.startsWith(prefix + '/'))) ?? '';
}

/**
 * The offline page, in the language of the address asked for: a saved
 * page of that language where there is one (the site's header, footer and
 * styles), else any saved page, with its title and main region replaced
 * and the saved pages listed, each marked with its own language. Its
 * marker tells boot.js not to start the app on it.
 */
async function offlinePage(pages, asked) {
  const language = languageOf(asked);
  const offline = BUILD.offline[language] ?? BUILD.offline[''];
  const keys = await pages.keys();
  const own = keys.find((request) => languageOf(new URL(request.url).pathname) === language);
  const shell = keys.length && (await pages.match(own ?? keys[0]));
  if (!shell || !offline) return null;
  const items = [];
  for (const request of keys) {
    const html = await (await pages.match(request))?.text() ?? '';
    // Titles are escaped already (the render step wrote them), and so is
    // the language tag, which is the pattern's letters and hyphens only.
    // One leading slash: `//host/x` would be a link to another site.
    const path = escape(new URL(request.url).pathname.replace(/^\/+/, '/'));
    const lang = /<html lang="([A-Za-z-]+)"/.exec(html)?.[1];
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? path;
    items.push(`<li><a href="${path}"${lang ? ` lang="${lang}"` : ''}>${title}</a></li>`);
  }
  const list = `<h2>${offline.saved}</h2><ul class="link-list">${items.join('')}</ul>`;
  const main = offline.main.replace(/<div[^>]*data-saved-pages[^>]*>/, (open) => open + list);
  const body = (await shell.text())
    .replace(/<title>[^<]*<\/title>/, () => `<title>${offline.title}</title>`)
    .replace(/ aria-current="page"/g, '')
    .replace(/(<div id="main"[^>]*>)[\s\S]*(<\/div><footer)/, (_, open, close) => open + main + close);
  return new Response(body, { status: 503, statusText: 'Offline', headers: shell.headers });
}

function escape(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function data(event, url) {
  const assets = await caches.open(ASSETS);
  const saved = await assets.match(url.pathname);
  const fresh = fetch(url.pathname, { cache: 'no-cache' }).then(async (response) => {
    if (response.ok) await assets.put(url.pathname, response.clone());
    return response;
  });
  if (!saved) return fresh;
  // The page learns it is offline when the refresh fails.
  event.waitUntil(fresh.catch(() => tell(event.clientId, 'bp-offline')));
  return saved;
}

/** Pages only: Firefox never answers clients.get() for a worker. */
async function tell(clientId, message) {
  const windows = await self.clients.matchAll({ type: 'window' });
  windows.find((client) => client.id === clientId)?.postMessage(message);
}

async function hashed(request, url) {
  const assets = await caches.open(ASSETS);
  const saved = await assets.match(url.pathname);
  if (saved) return saved;
  const response = await fetch(request);
  if (keepable(response)) await assets.put(url.pathname, response.clone());
  return response;
}

/**
 * Whether a request comes from a page (or worker) of this version: one
 * this worker saved. Known by the referrer (the site's Referrer-Policy
 * sends it within the site), as Firefox never answers clients.get() for a
 * worker; without one, the request is not taken for ours.
 */
async function ours(request) {
  if (!request.referrer.startsWith(location.origin)) return false;
  const url = new URL(request.referrer);
  return Boolean((await caches.match(pageKey(url), { cacheName: PAGES }))
    ?? (await caches.match(url.pathname, { cacheName: ASSETS })));
}

async function other(event, url) {
  const key = url.pathname + url.search;
  const assets = await caches.open(ASSETS);
  const mine = await ours(event.request);
  const saved = await assets.match(key);
  if (mine && saved) return saved;
  try {
    const response = await fetch(event.request);
    if (mine && keepable(response)) event.waitUntil(assets.put(key, response.clone()));
    return response;
  } catch (error) {
    // Offline: the offline page asks for this version's files too.
    if (saved) return saved;
    throw error;
  }
}
