// The client's payload decoder (`src/encoded_array.ts`) for Python's cross-language tests.
//
//   node test/decoder_harness.mjs decode IN.json OUT.json
//       IN: a JSON list of encoded arrays; OUT: per array {shape, data}, data = base64 of the
//       decoded values as little-endian float32 (bit-exact, NaN included), or {error}.
//   node test/decoder_harness.mjs browser-script OUT.js
//       the decoder as a classic script defining `globalThis.litExtDecodeArray`, for a page.

import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import * as esbuild from 'esbuild';

const SOURCE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'encoded_array.ts');

async function bundle(format, footer) {
  const result = await esbuild.build({
    entryPoints: [SOURCE], bundle: true, format, globalName: 'litExtDecoder', write: false,
    platform: format === 'esm' ? 'node' : 'browser', footer: {js: footer}, logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

const [command, input, output] = process.argv.slice(2);
if (command === 'browser-script') {
  fs.writeFileSync(input, await bundle('iife', 'globalThis.litExtDecodeArray = litExtDecoder.decodeArray;'));
} else if (command === 'decode') {
  const code = await bundle('esm', '');
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const results = JSON.parse(fs.readFileSync(input, 'utf8')).map(encoded => {
    try {
      const {shape, values} = module.decodeArray(encoded);
      return {shape, data: Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64')};
    } catch (err) {
      return {error: String(err.message ?? err)};
    }
  });
  fs.writeFileSync(output, JSON.stringify(results));
} else {
  console.error('usage: decoder_harness.mjs decode IN.json OUT.json | browser-script OUT.js');
  process.exit(2);
}
