// Outputs people sign and send back (issue 17): the Word file made in the browser is opened by a
// real reader (LibreOffice converts it, pdftotext reads it) and equals the one `avv docx` writes;
// the Markdown download carries its configuration and fingerprint, loads back unchanged, shows a
// hand edit as a redline, and a broken embedded configuration is refused with the draft kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { download, openApp, useServedApp } from './support.mjs';

const app = useServedApp();
const EXAMPLE = 'kanzlei-berufsgeheimnis';
const config = await readFile(new URL(`../../examples/${EXAMPLE}.json`, import.meta.url), 'utf8');

/** Opens the app with the example loaded through a share link. */
async function openExample() {
  const opened = await openApp(app.browser, app.server.url);
  await opened.page.goto(`${app.server.url}#konfiguration=${encodeURIComponent(config)}`);
  await opened.page.reload();
  await opened.page.locator('#preview', { hasText: 'Kanzlei' }).waitFor();
  return opened;
}

test('the Word file opens in LibreOffice with headings, numbers, tables, signature page and fingerprint', async () => {
  const { context, page, problems } = await openExample();
  const dir = await mkdtemp(join(tmpdir(), 'avv-docx-'));
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Word herunterladen' }).click(),
  ]);
  assert.match(file.suggestedFilename(), /^AVV-.*\.docx$/);
  const docx = join(dir, 'browser.docx');
  await file.saveAs(docx);

  // The same file as the command line writes for the same configuration (same day).
  const cli = join(dir, 'cli.docx');
  execFileSync('cargo', ['run', '-q', '--bin', 'avv', '--', 'docx', `examples/${EXAMPLE}.json`, cli], { stdio: ['ignore', 'ignore', 'ignore'] });
  assert.ok((await readFile(docx)).equals(await readFile(cli)), 'the browser’s Word file differs from avv docx');

  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'browser.pdf'), '-'], { encoding: 'utf8' });
  for (const expected of [/Vertrag über die Auftragsverarbeitung/, /\b1\.\s+Gegenstand und Dauer der Verarbeitung/,
    /\b1\.1\s+\S/, /Anlage 1/, /Unterschriften/, /Seite 1 von \d+/, /Prüfsumme \(SHA-256\) des Vertragstexts: [0-9a-f]{64}/]) {
    assert.match(text, expected, `the PDF lacks ${expected}`);
  }
  for (const syntax of ['**', '\\', '|---', '## ']) {
    assert.ok(!text.includes(syntax), `Markdown syntax "${syntax}" in the Word file`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a downloaded agreement loads back: unchanged, edited (redline), broken (refused)', async () => {
  const { context, page, problems } = await openExample();
  const file = await download(page);
  assert.match(file.text, /\n---\n\nPrüfsumme \(SHA-256\) des Vertragstexts: [0-9a-f]{64}\n\n<!-- avv-konfiguration\n/);
  assert.equal((await page.locator('#preview').innerText()).includes('avv-konfiguration'), false);
  const dir = await mkdtemp(join(tmpdir(), 'avv-md-'));
  const load = async (name, text) => {
    const path = join(dir, name);
    await writeFile(path, text);
    await page.locator('#import').setInputFiles(path);
  };

  // Another draft first, so loading visibly restores the example.
  await page.getByRole('button', { name: 'Neu beginnen' }).click();
  await load('unveraendert.md', file.text);
  await page.getByRole('status').filter({ hasText: 'Sein Text ist unverändert' }).waitFor();
  await page.locator('#preview', { hasText: 'Kanzlei' }).waitFor();
  assert.equal(await page.locator('.redline').count(), 0);

  const sentence = 'unverzüglich';
  assert.ok(file.text.includes(sentence));
  await load('bearbeitet.md', file.text.replace(sentence, 'innerhalb von vier Wochen'));
  await page.getByRole('status').filter({ hasText: 'weicht an 1 Stelle' }).waitFor();
  const redline = page.locator('.redline');
  assert.equal(await redline.locator('del').first().innerText(), 'unverzüglich ');
  assert.match(await redline.locator('ins').first().innerText(), /innerhalb von vier Wochen/);
  assert.match(await page.getByRole('status').innerText(), /Prüfsumme im Fuß passt nicht/);

  const name = await page.getByLabel('Firma mit Rechtsform').first().inputValue();
  await load('kaputt.md', file.text.replace('"konfiguration": {', '"konfiguration": {,'));
  await assert.doesNotReject(page.getByRole('alert').filter({ hasText: 'Die eingebettete Konfiguration ist beschädigt (keine gültige JSON-Datei: Zeile' }).waitFor());
  assert.match(await page.getByRole('alert').innerText(), /Ihr aktueller Entwurf bleibt erhalten/);
  assert.equal(await page.getByLabel('Firma mit Rechtsform').first().inputValue(), name);
  assert.deepEqual(problems, []);
  await context.close();
});
