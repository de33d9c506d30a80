//! Entry point of the first-visit module: the same library built with
//! `--no-default-features` (index.html's second rust link), so without the
//! screens a first visit does not use. See src/first_visit.rs.

fn main() {
    tsunagari::start();
}
