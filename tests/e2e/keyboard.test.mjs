// The whole journey by keyboard alone — Tab, Shift+Tab, Enter, Space,
// Escape, arrows and digit keys, nothing else — in Japanese and English:
// self-assessment, results, adding a person, logging a contact, planning an
// action and completing it, exporting and importing the plan file. At every stop the focus ring must be visible;
// every screen change must put focus on the new screen's heading; Escape
// must cancel confirm steps and give focus back. Tab order is checked
// against reading order on the busiest screens.
//
// JOURNEY is a list of steps run in order on one page; a later feature adds
// its own step (a name and an async function of the page and the journey's
// shared state) to the list, using only the keyboard helpers of keys.mjs.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { afterPaint, guard, setUp, waitForApp, saved } from './harness.mjs';
import {
  assertFocusVisible, assertHeadingFocused, assertLogicalTabOrder, focused, moveBackTo, moveTo,
} from './keys.mjs';
import { DOC_KEY, TODAY, sampleIds, sampleIn } from './screens.mjs';

const { browser, url } = await setUp();

const TEXT = {
  ja: { people: '人脈', name: '山田 一郎', actionTitle: '山田さんに近況を聞く', plan: 'プラン' },
  en: { people: 'People', name: 'Ichiro Yamada', actionTitle: 'Ask Ichiro how things are going', plan: 'Action plan' },
};

const stored = async (page) => {
  await saved(page);
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), DOC_KEY);
};

/** The journey, step by step; `s` is shared state (language texts, ids found on the way). */
const JOURNEY = [
  {
    name: 'skip link, then start the self-check from home',
    async run(page, s) {
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).text, s.lang === 'ja' ? '本文へ移動' : 'Skip to content', 'the skip link comes first');
      await assertFocusVisible(page);
      await page.keyboard.press('Enter');
      assert.equal((await focused(page)).id, 'main', 'the skip link moves focus to the main content');
      await moveTo(page, 'main a.button.primary[href="#/assessment"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.progress-count');
      await assertHeadingFocused(page);
    },
  },
  {
    name: 'answer all 35 questions with digit keys, arrows and Enter',
    async run(page) {
      const spoken = () => page.locator('.progress [aria-live="polite"]').textContent();
      const first = await spoken();
      // Enter without an answer: the error is tied to the choices and focus goes to them.
      await page.keyboard.press('Enter');
      await page.waitForSelector('#answer-error');
      assert.equal(await page.getAttribute('#choice-1', 'aria-describedby'), 'answer-error');
      assert.equal((await focused(page)).name, 'answer');
      for (let i = 0; i < 35; i++) {
        if (i === 0) {
          // Arrow keys move within the radio group and choose.
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('ArrowDown');
          await page.waitForFunction(() => document.querySelector('input[name=answer]:checked') !== null);
        } else {
          await page.keyboard.press(String(1 + (i % 5)));
        }
        await assertFocusVisible(page);
        await page.keyboard.press('Enter');
        if (i === 0) assert.notEqual(await spoken(), first, 'progress is announced in the polite live region');
      }
      await page.waitForURL(/#\/results$/);
      await assertHeadingFocused(page);
    },
  },
  {
    name: 'results: add the first recommendation to the plan',
    async run(page) {
      await moveTo(page, 'button.add-tip');
      await page.keyboard.press('Space');
      await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).actions.length === 1, DOC_KEY);
    },
  },
  {
    name: 'go to people through the menu and add a person',
    async run(page, s) {
      await moveBackTo(page, 'nav a[href="#/people"]');
      await page.keyboard.press('Enter');
      await assertHeadingFocused(page, s.t.people);
      await moveTo(page, '#add-person');
      await page.keyboard.press('Enter');
      await assertHeadingFocused(page);
      // Saving with no name: the error is tied to the field, which gets focus.
      await moveTo(page, '#person-save');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#person-name-error');
      assert.equal((await focused(page)).id, 'person-name');
      assert.equal(await page.getAttribute('#person-name', 'aria-describedby'), 'person-name-error');
      assert.equal(await page.getAttribute('#person-name', 'aria-invalid'), 'true');
      await page.keyboard.type(s.t.name);
      // Channel: arrows change a focused select.
      await moveTo(page, '#person-channel');
      const channel = await page.inputValue('#person-channel');
      await page.keyboard.press('ArrowDown');
      assert.notEqual(await page.inputValue('#person-channel'), channel, 'ArrowDown chooses the next channel');
      await moveTo(page, '#person-cadence');
      await page.keyboard.press('ArrowDown');
      await moveTo(page, '#person-save');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/people\/[0-9a-f]{16}$/);
      await assertHeadingFocused(page, s.t.name);
      s.personUrl = page.url();
    },
  },
  {
    name: 'log a contact, and cancel a delete with Escape',
    async run(page) {
      await moveTo(page, '#log-kind');
      await page.keyboard.press('ArrowDown');
      await moveTo(page, '#log-note');
      await page.keyboard.type('Coffee at the station');
      await moveTo(page, '#log-save');
      await page.keyboard.press('Space');
      await page.waitForSelector('#person-log li');
      assert.equal((await stored(page)).interactions.length, 1);
      // Delete → the confirm step takes focus; Escape cancels and gives focus back.
      await moveTo(page, '#person-log button.danger');
      const label = (await focused(page)).text;
      await page.keyboard.press('Enter');
      await page.waitForSelector('#person-log .confirm');
      assert.ok((await page.evaluate(() => document.activeElement.closest('.confirm') !== null)), 'focus is in the confirm step');
      await assertFocusVisible(page);
      await page.keyboard.press('Escape');
      await page.waitForSelector('#person-log .confirm', { state: 'detached' });
      assert.equal((await focused(page)).text, label, 'focus is back on the delete button');
      assert.equal((await stored(page)).interactions.length, 1, 'Escape deleted nothing');
    },
  },
  {
    name: 'plan an action with this person',
    async run(page, s) {
      await moveBackTo(page, '#person-add-action');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#action-title');
      await assertHeadingFocused(page);
      await moveTo(page, '#action-title');
      await page.keyboard.type(s.t.actionTitle);
      await moveTo(page, '#action-save');
      await page.keyboard.press('Enter');
      await page.waitForURL(s.personUrl);
      await assertHeadingFocused(page, s.t.name);
      const doc = await stored(page);
      assert.ok(doc.actions.some((a) => a.title === s.t.actionTitle && a.people.length === 1), 'the action is linked to the person');
    },
  },
  {
    name: 'open the plan from the menu and complete the action there',
    async run(page, s) {
      await moveBackTo(page, 'nav a[href="#/plan"]');
      await page.keyboard.press('Enter');
      await assertHeadingFocused(page, s.t.plan);
      // The row's menu opens with Enter, and Tab goes on into what it holds
      // (built when it opens).
      await moveTo(page, `.row-menu summary[aria-label$="${s.t.actionTitle}"]`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.row-menu[open] .action-skip');
      await page.keyboard.press('Tab');
      await assertFocusVisible(page);
      assert.ok(await page.evaluate(() => document.activeElement?.matches('.row-menu[open] .action-skip')),
        `Tab goes into the open menu, not past it: ${JSON.stringify(await focused(page))}`);
      await moveBackTo(page, `button.action-done[aria-label$="${s.t.actionTitle}"]`);
      await page.keyboard.press('Enter');
      await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).actions.some((a) => a.status === 'done'), DOC_KEY);
      const done = (await stored(page)).actions.find((a) => a.title === s.t.actionTitle);
      assert.equal(done.status, 'done');
      assert.equal((await focused(page)).id, 'plan-status', 'focus goes to the status line that says what happened');
      assert.ok((await page.locator('#plan-status').textContent()).trim().length > 0);
    },
  },
  {
    name: 'files: export a backup, then import it again with Replace',
    async run(page) {
      // One level down: More, then the screen.
      await moveBackTo(page, '.main-nav a[href="#/more"]');
      await page.keyboard.press('Enter');
      await assertHeadingFocused(page);
      await moveTo(page, 'main a[href="#/files"]');
      await page.keyboard.press('Enter');
      await assertHeadingFocused(page);
      const before = await stored(page);
      await moveTo(page, '#export-json');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const file = await download.path();
      // The file picker opens from the keyboard (Space on the file input).
      // A busy machine sometimes drops the first key press while the save
      // after the export runs: the picker must open by keyboard within three tries.
      let chooser;
      for (let attempt = 1; !chooser; attempt++) {
        await moveTo(page, '#import-file');
        [chooser] = await Promise.all([
          page.waitForEvent('filechooser', { timeout: 10_000 }).catch((e) => {
            if (attempt >= 3) throw e;
          }),
          page.keyboard.press('Space'),
        ]);
      }
      await chooser.setFiles(file);
      await page.waitForSelector('#import-preview-h');
      assert.equal((await focused(page)).id, 'import-preview-h', 'focus moves to the preview');
      await moveTo(page, '#import-replace');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'files-status');
      const after = await stored(page);
      assert.deepEqual(after.people, before.people, 'people survive the round trip');
      assert.deepEqual(after.actions, before.actions, 'actions survive the round trip');
      assert.deepEqual(after.assessments, before.assessments, 'assessments survive the round trip');
    },
  },
  {
    name: 'settings: Escape cancels "delete all my data"',
    async run(page) {
      // One level down: More, then the screen.
      await moveBackTo(page, '.main-nav a[href="#/more"]');
      await page.keyboard.press('Enter');
      await assertHeadingFocused(page);
      await moveTo(page, 'main a[href="#/settings"]');
      await page.keyboard.press('Enter');
      await assertHeadingFocused(page);
      await moveTo(page, '#delete-all');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#delete-all-question');
      assert.ok((await page.evaluate(() => document.activeElement.closest('.confirm') !== null)));
      await page.keyboard.press('Escape');
      await page.waitForSelector('#delete-all-question', { state: 'detached' });
      assert.equal((await focused(page)).id, 'delete-all', 'focus is back on the delete button');
      assert.notEqual(await stored(page), null, 'nothing was deleted');
    },
  },
];

for (const lang of ['ja', 'en']) {
  test(`the whole journey by keyboard alone (${lang})`, async () => {
    const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-GB', viewport: { width: 1280, height: 900 } });
    const watcher = guard(context, new URL(url).origin);
    const page = await context.newPage();
    await page.goto(url);
    await waitForApp(page);
    const s = { lang, t: TEXT[lang] };
    for (const step of JOURNEY) {
      try {
        await step.run(page, s);
      } catch (e) {
        e.message = `step "${step.name}": ${e.message}`;
        throw e;
      }
    }
    watcher.assertClean();
    await context.close();
  });
}

test('Tab order follows reading order on the busiest screens, with a ring at every stop', async () => {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
  await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  const watcher = guard(context, new URL(url).origin);
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOC_KEY, JSON.stringify(sampleIn('ja'))]);
  const ids = sampleIds();
  for (const route of ['#/', '#/plan', `#/people/${ids.person}`, '#/people/new', `#/plan/${ids.action}`, '#/settings', '#/people']) {
    await page.goto(`${url}${route}`);
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('main h1');
    await afterPaint(page);
    await assertLogicalTabOrder(page);
  }
  watcher.assertClean();
  await context.close();
});
