// End-to-end: the release build served as static files, used in headless Chromium as a person
// would use it (click, type, tab), and the downloaded file checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  download, goToStep, openApp, useServedApp, typeInto, unescapeMarkdown, watch,
} from './support.mjs';

const app = useServedApp();

const TODAY = new Date().toISOString().slice(0, 10);

/** Fills every required answer, step by step, with the keyboard where a person would. */
async function fillCompleteDraft(page) {
  await page.getByLabel('Firma mit Rechtsform').first().click();
  for (const value of ['Beispiel Handel GmbH', 'Lindenallee 7', '04109', 'Leipzig', 'Deutschland']) {
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  await typeInto(page, 'Firma mit Rechtsform', 'Wolkenwerk AG', { nth: 1 });
  for (const value of ['Am Hafen 3', '20457', 'Hamburg', 'Deutschland']) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(value);
  }
  await page.getByRole('button', { name: 'Weiter' }).click();
  await typeInto(page, 'Bezeichnung des Hauptvertrags', 'Nutzungsvertrag Wolkenwerk Lohn', { exact: false });
  await typeInto(page, 'Art und Zweck der Verarbeitung', 'Lohn- und Gehaltsabrechnung für die Beschäftigten', { exact: false });
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Kontakt- und Kommunikationsdaten').check();
  await page.getByLabel('Beschäftigte', { exact: true }).check();
  // Payroll carries the church-tax feature: special categories, which the question must say.
  await page.locator('#customer-processing-special_categories-ja').check();
  await typeInto(page, 'Welche besonderen Kategorien?', 'Religionszugehörigkeit (Kirchensteuermerkmal)', { exact: false });
  await goToStep(page, 'Technische und organisatorische Maßnahmen');
  // One measure for each letter of Art. 32(1) DSGVO, one of § 22(2) BDSG, and the baseline
  // that special categories require (login, access rights, input logging, backup).
  for (const id of ['verschl-tls', 'zutritt-schliesssystem-elektronisch', 'wiederh-notfallkonzept',
    'dsm-risikobewertung', 'besonders-protokollierung', 'zugang-persoenliche-kennung',
    'zugriff-berechtigungskonzept', 'eingabe-protokoll', 'verfueg-backupkonzept']) {
    await page.locator(`#processor-tom-measures-${id}`).check();
  }
  await typeInto(page, 'niedrigste zugelassene TLS-Version', '1.2', { exact: false });
}

test('the page loads without console errors and shows seven steps', async () => {
  const { context, page, problems } = await openApp(app.browser, app.server.url);
  assert.equal(await page.title(), 'AVV-Konfigurator');
  assert.equal(await page.locator('header img').count(), 0, 'the generic build shows a logo');
  assert.match(await page.locator('#preview h1').innerText(), /Vertrag über die Auftragsverarbeitung/);
  assert.equal(await page.locator('.progress li').count(), 7);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a person fills all steps and downloads the agreement', async () => {
  const { context, page, problems } = await openApp(app.browser, app.server.url);
  await fillCompleteDraft(page);
  await page.locator('#preview', { hasText: 'TLS ab Version 1.2' }).waitFor();
  assert.match(await page.locator('.coverage .summary').innerText(), /18 von 18 Anforderungen erfüllt · keine offenen Pflichtangaben/);
  const file = await download(page);
  assert.equal(file.name, `AVV-Beispiel-Handel-GmbH-${TODAY}.md`);
  for (const typed of ['Beispiel Handel GmbH', 'Lindenallee 7', '04109 Leipzig', 'Wolkenwerk AG', '20457 Hamburg',
    'Nutzungsvertrag Wolkenwerk Lohn', 'Lohn- und Gehaltsabrechnung für die Beschäftigten', 'Kontakt- und Kommunikationsdaten']) {
    assert.ok(file.text.includes(typed), `download lacks "${typed}"`);
  }
  assert.ok(file.text.startsWith('# Vertrag über die Auftragsverarbeitung\n'));
  assert.ok(!file.text.includes('[…]'), 'the complete draft still has gaps');
  assert.ok(!file.text.includes('ENTWURF'), 'a complete agreement carries no draft mark');
  await goToStep(page, 'Abschluss');
  assert.match(await page.locator('section.key-terms .status').innerText(), /Der Vertrag ist vollständig/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the preview follows every keystroke and marks what changed', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await goToStep(page, 'Regelungen');
  const hours = page.getByLabel('Frist für die Erstmeldung einer Datenpanne (Stunden)');
  await hours.click();
  await hours.press('Control+A');
  await page.keyboard.type('36');
  const section = page.locator('#clause-datenpannen');
  await section.filter({ hasText: 'spätestens sechsunddreißig Stunden' }).waitFor();
  assert.match(await section.getAttribute('class'), /changed/);
  // isVisible() ignores scrolling; compare the clause's box with the preview's visible area.
  const inView = await section.evaluate((el) => {
    const pane = el.closest('#preview');
    const a = el.getBoundingClientRect();
    const b = pane.getBoundingClientRect();
    return a.top < b.bottom && a.bottom > b.top && a.top >= b.top - 1;
  });
  assert.ok(inView, 'the preview did not scroll to the breach clause');
  await context.close();
});

test('a hostile company name stays literal in preview and download', async () => {
  const hostile = '<img src=x onerror=alert(1)> # Titel **fett**';
  const { context, page, problems } = await openApp(app.browser, app.server.url);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await typeInto(page, 'Firma mit Rechtsform', hostile);
  // The company name sits mid-line, where `#` could never open a heading; the TOM annex's
  // introduction starts a paragraph, where an unescaped `# Titel` would.
  await goToStep(page, 'Technische und organisatorische Maßnahmen');
  await page.locator('#processor-tom-measures-zutritt-schliesssystem-elektronisch').check();
  await typeInto(page, 'Einleitung zur TOM-Anlage (optional)', '# Titel **fett**');
  const preview = page.locator('#preview');
  await preview.getByText(hostile, { exact: false }).first().waitFor();
  await preview.getByText('# Titel **fett**', { exact: false }).first().waitFor();
  assert.equal(await preview.locator('img').count(), 0, 'an <img> was created');
  const headings = await preview.locator('h1, h2, h3, h4, h5, h6').allInnerTexts();
  assert.ok(headings.every((h) => !h.startsWith('Titel')), `typed text became a heading: ${headings}`);
  const emphasised = await preview.locator('em, strong').allInnerTexts();
  assert.ok(emphasised.every((e) => e !== 'fett'), 'typed text became emphasis');

  const file = await download(page);
  const lines = file.text.split('\n');
  assert.ok(lines.every((l) => !/^#+ .*Titel/.test(l)), 'typed text became a heading in the file');
  assert.ok(unescapeMarkdown(file.text).includes(hostile), 'the name is not in the file literally');
  assert.ok(!/(^|[^\\])<img/.test(file.text), 'unescaped HTML in the file');
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reload restores the draft with a notice', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await typeInto(page, 'Firma mit Rechtsform', 'Reload Test GmbH');
  // The draft is saved once the change is rendered; reload after the preview shows it.
  await page.locator('#preview', { hasText: 'Reload Test GmbH' }).waitFor();
  await page.reload();
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Reload Test GmbH');
  assert.match(await page.getByRole('status').innerText(), /Entwurf vom letzten Besuch wurde wiederhergestellt/);
  await context.close();
});

test('a broken import is refused in German and the draft is kept; a good one replaces it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'avv-import-'));
  const broken = join(dir, 'kaputt.json');
  await writeFile(broken, '{"schema_version": 1, "processor": {');
  const { context, page } = await openApp(app.browser, app.server.url);
  await typeInto(page, 'Firma mit Rechtsform', 'Bleibt Erhalten GmbH');
  await page.locator('#import').setInputFiles(broken);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /keine gültige Konfiguration .* Ihr aktueller Entwurf bleibt erhalten/);
  // The same message as `avv check` (tests/malformed.rs): line, column and the fault in German.
  assert.match(await alert.innerText(), /keine gültige JSON-Datei: Zeile 1, Spalte 36: die Datei endet in einem Objekt, „}“ fehlt\./);
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Bleibt Erhalten GmbH');

  const outOfBounds = join(dir, 'frist.json');
  const example = JSON.parse(await (await import('node:fs/promises')).readFile(new URL('../../examples/minimal.json', import.meta.url)));
  example.customer.choices.breach_hours = 500;
  await writeFile(outOfBounds, JSON.stringify(example));
  await page.locator('#import').setInputFiles(outOfBounds);
  await page.getByRole('alert').filter({ hasText: 'customer.choices.breach_hours' }).waitFor();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Bleibt Erhalten GmbH');

  example.customer.choices.breach_hours = 24;
  const newer = join(dir, 'neuer.json');
  await writeFile(newer, JSON.stringify({ ...example, schema_version: 99 }));
  await page.locator('#import').setInputFiles(newer);
  await page.getByRole('alert').filter({ hasText: 'neueren Version' }).waitFor();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Bleibt Erhalten GmbH');

  const good = join(dir, 'gut.json');
  await writeFile(good, JSON.stringify(example));
  await page.locator('#import').setInputFiles(good);
  await page.getByRole('status').filter({ hasText: 'importiert' }).waitFor();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Beispiel Handel GmbH');
  await context.close();
});

test('a share link opened in a fresh browser gives the same document', async () => {
  const { context, page } = await openApp(app.browser, app.server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  await fillCompleteDraft(page);
  await page.locator('#share').click();
  const link = await page.locator('#share-url').inputValue();
  assert.ok(link.startsWith(app.server.url) && link.includes('#konfiguration='), link);
  const original = await download(page);

  const fresh = await app.browser.newContext({ acceptDownloads: true });
  const other = await fresh.newPage();
  const problems = await watch(other, link);
  assert.match(await other.getByRole('status').innerText(), /geteilten Link wurde geladen/);
  const shared = await download(other);
  assert.equal(shared.text, original.text);
  assert.ok(!other.url().includes('#konfiguration='), 'the fragment stays in the address bar');
  assert.deepEqual(problems, []);
  await fresh.close();
  await context.close();
});

test('copy to clipboard holds the Markdown', async () => {
  const { context, page } = await openApp(app.browser, app.server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  await typeInto(page, 'Firma mit Rechtsform', 'Zwischenablage AG');
  await page.locator('#copy').click();
  await page.getByRole('status').filter({ hasText: 'Zwischenablage kopiert' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith('# Vertrag über die Auftragsverarbeitung') && copied.includes('Zwischenablage AG'));
  await context.close();
});

test('a preset changes the choices and keeps the parties', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await typeInto(page, 'Firma mit Rechtsform', 'Preset GmbH');
  await page.getByLabel('Auftraggeberfreundlich').check();
  await page.locator('#clause-datenpannen', { hasText: 'spätestens vierundzwanzig Stunden' }).waitFor();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Preset GmbH');
  await context.close();
});

test('a warning leads to the question that resolves it', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await page.getByLabel('Anbieterfreundlich').check();
  const warning = page.locator('.coverage .warnings li', { hasText: 'feste Meldefrist' });
  await warning.getByRole('button').click();
  await page.getByRole('heading', { name: /Schritt 6 von 7: Regelungen/ }).waitFor();
  const focused = await page.evaluate(() => document.activeElement?.closest('fieldset')?.id);
  assert.equal(focused, 'customer-choices-breach_notice');
  await context.close();
});

test('with storage disabled the app says so and keeps working', async () => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('voll', 'QuotaExceededError'); };
  });
  const page = await context.newPage();
  const problems = await watch(page, app.server.url);
  await page.getByRole('alert').filter({ hasText: 'nicht automatisch gespeichert' }).waitFor();
  await typeInto(page, 'Firma mit Rechtsform', 'Ohne Speicher AG');
  await page.locator('#preview', { hasText: 'Ohne Speicher AG' }).waitFor();
  const file = await download(page);
  assert.ok(file.text.includes('Ohne Speicher AG'));
  assert.deepEqual(problems.filter((p) => !p.includes('QuotaExceeded')), []);
  await context.close();
});

test('starting over asks first', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await typeInto(page, 'Firma mit Rechtsform', 'Verwerfen GmbH');
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.locator('#restart').click();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), 'Verwerfen GmbH');
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#restart').click();
  await page.getByRole('status').filter({ hasText: 'neuer, leerer Entwurf' }).waitFor();
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), '');
  await context.close();
});

test('the print view shows only the agreement', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('main.form').evaluate((el) => getComputedStyle(el).display), 'none');
  assert.ok(await page.locator('#preview h1').isVisible());
  await context.close();
});

test('lists are edited in place: subprocessors, own entries, contacts and signatories', async () => {
  const { context, page, problems } = await openApp(app.browser, app.server.url);
  await goToStep(page, 'Daten und Betroffene');
  await page.getByRole('button', { name: 'Datenart hinzufügen' }).click();
  await page.getByLabel('Weitere Datenarten in eigenen Worten 1').fill('Schichtpläne');
  await goToStep(page, 'Unterauftragnehmer und Drittländer');
  const add = page.getByRole('button', { name: 'Unterauftragnehmer hinzufügen' });
  await add.click();
  await add.click();
  await page.getByLabel('Name (Unterauftragnehmer 1)').fill('Erster Hoster GmbH');
  await page.getByLabel('Name (Unterauftragnehmer 2)').fill('Zweiter Versand AG');
  await page.getByRole('button', { name: 'Unterauftragnehmer 2 nach oben' }).click();
  assert.equal(await page.getByLabel('Name (Unterauftragnehmer 1)').inputValue(), 'Zweiter Versand AG');
  const annex = page.locator('#clause-anlage-unterauftragnehmer');
  const rows = await annex.locator('tbody tr').allInnerTexts();
  assert.ok(rows[0].includes('Zweiter Versand AG') && rows[1].includes('Erster Hoster GmbH'), rows.join(' | '));
  await page.getByRole('button', { name: 'Unterauftragnehmer 2 entfernen' }).click();
  assert.deepEqual((await annex.locator('tbody tr').allInnerTexts()).length, 1);
  await goToStep(page, 'Technische und organisatorische Maßnahmen');
  await page.locator('#tom-zugangskontrolle').getByRole('button', { name: 'Eigene Maßnahme hinzufügen' }).click();
  await page.getByLabel('Eigene Maßnahmen: Zugangskontrolle 1').fill('Hardware-Token für alle Administratoren');
  await goToStep(page, 'Abschluss');
  await page.getByRole('button', { name: 'Kontakt hinzufügen' }).click();
  await page.getByLabel('Name (Kontakt 1)').fill('Erika Weisung');
  await page.getByRole('button', { name: 'Unterzeichner hinzufügen' }).click();
  await page.getByLabel('Name (Unterzeichner 1)').fill('Max Unterschrift');
  const file = await download(page);
  for (const text of ['Schichtpläne', 'Zweiter Versand AG', 'Hardware-Token für alle Administratoren', 'Erika Weisung', 'Max Unterschrift']) {
    assert.ok(file.text.includes(text), `download lacks "${text}"`);
  }
  assert.ok(!file.text.includes('Erster Hoster GmbH'), 'a removed subprocessor is still in the file');
  assert.deepEqual(problems, []);
  await context.close();
});

test('required fields are validated inline in German once left', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  const postalCode = page.getByLabel('Postleitzahl').first();
  assert.equal(await page.locator('#customer-controller-postal_code-error').count(), 0, 'a message before any input');
  await typeInto(page, 'Land', 'Deutschland');
  await postalCode.click();
  await page.keyboard.type('123');
  await page.keyboard.press('Tab');
  assert.match(await page.locator('#customer-controller-postal_code-error').innerText(), /fünf Ziffern/);
  assert.equal(await postalCode.getAttribute('aria-invalid'), 'true');
  await goToStep(page, 'Verarbeitung');
  await page.getByLabel('Benannt', { exact: true }).check();
  await typeInto(page, 'E-Mail', 'dsb-at-beispiel.de');
  await page.keyboard.press('Tab');
  assert.match(await page.locator('#processor-dpo-person-email-error').innerText(), /keine gültige E-Mail-Adresse/);
  await context.close();
});

test('a whole session makes no request after loading and none to another origin', async () => {
  const context = await app.browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const problems = await watch(page, app.server.url);
  await page.waitForLoadState('networkidle');
  const afterLoad = requests.length;
  assert.ok(requests.every((url) => url.startsWith(app.server.url)), `another origin: ${requests}`);
  assert.match(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), /default-src 'none'/);

  await fillCompleteDraft(page);
  for (const step of ['Verarbeitung', 'Daten und Betroffene', 'Unterauftragnehmer und Drittländer', 'Regelungen', 'Abschluss']) {
    await goToStep(page, step);
  }
  await download(page);
  await page.locator('#copy').click();
  await page.locator('#share').click();
  await page.locator('#export').click();
  const dir = await mkdtemp(join(tmpdir(), 'avv-net-'));
  const good = join(dir, 'gut.json');
  await writeFile(good, await (await import('node:fs/promises')).readFile(new URL('../../examples/minimal.json', import.meta.url)));
  await page.locator('#import').setInputFiles(good);
  await page.getByRole('status').filter({ hasText: 'importiert' }).waitFor();
  const later = requests.slice(afterLoad).filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.deepEqual(later, [], 'requests after the initial load');
  assert.deepEqual(problems, []);
  await context.close();
});

test('hostile strings in the form never become elements in the preview', async () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[Link](javascript:alert(1))',
    '# Überschrift',
    '- Liste\n1. Nummer',
    '| a | b |\n|---|---|',
    '```\ncode\n```',
    '&lt;b&gt;Entität&lt;/b&gt;',
    '\u202Eumgedreht\u200B',
    'x'.repeat(300),
  ];
  const { context, page, problems } = await openApp(app.browser, app.server.url);
  let dialogs = 0;
  page.on('dialog', async (dialog) => { dialogs += 1; await dialog.dismiss(); });
  const preview = page.locator('#preview');
  // The draft mark under the title (a block quote listing the open entries) is the engine's,
  // and its list grows as entries become invalid: lists are counted outside it.
  const LISTS = ':is(ul, ol):not(blockquote *)';
  const MARKS = 'blockquote:has(> p > strong:text-is("ENTWURF – unvollständig."))';
  const baseline = {
    headings: await preview.locator('h1, h2, h3').count(),
    lists: await preview.locator(LISTS).count(),
    tables: await preview.locator('table').count(),
  };
  const same = async (text, where) => {
    assert.equal(await preview.locator('script, img, a, iframe, code, pre').count(), 0, `element from ${JSON.stringify(text)} in ${where}`);
    assert.equal(await preview.locator('blockquote').count(), await preview.locator(MARKS).count(), `block quote from ${JSON.stringify(text)} in ${where}`);
    assert.ok(await preview.locator(MARKS).count() <= 1, `second draft mark from ${JSON.stringify(text)} in ${where}`);
    assert.equal(await preview.locator('h1, h2, h3').count(), baseline.headings, `heading from ${JSON.stringify(text)} in ${where}`);
    assert.equal(await preview.locator(LISTS).count(), baseline.lists, `list from ${JSON.stringify(text)} in ${where}`);
    assert.equal(await preview.locator('table').count(), baseline.tables, `table from ${JSON.stringify(text)} in ${where}`);
  };
  // The party fields sit inside a line of the agreement: the value is typed after a marker word
  // of its round, so the counts run only once this round's values are shown.
  const fields = [/^Firma mit Rechtsform/, /^Straße und Hausnummer/, /^Ort( \*)?$/, /^Registergericht und Nummer/, /^Vertreten durch/];
  for (const [n, text] of hostile.entries()) {
    const marker = `Runde${n}`;
    for (const label of fields) {
      await page.getByLabel(label).first().fill(`${marker}${text}`);
    }
    await preview.locator('section#clause-parteien', { hasText: marker }).first().waitFor();
    await same(text, 'the party fields');
  }
  // The TOM annex's introduction starts a paragraph, where `#`, `-`, `|` or a fence would open
  // structure: the value comes first there, the marker after it.
  await goToStep(page, 'Technische und organisatorische Maßnahmen');
  await page.locator('#processor-tom-measures-zutritt-schliesssystem-elektronisch').check();
  await preview.locator('section#clause-anlage-tom').waitFor();
  baseline.headings = await preview.locator('h1, h2, h3').count();
  baseline.lists = await preview.locator(LISTS).count();
  baseline.tables = await preview.locator('table').count();
  for (const [n, text] of hostile.entries()) {
    const marker = `Einleitung${n}`;
    await page.getByLabel('Einleitung zur TOM-Anlage (optional)').fill(`${text} ${marker}`);
    await preview.locator('section#clause-anlage-tom', { hasText: marker }).first().waitFor();
    await same(text, 'the TOM introduction');
  }
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});
