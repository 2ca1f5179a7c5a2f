//! The app's binary, built for the browser in release, is linked with its
//! relocations kept: `wasm-split-cli` (scripts/post-build) needs them to cut
//! the chunks out. Only that binary: the search worker's wasm is not split,
//! and wasm-opt must not meet a linking section in it.

fn main() {
    let target = std::env::var("TARGET").unwrap_or_default();
    let profile = std::env::var("PROFILE").unwrap_or_default();
    if target == "wasm32-unknown-unknown" && profile == "release" {
        println!("cargo:rustc-link-arg-bin=budapest-process-site=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
