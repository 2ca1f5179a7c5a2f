//! The one place where HTML from outside (the feed's `content_html`)
//! becomes DOM. Nothing else in the app uses `inner_html`.
//!
//! The browser's `DOMParser` builds an inert document (scripts in it never
//! run, images in it never load); [`copy_children`] then rebuilds only what
//! [`policy`] allows, element by element, into the page.
//!
//! At build time the render step has no browser: [`host::sanitize`] applies
//! the same policy to html5ever's parse and the page's HTML carries the
//! result. Hydration keeps those nodes as they are.

#[cfg(feature = "ssr")]
pub mod host;
pub mod policy;

#[cfg(not(feature = "ssr"))]
use leptos::html;
use leptos::prelude::*;

/// Renders untrusted HTML safely.
#[component]
pub fn SafeHtml(
    /// The untrusted markup.
    #[prop(into)]
    html: String,
    /// Extra classes for the wrapping `<div>`.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let failed = RwSignal::new(false);
    let class = format!("prose {class}");
    let pages = crate::i18n::use_locale().prefix();
    // Built in the render step, where no effect runs.
    #[cfg(feature = "ssr")]
    let body = view! { <div class=class inner_html=host::sanitize_for(&html, pages)></div> };
    #[cfg(not(feature = "ssr"))]
    let body = {
        let container = NodeRef::<html::Div>::new();
        Effect::new(move |_| {
            let Some(target) = container.get() else { return };
            // A hydrated page already holds the render step's sanitised
            // copy of this very text. (A page drawn in the browser starts
            // with at most an empty marker comment in here.)
            let holds_text = target.text_content().is_some_and(|t| !t.trim().is_empty());
            if target.child_element_count() > 0 || holds_text {
                return;
            }
            if dom::render_into(&html, &target, pages).is_err() {
                failed.set(true);
            }
        });
        view! { <div class=class node_ref=container></div> }
    };
    view! {
        {body}
        <Show when=move || failed.get()>
            <p class="notice">"This text could not be displayed in your browser."</p>
        </Show>
    }
}

/// The browser's walker: `DOMParser`, then the policy, node by node.
#[cfg(not(feature = "ssr"))]
mod dom {
    use wasm_bindgen::JsCast;
    use web_sys::{Document, DomParser, Element, Node, SupportedType};

    use super::policy::{ElementRule, MAX_DEPTH, added_attributes, attribute_value, element_rule};

    /// `pages`: where the site's pages in the page's language live.
    pub fn render_into(html: &str, target: &Element, pages: &str) -> Result<(), wasm_bindgen::JsValue> {
        let page = target.owner_document().ok_or("no document")?;
        let parsed = DomParser::new()?.parse_from_string(html, SupportedType::TextHtml)?;
        let body = parsed.body().ok_or("no body")?;
        target.set_text_content(None);
        copy_children(&body, target, &Target { page: &page, pages }, 0)
    }

    /// Where the copy goes: the page's document, and the language prefix
    /// of its links.
    struct Target<'a> {
        page: &'a Document,
        pages: &'a str,
    }

    fn copy_children(
        from: &Node,
        to: &Node,
        page: &Target<'_>,
        depth: usize,
    ) -> Result<(), wasm_bindgen::JsValue> {
        let children = from.child_nodes();
        for index in 0..children.length() {
            let Some(child) = children.item(index) else { continue };
            match child.node_type() {
                Node::TEXT_NODE => {
                    let text = child.text_content().unwrap_or_default();
                    to.append_child(&page.page.create_text_node(&text))?;
                }
                Node::ELEMENT_NODE => {
                    let Ok(element) = child.dyn_into::<Element>() else { continue };
                    copy_element(&element, to, page, depth)?;
                }
                // Comments, processing instructions, doctypes: nothing to read.
                _ => {}
            }
        }
        Ok(())
    }

    fn copy_element(
        element: &Element,
        to: &Node,
        page: &Target<'_>,
        depth: usize,
    ) -> Result<(), wasm_bindgen::JsValue> {
        // Elements from the SVG or MathML namespaces are dropped with their
        // root; an HTML-looking name inside them must not be trusted either.
        let in_html = element.namespace_uri().as_deref() == Some("http://www.w3.org/1999/xhtml");
        let tag = element.local_name().to_ascii_lowercase();
        let rule = if in_html { element_rule(&tag) } else { ElementRule::Drop };
        match rule {
            ElementRule::Drop => Ok(()),
            ElementRule::Unwrap => copy_children(element, to, page, depth + 1),
            ElementRule::Keep(_) if depth >= MAX_DEPTH => copy_children(element, to, page, depth + 1),
            ElementRule::Keep(name) => {
                let copy = page.page.create_element(name)?;
                let attributes = element.attributes();
                for index in 0..attributes.length() {
                    let Some(attr) = attributes.item(index) else { continue };
                    let attr_name = attr.name().to_ascii_lowercase();
                    if let Some(value) = attribute_value(name, &attr_name, &attr.value(), page.pages) {
                        copy.set_attribute(&attr_name, &value)?;
                    }
                }
                for (key, value) in added_attributes(name) {
                    copy.set_attribute(key, value)?;
                }
                copy_children(element, &copy, page, depth + 1)?;
                to.append_child(&copy)?;
                Ok(())
            }
        }
    }
}
