// Drafts are never lost (issue 16, item 7 and 4): a share link, an import or a draft that cannot
// be read is kept aside first and can be loaded again or downloaded; damaged links say so; the
// lists stop at their limits so that the stored draft always loads again; a reload returns to
// the step last shown; the "restored" notice appears only when there was something to restore.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { download, goToStep, openApp, typeInto, useServedApp } from './support.mjs';

const app = useServedApp();
const KEY = 'avv-konfigurator.entwurf';
const minimal = JSON.parse(await readFile(new URL('../../examples/minimal.json', import.meta.url), 'utf8'));

async function reload(page) {
  await page.reload();
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });
}

test('a share link keeps the typed draft aside, and it can be loaded back', async () => {
  const { context, page, problems } = await openApp(app.browser, app.server.url);
  await typeInto(page, 'Firma mit Rechtsform', 'Mein Entwurf GmbH');
  await page.locator('#preview', { hasText: 'Mein Entwurf GmbH' }).waitFor();
  const shared = { ...minimal, customer: { ...minimal.customer, controller: { ...minimal.customer.controller, name: 'Geteilt AG' } } };
  await page.goto(`${app.server.url}#konfiguration=${encodeURIComponent(JSON.stringify(shared))}`);
  await page.reload();
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });
  const status = page.getByRole('status').filter({ hasText: 'geteilten Link' });
  await status.waitFor();
  assert.match(await status.innerText(), /Ihr bisheriger Entwurf ist gesichert/);
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Geteilt AG');
  await page.getByRole('button', { name: 'Gesicherten Entwurf laden' }).click();
  await page.getByRole('status').filter({ hasText: 'Der gesicherte Entwurf wurde geladen' }).waitFor();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Mein Entwurf GmbH');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a damaged share link is reported and the draft stays as it was', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await typeInto(page, 'Firma mit Rechtsform', 'Bleibt GmbH');
  await page.locator('#preview', { hasText: 'Bleibt GmbH' }).waitFor();
  await page.goto(`${app.server.url}#konfiguration=%E0%A4%A`);
  await page.reload();
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Der geteilte Link ist beschädigt.*Ihr Entwurf bleibt, wie er war/);
  assert.doesNotMatch(await page.locator('main').innerText(), /wiederhergestellt/);
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Bleibt GmbH');
  await context.close();
});

test('an unreadable stored draft is kept aside, downloadable unchanged, never overwritten', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  const unreadable = JSON.stringify({ schema_version: 99, customer: { controller: { name: 'Aus der Zukunft' } } });
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, unreadable]);
  await reload(page);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /nicht lesbar.*unverändert gesichert.*Es beginnt ein neuer Entwurf/);
  await typeInto(page, 'Firma mit Rechtsform', 'Neu GmbH');
  await page.locator('#preview', { hasText: 'Neu GmbH' }).waitFor();
  await reload(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gesicherten Entwurf herunterladen' }).click(),
  ]);
  assert.equal(await readFile(await file.path(), 'utf8'), unreadable);
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Neu GmbH');
  await context.close();
});

test('an import keeps the typed draft aside', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await typeInto(page, 'Firma mit Rechtsform', 'Vor dem Import GmbH');
  await page.locator('#preview', { hasText: 'Vor dem Import GmbH' }).waitFor();
  const dir = await mkdtemp(join(tmpdir(), 'avv-drafts-'));
  const file = join(dir, 'import.json');
  await writeFile(file, JSON.stringify(minimal));
  await page.locator('#import').setInputFiles(file);
  const status = page.getByRole('status').filter({ hasText: 'importiert' });
  await status.waitFor();
  assert.match(await status.innerText(), /Ihr bisheriger Entwurf ist gesichert/);
  await page.getByRole('button', { name: 'Gesicherten Entwurf laden' }).click();
  await page.getByRole('status').filter({ hasText: 'Der gesicherte Entwurf wurde geladen' }).waitFor();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Vor dem Import GmbH');
  await context.close();
});

test('a reload returns to the step last shown; nothing typed means nothing restored', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await reload(page);
  assert.doesNotMatch(await page.locator('main').innerText(), /wiederhergestellt/);
  await goToStep(page, 'Unterauftragnehmer');
  await reload(page);
  await page.getByRole('heading', { name: /Schritt 4 von 7: Unterauftragnehmer/ }).waitFor();
  await context.close();
});

test('lists stop at their limit, so the stored draft always loads again', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  const sub = { name: 'Hosting AG', address: 'Weg 1, Köln', country: 'Deutschland', service: 'Hosting', location: 'Köln', safeguard: 'not_needed' };
  const full = { ...minimal, processor: { ...minimal.processor, subprocessors: Array.from({ length: 100 }, () => sub) } };
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, JSON.stringify(full)]);
  await reload(page);
  await goToStep(page, 'Unterauftragnehmer');
  assert.equal(await page.getByRole('button', { name: 'Unterauftragnehmer hinzufügen' }).count(), 0);
  assert.match(await page.locator('#processor-subprocessors').innerText(), /Die Liste ist voll: höchstens 100 Einträge/);
  await reload(page);
  assert.doesNotMatch(await page.locator('main').innerText(), /nicht lesbar/);
  await context.close();
});

test('an incomplete contract is marked as a draft, and the step bar says what is open', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await typeInto(page, 'Firma mit Rechtsform', 'Halb Fertig GmbH');
  await page.locator('#preview', { hasText: 'Halb Fertig GmbH' }).waitFor();
  const file = await download(page);
  assert.match(file.text, /^# Vertrag über die Auftragsverarbeitung\n\n> \*\*ENTWURF – unvollständig\.\*\* Dieser Vertrag ist noch nicht fertig/);
  assert.match(file.text, /> - Auftraggeber: Straße und Hausnummer fehlt\./);
  await page.locator('#preview blockquote', { hasText: 'ENTWURF – unvollständig' }).waitFor();
  await page.getByRole('button', { name: 'Weiter' }).click();
  const parties = page.locator('.progress li').first();
  assert.match(await parties.getAttribute('class'), /\bopen\b/);
  assert.match(await parties.getByRole('button').innerText(), /offene Angaben/);
  await context.close();
});

test('a new step opens at its top with the focus on its heading; a second Enter does not skip it', async () => {
  const { context, page } = await openApp(app.browser, app.server.url, { viewport: { width: 1366, height: 768 } });
  const next = page.getByRole('button', { name: 'Weiter' });
  await next.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Schritt 2 von 7/ }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-title');
  const top = await page.evaluate(() => document.getElementById('step-title').getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 100, `the heading is at ${top}px, not at the top`);
  await page.keyboard.press('Enter');
  assert.match(await page.locator('#step-title').innerText(), /Schritt 2 von 7/);
  await context.close();
});

test('the last step sums up the key terms and says whether the contract is complete', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await goToStep(page, 'Abschluss');
  const terms = page.locator('section.key-terms');
  assert.match(await terms.locator('h3').innerText(), /Die wichtigsten Regelungen im Überblick/);
  assert.match(await terms.locator('.status').innerText(), /offene Pflichtangaben – der Vertrag ist bis dahin als Entwurf gekennzeichnet/);
  const row = terms.getByRole('row', { name: /Frist für die Erstmeldung/ });
  assert.match(await row.innerText(), /48 Stunden/);
  await context.close();
});

test('legal terms are explained where they appear', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await goToStep(page, 'Unterauftragnehmer und Drittländer');
  const box = page.locator('#abschnitt-ort details.glossary');
  await box.locator('summary').click();
  assert.match(await box.innerText(), /Angemessenheitsbeschluss\s+Eine Entscheidung der EU-Kommission/);
  assert.match(await box.innerText(), /Drittland/);
  await context.close();
});

test('a starting point takes over the usual purposes, data types and data subjects', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await goToStep(page, 'Verarbeitung');
  await page.getByLabel('Ausgangspunkt: Was beauftragen Sie? (optional)').selectOption({ label: 'Newsletter und E-Mail-Marketing' });
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await page.getByRole('status').filter({ hasText: 'Übernommen: 3 Zwecke, 4 Datenarten und 3 Gruppen' }).waitFor();
  await page.locator('#preview', { hasText: 'Versand von Newslettern und Werbe-E-Mails an Abonnenten' }).waitFor({ state: 'attached' });
  await goToStep(page, 'Daten und Betroffene');
  assert.equal(await page.getByLabel('Abonnenten', { exact: false }).first().isChecked(), true);
  await context.close();
});
