// axe-core on every screen and every dialog-like state (confirm steps, form
// errors, notices, the update banner, the panic screen), in Japanese and
// English, light and dark, with a realistic document and with no data.
// Zero violations of WCAG 2.0/2.1/2.2 A and AA and of axe's best practices.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import { DIST, guard, openApp, setUp, waitForApp } from './harness.mjs';
import { SCREENS, STATES, hasData, openScreen, routeOf, screenContext } from './screens.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Rule sets: every WCAG 2.0, 2.1 and 2.2 A/AA rule, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const { browser, url } = await setUp();

/**
 * Runs axe on the page and returns its violations as readable lines. axe is
 * injected with `evaluate`, which the page's CSP does not apply to (the CSP
 * forbids inline scripts, so a <script> tag would be blocked, as it should).
 */
async function axeViolations(page, where) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`),
      }))),
    AXE_TAGS,
  );
  return violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`);
}

for (const lang of ['ja', 'en']) {
  for (const scheme of ['light', 'dark']) {
    for (const data of ['sample', 'empty']) {
      test(`axe: no violations on any screen or state (${lang}, ${scheme}, ${data} data)`, async () => {
        const { context, ids, origin } = await screenContext(browser, url, { lang, scheme, data });
        const watcher = guard(context, origin);
        const found = [];
        let checked = 0;
        for (const screen of SCREENS) {
          const page = await openScreen(context, url, screen, ids);
          assert.equal(await page.getAttribute('html', 'lang'), lang, `${screen.name}: <html lang>`);
          found.push(...await axeViolations(page, `${screen.name} ${routeOf(screen, ids)}`));
          checked++;
          await page.close();
        }
        for (const state of STATES.filter((s) => hasData(s, data))) {
          const page = await openScreen(context, url, state, ids);
          await state.run(page);
          found.push(...await axeViolations(page, state.name));
          checked++;
          await page.close();
        }
        assert.ok(checked >= SCREENS.length, 'every screen was checked');
        assert.deepEqual(found, [], `axe found violations:\n${found.join('\n')}`);
        // The simulated full quota is the one expected complaint.
        watcher.assertClean((p) => /quota has been exceeded/i.test(p));
        await context.close();
      });
    }
  }
}

test('axe: the update banner, in both languages and colour schemes', async () => {
  // A private copy of the build, so a new version can be "deployed" into it.
  const dir = mkdtempSync(join(tmpdir(), 'tsunagari-a11y-dist-'));
  cpSync(DIST, dir, { recursive: true });
  const { server: own, url: ownUrl } = await startServer({ dir });
  const { context, page, watcher } = await openApp(browser, ownUrl);
  try {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await page.reload();
      await waitForApp(page);
    }
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    const swPath = join(dir, 'sw.js');
    writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(/"version":"[^"]+"/, '"version":"a11y0next0build0"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForSelector('.notice-update', { timeout: 20_000 });
    const found = [];
    // The language switch is on "More".
    await page.locator('.main-nav a[href="#/more"]').click();
    await page.waitForSelector('.lang-switch');
    for (const lang of ['ja', 'en']) {
      if ((await page.getAttribute('html', 'lang')) !== lang) {
        await page.locator('.lang-switch').click();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      }
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        found.push(...await axeViolations(page, `update banner (${lang}, ${colorScheme})`));
      }
    }
    assert.deepEqual(found, [], `axe found violations:\n${found.join('\n')}`);
    watcher.assertClean();
  } finally {
    await context.close();
    own.close();
    own.closeAllConnections();
  }
});

test('axe: the panic screen, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ locale: 'ja-JP', colorScheme });
    const watcher = guard(context, new URL(url).origin);
    const page = await context.newPage();
    await page.goto(`${url}?panic-test#/`);
    await page.waitForSelector('.panic-screen h1');
    const found = await axeViolations(page, `panic screen (${colorScheme})`);
    assert.deepEqual(found, [], `axe found violations:\n${found.join('\n')}`);
    watcher.assertClean((p) => /panic-test|Tsunagari stopped|unreachable/.test(p));
    await context.close();
  }
});
