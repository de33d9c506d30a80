// Two app versions sharing one storage, two deployments on one origin, a
// blocked tab that another tab unblocks, downloads that are not cancelled,
// and Safari on iPhone (user-agent and standalone overrides). See
// domain::sync and domain::platform.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { guard, openApp, saved, setUp, waitForApp } from './harness.mjs';

const DOC_KEY = 'tsunagari.doc';
const { browser, url } = await setUp();

const raw = (page) => page.evaluate((k) => localStorage.getItem(k), DOC_KEY);

async function addPerson(page, name) {
  await page.goto(`${url}#/people/new`);
  await page.waitForSelector('#person-name');
  await page.fill('#person-name', name);
  await page.click('#person-save');
  await page.waitForFunction(() => !location.hash.endsWith('/people/new'));
}

/** What a newer app version would store: a higher schema version. */
const newerDoc = (doc) => JSON.stringify({ ...doc, schema_version: 99, revision: doc.revision + 1, future_field: { x: 1 } });

test('a document from a newer version, written while this tab runs: this tab stops saving and asks to reload', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  await addPerson(page, 'kept');
  await saved(page);
  const newer = newerDoc(JSON.parse(await raw(page)));
  // Written behind this tab's back (a write in the same page fires no
  // storage event, like a missed one): the next save finds it.
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOC_KEY, newer]);
  await addPerson(page, 'made in the old tab');
  await saved(page);
  await page.waitForSelector('#newer-app-h');
  assert.match(await page.locator('#newer-app-h').textContent(), /新しい版/);
  assert.equal(await raw(page), newer, 'the newer document is untouched');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tsunagari.unreadable.')));
  assert.deepEqual(keys, [], 'nothing copied aside as "unreadable"');
  await addPerson(page, 'still not written');
  await saved(page);
  assert.equal(await raw(page), newer);
  watcher.assertClean();
  await context.close();
});

test('a second tab hears that a newer version saved, and says so in English too', async () => {
  const { page: a, context, watcher } = await openApp(browser, url, { locale: 'en-GB' });
  await addPerson(a, 'kept');
  await saved(a);
  const b = await context.newPage();
  await b.goto(url);
  await waitForApp(b);
  const newer = newerDoc(JSON.parse(await raw(a)));
  await b.evaluate(([k, v]) => localStorage.setItem(k, v), [DOC_KEY, newer]);
  await a.waitForSelector('#newer-app-h');
  assert.match(await a.locator('#newer-app-h').textContent(), /newer version/);
  assert.equal(await a.locator('#newer-reload').count(), 1);
  // A reload of the old version still writes nothing over it.
  await a.reload();
  await waitForApp(a);
  await a.waitForSelector('#newer-app-h');
  assert.equal(await raw(a), newer);
  watcher.assertClean();
  await context.close();
});

test('another deployment on the same origin owns the storage: this one never writes, and says where to go', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  await page.evaluate(() => { localStorage.clear(); localStorage.setItem('tsunagari.home', '/elsewhere/'); });
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('#other-home-h');
  await addPerson(page, 'not saved here');
  await saved(page);
  assert.equal(await raw(page), null, 'nothing written');
  assert.equal(await page.locator('#other-home-h ~ p a').getAttribute('href'), '/elsewhere/');
  watcher.assertClean();
  await context.close();
});

test('a tab blocked on unreadable data takes another tab\'s readable document and saves again', async () => {
  const { page: a, context, watcher } = await openApp(browser, url);
  await a.evaluate((k) => localStorage.setItem(k, '{"broken":'), DOC_KEY);
  await a.reload();
  await waitForApp(a);
  await a.waitForSelector('#storage-problem-h');
  const b = await context.newPage();
  await b.goto(url);
  await waitForApp(b);
  await b.getByRole('button', { name: /新しく始める/ }).click();
  await addPerson(b, 'from b');
  await saved(b);
  await a.waitForSelector('#storage-problem-h', { state: 'detached' });
  await addPerson(a, 'from a');
  await saved(a);
  const names = JSON.parse(await raw(a)).people.map((p) => p.name).sort();
  assert.deepEqual(names, ['from a', 'from b']);
  watcher.assertClean();
  await context.close();
});

test('a download\'s blob URL is not revoked right after the click', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/settings`);
  await page.evaluate(() => {
    window.__revoked = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (u) => { window.__revoked.push(u); revoke(u); };
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-button').first().click()]);
  await download.path();
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__revoked), [], 'still valid while the browser fetches it');
  watcher.assertClean();
  await context.close();
});

const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

for (const [lang, locale, title] of [['ja', 'ja-JP', /ホーム画面に追加/], ['en', 'en-GB', /Home Screen/]]) {
  test(`Safari on iPhone outside the Home Screen is told how to add it (${lang}); standalone is not`, async () => {
    for (const standalone of [false, true]) {
      const context = await browser.newContext({ locale, userAgent: IPHONE_SAFARI, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const watcher = guard(context, new URL(url).origin);
      if (standalone) {
        await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
      }
      const page = await context.newPage();
      await page.goto(`${url}#/settings`);
      await waitForApp(page);
      await page.waitForSelector('.persist-status');
      const advice = page.locator('.home-screen-advice');
      if (standalone) {
        assert.equal(await advice.count(), 0, 'started from the Home Screen: nothing to add');
      } else {
        assert.match(await advice.locator('h2').textContent(), title);
        await page.screenshot({ path: `/tmp/durable-ios-settings-${lang}.png`, fullPage: true });
      }
      watcher.assertClean();
      await context.close();
    }
  });
}

test('the backup reminder comes after a week on Safari outside the Home Screen, after 30 days elsewhere', async () => {
  const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
  const seed = async (page) => {
    await addPerson(page, 'someone');
    await saved(page);
    const doc = JSON.parse(await raw(page));
    doc.people[0].created_at = eightDaysAgo;
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOC_KEY, JSON.stringify(doc)]);
    await page.goto(`${url}#/`);
    await page.reload();
    await waitForApp(page);
  };
  for (const [userAgent, shown] of [[IPHONE_SAFARI, true], [undefined, false]]) {
    const context = await browser.newContext({ locale: 'ja-JP', userAgent, viewport: { width: 390, height: 844 } });
    const watcher = guard(context, new URL(url).origin);
    const page = await context.newPage();
    await page.goto(url);
    await waitForApp(page);
    await seed(page);
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.backup-reminder').count(), shown ? 1 : 0);
    if (shown) {
      assert.match(await page.locator('.backup-reminder').textContent(), /1週間/);
      await page.screenshot({ path: '/tmp/durable-ios-home-ja.png', fullPage: true });
    }
    watcher.assertClean();
    await context.close();
  }
});
