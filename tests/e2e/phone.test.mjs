// The phone-first journey, measured at 390 × 844 with touch, in Japanese
// and English (issue #15): the first visit fits one screen with its start
// button, the menu is a short bar with every destination one tap away (the
// rest two), the self-check is finished with one tap per question plus one
// on "see results", results lead to a step to add within 1.5 screens, no
// action row shows more than two buttons, and home with the sample user is
// at most 2.5 screens tall. Prints the figures it measured.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { afterPaint, guard, setUp } from './harness.mjs';
import { screenContext, sampleIds } from './screens.mjs';

const { browser, url } = await setUp();

const PHONE = { width: 390, height: 844 };
const NAV_MAX = 72;

/** Opens `hash` in a touch context seeded like screenContext does. */
async function open(lang, data, hash, viewport = PHONE) {
  const { context, origin } = await screenContext(browser, url, { lang, data, viewport, touch: true });
  const watcher = guard(context, origin);
  const page = await context.newPage();
  await page.goto(`${url}${hash}`);
  await page.waitForSelector('.site-footer', { timeout: 20_000 });
  await page.waitForSelector('main h1');
  return { context, page, watcher };
}

const figures = {};
const record = (lang, key, value) => {
  figures[lang] ??= {};
  figures[lang][key] = value;
};

for (const lang of ['ja', 'en']) {
  test(`first visit at 390 × 844: purpose, time, privacy and the start button in the first screen (${lang})`, async () => {
    const { context, page, watcher } = await open(lang, 'empty', '#/');
    const box = await page.locator('#start-check').boundingBox();
    const navTop = await page.evaluate(() => document.querySelector('.main-nav').getBoundingClientRect().top);
    record(lang, 'start button bottom (px)', Math.round(box.y + box.height));
    assert.ok(box.y >= 0 && box.y + box.height <= Math.min(PHONE.height, navTop),
      `the start button (${Math.round(box.y)}–${Math.round(box.y + box.height)} px) lies inside the first screen, above the menu at ${Math.round(navTop)} px`);
    const text = await page.locator('main').innerText();
    assert.match(text, lang === 'ja' ? /約\d+分/ : /about \d+ minutes/, 'says how long the self-check takes');
    assert.match(text, lang === 'ja' ? /このブラウザの中だけ/ : /stays in this browser/, 'says nothing leaves the device');
    for (const sel of ['.lead', '.first-facts']) {
      const r = await page.locator(sel).boundingBox();
      assert.ok(r.y + r.height <= navTop, `${sel} is visible without scrolling`);
    }
    assert.equal(await page.locator('.backup-reminder').count(), 0, 'no backup prompt with nothing to back up');
    watcher.assertClean();
    await context.close();
  });

  test(`the menu: at most ${NAV_MAX} px tall, five destinations one tap away, the rest two (${lang})`, async () => {
    const { context, page, watcher } = await open(lang, 'sample', '#/');
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      const h = await page.evaluate(() => document.querySelector('.main-nav').getBoundingClientRect().height);
      record(lang, `menu height at ${width} px`, Math.round(h));
      assert.ok(h <= NAV_MAX, `menu is ${h} px tall at ${width} px`);
    }
    await page.setViewportSize(PHONE);
    const links = page.locator('.main-nav a');
    assert.equal(await links.count(), 5, 'five primary destinations');
    const bottom = await page.evaluate(() => document.querySelector('.main-nav').getBoundingClientRect().bottom);
    assert.ok(Math.abs(bottom - PHONE.height) <= 1, 'on a phone the menu sits at the bottom, within thumb reach');
    for (const [i, want] of [/#\/$/, /#\/results$/, /#\/plan$/, /#\/people$/, /#\/more$/].entries()) {
      await links.nth(i).tap();
      await page.waitForURL(want);
      // The menu re-renders after the route changes: wait for the mark, then check it.
      await page.waitForFunction((n) => document.querySelectorAll('.main-nav a')[n]?.getAttribute('aria-current') === 'page', i, { timeout: 5000 }).catch(() => {});
      assert.equal(await links.nth(i).getAttribute('aria-current'), 'page', `destination ${i} is marked current`);
    }
    // Two taps: More, then the screen; the language switch is there too.
    for (const route of ['#/review', '#/history', '#/files', '#/settings']) {
      await page.locator('.main-nav a[href="#/more"]').tap();
      await page.waitForURL(/#\/more$/);
      await page.locator(`main a[href="${route}"]`).tap();
      await page.waitForURL(new RegExp(`${route}$`));
      assert.equal(await page.locator('.main-nav a[href="#/more"]').getAttribute('aria-current'), 'page', `${route} belongs to More`);
    }
    await page.locator('.main-nav a[href="#/more"]').tap();
    await page.locator('.lang-switch').tap();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang === 'ja' ? 'en' : 'ja');
    watcher.assertClean();
    await context.close();
  });

  test(`history is not offered before a second self-check (${lang})`, async () => {
    const { context, page, watcher } = await open(lang, 'empty', '#/more');
    assert.equal(await page.locator('main a[href="#/history"]').count(), 0);
    // Old links still work.
    await page.goto(`${url}#/history`);
    await page.waitForSelector('main h1');
    watcher.assertClean();
    await context.close();
  });

  test(`the self-check takes one tap per question plus one on "see results", with a way back (${lang})`, async () => {
    const { context, page, watcher } = await open(lang, 'empty', '#/');
    await page.locator('#start-check').tap();
    await page.waitForSelector('.progress-count');
    const total = Number((await page.locator('.progress-count').textContent()).split('/')[1]);
    let taps = 0;
    for (let i = 1; i <= total; i++) {
      await page.waitForFunction((n) => document.querySelector('.progress-count')?.textContent.startsWith(`${n} /`), i);
      if (i === 3) {
        // Back goes to the previous question with its answer kept.
        await page.locator('.question-nav button[type=button]').tap();
        await page.waitForFunction(() => document.querySelector('.progress-count').textContent.startsWith('2 /'));
        assert.equal(await page.locator('input[name=answer]:checked').count(), 1, 'the earlier answer is kept');
        await page.locator('.question-nav button[type=submit]').tap();
        await page.waitForFunction(() => document.querySelector('.progress-count').textContent.startsWith('3 /'));
      }
      const choices = page.locator('label.choice');
      await choices.nth(i % (await choices.count())).tap();
      taps++;
    }
    assert.equal(await page.locator('.keys-hint').count(), 0, 'no keyboard hint on a touch screen');
    await page.locator('.question-nav button[type=submit]').tap();
    taps++;
    await page.waitForURL(/#\/results$/);
    record(lang, 'taps to finish the self-check', taps);
    record(lang, 'questions', total);
    assert.equal(taps, total + 1);
    watcher.assertClean();
    await context.close();
  });

  test(`results lead with strengths and three steps; the first "add to plan" is within 1.5 screens (${lang})`, async () => {
    const { context, page, watcher } = await open(lang, 'sample', '#/results');
    const order = await page.$$eval('main section h2', (hs) => hs.map((h) => h.id));
    assert.deepEqual(order.slice(0, 3), ['strengths-h', 'next-h', 'areas-h']);
    const top = await page.evaluate(() => {
      const b = document.querySelector('button.add-tip').getBoundingClientRect();
      return b.bottom + scrollY;
    });
    record(lang, 'first add-to-plan bottom on results (px)', Math.round(top));
    assert.ok(top <= 1.5 * PHONE.height, `first add-to-plan button ends at ${top} px`);
    assert.equal(await page.locator('.recommendation').count(), 3);
    const areas = await page.locator('.rec-area').allTextContents();
    assert.equal(new Set(areas).size, areas.length, `steps from different areas: ${areas}`);
    // Radar labels at least 80 % of the body text size.
    const [label, body] = await page.evaluate(() => {
      const t = document.querySelector('.radar-label');
      const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
      return [px, parseFloat(getComputedStyle(document.body).fontSize)];
    });
    record(lang, 'radar label size (px)', Math.round(label * 10) / 10);
    assert.ok(label >= 0.8 * body, `radar labels are ${label} px for ${body} px body text`);
    // One tap adds a step to the plan.
    await page.locator('button.add-tip').first().tap();
    await page.waitForSelector('.rec-added');
    watcher.assertClean();
    await context.close();
  });

  test(`action rows show at most two buttons; home with the sample user is at most 2.5 screens (${lang})`, async () => {
    const { context, page, watcher } = await open(lang, 'sample', '#/');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    record(lang, 'home height with the sample user (px)', height);
    assert.ok(height <= 2.5 * PHONE.height, `home is ${height} px tall`);
    const ids = sampleIds();
    for (const hash of ['#/', '#/plan', `#/people/${ids.person}`]) {
      await page.goto(`${url}${hash}`);
      await page.waitForSelector('main h1');
      await afterPaint(page);
      const counts = await page.$$eval('.action-item', (rows) => rows.map((row) =>
        [...row.querySelectorAll('button, a.button, summary')].filter((el) => el.checkVisibility()).length));
      assert.ok(counts.length > 0, `${hash} has action rows`);
      record(lang, `most buttons in an action row (${hash.split('/')[1] || 'home'})`, Math.max(...counts));
      assert.ok(Math.max(...counts) <= 2, `${hash}: buttons per row ${counts}`);
    }
    // The row's other controls are in its menu.
    await page.goto(`${url}#/plan`);
    await page.locator('.action-item .row-menu summary').first().tap();
    await page.locator('.action-item .row-menu[open] .action-skip').first().waitFor();
    assert.ok(await page.locator('.action-item .row-menu[open] .action-skip').first().isVisible());
    watcher.assertClean();
    await context.close();
  });

  test(`weekly review ticks at most three people and says how many more are due; log deletes say what they delete (${lang})`, async () => {
    const { context, page, watcher } = await open(lang, 'sample', '#/review');
    const ticked = await page.locator('.checks input:checked').count();
    assert.ok(ticked >= 1 && ticked <= 3, `${ticked} people ticked`);
    assert.match(await page.locator('#review-more-due').textContent(), /\d/);
    await page.goto(`${url}#/people/${sampleIds().person}`);
    await page.waitForSelector('.log-item');
    const del = page.locator('.log-item button.danger').first();
    assert.equal((await del.textContent()).trim(), lang === 'ja' ? 'この記録を削除' : 'Delete this entry');
    assert.match(await del.getAttribute('aria-label'), /\d{4}/, 'the date is in the accessible name');
    watcher.assertClean();
    await context.close();
  });
}

test('figures', () => {
  console.log(JSON.stringify(figures, null, 2));
});
