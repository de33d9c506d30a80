// Renders the PNG icons from their SVG sources in headless Chromium, once;
// the PNGs are committed, so builds never run this. Run it again after
// changing an SVG source:
//
//   node scripts/make-icons.mjs      (needs tests/e2e's npm packages: cd tests/e2e && npm ci)
//
// - icon-192.png, icon-512.png: static/icons/icon.svg (rounded square, transparent corners)
// - icon-maskable-512.png: scripts/icons/icon-maskable.svg (full bleed, art in the safe zone)
// - apple-touch-icon.png (180 px): the maskable source, opaque, as iOS rounds the corners itself
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');

const OUT = join(ROOT, 'static/icons');
const ANY = readFileSync(join(ROOT, 'static/icons/icon.svg'), 'utf8');
const MASKABLE = readFileSync(join(ROOT, 'scripts/icons/icon-maskable.svg'), 'utf8');

const jobs = [
  { svg: ANY, size: 192, file: 'icon-192.png', transparent: true },
  { svg: ANY, size: 512, file: 'icon-512.png', transparent: true },
  { svg: MASKABLE, size: 512, file: 'icon-maskable-512.png', transparent: false },
  { svg: MASKABLE, size: 180, file: 'apple-touch-icon.png', transparent: false },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const { svg, size, file, transparent } of jobs) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block}</style></head><body>${sized}</body></html>`,
    );
    await page.screenshot({ path: join(OUT, file), omitBackground: transparent, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote static/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
