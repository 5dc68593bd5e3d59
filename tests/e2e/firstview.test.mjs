// The page reads before the WebAssembly arrives (issue 18): the built index.html already holds
// step 1 and the empty contract, rendered at build time by the same components; the app takes
// the view over without a second copy, without layout shift and without console errors; a share
// link's configuration replaces the prerendered empty form once the app runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, useServedApp } from './support.mjs';

const app = useServedApp();

test('the built page holds the first step and the empty contract', async () => {
  const page = await readFile(new URL('../../dist/index.html', import.meta.url), 'utf8');
  for (const expected of ['Schritt 1 von 7: Parteien', 'Wer füllt diesen Vertrag aus?', 'Vertrag über die Auftragsverarbeitung',
    'ENTWURF – unvollständig', 'id="preview"']) {
    assert.ok(page.includes(expected), `index.html lacks "${expected}"`);
  }
  assert.doesNotMatch(page, /\sstyle="/, 'an inline style attribute would break the page policy');
  assert.match(page, /<div id="app" inert>/, 'the prerendered form must not take input the app would drop');
});

test('without JavaScript the first view is there', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(app.server.url);
  // Readable, though inert (no role queries: inert content leaves the accessibility tree).
  assert.equal(await page.locator('#step-title').innerText(), 'Schritt 1 von 7: Parteien');
  assert.equal(await page.locator('#step-title').isVisible(), true);
  assert.match(await page.locator('#preview h1').innerText(), /Vertrag über die Auftragsverarbeitung/);
  await context.close();
});

test('the app takes the view over without a second copy or a layout shift', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    window.__copies = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      window.__copies = Math.max(window.__copies, document.querySelectorAll('.layout').length);
    }).observe(document, { childList: true, subtree: true });
  });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(app.server.url);
  // Before the app runs the prerendered view cannot be used, so nothing typed is lost.
  await page.locator('#app:not([inert]) #preview h1').waitFor();
  await page.getByLabel('Firma mit Rechtsform').first().fill('Übernahme GmbH');
  await page.locator('#preview', { hasText: 'Übernahme GmbH' }).waitFor();
  const { shift, copies } = await page.evaluate(() => ({ shift: window.__shift, copies: window.__copies }));
  assert.ok(shift < 0.02, `cumulative layout shift ${shift}`);
  assert.equal(copies, 1, 'the prerendered view and the app were on the page together');
  assert.equal(await page.locator('#app > .layout').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a share link replaces the prerendered empty form once the app runs', async () => {
  const config = await readFile(new URL('../../examples/minimal.json', import.meta.url), 'utf8');
  const { context, page, problems } = await openApp(app.browser, `${app.server.url}#konfiguration=${encodeURIComponent(config)}`);
  const name = JSON.parse(config).customer.controller.name;
  await page.locator('#preview', { hasText: name }).waitFor();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), name);
  assert.deepEqual(problems, []);
  await context.close();
});
