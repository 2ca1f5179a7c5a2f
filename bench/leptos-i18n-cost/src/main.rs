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

#[cfg(feature = "fluent")]
#[component]
fn Provider(children: Children) -> impl IntoView {
    leptos_fluent::leptos_fluent! {
        children: children(),
        locales: "./locales-fluent",
        default_language: "en",
    }
}

#[cfg(feature = "fluent")]
#[component]
fn Texts() -> impl IntoView {
    use leptos_fluent::{move_tr, I18n};
    let i18n = expect_context::<I18n>();
    let (count, set_count) = signal(52u64);
    let switch = move |_| {
        let next = i18n.languages.iter().find(|l| **l != i18n.language.get()).copied();
        if let Some(next) = next {
            i18n.language.set(next);
        }
    };
    view! {
        <h1>{move_tr!("title")}</h1>
        <p>{move_tr!("states", { "count" => count.get() })}</p>
        <button on:click=move |_| set_count.update(|c| *c += 1)>"+"</button>
        <button on:click=switch>"lang"</button>
    }
}

#[cfg(feature = "fluent")]
#[component]
fn App() -> impl IntoView {
    view! { <Provider><Texts/></Provider> }
}

#[cfg(not(any(feature = "lib", feature = "fluent")))]
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
