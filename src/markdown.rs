//! Markdown as prose: the text a writer wrote, without the code, markup, URLs and front
//! matter around it.
//!
//! The prose view has the same byte length as the file, with every byte that is not
//! prose replaced by a space. Extraction, attribution and rules run on it unchanged, and
//! every span they produce still indexes the original file, so a finding's line and
//! column are those of the file as written. Its line breaks are the file's but for soft
//! ones, the breaks of a paragraph wrapped by hand: Markdown reads them as spaces, and so
//! does the view, where a line break would end the sentence and cut `$1.2` off the
//! `billion` on the next line.

use crate::document::Prose;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};
use std::ops::Range;

/// Read Markdown: its prose view, heading positions (they start sections) and HTML
/// comments (they may hold claimlint directives).
pub fn prose(text: &str) -> Prose {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut kept: Vec<Range<usize>> = Vec::new();
    let mut soft_breaks: Vec<Range<usize>> = Vec::new();
    let mut headings = Vec::new();
    let mut comments = Vec::new();
    // For each open tag, whether its text is not prose (code blocks, front matter,
    // images, autolinks); `hidden` counts the open ones that are not.
    let mut open: Vec<bool> = Vec::new();
    let mut hidden = 0usize;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if let Tag::Heading { .. } = tag {
                    headings.push(range.start);
                }
                open.push(is_hidden(&tag));
                hidden += usize::from(is_hidden(&tag));
                if let Tag::Table(_) = tag {
                    kept.extend(cell_separators(text, range));
                }
            }
            Event::End(_) => hidden -= usize::from(open.pop().unwrap_or(false)),
            Event::Text(_) if hidden == 0 => kept.push(range),
            Event::SoftBreak if hidden == 0 => soft_breaks.push(range),
            Event::Html(html) | Event::InlineHtml(html)
                if html.trim_start().starts_with("<!--") =>
            {
                comments.push(range);
            }
            _ => {}
        }
    }
    kept.sort_by_key(|r| r.start);
    Prose {
        text: Some(keep_only(text, &kept, &soft_breaks)),
        headings: Some(headings),
        comments,
    }
}

fn is_hidden(tag: &Tag) -> bool {
    match tag {
        Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::Image { .. } => true,
        Tag::Link { link_type, .. } => matches!(link_type, LinkType::Autolink | LinkType::Email),
        _ => false,
    }
}

/// The `|` of a table stay in the prose view: they keep the figures of adjacent cells
/// apart, and relations end at them as they end at a line break.
fn cell_separators(text: &str, table: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    text[table.clone()]
        .match_indices('|')
        .map(move |(i, _)| table.start + i..table.start + i + 1)
}

/// The text with every byte outside `kept` (sorted by start) blanked, line breaks kept
/// but those in `soft_breaks`.
fn keep_only(text: &str, kept: &[Range<usize>], soft_breaks: &[Range<usize>]) -> String {
    let mut out: Vec<u8> = text
        .bytes()
        .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
        .collect();
    for range in soft_breaks {
        if let Some(soft) = out.get_mut(range.clone()) {
            soft.fill(b' ');
        }
    }
    for range in kept {
        if let (Some(to), Some(from)) = (out.get_mut(range.clone()), text.get(range.clone())) {
            to.copy_from_slice(from.as_bytes());
        }
    }
    // Kept ranges come from the parser and lie on char boundaries, and a blanked char
    // becomes as many ASCII spaces as it had bytes, so the bytes are UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(text: &str) -> String {
        prose(text).text.unwrap()
    }

    #[test]
    fn the_view_has_the_length_and_lines_of_the_text() {
        let text =
            "---\nprice: 42\n---\n# 标题 2023\n\n营收增长**5%**，见[报告](http://x.com/1234)。\n";
        let out = view(text);
        assert_eq!(out.len(), text.len());
        let lines = |s: &str| s.match_indices('\n').map(|(i, _)| i).collect::<Vec<_>>();
        assert_eq!(lines(&out), lines(text));
        assert!(!out.contains("42"));
        assert!(!out.contains("1234"));
        assert!(out.contains("标题 2023"));
        assert!(out.contains("营收增长  5%  ，见 报告"));
    }

    #[test]
    fn code_html_and_images_are_not_prose() {
        let text = "Sales `rose 9%`.\n\n```\nup 12%\n```\n\n<div>15%</div>\n\n![up 20%](a.png) <http://x.com/25>\n";
        let out = view(text);
        for figure in ["9%", "12%", "15%", "20%", "25"] {
            assert!(!out.contains(figure), "{figure} in {out:?}");
        }
        assert!(out.contains("Sales"));
    }

    #[test]
    fn soft_line_breaks_are_spaces_and_the_others_stay() {
        let text = "Revenue was $1.2\r\nbillion, up\n  12%.\n\n> quoted $3\n> million\n\n- item 4\n  per cent\n\nhard 5  \nline\n\n```\ncode 6\nhere\n```\n";
        let out = view(text);
        assert_eq!(out.len(), text.len());
        assert!(
            out.contains("Revenue was $1.2  billion, up   12%.\n\n"),
            "{out:?}"
        );
        assert!(out.contains("quoted $3   million\n"), "{out:?}");
        assert!(out.contains("item 4   per cent\n"), "{out:?}");
        assert!(out.contains("hard 5  \nline\n"), "{out:?}");
        assert!(out.ends_with("\n      \n    \n   \n"), "{out:?}");
    }

    #[test]
    fn table_cells_stay_apart() {
        let out = view("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert_eq!(out, "| a | b |\n|   |   |\n| 1 | 2 |\n");
    }

    #[test]
    fn headings_and_comments_are_found() {
        let text = "Title\n=====\n\ntext\n\n## Two\n<!-- claimlint-disable -->\n";
        let p = prose(text);
        assert_eq!(p.headings, Some(vec![0, 19]));
        assert_eq!(p.comments.len(), 1);
        assert!(text[p.comments[0].clone()].contains("claimlint-disable"));
    }
}
