// Accessibility: axe-core on every step, on a desktop and a phone, reports no violation of any
// impact, and the questionnaire can be walked with the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { goToStep, openApp, useServedApp } from './support.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const STEPS = ['Parteien', 'Verarbeitung', 'Daten und Betroffene', 'Unterauftragnehmer und Drittländer',
  'Technische und organisatorische Maßnahmen', 'Regelungen', 'Abschluss'];

const app = useServedApp();

for (const [name, viewport] of [['desktop', { width: 1366, height: 768 }], ['phone', { width: 390, height: 844 }]]) {
  test(`axe-core finds no violation of any impact on any step (${name})`, async () => {
    const { context, page } = await openApp(app.browser, app.server.url, { bypassCSP: true, viewport });
    await page.addScriptTag({ path: AXE });
    for (const step of STEPS) {
      await goToStep(page, step);
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const found = result.violations
        .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      assert.deepEqual(found, [], `step ${step}`);
    }
    await context.close();
  });
}

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
