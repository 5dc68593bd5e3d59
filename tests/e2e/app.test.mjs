// End-to-end: the release build served as static files, used in headless Chromium as a person
// would use it (click, type, tab), and the downloaded file checked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { download, launchBrowser, openApp, serveDist, unescapeMarkdown } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page loads without console errors', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  assert.equal(await page.title(), 'AVV-Konfigurator');
  assert.match(await page.locator('#preview h1').innerText(), /Vertrag über die Auftragsverarbeitung/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a filled form downloads as a Markdown file holding what was typed', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await page.getByLabel('Firma (mit Rechtsform)').first().click();
  // Type the controller's address, moving on with Tab as a person would.
  for (const value of ['Beispiel Handel GmbH', 'Lindenallee 7', '04109', 'Leipzig', 'Deutschland']) {
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  for (const value of ['Wolkenwerk AG', 'Am Hafen 3', '20457', 'Hamburg', 'Deutschland']) {
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('Nutzungsvertrag Wolkenwerk Lohn');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bereitstellung einer Software für die Lohnabrechnung');

  await assert.doesNotReject(page.locator('#preview', { hasText: 'Lohnabrechnung' }).waitFor());
  const file = await download(page);
  assert.match(file.name, /\.md$/);
  assert.equal(file.name, 'AVV-Beispiel-Handel-GmbH.md');
  for (const typed of ['Beispiel Handel GmbH', 'Lindenallee 7', '04109 Leipzig', 'Wolkenwerk AG',
    '20457 Hamburg', 'Nutzungsvertrag Wolkenwerk Lohn',
    'Bereitstellung einer Software für die Lohnabrechnung']) {
    assert.ok(file.text.includes(typed), `download lacks "${typed}"`);
  }
  assert.ok(file.text.startsWith('# Vertrag über die Auftragsverarbeitung\n'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a hostile company name stays literal in preview and download', async () => {
  const hostile = '<img src=x onerror=alert(1)> # Titel **fett**';
  const { context, page, problems } = await openApp(browser, server.url);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.locator('#controller-name').click();
  await page.keyboard.type(hostile);
  const preview = page.locator('#preview');
  await preview.getByText(hostile, { exact: false }).first().waitFor();
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
