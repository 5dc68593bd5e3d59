// Who fills in what (issue 16, finding 1): the generic build first asks whose agreement it is.
// A customer is not asked for the vendor's measures: the contract refers to the vendor's own
// description, the catalogue stays folded away, and the answer survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goToStep, openApp, useServedApp } from './support.mjs';
import { STEPS, visibleControls } from './controls.mjs';

const app = useServedApp();

/** Visible controls over all seven steps. */
async function controlsOnEveryStep(page) {
  let total = 0;
  for (const step of STEPS) {
    await goToStep(page, step);
    total += await visibleControls(page);
  }
  return total;
}

test('a customer is not asked for the vendor’s measures', async () => {
  const { context, page, problems } = await openApp(app.browser, app.server.url);
  const question = page.getByRole('group', { name: 'Wer füllt diesen Vertrag aus?' });
  assert.equal(await question.isVisible(), true);
  const everything = await controlsOnEveryStep(page);

  await goToStep(page, 'Parteien');
  await question.getByLabel('Ich bin Kunde und schließe den Vertrag mit meinem Anbieter ab').click();
  assert.equal(await page.locator('#situation-kunde').isChecked(), true);
  await goToStep(page, 'Technische und organisatorische Maßnahmen');
  assert.equal(await page.locator('#customer-choices-tom_source-vendor_document').isChecked(), true);
  assert.equal(await page.locator('input[id^="processor-tom-measures-"]:visible').count(), 0, 'the catalogue is shown to a customer');
  await page.getByLabel('Titel und Stand der Beschreibung des Anbieters').fill('TOM der Muster Cloud GmbH, Version 2 vom 1. Oktober 2026');
  await page.getByLabel('Titel und Stand der Beschreibung des Anbieters').press('Tab');
  const preview = page.locator('#preview');
  await assert.doesNotReject(preview.getByText('beschreibt sein Dokument „TOM der Muster Cloud GmbH, Version 2 vom 1. Oktober 2026“').waitFor());
  // The catalogue stays at hand for measures agreed on top.
  await page.getByText('Zusätzlich einzelne Maßnahmen vereinbaren (optional)').click();
  assert.ok(await page.locator('input[id^="processor-tom-measures-"]:visible').count() > 100);
  await page.getByText('Zusätzlich einzelne Maßnahmen vereinbaren (optional)').click();

  const customer = await controlsOnEveryStep(page);
  assert.ok(customer < everything - 150, `a customer sees ${customer} controls, everything is ${everything}`);

  await page.reload();
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });
  await goToStep(page, 'Parteien');
  assert.equal(await page.locator('#situation-kunde').isChecked(), true, 'the answer was lost on reload');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a vendor is told the customer’s details may stay open, and its catalogue stays', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await page.getByLabel('Ich bin Anbieter und bereite meinen Standardvertrag für Kunden vor').click();
  await assert.doesNotReject(page.getByText('Die Angaben zum Auftraggeber macht Ihr Kunde.').waitFor());
  await goToStep(page, 'Technische und organisatorische Maßnahmen');
  assert.equal(await page.locator('#customer-choices-tom_source-listed').isChecked(), true);
  assert.ok(await page.locator('input[id^="processor-tom-measures-"]:visible').count() > 100);
  await context.close();
});
