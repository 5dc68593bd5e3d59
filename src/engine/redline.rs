//! Word-level differences between two texts, as a lawyer reads a redline: what was removed and
//! what was added, with the unchanged words around it.
//!
//! Small regions are compared exactly (longest common subsequence); large ones are split at
//! words that occur exactly once in both texts (patience diff), which keeps the work linear for
//! the usual case of a few changed sentences in a long agreement.

/// One piece of a redline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change<'a> {
    /// Words in both texts.
    Same(&'a str),
    /// Words only in the old text.
    Removed(&'a str),
    /// Words only in the new text.
    Added(&'a str),
}

/// The words of `old` and `new` compared; runs of the same kind are merged, and each piece
/// keeps the white space that follows its words.
pub fn diff_words<'a>(old: &'a str, new: &'a str) -> Vec<Change<'a>> {
    let a = tokens(old);
    let b = tokens(new);
    let mut ops = Vec::new();
    diff(&a, &b, &mut ops);
    let mut out: Vec<Change<'a>> = Vec::new();
    let (mut i, mut j) = (0, 0);
    for op in ops {
        let (change, text) = match op {
            Op::Same => {
                i += 1;
                j += 1;
                (Change::Same(""), a[i - 1])
            }
            Op::Removed => {
                i += 1;
                (Change::Removed(""), a[i - 1])
            }
            Op::Added => {
                j += 1;
                (Change::Added(""), b[j - 1])
            }
        };
        push(&mut out, change, text, old, new);
    }
    out
}

/// Only the changed passages, each with a few words of context, as text:
/// `… Kontext [-alt-]{+neu+} Kontext …`. Empty when the texts have the same words.
pub fn redline(old: &str, new: &str) -> String {
    const CONTEXT: usize = 8;
    let changes = diff_words(old, new);
    if changes.iter().all(|c| matches!(c, Change::Same(_))) {
        return String::new();
    }
    let mut out = String::new();
    for (k, change) in changes.iter().enumerate() {
        match change {
            Change::Same(text) => {
                let words: Vec<&str> = text.split_whitespace().collect();
                let after_change = k > 0;
                let before_change = k + 1 < changes.len();
                if words.len() <= 2 * CONTEXT && after_change && before_change {
                    out.push_str(&words.join(" "));
                    out.push(' ');
                    continue;
                }
                if after_change {
                    out.push_str(&words[..CONTEXT.min(words.len())].join(" "));
                    out.push_str(if words.len() > CONTEXT {
                        " …\n"
                    } else {
                        "\n"
                    });
                }
                if before_change {
                    if words.len() > CONTEXT {
                        out.push_str("… ");
                    }
                    out.push_str(&words[words.len().saturating_sub(CONTEXT)..].join(" "));
                    out.push(' ');
                }
            }
            Change::Removed(text) => {
                out.push_str(&format!(
                    "[-{}-] ",
                    text.split_whitespace().collect::<Vec<_>>().join(" ")
                ));
            }
            Change::Added(text) => {
                out.push_str(&format!(
                    "{{+{}+}} ",
                    text.split_whitespace().collect::<Vec<_>>().join(" ")
                ));
            }
        }
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Same,
    Removed,
    Added,
}

/// The words of a text, each with the white space after it.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            out.push(&text[start..i]);
            start = i;
            in_space = false;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Appends a token to the run of its kind; the run is a slice of `old` or `new`.
fn push<'a>(
    out: &mut Vec<Change<'a>>,
    kind: Change<'_>,
    token: &'a str,
    old: &'a str,
    new: &'a str,
) {
    let source = if matches!(kind, Change::Added(_)) {
        new
    } else {
        old
    };
    let extend = |run: &str| {
        let start = run.as_ptr() as usize - source.as_ptr() as usize;
        let end = token.as_ptr() as usize - source.as_ptr() as usize + token.len();
        &source[start..end]
    };
    match (out.last_mut(), kind) {
        (Some(Change::Same(run)), Change::Same(_)) => *run = extend(run),
        (Some(Change::Removed(run)), Change::Removed(_)) => *run = extend(run),
        (Some(Change::Added(run)), Change::Added(_)) => *run = extend(run),
        (_, Change::Same(_)) => out.push(Change::Same(token)),
        (_, Change::Removed(_)) => out.push(Change::Removed(token)),
        (_, Change::Added(_)) => out.push(Change::Added(token)),
    }
}

/// Words compare without the white space after them.
fn same(a: &str, b: &str) -> bool {
    a.trim_end() == b.trim_end()
}

fn diff(a: &[&str], b: &[&str], ops: &mut Vec<Op>) {
    let prefix = a.iter().zip(b).take_while(|(x, y)| same(x, y)).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| same(x, y))
        .count();
    ops.extend(std::iter::repeat_n(Op::Same, prefix));
    let (a_mid, b_mid) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    if a_mid.is_empty() || b_mid.is_empty() {
        ops.extend(std::iter::repeat_n(Op::Removed, a_mid.len()));
        ops.extend(std::iter::repeat_n(Op::Added, b_mid.len()));
    } else if a_mid.len() * b_mid.len() <= 1_000_000 {
        lcs(a_mid, b_mid, ops);
    } else {
        patience(a_mid, b_mid, ops);
    }
    ops.extend(std::iter::repeat_n(Op::Same, suffix));
}

/// Exact longest common subsequence for small regions.
fn lcs(a: &[&str], b: &[&str], ops: &mut Vec<Op>) {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[at(i, j)] = if same(a[i], b[j]) {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if same(a[i], b[j]) {
            ops.push(Op::Same);
            i += 1;
            j += 1;
        } else if table[at(i + 1, j)] >= table[at(i, j + 1)] {
            ops.push(Op::Removed);
            i += 1;
        } else {
            ops.push(Op::Added);
            j += 1;
        }
    }
    ops.extend(std::iter::repeat_n(Op::Removed, n - i));
    ops.extend(std::iter::repeat_n(Op::Added, m - j));
}

/// Splits at words unique in both regions that appear in the same order, and recurses.
fn patience(a: &[&str], b: &[&str], ops: &mut Vec<Op>) {
    use std::collections::HashMap;
    let mut count: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    for (i, w) in a.iter().enumerate() {
        let e = count.entry(w.trim_end()).or_insert((0, 0, 0));
        e.0 += 1;
        e.2 = i;
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut in_b: HashMap<&str, (usize, usize)> = HashMap::new();
    for (j, w) in b.iter().enumerate() {
        let e = in_b.entry(w.trim_end()).or_insert((0, j));
        e.0 += 1;
    }
    for (w, (na, _, i)) in &count {
        if *na == 1
            && let Some((1, j)) = in_b.get(w)
        {
            pairs.push((*i, *j));
        }
    }
    pairs.sort_unstable();
    // Longest increasing subsequence of the b positions.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, j)) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs[t].1 < j);
        if pos > 0 {
            previous[k] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut anchors = Vec::new();
    let mut k = tails.last().copied();
    while let Some(i) = k {
        anchors.push(pairs[i]);
        k = previous[i];
    }
    anchors.reverse();
    if anchors.is_empty() {
        ops.extend(std::iter::repeat_n(Op::Removed, a.len()));
        ops.extend(std::iter::repeat_n(Op::Added, b.len()));
        return;
    }
    let (mut i0, mut j0) = (0, 0);
    for (i, j) in anchors {
        diff(&a[i0..i], &b[j0..j], ops);
        ops.push(Op::Same);
        i0 = i + 1;
        j0 = j + 1;
    }
    diff(&a[i0..], &b[j0..], ops);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_words_are_marked() {
        let old = "Der Auftragnehmer meldet binnen 48 Stunden.";
        let new = "Der Auftragnehmer meldet unverzüglich, binnen 24 Stunden.";
        assert_eq!(
            diff_words(old, new),
            vec![
                Change::Same("Der Auftragnehmer meldet "),
                Change::Added("unverzüglich, "),
                Change::Same("binnen "),
                Change::Removed("48 "),
                Change::Added("24 "),
                Change::Same("Stunden."),
            ]
        );
        assert_eq!(
            redline(old, new),
            "Der Auftragnehmer meldet {+unverzüglich,+} binnen [-48-] {+24+} Stunden.\n"
        );
        assert_eq!(redline("a  b", "a b"), "");
    }

    #[test]
    fn large_texts_use_anchors() {
        let old: String = (0..3000).map(|i| format!("w{i} ")).collect();
        let new = old.replace("w100 ", "neu ").replace("w2900 ", "neu2 ");
        let changes = diff_words(&old, &new);
        assert_eq!(changes.len(), 7, "{:?}", &changes[1..3]);
        assert_eq!(changes[1], Change::Removed("w100 "));
        assert_eq!(changes[2], Change::Added("neu "));
        assert_eq!(changes[4], Change::Removed("w2900 "));
        assert_eq!(changes[5], Change::Added("neu2 "));
    }
}
