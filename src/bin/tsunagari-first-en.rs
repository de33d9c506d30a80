//! Entry point of the English first-visit module: the same library built
//! with `--no-default-features --features first-en` (index.html's third rust
//! link), so without the screens a first visit does not use and without the
//! Japanese text. See src/first_visit.rs; `tsunagari-first` is the Japanese one.

fn main() {
    tsunagari::start();
}
