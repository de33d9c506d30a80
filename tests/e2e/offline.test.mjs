// Offline use, installing, and updates: after one online visit the service
// worker serves the whole app with the network off (at the domain root and
// under a sub-path); Chromium reports the app installable; a new deployment
// is offered with a banner and reloads into the new worker only on request.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { cacheControl, startServer } from '../../scripts/static-server.mjs';
import { DIST, guard, launch, launchPersistent, openApp, serve, waitForApp } from './harness.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** The build constant postbuild.mjs wrote into sw.js. */
function swBuild(dir = DIST) {
  const line = readFileSync(join(dir, 'sw.js'), 'utf8').match(/^const BUILD = (\{.*\});$/m);
  assert.ok(line, 'sw.js carries the build list');
  return JSON.parse(line[1]);
}

/** Stops a server for good, including kept-alive connections. */
function stop(server) {
  server.close();
  server.closeAllConnections();
}

/** Waits until the service worker controls the page, reloading once if needed. */
async function waitForControl(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) {
    await page.reload();
    await waitForApp(page);
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

async function progressText(page) {
  return (await page.locator('.progress-count').textContent()).trim();
}

async function answerThree(page, url) {
  await page.goto(`${url}#/assessment`);
  await page.waitForSelector('.progress-count');
  for (let i = 1; i <= 3; i++) {
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    // One question at a time: the next key waits for the next question
    // (under load a key could land before it was shown).
    await page.waitForFunction((n) => document.querySelector('.progress-count')?.textContent.trim().startsWith(`${n} /`), i + 1);
  }
  assert.equal(await progressText(page), '4 / 35');
}

test('the precache list is the build: every file of dist/ except sw.js, with a version', () => {
  const walk = (d) =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [relative(DIST, join(d, e.name)).split(sep).join('/')],
    );
  const files = walk(DIST).filter((f) => f !== 'sw.js').sort();
  const build = swBuild();
  assert.deepEqual(build.files, files);
  assert.match(build.version, /^[0-9a-f]{16}$/);
  for (const kind of [/^index\.html$/, /\.wasm$/, /\.js$/, /\.css$/, /^manifest\.webmanifest$/, /^icons\/icon-192\.png$/]) {
    assert.ok(files.some((f) => kind.test(f)), `precached: ${kind}`);
  }
  // Headers the README recommends, as the test server sends them.
  for (const f of ['index.html', 'sw.js', 'manifest.webmanifest']) assert.equal(cacheControl(f), 'no-cache');
  for (const f of files.filter((f) => /\.(wasm|js|css)$/.test(f))) {
    assert.match(cacheControl(f), /immutable/, `${f} is hashed and cached long`);
  }
});

async function offlineJourney(prefix) {
  const { server, url } = await serve({ prefix });
  let serverUp = true;
  const { context, page, watcher } = await openApp(browser, url);
  try {
    await waitForControl(page);
    assert.equal(await page.locator('.notice-update').count(), 0, 'no update banner on a first visit');
    await answerThree(page, url);

    // Off: the browser reports no network and the host itself is gone.
    await context.setOffline(true);
    stop(server);
    serverUp = false;

    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('.progress-count');
    assert.equal(await progressText(page), '4 / 35', 'answers saved before going offline are shown');

    await page.goto(`${url}#/results`);
    await waitForApp(page);
    assert.equal((await page.locator('main h1').textContent()).trim(), '診断結果');

    // Real navigations in a new tab: to another route, and to index.html by name.
    for (const target of [`${url}#/results`, `${url}index.html#/assessment`]) {
      const tab = await context.newPage();
      await tab.goto(target);
      await waitForApp(tab);
      await tab.close();
    }
    const tab = await context.newPage();
    await tab.goto(`${url}index.html#/assessment`);
    await tab.waitForSelector('.progress-count');
    assert.equal(await progressText(tab), '4 / 35');
    assert.equal(await tab.locator('link[rel="stylesheet"]').count(), 1);
    // The stylesheet was served too (tokens applied).
    assert.notEqual(await tab.evaluate(() => getComputedStyle(document.body).fontSize), '16px');

    watcher.assertClean();
  } finally {
    await context.close();
    if (serverUp) stop(server);
  }
}

test('offline after one visit: reload and navigate with the network off, data kept', async () => {
  await offlineJourney('/');
});

test('offline under a sub-path /sub/', async () => {
  await offlineJourney('/sub/');
});

test('Chromium reports the app installable, and its manifest without errors', async () => {
  const { server, url } = await serve({ prefix: '/tsunagari/' });
  const context = await launchPersistent();
  try {
    const watcher = guard(context, new URL(url).origin);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await waitForApp(page);
    await waitForControl(page);
    const cdp = await context.newCDPSession(page);

    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], 'manifest parses without errors');
    assert.equal(manifest.url, `${url}manifest.webmanifest`);
    const data = JSON.parse(manifest.data);
    assert.equal(data.name, 'つながり Tsunagari');
    assert.equal(data.lang, 'ja');
    assert.equal(new URL(data.start_url, manifest.url).href, url, 'start_url is the sub-path root');
    assert.equal(new URL(data.scope, manifest.url).href, url, 'scope is the sub-path root');
    assert.ok(data.icons.some((i) => i.purpose === 'maskable'), 'has a maskable icon');

    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'no installability errors');
    watcher.assertClean();
  } finally {
    await context.close();
    stop(server);
  }
});

test('a new deployment is offered with a banner and reloading brings it in', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagari-dist-'));
  cpSync(DIST, dir, { recursive: true });
  const { server, url } = await startServer({ dir });
  const { context, page, watcher } = await openApp(browser, url);
  try {
    await waitForControl(page);
    const oldVersion = swBuild(dir).version;
    const cacheNames = () => page.evaluate(() => caches.keys());
    assert.deepEqual(await cacheNames(), [`tsunagari:/:${oldVersion}`]);
    await answerThree(page, url);

    // "Deploy" a new build: a different version in sw.js, as a new build writes.
    const swPath = join(dir, 'sw.js');
    const next = 'e2e0next0build00';
    writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(`"version":"${oldVersion}"`, `"version":"${next}"`));
    assert.equal(swBuild(dir).version, next);

    // Browsers check for a new worker on navigation; ask now instead of waiting.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForSelector('.notice-update', { timeout: 20_000 });
    assert.match(await page.locator('.update-region').textContent(), /新しいバージョンの準備ができました/);
    // The new worker waits: the old one still controls, with its cache.
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.state), 'activated');
    assert.ok((await cacheNames()).includes(`tsunagari:/:${oldVersion}`));
    assert.equal(await progressText(page), '4 / 35', 'nothing reloads by itself');

    await Promise.all([
      page.waitForEvent('framenavigated', { timeout: 20_000 }),
      page.getByRole('button', { name: '再読み込みして更新' }).click(),
    ]);
    await waitForApp(page);
    await page.waitForSelector('.progress-count');
    assert.equal(await progressText(page), '4 / 35', 'answers kept across the update');
    assert.equal(await page.locator('.notice-update').count(), 0, 'no banner once updated');
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    // Only the new build's cache is left: the new worker is the active one.
    await page.waitForFunction(
      (name) => caches.keys().then((k) => k.length === 1 && k[0] === name),
      `tsunagari:/:${next}`,
    );
    watcher.assertClean();
  } finally {
    await context.close();
    stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
