// Several named drafts (issue 16, "drafts are never lost"): a person working on two agreements
// keeps each under a name, switches between them without losing either, finds them again after
// a reload, and gets a German message naming the field for a missing name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, typeInto, useServedApp } from './support.mjs';

const app = useServedApp();

async function saveAs(page, name) {
  await page.getByLabel('Name des Entwurfs').fill(name);
  await page.getByRole('button', { name: 'Unter diesem Namen speichern' }).click();
  await page.getByRole('status').filter({ hasText: `unter „${name}“ gespeichert` }).waitFor();
}

test('two agreements are kept under names and switched without loss', async () => {
  const { context, page, problems } = await openApp(app.browser, app.server.url);
  page.on('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Unter diesem Namen speichern' }).click();
  await assert.doesNotReject(page.getByRole('alert').filter({ hasText: 'Name des Entwurfs: Bitte geben Sie einen Namen ein.' }).waitFor());

  await typeInto(page, 'Firma mit Rechtsform', 'Alpha Praxis GmbH');
  await saveAs(page, 'Praxis Alpha');
  await typeInto(page, 'Firma mit Rechtsform', 'Beta Kanzlei PartG');
  await saveAs(page, 'Kanzlei Beta');
  const list = page.locator('.named-list li');
  assert.deepEqual(await list.locator('.draft-name').allInnerTexts(), ['Kanzlei Beta', 'Praxis Alpha']);

  await page.reload();
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Entwurf „Praxis Alpha“ laden' }).click();
  await page.getByRole('status').filter({ hasText: 'Der Entwurf „Praxis Alpha“ wurde geladen.' }).waitFor();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Alpha Praxis GmbH');
  await page.locator('#preview', { hasText: 'Alpha Praxis GmbH' }).waitFor();

  await page.getByRole('button', { name: 'Entwurf „Kanzlei Beta“ laden' }).click();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Beta Kanzlei PartG');

  await page.getByRole('button', { name: 'Entwurf „Kanzlei Beta“ löschen' }).click();
  assert.deepEqual(await list.locator('.draft-name').allInnerTexts(), ['Praxis Alpha']);
  await page.reload();
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });
  assert.deepEqual(await list.locator('.draft-name').allInnerTexts(), ['Praxis Alpha']);
  assert.deepEqual(problems, []);
  await context.close();
});
