// Lets the prerendered first view paint before the app's files are requested (issue 18).
//
// Trunk writes a module script that imports the app's JavaScript and wasm at once, and preload
// links that make the browser fetch both while it is still reading the page: on a slow
// connection the 580 KB of wasm then share the line with the page and its stylesheet, and the
// page's first paint waits for them. The first view is in index.html already
// (src/bin/prerender.rs) and needs no code, so this script rewrites the built page:
//  - the preload links go; the loader adds the same links (with their integrity hashes) itself
//    once the first view has been painted, so the files are still checked against their hashes;
//  - the loader waits for the browser's first "largest contentful paint" entry (the first view
//    on screen), then two animation frames, and only then imports the app; browsers without that
//    entry type wait two animation frames, and a hidden tab (which paints nothing) starts after
//    two seconds;
//  - the print stylesheet, which holds only print rules, is marked media="print" so that it no
//    longer holds up the first paint.
// Run before scripts/csp.mjs, which hashes the loader. Usage: node scripts/first-paint.mjs dist/index.html
import { readFile, writeFile } from 'node:fs/promises';

const file = process.argv[2] ?? 'dist/index.html';
let html = await readFile(file, 'utf8');
const fail = (what) => {
  console.error(`${file}: ${what}`);
  process.exit(1);
};

// The preload links Trunk writes, kept as data for the loader.
const links = [];
html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, (tag) => {
  const attrs = Object.fromEntries([...tag.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  links.push(attrs);
  return '';
});
if (links.length !== 2) fail(`expected the two preload links Trunk writes, found ${links.length}`);

const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (scripts.length !== 1) fail(`expected exactly one inline module script, found ${scripts.length}`);
const body = scripts[0][1];
const importLine = /import init, \* as bindings from '([^']+)';/;
const module = body.match(importLine)?.[1];
if (!module) fail('the loader does not import the app as Trunk 0.21 writes it');
const start = body.replace(importLine, `const bindings = await import('${module}');\nconst init = bindings.default;`);

const loader = `
const links = ${JSON.stringify(links)};
async function start() {
  for (const attrs of links) {
    const link = document.createElement('link');
    for (const [name, value] of Object.entries(attrs)) link.setAttribute(name, value);
    document.head.append(link);
  }
${start.trim().split('\n').map((line) => (line ? `  ${line}` : line)).join('\n')}
}
let started = false;
function go(painted) {
  if (started) return;
  started = true;
  if (painted) requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
  else start();
}
// On a first visit the prerendered view is the app's first view: it may be used at once, and
// the app carries over what was typed (src/ui/takeover.rs). A stored draft or a shared
// configuration will replace it: it stays inert, a note says what is coming, and the app loads
// without waiting for the paint.
const app = document.getElementById('app');
const key = app?.dataset.draftKey;
const shared = location.hash.startsWith('#konfiguration=');
let stored = false;
let draft = false;
try {
  draft = Boolean(key) && localStorage.getItem(key) !== null;
  stored = draft || (Boolean(key) && [key + '.schritt', key + '.rolle'].some((k) => localStorage.getItem(k) !== null));
} catch {
  // No storage (private mode): a first visit.
}
if (shared || draft) {
  const note = document.createElement('p');
  note.className = 'loading-note';
  note.setAttribute('role', 'status');
  note.textContent = shared ? 'Der geteilte Entwurf wird geladen …' : 'Ihr gespeicherter Entwurf wird geladen …';
  document.body.append(note);
}
if (shared || stored) {
  go(false);
} else if (app) {
  app.removeAttribute('inert');
}
if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
  new PerformanceObserver((list, observer) => {
    observer.disconnect();
    go(true);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
} else {
  requestAnimationFrame(() => requestAnimationFrame(() => go(false)));
}
setTimeout(() => go(false), 2000);
`;
html = html.replace(scripts[0][0], `<script type="module">${loader}</script>`);

const print = /<link rel="stylesheet" href="(\.\/print-[0-9a-f]+\.css)"/;
if (!print.test(html)) fail('the print stylesheet is missing');
html = html.replace(print, '<link rel="stylesheet" media="print" href="$1"');

await writeFile(file, html);
console.log(`${file}: the app loads after the first paint; print stylesheet for print only`);
