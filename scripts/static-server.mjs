// A small static file server for dist/, on 127.0.0.1 only. Used by
// scripts/serve, the end-to-end tests and the benchmark. It sends the headers
// the README recommends for any host: long caching for hashed files, no-cache
// for index.html, the service worker and the manifest. Text and wasm are sent
// compressed when the request accepts it (Content-Encoding negotiated from
// Accept-Encoding, `Vary: Accept-Encoding`), as every static host does: gzip by
// default, brotli when asked for (`compress: 'br'`, falling back to gzip for
// clients without it), none with `compress: false`.
//
//   node scripts/static-server.mjs DIR [--port 8080] [--prefix /sub/] [--compress gzip|br|none]
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Trunk's hashed names look like name-0123456789abcdef.ext; the hash is a
// u64 in hex without leading zeros, so it can be shorter than 16 digits.
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.[a-z0-9]+$/;

export function cacheControl(path) {
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

// Already-compressed formats (png) gain nothing from a second pass.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.ico', '.txt']);

/** The encoding to send: the preferred one the client accepts, else none. */
export function chooseEncoding(acceptEncoding = '', compress = 'gzip') {
  if (!compress || compress === 'none') return null;
  const accepted = new Set(
    String(acceptEncoding)
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name.trim().toLowerCase()),
  );
  const order = compress === 'br' ? ['br', 'gzip'] : ['gzip'];
  return order.find((e) => accepted.has(e) || accepted.has('*')) ?? null;
}

/** Compresses at the highest level, as a build step would (cached per file version). */
function compressed(cache, key, body, encoding) {
  const id = `${encoding}\0${key}`;
  if (!cache.has(id)) {
    cache.set(
      id,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return cache.get(id);
}

/** Starts the server; resolves to { server, url } once it listens. */
export function startServer({ dir, port = 0, prefix = '/', compress = 'gzip' } = {}) {
  const root = resolve(dir);
  const cache = new Map();
  if (!prefix.startsWith('/')) prefix = `/${prefix}`;
  if (!prefix.endsWith('/')) prefix = `${prefix}/`;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (path === prefix.slice(0, -1)) {
        res.writeHead(301, { Location: prefix });
        return res.end();
      }
      if (!path.startsWith(prefix)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('not found');
      }
      path = path.slice(prefix.length);
      if (path === '' || path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403);
        return res.end();
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('not found');
      }
      let body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': cacheControl(file),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      };
      if (COMPRESSIBLE.has(extname(file))) {
        headers.Vary = 'Accept-Encoding';
        const encoding = chooseEncoding(req.headers['accept-encoding'], compress);
        if (encoding) {
          body = compressed(cache, `${file}\0${info.mtimeMs}\0${info.size}`, body, encoding);
          headers['Content-Encoding'] = encoding;
        }
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(err));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      ok({ server, url: `http://127.0.0.1:${actual}${prefix}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
  const { url } = await startServer({
    dir,
    port: Number(opt('--port', 8080)),
    prefix: opt('--prefix', '/'),
    compress: opt('--compress', 'gzip'),
  });
  console.log(`Tsunagari is served at ${url}  (Ctrl+C to stop)`);
}
