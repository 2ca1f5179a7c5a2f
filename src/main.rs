//! Browser entry point: report panics to the console, then start the app
//! (hydrating a pre-rendered page, or rendering afresh: `startup`).

fn main() {
    console_error_panic_hook::set_once();
    budapest_process_site::startup::start();
}
