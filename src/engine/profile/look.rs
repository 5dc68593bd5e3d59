//! The vendor's look: a logo embedded in the build and an accent colour whose contrast is
//! checked when the profile is, so a vendor build cannot ship unreadable buttons or links.

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))] // checked when the profile is read, natively
/// The largest logo a profile may embed; it travels inside the app's first download.
pub const MAX_LOGO_BYTES: usize = 64 * 1024;

#[cfg(not(target_arch = "wasm32"))] // checked when the profile is read, natively
/// The contrast text needs against its background (WCAG 2.2, success criterion 1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

/// The look of a vendor build. The generic build has none and stays neutral.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Look {
    /// The vendor's logo, shown in the page header.
    pub logo: Option<Logo>,
    /// The colour of buttons, links and the current step, as `#rrggbb`.
    pub accent: Option<String>,
}

/// A logo as the build embeds it: no request is made for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logo {
    /// `image/svg+xml`, `image/png`, `image/jpeg` or `image/webp`.
    pub media_type: String,
    /// The file, Base64-encoded.
    pub base64: String,
}

impl Look {
    /// A light tint of the accent (a tenth of it on white) for the background of the current
    /// step, so the vendor's colour carries through without new contrast to check: the text on
    /// it stays the dark ink.
    pub fn accent_soft(&self) -> Option<String> {
        let [r, g, b] = parse_hex(self.accent.as_deref()?)?;
        let tint = |c: u8| 255 - (255 - u16::from(c)) / 10;
        Some(format!("#{:02x}{:02x}{:02x}", tint(r), tint(g), tint(b)))
    }
}

impl Look {
    /// The vendor's colours as a stylesheet for the page's first view, which is built before
    /// the app runs (`src/bin/prerender.rs`); the app then sets the same values itself. `None`
    /// without an accent. Only a checked `#rrggbb` colour is written, so nothing else can reach
    /// the stylesheet.
    pub fn stylesheet(&self) -> Option<String> {
        let accent = self.accent.as_deref()?;
        parse_hex(accent)?;
        let soft = self.accent_soft()?;
        Some(format!(
            ":root {{ --accent: {accent}; --accent-soft: {soft}; }}\n"
        ))
    }
}

impl Logo {
    /// The logo as a `data:` address for an `img` element (allowed by the page's policy).
    pub fn data_uri(&self) -> String {
        format!("data:{};base64,{}", self.media_type, self.base64)
    }

    /// Checks a logo file by its content, not its name, and embeds it.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(format!(
                "Das Logo ist {} KB groß; erlaubt sind höchstens {} KB, weil es mit der App geladen wird.",
                bytes.len().div_ceil(1024),
                MAX_LOGO_BYTES / 1024
            ));
        }
        let media_type = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            "image/png"
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            "image/jpeg"
        } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            "image/webp"
        } else if let Ok(text) = std::str::from_utf8(bytes)
            && text.contains("<svg")
        {
            // An image element never runs an SVG's scripts; a logo with scripts or outside
            // references is refused anyway, so the file says what it shows.
            let lower = text.to_ascii_lowercase();
            if lower.contains("<script") || lower.contains("<foreignobject") {
                return Err("Das SVG-Logo enthält Skripte oder eingebettetes HTML; erlaubt sind nur Grafiken.".into());
            }
            if lower.contains("href=\"http") || lower.contains("href='http") {
                return Err(
                    "Das SVG-Logo lädt Inhalte aus dem Netz; betten Sie sie in die Datei ein."
                        .into(),
                );
            }
            "image/svg+xml"
        } else {
            return Err("Das Logo ist keine SVG-, PNG-, JPEG- oder WebP-Datei.".into());
        };
        Ok(Self {
            media_type: media_type.into(),
            base64: base64(bytes),
        })
    }
}

#[cfg(not(target_arch = "wasm32"))] // checked when the profile is read, natively
/// Checks an accent colour: `#rrggbb`, dark enough for white text on it and for links on white.
pub fn check_accent(colour: &str) -> Result<(), String> {
    let rgb = parse_hex(colour)
        .ok_or_else(|| format!("„{colour}“ ist keine Farbe in der Form #rrggbb (etwa #0b5cad)."))?;
    let ratio = contrast(rgb, [255, 255, 255]);
    if ratio < MIN_CONTRAST {
        return Err(format!(
            "Die Farbe {colour} hat zu wenig Kontrast zu Weiß ({} : 1; nötig sind mindestens 4,5 : 1 nach WCAG 2.2, Kriterium 1.4.3), weil Schaltflächen weiße Schrift auf ihr und Verweise sie auf weißem Grund zeigen. Wählen Sie einen dunkleren Ton.",
            format!("{ratio:.2}").replace('.', ",")
        ));
    }
    Ok(())
}

/// `#rrggbb` as three bytes.
fn parse_hex(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

#[cfg(not(target_arch = "wasm32"))] // checked when the profile is read, natively
/// The contrast ratio of two colours (WCAG 2.2 relative luminance).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |c: [u8; 3]| {
        let channel = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(not(target_arch = "wasm32"))] // checked when the profile is read, natively
/// Standard Base64 with padding (RFC 4648).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn the_tint_is_light() {
        let look = Look {
            logo: None,
            accent: Some("#0b5cad".into()),
        };
        assert_eq!(look.accent_soft().as_deref(), Some("#e7eff7"));
        assert_eq!(Look::default().accent_soft(), None);
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast([255, 255, 255], [255, 255, 255]) - 1.0).abs() < 1e-9);
        // The generic build's own accent passes; a light yellow and a mid grey do not.
        assert_eq!(check_accent("#0b5cad"), Ok(()));
        let yellow = check_accent("#ffcc00").unwrap_err();
        assert!(yellow.contains("1,"), "{yellow}");
        assert!(check_accent("#949494").is_err());
        assert!(check_accent("#767676").is_ok(), "4.54 : 1 passes");
        assert!(check_accent("blau").unwrap_err().contains("#rrggbb"));
        assert!(check_accent("#12345").is_err());
    }

    #[test]
    fn the_first_views_stylesheet_holds_only_a_checked_colour() {
        let look = |accent: Option<&str>| Look {
            logo: None,
            accent: accent.map(str::to_owned),
        };
        assert_eq!(look(None).stylesheet(), None);
        assert_eq!(
            look(Some("#1f5f8b")).stylesheet().as_deref(),
            Some(":root { --accent: #1f5f8b; --accent-soft: #e9eff4; }\n")
        );
        // A value that is not a colour never reaches the page's CSS.
        for bad in [
            "red",
            "#1f5f8b; } body { display: none",
            "#12345",
            "</style>",
        ] {
            assert_eq!(look(Some(bad)).stylesheet(), None, "{bad}");
        }
    }

    #[test]
    fn logos_are_recognised_by_content_and_kept_small_and_inert() {
        let svg =
            Logo::from_bytes(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>").unwrap();
        assert_eq!(svg.media_type, "image/svg+xml");
        assert!(
            svg.data_uri()
                .starts_with("data:image/svg+xml;base64,PHN2Zy")
        );
        let png = Logo::from_bytes(b"\x89PNG\r\n\x1a\n....").unwrap();
        assert_eq!(png.media_type, "image/png");
        assert!(Logo::from_bytes(b"<svg><script>alert(1)</script></svg>").is_err());
        assert!(
            Logo::from_bytes(b"<svg><image href=\"https://example.com/x.png\"/></svg>").is_err()
        );
        assert!(
            Logo::from_bytes(b"GIF89a")
                .unwrap_err()
                .contains("keine SVG")
        );
        let big = vec![b' '; MAX_LOGO_BYTES + 1];
        assert!(
            Logo::from_bytes(&big)
                .unwrap_err()
                .contains("höchstens 64 KB")
        );
    }
}
