// Benchmark, not a test (issue 18): Lighthouse 12.2.3 with Debian's Chromium, mobile preset
// (simulated slow 4G, 4x CPU slowdown), against a build served on loopback by a small server that
// sends the precompressed .gz files as a gzip-serving host would. Prints performance score, FCP,
// LCP, TBT, CLS and bytes transferred. Usage: node scripts/lighthouse.mjs [dist] [runs]
// (`make bench-ui` runs it for the generic and the vendor build; figures go into BENCHMARKS.md).
import { createServer } from 'node:http';
import { readFile, rm, mkdtemp } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// A third argument `devtools` applies the throttling in the browser and measures, instead of
// simulating the page under throttling from an unthrottled load (Lighthouse's default).
const [folder = 'dist', runs = '3', method = 'simulate'] = process.argv.slice(2);
const DIST = join(ROOT, folder, '/');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const LIGHTHOUSE = join(ROOT, '.tools/lighthouse/node_modules/.bin/lighthouse');

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
  if (!file.startsWith(DIST)) return res.writeHead(403).end();
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  try {
    const body = await readFile(gzip ? `${file}.gz` : file);
    res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
const dir = await mkdtemp(join(tmpdir(), 'lighthouse-'));
try {
  for (let i = 0; i < Number(runs); i += 1) {
    const out = join(dir, `run-${i}.json`);
    // Asynchronously: the server in this process must keep answering while Lighthouse loads.
    await promisify(execFile)(LIGHTHOUSE, [url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`,
      `--chrome-path=${process.env.CHROME_BIN ?? '/usr/bin/chromium'}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage', `--throttling-method=${method}`], { timeout: 180_000 });
    const report = JSON.parse(await readFile(out, 'utf8'));
    const audit = (id) => report.audits[id].numericValue;
    results.push({
      score: report.categories.performance.score,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      tti: audit('interactive'),
      bytes: audit('total-byte-weight'),
    });
  }
} finally {
  server.close();
  if (process.env.LH_KEEP) await promisify(execFile)('cp', ['-r', dir, process.env.LH_KEEP]);
  await rm(dir, { recursive: true, force: true });
}
const m = (key) => median(results.map((r) => r[key]));
console.log(`${folder} (median of ${results.length} Lighthouse runs, mobile preset, throttling ${method}, gzip): performance ${m('score').toFixed(2)}, `
  + `FCP ${(m('fcp') / 1000).toFixed(1)} s, LCP ${(m('lcp') / 1000).toFixed(1)} s, TBT ${Math.round(m('tbt'))} ms, `
  + `CLS ${m('cls').toFixed(3)}, TTI ${(m('tti') / 1000).toFixed(1)} s, ${Math.round(m('bytes') / 1024)} KB transferred`);
