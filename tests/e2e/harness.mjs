// Shared set-up for the end-to-end tests: serves the release build from
// dist/ on 127.0.0.1, drives Debian's Chromium through playwright-core, and
// watches every page for the things that must never happen: console errors,
// uncaught exceptions, CSP violations and requests off the app's origin.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '../..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags Chromium needs as root on these machines, and to make no network
// request of its own (the machine has no network beyond package registries).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function serve(options = {}) {
  assert.ok(existsSync(join(DIST, 'index.html')), 'dist/index.html is missing: run trunk build --release first');
  return startServer({ dir: DIST, ...options });
}

/**
 * One server and one browser for a test file, closed after its tests:
 * `const { browser, url } = await setUp();` at the top of the file.
 */
export async function setUp(options = {}) {
  const { server, url } = await serve(options);
  const browser = await launch();
  after(async () => {
    await browser.close();
    server.close();
  });
  return { browser, url, server };
}

/**
 * Waits until the app has written its pending changes: it saves shortly
 * after a change and marks `<html data-unsaved>` until then.
 */
export async function saved(page) {
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-unsaved'));
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A persistent profile (needed for service-worker installability checks). */
export async function launchPersistent(contextOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagari-profile-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...contextOptions,
  });
}

/**
 * Watches a context: every page's console errors, page errors, CSP
 * violations, and every request whose origin is not `origin`.
 */
export function guard(context, origin) {
  const problems = [];
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.push(`off-origin request: ${url}`);
  });
  context.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  // Reported through the console so the listener above sees it.
  context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return {
    problems,
    /** Fails the test if anything bad was seen; `allow` filters expected ones. */
    assertClean(allow = () => false) {
      const bad = problems.filter((p) => !allow(p));
      assert.deepEqual(bad, [], `the page misbehaved:\n${bad.join('\n')}`);
    },
  };
}

/** Opens the app in a fresh context with the given browser language. */
export async function openApp(browser, url, { locale = 'ja-JP', viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ locale, viewport });
  const watcher = guard(context, new URL(url).origin);
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  return { context, page, watcher };
}

/**
 * Waits until a screen's first look has been painted and what it holds
 * back until then (src/ui/after_paint.rs: the next frame, then a task) is
 * rendered: two frames and a task later.
 */
export function afterPaint(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
}

/** Resolves once the Yew app has replaced the static shell. */
export async function waitForApp(page) {
  await page.waitForSelector('.site-footer', { timeout: 20_000 });
}

/** Presses Tab until the focused element matches `predicate`; fails after `max` presses. */
export async function tabTo(page, description, predicate, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(predicate);
    if (hit) return;
  }
  assert.fail(`could not reach ${description} with the Tab key`);
}

/** The focused element's visible text (trimmed). */
export function focusedText(page) {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

export async function clearStorage(page) {
  await page.evaluate(() => localStorage.clear());
}

/**
 * Drops a file named `name` holding `text` on the page header, which no
 * screen's drop zone covers. Returns whether each of dragover and drop was
 * prevented (if not, the browser would open the file in place of the app).
 */
export function dropOnHeader(page, name, text) {
  return page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'application/json' }));
    const header = document.querySelector('header');
    const fire = (type) => !header.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    return [fire('dragover'), fire('drop')];
  }, [name, text]);
}

/**
 * Leaves a file in the cache where a shared or dropped plan file waits to be
 * opened (the names static/sw.js and src/files.rs use), as a share or drop
 * whose page closed before opening it would.
 */
export function leaveWaitingFile(page, name, text) {
  return page.evaluate(async ([n, t]) => {
    const cache = await caches.open(`tsunagari-shared:${location.pathname}`);
    await cache.put(`${location.origin}${location.pathname}file`, new Response(t, { headers: { 'X-File-Name': n } }));
  }, [name, text]);
}

/** The caches where shared or dropped plan files wait. */
export async function waitingFileCaches(page) {
  return (await page.evaluate(() => caches.keys())).filter((k) => k.startsWith('tsunagari-shared:'));
}
