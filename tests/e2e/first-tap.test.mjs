// The first taps do not wait for the wasm: index.html already shows the first
// visit, whose start link reveals the self-check's first question (CSS
// :target) with native radio buttons. These tests hold the wasm back, start
// and answer in the static page, then let the app start and check that it
// continues from that answer, once, and that only a first visit gets it.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { guard, saved, setUp, waitForApp } from './harness.mjs';

const { browser, url } = await setUp();

/** A page whose wasm download waits until `release()` is called. */
async function withHeldWasm(context) {
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await context.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  const page = await context.newPage();
  return { page, release };
}

async function newContext(locale = 'ja-JP') {
  // A fresh context each time: no service worker yet to serve the wasm past
  // the route that holds it back (routing turns the HTTP cache off).
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  return { context, watcher: guard(context, new URL(url).origin) };
}

/**
 * Lets the held wasm go and taps answer `step` in the static page while the
 * app is built out of sight (src/ui/mount.rs): its first step that touches
 * the page sets <html lang>, after the app read the static page's answer and
 * before it shows itself. Waits for the app and checks the tap's timing.
 */
async function tapWhileBuilt(page, release, step) {
  await page.evaluate((choice) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      window.__lateTap = { shown: document.querySelector('.site-footer') !== null };
      document.querySelector(`label[for="shell-choice-${choice}"]`).click();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }, step);
  release();
  await waitForApp(page);
  assert.deepEqual(await page.evaluate(() => window.__lateTap), { shown: false }, 'the tap came while the app was built');
}

test('an answer given before the app starts is where the self-check continues', async () => {
  const { context, watcher } = await newContext();
  const { page, release } = await withHeldWasm(context);
  await page.goto(url);
  await page.waitForSelector('.shell-first .start-button', { state: 'visible' });
  assert.equal(await page.locator('.shell-check').isVisible(), false, 'the question waits for the start tap');
  await page.locator('.shell-first .start-button').click();
  await page.waitForSelector('.shell-check', { state: 'visible' });
  assert.equal(await page.locator('.shell-first .start-button').isVisible(), false, 'the question takes the intro\'s place');
  assert.match(await page.locator('.shell-check legend').innerText(), /自己診断 1 \/ 35/);
  assert.equal(await page.locator('.site-footer').count(), 0, 'the app has not started yet');

  await page.locator('label[for="shell-choice-4"]').click();
  assert.equal(await page.locator('#shell-choice-4').isChecked(), true, 'the tap shows at once');

  release();
  await waitForApp(page);
  await page.waitForURL(/#\/assessment$/);
  // The tap moved on, as a tap does in the app; Back shows the answer kept.
  await page.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '2 / 35');
  await page.getByRole('button', { name: '戻る', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '1 / 35');
  assert.equal(await page.locator('#choice-4').isChecked(), true, 'the app took the answer over');

  // Changed in the app, the app's answer stands after a reload: the shell's
  // answer is never applied a second time.
  await page.locator('label[for="choice-2"]').click();
  // The tap moves on after a moment; that move is a change to save too.
  await page.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '2 / 35');
  await saved(page);
  await page.reload();
  await waitForApp(page);
  // The tap moved on again: back on question 1, the app's answer is the one kept.
  await page.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '2 / 35');
  await page.getByRole('button', { name: '戻る', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '1 / 35');
  assert.equal(await page.locator('#choice-2').isChecked(), true);
  assert.equal(await page.locator('input[name="answer"]:checked').count(), 1);
  const stored = await page.evaluate(() => localStorage.getItem('tsunagari.doc'));
  assert.equal((stored.match(/"hob\.enjoy"/g) ?? []).length, 1, 'one answer to the first question is stored');
  watcher.assertClean();
  await context.close();
});

test('an answer given while the app is being built, before it is shown, is kept too', async () => {
  // The app is built out of sight in a few steps while the static page
  // stays on screen and answers taps.
  const { context, watcher } = await newContext();
  const { page, release } = await withHeldWasm(context);
  await page.goto(url);
  await page.locator('.shell-first .start-button').click();
  await page.waitForSelector('.shell-check', { state: 'visible' });
  await tapWhileBuilt(page, release, 3);
  await page.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '2 / 35');
  await page.getByRole('button', { name: '戻る', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '1 / 35');
  assert.equal(await page.locator('#choice-3').isChecked(), true, 'the app took the late answer');
  await saved(page);
  const stored = await page.evaluate(() => localStorage.getItem('tsunagari.doc'));
  assert.equal(JSON.parse(stored).draft?.answers?.['hob.enjoy'], 3, 'and saved it');
  watcher.assertClean();
  await context.close();
});

test('an answer changed while the app is being built replaces the one given before it started', async () => {
  const { context, watcher } = await newContext();
  const { page, release } = await withHeldWasm(context);
  await page.goto(url);
  await page.locator('.shell-first .start-button').click();
  await page.locator('label[for="shell-choice-2"]').click();
  await tapWhileBuilt(page, release, 5);
  await page.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '2 / 35');
  await saved(page);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('tsunagari.doc')));
  assert.deepEqual(stored.draft?.answers, { 'hob.enjoy': 5 }, 'the last choice, as the page showed it');
  watcher.assertClean();
  await context.close();
});

test('the start link tapped while the app is being built still shows the question through its fragment', async () => {
  // The app follows in-app links itself once it is shown; until then the
  // static page's start link must keep its fragment (:target shows the question).
  const { context, watcher } = await newContext();
  const { page, release } = await withHeldWasm(context);
  await page.goto(url);
  await page.waitForSelector('.shell-first .start-button', { state: 'visible' });
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      document.querySelector('.shell-first .start-button').click();
      window.__startTap = {
        shown: document.querySelector('.site-footer') !== null,
        question: document.querySelector('.shell-check')?.matches(':target') ?? null,
      };
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  });
  release();
  await waitForApp(page);
  assert.deepEqual(await page.evaluate(() => window.__startTap), { shown: false, question: true }, 'the question took the intro\'s place at once');
  await page.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '1 / 35');
  assert.equal(await page.evaluate(() => location.hash), '#/assessment');
  watcher.assertClean();
  await context.close();
});

test('without a tap in the page, the app starts on the home screen as before', async () => {
  const { context, watcher } = await newContext('en-US');
  const { page, release } = await withHeldWasm(context);
  await page.goto(url);
  await page.waitForSelector('.shell-first .start-button', { state: 'visible' });
  assert.equal(await page.locator('.shell-check').isVisible(), false, 'the question waits for the start tap');
  release();
  await waitForApp(page);
  assert.doesNotMatch(page.url(), /assessment/);
  assert.equal(await page.evaluate(() => localStorage.getItem('tsunagari.doc')), null, 'nothing saved without an answer');
  watcher.assertClean();
  await context.close();
});

test('returning visitors and links to other screens do not get the question', async () => {
  // Saved data (a document in the one-key form the app still reads).
  const { context, watcher } = await newContext();
  const doc = JSON.stringify({ schema_version: 1, revision: 1, settings: {}, assessments: [], people: [], interactions: [], actions: [] });
  await context.addInitScript((d) => {
    if (location.protocol !== 'http:') return; // about:blank has no storage
    if (localStorage.getItem('tsunagari.doc') === null) localStorage.setItem('tsunagari.doc', d);
  }, doc);
  const { page, release } = await withHeldWasm(context);
  await page.goto(url);
  assert.equal(await page.getAttribute('html', 'data-shell'), 'plain');
  assert.equal(await page.locator('.shell-check').isVisible(), false, 'saved data: no shell question');
  assert.equal(await page.locator('.shell-first .start-button').isVisible(), false, 'saved data: no first-visit start');
  assert.equal(await page.locator('.shell-loading').isVisible(), true);
  release();
  await waitForApp(page);
  assert.doesNotMatch(page.url(), /assessment/);
  watcher.assertClean();
  await context.close();

  const { context: fresh, watcher: freshWatcher } = await newContext();
  const { page: deep, release: go } = await withHeldWasm(fresh);
  await deep.goto(`${url}#/people`);
  assert.equal(await deep.locator('.shell-check').isVisible(), false, 'a link to another screen: no shell question');
  go();
  await waitForApp(deep);
  freshWatcher.assertClean();
  await fresh.close();
});
