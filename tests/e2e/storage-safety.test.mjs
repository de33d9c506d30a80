// No data loss, no way in: several tabs, a full quota, unreadable stored
// data, a panic, deleting everything, hostile URLs. Every page is also
// watched for CSP violations, console errors and off-origin requests.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { CORRUPT_STORAGE, rawOf } from './fixtures/corrupt-storage.mjs';
import { ROOT, guard, leaveWaitingFile, openApp, saved, setUp, waitForApp, waitingFileCaches } from './harness.mjs';

const DOC_KEY = 'tsunagari.doc';
const { browser, url } = await setUp();

const stored = async (page) => {
  await saved(page);
  return page.evaluate((k) => localStorage.getItem(k), DOC_KEY);
};
const storedDoc = async (page) => JSON.parse(await stored(page));

async function answer(page, step) {
  await page.locator(`#choice-${step}`).check();
  await page.getByRole('button', { name: /次へ|Next/ }).click();
}

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await download.path(), 'utf8');
}

test('two tabs editing alternately lose nothing', async () => {
  const { page: a, context, watcher } = await openApp(browser, `${url}#/assessment`);
  const b = await context.newPage();
  await b.goto(`${url}#/assessment`);
  await waitForApp(b);
  await a.waitForSelector('.progress-count');
  await b.waitForSelector('.progress-count');
  // Alternate: each tab answers the question it shows, then moves on.
  await answer(a, 2); // q1 = 2 (A)
  await b.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '2 / 35');
  await answer(b, 4); // q2 = 4 (B)
  await a.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '3 / 35');
  await answer(a, 5); // q3 = 5 (A)
  await b.waitForFunction(() => document.querySelector('.progress-count')?.textContent.trim() === '4 / 35');
  const doc = await storedDoc(b);
  assert.deepEqual(Object.values(doc.draft.answers).sort(), [2, 4, 5]);
  assert.equal(doc.draft.position, 3);
  watcher.assertClean();
  await context.close();
});

/** A generated plan (people, interactions, actions) from the `sample_doc` example. */
function generated(people, interactions, actions) {
  const bin = join(ROOT, 'target/release/examples/sample_doc');
  assert.ok(existsSync(bin), 'run `cargo build --release --example sample_doc` first (scripts/test does)');
  return execFileSync(bin, [people, interactions, actions, 7, '2026-11-23'].map(String), { maxBuffer: 1 << 28 }).toString();
}

/** The stored document put back together from its head and chunks, as the app reads it. */
const assembled = async (page) => {
  await saved(page);
  return page.evaluate((k) => {
    const head = JSON.parse(localStorage.getItem(k));
    for (const field of ['people', 'interactions', 'actions']) {
      if (head[field]?.chunks) head[field] = head[field].chunks.flatMap((c) => JSON.parse(localStorage.getItem(c)));
    }
    return head;
  }, DOC_KEY);
};

test('two tabs editing a large plan (stored in chunks) lose nothing, and it reads back whole', async () => {
  const { page: a, context, watcher } = await openApp(browser, url);
  await a.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [DOC_KEY, generated(300, 900, 400)]);
  await a.reload();
  await waitForApp(a);
  const before = await assembled(a);
  const [p1, p2] = before.people.map((p) => p.id);
  const count = (doc, id) => doc.interactions.filter((i) => i.person === id).length;
  await a.goto(`${url}#/people/${p1}`);
  const b = await context.newPage();
  await b.goto(`${url}#/people/${p2}`);
  await waitForApp(b);
  // Each tab logs a contact with its person, one after the other.
  await a.click('#log-save');
  await saved(a);
  await b.click('#log-save');
  await saved(b);
  const after = await assembled(b);
  assert.equal(after.interactions.length, before.interactions.length + 2);
  assert.equal(count(after, p1), count(before, p1) + 1, "tab A's contact is kept");
  assert.equal(count(after, p2), count(before, p2) + 1, "tab B's contact is kept");
  assert.deepEqual(after.people, before.people);
  assert.deepEqual(after.actions, before.actions);
  const keys = await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tsunagari.chunk.')));
  assert.ok(keys.length >= 5 + 15 + 7, `stored in chunks (${keys.length} keys)`);
  // A reload reads it back whole; nothing is reported unreadable.
  await a.reload();
  await waitForApp(a);
  await a.waitForSelector('#person-log .log-item');
  assert.equal(await a.locator('#storage-problem-h').count(), 0);
  assert.deepEqual(await assembled(a), after);
  watcher.assertClean();
  await context.close();
});

test('a change made just before the tab closes is saved (the save waits a moment, leaving does not)', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/assessment`);
  await page.waitForSelector('.progress-count');
  await page.locator('#choice-4').check();
  assert.ok(await page.evaluate(() => document.documentElement.hasAttribute('data-unsaved')), 'the save is still due');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(`${url}#/assessment`);
  await waitForApp(again);
  const doc = await storedDoc(again);
  assert.equal(Object.values(doc.draft.answers)[0], 4);
  watcher.assertClean();
  await context.close();
});

test('a stale tab never overwrites newer data: it takes it, re-applies its change and says so', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/assessment`);
  await page.waitForSelector('.progress-count');
  await answer(page, 3);
  // Another writer stores a newer document behind this tab's back (a write
  // in the same page fires no storage event, exactly like a missed one).
  const before = await storedDoc(page);
  const newer = { ...before, revision: before.revision + 5, settings: { lang: 'en' } };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOC_KEY, JSON.stringify(newer)]);
  await answer(page, 1);
  await page.waitForSelector('.sync-notice');
  const after = await storedDoc(page);
  assert.equal(after.settings.lang, 'en', "the other writer's change is kept");
  assert.equal(Object.keys(after.draft.answers).length, 2, "this tab's change is re-applied");
  assert.ok(after.revision > newer.revision);
  watcher.assertClean();
  await context.close();
});

test('a full quota: the user is told, earlier data stays, export still works', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/assessment`);
  await page.waitForSelector('.progress-count');
  await answer(page, 4);
  const saved = await stored(page);
  // Fill greedily, big pieces first, down to single characters.
  const filled = await page.evaluate(() => {
    let refused = false;
    let n = 0;
    for (const size of [256 * 1024, 16 * 1024, 1024, 64, 8, 1]) {
      const chunk = 'x'.repeat(size);
      for (let i = 0; i < 2000; i++) {
        try {
          localStorage.setItem(`filler.${n++}`, chunk);
        } catch {
          refused = true;
          break;
        }
      }
    }
    return refused;
  });
  assert.ok(filled, 'localStorage refused more data');
  await answer(page, 2);
  await page.waitForSelector('#save-failed-h');
  assert.equal(await stored(page), saved, 'earlier data intact');
  const exported = JSON.parse(await downloadText(page, () => page.locator('.notice-warning .export-button').click()));
  assert.equal(Object.keys(exported.draft?.answers ?? exported.document?.draft?.answers ?? {}).length, 2,
    'the export holds the unsaved change too');
  // Space freed: the next change saves and the warning goes away.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
  await answer(page, 5);
  await page.waitForSelector('#save-failed-h', { state: 'detached' });
  assert.equal(Object.keys((await storedDoc(page)).draft.answers).length, 3);
  // The one expected console line is Chromium's own report of the refused write, if any.
  watcher.assertClean((p) => /QuotaExceeded|exceeded the quota/i.test(p));
  await context.close();
});

for (const fixture of CORRUPT_STORAGE) {
  test(`unreadable stored data is kept byte for byte: ${fixture.name}`, async () => {
    const raw = rawOf(fixture);
    const context = await browser.newContext({ locale: 'ja-JP' });
    const watcher = guard(context, new URL(url).origin);
    const page = await context.newPage();
    await page.goto(url);
    await waitForApp(page);
    await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [DOC_KEY, raw]);
    await page.reload();
    await waitForApp(page);
    if (fixture.newer) {
      // A newer version's data is neither unreadable nor copied aside: this tab waits for a reload.
      await page.waitForSelector('#newer-app-h');
      assert.equal(await stored(page), raw, 'the stored text is untouched');
      assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tsunagari.unreadable.'))), []);
      watcher.assertClean();
      await context.close();
      return;
    }
    await page.waitForSelector('#storage-problem-h');
    assert.equal(await stored(page), raw, 'the stored text is untouched');
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tsunagari.unreadable.')));
    assert.equal(backups.length, 1);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), raw, 'the backup is byte for byte');
    // Working with the app does not save over it.
    await page.goto(`${url}#/assessment`);
    await page.waitForSelector('.progress-count');
    await answer(page, 3);
    assert.equal(await stored(page), raw, 'still untouched after an edit');
    if (!fixture.huge) {
      const text = await downloadText(page, () => page.getByRole('button', { name: '元のデータをダウンロード' }).click());
      assert.equal(text, raw, 'the download is the original text');
    }
    watcher.assertClean();
    await context.close();
  });
}

test('starting fresh after unreadable data is explicit, keeps what was done meanwhile, and the copy stays', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  await page.evaluate((k) => localStorage.setItem(k, '{"broken":'), DOC_KEY);
  await page.reload();
  await waitForApp(page);
  // An answer given while saving is off is the user's own: the new start keeps it.
  await page.evaluate(() => { location.hash = '#/assessment'; });
  await page.waitForSelector('.progress-count');
  await answer(page, 3);
  await page.getByRole('button', { name: /新しく始める/ }).click();
  await page.waitForSelector('#storage-problem-h', { state: 'detached' });
  await saved(page);
  const doc = await storedDoc(page);
  assert.equal(doc.schema_version, 2);
  assert.equal(doc.draft?.answers?.['hob.enjoy'], 3, 'the answer given before starting fresh is saved');
  const backups = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('tsunagari.unreadable.')));
  assert.deepEqual(backups.map(([, v]) => v), ['{"broken":']);
  watcher.assertClean();
  await context.close();
});

test('a panic shows a calm error screen with a download, and the data is untouched', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/assessment`);
  await page.waitForSelector('.progress-count');
  await answer(page, 4);
  const saved = await stored(page);
  await page.goto(`${url}?panic-test#/`);
  await page.waitForSelector('.panic-screen h1');
  assert.match(await page.locator('.panic-screen h1').textContent(), /問題が起きました/);
  const text = await downloadText(page, () => page.getByRole('link', { name: '保存データをダウンロード' }).click());
  assert.equal(text, saved, 'the download is the saved document');
  assert.equal(await stored(page), saved, 'the saved document is untouched');
  // The panic itself is reported; nothing else may go wrong.
  watcher.assertClean((p) => /panic-test|Tsunagari stopped|unreachable/.test(p));
  await context.close();
});

test('delete all my data really empties the app keys, after a confirmation', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/assessment`);
  await page.waitForSelector('.progress-count');
  await answer(page, 4);
  await page.evaluate(() => localStorage.setItem('unrelated.key', 'kept'));
  // A plan file still waiting to be opened (a drop on a first-visit page
  // whose tab was closed before the hand-over): deleted too.
  const kept = () => waitingFileCaches(page);
  await leaveWaitingFile(page, 'left.json', '{"people": []}');
  assert.equal((await kept()).length, 1);
  await page.goto(`${url}#/settings`);
  await page.getByRole('button', { name: 'すべてのデータを削除する…' }).click();
  await page.getByRole('button', { name: 'やめる' }).click();
  assert.notEqual(await stored(page), null, 'cancel deletes nothing');
  await page.getByRole('button', { name: 'すべてのデータを削除する…' }).click();
  await page.getByRole('button', { name: '削除する', exact: true }).click();
  await page.waitForSelector('text=すべてのデータを削除しました。');
  // What remains: other apps' keys, and a tombstone that holds no data
  // (so a tab that missed the deletion never writes the old data back).
  const left = async () => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const tombstone = (entries) => {
    assert.deepEqual(Object.keys(entries).sort(), [DOC_KEY, 'tsunagari.home', 'unrelated.key'], 'only keys of other apps remain (and which deployment owns the storage)');
    assert.deepEqual(Object.keys(JSON.parse(entries[DOC_KEY])).sort(), ['lineage', 'tsunagari_deleted']);
  };
  tombstone(await left());
  for (let i = 0; i < 30 && (await kept()).length > 0; i++) await page.waitForTimeout(100);
  assert.deepEqual(await kept(), [], 'no kept file is left');
  await page.reload();
  await waitForApp(page);
  tombstone(await left());
  watcher.assertClean();
  await context.close();
});

test('settings show the storage used and the persistent-storage answer', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/settings`);
  await page.waitForSelector('.storage-used');
  assert.match(await page.locator('.storage-used').textContent(), /KB/);
  await page.waitForFunction(() => !document.querySelector('.persist-status')?.textContent.includes('確認しています'));
  assert.ok((await page.locator('.persist-status').textContent()).length > 0);
  watcher.assertClean();
  await context.close();
});

test('hostile URL hashes render as text and lead home', async () => {
  const { page, context, watcher } = await openApp(browser, `${url}#/<img src=x onerror=alert(1)>`);
  let dialog = false;
  page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
  assert.match(await page.locator('h1').textContent(), /社外のつながり/);
  await page.goto(`${url}#/results/"><script>alert(1)</script>`);
  await waitForApp(page);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  assert.equal(dialog, false);
  watcher.assertClean();
  await context.close();
});
