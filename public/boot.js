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

// A widget's theme option, before the app arrives, so a partner's dark
// frame does not flash light. The app applies the same rule (embed/options.rs).
// Framed in a partner's page, a widget adds no landmarks of its own (the
// partner's page has them): the app decides the same once it runs. The
// pre-rendered page says whether it is a widget (the paths live in
// src/paths.rs only).
if (document.querySelector('#main.main--embed')) {
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
    if (url.origin === location.origin && url.pathname === location.pathname) return;
    event.preventDefault();
    open(url.href, '_blank', 'noopener');
  }, true);
}

// On paper, the stylesheet ends the page with where it came from and
// when it was printed (style/main.css, @media print); only script knows
// either, so they are handed over as custom properties as printing starts.
addEventListener('beforeprint', () => {
  const printed = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  root.style.setProperty('--print-url', JSON.stringify(location.href));
  root.style.setProperty('--print-date', JSON.stringify(printed));
});

// Without WebAssembly (Lockdown Mode, JIT-less hardened browsers) the
// pre-rendered pages are the site: show the notes on what needs the app
// instead of controls that would do nothing, and download nothing more.
const noApp = () => root.classList.add('no-app');

/** Resolves once the browser has painted the page as it arrived. */
const afterFirstPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

if (typeof WebAssembly !== 'object') {
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
  const snapshots = [...document.querySelectorAll('meta[name="bp-snapshot"]')].map((m) => m.content);
  const wanted = snapshots.length ? snapshots : [meta('bp-site-data'), meta('bp-feed')];
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
