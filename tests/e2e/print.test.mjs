// The print is fit for signing: the release build's PDF of complete examples (loaded through a
// share link), read back with poppler's pdftotext and pdftoppm. Every page carries the title,
// the version, "Seite X von Y" and the fingerprint of the text in its margins; no UI is printed;
// no word of a table breaks; annexes and the signatures start on pages of their own and no
// heading is left alone at the bottom of a page; the wet-ink form has a line to sign on per
// signatory, the electronic form keeps its table "Name | Funktion | Datum der Erklärung".
//
// E2E_DIST names another build folder to test (default dist/, as `make e2e`): that is how each
// check was shown to fail against a deliberately broken print stylesheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { download, openApp, useServedApp } from './support.mjs';

const run = promisify(execFile);
const app = useServedApp(process.env.E2E_DIST ?? 'dist');

const TITLE = 'Vertrag über die Auftragsverarbeitung';
const FINGERPRINT_LABEL = 'Prüfsumme (SHA-256) des Vertragstexts: ';

async function example(name) {
  return JSON.parse(await readFile(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));
}

/** Words as pdftotext and the page show them: runs of letters and digits. */
function words(text) {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function count(list) {
  const counts = new Map();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * Opens `config` through a share link and prints it as Chromium's "Als PDF speichern" does.
 * Returns the PDF's pages as text (pdftotext -layout, page by page), the file, what the page
 * showed in print, and the fingerprint of the Markdown download.
 */
async function printed(config) {
  const { context, page, problems } = await openApp(
    app.browser,
    `${app.server.url}#konfiguration=${encodeURIComponent(JSON.stringify(config))}`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'avv-print-'));
  try {
    const { text: markdown } = await download(page);
    await page.emulateMedia({ media: 'print' });
    // What the print shows: the text of the preview as laid out for print, and the texts that
    // the stylesheet adds (labels of the signature blocks), per element.
    const shown = await page.evaluate(() => {
      const preview = document.getElementById('preview');
      const generated = [];
      for (const el of preview.querySelectorAll('*')) {
        for (const pseudo of ['::before', '::after']) {
          const style = getComputedStyle(el, pseudo);
          const content = style.content;
          if (style.display !== 'none' && content.startsWith('"')) generated.push(JSON.parse(content));
        }
      }
      const cells = (selector) => [...preview.querySelectorAll(selector)].map((c) => c.innerText);
      const section = document.getElementById('clause-unterschriften');
      const signatureTables = [...section.querySelectorAll('table')];
      return {
        text: preview.innerText,
        generated,
        tableCells: cells('#clause-unterschriften td, #clause-unterschriften th, section[id^="clause-anlage"] td, section[id^="clause-anlage"] th'),
        headings: [...preview.querySelectorAll('h1, h2, h3, h4')].map((h) => h.innerText.trim()),
        annexHeadings: [...preview.querySelectorAll('section[id^="clause-anlage"] > h2')].map((h) => h.innerText.trim()),
        signatureHeading: section.querySelector('h2').innerText.trim(),
        signatureTableDisplay: signatureTables.map((t) => getComputedStyle(t).display),
        signatureCellBorders: [...section.querySelectorAll('td:nth-child(2)')].map((td) => {
          const s = getComputedStyle(td);
          return { border: parseFloat(s.borderBottomWidth), height: td.getBoundingClientRect().height };
        }),
      };
    });
    const file = join(dir, 'avv.pdf');
    await writeFile(file, await page.pdf({ format: 'A4', displayHeaderFooter: false, preferCSSPageSize: true }));
    const { stdout: info } = await run('pdfinfo', [file]);
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
    const pages = [];
    for (let n = 1; n <= pageCount; n++) {
      const { stdout } = await run('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-']);
      pages.push(stdout);
    }
    const fingerprint = /^Prüfsumme \(SHA-256\) des Vertragstexts: ([0-9a-f]{64})$/m.exec(markdown)?.[1];
    const contract = markdown.slice(0, markdown.lastIndexOf(`\n---\n\n${FINGERPRINT_LABEL}`));
    const recomputed = createHash('sha256').update(`${contract.trimEnd()}\n`).digest('hex');
    await context.close();
    return { pages, pageCount, shown, fingerprint, recomputed, problems, dir, file };
  } catch (e) {
    await context.close();
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * The lines of a page between its top margin (title and version: the first line, which
 * checkPages checks) and its bottom margin (fingerprint and page number).
 */
function body(pageText) {
  const lines = pageText.split('\n').map((l) => l.trim());
  while (lines.length && !lines[0]) lines.shift();
  while (lines.length && !lines.at(-1)) lines.pop();
  lines.shift();
  while (lines.length && (/Seite \d+ von \d+$/.test(lines.at(-1)) || lines.at(-1).startsWith('Prüfsumme') || !lines.at(-1))) lines.pop();
  return lines.filter((l) => l);
}

/** The number (1-based) of the page whose text begins with `heading`, or 0. */
function pageStartingWith(pages, heading) {
  return pages.findIndex((p) => {
    const first = body(p)[0] ?? '';
    return first.length >= 8 && heading.replace(/\s+/g, ' ').startsWith(first.replace(/\s+/g, ' '));
  }) + 1;
}

/** Horizontal lines of a page at least `minCm` long (pdftoppm, 72 dpi, grey): their lengths in cm. */
async function horizontalLines(file, pageNumber, dir, minCm = 5) {
  const out = join(dir, `page-${pageNumber}`);
  await run('pdftoppm', ['-f', String(pageNumber), '-l', String(pageNumber), '-r', '72', '-gray', '-singlefile', file, out]);
  const pgm = await readFile(`${out}.pgm`);
  // P5 header: magic, width, height, maxval, each followed by white space.
  const header = pgm.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const cm = 72 / 2.54;
  const lines = [];
  let previous = false;
  for (let y = 0; y < height; y++) {
    let longest = 0;
    let current = 0;
    for (let x = 0; x < width; x++) {
      current = pixels[y * width + x] < 128 ? current + 1 : 0;
      longest = Math.max(longest, current);
    }
    const isLine = longest >= minCm * cm;
    // A line drawn over two rows of pixels counts once.
    if (isLine && !previous) lines.push(Math.round((longest / cm) * 10) / 10);
    previous = isLine;
  }
  return lines;
}

/** The checks every print must pass. */
function checkPages(result, { title = TITLE, version }) {
  const { pages, pageCount } = result;
  assert.ok(pageCount > 5, `a whole agreement has more than 5 pages, not ${pageCount}`);
  // The fingerprint in the margins is the one of the Markdown download, and the SHA-256 of its text.
  assert.match(result.fingerprint ?? '', /^[0-9a-f]{64}$/, 'the download carries its fingerprint');
  assert.equal(result.recomputed, result.fingerprint);
  pages.forEach((text, i) => {
    const lines = text.split('\n').filter((l) => l.trim());
    assert.ok(lines[0].includes(title) && lines[0].includes(version),
      `page ${i + 1} has title and version in its top margin: ${lines[0]}`);
    assert.match(lines.at(-1), new RegExp(`Seite ${i + 1} von ${pageCount}$`), `page ${i + 1}: ${lines.at(-1)}`);
    assert.ok(text.includes(`${FINGERPRINT_LABEL}${result.fingerprint}`), `page ${i + 1} has the fingerprint`);
  });
  const all = pages.join('\n');
  for (const ui of ['Schritt 1 von 7', 'Markdown herunterladen', 'Drucken / Als PDF speichern', 'Konfiguration exportieren', 'AVV-Konfigurator', 'Vertrag ansehen', 'Gesicherten Entwurf']) {
    assert.ok(!all.includes(ui), `no UI in the print: ${ui}`);
  }
  assert.doesNotMatch(all, /(?<!\p{L})(Weiter|Zurück)(?!\p{L})/u, 'no step buttons in the print');

  // No word of a table breaks: every word of the signature and annex tables appears in the PDF
  // at least as often as the print shows it (page text and the stylesheet's labels); a word
  // broken over two lines ("Deuts" / "chland") is missing once. Hyphens, slashes and the
  // punctuation of addresses are not part of a word, so a break there is no loss.
  const printedWords = count(pages.flatMap((p) => words(body(p).join('\n'))));
  const shownWords = count([...words(result.shown.text), ...result.shown.generated.flatMap(words)]);
  const tableWords = new Set(result.shown.tableCells.flatMap(words));
  assert.ok(tableWords.has('Deutschland') || tableWords.has('Auftraggeber'), 'the tables were found');
  const broken = [...tableWords].filter((w) => (printedWords.get(w) ?? 0) < shownWords.get(w));
  assert.deepEqual(broken.map((w) => `${w}: ${printedWords.get(w) ?? 0} of ${shownWords.get(w)}`), [],
    'every word of the tables is printed whole');

  // Annexes and the signature section start on a page of their own; each annex after the signatures.
  const signaturePage = pageStartingWith(pages, result.shown.signatureHeading);
  assert.ok(signaturePage > 1, `"${result.shown.signatureHeading}" starts a page`);
  let previous = signaturePage;
  assert.ok(result.shown.annexHeadings.length >= 3);
  for (const heading of result.shown.annexHeadings) {
    const at = pageStartingWith(pages, heading);
    assert.ok(at > previous, `"${heading}" starts a page after the one before (${at} > ${previous})`);
    previous = at;
  }
  // No heading is left alone at the bottom of a page.
  pages.forEach((text, i) => {
    const last = body(text).at(-1);
    assert.ok(!result.shown.headings.includes(last), `page ${i + 1} ends with the heading "${last}"`);
  });
  assert.deepEqual(result.problems, []);
  return signaturePage;
}

test('the wet-ink print: margins, whole words, pages of their own, a line to sign on per signatory', async (t) => {
  const result = await printed(await example('kanzlei-berufsgeheimnis'));
  try {
    const signaturePage = checkPages(result, { version: 'Version 3.0, Stand 01.09.2026' });
    const page = body(result.pages[signaturePage - 1]);
    const text = page.join('\n');
    assert.equal(page[0], 'Unterschriften');
    // Per signatory: place and date, a line to sign on labelled "Unterschrift", name and function.
    for (const [party, name] of [
      ['Für den Auftraggeber: Muster & Partner Rechtsanwälte PartGmbB', 'Dr. Clara Muster, Partnerin'],
      ['Für den Auftragnehmer: Aktenwerk Software GmbH', 'Jan Beispiel, Geschäftsführer'],
    ]) {
      assert.ok(text.includes(party), party);
      assert.ok(text.includes(`Name, Funktion: ${name}`), name);
    }
    assert.equal(page.filter((l) => l === 'Ort, Datum: Münster, …………………').length, 2, text);
    assert.equal(page.filter((l) => l === 'Unterschrift').length, 2, text);
    assert.ok(!/\|\s*Unterschrift\s*\|/.test(text) && !text.includes('Ort, Datum Unterschrift'), 'no table header');
    // The dotted placeholder of the signature cell gave way to the line: only the dates' remain.
    assert.equal(text.split('…………………').length - 1, 2, text);
    // Two lines to sign on, 8 cm each, and no other line on the page (no table borders).
    const lines = await horizontalLines(result.file, signaturePage, result.dir);
    assert.ok(lines.length === 2 && lines.every((cm) => cm >= 7.5 && cm <= 8.5), `lines: ${lines}`);
    for (const cell of result.shown.signatureCellBorders) {
      assert.ok(cell.border >= 1 && cell.height >= 50, `room to sign above a line: ${JSON.stringify(cell)}`);
    }
    // "Anlage 1" starts on the page after the signatures.
    assert.equal(pageStartingWith(result.pages, 'Anlage 1: Einzelheiten der Verarbeitung'), signaturePage + 1);
    t.diagnostic(`kanzlei-berufsgeheimnis: ${result.pageCount} pages, signatures on page ${signaturePage}`);
  } finally {
    await rm(result.dir, { recursive: true, force: true });
  }
});

test('the electronic print keeps the table "Name | Funktion | Datum der Erklärung"; a typed title is printed as typed', async (t) => {
  const config = await example('agentur-unterauftrag');
  // Quotes and backslashes must neither end nor break the CSS string of the margin.
  const title = 'Vertrag "AV-Plus" über die Auftragsverarbeitung \\ Agenturen';
  config.processor.document_title = title;
  const result = await printed(config);
  try {
    const signaturePage = checkPages(result, { title, version: 'Version 4.0, Stand 15.09.2026' });
    const page = body(result.pages[signaturePage - 1]);
    const text = page.join('\n');
    assert.equal(page[0], 'Vertragsschluss');
    assert.equal(page.filter((l) => /^Name\s+Funktion\s+Datum der Erklärung$/.test(l)).length, 2, text);
    assert.match(text, /^Lea Muster\s+Geschäftsführerin\s+…………………$/m);
    assert.match(text, /^Paul Beispiel\s+Geschäftsführer\s+…………………$/m);
    assert.ok(!page.includes('Unterschrift') && !text.includes('Name, Funktion:') && !text.includes('Ort, Datum:'),
      `no signature blocks: ${text}`);
    assert.deepEqual(result.shown.signatureTableDisplay, ['table', 'table']);
    t.diagnostic(`agentur-unterauftrag: ${result.pageCount} pages, conclusion on page ${signaturePage}`);
  } finally {
    await rm(result.dir, { recursive: true, force: true });
  }
});

test('a table longer than a page goes on over the pages with its header, and no row splits', async (t) => {
  const config = await example('kanzlei-berufsgeheimnis');
  // Each row's tallest cell (the address, five lines in its narrow column) begins and ends
  // with a word of its own: a row split over two pages has them on different pages.
  config.processor.subprocessors = Array.from({ length: 40 }, (_, i) => ({
    ...config.processor.subprocessors[0],
    name: `Rechenzentrum ${i + 1} GmbH`,
    address: `Anfang${i + 1} Hanauer Landstraße 1, 60314 Frankfurt am Main Ende${i + 1}`,
  }));
  const result = await printed(config);
  try {
    checkPages(result, { version: 'Version 3.0, Stand 01.09.2026' });
    const pageOf = (word) => result.pages.findIndex((p) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?!\\p{N})`, 'u').test(p)) + 1;
    const tablePages = new Set();
    for (let i = 1; i <= 40; i++) {
      const [start, end] = [pageOf(`Anfang${i}`), pageOf(`Ende${i}`)];
      assert.ok(start > 0 && start === end, `row ${i} on one page (${start}, ${end})`);
      tablePages.add(start);
    }
    assert.ok(tablePages.size >= 2, 'the table goes on over pages');
    for (const n of tablePages) {
      assert.ok(body(result.pages[n - 1]).some((l) => /^Name\s+Anschrift\s+Land\s+Leistung/.test(l)), `page ${n} repeats the header`);
    }
    t.diagnostic(`40 subprocessors: ${result.pageCount} pages, the table on pages ${[...tablePages].join(', ')}`);
  } finally {
    await rm(result.dir, { recursive: true, force: true });
  }
});
