// Builds the shipped client (`bundle/`): our LIT modules as one ES module, the standalone views
// of exported HTML (`lit_ext_standalone.js`, a classic script that `lit_ext/results.py` inlines),
// plus the fonts.
//
//   node build.mjs            type-check, bundle and (re)write bundle/
//   node build.mjs --check    type-check, bundle in memory and fail if bundle/ differs
//
// The output depends only on the sources and the locked npm packages, so CI can rebuild and
// compare it byte for byte with the committed bundle (a pip user never needs Node).

import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import * as esbuild from 'esbuild';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.join(ROOT, 'bundle');
const FONT_PACKAGES = ['roboto', 'roboto-mono', 'share-tech-mono', 'material-icons',
                       'material-icons-outlined'];

function typecheck() {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', ROOT], {stdio: 'inherit'});
  if (result.status !== 0) {
    throw new Error('TypeScript type check failed (see above).');
  }
}

/** The bundle, as {relative path: Buffer}. */
async function bundleFiles() {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    target: 'es2022',
    minify: !process.argv.includes('--dev'),
    legalComments: 'eof',
    charset: 'utf8',
    loader: {'.css': 'text'},
    write: false,
    logLevel: 'warning',
  };
  // Exported HTML and notebook cells: no LIT on the page, so no lit either; a classic script
  // (an IIFE setting `window.litExtStandalone`) runs inline wherever a notebook runs scripts.
  const standalone = await esbuild.build({
    ...common,
    entryPoints: ['src/standalone.ts'],
    format: 'iife',
    outfile: 'bundle/lit_ext_standalone.js',
  });
  const result = await esbuild.build({
    ...common,
    entryPoints: ['src/main.ts'],
    // The toolbar's HTML export inlines the standalone bundle (export_menu.ts).
    define: {
      LIT_EXT_STANDALONE_SOURCE: JSON.stringify(Buffer.from(
          standalone.outputFiles[0].contents).toString('utf8')),
    },
    format: 'esm',
    outfile: 'bundle/lit_ext.js',
    // LIT's own MobX must stay the only one on the page: a second copy silently breaks
    // reactivity. Fail the build if anything pulls it in.
    plugins: [{
      name: 'forbid-mobx',
      setup(build) {
        build.onResolve({filter: /^mobx(\/|$)/}, args => ({
          errors: [{text: `do not bundle mobx (imported by ${args.importer})`}],
        }));
      },
    }],
  });
  const files = {};
  for (const file of [...result.outputFiles, ...standalone.outputFiles]) {
    files[path.relative(OUT_DIR, file.path)] = Buffer.from(file.contents);
  }
  return files;
}

/** fonts.css and the font files it names, copied from the @fontsource packages. */
function fontFiles() {
  const css = fs.readFileSync(path.join(ROOT, 'src', 'fonts.css'));
  const files = {'fonts.css': css};
  const names = new Set([...css.toString().matchAll(/url\(fonts\/([\w.-]+)\)/g)].map(m => m[1]));
  for (const name of [...names].sort()) {
    const pkg = FONT_PACKAGES.filter(p => name.startsWith(`${p}-latin-`))
                    .sort((a, b) => b.length - a.length)[0];
    if (!pkg) {
      throw new Error(`fonts.css names ${name}, which no @fontsource package provides.`);
    }
    const source = path.join(ROOT, 'node_modules', '@fontsource', pkg, 'files', name);
    files[`fonts/${name}`] = fs.readFileSync(source);
  }
  for (const pkg of FONT_PACKAGES) {
    files[`fonts/LICENSE-${pkg}.txt`] =
        fs.readFileSync(path.join(ROOT, 'node_modules', '@fontsource', pkg, 'LICENSE'));
  }
  return files;
}

function listDir(dir, prefix = '') {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap(entry => entry.isDirectory() ?
      listDir(path.join(dir, entry.name), `${prefix}${entry.name}/`) :
      [`${prefix}${entry.name}`]);
}

function compare(files) {
  const problems = [];
  const existing = new Set(listDir(OUT_DIR));
  for (const [name, contents] of Object.entries(files)) {
    const target = path.join(OUT_DIR, name);
    if (!existing.has(name)) {
      problems.push(`missing: ${name}`);
    } else if (!fs.readFileSync(target).equals(contents)) {
      problems.push(`differs: ${name}`);
    }
    existing.delete(name);
  }
  for (const name of existing) problems.push(`not built from the sources: ${name}`);
  return problems;
}

function write(files) {
  for (const name of listDir(OUT_DIR)) {
    if (!(name in files)) fs.rmSync(path.join(OUT_DIR, name));
  }
  for (const [name, contents] of Object.entries(files)) {
    const target = path.join(OUT_DIR, name);
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, contents);
  }
}

async function main() {
  const check = process.argv.includes('--check');
  typecheck();
  const files = {...await bundleFiles(), ...fontFiles()};
  if (check) {
    const problems = compare(files);
    if (problems.length) {
      console.error(`lit_ext/client/bundle/ does not match its sources:\n  ${problems.join('\n  ')}\n` +
                    'Run `make client` and commit lit_ext/client/bundle/.');
      process.exit(1);
    }
    console.log(`lit_ext/client/bundle/ matches its sources (${Object.keys(files).length} files).`);
    return;
  }
  write(files);
  const size = files['lit_ext.js'].length;
  const standaloneSize = files['lit_ext_standalone.js'].length;
  console.log(`wrote lit_ext/client/bundle/ (lit_ext.js: ${(size / 1024).toFixed(1)} KiB, ` +
              `lit_ext_standalone.js: ${(standaloneSize / 1024).toFixed(1)} KiB, ` +
              `${Object.keys(files).length} files)`);
}

main().catch(err => {
  console.error(err.message ?? err);
  process.exit(1);
});
