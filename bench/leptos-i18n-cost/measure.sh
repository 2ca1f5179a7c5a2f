#!/bin/sh
# Builds the app three times (without a library, with leptos_i18n, with
# leptos-fluent) and prints the brotli size of each optimised wasm. Needs the network once (crates.io) and the
# tools ./scripts/setup installs (wasm-bindgen, wasm-opt, brotli).
set -eu
cd "$(dirname "$0")"
export PATH="$PWD/../../node_modules/.bin:$HOME/.cargo/bin:$PATH"
size() {
  cargo build --quiet --release --target wasm32-unknown-unknown $1
  rm -rf out
  wasm-bindgen --target web --out-dir out ${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/measure.wasm
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int out/measure_bg.wasm -o out/opt.wasm
  brotli -c -q 11 out/opt.wasm | wc -c
}
without=$(size "")
with=$(size "--features lib")
fluent=$(size "--features fluent")
echo "without a library:   $without B brotli"
echo "with leptos_i18n:    $with B brotli (+$((with - without)) B)"
echo "with leptos-fluent:  $fluent B brotli (+$((fluent - without)) B)"
