// Benchmark, not a test: keystroke-to-preview latency on the largest example and time to the
// first interactive render, in headless Chromium against the release build on loopback.
// Run with `make bench-ui`; figures go into BENCHMARKS.md.
import { readFile } from 'node:fs/promises';
import { launchBrowser, serveDist } from './support.mjs';

const KEYSTROKES = 120;

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.round((sorted.length - 1) * q)];
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms (n=${sorted.length})`;
}

const server = await serveDist();
const browser = await launchBrowser();
try {
  // Time to first interactive render: from navigation start until the preview's heading exists.
  const firstRender = [];
  for (let i = 0; i < 10; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('#app:not([data-prerendered]) #preview h1') && document.querySelector('#app:not([data-prerendered]) #customer-controller-name')) {
          window.__firstRender = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__firstRender !== undefined);
    firstRender.push(await page.evaluate(() => window.__firstRender));
    await context.close();
  }
  console.log(`first interactive render: ${summary(firstRender)}`);

  // Keystroke to updated preview on the largest example (S3), opened through a share link.
  const config = await readFile(new URL('../../examples/s3-saas-gremien.json', import.meta.url), 'utf8');
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('crash', () => console.error('the page crashed'));
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${server.url}#konfiguration=${encodeURIComponent(JSON.stringify(JSON.parse(config)))}`);
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor();
  // The vendor's name: S3 names the customer by reference, so the customer's name never shows.
  const { toDom, toFrame } = await page.evaluate(async (n) => {
    const input = document.querySelector('#processor-company-name');
    const preview = document.querySelector('#preview');
    const base = input.value;
    const toDom = [];
    const toFrame = [];
    for (let i = 0; i < n; i += 1) {
      const text = `${base} ${i}`;
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (preview.textContent.includes(text)) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(preview, { childList: true, subtree: true, characterData: true });
      });
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      toDom.push((await changed) - start);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      toFrame.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { toDom, toFrame };
  }, KEYSTROKES);
  const size = await page.evaluate(() => document.querySelector('#preview').textContent.length);
  console.log(`largest example: s3-saas-gremien (${size} characters in the preview)`);
  console.log(`keystroke to updated preview DOM: ${summary(toDom)}`);
  console.log(`keystroke to next frame:          ${summary(toFrame)}`);
  await context.close();

  // The Word file of the largest agreement (pflegedienst-sozialdaten): from the click to the
  // browser's download event, which includes assembling nothing (the document is current) but
  // writing the OOXML parts and the ZIP.
  const largest = await readFile(new URL('../../examples/pflegedienst-sozialdaten.json', import.meta.url), 'utf8');
  const wordContext = await browser.newContext({ acceptDownloads: true });
  const wordPage = await wordContext.newPage();
  await wordPage.goto(`${server.url}#konfiguration=${encodeURIComponent(JSON.stringify(JSON.parse(largest)))}`);
  await wordPage.locator('#app:not([data-prerendered]) #preview h1').waitFor();
  const word = [];
  for (let i = 0; i < 10; i += 1) {
    const start = Date.now();
    const [file] = await Promise.all([
      wordPage.waitForEvent('download'),
      wordPage.getByRole('button', { name: 'Word herunterladen' }).click(),
    ]);
    word.push(Date.now() - start);
    await file.delete();
  }
  console.log(`Word file of the largest example (click to download event): ${summary(word)}`);
  await wordContext.close();
} finally {
  await browser.close();
  await server.close();
}
