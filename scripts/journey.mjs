// Benchmark of the customer's journey (issue 16), not a test: a scripted but realistic run of an
// office manager who signs a SaaS vendor's agreement, through a build served on loopback in
// headless Chromium. It counts the controls the person sees on each step and the actions taken,
// measures the machine time of the run, and estimates a person's time with a keystroke-level
// model (see MODEL). Usage: node scripts/journey.mjs <build folder> <generic|vendor>
// (`make bench-journey` runs both builds; figures go into BENCHMARKS.md).
import { launchBrowser, serveDist } from '../tests/e2e/support.mjs';
import { STEPS, visibleControls } from '../tests/e2e/controls.mjs';

const [folder = 'dist', kind = 'generic'] = process.argv.slice(2);

// Seconds per unit (Card, Moran and Newell's keystroke-level model, rounded): typing an average
// 40 words a minute, pointing and clicking, preparing a decision; and skimming the label and help
// of a control the person passes on a step without acting on it.
const MODEL = { keystroke: 0.28, click: 1.3, decision: 1.35, skim: 1.5 };

const server = await serveDist(folder);
const browser = await launchBrowser();
const counts = { typed: 0, clicks: 0, decisions: 0 };
const seen = [];
// The declared options (clauses/optionen.toml) the person is shown: decisions with legal weight.
const options = new Set();
const started = performance.now();
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });

  const type = async (locator, text) => {
    if ((await locator.count()) === 0) return false;
    await locator.first().fill(text);
    counts.typed += text.length;
    counts.clicks += 1;
    counts.decisions += 1;
    return true;
  };
  const tick = async (locator) => {
    if ((await locator.count()) === 0) return false;
    await locator.first().check();
    counts.clicks += 1;
    counts.decisions += 1;
    return true;
  };
  const arrive = async (index) => {
    if (index > 0) {
      await page.getByRole('button', { name: 'Weiter' }).click();
      counts.clicks += 1;
    }
    await page.getByRole('heading', { name: new RegExp(`Schritt ${index + 1} von 7`) }).waitFor();
    seen.push(await visibleControls(page));
    const ids = await page.locator('main.form [id^="customer-choices-"]').evaluateAll((els) => els
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => el.id.split('-')[2]));
    ids.forEach((id) => options.add(id));
  };

  // Step 1: who fills in what (where asked), the customer, and the vendor from its imprint.
  await arrive(0);
  const situation = page.locator('#situation-kunde');
  if (await situation.count()) {
    await situation.click();
    counts.clicks += 1;
    counts.decisions += 1;
  }
  const party = async (nth, values) => {
    const labels = ['Firma mit Rechtsform', 'Straße und Hausnummer', 'Postleitzahl', 'Ort', 'Land'];
    for (const [i, label] of labels.entries()) {
      const field = page.getByLabel(new RegExp(`^${label}`)).nth(nth);
      if (!(await field.count()) || !(await field.isEditable())) continue;
      if (label === 'Land' && (await field.inputValue()) !== '') continue;
      await type(field, values[i]);
    }
  };
  await party(0, ['Agentur Sonnenschein GmbH', 'Lindenallee 7', '04109', 'Leipzig', 'Deutschland']);
  await party(1, ['Wolkenwerk AG', 'Am Hafen 3', '20457', 'Hamburg', 'Deutschland']);

  // Step 2: the main contract and what the service does.
  await arrive(1);
  await type(page.getByLabel('Bezeichnung des Hauptvertrags', { exact: false }), 'Nutzungsvertrag Wolkenwerk Newsletter');
  await type(page.getByLabel('Art und Zweck der Verarbeitung', { exact: false }), 'Versand von Newslettern an Kunden und Interessenten der Agentur');

  // Step 3: what data, whose.
  await arrive(2);
  await tick(page.getByLabel('Kontakt- und Kommunikationsdaten'));
  await tick(page.getByLabel('Kunden', { exact: true }));

  // Step 4: the vendor's subprocessors are copied from its website in both builds alike; the
  // run leaves them out so that the comparison shows what the questionnaire itself costs.
  await arrive(3);

  // Step 5: the measures. Where the contract can refer to the vendor's description, the person
  // types its title; otherwise a layperson ticks one measure per goal of Art. 32(1) DSGVO.
  await arrive(4);
  const document = page.getByLabel('Titel und Stand der Beschreibung des Anbieters');
  if (!(await document.count())) {
    for (const id of ['verschl-tls', 'zutritt-schliesssystem-elektronisch', 'wiederh-notfallkonzept', 'dsm-risikobewertung']) {
      await tick(page.locator(`#processor-tom-measures-${id}:not([disabled])`));
    }
    await type(page.getByLabel('niedrigste zugelassene TLS-Version', { exact: false }), '1.2');
  } else {
    await type(document, 'Technische und organisatorische Maßnahmen der Wolkenwerk AG, Stand 1. Oktober 2026');
  }

  // Steps 6 and 7: the rules as preset, read through; then the download.
  await arrive(5);
  await arrive(6);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Markdown herunterladen' }).click(),
  ]);
  counts.clicks += 1;
  const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
  const open = await page.locator('.coverage .summary').innerText();
  if (process.env.JOURNEY_DEBUG) console.log(text.slice(0, 1500));
  const machine = (performance.now() - started) / 1000;
  const passed = seen.reduce((a, b) => a + b, 0);
  const person = counts.typed * MODEL.keystroke + counts.clicks * MODEL.click + counts.decisions * MODEL.decision
    + Math.max(0, passed - counts.decisions) * MODEL.skim;
  console.log(`${kind} build (${folder}): controls per step ${seen.join(' / ')} = ${passed}; ${options.size} options with legal weight shown; `
    + `${counts.decisions} answers, ${counts.clicks} clicks, ${counts.typed} characters typed; `
    + `machine ${machine.toFixed(1)} s; estimated person ${(person / 60).toFixed(1)} min; `
    + `download ${text.includes('ENTWURF') ? 'marked as draft' : 'without draft mark'}; panel: ${open.replace(/\s+/g, ' ')}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
