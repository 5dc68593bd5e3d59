//! The ZIP container of a .docx: stored entries (no compression), CRC-32, local headers, the
//! central directory and the end record, with one fixed timestamp so that the same parts give
//! the same bytes.
//!
//! Compression would make the file smaller but not the download of the app, which is what
//! counts here: a deflate encoder is code in the bundle, a stored agreement is a few hundred
//! kilobytes on the customer's disk.

/// The DOS date of every entry: 1980-01-01, the earliest a ZIP can say (bits: year since
/// 1980, month, day). The time is 00:00.
const DOS_DATE: u16 = (1 << 5) | 1;

/// The CRC-32 table (IEEE 802.3, reflected polynomial 0xEDB88320), built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

/// The CRC-32 of `bytes`, as ZIP (and PNG, gzip) use it.
pub(super) fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc = CRC_TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

fn u16_le(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn u32_le(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// A ZIP archive of `entries` (name, content) in the order given, every entry stored.
///
/// Names are ASCII paths with `/`; sizes stay far below the 4 GiB a ZIP without the ZIP64
/// extension can hold (an agreement is at most a few megabytes; the engine's limits bound
/// it). Lengths beyond that saturate rather than wrap, which a reader reports as damage.
pub(super) fn stored(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let total: usize = entries
        .iter()
        .map(|(n, d)| 76 + 2 * n.len() + d.len())
        .sum();
    let mut out = Vec::with_capacity(total + 22);
    let mut central = Vec::new();
    let size32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let size16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    for (name, data) in entries {
        let offset = size32(out.len());
        let crc = crc32(data);
        // Local file header.
        u32_le(&mut out, 0x0403_4B50);
        let common = |buf: &mut Vec<u8>| {
            u16_le(buf, 20); // version needed to extract: 2.0
            u16_le(buf, 0); // flags
            u16_le(buf, 0); // method: stored
            u16_le(buf, 0); // time 00:00:00
            u16_le(buf, DOS_DATE);
            u32_le(buf, crc);
            u32_le(buf, size32(data.len())); // compressed size
            u32_le(buf, size32(data.len())); // uncompressed size
            u16_le(buf, size16(name.len()));
            u16_le(buf, 0); // extra field length
        };
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        // Its central directory header.
        u32_le(&mut central, 0x0201_4B50);
        u16_le(&mut central, 20); // version made by: 2.0, MS-DOS attributes
        common(&mut central);
        u16_le(&mut central, 0); // comment length
        u16_le(&mut central, 0); // disk number start
        u16_le(&mut central, 0); // internal attributes
        u32_le(&mut central, 0); // external attributes
        u32_le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = size32(out.len());
    let central_size = size32(central.len());
    out.extend_from_slice(&central);
    // End of central directory record.
    u32_le(&mut out, 0x0605_4B50);
    u16_le(&mut out, 0); // this disk
    u16_le(&mut out, 0); // disk of the central directory
    u16_le(&mut out, size16(entries.len()));
    u16_le(&mut out, size16(entries.len()));
    u32_le(&mut out, central_size);
    u32_le(&mut out, central_offset);
    u16_le(&mut out, 0); // comment length
    out
}

#[cfg(test)]
mod tests {
    use super::{crc32, stored};

    #[test]
    fn crc32_matches_the_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    fn u32_at(bytes: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
    }

    fn u16_at(bytes: &[u8], at: usize) -> u16 {
        u16::from_le_bytes(bytes[at..at + 2].try_into().unwrap())
    }

    #[test]
    fn headers_directory_and_end_record_agree() {
        let zip = stored(&[("a.txt", b"hallo"), ("b/c.xml", b"<x/>")]);
        // First local header, its name and data.
        assert_eq!(u32_at(&zip, 0), 0x0403_4B50);
        assert_eq!(u32_at(&zip, 14), crc32(b"hallo"));
        assert_eq!(u32_at(&zip, 18), 5);
        assert_eq!(&zip[30..35], b"a.txt");
        assert_eq!(&zip[35..40], b"hallo");
        // Second local header follows directly.
        assert_eq!(u32_at(&zip, 40), 0x0403_4B50);
        // End record: two entries, the directory where it says.
        let end = zip.len() - 22;
        assert_eq!(u32_at(&zip, end), 0x0605_4B50);
        assert_eq!(u16_at(&zip, end + 10), 2);
        let (size, offset) = (
            u32_at(&zip, end + 12) as usize,
            u32_at(&zip, end + 16) as usize,
        );
        assert_eq!(offset + size, end);
        assert_eq!(u32_at(&zip, offset), 0x0201_4B50);
        assert_eq!(
            u32_at(&zip, offset + 42),
            0,
            "first entry's local header offset"
        );
        let second = offset + 46 + "a.txt".len();
        assert_eq!(u32_at(&zip, second), 0x0201_4B50);
        assert_eq!(u32_at(&zip, second + 42), 40);
        assert_eq!(&zip[second + 46..second + 53], b"b/c.xml");
    }

    #[test]
    fn the_same_entries_give_the_same_bytes() {
        let entries: [(&str, &[u8]); 1] = [("x", b"y")];
        assert_eq!(stored(&entries), stored(&entries));
    }
}
