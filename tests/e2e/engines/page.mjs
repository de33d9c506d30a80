// What a journey does with a tab, built only on the drivers' `run` (an
// expression evaluated in the page), so it behaves the same in every engine:
// clicks are element.click(), typing sets the value and fires input/change as
// a browser does, files are put into the file input through a DataTransfer.
import { strict as assert } from 'node:assert';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Page {
  constructor(tab, engine) {
    this.tab = tab;
    this.engine = engine;
  }

  /** Runs `fn(...args)` in the page; args and result go through JSON. */
  evaluate(fn, ...args) {
    return this.tab.run(`(${fn.toString()})(...${JSON.stringify(args)})`);
  }

  async goto(url) {
    await this.tab.goto(url);
    await this.waitForApp();
  }

  async reload() {
    await this.tab.reload();
    await this.waitForApp();
  }

  /** Changes the route the way a link does (no page load). */
  async route(hash, ready) {
    await this.evaluate((h) => { location.hash = h; }, hash);
    if (ready) await this.waitFor(ready);
  }

  async newTab(url) {
    const p = new Page(await this.tab.newTab(url), this.engine);
    await p.waitForApp();
    return p;
  }

  close() {
    return this.tab.close();
  }

  /** Polls `fn(...args)` in the page until it returns something truthy. */
  async until(what, fn, ...args) {
    const end = Date.now() + 20_000;
    let last;
    for (;;) {
      try {
        const v = await this.evaluate(fn, ...args);
        if (v) return v;
      } catch (e) {
        last = e; // a page load in progress
      }
      if (Date.now() > end) assert.fail(`${this.engine}: timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
      await sleep(100);
    }
  }

  waitFor(selector) {
    return this.until(selector, (s) => document.querySelector(s) !== null, selector);
  }

  waitForGone(selector) {
    return this.until(`${selector} to go`, (s) => document.querySelector(s) === null, selector);
  }

  waitForApp() {
    return this.waitFor('.site-footer');
  }

  /** Waits until the app has written its pending changes. */
  saved() {
    return this.until('the save', () => !document.documentElement.hasAttribute('data-unsaved'));
  }

  async click(selector) {
    await this.waitFor(selector);
    await this.evaluate((s) => document.querySelector(s).click(), selector);
  }

  /** Types a value into an input, textarea or select. */
  async fill(selector, value) {
    await this.waitFor(selector);
    await this.evaluate((s, v) => {
      const el = document.querySelector(s);
      el.focus();
      const proto = Object.getPrototypeOf(el);
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, selector, value);
  }

  text(selector) {
    return this.evaluate((s) => document.querySelector(s)?.textContent.trim() ?? null, selector);
  }

  texts(selector) {
    return this.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent.trim()), selector);
  }

  count(selector) {
    return this.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  /** Puts a file ({ name, type, text }) into a file input, as picking it does. */
  async putFile(selector, file) {
    await this.waitFor(selector);
    await this.evaluate((s, f) => {
      const dt = new DataTransfer();
      dt.items.add(new File([f.text], f.name, { type: f.type }));
      const input = document.querySelector(s);
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, selector, file);
  }

  storage(key) {
    return this.evaluate((k) => localStorage.getItem(k), key);
  }

  /**
   * Keeps what the app offers for download instead of saving it: each
   * `<a download>` click on a blob: URL is recorded as { name, type, text }
   * in window.__downloads. Lasts until the next page load.
   */
  captureDownloads() {
    return this.evaluate(() => {
      if (window.__downloads) return;
      window.__downloads = [];
      const blobs = new Map();
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob) => {
        const url = create(blob);
        blobs.set(url, blob);
        return url;
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        const blob = blobs.get(this.href);
        if (!this.hasAttribute('download') || !blob) return click.call(this);
        const entry = { name: this.download, type: blob.type, text: null };
        window.__downloads.push(entry);
        blob.text().then((t) => { entry.text = t; });
      };
    });
  }

  /** The next download the app offers after `action`. */
  async download(action) {
    const before = await this.evaluate(() => window.__downloads.length);
    await action();
    return this.until('a download', (n) => {
      const d = window.__downloads[n];
      return d && d.text !== null ? d : null;
    }, before);
  }
}
