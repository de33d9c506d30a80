// Trunk post_build hook: finishes the staged build in $TRUNK_STAGING_DIR.
// - Trunk injects an inline module script that loads the wasm. The CSP in
//   index.html allows scripts only from 'self', so this puts the SHA-256 of
//   each inline script into the CSP in place of __TRUNK_INLINE_SCRIPT_HASHES__.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (!html.includes('__TRUNK_INLINE_SCRIPT_HASHES__')) {
  console.error('postbuild: CSP placeholder missing from index.html');
  process.exit(1);
}
html = html.replace('__TRUNK_INLINE_SCRIPT_HASHES__', hashes.join(' '));
writeFileSync(indexPath, html);
console.log(`postbuild: CSP allows ${hashes.length} inline script(s) by hash`);
