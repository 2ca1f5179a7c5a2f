//! Browser entry point of the home-page bundle: only what `/` shows, so a
//! first visit downloads a fraction of the full app (`src/main.rs`).
//! Built by scripts/post-build in release builds; public/boot.js picks it.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(budapest_process_site::HomeApp);
}
