// Screenshots of each main screen (screens.mjs entries marked `main`), in
// Japanese and English, 390 px (phone) and 1280 px (desktop) wide, with the
// sample document and the clock fixed to its date, so the pictures only
// change when the app does. Written to tests/e2e/screenshots/ for reviewers; the
// committed ones are what the README links.
import { strict as assert } from 'node:assert';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, guard, setUp } from './harness.mjs';
import { SCREENS, openScreen, screenContext } from './screens.mjs';

const SHOTS = join(ROOT, 'tests/e2e/screenshots');

const { browser, url } = await setUp();
mkdirSync(SHOTS, { recursive: true });

/**
 * What the picture must show, checked before it is taken: the app (not the
 * loading shell, not the crash screen) in the asked language, with a main
 * heading, a main area with text, and nothing wider than the window.
 */
async function assertShowsTheApp(page, lang, what) {
  const seen = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    heading: document.querySelector('main h1, #main h1')?.textContent.trim() ?? '',
    mainText: document.querySelector('#main')?.innerText.trim().length ?? 0,
    loading: !!document.querySelector('.shell-loading'),
    crashed: !!document.querySelector('.panic-screen'),
    wider: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth,
  }));
  assert.equal(seen.lang, lang, `${what}: the page is in ${lang}`);
  assert.ok(seen.heading.length > 0, `${what}: a main heading`);
  assert.ok(seen.mainText > 40, `${what}: the main area has content`);
  assert.ok(!seen.loading, `${what}: the app has started (no loading shell)`);
  assert.ok(!seen.crashed, `${what}: not the crash screen`);
  assert.ok(seen.wider <= 0, `${what}: nothing wider than the window (${seen.wider} px)`);
}

for (const lang of ['ja', 'en']) {
  for (const width of [390, 1280]) {
    test(`screenshots (${lang}, ${width} px)`, async () => {
      const { context, ids, origin } = await screenContext(browser, url, {
        lang, data: 'sample', viewport: { width, height: width < 600 ? 844 : 900 },
      });
      const watcher = guard(context, origin);
      for (const screen of SCREENS.filter((s) => s.main)) {
        const page = await openScreen(context, url, screen, ids);
        const file = join(SHOTS, `${lang}-${width}-${screen.name}.png`);
        // List rows out of view are not drawn (`content-visibility: auto`),
        // and a full-page picture sometimes left the lower ones blank: draw
        // every row for the picture, and make the viewport as tall as the page.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('*')) {
            if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
          }
        });
        for (let i = 0; i < 3; i++) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({ width, height });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        }
        await assertShowsTheApp(page, lang, `${screen.name} (${lang}, ${width} px)`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
        assert.ok(statSync(file).size > 5_000, `${file} has content`);
        await page.close();
      }
      watcher.assertClean();
      await context.close();
    });
  }
  // The first visit, with nothing stored yet: what a new user sees first.
  test(`screenshot of the first visit (${lang}, 390 px)`, async () => {
    const { context, ids, origin } = await screenContext(browser, url, {
      lang, data: 'empty', viewport: { width: 390, height: 844 },
    });
    const watcher = guard(context, origin);
    const page = await openScreen(context, url, { route: '#/' }, ids);
    const file = join(SHOTS, `${lang}-390-first-visit.png`);
    await assertShowsTheApp(page, lang, `first visit (${lang})`);
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    assert.ok(statSync(file).size > 5_000, `${file} has content`);
    watcher.assertClean();
    await context.close();
  });
}
