// The planner journey, in Japanese and in English: add a person, log a
// meeting, add a recurring follow-up linked to them, complete it, see the
// next due date; a reload keeps everything. Hostile names stay text.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { afterPaint, openApp, setUp, waitForApp, saved } from './harness.mjs';

const { browser, url } = await setUp();

const TEXT = {
  ja: { done: '完了', due: '予定日', name: '佐藤 花子', title: '近況を聞くメッセージを送る' },
  en: { done: 'Done', due: 'scheduled for', name: 'Hanako Sato', title: 'Send a message to catch up' },
};

for (const lang of ['ja', 'en']) {
  test(`person, meeting, recurring follow-up, completion and reload (${lang})`, async () => {
    const t = TEXT[lang];
    const { page, context, watcher } = await openApp(browser, `${url}#/people/new`, {
      locale: lang === 'ja' ? 'ja-JP' : 'en-GB',
    });
    assert.equal(await page.getAttribute('html', 'lang'), lang);

    // Saving without a name says what is wrong next to the field and keeps the rest.
    await page.fill('#person-interests', 'photography');
    await page.click('#person-save');
    await page.waitForSelector('#person-name-error');
    assert.equal(await page.getAttribute('#person-name', 'aria-describedby'), 'person-name-error');
    assert.equal(await page.inputValue('#person-interests'), 'photography', 'nothing lost on a validation error');

    await page.fill('#person-name', t.name);
    await page.selectOption('#person-cadence', 'monthly');
    await page.click('#person-save');
    await page.waitForURL(/#\/people\/[0-9a-f]{16}$/);
    assert.equal((await page.locator('#person-title').textContent()).trim(), t.name);
    const personUrl = page.url();

    // Log a meeting today: last contact is set and the next follow-up follows from the cadence.
    await page.selectOption('#log-kind', 'met');
    await page.click('#log-save');
    await page.waitForSelector('#person-log li');
    const lastContact = (await page.locator('#person-last-contact').textContent()).trim();
    assert.ok(lastContact.length > 0, 'last contact shown');
    assert.ok((await page.locator('#person-next-follow-up').textContent()).trim().length > 0);

    // A weekly follow-up linked to them.
    await page.click('#person-add-action');
    await page.waitForURL(/#\/plan\/new\?person=/);
    await page.fill('#action-title', t.title);
    await page.selectOption('#action-repeat', 'weekly');
    const due = await page.inputValue('#action-due');
    assert.match(due, /^\d{4}-\d{2}-\d{2}$/);
    await page.click('#action-save');
    await page.waitForURL(personUrl);

    const items = page.locator('li.action-item');
    await items.first().waitFor();
    assert.equal(await items.count(), 1);
    await page.getByRole('button', { name: `${t.done}${lang === 'ja' ? '：' : ': '}${t.title}` }).click();
    await page.waitForFunction(() => (document.querySelector('#person-status')?.textContent ?? '').length > 0);
    const status = await page.locator('#person-status').textContent();
    assert.ok(status.includes(t.due), `the status names the next due date: ${status}`);
    assert.equal(await items.count(), 2, 'the next occurrence is scheduled and the done one stays');

    // The next due date is a week after the first one.
    const next = new Date(`${due}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 7);
    await saved(page);
    await saved(page);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('tsunagari.doc')));
    const open = stored.actions.filter((a) => (a.status ?? 'todo') === 'todo');
    assert.equal(open.length, 1);
    assert.ok(open[0].due >= next.toISOString().slice(0, 10), `next due ${open[0].due} is at least a week after ${due}`);
    assert.equal(stored.actions.filter((a) => a.status === 'done').length, 1);

    await page.reload();
    await waitForApp(page);
    assert.equal(page.url(), personUrl, 'reload keeps the screen');
    assert.equal((await page.locator('#person-title').textContent()).trim(), t.name);
    await afterPaint(page);
    assert.equal(await page.locator('li.action-item').count(), 2);
    assert.ok((await page.locator('#person-log li').count()) >= 2, 'the meeting and the completed follow-up are logged');

    watcher.assertClean();
    await context.close();
  });
}

test('hostile names and notes render as plain text', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/people/new`);
  let dialog = false;
  page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.fill('#person-name', hostile);
  await page.click('#person-save');
  await page.waitForURL(/#\/people\/[0-9a-f]{16}$/);
  assert.equal((await page.locator('#person-title').textContent()).trim(), hostile);
  await page.goto(`${url}#/people`);
  await page.waitForSelector('#people-count');
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.locator('main script').count(), 0);
  assert.equal(dialog, false);
  watcher.assertClean();
  await context.close();
});

test('a recommendation becomes a plan action in one click', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/assessment`);
  await page.waitForSelector('.progress-count');
  for (let i = 0; i < 35; i++) {
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelector('input[name=answer]:checked') !== null);
    await page.keyboard.press('Enter');
    // The next key belongs to the next question, once it is shown.
    if (i < 34) {
      await page.waitForFunction((n) => document.querySelector('.progress-count')?.textContent.trim().startsWith(`${n} /`), i + 2);
    }
  }
  await page.waitForURL(/#\/results$/);
  const add = page.locator('[id^="add-tip-"]').first();
  await add.waitFor();
  await add.click();
  await saved(page);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('tsunagari.doc')));
  assert.equal(stored.actions.length, 1);
  assert.ok(stored.actions[0].from_item, 'the action remembers the item it came from');
  await page.goto(`${url}#/plan`);
  await page.waitForSelector('li.action-item');
  watcher.assertClean();
  await context.close();
});
