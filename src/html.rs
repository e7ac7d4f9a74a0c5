//! HTML input: a saved news page or a fragment of one → article text in the plain-text
//! layout the parser reads (title line, one paragraph per line, captions on their own
//! lines, byline last).
//!
//! Pages are parsed by an HTML5 parser (`scraper`, html5ever), so entities, unclosed tags and
//! stray end tags are handled as browsers handle them. Navigation, scripts, share bars and
//! related-article lists are dropped by element name, by class or id, and by link density.

use std::collections::HashMap;
use std::fmt;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node, Selector};

/// Why an HTML page gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum HtmlError {
    /// The page holds no paragraph of text once navigation and scripts are dropped.
    NoArticle,
    /// Elements are nested deeper than any real page (the HTML parser slows down
    /// quadratically with depth).
    TooDeep(usize),
}

impl fmt::Display for HtmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HtmlError::NoArticle => f.write_str(
                "no article text in the page (only navigation, scripts or short lines; \
                 save the article page itself, or give the text with --from text)",
            ),
            HtmlError::TooDeep(depth) => write!(
                f,
                "the HTML is nested too deeply to be a news page ({depth} levels, the limit is {MAX_DEPTH})"
            ),
        }
    }
}

impl std::error::Error for HtmlError {}

/// Elements whose content is never article text.
const DROPPED_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "iframe", "svg", "canvas", "object", "embed", "head", "video",
    "audio", "map", "menu",
];

/// Class or id words of page furniture (share bars, related lists, menus, ads).
const DROPPED_CLASSES: &[&str] = &[
    "share",
    "social",
    "related",
    "relate",
    "comment",
    "breadcrumb",
    "menu",
    "navbar",
    "nav",
    "navigation",
    "footer",
    "sidebar",
    "banner",
    "advert",
    "ads",
    "tags",
    "toolbar",
    "print",
    "rating",
    "subscribe",
    "newsletter",
    "popup",
    "cookie",
    "lienquan",
    "tinlienquan",
    "other-news",
    "more-news",
    "readmore",
    "box-news",
    "header",
];

/// Elements that end a line of text.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "caption",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "address",
    "hr",
    "body",
    "center",
    "summary",
    "details",
];

/// Deepest element nesting accepted; real pages stay well under a hundred.
const MAX_DEPTH: usize = 1000;

/// Elements that close themselves or whose end tag may be left out, not counted as nesting.
const NOT_NESTING: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot",
    "colgroup", "rt", "rp", "html", "head", "body", "br", "img", "hr", "meta", "link", "input",
    "source", "wbr", "area", "base", "col", "embed", "track", "param",
];

/// Estimates the deepest nesting from start and end tags, in one pass over the source.
fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut i = 0;
    while let Some(at) = bytes[i..].iter().position(|&b| b == b'<') {
        let start = i + at + 1;
        let closing = bytes.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        i = name_start + name_len;
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        if NOT_NESTING.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// Title elements examined at most.
const CANDIDATES: usize = 20;

/// A line counts as a paragraph when it has at least this many words; a page without one
/// has no article.
const PARAGRAPH_WORDS: usize = 8;

/// Extracts title, paragraphs, captions and byline of a page, one per line.
pub fn article_text(html: &str) -> Result<String, HtmlError> {
    let depth = nesting_depth(html);
    if depth > MAX_DEPTH {
        return Err(HtmlError::TooDeep(depth));
    }
    let doc = Html::parse_document(html);
    let (title, title_node) = find_title(&doc);
    let mut lines = body_lines(&doc, title_node);
    if !lines
        .iter()
        .any(|l| l.split_whitespace().count() >= PARAGRAPH_WORDS)
    {
        return Err(HtmlError::NoArticle);
    }
    let title = title.filter(|t| !t.is_empty());
    if let Some(t) = &title {
        // A fragment may repeat its title as the first body line.
        if lines.first() == Some(t) {
            lines.remove(0);
        }
    }
    let mut out = String::with_capacity(html.len() / 2);
    if let Some(t) = title {
        out.push_str(&t);
        out.push('\n');
    }
    out.push_str(&lines.join("\n"));
    // Entities decoded here (`&shy;`, `&zwnj;`, `&rlm;`) bring back what decoding removed.
    Ok(crate::decode::strip_format_chars(&out).map_or(out, |(text, _)| text))
}

/// True when the bytes look like HTML: a doctype or `<html>` first, or several common tags
/// near the start.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head: Vec<u8> = start
        .iter()
        .take(4096)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let trimmed = head.trim_ascii_start();
    if [&b"<!doctype html"[..], b"<html", b"<?xml"]
        .iter()
        .any(|p| trimmed.starts_with(p))
    {
        return true;
    }
    const TAGS: &[&[u8]] = &[
        b"<p>",
        b"<p ",
        b"</p>",
        b"<div",
        b"</div>",
        b"<br",
        b"<h1",
        b"<h2",
        b"<body",
        b"<article",
        b"<span",
        b"<strong>",
        b"<em>",
        b"<figure",
        b"<a href",
        b"<img ",
    ];
    let hits = TAGS
        .iter()
        .filter(|t| head.windows(t.len()).any(|w| w == **t))
        .count();
    hits >= 3 || (trimmed.first() == Some(&b'<') && hits >= 1)
}

/// The headline: `<h1>`, else `og:title`, else `<title>`, else an element classed as a
/// title (a fragment's `content-title`). Returns the element to skip in the body, if any.
fn find_title(doc: &Html) -> (Option<String>, Option<NodeId>) {
    let sel = |s: &str| Selector::parse(s).expect("static selector");
    // Candidates are bounded: each check walks ancestors and text.
    if let Some(h1) = doc
        .select(&sel("body h1"))
        .take(CANDIDATES)
        .find(|e| !is_dropped_path(e) && !text_of(e).is_empty())
    {
        return (Some(text_of(&h1)), Some(h1.id()));
    }
    if let Some(content) = doc
        .select(&sel(r#"meta[property="og:title"], meta[name="og:title"]"#))
        .find_map(|m| m.value().attr("content"))
    {
        let t = collapse(content);
        if !t.is_empty() {
            return (Some(t), None);
        }
    }
    if let Some(t) = doc.select(&sel("head title")).next().map(|e| text_of(&e)) {
        if !t.is_empty() {
            return (Some(t), None);
        }
    }
    let titled = doc
        .select(&sel(r#"body [class*="title"]"#))
        .take(CANDIDATES)
        .find(|e| {
            let t = text_of(e);
            !is_dropped_path(e) && !t.is_empty() && t.split_whitespace().count() <= 40
        });
    match titled {
        Some(e) => (Some(text_of(&e)), Some(e.id())),
        None => (None, None),
    }
}

/// Text and link sizes of an element's subtree, for link density.
#[derive(Clone, Copy, Default)]
struct Sizes {
    chars: usize,
    link_chars: usize,
    links: usize,
}

/// Sizes of every element, computed bottom-up in one walk: checking link density element
/// by element instead would be quadratic on deeply nested pages.
fn sizes(doc: &Html) -> HashMap<NodeId, Sizes> {
    let mut map: HashMap<NodeId, Sizes> = HashMap::new();
    for edge in doc.tree.root().traverse() {
        let Edge::Close(node) = edge else { continue };
        let Node::Element(e) = node.value() else {
            continue;
        };
        let mut s = Sizes::default();
        for child in node.children() {
            match child.value() {
                Node::Text(t) => s.chars += t.chars().filter(|c| !c.is_whitespace()).count(),
                Node::Element(_) => {
                    let c = map.get(&child.id()).copied().unwrap_or_default();
                    s.chars += c.chars;
                    s.link_chars += c.link_chars;
                    s.links += c.links;
                }
                _ => {}
            }
        }
        if e.name() == "a" {
            s.link_chars = s.chars;
            s.links += 1;
        }
        map.insert(node.id(), s);
    }
    map
}

/// Lines of text of the page body, page furniture dropped.
fn body_lines(doc: &Html, title_node: Option<NodeId>) -> Vec<String> {
    let sizes = sizes(doc);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut skipping: Option<NodeId> = None;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => line.push_str(t),
                    Node::Element(e) => {
                        let el = ElementRef::wrap(node).expect("element node");
                        let link_list = matches!(e.name(), "ul" | "ol" | "div" | "section")
                            && sizes.get(&node.id()).is_some_and(is_link_list);
                        if Some(node.id()) == title_node || link_list || is_dropped(&el) {
                            skipping = Some(node.id());
                        } else if is_block(e.name()) || e.name() == "br" {
                            flush(&mut line, &mut lines);
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_none() {
                    if let Node::Element(e) = node.value() {
                        if is_block(e.name()) {
                            flush(&mut line, &mut lines);
                        }
                    }
                }
            }
        }
    }
    flush(&mut line, &mut lines);
    lines
}

/// Ends the current line: whitespace collapsed, empty lines dropped.
fn flush(line: &mut String, lines: &mut Vec<String>) {
    let text = collapse(line);
    if !text.is_empty() {
        lines.push(text);
    }
    line.clear();
}

fn is_block(name: &str) -> bool {
    BLOCK_ELEMENTS.contains(&name)
}

/// True for page furniture, by element, role, class or id (link lists are found by size).
fn is_dropped(el: &ElementRef) -> bool {
    let e = el.value();
    if DROPPED_ELEMENTS.contains(&e.name()) {
        return true;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    let role = e.attr("role").unwrap_or("");
    if matches!(
        role,
        "navigation" | "banner" | "contentinfo" | "complementary"
    ) {
        return true;
    }
    let mut names = e.classes().chain(e.id());
    names.any(is_furniture_name)
}

/// True when a class or id names page furniture ("share-bar", "box-related", "mainNav").
fn is_furniture_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower
        .split(['-', '_', ' '])
        .any(|part| DROPPED_CLASSES.contains(&part))
        || [
            "share",
            "social",
            "related",
            "breadcrumb",
            "sidebar",
            "advert",
            "comment",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// True for a block of three or more links with little text besides them (a related-article
/// list, a menu).
/// An article container keeps its own text, however long its link lists are.
fn is_link_list(s: &Sizes) -> bool {
    s.links >= 3 && s.link_chars * 10 >= s.chars * 8 && s.chars - s.link_chars < 100
}

/// True when the element sits inside dropped furniture.
fn is_dropped_path(el: &ElementRef) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| is_dropped(&a))
        || is_dropped(el)
}

/// The element's text, whitespace collapsed.
fn text_of(el: &ElementRef) -> String {
    collapse(&el.text().collect::<String>())
}

/// Collapses runs of white space (no-break spaces too) to one space and trims.
fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_layout() {
        let page = r#"<!doctype html><html><head><title>Site | Tin</title>
            <meta property="og:title" content="Hội nghị tổng kết năm 2024">
            <script>var x = "<p>no</p>";</script><style>p{}</style></head>
            <body><nav><a href="/">Trang chủ</a></nav>
            <div class="share-bar"><a>Facebook</a></div>
            <h1>Hội nghị tổng kết năm 2024</h1>
            <p>Sáng 12/4, Công an tỉnh tổ chức Hội nghị tổng kết công tác năm 2024 &amp; triển khai.</p>
            <figure><img src="a.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure>
            <p>Tác giả: <b>Phương Thảo</b></p>
            <ul class="box"><li><a href="1">Tin một</a></li><li><a href="2">Tin hai</a></li><li><a href="3">Tin ba</a></li></ul>
            <footer>Bản quyền</footer></body></html>"#;
        assert_eq!(
            article_text(page).unwrap(),
            "Hội nghị tổng kết năm 2024\nSáng 12/4, Công an tỉnh tổ chức Hội nghị tổng kết \
             công tác năm 2024 & triển khai.\nQuang cảnh hội nghị\nTác giả: Phương Thảo"
        );
    }

    #[test]
    fn navigation_only_page_fails() {
        let page = r#"<html><body><nav><ul><li><a href="/">Trang chủ</a></li></ul></nav>
            <div class="menu"><a>Tin tức</a><a>Sự kiện</a><a>Liên hệ</a></div></body></html>"#;
        assert_eq!(article_text(page), Err(HtmlError::NoArticle));
        assert!(HtmlError::NoArticle
            .to_string()
            .starts_with("no article text in the page"));
    }

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<div class=x><p>Hello</p></div>"));
        assert!(!looks_like_html(
            "Tiêu đề\nNội dung 3 < 5 và 7 > 2.".as_bytes()
        ));
    }
}
