// Contrast of the colour tokens in static/app.css, light and dark: every
// foreground/background pair the styles actually put together, against WCAG
// 2.1 thresholds (4.5:1 for text, 3:1 for large text and for the parts of
// controls and graphics one needs to see). Also: every colour token is
// accounted for here, and no colour is written outside the tokens (except
// in print styles, which are black on white).
// Prints the table and the tightest pair; `node tests/e2e/contrast.test.mjs`.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const CSS = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../static/app.css'), 'utf8');

const TEXT = 4.5;
const UI = 3;

/** [foreground, background, minimum, where] — every pair the styles use. */
export const PAIRS = [
  ['text', 'bg', TEXT, 'body text'],
  ['text', 'surface', TEXT, 'text in cards, header, inputs'],
  ['muted', 'bg', TEXT, 'secondary text, footer'],
  ['muted', 'surface', TEXT, 'secondary text in cards, hints, list meta'],
  ['muted', 'error-soft', TEXT, 'technical reason in the storage-problem notice'],
  ['accent', 'bg', TEXT, 'links, status lines, area tag'],
  ['accent', 'surface', TEXT, 'links and button labels in cards'],
  ['muted', 'accent-soft', TEXT, 'number of the chosen answer'],
  ['accent-text', 'accent', TEXT, 'primary buttons, pressed buttons'],
  ['text', 'accent-soft', TEXT, 'current menu item, privacy note, chosen answer, notices'],
  ['text', 'error-soft', TEXT, 'storage-problem notice'],
  ['text', 'warning-soft', TEXT, 'save-failed notice'],
  ['error', 'surface', TEXT, 'field errors, danger buttons'],
  ['error', 'bg', TEXT, 'field errors outside cards'],
  ['error', 'error-soft', TEXT, 'form error summary, overdue badge'],
  ['surface', 'error', TEXT, 'confirmed-delete button'],
  ['accent', 'warning-soft', UI, 'secondary button border in the save-failed notice'],
  ['accent', 'error-soft', UI, 'secondary button border in the storage-problem notice'],
  ['control-border', 'surface', UI, 'input, select and answer-choice borders'],
  ['control-border', 'bg', UI, 'input borders outside cards'],
  ['error', 'surface', UI, 'invalid input border'],
  ['focus', 'bg', UI, 'focus ring on the page'],
  ['focus', 'surface', UI, 'focus ring in cards and the header'],
  ['focus', 'accent-soft', UI, 'focus ring in notices'],
  ['focus', 'error-soft', UI, 'focus ring in the storage-problem notice'],
  ['focus', 'warning-soft', UI, 'focus ring in the save-failed notice'],
  ['accent', 'surface', UI, 'button borders, chart lines, radar outline'],
  ['error', 'bg', UI, 'overdue marker bar'],
  ['band-start', 'surface', UI, 'score bar: starting point'],
  ['band-growing', 'surface', UI, 'score bar: growing'],
  ['band-strong', 'surface', UI, 'score bar: strong, plan progress'],
  ['band-start', 'warning-soft', UI, 'save-failed notice border'],
];

/** Tokens that are not checked as a pair, and why. */
const DECORATIVE = {
  border: 'card and list separators: decoration, not needed to use anything',
  track: "a bar's empty part: checked against each band colour in the next test",
};

/** The custom properties of `:root` in the light block and in the dark media block. */
function tokens() {
  const block = (src) => Object.fromEntries([...src.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g)].map((m) => [m[1], m[2]]));
  const light = block(CSS.match(/:root\s*\{([^}]*)\}/)[1]);
  const darkBlock = CSS.match(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/);
  assert.ok(darkBlock, 'app.css has a dark :root block');
  return { light, dark: { ...light, ...block(darkBlock[1]) } };
}

function luminance(hex) {
  let h = hex.slice(1);
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

function measure() {
  const rows = [];
  for (const [scheme, t] of Object.entries(tokens())) {
    for (const [fg, bg, min, where] of PAIRS) {
      assert.ok(t[fg] && t[bg], `--${fg} and --${bg} are defined (${scheme})`);
      rows.push({ scheme, fg, bg, min, where, ratio: contrast(t[fg], t[bg]), colours: `${t[fg]} on ${t[bg]}` });
    }
  }
  return rows;
}

test('every token pair in use meets its contrast minimum, light and dark', () => {
  const rows = measure();
  const failing = rows.filter((r) => r.ratio < r.min)
    .map((r) => `${r.scheme}: --${r.fg} on --${r.bg} (${r.where}) is ${r.ratio.toFixed(2)}:1, needs ${r.min}:1`);
  assert.deepEqual(failing, []);
  // The tightest pairs relative to their own minimum (text and UI separately).
  for (const min of [TEXT, UI]) {
    const tight = rows.filter((r) => r.min === min).sort((a, b) => a.ratio - b.ratio)[0];
    console.log(`tightest ${min === TEXT ? 'text' : 'UI'} pair: ${tight.scheme} --${tight.fg} on --${tight.bg} `
      + `(${tight.colours}, ${tight.where}): ${tight.ratio.toFixed(2)}:1`);
  }
});

test('the score bands stay apart from each other and from the empty track', () => {
  // A bar's filled part must be told from its empty part (3:1, WCAG 1.4.11).
  for (const [scheme, t] of Object.entries(tokens())) {
    for (const band of ['band-start', 'band-growing', 'band-strong']) {
      const r = contrast(t[band], t.track);
      assert.ok(r >= UI, `${scheme}: --${band} against --track is ${r.toFixed(2)}:1`);
    }
  }
});

test('every colour token is checked or explained, and colours come only from tokens', () => {
  const { light } = tokens();
  const checked = new Set(PAIRS.flatMap(([fg, bg]) => [fg, bg]));
  const unexplained = Object.keys(light).filter((k) => !checked.has(k) && !DECORATIVE[k]);
  assert.deepEqual(unexplained, [], 'colour tokens with no contrast pair and no reason');
  // Outside the token blocks and the print styles, colours are var(--…) only.
  const rest = CSS
    .replace(/:root\s*\{[^}]*\}/g, '')
    .replace(/@media print\s*\{(?:[^{}]*\{[^}]*\})*[^{}]*\}/g, '');
  const literals = [...rest.matchAll(/#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(/g)].map((m) => m[0]);
  assert.deepEqual(literals, [], 'colour literals outside the tokens');
});
