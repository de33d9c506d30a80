// Keyboard-only helpers for the end-to-end suites: move with Tab and
// Shift+Tab until a control is focused, check that focus is visible, that
// a screen change puts focus on its heading, and that Tab order follows the
// page's reading order. They only press keys; reading the page is fine.
import { strict as assert } from 'node:assert';

/** What the focused element is, for assertions and messages. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'BODY', id: '', text: '' };
    return { tag: el.tagName, id: el.id, text: (el.getAttribute('aria-label') || el.textContent || '').trim(), name: el.getAttribute('name') ?? '' };
  });
}

/**
 * Presses `key` (Tab or Shift+Tab) until the focused element matches the CSS
 * selector; checks the focus ring at every stop on the way.
 */
export async function moveTo(page, selector, { key = 'Tab', max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    await assertFocusVisible(page);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`could not reach ${selector} with ${key} (${max} presses); focus is on ${JSON.stringify(await focused(page))}`);
}

/** Moves with Shift+Tab (backwards). */
export function moveBackTo(page, selector, options = {}) {
  return moveTo(page, selector, { ...options, key: 'Shift+Tab' });
}

/**
 * The focused element shows a focus ring: it matches :focus-visible and has
 * a solid outline at least 2 px wide whose colour differs from the page.
 */
export async function assertFocusVisible(page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { none: true };
    const s = getComputedStyle(el);
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      visible: el.matches(':focus-visible'),
      field: el.matches('input, select, textarea'),
      style: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      color: s.outlineColor,
    };
  });
  if (ring.none) return; // focus left the page's controls (e.g. to the browser)
  assert.ok(ring.visible || ring.field, `${ring.what} is focused but not :focus-visible`);
  assert.ok(ring.style !== 'none' && ring.width >= 2, `${ring.what} has no visible focus ring (${ring.style} ${ring.width}px)`);
}

/** After a screen change: focus is on the new screen's h1, and it says `text`. */
export async function assertHeadingFocused(page, text) {
  await page.waitForFunction(() => document.activeElement?.matches('main h1') ?? false, null, { timeout: 5_000 })
    .catch(() => undefined);
  const f = await focused(page);
  assert.equal(f.tag, 'H1', `focus is on the new screen's heading, not ${JSON.stringify(f)}`);
  if (text !== undefined) assert.match(f.text, text instanceof RegExp ? text : new RegExp(text));
}

/**
 * Tabs through the whole page from the top and checks that focus order
 * follows reading order: each stop comes later in the document, and on the
 * screen it is below the previous one or to its right on the same line.
 * Returns the stops (tag#id "text").
 */
export async function assertLogicalTabOrder(page) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  // Start before the first element of the page.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'e2e-tab-start';
    document.body.prepend(start);
    start.focus();
  });
  const stops = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      return {
        label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`,
        top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right,
        index: [...document.querySelectorAll('*')].indexOf(el),
        // Top of the smallest element holding both this stop and the previous one.
        sharedTop: (() => {
          const prev = document.querySelector('[data-e2e-last]');
          prev?.removeAttribute('data-e2e-last');
          el.setAttribute('data-e2e-last', '');
          let common = prev ?? document.body;
          while (!common.contains(el)) common = common.parentElement;
          return common.getBoundingClientRect().top + window.scrollY;
        })(),
        positive: el.tabIndex > 0,
      };
    });
    if (!stop || (stops.length && stop.index === stops[0].index)) break; // left the page or wrapped
    assert.ok(!stop.positive, `${stop.label} uses a positive tabindex`);
    await assertFocusVisible(page);
    stops.push(stop);
  }
  await page.evaluate(() => {
    document.getElementById('e2e-tab-start')?.remove();
    document.querySelector('[data-e2e-last]')?.removeAttribute('data-e2e-last');
  });
  assert.ok(stops.length > 3, 'Tab reaches the controls');
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1], stops[i]];
    if (b.index === a.index) continue; // the parts of one date field
    assert.ok(b.index > a.index, `Tab goes from ${a.label} back up the document to ${b.label}`);
    // Reading order (left to right, top to bottom): never upwards, and on
    // the same line never leftwards — except into the next column of the
    // block both stops belong to (a list item's buttons beside its text).
    const sameLine = Math.abs(b.top - a.top) < 24;
    const nextColumn = b.left >= a.right - 4 && b.top >= b.sharedTop - 4;
    const ok = sameLine ? b.left >= a.left - 4 : b.top > a.top || nextColumn;
    assert.ok(ok,
      `Tab jumps against reading order from ${a.label} (${Math.round(a.left)},${Math.round(a.top)}) to ${b.label} (${Math.round(b.left)},${Math.round(b.top)})`);
  }
  return stops.map((s) => s.label);
}
