// Screenshots for the README (docs/screenshots/): the landing view and the last step's review
// of the key terms, on a desktop (1366×768) and a phone (390×844), from the release build in
// dist/ with examples/minimal.json loaded through a share link. Run: node scripts/screenshots.mjs
import { readFile, mkdir } from 'node:fs/promises';
import { serveDist, launchBrowser } from '../tests/e2e/support.mjs';

const OUT = new URL('../docs/screenshots/', import.meta.url);
await mkdir(OUT, { recursive: true });
const example = await readFile(new URL('../examples/minimal.json', import.meta.url), 'utf8');
const server = await serveDist();
const browser = await launchBrowser();
for (const [name, options] of [
  ['desktop', { viewport: { width: 1366, height: 768 } }],
  ['telefon', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
]) {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(server.url);
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });
  await page.screenshot({ path: new URL(`start-${name}.png`, OUT).pathname });
  await page.goto(`${server.url}#konfiguration=${encodeURIComponent(example)}`);
  await page.reload();
  await page.locator('#app:not([data-prerendered]) #preview h1').waitFor({ state: 'attached' });
  await page.getByRole('navigation', { name: 'Fortschritt' }).getByRole('button', { name: 'Abschluss' }).click();
  await page.locator('section.key-terms').scrollIntoViewIfNeeded();
  await page.screenshot({ path: new URL(`abschluss-${name}.png`, OUT).pathname });
  await page.context().close();
}
await browser.close();
await server.close();
