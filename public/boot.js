// Starts the app. A file rather than Trunk's inline loader, so the
// Content-Security-Policy can forbid inline scripts entirely. Trunk writes
// the hashed file names into two <meta> tags (Trunk.toml).
// Uncaught errors (a Rust panic ends as one) are kept in window.__bpErrors,
// for whoever debugs a visitor's report and for the cross-browser tests.
const errors = (window.__bpErrors = []);
addEventListener('error', (e) => errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

const root = document.documentElement;
const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;

// The notices this script writes, in the page's language: the messages
// `boot` of each catalogue in src/i18n/. The render step writes every
// language's into the next line (src/prerender/loader.rs); the source has
// the English ones, for `trunk serve`.
const catalogue = {"en":{"locale":"en-GB","offline":"You are offline. Showing content saved on this device.","offlineFrom":"You are offline. Showing content from {when}.","printed":"Printed from {url} on {date}.","reload":"Reload","update":"A new version is available."}};
const words = catalogue[root.lang] ?? catalogue.en;
const longDate = (date) => date.toLocaleDateString(words.locale, { day: 'numeric', month: 'long', year: 'numeric' });

// The language switcher's choice is remembered on this device. It is used
// at one address only, the site's front door `/`, and only when the visitor
// comes from elsewhere (typed, bookmarked, a link on another site): every
// other address names its language, and a visitor moving about the site or
// going back is never sent elsewhere. Crawlers keep nothing between visits,
// so they always get the page they asked for.
const LANGUAGE_KEY = 'bp-language';
addEventListener('click', (event) => {
  const choice = event.target instanceof Element ? event.target.closest('a[data-language]') : null;
  if (!choice) return;
  try {
    localStorage.setItem(LANGUAGE_KEY, choice.dataset.language);
  } catch {
    // Storage refused (private windows, policy): nothing is remembered.
  }
}, true);
{
  let remembered = null;
  try {
    remembered = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // As above.
  }
  const fromThisSite = document.referrer && new URL(document.referrer).origin === location.origin;
  const arrival = performance.getEntriesByType?.('navigation')[0]?.type ?? 'navigate';
  const other = remembered && remembered !== root.lang
    ? document.querySelector(`link[rel="alternate"][hreflang="${CSS.escape(remembered)}"]`)?.getAttribute('href')
    : null;
  if (other && location.pathname === '/' && !location.search && !fromThisSite && arrival === 'navigate') {
    // The alternate names the public address; this copy of the site may be
    // served from another (a preview, a test server): keep the origin.
    location.replace(new URL(other, location.href).pathname);
  }
}

// `/` focuses the header's search box from anywhere but a text field, as
// on GitHub, GOV.UK and MDN: here rather than in the app, so that it works
// as soon as the page shows, and every page's wasm is the smaller for it.
// Without the app the box is hidden (.no-app .app-only), and stays unfocused.
addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
  const box = document.getElementById('site-search');
  if (!box || root.classList.contains('no-app')) return;
  event.preventDefault();
  box.focus();
});

// A widget's theme option, before the app arrives, so a partner's dark
// frame does not flash light. The app applies the same rule (embed/options.rs).
// Framed in a partner's page, a widget adds no landmarks of its own (the
// partner's page has them): the app decides the same once it runs. The
// pre-rendered page says whether it is a widget (the paths live in
// src/paths.rs only).
const widget = document.querySelector('#main.main--embed');
// The languages besides English and where their pages live ({"ru": "/ru"}),
// written by the render step (src/prerender/loader.rs).
const languages = {};
if (widget) {
  // `?lang=ru` on a widget's address opens that language's widget, for
  // partners who write the frame's address by hand.
  const query = new URLSearchParams(location.search);
  const prefix = languages[query.get('lang')];
  if (prefix && !location.pathname.startsWith(`${prefix}/`)) {
    query.delete('lang');
    const rest = query.toString();
    location.replace(`${prefix}${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
  }
  const theme = new URLSearchParams(location.search).get('theme')?.toLowerCase();
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (window.parent !== window) {
    for (const landmark of document.querySelectorAll('[data-page-landmark]')) landmark.removeAttribute('role');
  }
  // A widget never navigates the partner's frame away to another page: a
  // link that leaves it opens in a new tab. Links to the same widget (a
  // milestone's selection, the next page of news) stay in the frame, for
  // the app's router or, without the app, as ordinary navigation. In the
  // capture phase, so the router never sees the click.
  addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    // Attributes rather than properties: the map's links are SVG elements.
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const target = link?.getAttribute('target');
    if (!link || (target && target !== '_self')) return;
    let url;
    try {
      url = new URL(link.getAttribute('href'), document.baseURI);
    } catch {
      return;
    }
    if (url.origin === location.origin && url.pathname === location.pathname) {
      // The pre-rendered page's links know nothing of the loader's options:
      // without them the next view would lose its theme and the partner
      // page could no longer tell its frame's height. The app's own links
      // carry them already (Common::keep in src/embed/options.rs keeps
      // these three), so this only ever fills a gap.
      const here = new URLSearchParams(location.search);
      let changed = false;
      for (const key of ['embed-id', 'theme', 'height']) {
        const value = here.get(key);
        if (value !== null && !url.searchParams.has(key)) {
          url.searchParams.set(key, value);
          changed = true;
        }
      }
      if (changed) link.setAttribute('href', url.pathname + url.search + url.hash);
      return;
    }
    event.preventDefault();
    open(url.href, '_blank', 'noopener');
  }, true);
}

// On paper, the stylesheet ends the page with where it came from and
// when it was printed (style/main.css, @media print); only script knows
// either, so the line is handed over as a custom property as printing
// starts.
addEventListener('beforeprint', () => {
  const line = words.printed.replace('{url}', location.href).replace('{date}', longDate(new Date()));
  root.style.setProperty('--print-note', JSON.stringify(line));
});

// Offline repeat visits (public/sw.js, docs/deploy.md): registered once
// the page has loaded and the app has started (or will not), on
// pre-rendered pages only (not in `trunk serve`) and never by a widget,
// whose frame belongs to a partner's page. The deployer's "off" also
// removes a worker registered before.
const offlinePage = document.querySelector('[data-offline-page]');
const workers = navigator.serviceWorker;
const workerUrl = meta('bp-service-worker');
if (workers && workerUrl && !widget && document.querySelector('meta[name="bp-rendered"]')) {
  if (workerUrl === 'off') {
    workers.getRegistrations().then((all) => all.forEach((r) => r.unregister()), () => {});
  } else {
    // Refused where storage is (private windows in some browsers, blocked
    // by policy): the site works as it would without the worker.
    const register = () => workers.register(workerUrl, { updateViaCache: 'none' }).then(watch, () => {});
    // Not before the app has read what this page needs: the worker's
    // install keeps the data and chunks it finds in the HTTP cache, and a
    // download still under way is not there yet (the page would then not
    // open offline). A page without the app (no-app) needs none of them.
    new Promise((resolve) => {
      const check = () => document.readyState === 'complete' && root.matches('.app-ready, .no-app') && resolve();
      new MutationObserver(check).observe(root, { attributeFilter: ['class'] });
      addEventListener('load', check);
      check();
    }).then(register);
    let accepted = false;
    workers.addEventListener('controllerchange', () => accepted && location.reload());
    workers.addEventListener('message', (event) => event.data === 'bp-offline' && showOffline());
    addEventListener('offline', showOffline);
    addEventListener('online', () => notice('offline'));
    if (!navigator.onLine) showOffline();
    // The app opens pages without loading them (history.pushState): the
    // worker is asked to save each, so that it opens offline too.
    const pushState = history.pushState;
    history.pushState = function (...args) {
      const from = location.pathname;
      pushState.apply(this, args);
      if (location.pathname !== from) workers.controller?.postMessage({ save: location.pathname });
    };

    // A new version waits until the visitor says so: reloading then gets
    // every file from the new version, none from the old.
    function watch(registration) {
      if (!registration) return;
      const offer = (waiting) => waiting && workers.controller && notice('update', words.update, words.reload, () => {
        accepted = true;
        waiting.postMessage('bp-activate');
      });
      const installed = (worker) => worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
      offer(registration.waiting);
      // The browser looks for a new version as the page loads, before this
      // runs: one may be installing already, and its updatefound is past.
      installed(registration.installing);
      registration.addEventListener('updatefound', () => installed(registration.installing));
      // A tab left open for days still hears of new versions.
      setInterval(() => registration.update().catch(() => {}), 36e5);
    }
  }
}

/** The page as this device saved it: when, in the visitor's words. */
async function showOffline() {
  if (offlinePage || !workers?.controller) return;
  let when;
  try {
    const saved = new Date((await caches.match(location.origin + location.pathname))?.headers.get('date'));
    if (!Number.isNaN(saved.getTime())) when = longDate(saved);
  } catch {
    // No cache access: the notice goes without a date.
  }
  notice('offline', when ? words.offlineFrom.replace('{when}', when) : words.offline);
}

/** Shows the notice of one kind in the header's region (or, without `text`, removes it). */
function notice(kind, text, action, run) {
  const region = document.querySelector('[data-site-notices]');
  region?.querySelector(`[data-notice="${kind}"]`)?.remove();
  if (!region || !text) return;
  const line = document.createElement('p');
  line.className = 'site-notice';
  line.dataset.notice = kind;
  line.append(text);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action;
    button.addEventListener('click', run, { once: true });
    line.append(' ', button);
  }
  region.append(line);
}

// Without WebAssembly (Lockdown Mode, JIT-less hardened browsers) the
// pre-rendered pages are the site: show the notes on what needs the app
// instead of controls that would do nothing, and download nothing more.
const noApp = () => root.classList.add('no-app');

// The map file's text (public/data/map.json's shape) from the page's
// drawing: the other land's paths, then each member state's path, code,
// centroid and area, and the map's size, from the attributes the render
// step wrote (src/map/in_page.rs). Undefined if any of it is missing.
function mapFromPage() {
  try {
    const svg = document.querySelector('.member-map svg[data-size]');
    if (!svg) return undefined;
    const [width, height] = JSON.parse(svg.dataset.size);
    const shapes = [...svg.querySelectorAll('path.map-other')]
      .map((path) => ({ name: '', d: path.getAttribute('d'), c: [0, 0] }));
    for (const path of svg.querySelectorAll('path.map-state')) {
      const { iso, c, a } = path.dataset;
      if (!iso || !c || !a) return undefined;
      shapes.push({ name: iso, iso2: iso, d: path.getAttribute('d') ?? '', c: JSON.parse(c), a: JSON.parse(a) });
    }
    const attribution = document.querySelector('.map-attribution > span')?.textContent ?? '';
    return JSON.stringify({ width, height, attribution, shapes });
  } catch {
    return undefined;
  }
}

// Resolves once the browser has painted the page as it arrived. With
// paint timing, once the first contentful paint is on screen (a frame
// can reach the screen after its animation-frame callbacks and timers have
// run); a background tab paints only when shown, so not for longer than
// three seconds. Without it, after the first animation frame.
const afterFirstPaint = () => new Promise((resolve) => {
  if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    return;
  }
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted()) return resolve();
  const observer = new PerformanceObserver(() => painted() && (observer.disconnect(), resolve()));
  observer.observe({ type: 'paint' });
  setTimeout(resolve, 3000);
});

// The offline page stays as it is: the visitor asked for another
// address, which the app would go on to try.
if (typeof WebAssembly !== 'object' || offlinePage) {
  noApp();
} else {
  // The page is complete HTML: let it paint before the bundle and the data
  // (hundreds of kilobytes) take the connection.
  await afterFirstPaint();
  // The data downloads start now, alongside the wasm rather than after it;
  // the app's fetch helper (src/fetch.rs) takes them over by URL, with the
  // controller that lets it stop one at its deadline. A failed download
  // resolves to null and the app tries again itself. A pre-rendered page
  // names the files it was rendered from (and needs to hydrate); a page
  // from `trunk serve` has only the deployer's settings.
  // What the app needs of a file marked data-in-page is in the page
  // already: the map's geometry, rebuilt from its drawing
  // (src/map/in_page.rs) or downloaded if the drawing does not give it
  // back; a details panel's related links, which the app reads itself
  // (src/components/related.rs). A page that reads only part of a file
  // (the site data's members or milestones) names the part's file in
  // data-part.
  const records = [...document.querySelectorAll('meta[name="bp-snapshot"]')];
  const inPage = (file) => records.some((m) => m.dataset.file === file && m.hasAttribute('data-in-page'));
  const fromPage = inPage('map') ? mapFromPage() : undefined;
  if (fromPage) window.__bpFromPage = fromPage;
  const wanted = records.length
    ? records
      .filter((m) => !m.hasAttribute('data-in-page') || (m.dataset.file === 'map' && !fromPage))
      .map((m) => m.dataset.part || m.content)
    : [meta('bp-site-data'), meta('bp-feed')];
  // A page in a language the bundle leaves out names its catalogue file.
  wanted.push(meta('bp-catalogue'));
  const early = (window.__bpEarlyData = {});
  for (const configured of wanted) {
    if (!configured) continue;
    try {
      const url = new URL(configured, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
      const controller = new AbortController();
      const response = fetch(url.href, { cache: 'no-cache', signal: controller.signal }).catch(() => null);
      early[url.href] = { response, controller };
    } catch {
      // Not a URL: the app falls back to its default location.
    }
  }

  const bundle = (name) => {
    const path = meta(name);
    return path ? new URL(path, document.baseURI).href : undefined;
  };
  const js = bundle('bp-js');
  const wasm = bundle('bp-wasm');
  if (js && wasm) {
    try {
      const { default: init } = await import(js);
      await init({ module_or_path: wasm });
    } catch (error) {
      // The bundle did not load or start (offline, blocked): the page
      // stays as pre-rendered, with its notes on what needs the app.
      errors.push(String(error));
      noApp();
    }
  }
}
