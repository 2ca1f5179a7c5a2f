//! Browser entry point: report panics to the console, install the split
//! points (release builds for the browser, whose views come in chunks),
//! then start the app (hydrating a pre-rendered page, or rendering afresh:
//! `startup`).

#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
mod split;

fn main() {
    console_error_panic_hook::set_once();
    #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
    budapest_process_site::chunks::install(&split::POINTS);
    budapest_process_site::startup::start();
}
