// The benchmark behind scripts/bench. See that file for what it measures.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer } from './static-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
// BENCH_DIST: measure another build (e.g. one keeping function names for profiling).
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const TOOLS = join(ROOT, 'scripts/bench-tools/node_modules');
const { chromium } = await import(join(TOOLS, 'playwright-core/index.mjs'));
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 5 : 20;
const TODAY = '2026-11-23';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const BUDGET = {
  firstLoadGzip: 200 * 1024,
  interactionMs: 16,
  saveMs: 10,
  exportMs: 50,
  importMs: 100,
  startMs: 300,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 },
  lcpMs: 2000,
};
const broken = [];
const check = (ok, what) => { if (!ok) broken.push(what); return ok ? 'ok' : 'OVER'; };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN; };
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

// ── Bundle sizes ──────────────────────────────────────────────────────────
const files = readdirSync(DIST).filter((f) => /^(index\.html|.*\.(js|wasm|css))$/.test(f) && f !== 'sw.js');
const sizes = files.map((f) => {
  const body = readFileSync(join(DIST, f));
  return {
    file: f,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log('\nFirst-load transfer (index.html + JS + WASM + CSS)');
console.log('| file | raw | gzip | brotli |\n| --- | ---: | ---: | ---: |');
for (const s of sizes) console.log(`| ${s.file.replace(/-[0-9a-f]{10,16}/, '-<hash>')} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
console.log(`| **total** | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} |`);
console.log(`budget: gzip ≤ ${kb(BUDGET.firstLoadGzip)} → ${check(total.gzip <= BUDGET.firstLoadGzip, `first-load gzip ${kb(total.gzip)}`)}`);

// ── Data sets ─────────────────────────────────────────────────────────────
const generate = (people, interactions, actions) =>
  execFileSync(join(ROOT, 'target/release/examples/sample_doc'), [people, interactions, actions, 42, TODAY].map(String), {
    maxBuffer: 256 * 1024 * 1024,
  }).toString('utf8');
const SETS = [
  { name: '0 people', doc: null },
  { name: '100 people', doc: generate(100, 500, 300) },
  { name: '1,000 people', doc: generate(1000, 5000, 3000) },
];

// Storage cost per item (UTF-16 code units, which is what the quota counts).
const base = generate(0, 0, 0).length;
const perPerson = (generate(1000, 0, 0).length - base) / 1000;
const perInteraction = (generate(1000, 5000, 0).length - generate(1000, 0, 0).length) / 5000;
const perAction = (generate(0, 0, 3000).length - base) / 3000;
const tenThousand = generate(10000, 0, 0).length;
console.log('\nStored size (UTF-16 code units; localStorage allows about 5,000,000)');
console.log(`per person ${perPerson.toFixed(0)}, per interaction ${perInteraction.toFixed(0)}, per action ${perAction.toFixed(0)}; ` +
  `10,000 people: ${(tenThousand / 1e6).toFixed(2)} M → ${check(tenThousand < 5e6, '10,000 people do not fit in 5 MB')}`);

// ── Browser measurements ──────────────────────────────────────────────────
const { server, url } = await startServer({ dir: DIST });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });

/** Times `action` (run in the page) from its start to the first DOM mutation under main, in ms. */
async function timed(page, action, arg) {
  return page.evaluate(async ([source, arg]) => {
    const run = new Function('arg', `return (${source})(arg)`);
    const main = document.querySelector('main') ?? document.body;
    const done = new Promise((resolve) => {
      const mo = new MutationObserver(() => { mo.disconnect(); resolve(performance.now()); });
      mo.observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => { mo.disconnect(); resolve(NaN); }, 5000);
    });
    const t0 = performance.now();
    run(arg);
    return (await done) - t0;
  }, [action.toString(), arg]);
}
/** Waits for the next autosave after `before` (a measure's start time) and returns its duration. */
const saveStart = (page) =>
  page.evaluate(() => performance.getEntriesByName('tsunagari:save').at(-1)?.startTime ?? -1);
async function nextSave(page, before) {
  await page.waitForFunction((t) => (performance.getEntriesByName('tsunagari:save').at(-1)?.startTime ?? -1) !== t, before);
  return lastMeasure(page, 'tsunagari:save');
}
const lastMeasure = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

async function openWith(doc, hash = '#/') {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 412, height: 823 } });
  // Notes when the app has rendered (its footer exists) on every load.
  await context.addInitScript(() => {
    const mo = new MutationObserver(() => {
      if (document.querySelector('.site-footer')) {
        window.__appRendered = performance.now();
        mo.disconnect();
      }
    });
    mo.observe(document, { subtree: true, childList: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.site-footer');
  await page.evaluate((d) => { localStorage.clear(); if (d) localStorage.setItem('tsunagari.doc', d); }, doc);
  await page.goto(`${url}${hash}`);
  await page.reload();
  await page.waitForSelector('.site-footer');
  return { context, page };
}

const rows = [];
const row = (set, what, xs, budget) => {
  const m = median(xs);
  const verdict = budget === undefined ? '' : (QUICK ? (m <= budget ? 'ok' : 'over (quick mode: not failing)') : check(m <= budget, `${what} with ${set}: median ${ms(m)}`));
  rows.push(`| ${set} | ${what} | ${ms(m)} | ${ms(p95(xs))} | ${budget === undefined ? '' : `≤ ${budget} ms ${verdict}`} |`);
};

for (const set of SETS) {
  // App start: from the wasm's arrival to the app in the DOM.
  const starts = [];
  const { context, page } = await openWith(set.doc);
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.waitForSelector('.site-footer');
    starts.push(await page.evaluate(() => {
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return wasm && window.__appRendered ? window.__appRendered - wasm.responseEnd : NaN;
    }));
  }
  row(set.name, 'app start (wasm arrived → app rendered)', starts, BUDGET.startMs);

  // Switch a view.
  const switches = [];
  for (let i = 0; i < RUNS; i++) {
    switches.push(await timed(page, (i) => document.querySelector(`nav a[href="${i % 2 ? '#/plan' : '#/people'}"]`).click(), i));
  }
  row(set.name, 'switch a view (nav click)', switches, BUDGET.interactionMs);

  if (set.doc) {
    // Type in the people search.
    await page.goto(`${url}#/people`);
    await page.waitForSelector('#people-search');
    const typing = [];
    for (let i = 0; i < RUNS; i++) {
      typing.push(await timed(page, (i) => {
        const input = document.querySelector('#people-search');
        input.value = i % 2 ? '' : 'a';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, i));
    }
    row(set.name, 'type in people search', typing, BUDGET.interactionMs);

    // Open a person.
    const opens = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${url}#/people`);
      await page.waitForSelector('main a[href^="#/people/"]');
      opens.push(await timed(page, (i) => document.querySelectorAll('main a[href^="#/people/0"], main a[href^="#/people/"]')[i % 5].click(), i));
    }
    row(set.name, 'open a person', opens, BUDGET.interactionMs);

    // Log an interaction; the autosave it schedules runs shortly after and is timed on its own.
    await page.waitForSelector('#log-save');
    const logs = [];
    const saves = [];
    for (let i = 0; i < RUNS; i++) {
      const before = await saveStart(page);
      logs.push(await timed(page, () => document.querySelector('#log-save').click()));
      saves.push(await nextSave(page, before));
    }
    row(set.name, 'log an interaction', logs, BUDGET.interactionMs);

    // Complete an action.
    await page.goto(`${url}#/plan`);
    await page.waitForSelector('.action-done');
    const completes = [];
    for (let i = 0; i < RUNS; i++) {
      const before = await saveStart(page);
      completes.push(await timed(page, () => document.querySelector('.action-done').click()));
      saves.push(await nextSave(page, before));
    }
    row(set.name, 'complete an action', completes, BUDGET.interactionMs);
    row(set.name, 'autosave (serialize + write)', saves, BUDGET.saveMs);

    // Export (the download is built synchronously inside the click).
    await page.goto(`${url}#/settings`);
    await page.waitForSelector('.export-button');
    const exports = [];
    for (let i = 0; i < Math.min(RUNS, 10); i++) {
      const download = page.waitForEvent('download');
      exports.push(await page.evaluate(() => {
        const t0 = performance.now();
        document.querySelector('.export-button').click();
        return performance.now() - t0;
      }));
      await (await download).cancel();
    }
    row(set.name, 'export (JSON file)', exports, BUDGET.exportMs);
  }
  await context.close();
}
// Import and validation of a plan file of about 1 MB, exported by the app itself.
{
  const { context, page } = await openWith(generate(500, 2500, 1500), '#/files');
  await page.waitForSelector('#export-json');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const file = await download.path();
  const size = readFileSync(file).length;
  const imports = [];
  for (let i = 0; i < Math.min(RUNS, 10); i++) {
    await page.setInputFiles('#import-file', file);
    await page.waitForSelector('#import-preview-h');
    imports.push(await lastMeasure(page, 'tsunagari:import'));
    await page.click('#import-cancel');
    await page.waitForSelector('#import-preview-h', { state: 'detached' });
  }
  row(`${(size / 1e6).toFixed(2)} MB file`, 'import and validation', imports, BUDGET.importMs);
  await context.close();
}

console.log('\nTimings (Chromium, headless; median and p95 of repeated runs)');
console.log('| data | measurement | median | p95 | budget |\n| --- | --- | ---: | ---: | --- |');
rows.forEach((r) => console.log(r));

// ── Lighthouse ────────────────────────────────────────────────────────────
if (!QUICK) {
  const { default: lighthouse } = await import(join(TOOLS, 'lighthouse/core/index.js'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const lhBrowser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...ARGS, `--remote-debugging-port=${port}`] });
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  await lhBrowser.close();
  const cats = result.lhr.categories;
  const lcp = result.lhr.audits['largest-contentful-paint'].numericValue;
  console.log('\nLighthouse (mobile, default simulated throttling)');
  console.log('| category | score | budget |\n| --- | ---: | --- |');
  for (const [k, min] of Object.entries(BUDGET.lighthouse)) {
    const score = Math.round(cats[k].score * 100);
    console.log(`| ${k} | ${score} | ≥ ${min} ${check(score >= min, `Lighthouse ${k} ${score}`)} |`);
  }
  console.log(`| LCP | ${(lcp / 1000).toFixed(2)} s | < ${BUDGET.lcpMs / 1000} s ${check(lcp < BUDGET.lcpMs, `LCP ${lcp} ms`)} |`);
}

await browser.close();
server.close();
if (broken.length) {
  console.log(`\nBudgets broken:\n- ${broken.join('\n- ')}`);
  process.exit(QUICK ? 0 : 1);
}
console.log('\nAll budgets hold.');
