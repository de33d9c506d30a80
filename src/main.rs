//! Binary entry point that Trunk builds; everything lives in the library.

fn main() {
    tsunagari::start();
}
