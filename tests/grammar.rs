//! Properties of `grammar/claims.pest` itself.

/// The string literals of a stretch of the grammar (comments skipped).
fn literals(grammar: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in grammar.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(open) = rest.find('"') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('"') else { break };
            out.push(after[..close].replace("\\\\", "\\"));
            rest = &after[close + 1..];
        }
    }
    out
}

/// `item` tries mentions and cues only where `start_char` matches; a literal that could
/// begin a mention but is missing from the start set would silently never match.
#[test]
fn every_literal_starts_with_a_start_char() {
    let grammar = std::fs::read_to_string("grammar/claims.pest").unwrap();
    let (rules, start_section) = grammar
        .split_once(
            "// ---------------------------------------------------------------- start characters",
        )
        .unwrap();
    let starts: Vec<char> = literals(start_section)
        .iter()
        .filter_map(|l| l.chars().next())
        .collect();
    let missing: Vec<String> = literals(rules)
        .into_iter()
        .filter(|l| {
            let first = l.chars().next();
            first.is_some_and(|c| {
                !c.is_ascii_alphanumeric() && c != ' ' && c != '\t' && !starts.contains(&c)
            })
        })
        .collect();
    assert!(
        missing.is_empty(),
        "literals whose first char is not in start_char: {missing:?}"
    );
}
