// The phone (390×844, issue 16 finding 5): nothing is wider than the screen on any step, form and
// preview take turns through a switch that stays at hand, and the table editors become cards
// whose fields and remove buttons stay on screen. On a desktop both show side by side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goToStep, openApp, useServedApp } from './support.mjs';

const app = useServedApp();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const STEPS = ['Parteien', 'Verarbeitung', 'Daten und Betroffene', 'Unterauftragnehmer und Drittländer',
  'Technische und organisatorische Maßnahmen', 'Regelungen', 'Abschluss'];

test('on a phone no step is wider than the screen', async () => {
  const { context, page, problems } = await openApp(app.browser, app.server.url, PHONE);
  for (const step of STEPS) {
    await goToStep(page, step);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `step „${step}“ is ${scroll - client}px wider than the screen`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone form and preview take turns through the switch', async () => {
  const { context, page } = await openApp(app.browser, app.server.url, PHONE);
  const preview = page.locator('#preview');
  const form = page.locator('main.form');
  assert.equal(await preview.isVisible(), false);
  await page.getByRole('button', { name: 'Vertrag ansehen' }).click();
  assert.equal(await preview.isVisible(), true);
  assert.equal(await form.isVisible(), false);
  const top = await preview.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top < 844, `the preview starts below the screen (${top}px)`);
  await page.getByRole('button', { name: 'Zurück zum Formular' }).click();
  assert.equal(await form.isVisible(), true);
  await context.close();
});

test('on a phone the subprocessor and contact tables are cards that fit the screen', async () => {
  const { context, page } = await openApp(app.browser, app.server.url, PHONE);
  await goToStep(page, 'Unterauftragnehmer und Drittländer');
  await page.getByRole('button', { name: 'Unterauftragnehmer hinzufügen' }).click();
  for (const label of ['Name (Unterauftragnehmer 1)', 'Garantie für Drittlandübermittlung (Unterauftragnehmer 1)', 'Unterauftragnehmer 1 entfernen']) {
    const box = await page.getByLabel(label).first().boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${label} is off screen: ${JSON.stringify(box)}`);
  }
  await goToStep(page, 'Abschluss');
  await page.getByRole('button', { name: 'Kontakt hinzufügen' }).click();
  const remove = await page.getByRole('button', { name: 'Kontakt 1 entfernen' }).boundingBox();
  assert.ok(remove && remove.x + remove.width <= 390, `the remove button is off screen: ${JSON.stringify(remove)}`);
  await context.close();
});

test('on a desktop form and preview show side by side, without the switch', async () => {
  const { context, page } = await openApp(app.browser, app.server.url, { viewport: { width: 1366, height: 768 } });
  assert.equal(await page.locator('#preview').isVisible(), true);
  assert.equal(await page.locator('main.form').isVisible(), true);
  assert.equal(await page.getByRole('button', { name: 'Vertrag ansehen' }).isVisible(), false);
  await context.close();
});
