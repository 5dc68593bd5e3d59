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
  // Inert as built (without JavaScript it is read, not used); the loader decides (below).
  assert.match(page, /<div id="app" inert data-prerendered data-draft-key="avv-konfigurator\.entwurf">/);
  // The app's files are requested only after the first paint, the print stylesheet does not
  // hold the paint up (scripts/first-paint.mjs).
  assert.doesNotMatch(page, /<link rel="(module)?preload"/);
  assert.match(page, /<link rel="stylesheet" media="print" href="\.\/print-/);
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
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor();
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

/** Opens the app with the wasm held back until `release()` is called. */
async function openHeld(url, setup = async () => {}) {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let requested = false;
  await page.route('**/*.wasm', async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await setup(page);
  await page.goto(url);
  return { context, page, problems, release: () => release(), requested: () => requested };
}

test('on a first visit the first view takes input before the app arrives, and the app keeps it', async () => {
  const { context, page, problems, release } = await openHeld(app.server.url);
  // Usable, though the app is not there yet.
  await page.locator('#app[data-prerendered]:not([inert])').waitFor();
  await page.locator('#situation-kunde').check();
  await page.locator('#customer-controller-name').fill('Vorab Praxis GmbH');
  await page.locator('#customer-controller-city').fill('Kiel');
  await page.locator('#customer-controller-city').press('ArrowLeft');
  assert.equal(await page.locator('#app[data-prerendered]').count(), 1, 'the app ran before its wasm was released');
  release();
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });
  await page.locator('#preview', { hasText: 'Vorab Praxis GmbH' }).waitFor({ state: 'attached' });
  assert.equal(await page.locator('#customer-controller-name').inputValue(), 'Vorab Praxis GmbH');
  assert.equal(await page.locator('#customer-controller-city').inputValue(), 'Kiel');
  assert.equal(await page.locator('#situation-kunde').isChecked(), true);
  // The focus and the caret are where they were: typing goes on in the same field.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'customer-controller-city');
  await page.keyboard.type('e');
  assert.equal(await page.locator('#customer-controller-city').inputValue(), 'Kiel'.slice(0, 3) + 'e' + 'l');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a stored draft keeps the first view closed, says it is loading, and is not waited on by the paint', async () => {
  const first = await openApp(app.browser, app.server.url);
  await first.page.getByLabel('Firma mit Rechtsform').first().fill('Gespeichert AG');
  await first.page.locator('#preview', { hasText: 'Gespeichert AG' }).waitFor({ state: 'attached' });
  const state = await first.context.storageState();
  await first.context.close();

  const context = await app.browser.newContext({ storageState: state });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(app.server.url);
  const note = page.locator('.loading-note');
  await note.waitFor();
  assert.equal(await note.innerText(), 'Ihr gespeicherter Entwurf wird geladen …');
  assert.equal(await page.locator('#app[inert]').count(), 1, 'the empty form must not take input that the draft would replace');
  release();
  await page.locator('#app:not([data-prerendered]) #preview', { hasText: 'Gespeichert AG' }).waitFor({ state: 'attached' });
  assert.equal(await note.count(), 0);
  await context.close();
});

test('a share link says that the shared draft is loading', async () => {
  const config = await readFile(new URL('../../examples/minimal.json', import.meta.url), 'utf8');
  const { context, page, problems, release } = await openHeld(`${app.server.url}#konfiguration=${encodeURIComponent(config)}`);
  await page.locator('.loading-note').waitFor();
  assert.equal(await page.locator('.loading-note').innerText(), 'Der geteilte Entwurf wird geladen …');
  assert.equal(await page.locator('#app[inert]').count(), 1);
  release();
  await page.locator('#preview', { hasText: JSON.parse(config).customer.controller.name }).waitFor({ state: 'attached' });
  assert.equal(await page.locator('.loading-note').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
