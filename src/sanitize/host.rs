//! The same sanitiser for the render step, which has no browser: the HTML
//! is parsed by html5ever (through `scraper`, the parser the spec-following
//! Rust tools use) and rebuilt under the same [`policy`](super::policy),
//! element by element, as text. Only this text, produced here at build
//! time, is ever written into a page as markup.

use ego_tree::NodeRef;
use scraper::{Html, Node};

use super::policy::{ElementRule, MAX_DEPTH, added_attributes, attribute_value, element_rule};

const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";
/// Elements with no end tag.
const VOID: &[&str] = &["br", "hr", "img"];

/// Untrusted HTML in, safe HTML out.
pub fn sanitize(html: &str) -> String {
    sanitize_for(html, "")
}

/// As [`sanitize`], for a page in the language whose pages live under
/// `pages` (`"/ru"`): links to the site's pages lead there.
pub fn sanitize_for(html: &str, pages: &str) -> String {
    let fragment = Html::parse_fragment(html);
    let mut out = String::with_capacity(html.len());
    // An explicit stack rather than recursion: hostile input may nest
    // thousands of elements deep. The fragment's root is a synthetic
    // <html> holding the parsed nodes.
    let mut work: Vec<Step<'_>> = Vec::new();
    push_children(fragment.root_element().children(), 0, &mut work);
    while let Some(step) = work.pop() {
        match step {
            Step::Close(name) => {
                out.push_str("</");
                out.push_str(name);
                out.push('>');
            }
            Step::Visit(node, depth) => visit(node, depth, pages, &mut out, &mut work),
        }
    }
    out
}

enum Step<'a> {
    Visit(NodeRef<'a, Node>, usize),
    Close(&'static str),
}

/// Queues `children` so that they are visited in document order.
fn push_children<'a>(
    children: impl DoubleEndedIterator<Item = NodeRef<'a, Node>>,
    depth: usize,
    work: &mut Vec<Step<'a>>,
) {
    for child in children.rev() {
        work.push(Step::Visit(child, depth));
    }
}

fn visit<'a>(node: NodeRef<'a, Node>, depth: usize, pages: &str, out: &mut String, work: &mut Vec<Step<'a>>) {
    let element = match node.value() {
        Node::Text(text) => return escape_text(text, out),
        Node::Element(element) => element,
        // Comments, doctypes, processing instructions: nothing to read.
        _ => return,
    };
    let in_html = &*element.name.ns == HTML_NAMESPACE;
    let tag = element.name().to_ascii_lowercase();
    let rule = if in_html { element_rule(&tag) } else { ElementRule::Drop };
    let name = match rule {
        ElementRule::Drop => return,
        ElementRule::Unwrap => return push_children(node.children(), depth + 1, work),
        ElementRule::Keep(_) if depth >= MAX_DEPTH => return push_children(node.children(), depth + 1, work),
        ElementRule::Keep(name) => name,
    };
    out.push('<');
    out.push_str(name);
    let mut written: Vec<String> = Vec::new();
    for (attr, value) in element.attrs() {
        let attr = attr.to_ascii_lowercase();
        if written.contains(&attr) {
            continue;
        }
        if let Some(value) = attribute_value(name, &attr, value, pages) {
            write_attribute(&attr, &value, out);
            written.push(attr);
        }
    }
    for (attr, value) in added_attributes(name) {
        write_attribute(attr, value, out);
    }
    out.push('>');
    if !VOID.contains(&name) {
        work.push(Step::Close(name));
        push_children(node.children(), depth + 1, work);
    }
}

fn write_attribute(name: &str, value: &str, out: &mut String) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn escape_text(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn keeps_what_the_policy_allows() {
        assert_eq!(
            sanitize(
                r#"<p class="x">A <strong>bold</strong> <a href="https://icmpd.org" onclick="x()">link</a></p>"#
            ),
            r#"<p>A <strong>bold</strong> <a href="https://icmpd.org" rel="noopener noreferrer nofollow">link</a></p>"#
        );
        assert_eq!(sanitize("<h1>Title</h1><br>"), "<h2>Title</h2><br>");
    }

    #[test]
    fn drops_what_runs_and_escapes_text() {
        assert_eq!(sanitize("<script>alert(1)</script>ok"), "ok");
        assert_eq!(
            sanitize(r#"<img src="x.png" onerror="alert(1)">"#),
            r#"<img src="x.png" loading="lazy" decoding="async" referrerpolicy="no-referrer">"#
        );
        assert_eq!(
            sanitize(r#"<a href="javascript:alert(1)">x</a>"#),
            r#"<a rel="noopener noreferrer nofollow">x</a>"#
        );
        assert_eq!(sanitize("<svg><text>inside</text></svg>"), "");
        // As in the browser, an HTML paragraph breaks out of the SVG.
        assert_eq!(sanitize("<svg><p>out</p></svg>"), "<p>out</p>");
        assert_eq!(sanitize("1 &lt; 2 &amp; <div>3 > 2</div>"), "1 &lt; 2 &amp; 3 &gt; 2");
        assert_eq!(sanitize(r#"<p title="a&quot;b">x</p>"#), "<p>x</p>");
        assert_eq!(sanitize(r#"<abbr title="a&quot;b<">x</abbr>"#), r#"<abbr title="a&quot;b<">x</abbr>"#);
    }

    #[test]
    fn hostile_nesting_is_flattened_not_recursed_forever() {
        let deep = "<div><em>".repeat(3_000) + "x";
        let out = sanitize(&deep);
        assert!(out.contains('x'));
        assert!(out.matches("<b>").count() <= super::MAX_DEPTH);
    }
}
