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
// app's fetch helper (src/fetch.rs) takes these downloads over by URL. A
// failed download is left as null and the app tries again itself.
const early = (window.__bpEarlyData = {});
for (const name of ['bp-site-data', 'bp-feed']) {
  const configured = document.querySelector(`meta[name="${name}"]`)?.content;
  if (!configured) continue;
  try {
    const url = new URL(configured, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    early[url.href] = fetch(url.href, { cache: 'no-cache' }).catch(() => null);
  } catch {
    // Not a URL: the app falls back to its default location.
  }
}

const js = document.getElementById('bp-js')?.href;
const wasm = document.getElementById('bp-wasm')?.href;
if (js && wasm) {
  const { default: init } = await import(js);
  await init({ module_or_path: wasm });
}
