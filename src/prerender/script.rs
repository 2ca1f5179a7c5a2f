//! The hand-written scripts the render step completes and ships
//! (`public/boot.js`, `public/sw.js`, `public/embed.js`).

/// A hand-written script as visitors get it: without its comment lines,
/// blank lines and indentation, which are for whoever reads the source
/// (`public/`). No minifier: the scripts are small, and this keeps what
/// runs line for line the source. The sources keep comments on lines of
/// their own and no string across lines, which is checked.
pub fn shipped(script: &str) -> Result<String, String> {
    let mut out = String::with_capacity(script.len());
    for (number, line) in script.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") || line.starts_with("/*") || line.starts_with('*') {
            continue;
        }
        if line.matches('`').count() % 2 == 1 {
            return Err(format!("line {}: a template string across lines", number + 1));
        }
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

/// `script` with the first line that starts with `start` (after its
/// indentation) and ends with `;` set to `start` + `value` + `;`. The
/// source ships the line with a placeholder; a later run finds the filled
/// line and replaces it again.
pub fn with_value(script: &str, start: &str, value: &serde_json::Value) -> Result<String, String> {
    let mut found = false;
    let lines: Vec<String> = script
        .lines()
        .map(|line| {
            let indent = line.strip_suffix(line.trim_start()).unwrap_or_default();
            if !found && line.trim_start().starts_with(start) && line.trim_end().ends_with(';') {
                found = true;
                format!("{indent}{start}{value};")
            } else {
                line.to_owned()
            }
        })
        .collect();
    if !found {
        return Err(format!("no line starting with `{start}` and ending with `;`"));
    }
    Ok(lines.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_across_lines_is_refused() {
        assert!(shipped("const a = `one\ntwo`;\n").is_err());
        assert_eq!(shipped("  const a = `one ${b}`; // c\n"), Ok("const a = `one ${b}`; // c\n".to_owned()));
    }

    #[test]
    fn the_value_line_keeps_its_indentation() {
        let value = serde_json::json!([1]);
        assert_eq!(
            with_value("a;\n  var x = null;\nb;", "var x = ", &value),
            Ok("a;\n  var x = [1];\nb;\n".into())
        );
        assert!(with_value("var x = null\n", "var x = ", &value).is_err(), "no `;`");
    }
}
