// Adds a Content-Security-Policy to the built index.html. Trunk writes one inline module
// script that loads the wasm; the policy allows exactly that script by its SHA-256 hash, and a
// vendor build's `<style>` element with its colours by its hash, and nothing inline besides. Everything else comes from the page's own origin; no request may go
// anywhere else. Usage: node scripts/csp.mjs dist/index.html
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const file = process.argv[2] ?? 'dist/index.html';
const html = await readFile(file, 'utf8');
const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (scripts.length !== 1) {
  console.error(`${file}: expected exactly one inline module script, found ${scripts.length}`);
  process.exit(1);
}
const hash = createHash('sha256').update(scripts[0][1]).digest('base64');
// A vendor build's colours (src/bin/prerender.rs): allowed by their hash like the script.
const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
  .map((m) => ` 'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`).join('');
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  `style-src 'self'${styles}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
const withoutOld = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
await writeFile(file, withoutOld.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`));
console.log(`${file}: Content-Security-Policy with script hash sha256-${hash}`);
