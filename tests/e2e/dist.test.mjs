// The built folder as a host gets it (issue 18): every page, script, stylesheet and wasm file has
// a gzip and a brotli copy beside it that decompresses to exactly the original.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

for (const folder of ['dist', 'dist-profile']) {
  test(`${folder}: precompressed copies equal their originals`, async () => {
    const names = await readdir(join(ROOT, folder));
    const originals = names.filter((n) => /\.(html|js|wasm|css)$/.test(n));
    assert.ok(originals.some((n) => n.endsWith('.wasm')) && originals.includes('index.html'), names.join(', '));
    for (const name of originals) {
      const data = await readFile(join(ROOT, folder, name));
      assert.ok(gunzipSync(await readFile(join(ROOT, folder, `${name}.gz`))).equals(data), `${name}.gz`);
      assert.ok(brotliDecompressSync(await readFile(join(ROOT, folder, `${name}.br`))).equals(data), `${name}.br`);
    }
  });
}
