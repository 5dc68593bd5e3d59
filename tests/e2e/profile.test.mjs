// Vendor profiles: the release build made with examples/profiles/personalwolke.toml
// (`make dist-profile`, served from dist-profile/). The vendor's data reach the download,
// fixed answers cannot be edited, and a configuration that contradicts the profile is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { download, goToStep, openApp, typeInto, useServedApp } from './support.mjs';

const app = useServedApp('dist-profile');
const VENDOR = 'Beispiel Compliance Software GmbH';

test('the header names the vendor and the download holds its data', async () => {
  const { context, page, problems } = await openApp(app.browser, app.server.url);
  assert.match(await page.locator('header h1').innerText(), new RegExp(`AVV-Konfigurator der ${VENDOR}`));
  await typeInto(page, 'Firma mit Rechtsform', 'Kundin Beispiel AG');
  const file = await download(page);
  assert.ok(file.text.startsWith(`# Vertrag über die Auftragsverarbeitung für Kunden der ${VENDOR}\n`), file.text.slice(0, 120));
  for (const vendorData of [VENDOR, 'Speicherstadtweg 12', 'Amtsgericht Hamburg, HRB 66666', 'Felix Beispiel',
    'Muster Serverhaus GmbH', 'Verantwortliche', 'Kundin Beispiel AG']) {
    assert.ok(file.text.includes(vendorData), `download lacks "${vendorData}"`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('fixed data and locked choices cannot be edited; ranges are narrowed', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  const vendorName = page.getByLabel('Firma mit Rechtsform').nth(1);
  assert.equal(await vendorName.inputValue(), VENDOR);
  assert.notEqual(await vendorName.getAttribute('readonly'), null, 'the vendor name is editable');
  await vendorName.click();
  await page.keyboard.type('Übernahme AG');
  assert.equal(await vendorName.inputValue(), VENDOR);

  await goToStep(page, 'Unterauftragnehmer und Drittländer');
  const modes = page.locator('#customer-choices-subprocessing input[type=radio]');
  assert.equal(await modes.count(), 3);
  for (let i = 0; i < 3; i += 1) assert.ok(await modes.nth(i).isDisabled(), 'a locked choice is enabled');
  assert.equal(await page.getByRole('button', { name: 'Unterauftragnehmer hinzufügen' }).count(), 0);

  await goToStep(page, 'Regelungen');
  const hours = page.getByLabel('Frist für die Erstmeldung einer Datenpanne (Stunden)');
  await hours.click();
  await hours.press('Control+A');
  await page.keyboard.type('12');
  const message = page.locator('#customer-choices-breach_hours-error');
  assert.match(await message.innerText(), /12 liegt nicht zwischen 24 und 72/);
  await page.locator('#clause-datenpannen', { hasText: 'spätestens achtundvierzig Stunden' }).waitFor();
  await context.close();
});

test('an import that contradicts the profile is refused and the draft kept', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'avv-profile-'));
  const other = join(dir, 'fremd.json');
  await writeFile(other, await readFile(new URL('../../examples/minimal.json', import.meta.url)));
  const { context, page } = await openApp(app.browser, app.server.url);
  await typeInto(page, 'Firma mit Rechtsform', 'Bleibt GmbH');
  await page.locator('#import').setInputFiles(other);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), new RegExp(`passt nicht zum Angebot der ${VENDOR}.*Ihr aktueller Entwurf bleibt erhalten`));
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Bleibt GmbH');
  await context.close();
});

test('the vendor build keeps its drafts under its own key', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await typeInto(page, 'Firma mit Rechtsform', 'Kundin Schlüssel AG');
  await page.locator('#preview', { hasText: 'Kundin Schlüssel AG' }).waitFor();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.includes('avv-konfigurator.entwurf.beispiel-compliance-software-gmbh'), keys.join(', '));
  assert.ok(!keys.includes('avv-konfigurator.entwurf'), keys.join(', '));
  await context.close();
});

test('the vendor\'s fixed lists and measures read as text, not as greyed fields', async () => {
  const { context, page } = await openApp(app.browser, app.server.url, { viewport: { width: 1366, height: 768 } });
  await goToStep(page, 'Unterauftragnehmer und Drittländer');
  const location = page.locator('#processor-locations-0');
  assert.equal(await location.innerText(), 'Rechenzentrum der Muster Serverhaus GmbH in Hamburg (Produktivbetrieb)');
  assert.equal(await location.evaluate((el) => el.scrollWidth <= el.clientWidth), true, 'the location is cut off');
  assert.equal(await page.locator('#processor-subprocessors input').count(), 0);
  await goToStep(page, 'Technische und organisatorische Maßnahmen');
  assert.equal(await page.locator('main.form input[type=checkbox][id^="processor-tom-measures-"]').count(), 0);
  const summary = page.locator('details.fixed-list summary');
  assert.match(await summary.innerText(), /Die \d+ Maßnahmen des Anbieters anzeigen/);
  await summary.click();
  const listed = await page.locator('details.fixed-list ul ul li').count();
  assert.ok(listed >= 30, `only ${listed} measures listed`);
  await context.close();
});

test('the vendor’s look: its logo embedded, its colour, its name in the title', async () => {
  const requests = [];
  const { context, page, problems } = await openApp(app.browser, app.server.url);
  page.on('request', (r) => requests.push(r.url()));
  assert.equal(await page.title(), `AVV-Konfigurator der ${VENDOR}`);
  const logo = page.getByRole('img', { name: `Logo der ${VENDOR}` });
  assert.match(await logo.getAttribute('src'), /^data:image\/svg\+xml;base64,/);
  assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the logo does not render');
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#1f5f8b');
  const current = await page.locator('.progress .current button').evaluate((b) => getComputedStyle(b).borderColor);
  assert.equal(current, 'rgb(31, 95, 139)');
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:')), [], 'the logo caused a request');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the first view, before the app runs, already has the vendor’s name, colour and logo', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(app.server.url);
  assert.equal(await page.title(), `AVV-Konfigurator der ${VENDOR}`);
  assert.match(await page.locator('header h1').innerText(), new RegExp(`AVV-Konfigurator der ${VENDOR}`));
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#1f5f8b');
  assert.equal(await page.locator('.progress .current button').evaluate((b) => getComputedStyle(b).borderColor), 'rgb(31, 95, 139)');
  assert.equal(await page.locator(`img[alt="Logo der ${VENDOR}"]`).count(), 1);
  // The vendor's build keeps its drafts under its own key.
  assert.match(await page.locator('#app').getAttribute('data-draft-key'), /^avv-konfigurator\.entwurf\.beispiel-compliance-software-gmbh$/);
  await context.close();
});
