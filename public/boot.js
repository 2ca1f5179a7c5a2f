// Starts the app. A file rather than Trunk's inline loader, so the
// Content-Security-Policy can forbid inline scripts entirely. Trunk writes
// the hashed file names into the two <link> elements (Trunk.toml).
// Uncaught errors (a Rust panic ends as one) are kept in window.__bpErrors,
// for whoever debugs a visitor's report and for the cross-browser tests.
const errors = (window.__bpErrors = []);
addEventListener('error', (e) => errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

// Every page needs the site data and the feed. Asking for them now lets
// them download alongside the wasm rather than after it has started; the
// app's fetch helper (src/fetch.rs) takes these downloads over by URL, with
// the controller that lets it stop one at its deadline. A failed download
// resolves to null and the app tries again itself.
// The map geometry only for the pages that draw the map.
const drawsMap = /^\/(members|embed\/map)(\/|$)/.test(location.pathname);
const early = (window.__bpEarlyData = {});
for (const name of ['bp-site-data', 'bp-feed', ...(drawsMap ? ['bp-map-data'] : [])]) {
  const configured = document.querySelector(`meta[name="${name}"]`)?.content;
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

// The page names the bundle it preloads. The home page's own shell
// (index.html in a release build) preloads the small home-page bundle and
// names the full app in <meta name="bp-app">, which every other path needs:
// that only matters if a host serves this shell for them.
let js = document.getElementById('bp-js')?.href;
let wasm = document.getElementById('bp-wasm')?.href;
const fullApp = document.querySelector('meta[name="bp-app"]')?.content.split(' ');
// The hashed bundles sit at the site's root, wherever it is deployed.
const root = js ? new URL('./', js).pathname : '/';
const atHome = location.pathname === root || location.pathname === `${root}index.html`;
if (fullApp?.length === 2 && !atHome) {
  [js, wasm] = fullApp.map((path) => new URL(path, document.baseURI).href);
}
if (js && wasm) {
  const { default: init } = await import(js);
  await init({ module_or_path: wasm });
}
