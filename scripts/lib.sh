# Shared by scripts/serve, scripts/test and scripts/bench: puts the project's
# tools on PATH and installs whichever are missing. Safe to run again: every
# step checks first, so a warm machine spends no time here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/scripts/node_modules/.bin:$PATH"
TRUNK_VERSION="0.21.14"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen version the lockfile pins; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

npm_ci_if_needed() { # dir
  local dir="$1"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
    ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.lock-copy"; then
    log "npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$dir/node_modules/.lock-copy"
  fi
}

ensure_build_tools() {
  command -v cargo >/dev/null || { echo "cargo (rustup) is required" >&2; exit 1; }
  command -v node >/dev/null || { echo "node and npm are required" >&2; exit 1; }
  if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! trunk --version 2>/dev/null | grep "$TRUNK_VERSION" >/dev/null; then
    log "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  local wbv
  wbv="$(wasm_bindgen_version)"
  if ! wasm-bindgen --version 2>/dev/null | grep " $wbv\$\| $wbv " >/dev/null; then
    # Not --locked: one of its locked dependency versions is gone from the registry.
    log "installing wasm-bindgen-cli $wbv (about 5 minutes, once)"
    cargo install wasm-bindgen-cli --version "=$wbv" --force
  fi
  npm_ci_if_needed "$ROOT/scripts"
}

ensure_test_tools() {
  for c in clippy rustfmt; do
    rustup component list --installed | grep "^$c" >/dev/null || rustup component add "$c"
  done
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! fc-list 2>/dev/null | grep -i "noto sans cjk" >/dev/null; then
    log "installing Debian chromium, chromium-driver and CJK fonts (for screenshots)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
  fi
  npm_ci_if_needed "$ROOT/tests/e2e"
}

# The other two engines for tests/e2e/engines: Firefox (Gecko, driven over
# WebDriver BiDi) and WebKitGTK's MiniBrowser through WebKitWebDriver, under
# Xvfb. Debian ships MiniBrowser inside libwebkit2gtk-4.1-0, which
# webkit2gtk-driver pulls in.
ensure_engine_tools() {
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null; then
    log "installing firefox-esr, webkit2gtk-driver and xvfb (the Gecko and WebKit engines)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb >/dev/null
  fi
  # No grep -q after a long listing under pipefail: it closes the pipe early,
  # dpkg dies of SIGPIPE and the check fails although MiniBrowser is there.
  if ! dpkg -L libwebkit2gtk-4.1-0 2>/dev/null | grep '/MiniBrowser$' >/dev/null; then
    echo "MiniBrowser is missing from libwebkit2gtk-4.1-0" >&2
    exit 1
  fi
  npm_ci_if_needed "$ROOT/tests/e2e"
}

# Benchmark-only tools: Lighthouse and playwright-core (npm), and twiggy (crates.io)
# for the table of where the wasm's bytes go.
TWIGGY_VERSION="0.8.0"
ensure_bench_tools() {
  npm_ci_if_needed "$ROOT/scripts/bench-tools"
  if ! twiggy --version 2>/dev/null | grep "$TWIGGY_VERSION" >/dev/null; then
    log "installing twiggy $TWIGGY_VERSION (about 3 minutes, once)"
    cargo install twiggy --version "$TWIGGY_VERSION" --locked
  fi
}

build_release() {
  log "trunk build --release"
  (cd "$ROOT" && trunk build --release)
}
