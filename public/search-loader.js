// Starts the search worker (src/bin/search-worker.rs; the page starts it
// with new Worker('/search-loader.js') on the first search). The page's
// first message arrives while the wasm is still loading, before the
// worker's own handler is in place, so it is kept here and handed over
// once the worker runs. If the wasm cannot start, the error is thrown
// where the page sees it (the worker's error event), so the search says it
// is unavailable instead of waiting for ever.
'use strict';
const early = [];
self.onmessage = (event) => early.push(event);
importScripts('./search-worker.js');
wasm_bindgen({ module_or_path: './search-worker_bg.wasm' }).then(
  () => {
    for (const event of early.splice(0)) self.onmessage?.(event);
  },
  (error) => setTimeout(() => { throw error; }),
);
