// Shared helpers of the end-to-end tests: a static server over dist/ on loopback, and a
// headless Chromium from Debian's package driven by playwright-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

/** Serves a build folder (default dist/) as any static web server would. Resolves to { url, close }. */
export async function serveDist(folder = 'dist') {
  const DIST = join(ROOT, folder, '/');
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Headless Chromium with the flags this machine needs (no sandbox as root, no background traffic). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Opens the app in a fresh context, collecting console errors and page errors. */
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  return { context, page, problems: await watch(page, url) };
}

/** Collects console and page errors of `page`, then opens `url` and waits for the app: the
 * prerendered first view is inert until the app has taken it over (`src/main.rs`). */
export async function watch(page, url) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.goto(url);
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });
  return problems;
}

/** Clicks a step in the progress indicator. */
export async function goToStep(page, title) {
  await page.getByRole('navigation', { name: 'Fortschritt' }).getByRole('button', { name: title }).click();
  await page.getByRole('heading', { name: new RegExp(`Schritt \\d von 7: ${title}`) }).waitFor();
}

/** Clicks the first control labelled `label` and types `text`, as a person would. */
export async function typeInto(page, label, text, { exact = false, nth = 0 } = {}) {
  const field = page.getByLabel(label, { exact }).nth(nth);
  await field.click();
  await field.press('Control+A');
  await page.keyboard.type(text);
}

/** Clicks the download button and returns { name, text } of the file the browser saved. */
export async function download(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Markdown herunterladen' }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Undoes CommonMark backslash escapes, to compare a Markdown file with what was typed. */
export function unescapeMarkdown(md) {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * Registers hooks that serve dist/ and start Chromium once for a test file. The returned
 * object's `server` and `browser` are set before the first test runs.
 */
export function useServedApp(folder = 'dist') {
  const app = { server: undefined, browser: undefined };
  before(async () => {
    app.server = await serveDist(folder);
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
