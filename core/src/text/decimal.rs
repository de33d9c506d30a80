//! Numbers with one decimal place (SVG coordinates, sizes in KB) written
//! with integer code: Rust's float formatting machinery (`{:.1}`) adds
//! about 12 KB to the wasm for what is a rounding and a division here.

/// `x` rounded to one decimal place, as `format!("{x:.1}")` writes it
/// ("160.0", "25.8", "-3.5"), for finite values within ±9e17.
pub fn one_place(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// `bytes` in KB (1,024 bytes) with one decimal place: "12.3 KB" is
/// `format!("{:.1} KB", bytes as f64 / 1024.0)` up to rounding of ties.
pub fn kilobytes(bytes: u64) -> String {
    let tenths = (bytes * 10 + 512) / 1024;
    format!("{}.{} KB", tenths / 10, tenths % 10)
}

/// `bytes` in MB (1,048,576 bytes) with one decimal place, no unit: "4.8"
/// is `format!("{:.1}", bytes as f64 / 1048576.0)` up to rounding of ties.
pub fn megabytes(bytes: u64) -> String {
    let tenths = (bytes * 10 + (1 << 19)) >> 20;
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_float_formatting_writes() {
        for x in [
            0.0, 160.0, 25.84, 25.86, 294.3, 9.95e3, -3.5, 1.05, 0.25, 271.999,
        ] {
            let ours = one_place(x);
            let std = format!("{x:.1}");
            // Ties may round the other way; anything else must be identical.
            let tie = ((x * 10.0).fract().abs() - 0.5).abs() < 1e-9;
            assert!(ours == std || tie, "{x}: {ours} vs {std}");
        }
        // Unlike `{:.1}` ("-0.0"), a value that rounds to zero has no sign.
        assert_eq!(one_place(-0.04), "0.0");
    }

    #[test]
    fn kilobytes_like_the_float_version() {
        for bytes in [0u64, 1, 51, 52, 1023, 1024, 12_345, 4_999_999] {
            assert_eq!(
                kilobytes(bytes),
                format!("{:.1} KB", bytes as f64 / 1024.0),
                "{bytes}"
            );
        }
        for bytes in [
            0u64,
            1,
            52_428,
            104_857,
            5 * 1024 * 1024,
            7_654_321,
            64 << 20,
        ] {
            assert_eq!(
                megabytes(bytes),
                format!("{:.1}", bytes as f64 / 1_048_576.0),
                "{bytes}"
            );
        }
    }
}
