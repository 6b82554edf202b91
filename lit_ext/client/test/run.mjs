// Unit tests of the client's pure helpers (decoding, colours, drawing geometry), offline:
// esbuild bundles each `test/*.test.ts` for Node and Node's own test runner runs them.
//
//   node test/run.mjs                 every test file
//   node test/run.mjs colors          the files whose name contains "colors"

import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import * as esbuild from 'esbuild';

const TEST_DIR = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const entries = fs.readdirSync(TEST_DIR)
    .filter(name => name.endsWith('.test.ts') && (!filters.length || filters.some(f => name.includes(f))))
    .map(name => path.join(TEST_DIR, name));
if (!entries.length) {
  console.error(`no test files match ${filters.join(', ')}`);
  process.exit(1);
}
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lit-ext-client-tests-'));
try {
  await esbuild.build({
    entryPoints: entries, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    outdir, outExtension: {'.js': '.mjs'}, loader: {'.css': 'text'}, logLevel: 'warning',
  });
  const files = fs.readdirSync(outdir).map(name => path.join(outdir, name));
  const result = spawnSync(process.execPath, ['--test', ...files], {stdio: 'inherit'});
  process.exitCode = result.status ?? 1;
} finally {
  fs.rmSync(outdir, {recursive: true, force: true});
}
