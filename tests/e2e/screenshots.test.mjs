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
        // List rows out of view are not drawn (`content-visibility: auto`):
        // make the viewport as tall as the page so every row is in the picture.
        for (let i = 0; i < 3; i++) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({ width, height });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        }
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
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    assert.ok(statSync(file).size > 5_000, `${file} has content`);
    watcher.assertClean();
    await context.close();
  });
}
