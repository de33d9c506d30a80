// The three browser engines behind one small interface, so the cross-engine
// journeys (journeys.mjs) are written once:
//
//   const engine = await launchEngine('webkit');   // one browser per engine
//   const tab = await engine.open(url);            // a tab, loaded
//   await tab.goto(url); await tab.reload();
//   await tab.run('expression');                   // evaluated in the page, promises awaited
//   await tab.script('statements');                // a library's source, run in the page
//   const other = await tab.newTab(url); await other.close();
//   await engine.close();
//
// Everything else (click, fill, put a file, wait) is built on `run` in
// page.mjs, the same way in every engine.
//
// - Chromium: Debian's chromium through playwright-core (CDP), as the rest of
//   the suite.
// - Firefox: Debian's firefox-esr through puppeteer-core over WebDriver BiDi.
// - WebKit: Debian's WebKitGTK MiniBrowser through WebKitWebDriver (W3C
//   WebDriver over HTTP, the client is below), under an Xvfb display of its
//   own that is started and stopped here.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { CHROMIUM, CHROMIUM_ARGS } from '../harness.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** Debian ships MiniBrowser inside the WebKitGTK library package, not on PATH. */
export function miniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const dir of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
    for (const v of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const p = `${dir}/${v}/MiniBrowser`;
      if (existsSync(p)) return p;
    }
  }
  try {
    const listed = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
    return listed.split('\n').find((l) => l.endsWith('/MiniBrowser')) ?? null;
  } catch {
    return null;
  }
}

/** Why an engine cannot run here, or null when it can. */
export function missing(name) {
  if (name === 'chromium') return existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed`;
  if (name === 'firefox') return existsSync(FIREFOX) ? null : `${FIREFOX} is not installed (apt: firefox-esr)`;
  if (!existsSync(WEBKIT_DRIVER)) return `${WEBKIT_DRIVER} is not installed (apt: webkit2gtk-driver)`;
  if (!miniBrowser()) return 'MiniBrowser not found (apt: libwebkit2gtk-4.1-0)';
  if (!existsSync('/usr/bin/Xvfb')) return 'Xvfb is not installed (apt: xvfb)';
  return null;
}

export async function launchEngine(name, { lang = 'ja' } = {}) {
  if (name === 'chromium') return launchChromium(lang);
  if (name === 'firefox') return launchFirefox(lang);
  if (name === 'webkit') return launchWebKit(lang);
  throw new Error(`unknown engine ${name}`);
}

const VIEWPORT = { width: 1280, height: 900 };

// ── Chromium (playwright-core) ──

async function launchChromium(lang) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-GB', viewport: VIEWPORT });
  const wrap = (page) => ({
    goto: async (url) => { await page.goto(url); },
    reload: async () => { await page.reload(); },
    run: (expr) => page.evaluate(expr),
    script: (source) => page.evaluate(source),
    newTab: async (url) => {
      const p = await context.newPage();
      await p.goto(url);
      return wrap(p);
    },
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    version: browser.version(),
    open: async (url) => {
      const p = await context.newPage();
      await p.goto(url);
      return wrap(p);
    },
    close: () => browser.close(),
  };
}

// ── Firefox (puppeteer-core over WebDriver BiDi) ──

// A first start on a fresh machine (a new profile, fonts not yet cached, two
// busy cores) once took longer than puppeteer's default 30 s and cancelled the
// whole Firefox suite in CI; locally it starts in about 4 s. So: a longer wait,
// and one more try with the first error printed.
async function launchFirefox(lang) {
  try {
    return await startFirefox(lang);
  } catch (error) {
    console.log(`# firefox did not start (${error.message.split('\n')[0]}); trying once more`);
    return startFirefox(lang);
  }
}

async function startFirefox(lang) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: 120_000,
    protocolTimeout: 120_000,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      'intl.accept_languages': lang === 'ja' ? 'ja,en' : 'en-GB,en',
      // No request of Firefox's own to the network (the machine has none).
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  });
  const wrap = (page) => ({
    goto: async (url) => { await page.goto(url, { waitUntil: 'load' }); },
    reload: async () => { await page.reload({ waitUntil: 'load' }); },
    run: (expr) => page.evaluate(expr),
    script: (source) => page.evaluate(source),
    newTab: async (url) => {
      const p = await browser.newPage();
      await p.goto(url, { waitUntil: 'load' });
      return wrap(p);
    },
    close: () => page.close(),
  });
  const first = (await browser.pages())[0];
  let used = false;
  return {
    name: 'firefox',
    version: await browser.version(),
    open: async (url) => {
      // The window Firefox opened with is the first tab.
      if (!used && first) {
        used = true;
        const tab = wrap(first);
        await tab.goto(url);
        return tab;
      }
      return wrap(first).newTab(url);
    },
    close: () => browser.close(),
  };
}

// ── WebKit (W3C WebDriver over HTTP to WebKitWebDriver) ──

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** An X display number nobody uses (no lock file, no socket). */
function freeDisplay() {
  const taken = new Set(
    readdirSync('/tmp').filter((f) => /^\.X\d+-lock$/.test(f)).map((f) => Number(f.slice(2, -5))),
  );
  for (let n = 90 + Math.floor(Math.random() * 100); ; n++) if (!taken.has(n)) return n;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, check, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

async function launchWebKit(lang) {
  const display = freeDisplay();
  const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const children = [xvfb];
  const stopAll = () => Promise.all(children.reverse().map(stopProcess));
  try {
    await until('the Xvfb display', () => existsSync(`/tmp/.X11-unix/X${display}`));
    const port = await freePort();
    const locale = lang === 'ja' ? 'ja_JP.UTF-8' : 'en_GB.UTF-8';
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: `:${display}`, LANG: locale, LANGUAGE: lang === 'ja' ? 'ja:en' : 'en_GB:en' },
    });
    children.push(driver);
    const base = `http://127.0.0.1:${port}`;
    await until('WebKitWebDriver', async () => (await fetch(`${base}/status`)).ok);
    const session = await webdriver(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
        },
      },
    });
    return webKitEngine(base, session, stopAll);
  } catch (e) {
    await stopAll();
    throw e;
  }
}

async function webdriver(base, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || json.value?.error) {
    const v = json.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${v.error ?? res.status} ${v.message ?? ''}`);
  }
  return json.value;
}

function webKitEngine(base, created, stopAll) {
  const id = created.sessionId;
  const call = (method, path, body) => webdriver(base, method, `/session/${id}${path}`, body);
  let current = null;
  // WebDriver has one current window: switch to a tab before talking to it.
  const focus = async (handle) => {
    if (current !== handle) {
      await call('POST', '/window', { handle });
      current = handle;
    }
  };
  const wrap = (handle) => ({
    goto: async (url) => { await focus(handle); await call('POST', '/url', { url }); },
    reload: async () => { await focus(handle); await call('POST', '/refresh', {}); },
    run: async (expr) => {
      await focus(handle);
      const result = await call('POST', '/execute/async', {
        script: `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${expr})).then(
            (v) => done({ v: v === undefined ? null : v }),
            (e) => done({ e: String((e && e.stack) || e) }));`,
        args: [],
      });
      if (result?.e) throw new Error(`in the page: ${result.e}`);
      return result?.v;
    },
    /** Runs statements (a whole library's source) in the page. */
    script: async (source) => {
      await focus(handle);
      await call('POST', '/execute/sync', { script: source, args: [] });
    },
    newTab: async (url) => {
      // A window of its own: a background tab would not paint, and the app
      // starts loading only after its first paint.
      const { handle: next } = await call('POST', '/window/new', { type: 'window' });
      const tab = wrap(next);
      await tab.goto(url);
      return tab;
    },
    close: async () => {
      await focus(handle);
      await call('DELETE', '/window');
      current = null;
    },
  });
  let firstUsed = false;
  return (async () => {
    await call('POST', '/timeouts', { script: 60_000, pageLoad: 30_000 });
    await call('POST', '/window/rect', VIEWPORT).catch(() => {});
    const firstHandle = await call('GET', '/window');
    current = firstHandle;
    return {
      name: 'webkit',
      version: `${created.capabilities?.browserName ?? 'MiniBrowser'} ${created.capabilities?.browserVersion ?? ''}`.trim(),
      open: async (url) => {
        if (!firstUsed) {
          firstUsed = true;
          const tab = wrap(firstHandle);
          await tab.goto(url);
          return tab;
        }
        return wrap(firstHandle).newTab(url);
      },
      close: async () => {
        await webdriver(base, 'DELETE', `/session/${id}`).catch(() => {});
        await stopAll();
      },
    };
  })();
}
