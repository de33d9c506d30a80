// Trunk post_build hook: finishes the staged build in $TRUNK_STAGING_DIR.
// - Writes the app loader (Trunk's injection is off): a module script that
//   chooses the first-visit module or the full app, waits until the browser
//   reports the static shell's first paint, then imports that module's
//   wasm-bindgen glue and starts it. So the first paint never competes with
//   the wasm download, and the shell is the largest paint.
// - The CSP in index.html allows scripts only from 'self', so this puts the
//   SHA-256 of each inline script (the head script and this loader) into the
//   CSP in place of __TRUNK_INLINE_SCRIPT_HASHES__.
// - The service worker (sw.js) precaches the app shell: this writes the list of
//   every file of the build (paths relative to dist/, so the app works under
//   any sub-path) and a version derived from their names and contents into it.
//   A new build with any change gets a new version, so a byte-different sw.js,
//   so browsers install it and the page offers the update.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const names = readdirSync(dir);
const glue = names.find((f) => /^tsunagari-[0-9a-f]+\.js$/.test(f));
const wasm = names.find((f) => /^tsunagari-[0-9a-f]+_bg\.wasm$/.test(f));
if (!glue || !wasm || !html.includes('</body>')) {
  console.error('postbuild: cannot find the wasm-bindgen glue, the wasm or </body>');
  process.exit(1);
}
// The first-visit modules, Japanese and English (index.html's second and
// third rust links, built as Trunk "workers" only because Trunk allows one
// main app): Trunk leaves their names unhashed, so they get a content hash
// here, as every other asset has.
const firstModule = (bin) => {
  const module = {};
  for (const [kind, name] of [['glue', `${bin}.js`], ['wasm', `${bin}_bg.wasm`]]) {
    if (!names.includes(name)) {
      console.error(`postbuild: the first-visit module's ${name} is missing`);
      process.exit(1);
    }
    const hash = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex').slice(0, 16);
    module[kind] = name.replace(/(_bg)?\.(js|wasm)$/, `-${hash}$1.$2`);
    renameSync(join(dir, name), join(dir, module[kind]));
  }
  return module;
};
const firstJa = firstModule('tsunagari-first');
const firstEn = firstModule('tsunagari-first-en');
// Which module starts: a small first-visit one (in the language the app
// will use) only for a first visit
// (nothing of the app stored, a screen it has, not the installed app, which
// receives files and shares, no changes carried over from a first-visit page
// that found another tab's save: tsunagari.carried, src/storage.rs); else the
// full app. The small one reloads the page after saving when the visitor goes
// to a screen it lacks, and this then starts the full one (src/first_visit.rs).
// The first-visit module's language is the one the script in <head> chose
// (<html lang>). Every start claims tsunagari.home (src/storage.rs); it holds
// no data, so it does not count. No comments inside the loader: it is page text, which the
// layout e2e reads for English words on Japanese screens. The wasm is
// fetched alongside the glue, not after it: one round trip less before the
// app starts (the glue accepts a promised Response or module). A first-visit
// module is compiled whole once it has arrived (WebAssembly.compile) rather
// than while it streams in: streaming compilation finished, and at times
// validated, the module on the main thread in the task that then starts the
// app (up to 20 ms on the build machine); compiled whole, that work stays off
// the main thread (ui::mount keeps the start's other tasks short). The full
// app keeps streaming: only streamed modules get the browser's cache of
// compiled code, which returning visitors' starts use.
const loader = `<script type="module">
const pick = () => {
  try {
    if (matchMedia('(display-mode: standalone)').matches || navigator.standalone) return 0;
    if (sessionStorage.getItem('tsunagari.carried') !== null) return 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith('tsunagari.') && key !== 'tsunagari.home') return 0;
    }
    if (!/^(#\\/?|#\\/assessment|#\\/results)?$/.test(location.hash)) return 0;
    return document.documentElement.lang === 'en' ? 2 : 1;
  } catch (e) {
    return 0;
  }
};
const first = pick();
const [js, wasm] = [['./${glue}', './${wasm}'], ['./${firstJa.glue}', './${firstJa.wasm}'], ['./${firstEn.glue}', './${firstEn.wasm}']][first];
const whole = (r) => (r.ok ? r.arrayBuffer().then((b) => WebAssembly.compile(b)) : Promise.reject(new Error(wasm + ': ' + r.status)));
const start = () => {
  const response = fetch(wasm);
  const module = first ? response.then(whole) : response;
  return import(js).then((app) => app.default({ module_or_path: module }));
};
let frames = 0;
const waitForPaint = () =>
  performance.getEntriesByName('first-contentful-paint').length > 0 || ++frames > 12
    ? start()
    : requestAnimationFrame(waitForPaint);
requestAnimationFrame(waitForPaint);
</script>
`;
html = html.replace('</body>', `${loader}</body>`);

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (!html.includes('__TRUNK_INLINE_SCRIPT_HASHES__')) {
  console.error('postbuild: CSP placeholder missing from index.html');
  process.exit(1);
}
html = html.replace('__TRUNK_INLINE_SCRIPT_HASHES__', hashes.join(' '));
writeFileSync(indexPath, html);
console.log(`postbuild: CSP allows ${hashes.length} inline script(s) by hash`);

// Every file of the build except the worker itself and dot-files, sorted so
// the version does not depend on directory order.
function walk(root, sub = root) {
  return readdirSync(sub, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const full = join(sub, e.name);
    if (e.isDirectory()) return walk(root, full);
    return e.isFile() ? [relative(root, full).split(sep).join('/')] : [];
  });
}
const files = walk(dir)
  .filter((f) => f !== 'sw.js')
  .sort();
let bytes = 0;
const version = createHash('sha256');
for (const f of files) {
  const body = readFileSync(join(dir, f));
  bytes += body.length;
  version.update(`${f}\0${createHash('sha256').update(body).digest('hex')}\n`);
}
const build = { version: version.digest('hex').slice(0, 16), files };
for (const must of ['index.html', 'manifest.webmanifest']) {
  if (!files.includes(must)) {
    console.error(`postbuild: ${must} is missing from the build`);
    process.exit(1);
  }
}
if (!files.some((f) => f.endsWith('.wasm')) || !files.some((f) => f.endsWith('.js'))) {
  console.error('postbuild: the build has no .wasm or .js file to precache');
  process.exit(1);
}

const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8');
const marker = /^const BUILD = null; \/\/ __TSUNAGARI_BUILD__.*$/m;
if (!marker.test(sw)) {
  console.error('postbuild: the BUILD marker line is missing from sw.js');
  process.exit(1);
}
writeFileSync(swPath, sw.replace(marker, () => `const BUILD = ${JSON.stringify(build)};`));
console.log(
  `postbuild: service worker ${build.version} precaches ${files.length} files, ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`,
);
