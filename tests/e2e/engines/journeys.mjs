// The journeys every engine runs (Chromium, Firefox/Gecko, WebKit), written
// once against the small driver interface of drivers.mjs and page.mjs:
//
//   node --test tests/e2e/engines/journeys.mjs            # all three
//   ENGINES=webkit node --test tests/e2e/engines/journeys.mjs
//
// One browser launch per engine; the journeys share its main tab and start
// from cleared storage. What an engine cannot run is skipped with the reason
// (see SKIPS below and the README's "Browser engines" section); a missing
// engine is a failure, not a skip.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, serve } from '../harness.mjs';
import { DOC_KEY, SAMPLE, SCREENS, sampleIds } from '../screens.mjs';
import { ENGINES, launchEngine, missing } from './drivers.mjs';
import { Page } from './page.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SMALL_PLAN = readFileSync(join(ROOT, 'tests/fixtures/valid-small.json'), 'utf8');

/**
 * Journeys an engine cannot run, with the reason. Checked features (a
 * service worker the engine does not start) are skipped at run time and say so.
 */
export const SKIPS = {
  chromium: {},
  firefox: {},
  webkit: {},
};

const storedDoc = async (page) => {
  await page.saved();
  return JSON.parse(await page.storage(DOC_KEY));
};

/**
 * Same-origin storage emptied, then the app loaded fresh at `hash`, in
 * Japanese: chosen with the app's own switch where the browser does not
 * prefer Japanese (WebKitGTK takes its language from the system locale, and
 * this machine generates none but C.UTF-8).
 */
async function fresh(page, url, hash = '#/') {
  await page.goto(`${url}${hash}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'ja') {
    // The language switch lives one level down, on "More".
    await page.route('#/more', '.lang-switch');
    await page.click('.lang-switch');
    await page.until('Japanese', () => document.documentElement.lang === 'ja');
    await page.route(hash, hash === '#/assessment' ? '.progress-count' : 'main h1');
  }
}

async function progress(page) {
  return page.text('.progress-count');
}

/** How many questions the self-check asks (core/src/assessment/content.rs, ITEMS). */
const TOTAL = 35;

/** Answers the question on screen with `step` and moves on. */
async function answer(page, step) {
  const before = await progress(page);
  await page.click(`#choice-${step}`);
  // Page.click is element.click(), not a pointer tap, so the app does not
  // move on by itself (as with a keyboard): the submit button goes on.
  await page.click('.screen form button[type=submit]');
  await page.until('the next question', (b) => {
    const now = document.querySelector('.progress-count')?.textContent.trim();
    return now !== b || location.hash === '#/results';
  }, before);
}

async function checkResults(page) {
  await page.waitFor('.bars');
  const bars = await page.texts('.bar-row');
  assert.equal(bars.length, 8, 'one bar per area');
  for (const bar of bars) assert.ok(bar.includes('50点'), `every area scores 50 with the middle answer: ${bar}`);
  assert.match(await page.text('.overall-score'), /50点/);
  assert.equal(await page.count('svg.radar polygon.radar-area'), 1);
}

async function axe(page, where) {
  // A question slides in: let running transitions end, or axe reads colours mid-fade.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))).then(() => true));
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.tab.script(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)),
    AXE_TAGS,
  );
  return violations.map((v) => `${where} ${v}`);
}

/** The journeys, in order; each gets { page, url, engine }. */
export const JOURNEYS = [
  {
    name: 'the self-check to results, then reload',
    async run({ page, url }) {
      await fresh(page, url, '#/assessment');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
      for (let i = 1; i <= TOTAL; i++) {
        assert.equal(await progress(page), `${i} / ${TOTAL}`);
        await answer(page, 3);
      }
      await page.until('the results', () => location.hash === '#/results');
      await checkResults(page);
      await page.reload();
      await checkResults(page);
    },
  },
  {
    name: 'a person, a contact-log entry and an action completed',
    async run({ page, url }) {
      await fresh(page, url);
      await page.route('#/people/new', '#person-name');
      await page.fill('#person-name', '山田 太郎');
      await page.click('#person-save');
      await page.until('the person page', () => /^#\/people\/[0-9a-f]{16}$/.test(location.hash));
      await page.click('#log-save');
      await page.until('the log entry', () => document.querySelectorAll('#person-log .log-item').length === 1);
      await page.route('#/plan/new', '#action-title');
      await page.fill('#action-title', '山田さんにお礼を伝える');
      await page.click('#action-save');
      await page.until('the plan', () => location.hash === '#/plan');
      await page.click('.action-done');
      await page.until('the action done', (k) => JSON.parse(localStorage.getItem(k) ?? '{}').actions?.[0]?.status === 'done', DOC_KEY);
      await page.reload();
      const doc = await storedDoc(page);
      assert.deepEqual(doc.people.map((p) => p.name), ['山田 太郎']);
      assert.equal(doc.interactions.length, 1);
      assert.equal(doc.interactions[0].person, doc.people[0].id);
      assert.equal(doc.actions[0].title, '山田さんにお礼を伝える');
    },
  },
  {
    name: 'export, clear the browser, import: the same data is back',
    async run({ page, url }) {
      await page.route('#/files', '#export-json');
      await page.captureDownloads();
      const before = await storedDoc(page);
      assert.equal(before.people.length, 1, 'the previous journey left a person');
      const file = await page.download(() => page.click('#export-json'));
      assert.match(file.name, /^tsunagari-plan-\d{4}-\d{2}-\d{2}\.tsunagari\.json$/);
      assert.equal(file.type, 'application/json');
      assert.deepEqual(JSON.parse(file.text).document.people, before.people);
      // The export is recorded (a change, saved shortly): let it land before clearing.
      await page.until('the export recorded', (k) => JSON.parse(localStorage.getItem(k)).settings?.last_export, DOC_KEY);
      await page.saved();

      await page.evaluate(() => localStorage.clear());
      await page.reload();
      assert.equal(await page.storage(DOC_KEY), null);
      await page.route('#/files', '#import-file');
      await page.putFile('#import-file', { name: file.name, type: file.type, text: file.text });
      await page.waitFor('#import-preview-h');
      assert.ok((await page.text('#import-summary')).includes(file.name), 'the preview names the file');
      await page.click('#import-replace');
      await page.until('the replace', (k) => localStorage.getItem(k) !== null, DOC_KEY);
      const after = await storedDoc(page);
      for (const field of ['people', 'interactions', 'actions', 'assessments']) {
        assert.deepEqual(after[field], before[field], `${field} are back`);
      }
    },
  },
  {
    name: 'a shared plan opens read-only and own data is untouched',
    async run({ page, url }) {
      await page.goto(`${url}#/files`);
      const snapshot = () => page.evaluate(() => JSON.stringify(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
      await page.saved();
      const mine = await snapshot();
      await page.putFile('#import-file', { name: 'shared.json', type: 'application/json', text: SMALL_PLAN });
      await page.click('#import-view');
      await page.waitFor('#read-only-banner');
      await page.route('#/people', '.person-name');
      assert.deepEqual((await page.texts('.person-name')).sort(), ['佐藤', '山田 太郎']);
      assert.equal(await page.count('#add-person'), 0, 'no editing controls');
      assert.equal(await snapshot(), mine, 'own data unchanged while viewing');
      await page.click('#return-to-my-data');
      await page.waitForGone('#read-only-banner');
      assert.deepEqual(await page.texts('.person-name'), ['山田 太郎']);
      assert.equal(await snapshot(), mine, 'own data unchanged after returning');
    },
  },
  {
    name: 'two tabs editing alternately lose nothing',
    async run({ page, url }) {
      await fresh(page, url, '#/assessment');
      const b = await page.newTab(`${url}#/assessment`);
      try {
        const at = (p, n) => p.until(`question ${n}`, (x) => document.querySelector('.progress-count')?.textContent.trim() === x, `${n} / ${TOTAL}`);
        await answer(page, 2);
        await at(b, 2);
        await answer(b, 4);
        await at(page, 3);
        await answer(page, 5);
        await at(b, 4);
        const doc = await storedDoc(b);
        assert.deepEqual(Object.values(doc.draft.answers).sort(), [2, 4, 5]);
        assert.equal(doc.draft.position, 3);
      } finally {
        await b.close();
      }
    },
  },
  {
    name: 'unreadable stored data is kept byte for byte',
    async run({ page, url }) {
      const raw = '{"schema_version":1,"revision":4,"assessments":[{"id":"00000000000000';
      await page.goto(`${url}#/`);
      await page.evaluate((k, v) => { localStorage.clear(); localStorage.setItem(k, v); }, DOC_KEY, raw);
      await page.reload();
      await page.waitFor('#storage-problem-h');
      assert.equal(await page.storage(DOC_KEY), raw, 'the stored text is untouched');
      const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tsunagari.unreadable.')));
      assert.equal(backups.length, 1);
      assert.equal(await page.storage(backups[0]), raw, 'the backup is byte for byte');
      await page.route('#/assessment', '.progress-count');
      await answer(page, 3);
      await page.saved();
      assert.equal(await page.storage(DOC_KEY), raw, 'still untouched after an edit');
    },
  },
  {
    name: 'axe finds nothing on the main screens',
    async run({ page, url }) {
      await page.goto(`${url}#/`);
      await page.evaluate((k, v) => { localStorage.clear(); localStorage.setItem(k, v); }, DOC_KEY, JSON.stringify(SAMPLE));
      await page.reload();
      const ids = sampleIds();
      const found = [];
      for (const screen of SCREENS.filter((s) => s.main)) {
        const hash = typeof screen.route === 'function' ? screen.route(ids) : screen.route;
        await page.route(hash, screen.ready ?? 'main h1');
        found.push(...await axe(page, `${screen.name} ${hash}`));
      }
      assert.deepEqual(found, [], 'no axe violations');
    },
  },
  {
    name: 'offline after one visit: reload with the server gone, data kept',
    async run({ page, skip }) {
      // A server of its own, stopped half-way.
      const { server, url } = await serve();
      try {
        await page.goto(url);
        if (!(await page.evaluate(() => 'serviceWorker' in navigator && window.isSecureContext))) {
          return skip('this engine offers no service worker here');
        }
        await page.until('the service worker', () => navigator.serviceWorker.ready.then(() => true));
        // A page loaded before the worker was active is not controlled: reload
        // until it is (once in Chromium and Firefox; WebKit sometimes needs more).
        const controlled = () => page.evaluate(() => navigator.serviceWorker.controller?.state === 'activated');
        for (let i = 0; i < 5 && !(await controlled()); i++) {
          await page.reload();
          await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), 200 * (i + 1));
        }
        assert.ok(await controlled(), 'the service worker controls the page');
        await page.route('#/assessment', '.progress-count');
        for (let i = 0; i < 3; i++) await answer(page, 3);
        await page.saved();
        server.close();
        server.closeAllConnections();
        await page.reload();
        await page.waitFor('.progress-count');
        assert.equal(await progress(page), `4 / ${TOTAL}`, 'answers saved before going offline are shown');
      } finally {
        server.close();
        server.closeAllConnections();
      }
    },
  },
];

const only = (process.env.ENGINES ?? ENGINES.join(',')).split(',').filter(Boolean);

for (const name of only) {
  describe(`engine: ${name}`, () => {
    let engine;
    let page;
    let served;
    const started = Date.now();
    before(async () => {
      const why = missing(name);
      assert.equal(why, null, `${name} cannot run: ${why} (scripts/lib.sh installs it)`);
      served = await serve();
      engine = await launchEngine(name);
      page = new Page(await engine.open(served.url), name);
    });
    after(async () => {
      await engine?.close();
      served?.server.close();
      console.log(`# ${name} (${engine?.version ?? '?'}): ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
    for (const journey of JOURNEYS) {
      const reason = SKIPS[name]?.[journey.name];
      test(journey.name, { skip: reason ?? false }, async (t) => {
        await journey.run({ page, url: served.url, engine: name, skip: (why) => t.skip(`${name}: ${why}`) });
      });
    }
  });
}
