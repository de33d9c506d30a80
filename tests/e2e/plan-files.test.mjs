// Plan files end to end: export a full backup and bring it back into an
// empty browser through the file picker; restore the data kept before a
// replace; merge with its report; open someone's plan read-only without a
// byte of one's own data changing; malformed and non-JSON files refused with
// their specific message; hostile names as text; calendar and Markdown
// downloads with content; the print view. Every page is watched for console
// errors, CSP violations and off-origin requests.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, afterPaint, dropOnHeader, openApp, saved, setUp, waitForApp } from './harness.mjs';

const DOC_KEY = 'tsunagari.doc';
const FIXTURES = join(ROOT, 'tests/fixtures');

const { browser, url } = await setUp();

const storedDoc = async (page) => {
  await saved(page);
  return JSON.parse(await page.evaluate((k) => localStorage.getItem(k), DOC_KEY));
};
/** Every key and value in localStorage, for byte-for-byte comparisons. */
const snapshot = async (page) => {
  await saved(page);
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
};

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function goto(page, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
}

async function addPerson(page, name, cadence = 'monthly') {
  await goto(page, '#/people/new');
  await page.waitForSelector('#person-name');
  await page.fill('#person-name', name);
  await page.selectOption('#person-cadence', cadence);
  await page.click('#person-save');
  await page.waitForURL(/#\/people\/[0-9a-f]{16}$/);
}

async function addAction(page, title) {
  await goto(page, '#/plan/new');
  await page.waitForSelector('#action-title');
  await page.fill('#action-title', title);
  await page.click('#action-save');
  await page.waitForURL(/#\/plan$/);
}

async function takeAssessment(page) {
  await goto(page, '#/assessment');
  await page.waitForSelector('.progress-count');
  const total = Number((await page.locator('.progress-count').textContent()).split('/')[1]);
  for (let i = 1; i <= total; i++) {
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    // One question at a time: the next key waits for the next question.
    if (i < total) {
      await page.waitForFunction((n) => document.querySelector('.progress-count')?.textContent.startsWith(`${n} /`), i + 1);
    }
  }
  await page.waitForURL(/#\/results$/);
}

/** Picks a file (a path, or { name, mimeType, buffer }) on the files screen. */
async function pick(page, file) {
  await goto(page, '#/files');
  await page.waitForSelector('#import-file');
  await page.setInputFiles('#import-file', file);
}

async function pickAndPreview(page, file) {
  await pick(page, file);
  await page.waitForSelector('#import-preview-h');
  await page.waitForFunction(() => document.activeElement?.id === 'import-preview-h');
}

const content = (doc) => ({
  people: doc.people,
  actions: doc.actions,
  assessments: doc.assessments,
  interactions: doc.interactions,
});

test('export everything, clear the browser, import through the picker, replace: the same data is back', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  await addPerson(page, '山田 太郎');
  await addAction(page, '山田さんにお礼のメールを送る');
  await takeAssessment(page);
  const before = await storedDoc(page);
  assert.equal(before.people.length, 1);
  assert.equal(before.actions.length, 1);
  assert.equal(before.assessments.length, 1);

  await goto(page, '#/files');
  await page.waitForSelector('#export-json');
  const { name, text } = await downloadText(page, () => page.click('#export-json'));
  assert.match(name, /^tsunagari-plan-\d{4}-\d{2}-\d{2}\.tsunagari\.json$/);
  const file = JSON.parse(text);
  assert.equal(file.format, 'tsunagari-plan');
  assert.equal(file.schema_version, 2);
  assert.match(file.app_version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(content(file.document), content(before));
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).settings.last_export, DOC_KEY);
  assert.equal((await storedDoc(page)).settings.last_export, today, 'the export date is recorded');

  // A new, empty browser profile.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), DOC_KEY), null);

  await pickAndPreview(page, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const summary = await page.locator('#import-summary').textContent();
  assert.ok(summary.includes(name), `the preview names the file: ${summary}`);
  for (const expected of ['診断1件', '人1件', '行動1件', 'データ形式のバージョン2', file.app_version]) {
    assert.ok(summary.replace(/\s/g, '').includes(expected), `the preview shows ${expected}: ${summary}`);
  }
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), DOC_KEY), null, 'nothing changes before a choice');

  await page.click('#import-replace');
  await page.waitForFunction(() => document.activeElement?.id === 'files-status');
  assert.match(await page.locator('#files-status').textContent(), /置き換えました/);
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, DOC_KEY);
  const after = await storedDoc(page);
  assert.deepEqual(content(after), content(before), 'people, actions, assessments and interactions are back');
  assert.ok(after.revision >= 1, 'the replace is saved as a change');

  // The screens show it again.
  await goto(page, '#/people');
  await page.waitForSelector('.person-name');
  assert.equal((await page.locator('.person-name').first().textContent()).trim(), '山田 太郎');
  watcher.assertClean();
  await context.close();
});

test('restoring asks first, swaps (today\'s data becomes a backup), and every replace keeps its own dated backup', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  await addPerson(page, 'Own Person');
  const own = await storedDoc(page);
  const backups = () => page.evaluate(() => JSON.parse(localStorage.getItem('tsunagari.backups') ?? '[]'));
  const peopleOf = (key) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).people.map((p) => p.name), key);
  // Two replaces in a row: the second does not overwrite the first's backup.
  for (let i = 0; i < 2; i++) {
    await pickAndPreview(page, join(FIXTURES, 'valid-small.json'));
    await page.click('#import-replace');
    await page.waitForFunction(() => document.activeElement?.id === 'files-status');
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k))?.people.length === 2, DOC_KEY);
  }
  let list = await backups();
  assert.equal(list.length, 2, 'one dated backup per replace');
  assert.deepEqual(await peopleOf(list[1].key), own.people.map((p) => p.name), 'the first backup still holds my own data');

  // Settings lists the same backups.
  await goto(page, '#/settings');
  await page.waitForSelector('#restore-1');
  await goto(page, '#/files');
  const replaced = await storedDoc(page);
  // The older backup (my own data): asking first changes nothing.
  await page.click('#restore-1');
  await page.waitForSelector('#restore-1-question');
  assert.match(await page.locator('#restore-1-question').textContent(), /今のデータは新しい控えとして残ります/);
  assert.deepEqual((await storedDoc(page)).people, replaced.people, 'nothing changes before the answer');
  await page.getByRole('button', { name: '戻す', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'restore-status');
  assert.match(await page.locator('#restore-status').textContent(), /控えのデータに戻しました/);
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k))?.people.length === 1, DOC_KEY);
  assert.deepEqual((await storedDoc(page)).people, own.people);
  list = await backups();
  assert.equal(list.length, 3, 'the swap kept the data from just before');
  assert.equal(list[0].reason, 'restore');
  assert.deepEqual((await peopleOf(list[0].key)).length, 2, 'the replaced data is the newest backup');
  assert.equal(await page.locator('.backup-item').count(), 3);
  watcher.assertClean();
  await context.close();
});

test('a merge keeps a backup first, and an empty document never becomes a backup', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  // Nothing of my own yet: replacing keeps no (empty) backup.
  await pickAndPreview(page, join(FIXTURES, 'valid-small.json'));
  await page.click('#import-replace');
  await page.waitForFunction(() => document.activeElement?.id === 'files-status');
  assert.equal(await page.evaluate(() => localStorage.getItem('tsunagari.backups')), null);
  await addPerson(page, 'Own Person');
  const own = await storedDoc(page);
  const file = JSON.parse(await readFile(join(FIXTURES, 'valid-small.json'), 'utf8'));
  file.document.people.push({ ...file.document.people[0], id: '00000000000000ab', name: 'New One' });
  await pickAndPreview(page, { name: 'more.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.click('#import-merge');
  await page.waitForFunction(() => document.activeElement?.id === 'files-status');
  const list = await page.evaluate(() => JSON.parse(localStorage.getItem('tsunagari.backups')));
  assert.equal(list.length, 1);
  assert.equal(list[0].reason, 'merge');
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), list[0].key)).people, own.people);
  watcher.assertClean();
  await context.close();
});

test('merging adds new items, updates newer ones and reports both', async () => {
  const { page, context, watcher } = await openApp(browser, url, { locale: 'en-GB' });
  await addPerson(page, 'Ken Ito');
  await goto(page, '#/files');
  const { text } = await downloadText(page, () => page.click('#export-json'));
  const file = JSON.parse(text);
  // The same person edited later elsewhere, plus someone new.
  const ken = file.document.people[0];
  file.document.people[0] = { ...ken, name: 'Ken Ito (Osaka)', updated_at: '2030-01-01T00:00:00Z' };
  file.document.people.push({ ...ken, id: '00000000000000ab', name: 'Mari Abe' });
  await pickAndPreview(page, { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.click('#import-merge');
  await page.waitForFunction(() => document.activeElement?.id === 'files-status');
  const report = await page.locator('#merge-report').textContent();
  assert.ok(report.includes('People: 1 added, 1 updated'), report);
  assert.ok(report.includes('Actions: 0 added, 0 updated'), report);
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k))?.people.length === 2, DOC_KEY);
  const names = (await storedDoc(page)).people.map((p) => p.name).sort();
  assert.deepEqual(names, ['Ken Ito (Osaka)', 'Mari Abe']);

  // The same file again changes nothing and says so.
  await pickAndPreview(page, { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.click('#import-merge');
  await page.waitForFunction(() => document.activeElement?.id === 'files-status');
  assert.match(await page.locator('#files-status').textContent(), /already in your data/);
  watcher.assertClean();
  await context.close();
});

test('a shared plan opens read-only: own data untouched byte for byte, banner, and the way back', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  await addPerson(page, '自分の知り合い');
  await addAction(page, '自分の行動');
  const mine = await snapshot(page);

  await pickAndPreview(page, join(FIXTURES, 'valid-small.json'));
  await page.click('#import-view');
  await page.waitForSelector('#read-only-banner');
  assert.match(await page.locator('#read-only-banner').textContent(), /読み取り専用/);
  await page.waitForURL(/#\/$/);
  assert.equal(await page.locator('#home-next-step').count(), 0, 'no suggestions to act on');

  await goto(page, '#/people');
  await page.waitForSelector('.person-name');
  const shownPeople = await page.locator('.person-name').allTextContents();
  assert.deepEqual(shownPeople.map((s) => s.trim()).sort(), ['佐藤', '山田 太郎']);
  assert.equal(await page.locator('#add-person').count(), 0, 'no editing controls');

  await goto(page, '#/plan');
  await page.waitForSelector('.action-title');
  assert.deepEqual((await page.locator('.action-title').allTextContents()).map((s) => s.trim()), ['お礼を伝える']);
  assert.equal(await page.locator('.action-done, .action-skip, #add-action').count(), 0);

  await goto(page, '#/results');
  await page.waitForSelector('.overall-score');
  assert.equal(await page.locator('.add-tip').count(), 0);

  await goto(page, '#/people/new');
  await page.waitForSelector('.read-only-notice');
  assert.equal(await page.locator('#person-name').count(), 0, 'editing screens are closed');

  assert.deepEqual(await snapshot(page), mine, 'own data unchanged while viewing');

  await goto(page, '#/people');
  await page.waitForSelector('.person-name');
  await page.click('#return-to-my-data');
  await page.waitForSelector('#read-only-banner', { state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.deepEqual((await page.locator('.person-name').allTextContents()).map((s) => s.trim()), ['自分の知り合い']);
  assert.equal(await page.locator('#add-person').count(), 1);
  assert.deepEqual(await snapshot(page), mine, 'own data unchanged after returning');
  watcher.assertClean();
  await context.close();
});

test('malformed and non-JSON files are refused with their specific message, and nothing changes', async () => {
  for (const [locale, messages] of [
    ['ja-JP', ['document.people[1].cadence：不明な値「yearly」です', 'JSONとして読めません']],
    ['en-GB', ["document.people[1].cadence: unknown value 'yearly'", 'The file is not valid JSON']],
  ]) {
    const { page, context, watcher } = await openApp(browser, url, { locale });
    await addPerson(page, 'Someone');
    const mine = await snapshot(page);

    await pick(page, join(FIXTURES, 'malformed/unknown-cadence.json'));
    await page.waitForSelector('#import-error .import-error-message');
    assert.ok((await page.locator('#import-error').textContent()).includes(messages[0]));
    assert.equal(await page.getAttribute('#import-error', 'role'), 'alert');
    assert.equal(await page.getAttribute('#import-file', 'aria-describedby'), 'import-help import-error');
    assert.equal(await page.getAttribute('#import-file', 'aria-invalid'), 'true');
    assert.equal(await page.locator('#import-preview').count(), 0);

    await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello, this is not JSON') });
    await page.waitForFunction((m) => document.querySelector('#import-error')?.textContent.includes(m), messages[1]);
    assert.deepEqual(await snapshot(page), mine, 'nothing changed');
    watcher.assertClean();
    await context.close();
  }
});

test('a file can be dropped on the screen', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/files`);
  await page.waitForSelector('#import-file');
  const text = await readFile(join(FIXTURES, 'valid-small.json'), 'utf8');
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('.screen.files', 'dragover', { dataTransfer });
  await page.waitForSelector('.drop-zone.active');
  await page.dispatchEvent('.screen.files', 'drop', { dataTransfer });
  await page.waitForSelector('#import-preview-h');
  assert.ok((await page.locator('#import-summary').textContent()).includes('dropped.json'));
  watcher.assertClean();
  await context.close();
});

test('a file dropped on another screen opens on the files screen instead of replacing the app', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/plan`);
  await page.waitForSelector('#add-action');
  const text = await readFile(join(FIXTURES, 'valid-small.json'), 'utf8');
  for (const [screen, ready] of [['#/plan', '#add-action'], ['#/files', '#import-file']]) {
    await page.evaluate((h) => { location.hash = h; }, screen);
    await page.waitForSelector(ready);
    // Dropped on the header, which no screen's drop zone covers. A drag
    // event whose default is not prevented would make the browser open the
    // file in place of the app.
    const prevented = await dropOnHeader(page, 'elsewhere.json', text);
    assert.deepEqual(prevented, [true, true], 'the browser is kept from opening the file');
    await page.waitForSelector('#import-preview-h');
    assert.equal(await page.evaluate(() => location.hash), '#/files');
    assert.ok((await page.locator('#import-summary').textContent()).includes('elsewhere.json'));
    await page.click('#import-cancel');
    await page.waitForSelector('#import-preview-h', { state: 'detached' });
  }
  watcher.assertClean();
  await context.close();
});

test('a hostile name in an imported file is shown as text', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  let dialog = false;
  page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
  await pickAndPreview(page, join(FIXTURES, 'valid-hostile-text.json'));
  await page.click('#import-replace');
  await page.waitForFunction(() => document.activeElement?.id === 'files-status');
  await goto(page, '#/people');
  await page.waitForSelector('.person-name');
  const names = (await page.locator('.person-name').allTextContents()).map((s) => s.trim());
  assert.ok(names.includes('<script>alert(1)</script>'), names.join(', '));
  assert.equal(await page.locator('main script, main img').count(), 0);
  await goto(page, '#/print');
  await page.waitForSelector('.print-view');
  assert.equal(await page.locator('main script, main img').count(), 0);
  assert.equal(dialog, false);
  watcher.assertClean();
  await context.close();
});

test('calendar and Markdown downloads carry the plan; sharing leaves names and notes out', async () => {
  const { page, context, watcher } = await openApp(browser, url, { locale: 'en-GB' });
  await addPerson(page, 'Hanako Sato', 'weekly');
  await addAction(page, 'Coffee with Ken');
  await goto(page, '#/files');
  await page.waitForSelector('#export-ics');

  const ics = await downloadText(page, () => page.click('#export-ics'));
  assert.match(ics.name, /\.ics$/);
  assert.ok(ics.text.startsWith('BEGIN:VCALENDAR'), ics.text.slice(0, 40));
  assert.ok(ics.text.includes('SUMMARY:Coffee with Ken'), 'the action is an event');
  assert.ok(ics.text.includes('Follow up with Hanako Sato'), 'the follow-up is an event');

  const md = await downloadText(page, () => page.click('#export-markdown'));
  assert.match(md.name, /\.md$/);
  assert.ok(md.text.startsWith('# Tsunagari plan'), md.text.slice(0, 40));
  assert.ok(md.text.includes('Coffee with Ken'));
  assert.ok(md.text.includes('Hanako Sato'));

  await page.check('#share-numbered');
  const shared = await downloadText(page, () => page.click('#export-shared'));
  assert.match(shared.name, /^tsunagari-plan-shared-/);
  assert.ok(!shared.text.includes('Hanako'), 'the name is replaced');
  assert.equal(JSON.parse(shared.text).document.people[0].name, 'Person 1');
  await page.check('#share-initials');
  const initials = await downloadText(page, () => page.click('#export-shared'));
  assert.equal(JSON.parse(initials.text).document.people[0].name, 'H. S.');
  watcher.assertClean();
  await context.close();
});

test('the print view has a dated heading, prints without navigation and calls the print dialog', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
  await page.reload();
  await waitForApp(page);
  await takeAssessment(page);
  await addAction(page, '名刺を整理する');
  await goto(page, '#/files');
  await page.click('#open-print');
  await page.waitForSelector('.print-view');
  assert.match(await page.locator('.print-date').textContent(), /\d{4}年\d{1,2}月\d{1,2}日に印刷/);
  assert.ok((await page.locator('#print-actions').textContent()).includes('名刺を整理する'));
  await page.click('#print-now');
  assert.equal(await page.evaluate(() => window.__printed), 1);

  await page.emulateMedia({ media: 'print' });
  for (const hash of ['#/print', '#/results', '#/plan']) {
    await goto(page, hash);
    await page.waitForSelector('main h1');
    await afterPaint(page);
    assert.equal(await page.locator('.site-header').isVisible(), false, `${hash}: no navigation on paper`);
    assert.equal(await page.locator('main button:visible').count(), 0, `${hash}: no buttons on paper`);
    assert.equal(await page.locator('.print-heading').isVisible(), true, `${hash}: the print heading shows`);
  }
  watcher.assertClean();
  await context.close();
});
