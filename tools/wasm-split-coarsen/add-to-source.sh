#!/usr/bin/env bash
# Usage: add-to-source.sh VERSION DIR
# Finds wasm_split_cli_support VERSION's source in cargo's registry (having
# cargo fetch it from crates.io if it is not there yet), copies it to
# DIR/source, adds coarsen.rs to the copy and prints the copy's path, for
# `cargo install --path` (scripts/setup).
set -euo pipefail
version=$1
dir=$2
here=$(cd "$(dirname "$0")" && pwd)
cargo_home=${CARGO_HOME:-$HOME/.cargo}

find_source() { ls -d "$cargo_home"/registry/src/*/"wasm_split_cli_support-$version" 2>/dev/null | head -n 1 || true; }
upstream=$(find_source)
if [[ -z "$upstream" ]]; then
  # A throwaway package that depends on the crate: `cargo fetch` unpacks
  # the crate's source into the registry. Its own [workspace] keeps it out
  # of the site's workspace.
  mkdir -p "$dir/fetch/src"
  : > "$dir/fetch/src/lib.rs"
  cat > "$dir/fetch/Cargo.toml" <<TOML
[package]
name = "fetch-wasm-split"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
wasm_split_cli_support = "=$version"

[workspace]
TOML
  cargo fetch --quiet --manifest-path "$dir/fetch/Cargo.toml" >&2
  upstream=$(find_source)
fi
if [[ -z "$upstream" ]]; then
  echo "add-to-source: cargo fetched no source for wasm_split_cli_support $version" >&2
  exit 1
fi

mkdir -p "$dir"
rm -rf "$dir/source"
cp -R "$upstream" "$dir/source"
chmod -R u+w "$dir/source"
cp "$here/coarsen.rs" "$dir/source/src/coarsen.rs"
# Its own workspace: the copy sits inside the site's folder.
printf '\n[workspace]\n' >> "$dir/source/Cargo.toml"
# Two lines: the module, and its call once every symbol has its file and
# before each file's imports are worked out.
sed -i 's/^mod dep_graph;$/mod coarsen;\nmod dep_graph;/' "$dir/source/src/lib.rs"
sed -i 's|^    // Now, check for each module which of its dependencies it needs to import from some other module\.$|    crate::coarsen::coarsen(module, \&mut split_module_contents, \&split_points_by_module);\n&|' "$dir/source/src/split_point.rs"
if ! grep -qx 'mod coarsen;' "$dir/source/src/lib.rs" \
  || ! grep -q '^    crate::coarsen::coarsen(module' "$dir/source/src/split_point.rs"; then
  echo "add-to-source: wasm_split_cli_support $version no longer has the lines coarsen.rs is added at" >&2
  exit 1
fi
echo "$dir/source"
