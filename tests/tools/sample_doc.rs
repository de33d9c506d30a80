//! Prints a generated document as JSON, for loading a large data set into
//! the app by hand or from the benchmark:
//! `cargo run --example sample_doc -- 1000 5000 3000 42 2026-11-23 > doc.json`
//! (people, interactions, actions, seed, today; all optional).
//! `cargo run --example sample_doc -- persona ja 2026-11-23` prints the
//! sample user's document instead (see `domain::persona`).

use tsunagari::domain::document::encode;
use tsunagari::domain::i18n::Lang;
use tsunagari::domain::persona::persona;
use tsunagari::domain::sample::generate;
use tsunagari::domain::schedule::parse_input_date;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("persona") {
        let lang = if args.get(1).map(String::as_str) == Some("en") {
            Lang::En
        } else {
            Lang::Ja
        };
        let today = args
            .get(2)
            .and_then(|s| parse_input_date(s))
            .unwrap_or_else(|| parse_input_date("2026-11-23").expect("valid date"));
        println!("{}", encode(&persona(lang, today)));
        return;
    }
    let num =
        |i: usize, default: usize| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(default);
    let today = args
        .get(4)
        .and_then(|s| parse_input_date(s))
        .unwrap_or_else(|| parse_input_date("2026-11-23").expect("valid date"));
    let doc = generate(
        num(0, 1_000),
        num(1, 5_000),
        num(2, 3_000),
        num(3, 42) as u64,
        today,
    );
    println!("{}", encode(&doc));
}
