// Sharing through the system: the share sheet on the files screen (with
// navigator.share stubbed to capture the file, its cancel and its failure),
// no Share buttons where the browser has no sheet, a plan file opened with
// the installed app (window.launchQueue with a file handle), and a file
// shared to the app (the manifest's share_target) taken by the real service
// worker and opened in the import preview.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, guard, leaveWaitingFile, openApp, saved, setUp, waitForApp, waitingFileCaches } from './harness.mjs';

const DOC_KEY = 'tsunagari.doc';
const SMALL_PLAN = await readFile(join(ROOT, 'tests/fixtures/valid-small.json'), 'utf8');
const { browser, url } = await setUp();

/** A share sheet that keeps what it is given; `outcome` is 'ok' or a DOMException name. */
function stubShareSheet(outcome) {
  window.__shared = [];
  navigator.canShare = (data) => Array.isArray(data?.files) && data.files.every((f) => f instanceof File);
  navigator.share = async (data) => {
    const file = data.files[0];
    window.__shared.push({ name: file.name, type: file.type, text: await file.text(), count: data.files.length });
    if (outcome !== 'ok') throw new DOMException('closed', outcome);
  };
}

async function withSheet(outcome, locale = 'ja-JP') {
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  // The same instant for the download and the share: the files carry it.
  await context.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
  await context.addInitScript(stubShareSheet, outcome);
  const watcher = guard(context, new URL(url).origin);
  const page = await context.newPage();
  await page.goto(`${url}#/`);
  await waitForApp(page);
  return { context, page, watcher };
}

async function downloadText(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function addPerson(page, name) {
  await page.evaluate(() => { location.hash = '#/people/new'; });
  await page.fill('#person-name', name);
  await page.click('#person-save');
  await page.waitForURL(/#\/people\/[0-9a-f]{16}$/);
}

const lastExport = async (page) => {
  await saved(page);
  return JSON.parse(await page.evaluate((k) => localStorage.getItem(k), DOC_KEY))?.settings?.last_export ?? null;
};

test('the share sheet gets each file exactly as the download, and a shared backup counts as one', async () => {
  const { context, page, watcher } = await withSheet('ok');
  await addPerson(page, '山田 太郎');
  await page.evaluate(() => { location.hash = '#/files'; });
  await page.waitForSelector('#share-hint');
  // A completed share of all data counts as a backup.
  assert.equal(await lastExport(page), null);
  await page.click('#share-json');
  await page.waitForFunction(() => window.__shared.length === 1);
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).settings.last_export, DOC_KEY);
  assert.equal(await lastExport(page), '2026-11-23');
  const pairs = [
    ['#export-json', '#share-json', 'application/json'],
    ['#export-shared', '#share-shared', 'application/json'],
    ['#export-markdown', '#share-markdown', 'text/markdown;charset=utf-8'],
    ['#export-ics', '#share-ics', 'text/calendar;charset=utf-8'],
  ];
  for (const [download, share, type] of pairs) {
    const expected = await downloadText(page, download);
    const n = await page.evaluate(() => window.__shared.length);
    await page.click(share);
    await page.waitForFunction((n) => window.__shared.length > n, n);
    const got = await page.evaluate((n) => window.__shared[n], n);
    assert.equal(got.count, 1, 'one file');
    assert.equal(got.name, expected.name, `${share}: the same name as the download`);
    assert.equal(got.type, type, `${share}: the type`);
    assert.equal(got.text, expected.text, `${share}: the same bytes as the download`);
    await page.waitForFunction(() => document.querySelector('#export-status').textContent.includes('共有しました'));
  }
  assert.match((await page.evaluate(() => window.__shared[0].name)), /^tsunagari-plan-2026-11-23\.tsunagari\.json$/);
  assert.equal(await page.getAttribute('#share-json', 'aria-label'), '共有…（すべてのデータ）');
  watcher.assertClean();
  await context.close();
});

test('closing the share sheet is not an error and is not recorded as a backup', async () => {
  const { context, page, watcher } = await withSheet('AbortError');
  await addPerson(page, '山田 太郎');
  await page.evaluate(() => { location.hash = '#/files'; });
  await page.click('#share-json');
  await page.waitForFunction(() => window.__shared.length === 1);
  // Give the rejection time to be handled.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.equal((await page.locator('#export-status').textContent()).trim(), '', 'nothing is said');
  assert.equal(await page.locator('.field-error').count(), 0);
  assert.equal(await lastExport(page), null, 'no backup recorded');
  watcher.assertClean();
  await context.close();
});

test('a share the browser refuses says so calmly and records nothing', async () => {
  const { context, page, watcher } = await withSheet('NotAllowedError', 'en-GB');
  await addPerson(page, 'Ken Ito');
  await page.evaluate(() => { location.hash = '#/files'; });
  await page.click('#share-json');
  await page.waitForFunction(() => document.querySelector('#export-status').textContent.includes('Sharing did not work'));
  assert.equal(await lastExport(page), null);
  watcher.assertClean();
  await context.close();
});

test('without a share sheet there are no Share buttons, only downloads', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/files`);
  await page.waitForSelector('#export-json');
  const canShare = await page.evaluate(() => typeof navigator.canShare === 'function'
    && navigator.canShare({ files: [new File([''], 'x.tsunagari.json', { type: 'application/json' })] }));
  assert.equal(canShare, false, 'headless Chromium on Linux has no sheet for files');
  assert.equal(await page.locator('.share-button, #share-hint').count(), 0);
  watcher.assertClean();
  await context.close();
});

test('a plan file opened with the installed app (launchQueue) shows the import preview', async () => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  await context.addInitScript((text) => {
    const handle = {
      kind: 'file',
      name: 'tsunagari-plan-2026-11-20.tsunagari.json',
      getFile: async () => new File([text], 'tsunagari-plan-2026-11-20.tsunagari.json', { type: 'application/json' }),
    };
    Object.defineProperty(window, 'launchQueue', {
      configurable: true,
      value: { setConsumer: (consumer) => setTimeout(() => consumer({ files: [handle], targetURL: location.href }), 0) },
    });
  }, SMALL_PLAN);
  const watcher = guard(context, new URL(url).origin);
  const page = await context.newPage();
  await page.goto(`${url}#/plan`);
  await page.waitForSelector('#import-preview-h');
  assert.equal(await page.evaluate(() => location.hash), '#/files');
  assert.ok((await page.locator('#import-summary').textContent()).includes('tsunagari-plan-2026-11-20.tsunagari.json'));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), DOC_KEY), null, 'nothing changes before a choice');
  watcher.assertClean();
  await context.close();
});

/**
 * Shares to the installed app as the system does: a form posted to the
 * manifest's share_target, with `file` ({ name, text }) or, for null, only a
 * text field. The app's own page forbids forms (CSP form-action 'none'), so
 * the post is made from a plain page of the same origin: the server's "not
 * found" text.
 */
async function postShare(page, file) {
  await page.goto(`${url}not-a-page`);
  await page.evaluate((f) => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.enctype = 'multipart/form-data';
    form.action = 'share-target';
    // The plain page has no declared encoding; the system posts UTF-8.
    form.acceptCharset = 'UTF-8';
    const input = document.createElement('input');
    if (f) {
      input.type = 'file';
      input.name = 'plan';
      const dt = new DataTransfer();
      dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
      input.files = dt.files;
    } else {
      input.name = 'title';
      input.value = 'no file';
    }
    form.append(input);
    document.body.append(form);
    form.submit();
  }, file);
}

test('a share that cannot be kept never opens a file left behind by an earlier one', async () => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const watcher = guard(context, new URL(url).origin);
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // A file kept by a drop whose tab closed before the hand-over.
  await leaveWaitingFile(page, 'left-behind.json', SMALL_PLAN);
  // A share with no file in it (as from an app that sent text only).
  await postShare(page, null);
  await page.waitForURL(/#\/files$/);
  await waitForApp(page);
  await page.waitForSelector('#import-file');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#import-preview-h').count(), 0, 'the left-behind file is not opened');
  assert.ok(!(await page.locator('main').textContent()).includes('left-behind.json'));
  watcher.assertClean((p) => (p.includes('HTTP 404') && p.includes('/not-a-page'))
    || p === 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)');
  await context.close();
});

test('a file shared to the app is taken by the service worker and opens in the import preview', async () => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const origin = new URL(url).origin;
  const watcher = guard(context, origin);
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await postShare(page, { name: '共有されたプラン.json', text: SMALL_PLAN });
  await page.waitForSelector('#import-preview-h', { timeout: 20_000 });
  const summary = await page.locator('#import-summary').textContent();
  assert.ok(summary.includes('共有されたプラン.json'), summary);
  assert.equal(await page.evaluate(() => location.search), '', 'the mark is used once');
  assert.equal(await page.evaluate(() => location.hash), '#/files');
  assert.deepEqual(await waitingFileCaches(page), [], 'the kept file is removed once read');
  // A reload does not open it again.
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('#import-file');
  assert.equal(await page.locator('#import-preview-h').count(), 0);
  // The plain page is a deliberate 404 (and its favicon too); nothing else may go wrong.
  watcher.assertClean((p) => (p.includes('HTTP 404') && p.includes('/not-a-page'))
    || p === 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)');
  await context.close();
});
