//! Entry point of the Japanese first-visit module: the same library built
//! with `--no-default-features --features first-ja` (index.html's second rust
//! link), so without the screens a first visit does not use and without the
//! English text. See src/first_visit.rs; `tsunagari-first-en` is the English one.

fn main() {
    tsunagari::start();
}
