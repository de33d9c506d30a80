// Two tabs of the app really saving at the same time (no waiting for the
// storage event between them), stale tabs on a lower and on an equal
// revision, chunked documents, deletion while another tab holds pending
// changes, and a document from a newer app version. See domain::sync.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, openApp, saved, setUp, waitForApp } from './harness.mjs';

const DOC_KEY = 'tsunagari.doc';
const { browser, url } = await setUp();

/** The stored document put back together from its head and chunks. */
const assembled = (page) => page.evaluate((k) => {
  const head = JSON.parse(localStorage.getItem(k));
  for (const field of ['people', 'interactions', 'actions']) {
    if (head?.[field]?.chunks) head[field] = head[field].chunks.flatMap((c) => JSON.parse(localStorage.getItem(c)));
  }
  return head;
}, DOC_KEY);

const names = (doc) => (doc?.people ?? []).map((p) => p.name).sort();

/** Adds a person through the form, without waiting for the save. */
async function addPerson(page, name) {
  await page.goto(`${url}#/people/new`);
  await page.waitForSelector('#person-name');
  await page.fill('#person-name', name);
  await page.click('#person-save');
  await page.waitForFunction(() => !location.hash.endsWith('/people/new'));
}

/**
 * Adds one person in each page, the save clicks landing at the same moment
 * (one shared clock), so their saves 0.2 s later meet at the lock.
 */
async function addTogether(pages, people) {
  await Promise.all(pages.map(async (page, t) => {
    await page.goto(`${url}#/people/new`);
    await page.waitForSelector('#person-name');
    await page.fill('#person-name', people[t]);
  }));
  const at = Date.now() + 300;
  await Promise.all(pages.map((page) => page.evaluate((at) => new Promise((done) => {
    setTimeout(() => { document.getElementById('person-save').click(); done(); }, at - Date.now());
  }), at)));
  await Promise.all(pages.map((page) => page.waitForFunction(() => !location.hash.endsWith('/people/new'))));
}

/** A second page of the same browser profile (shares localStorage). */
async function second(context, hash = '') {
  const page = await context.newPage();
  await page.goto(`${url}${hash}`);
  await waitForApp(page);
  return page;
}

/** Holds the Web Lock `name` in `page` until the page closes (or the app steals it). */
const holdLock = (page, name) => page.evaluate((name) => new Promise((held) => {
  navigator.locks.request(name, () => { held(); return new Promise(() => {}); }).catch(() => {});
}), name);

/**
 * Lets `deafen` work in every page of `context` from now on, and reloads
 * `page` so that it has it too. Listeners on the window run in the order
 * they were added (Chromium runs capture listeners at the target in that
 * order as well), so the one that stops the events must come before the
 * app's: a script that runs before the page's own.
 */
async function deafenable(context, page) {
  await context.addInitScript(() => {
    window.addEventListener('storage', (e) => { if (window.__deaf) e.stopImmediatePropagation(); }, true);
  });
  await page.reload();
  await waitForApp(page);
}

/** Stops `storage` events reaching the app in this page: "delivered never". */
const deafen = async (page) => {
  assert.ok(await page.evaluate(() => {
    window.__deaf = true;
    // A write by another page of this origin must no longer reach the app.
    let heard = false;
    const probe = () => { heard = true; };
    window.addEventListener('storage', probe);
    window.dispatchEvent(new StorageEvent('storage', { key: 'tsunagari.doc' }));
    window.removeEventListener('storage', probe);
    return !heard;
  }), 'storage events are stopped before the app hears them');
};

// Only with Web Locks: without them (engines before 2022) the re-read after
// each write catches most lost races but not all (a tab that read before our
// write and writes after our re-read), so a concurrent run there is not a
// guarantee to test; the core's property tests cover what does hold.
for (const locks of [true]) {
  test(`two tabs adding people at the same moment keep every person (${locks ? 'with' : 'without'} Web Locks)`, async () => {
    const { page: a, context, watcher } = await openApp(browser, url);
    await deafenable(context, a);
    if (!locks) {
      // An engine without Web Locks: the re-read after each write must catch a lost race.
      await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }));
      await a.reload();
      await waitForApp(a);
    }
    const b = await second(context);
    await deafen(a);
    await deafen(b);
    const rounds = 4;
    await Promise.all([a, b].map(async (page, t) => {
      for (let i = 0; i < rounds; i++) await addPerson(page, `tab${t}-${i}`);
      await saved(page);
    }));
    // Let both settle: each saves again what it may still hold.
    await a.goto(`${url}#/people`);
    await b.goto(`${url}#/people`);
    await saved(a);
    await saved(b);
    const expected = [0, 1].flatMap((t) => [...Array(rounds).keys()].map((i) => `tab${t}-${i}`)).sort();
    assert.deepEqual(names(await assembled(a)), expected, 'every person of both tabs is stored');
    watcher.assertClean();
    await context.close();
  });
}

for (const [what, shift] of [['a lower', -1], ['an equal', 0]]) {
  test(`a tab that finds ${what} revision written by another tab takes it and replays its own change`, async () => {
    const { page, context, watcher } = await openApp(browser, url);
    await addPerson(page, 'mine-1');
    await addPerson(page, 'mine-2');
    await saved(page);
    const before = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), DOC_KEY));
    // Another writer (no event reaches this page: a write in the same page
    // fires none) stored its own version: other content, another write id.
    const theirs = {
      ...before,
      revision: before.revision + shift,
      write: before.write + 1,
      people: [{ ...before.people[0], id: '00000000000000ff', name: 'theirs' }],
    };
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOC_KEY, JSON.stringify(theirs)]);
    await addPerson(page, 'mine-3');
    await saved(page);
    await page.waitForSelector('.sync-notice');
    assert.deepEqual(names(await assembled(page)), ['mine-3', 'theirs'],
      "their document is kept and this tab's pending change is replayed onto it");
    watcher.assertClean();
    await context.close();
  });
}

function generated(people, interactions, actions) {
  const bin = join(ROOT, 'target/release/examples/sample_doc');
  assert.ok(existsSync(bin), 'run `cargo build --release --example sample_doc` first');
  return execFileSync(bin, [people, interactions, actions, 7, '2026-11-23'].map(String), { maxBuffer: 1 << 28 }).toString();
}

// Once 1 whole-file run in 6 lost an edit here: the Web Lock ordered the
// saves, but a tab's copy of localStorage could still show the head from
// before the other tab's save (see "A fresh view of storage" in sync.rs).
test('two tabs saving a chunked plan at the same moment keep both changes, and every chunk the head lists exists', async () => {
  const { page: a, context, watcher } = await openApp(browser, url);
  await a.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [DOC_KEY, generated(300, 900, 400)]);
  await deafenable(context, a);
  const b = await second(context);
  await deafen(a);
  await deafen(b);
  const before = await assembled(a);
  // Each round both tabs save within the same few milliseconds: the second
  // save takes the lock right after the first lets go, when its copy of
  // storage most often still shows the head from before (without the wait
  // for the published head, most runs lost an edit here).
  const rounds = 20;
  for (let i = 0; i < rounds; i++) await addTogether([a, b], [`chunked-0-${i}`, `chunked-1-${i}`]);
  await saved(a);
  await saved(b);
  await a.goto(`${url}#/people`);
  await b.goto(`${url}#/people`);
  await saved(a);
  await saved(b);
  const after = await assembled(a);
  const added = names(after).filter((n) => n.startsWith('chunked-'));
  const expected = [0, 1].flatMap((t) => [...Array(rounds).keys()].map((i) => `chunked-${t}-${i}`)).sort();
  assert.deepEqual(added, expected, 'every edit of both tabs is stored');
  assert.equal(after.people.length, before.people.length + 2 * rounds);
  assert.equal(after.interactions.length, before.interactions.length);
  const missing = await a.evaluate((k) => {
    const head = JSON.parse(localStorage.getItem(k));
    return ['people', 'interactions', 'actions'].flatMap((f) => head[f].chunks).filter((c) => localStorage.getItem(c) === null);
  }, DOC_KEY);
  assert.deepEqual(missing, [], 'no listed chunk was collected');
  await a.reload();
  await waitForApp(a);
  assert.equal(await a.locator('#storage-problem-h').count(), 0, 'it reads back whole');
  watcher.assertClean();
  await context.close();
});

test('deleting everything while a background tab holds changes: nothing is ever written back', async () => {
  const { page: a, context, watcher } = await openApp(browser, url);
  await deafenable(context, a);
  await addPerson(a, 'before deletion');
  await saved(a);
  const b = await second(context, '#/people');
  await deafen(b); // b never hears of the deletion
  await addPerson(b, 'pending in b');
  await saved(b);
  await a.goto(`${url}#/settings`);
  await a.getByRole('button', { name: 'すべてのデータを削除する…' }).click();
  // b changes something at the same moment as the deletion, and its page is then left.
  await b.goto(`${url}#/people/new`);
  await b.fill('#person-name', 'made in b while deleting');
  await Promise.all([
    b.click('#person-save'),
    a.getByRole('button', { name: '削除する', exact: true }).click(),
  ]);
  await a.waitForSelector('text=すべてのデータを削除しました。');
  // b's copy of storage shows the deletion's lineage first. The save on
  // leaving a page runs without the lock (a closing page cannot wait for
  // one), so a copy still showing the head from before the deletion could
  // write it back: a remaining race stated in the README and sync.rs, not
  // what this test is about (the tombstone stopping b's pending save).
  const lineage = await a.evaluate((k) => JSON.parse(localStorage.getItem(k)).lineage, DOC_KEY);
  await b.waitForFunction(([k, l]) => JSON.parse(localStorage.getItem(k) ?? 'null')?.lineage === l, [DOC_KEY, lineage]);
  // b's page is left at once: its pending save runs on the way out.
  await b.close({ runBeforeUnload: true });
  // close() does not wait for a page whose unload handlers run: wait, then
  // read storage through a fresh copy (a reload), not a's possibly older one.
  if (!b.isClosed()) await b.waitForEvent('close');
  await a.reload();
  await waitForApp(a);
  const left = await a.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  assert.deepEqual(Object.keys(left).sort(), [DOC_KEY, 'tsunagari.home'], 'only the tombstone (and the owning deployment)');
  // Nothing from before the deletion ever comes back, whoever saves last.
  assert.ok(!left[DOC_KEY].includes('before deletion') && !left[DOC_KEY].includes('pending in b'),
    `nothing deleted is stored again: ${left[DOC_KEY].slice(0, 200)}`);
  const stored = JSON.parse(left[DOC_KEY]);
  let expected = 0;
  if (stored.tsunagari_deleted) {
    assert.deepEqual(Object.keys(stored).sort(), ['lineage', 'tsunagari_deleted'], 'it holds no data');
  } else {
    // When b's own save met the tombstone before its click was handled, b
    // was cleared first (and says so); the person saved after that starts the
    // new life alone, in the deletion's lineage, at revision 1.
    assert.deepEqual(stored.people.map((p) => p.name), ['made in b while deleting']);
    assert.equal(stored.revision, 1);
    expected = 1;
  }
  await a.reload();
  await waitForApp(a);
  await a.goto(`${url}#/people`);
  assert.equal(await a.locator('.person-row').count(), expected);
  watcher.assertClean();
  await context.close();
});

test('a tab that hears of the deletion says so and shows no old data', async () => {
  const { page: a, context, watcher } = await openApp(browser, url);
  await addPerson(a, 'someone');
  await saved(a);
  const b = await second(context, '#/people');
  await b.waitForSelector('.person-row');
  await a.goto(`${url}#/settings`);
  await a.getByRole('button', { name: 'すべてのデータを削除する…' }).click();
  await a.getByRole('button', { name: '削除する', exact: true }).click();
  await b.waitForSelector('.sync-notice');
  assert.match(await b.locator('.sync-notice').textContent(), /別のタブですべてのデータが削除されました/);
  assert.equal(await b.locator('.person-row').count(), 0);
  watcher.assertClean();
  await context.close();
});

test('a head lock naming a head that never appears holds a save back only briefly, even with the wall clock standing still', async () => {
  const { page, context, watcher } = await openApp(browser, url);
  // A clock that does not move (as after the system clock is set back):
  // the wait must end by counting, not by the date.
  await context.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
  await page.reload();
  await waitForApp(page);
  await page.goto(`${url}#/people/new`);
  await page.waitForSelector('#person-name');
  // A tab that died mid-save named a head nobody will ever see.
  await holdLock(page, 'tsunagari.head.999999.d.1.999.1');
  await page.fill('#person-name', 'after the stuck head');
  await page.click('#person-save');
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-unsaved'), null, { timeout: 15_000 });
  assert.deepEqual(names(await assembled(page)), ['after the stuck head']);
  watcher.assertClean();
  await context.close();
});

test('a tab frozen while holding the save lock: the other tab says its changes wait, and saves them once the lock is free', async () => {
  const { page: a, context, watcher } = await openApp(browser, url);
  const b = await second(context);
  await holdLock(b, 'tsunagari.save');
  await addPerson(a, 'waiting');
  await a.waitForSelector('#save-held-up-h', { timeout: 30_000 });
  assert.equal((await a.locator('#save-held-up-h').textContent()).trim(), 'まだ保存できていません');
  assert.ok(await a.evaluate(() => document.documentElement.hasAttribute('data-unsaved')), 'still marked unsaved');
  assert.deepEqual(names(await assembled(a)), [], 'nothing written while the lock is held');
  await b.close();
  await addPerson(a, 'after');
  await saved(a);
  assert.deepEqual(names(await assembled(a)), ['after', 'waiting']);
  assert.equal(await a.locator('#save-held-up-h').count(), 0);
  watcher.assertClean();
  await context.close();
});

test('a copy that still shows the head the last save wrote over never writes over that save, and says its changes wait', async () => {
  const { page: a, context, watcher } = await openApp(browser, url);
  await addPerson(a, 'first');
  await saved(a);
  const b = await second(context);
  // Tab b names a save that wrote over the head a's copy shows: a's copy
  // is behind by that save (as a lagging copy of storage would be).
  const h = await b.evaluate((k) => JSON.parse(localStorage.getItem(k)), DOC_KEY);
  await holdLock(b, `tsunagari.head.999999.d.${h.lineage}.${h.revision + 1}.1.after.d.${h.lineage}.${h.revision}.${h.write}`);
  await addPerson(a, 'second');
  await a.waitForSelector('#save-held-up-h', { timeout: 30_000 });
  assert.deepEqual(names(await assembled(a)), ['first'], 'nothing written from the lagging copy');
  // Leaving the page saves without the lock: not from this copy either.
  await a.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.deepEqual(names(await assembled(a)), ['first'], 'nor on leaving the page');
  assert.ok(await a.evaluate(() => document.documentElement.hasAttribute('data-unsaved')), 'still marked unsaved');
  await b.close();
  await addPerson(a, 'third');
  await saved(a);
  assert.deepEqual(names(await assembled(a)), ['first', 'second', 'third']);
  assert.equal(await a.locator('#save-held-up-h').count(), 0);
  watcher.assertClean();
  await context.close();
});

test('a save another tab announces stops even the save on leaving the page from a copy that is behind it', async () => {
  const { page: a, context, watcher } = await openApp(browser, url);
  await addPerson(a, 'first');
  await saved(a);
  const b = await second(context);
  // A real save in b is announced to a (apart from a's copy of storage).
  const heard = a.evaluate(() => new Promise((got) => {
    const channel = new BroadcastChannel('tsunagari.heads');
    channel.onmessage = (e) => { channel.close(); got(e.data); };
  }));
  await addPerson(b, 'from b');
  await saved(b);
  assert.match(await heard, /^tsunagari\.head\.\d+\.d\.\d+\.\d+\.\d+\.after\.d\./, 'b announced its save');
  await a.reload();
  await waitForApp(a);
  // b holds the save lock, so a's own deferred save waits: only the save on
  // leaving the page could write. b announces a save that wrote over the
  // head a's copy shows, as if a's copy had not caught up with it yet.
  await holdLock(b, 'tsunagari.save');
  const h = await a.evaluate((k) => JSON.parse(localStorage.getItem(k)), DOC_KEY);
  await b.evaluate((name) => {
    const channel = new BroadcastChannel('tsunagari.heads');
    channel.postMessage(name);
    channel.close();
  }, `tsunagari.head.999999.d.${h.lineage}.${h.revision + 1}.1.after.d.${h.lineage}.${h.revision}.${h.write}`);
  await addPerson(a, 'second');
  await a.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.deepEqual(names(await assembled(a)), ['first', 'from b'], 'nothing written on leaving from a copy behind an announced save');
  assert.ok(await a.evaluate(() => document.documentElement.hasAttribute('data-unsaved')), 'still marked unsaved');
  watcher.assertClean();
  await context.close();
});

test('a restore that meets another tab\'s save is not applied over it: the other tab\'s change stays, and the tab says so', async () => {
  const { page: a, context, watcher } = await openApp(browser, url);
  await deafenable(context, a);
  await addPerson(a, 'mine');
  await saved(a);
  // A replace from a file keeps "mine" as a backup to restore.
  await a.goto(`${url}#/files`);
  await a.waitForSelector('#import-file');
  await a.setInputFiles('#import-file', join(ROOT, 'tests/fixtures/valid-small.json'));
  await a.waitForSelector('#import-preview-h');
  await a.click('#import-replace');
  await a.waitForFunction(() => document.activeElement?.id === 'files-status');
  await saved(a);
  const replaced = names(await assembled(a));
  // b adds someone; a does not hear of it before restoring.
  await deafen(a);
  const b = await second(context);
  await addPerson(b, 'added in b');
  await saved(b);
  await a.click('#restore-0');
  await a.waitForSelector('#restore-0-question');
  await a.getByRole('button', { name: '戻す', exact: true }).click();
  await a.waitForSelector('.sync-notice');
  assert.match(await a.locator('.sync-notice').textContent(), /置き換え（控えから戻す・ファイルで置き換える）は行いませんでした/);
  await saved(a);
  assert.deepEqual(names(await assembled(a)), [...replaced, 'added in b'].sort(), 'b\'s change is kept, the restore not applied over it');
  assert.equal(await a.locator('#restore-status').textContent(), '', 'not said to be restored');
  watcher.assertClean();
  await context.close();
});
