// Accessibility: axe-core on every step reports no serious or critical violation, and the
// questionnaire can be walked with the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { goToStep, openApp, useServedApp } from './support.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const STEPS = ['Parteien', 'Verarbeitung', 'Daten und Betroffene', 'Unterauftragnehmer und Drittländer',
  'Technische und organisatorische Maßnahmen', 'Regelungen', 'Abschluss'];

const app = useServedApp();

test('axe-core finds no serious or critical violation on any step', async () => {
  const { context, page } = await openApp(app.browser, app.server.url, { bypassCSP: true });
  await page.addScriptTag({ path: AXE });
  for (const step of STEPS) {
    await goToStep(page, step);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    assert.deepEqual(serious, [], `step ${step}`);
  }
  await context.close();
});

test('the keyboard alone reaches the next step, and focus is visible', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  let reached = false;
  for (let i = 0; i < 80 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.textContent === 'Weiter');
  }
  assert.ok(reached, 'Tab never reached „Weiter“');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is not visible');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Schritt 2 von 7/ }).waitFor();
  await context.close();
});
