// Every screen and every dialog-like state of the app, in one list shared by
// the accessibility, layout and screenshot suites. A new screen is covered by
// all of them once it has an entry here: add it to SCREENS (a route and what
// to wait for) and, if it has states worth checking (a confirm step, a form
// with errors, an open panel), to STATES with the steps that reach them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterPaint, saved } from './harness.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

export const DOC_KEY = 'tsunagari.doc';

/**
 * The sample user (domain/persona.rs): a 55-year-old whose management post
 * ends next spring, with ten people, seventeen contact-log entries, twelve
 * actions and two self-checks, dated around TODAY, in each language (same
 * ids). Made by `cargo run --example sample_doc -- persona ja 2026-11-23`
 * (and `en`).
 */
export const PERSONA = {
  ja: JSON.parse(readFileSync(join(HERE, 'fixtures/persona-ja.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(HERE, 'fixtures/persona-en.json'), 'utf8')),
};
export const SAMPLE = PERSONA.ja;

/** The date the sample is built around; the suites fix the page clock to it. */
export const TODAY = '2026-11-23';

/** Ids for routes that name a record: a person with a log and linked actions, an open action. */
export function sampleIds(doc = SAMPLE) {
  const linked = new Set(doc.actions.filter((a) => (a.status ?? 'todo') === 'todo').flatMap((a) => a.people ?? []));
  const logged = new Set(doc.interactions.map((i) => i.person));
  const person = doc.people.find((p) => linked.has(p.id) && logged.has(p.id)) ?? doc.people[0];
  const action = doc.actions.find((a) => (a.status ?? 'todo') === 'todo' && a.kind !== 'custom') ?? doc.actions[0];
  return { person: person?.id ?? '00000000000000aa', action: action?.id ?? '00000000000000bb' };
}

/** Ids that name nothing: with empty data, record routes show their "not found" screen. */
export const MISSING_IDS = { person: '00000000000000aa', action: '00000000000000bb' };

/**
 * The screens: `route` is a hash (or a function of the ids above), `main`
 * true for the main screens that get screenshots.
 */
export const SCREENS = [
  { name: 'home', route: '#/', main: true },
  { name: 'assessment', route: '#/assessment', ready: '.progress-count', main: true },
  { name: 'results', route: '#/results', main: true },
  { name: 'plan', route: '#/plan', main: true },
  { name: 'action-new', route: '#/plan/new', ready: '#action-title' },
  { name: 'action-edit', route: (ids) => `#/plan/${ids.action}` },
  { name: 'people', route: '#/people', main: true },
  { name: 'person-new', route: '#/people/new', ready: '#person-name' },
  { name: 'person', route: (ids) => `#/people/${ids.person}`, main: true },
  { name: 'person-edit', route: (ids) => `#/people/${ids.person}/edit` },
  { name: 'review', route: '#/review', main: true },
  { name: 'history', route: '#/history', main: true },
  { name: 'settings', route: '#/settings', main: true },
  { name: 'files', route: '#/files', ready: '#import-file', main: true },
  { name: 'print', route: '#/print' },
  { name: 'intro', route: '#/intro', ready: '#intro-experience', main: true },
  { name: 'more', route: '#/more', main: true },
];

/**
 * States reached from a screen by a few steps: `data` says which data sets
 * the state exists with ('sample', 'empty' or both). `run(page)` performs
 * the steps with the keyboard or the mouse; it must leave the state visible.
 */
export const STATES = [
  {
    name: 'self-introduction: answered, texts made',
    route: '#/intro',
    async run(page) {
      await page.waitForSelector('#intro-experience');
      await page.fill('#intro-experience', 'メーカーで30年、品質管理と後輩の育成に携わってきました');
      await page.fill('#intro-offer', '現場の改善の進め方');
      await page.fill('#intro-next', '中小企業の品質づくりを手伝う仕事');
      await page.fill('#intro-interests', '写真と山歩き');
      await page.waitForSelector('#intro-short');
    },
  },
  {
    name: 'assessment: no answer chosen',
    route: '#/assessment',
    async run(page) {
      await page.waitForSelector('.progress-count');
      await page.locator('.question-nav button[type=submit]').click();
      await page.waitForSelector('#answer-error');
    },
  },
  {
    name: 'person form: errors',
    route: '#/people/new',
    async run(page) {
      await page.click('#person-save');
      await page.waitForSelector('#person-name-error');
    },
  },
  {
    name: 'action form: errors',
    route: '#/plan/new',
    async run(page) {
      await page.fill('#action-title', '');
      await page.click('#action-save');
      await page.waitForSelector('#action-title-error');
    },
  },
  {
    name: 'action: delete confirm',
    data: ['sample'],
    route: (ids) => `#/plan/${ids.action}`,
    async run(page) {
      await page.click('#action-delete');
      await page.waitForSelector('.confirm');
    },
  },
  {
    name: 'person: delete confirm',
    data: ['sample'],
    route: (ids) => `#/people/${ids.person}`,
    async run(page) {
      await page.click('#person-delete');
      await page.waitForSelector('.danger-zone .confirm');
    },
  },
  {
    name: 'person: contact-log entry delete confirm',
    data: ['sample'],
    route: (ids) => `#/people/${ids.person}`,
    async run(page) {
      await page.locator('.log-item button.danger').first().click();
      await page.waitForSelector('.log-item .confirm');
    },
  },
  {
    name: 'person: interaction form errors',
    data: ['sample'],
    route: (ids) => `#/people/${ids.person}`,
    async run(page) {
      await page.fill('#log-date', '');
      await page.click('#log-save');
      await page.waitForSelector('#log-date-error');
    },
  },
  {
    name: 'plan: message example open',
    data: ['sample'],
    route: '#/plan',
    async run(page) {
      await page.locator('.action-item .row-menu summary').first().click();
      await page.locator('.template button[aria-expanded]').first().click();
      await page.waitForSelector('.template-box textarea');
    },
  },
  {
    name: 'settings: delete all confirm',
    route: '#/settings',
    async run(page) {
      await page.click('#delete-all');
      await page.waitForSelector('#delete-all-question');
    },
  },
  {
    name: 'settings: all data deleted',
    route: '#/settings',
    async run(page) {
      await page.click('#delete-all');
      await page.locator('.danger-zone button.danger.primary').click();
      await page.waitForSelector('#delete-result');
    },
  },
  {
    name: 'notice: stored data unreadable',
    route: '#/',
    async run(page) {
      await page.evaluate((k) => localStorage.setItem(k, '{"schema_version": 1, "people": ['), DOC_KEY);
      await page.reload();
      await page.waitForSelector('#storage-problem-h');
    },
  },
  {
    name: 'notice: save failed',
    route: '#/assessment',
    async run(page) {
      await page.waitForSelector('.progress-count');
      // The browser refuses every write of the document, as with a full quota.
      await page.evaluate((k) => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key === k) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return setItem.call(this, key, value);
        };
      }, DOC_KEY);
      await page.keyboard.press('3');
      await page.waitForSelector('#save-failed-h');
    },
  },
  {
    name: 'notice: changes from another tab',
    route: '#/assessment',
    async run(page) {
      await page.waitForSelector('.progress-count');
      await page.keyboard.press('2');
      await saved(page);
      // Another tab stores a newer revision behind this one's back.
      await page.evaluate((k) => {
        const doc = JSON.parse(localStorage.getItem(k));
        localStorage.setItem(k, JSON.stringify({ ...doc, revision: doc.revision + 5 }));
      }, DOC_KEY);
      await page.keyboard.press('4');
      await page.waitForSelector('.sync-notice');
    },
  },
  {
    name: 'notice: changes waiting for another tab',
    route: '#/assessment',
    async run(page) {
      await page.waitForSelector('.progress-count');
      await page.keyboard.press('2');
      await saved(page);
      // A save named elsewhere wrote over the head this page shows: its
      // copy lags, so its next save waits and says so.
      await page.evaluate((k) => new Promise((held) => {
        const h = JSON.parse(localStorage.getItem(k));
        const name = `tsunagari.head.999999.d.${h.lineage}.${h.revision + 1}.1.after.d.${h.lineage}.${h.revision}.${h.write}`;
        navigator.locks.request(name, () => { held(); return new Promise(() => {}); }).catch(() => {});
      }), DOC_KEY);
      await page.keyboard.press('4');
      await page.waitForSelector('#save-held-up-h');
    },
  },
  {
    name: 'files: a malformed file refused',
    route: '#/files',
    async run(page) {
      await page.setInputFiles('#import-file', {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format": "tsunagari-plan", "schema_version": '),
      });
      await page.waitForSelector('#import-error');
    },
  },
  {
    name: 'files: import preview',
    route: '#/files',
    async run(page) {
      await page.setInputFiles('#import-file', sampleFile());
      await page.waitForSelector('#import-preview-h');
    },
  },
  {
    name: 'files: a shared plan open read-only',
    route: '#/files',
    async run(page) {
      await page.setInputFiles('#import-file', sampleFile());
      await page.click('#import-view');
      await page.waitForSelector('#read-only-banner');
    },
  },
];

/** The sample document as an exported plan file, for the file picker. */
function sampleFile() {
  const envelope = {
    format: 'tsunagari-plan', schema_version: 1, app_version: '0.1.0',
    exported_at: '2026-11-20T09:00:00Z', document: SAMPLE,
  };
  return { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope)) };
}

/** The hash for a screen or state with the given ids. */
export function routeOf(entry, ids) {
  return typeof entry.route === 'function' ? entry.route(ids) : entry.route;
}

/** Whether a state exists with this data set. */
export function hasData(entry, data) {
  return !entry.data || entry.data.includes(data);
}

/** The sample document in the given language. */
export function sampleIn(lang) {
  const doc = PERSONA[lang] ?? SAMPLE;
  return { ...doc, settings: { ...doc.settings, lang } };
}

/**
 * A browser context for one language, colour scheme and data set: the page
 * clock is fixed to TODAY, and every new page starts from `data` in
 * localStorage ('sample' or 'empty'; a reload keeps what the page stored);
 * `touch` makes it a touch screen (taps).
 */
export async function screenContext(browser, url, { lang, scheme = 'light', data = 'sample', viewport, reducedMotion, touch = false } = {}) {
  const context = await browser.newContext({
    locale: lang === 'en' ? 'en-GB' : 'ja-JP',
    colorScheme: scheme,
    reducedMotion: reducedMotion ?? 'no-preference',
    viewport: viewport ?? { width: 1280, height: 900 },
    hasTouch: touch,
  });
  await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  const doc = data === 'sample' ? JSON.stringify(sampleIn(lang)) : null;
  await context.addInitScript(([key, doc]) => {
    if (location.protocol !== 'http:' || sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    localStorage.clear();
    if (doc !== null) localStorage.setItem(key, doc);
  }, [DOC_KEY, doc]);
  const ids = data === 'sample' ? sampleIds() : MISSING_IDS;
  return { context, ids, origin: new URL(url).origin };
}

/** Opens a screen or state's route in a new page and waits until it is drawn. */
export async function openScreen(context, url, entry, ids) {
  const page = await context.newPage();
  await page.goto(`${url}${routeOf(entry, ids)}`);
  await page.waitForSelector('.site-footer', { timeout: 20_000 });
  await page.waitForSelector(entry.ready ?? 'main h1');
  await afterPaint(page);
  return page;
}
