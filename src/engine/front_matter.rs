//! How a clause file splits into TOML front matter and Markdown body. `build.rs` includes
//! this file as well, so the build and the library split every file the same way.

/// The front matter between the two `+++` lines (with its last line break), the body, and the
/// 1-based file line the body starts on; `None` when the file has no front matter block.
pub fn split(text: &str) -> Option<(&str, &str, usize)> {
    let rest = text.strip_prefix("+++\n")?;
    let end = rest.find("\n+++\n")?;
    let front = &rest[..=end];
    let body = &rest[end + "\n+++\n".len()..];
    Some((front, body, front.lines().count() + 3))
}
