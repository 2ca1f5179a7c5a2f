//! `/contact`: the Secretariat's address and numbers.

use leptos::prelude::*;

use crate::components::page_meta::PageMeta;
use crate::components::remote::with_site;
use crate::components::sources::Sources;
use crate::i18n::{use_content_lang, use_messages};
use crate::model::site::EmailParts;
use crate::model::url::{UrlUse, safe_url};

#[component]
pub fn Contact() -> impl IntoView {
    let t = &use_messages().contact;
    view! {
        <PageMeta title=t.title description=t.description />
        <h1>{t.title}</h1>
        {with_site(move |site| {
            let contact = site.contact.clone();
            let lang = use_content_lang();
            view! {
                <section class="contact-card" aria-labelledby="secretariat-heading">
                    <h2 id="secretariat-heading" lang=lang>{contact.name.clone()}</h2>
                    <p lang=lang>{contact.organisation.clone()}</p>
                    <address lang=lang>
                        {contact.address_lines.iter().map(|line| view! { {line.clone()}<br /> }).collect_view()}
                    </address>
                    <dl class="facts">
                        {contact.phone.clone().map(|phone| {
                            let tel = format!("tel:{}", dial_string(&phone));
                            view! { <dt>{t.phone}</dt><dd><a href=tel>{phone}</a></dd> }
                        })}
                        {contact.fax.clone().map(|fax| view! { <dt>{t.fax}</dt><dd>{fax}</dd> })}
                        <dt>{t.email}</dt>
                        <dd>{email_view(contact.email.clone(), t.email_unknown)}</dd>
                        {contact.website.clone().and_then(|w| safe_url(&w, UrlUse::Link)).map(|site| {
                            let href = site.clone();
                            view! { <dt>{t.website}</dt><dd><a href=href rel="external noopener">{site}</a></dd> }
                        })}
                    </dl>
                    {(!contact.notes.is_empty()).then(|| view! {
                        <ul class="notice" lang=lang>{contact.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                    })}
                    <Sources urls=contact.sources.clone() />
                </section>
            }
        })}
    }
}

/// Joins the address only here, at run time: it appears as one string in
/// no file the site serves, which keeps naive harvesters away.
fn email_view(parts: Option<EmailParts>, unknown: &'static str) -> AnyView {
    match parts.filter(|p| is_plain_part(&p.user) && is_plain_part(&p.domain)) {
        Some(parts) => {
            let address = format!("{}@{}", parts.user, parts.domain);
            view! { <a class="email" href=format!("mailto:{address}")>{address.clone()}</a> }.into_any()
        }
        None => view! { <span class="unknown">{unknown}</span> }.into_any(),
    }
}

/// Guards the joined address against injected `?subject=`-style extras.
fn is_plain_part(part: &str) -> bool {
    !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-+".contains(&b))
}

/// "+43 1 504 4677 2331" -> "+43150446772331" for `tel:` links.
pub fn dial_string(phone: &str) -> String {
    phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_become_dial_strings() {
        assert_eq!(dial_string("+43 1 504 4677 2331"), "+43150446772331");
        assert_eq!(dial_string("+43 1 504 4677 – 2375"), "+43150446772375");
    }

    #[test]
    fn email_parts_are_plain() {
        assert!(is_plain_part("secretariat.bp"));
        assert!(is_plain_part("icmpd.org"));
        assert!(!is_plain_part("a?subject=x"));
        assert!(!is_plain_part(""));
    }
}
