// Readable and usable layout on every screen and state of screens.mjs:
// no horizontal scrolling from 320 px wide and at 200 % zoom, touch targets
// of at least 44 × 44 px, a base font of at least 17 px with Japanese line
// height of at least 1.6, no English words left on Japanese screens, and no
// motion when the user asks for reduced motion.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { guard, setUp } from './harness.mjs';
import { SCREENS, STATES, hasData, openScreen, screenContext } from './screens.mjs';

const { browser, url } = await setUp();

const ENTRIES = [...SCREENS, ...STATES];

/** Opens every screen and state (sample data) and collects `check(page)`'s complaints. */
async function everyScreen(options, check) {
  const { context, ids, origin } = await screenContext(browser, url, { data: 'sample', ...options });
  const watcher = guard(context, origin);
  const problems = [];
  for (const entry of ENTRIES.filter((e) => hasData(e, 'sample'))) {
    const page = await openScreen(context, url, entry, ids);
    if (entry.run) await entry.run(page);
    for (const p of await check(page)) problems.push(`${entry.name}: ${p}`);
    await page.close();
  }
  watcher.assertClean((p) => /quota has been exceeded/i.test(p));
  await context.close();
  return problems;
}

const noHorizontalScroll = (page) => page.evaluate(() => {
  const root = document.scrollingElement;
  if (root.scrollWidth <= root.clientWidth) return [];
  const wide = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
    .filter((el) => !el.closest('.table-scroll'))
    .slice(0, 3)
    .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
  return [`scrolls sideways: ${root.scrollWidth}px content in ${root.clientWidth}px (${wide.join(', ')})`];
});

for (const lang of ['ja', 'en']) {
  test(`no horizontal scrolling at 320 px wide (${lang})`, async () => {
    const problems = await everyScreen({ lang, viewport: { width: 320, height: 640 } }, noHorizontalScroll);
    assert.deepEqual(problems, []);
  });
}

test('no horizontal scrolling at 200% zoom of a 1280 px window (ja)', async () => {
  // 200 % zoom of 1280 × 900 lays out exactly like 640 × 450 CSS px at scale 2.
  const problems = await everyScreen({ lang: 'ja', viewport: { width: 640, height: 450 } }, noHorizontalScroll);
  assert.deepEqual(problems, []);
});

test('touch targets are at least 44 × 44 px on a phone (ja and en)', async () => {
  const check = (page) => page.evaluate(() => {
    const small = [];
    const controls = document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]');
    for (const el of controls) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || el.closest('.visually-hidden')) continue;
      let r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // Links inside a sentence are exempt (WCAG 2.5.8): the line height of the text sets their size.
      if (el.tagName === 'A' && style.display === 'inline') {
        const block = el.parentElement;
        if (block && block.textContent.trim() !== el.textContent.trim()) continue;
      }
      // A checkbox or radio button is operated through its label as well: measure the label.
      if (el.type === 'checkbox' || el.type === 'radio') {
        const label = el.closest('label') ?? document.querySelector(`label[for="${el.id}"]`);
        if (label) r = label.getBoundingClientRect();
      }
      if (r.height < 43.5 || r.width < 43.5) {
        small.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}" is ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return small;
  });
  const problems = [
    ...await everyScreen({ lang: 'ja', viewport: { width: 390, height: 844 } }, check),
    ...await everyScreen({ lang: 'en', viewport: { width: 390, height: 844 } }, check),
  ];
  assert.deepEqual(problems, []);
});

test('base font of at least 17 px, line height of at least 1.6 for Japanese text', async () => {
  const problems = await everyScreen({ lang: 'ja' }, (page) => page.evaluate(() => {
    const out = [];
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    if (root < 17) out.push(`root font size ${root}px`);
    // Every element holding Japanese running text (not headings, which are short and bold).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !/[\u3040-\u30ff\u4e00-\u9fff]/.test(n.textContent)) continue;
      seen.add(el);
      if (el.closest('h1, h2, h3, svg, .visually-hidden, option, select, button, .button, .badge, .big-score')) continue;
      const s = getComputedStyle(el);
      const size = parseFloat(s.fontSize);
      const line = s.lineHeight === 'normal' ? 1.2 : parseFloat(s.lineHeight) / size;
      if (el.getClientRects().length === 0) continue;
      if (line < 1.6 - 0.01) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} line height ${line.toFixed(2)}`);
      if (size < 15) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} font size ${size}px`);
    }
    return out;
  }));
  assert.deepEqual([...new Set(problems)], []);
});

test('no English words left on Japanese screens', async () => {
  const ENGLISH = /\b(the|and|your|The|And|Your|Save|Cancel|Delete|Edit|Done|Next|Back|Add|Close|Later|Skip|Yes)\b/;
  const problems = await everyScreen({ lang: 'ja' }, (page) => page.evaluate((source) => {
    const english = new RegExp(source);
    const out = [];
    const inOtherLang = (el) => el.closest('[lang]')?.getAttribute('lang') !== 'ja';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && !inOtherLang(el) && english.test(n.textContent)) out.push(`text "${n.textContent.trim().slice(0, 60)}"`);
    }
    // What screen readers read without showing it.
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], title')) {
      if (inOtherLang(el)) continue;
      for (const v of ['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a)).concat(el.tagName === 'title' ? [el.textContent] : [])) {
        if (v && english.test(v)) out.push(`${el.tagName.toLowerCase()} "${v.slice(0, 60)}"`);
      }
    }
    return out;
  }, ENGLISH.source));
  assert.deepEqual(problems, []);
});

test('with reduced motion asked for, nothing moves', async () => {
  const problems = await everyScreen({ lang: 'ja', reducedMotion: 'reduce' }, (page) => page.evaluate(() => {
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) return ['the preference is not seen'];
    const moving = [];
    for (const el of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
      const s = getComputedStyle(el);
      const seconds = (v) => v.split(',').map((x) => parseFloat(x)).some((x) => x > 0.01);
      if (seconds(s.transitionDuration) || (s.animationName !== 'none' && seconds(s.animationDuration)) || s.scrollBehavior === 'smooth') {
        moving.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      }
    }
    return moving.slice(0, 5);
  }));
  assert.deepEqual(problems, []);
});
