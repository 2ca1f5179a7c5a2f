// Starts the app. A file rather than Trunk's inline loader, so the
// Content-Security-Policy can forbid inline scripts entirely. Trunk writes
// the hashed file names into the two <link> elements (Trunk.toml).
// Uncaught errors (a Rust panic ends as one) are kept in window.__bpErrors,
// for whoever debugs a visitor's report and for the cross-browser tests.
const errors = (window.__bpErrors = []);
addEventListener('error', (e) => errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
const js = document.getElementById('bp-js')?.href;
const wasm = document.getElementById('bp-wasm')?.href;
if (js && wasm) {
  const { default: init } = await import(js);
  await init({ module_or_path: wasm });
}
