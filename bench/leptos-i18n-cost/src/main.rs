use leptos::prelude::*;

#[cfg(feature = "lib")]
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

#[cfg(feature = "lib")]
#[component]
fn App() -> impl IntoView {
    use i18n::*;
    let i18n = provide_i18n_context();
    let (count, set_count) = signal(52u64);
    let switch =
        move |_| i18n.set_locale(if i18n.get_locale() == Locale::en { Locale::ru } else { Locale::en });
    view! {
        <h1>{t!(i18n, title)}</h1>
        <p>{t!(i18n, states, count = move || count.get())}</p>
        <button on:click=move |_| set_count.update(|c| *c += 1)>"+"</button>
        <button on:click=switch>"lang"</button>
    }
}

#[cfg(not(feature = "lib"))]
#[component]
fn App() -> impl IntoView {
    let (count, set_count) = signal(52u64);
    let (ru, set_ru) = signal(false);
    view! {
        <h1>{move || if ru.get() { "Будапештский процесс" } else { "Budapest Process" }}</h1>
        <p>{move || format!("{} states", count.get())}</p>
        <button on:click=move |_| set_count.update(|c| *c += 1)>"+"</button>
        <button on:click=move |_| set_ru.update(|r| *r = !*r)>"lang"</button>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
