// A tap on an in-app link is answered in the tap's own task with the new
// screen's first look, and what lies below it follows once that is painted
// (issue #16: "switch a view" and "open a person" within a frame on a busy
// phone). The URL follows once the new screen is painted (pushing it costs
// the tap a millisecond or more), or at once when something needs it sooner.
// The browser's own navigation still works: back returns, and the static
// shell's start link keeps its fragment while the app is being built.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { afterPaint, guard, setUp, waitForApp } from './harness.mjs';
import { SAMPLE, sampleIds, screenContext } from './screens.mjs';

const { browser, url } = await setUp();

/**
 * Clicks the link matching `selector` and reports the page as the click's
 * task leaves it (before any other task can run): the hash, the heading,
 * and how many elements match each of `count`.
 */
function clickAndLook(page, selector, count) {
  return page.evaluate(async ([selector, count]) => {
    const look = () => ({
      hash: location.hash,
      h1: document.querySelector('main h1')?.textContent ?? null,
      counts: Object.fromEntries(count.map((c) => [c, document.querySelectorAll(c).length])),
    });
    const link = document.querySelector(selector);
    const seen = new Promise((resolve) => {
      // A message is a task of its own: it runs after the click's task,
      // render included, and before a fragment navigation's `hashchange`.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(look());
      link.addEventListener('click', () => channel.port2.postMessage(null), { once: true });
    });
    link.click();
    return seen;
  }, [selector, count]);
}

async function open(hash) {
  const { context, origin } = await screenContext(browser, url, { lang: 'ja', data: 'sample', viewport: { width: 390, height: 844 } });
  const watcher = guard(context, origin);
  const page = await context.newPage();
  await page.goto(`${url}${hash}`);
  await waitForApp(page);
  await afterPaint(page);
  return { context, page, watcher };
}

test('a menu tap shows the new screen in its own task, first look first, the rest after the paint', async () => {
  const { context, page, watcher } = await open('#/plan');
  const people = SAMPLE.people.length;
  assert.ok(people > 4, `the sample has more people (${people}) than the first look holds`);

  const steps = await page.evaluate(() => history.length);
  const first = await clickAndLook(page, 'nav a[href="#/people"]', ['.person-row']);
  assert.equal(first.h1, '人脈', 'the people screen is drawn in the tap\'s task');
  assert.deepEqual(first.counts, { '.person-row': 4 }, 'the first look holds four rows');
  assert.equal(first.hash, '#/plan', 'the URL is not pushed in the tap\'s task');

  await afterPaint(page);
  assert.equal(await page.locator('.person-row').count(), people, 'the rest follows the paint');
  assert.equal(await page.evaluate(() => location.hash), '#/people', 'the URL follows the paint');
  assert.equal(await page.evaluate(() => history.length), steps + 1, 'one history step');

  // And back to the plan by the menu: its first look is three actions (the
  // sample's two overdue ones and the first of the next group, whose
  // others follow the paint).
  const plan = await clickAndLook(page, 'nav a[href="#/plan"]', ['.action-item', '#plan-overdue .action-item']);
  assert.equal(plan.h1, '行動プラン');
  assert.deepEqual(plan.counts, { '.action-item': 3, '#plan-overdue .action-item': 2 });
  await afterPaint(page);
  assert.ok(await page.locator('.action-item').count() > 3, 'the other actions follow the paint');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/people');
  await page.waitForSelector('main h1:text("人脈")');

  // The browser's history has the step: back returns to the plan.
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/plan');
  await page.waitForSelector('main h1:text("行動プラン")');
  watcher.assertClean();
  await context.close();
});

test('a person opened from the list: the log and linked actions below the first look follow the paint', async () => {
  const { context, page, watcher } = await open('#/people');
  const id = sampleIds().person;
  const first = await clickAndLook(page, `main a[href="#/people/${id}"]`, ['#person-log', '#linked-h', '#person-delete']);
  assert.equal(first.h1, SAMPLE.people.find((p) => p.id === id).name);
  assert.deepEqual(first.counts, { '#person-log': 1, '#linked-h': 0, '#person-delete': 0 }, 'the log is in the first look, the rest is not');

  await afterPaint(page);
  assert.equal(await page.evaluate(() => location.hash), `#/people/${id}`);
  assert.equal(await page.locator('#linked-h').count(), 1);
  assert.equal(await page.locator('#person-delete').count(), 1);
  assert.ok(await page.locator('main li.action-item').count() > 0, 'the linked actions are listed');
  watcher.assertClean();
  await context.close();
});

test('changing a plan filter keeps the screen\'s elements, and focus, where they are', async () => {
  // Which groups make the first look is fixed when the screen opens: a
  // filter that empties or fills groups moves none between the two parts.
  const { context, page, watcher } = await open('#/plan');
  await page.evaluate(() => {
    for (const s of ['main h1', '#plan-status', '#filter-area', '#plan-overdue']) document.querySelector(s).dataset.kept = s;
  });
  await page.focus('#filter-area');
  const areas = await page.locator('#filter-area option').evaluateAll((os) => os.map((o) => o.value));
  for (const area of [...areas.slice(1), '']) {
    await page.selectOption('#filter-area', area);
    await afterPaint(page);
    const kept = await page.evaluate(() => [...document.querySelectorAll('[data-kept]')].map((e) => e.dataset.kept));
    assert.deepEqual(kept, ['main h1', '#plan-status', '#filter-area', '#plan-overdue'], `every element kept with area "${area}"`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-area', `focus stays on the filter with area "${area}"`);
  }
  watcher.assertClean();
  await context.close();
});

test('a tap with a modifier key, or on a link to where the page is, is left to the browser', async () => {
  const { context, page, watcher } = await open('#/plan');
  const before = await page.evaluate(() => history.length);
  // The same screen: nothing happens, and no history step is added.
  const same = await clickAndLook(page, 'nav a[href="#/plan"]', ['.screen.plan']);
  assert.equal(same.hash, '#/plan');
  assert.equal(await page.evaluate(() => history.length), before);
  // With Shift (a new window in most browsers) the app does not take the click.
  const taken = await page.evaluate(() => {
    const link = document.querySelector('nav a[href="#/people"]');
    // After the app's listener (on the document) has had its say, the
    // browser's new window is held back.
    window.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true }));
    return location.hash;
  });
  assert.equal(taken, '#/plan', 'the app did not route the shifted click');
  watcher.assertClean();
  await context.close();
});

test('the URL of a link just tapped is pushed at once when the page is hidden', async () => {
  const { context, page, watcher } = await open('#/plan');
  // Hidden before the frame (a phone locked right after the tap): it may
  // never paint again, and the URL must name the screen shown.
  const hidden = await page.evaluate(() => new Promise((resolve) => {
    const link = document.querySelector('nav a[href="#/people"]');
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const before = location.hash;
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
      resolve({ before, after: location.hash });
      delete document.hidden;
    };
    link.addEventListener('click', () => channel.port2.postMessage(null), { once: true });
    link.click();
  }));
  assert.deepEqual(hidden, { before: '#/plan', after: '#/people' });
  watcher.assertClean();
  await context.close();
});

test('taps, back and the app\'s own navigation within one frame leave the screen and the URL in step', async () => {
  const { context, page, watcher } = await open('#/plan');
  const look = () => page.evaluate(() => ({ hash: location.hash, h1: document.querySelector('main h1')?.textContent, steps: history.length }));
  const settle = async () => { await afterPaint(page); await afterPaint(page); };
  await page.evaluate(() => { window.hashchanges = 0; addEventListener('hashchange', () => { window.hashchanges += 1; }); });
  const start = await look();

  // The same link twice in one task: the second does nothing (no
  // fragment navigation of the browser's), and one step is added.
  const during = await page.evaluate(() => {
    const link = document.querySelector('nav a[href="#/people"]');
    link.click();
    link.click();
    return location.hash;
  });
  assert.equal(during, '#/plan', 'nothing pushed or navigated in the taps\' task');
  await settle();
  assert.deepEqual(await look(), { hash: '#/people', h1: '人脈', steps: start.steps + 1 });
  assert.equal(await page.evaluate(() => window.hashchanges), 0);

  // Away and back to where the URL is, in one task: no step at all.
  await page.evaluate(() => {
    document.querySelector('nav a[href="#/plan"]').click();
    document.querySelector('nav a[href="#/people"]').click();
  });
  await settle();
  assert.deepEqual(await look(), { hash: '#/people', h1: '人脈', steps: start.steps + 1 });

  // The app's own navigation (a file dropped on the page opens the files
  // screen), then a tap before its hashchange: the tap's screen stays,
  // and both steps are in the history, in order.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{}'], 'plan.json', { type: 'application/json' }));
    document.querySelector('header').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    document.querySelector('nav a[href="#/plan"]').click();
  });
  await settle();
  assert.deepEqual(await look(), { hash: '#/plan', h1: '行動プラン', steps: start.steps + 3 });
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/files');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/people');
  await page.waitForSelector('main h1:text("人脈")');

  // A tap, then back in the same task: whichever comes first, the screen
  // shown is the one the URL names.
  await page.evaluate(() => {
    document.querySelector('nav a[href="#/more"]').click();
    history.back();
  });
  await settle();
  await page.waitForTimeout(100);
  await settle();
  const end = await page.evaluate(() => ({ hash: location.hash, screen: document.querySelector('main .screen')?.className }));
  const screens = { '#/people': 'screen people', '#/plan': 'screen plan', '#/more': 'screen more' };
  assert.ok(end.hash in screens, `a known screen (${end.hash})`);
  assert.equal(end.screen, screens[end.hash], 'the screen is the one the URL names');
  watcher.assertClean();
  await context.close();
});
