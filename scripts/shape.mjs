// The code's shape, checked by `scripts/test static` (it fails the stage): no function outside
// tests longer than 60 lines and no block nested deeper than 5 levels inside
// a function, except the data tables listed below (long by nature: one
// line per string or item). Reads Rust sources as text: strings, chars and
// comments are blanked first so their braces do not count.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LINES = 60;
const MAX_DEPTH = 5;
/** Data tables: `file:function` pairs allowed to be long. */
const TABLES = new Set([
  'core/src/text/i18n.rs:ja', 'core/src/text/i18n.rs:en',
  'core/src/assessment/content.rs:area_text',
  'core/src/text/plan_text.rs:kind_hint', 'core/src/text/plan_text.rs:template_text',
]);

const root = new URL('..', import.meta.url).pathname;
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : path.endsWith('.rs') ? [path] : [];
});

/** The source with comments, strings and char literals replaced by spaces (line breaks kept). */
function blank(src) {
  let out = '';
  let i = 0;
  const keep = (text) => text.replace(/[^\n]/g, ' ');
  while (i < src.length) {
    const rest = src.slice(i, i + 3);
    let end = -1;
    if (rest.startsWith('//')) {
      end = src.indexOf('\n', i); if (end < 0) end = src.length;
    } else if (rest.startsWith('/*')) {
      end = src.indexOf('*/', i + 2) + 2; if (end < 2) end = src.length;
    } else if (/^r#*"/.test(src.slice(i, i + 8)) && !/\w/.test(src[i - 1] ?? '')) {
      const hashes = src.slice(i + 1).match(/^#*/)[0];
      end = src.indexOf('"' + hashes, i + 2 + hashes.length) + 1 + hashes.length;
    } else if (src[i] === '"') {
      end = i + 1;
      while (end < src.length && src[end] !== '"') end += src[end] === '\\' ? 2 : 1;
      end++;
    } else if (src[i] === "'" && /^'(\\.[^']*|[^'\\\n])'/.test(src.slice(i, i + 12))) {
      end = i + src.slice(i, i + 12).match(/^'(\\.[^']*|[^'\\\n])'/)[0].length;
    }
    if (end > i) { out += keep(src.slice(i, end)); i = end; } else { out += src[i]; i++; }
  }
  return out;
}

const problems = [];
for (const base of ['src', 'core/src']) {
  for (const path of files(join(root, base))) {
    const rel = path.slice(root.length);
    const lines = blank(readFileSync(path, 'utf8')).split('\n');
    // Everything from the first `#[cfg(test)]` on is tests.
    const end = lines.findIndex((l) => /^\s*#\[cfg\(test\)\]/.test(l));
    const code = end < 0 ? lines : lines.slice(0, end);
    for (let i = 0; i < code.length; i++) {
      const m = code[i].match(/^(\s*)(?:pub(?:\([a-z]+\))? )?(?:const )?(?:async )?fn (\w+)/);
      if (!m) continue;
      // Walk the body: from the first `{` after the signature to its match.
      let depth = 0, deepest = 0, started = false, j = i;
      for (; j < code.length; j++) {
        for (const ch of code[j]) {
          if (ch === '{') { depth++; started = true; deepest = Math.max(deepest, depth); }
          if (ch === '}') depth--;
        }
        if (started && depth === 0) break;
        if (!started && /;\s*$/.test(code[j])) break; // a declaration without a body
      }
      if (!started) continue;
      const length = j - i + 1;
      const nesting = deepest - 1; // the body's own braces are level 0
      if (TABLES.has(`${rel}:${m[2]}`)) continue;
      if (length > MAX_LINES) problems.push(`${rel}:${i + 1} ${m[2]}: ${length} lines (at most ${MAX_LINES})`);
      if (nesting > MAX_DEPTH) problems.push(`${rel}:${i + 1} ${m[2]}: nested ${nesting} levels deep (at most ${MAX_DEPTH})`);
    }
  }
}
for (const p of problems) console.log(p);
if (problems.length) {
  console.log(`${problems.length} functions too long or too deep (scripts/shape.mjs)`);
  process.exit(1);
}
console.log(`every function outside tests is at most ${MAX_LINES} lines and ${MAX_DEPTH} levels deep (data tables excepted)`);
