// Writes a gzip (-9) and a brotli (quality 11) copy beside every text and wasm file of a build,
// for hosts that serve precompressed files (README, "Deploying"). Deterministic: the gzip
// header carries no time or name. Usage: node scripts/precompress.mjs dist
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const folder = process.argv[2] ?? 'dist';
const COMPRESSIBLE = /\.(html|js|wasm|css|svg|json|txt)$/;
let count = 0;
for (const name of await readdir(folder)) {
  if (!COMPRESSIBLE.test(name)) continue;
  const data = await readFile(join(folder, name));
  await writeFile(join(folder, `${name}.gz`), gzipSync(data, { level: 9 }));
  await writeFile(join(folder, `${name}.br`), brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: name.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  }));
  count += 1;
}
console.log(`${folder}: ${count} files precompressed (.gz, .br)`);
