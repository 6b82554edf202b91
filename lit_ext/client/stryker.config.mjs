// StrykerJS mutation testing of the client's pure helpers (issue 14): `make mutation-client`.
// Slow (every mutant reruns the whole Node suite), so not part of `make test` or CI.
// docs/mutation.md has the last report and the surviving mutants.
//
// The `command` runner runs `node test/run.mjs` (esbuild + `node --test`, as `npm test` does)
// in a sandbox copy of this folder, with the mutant chosen by an environment variable that the
// instrumented code reads, so every mutant is one full run of the suite. The LitElement modules
// are left out: they need a browser (tests/test_browser*.py judges them).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: {command: 'node test/run.mjs'},
  coverageAnalysis: 'off',
  mutate: [
    // Payload decoding.
    'src/encoded_array.ts',
    'src/payloads.ts',
    'src/analysis_payloads.ts',
    // Drawing: colours, the head view's lines and hit tests, the layer charts' geometry.
    'src/colors.ts',
    'src/head_view_drawing.ts',
    'src/chart_geometry.ts',
    // Tokens and the neuron view's score decomposition.
    'src/prediction_tokens.ts',
    'src/score_decomposition.ts',
    // Issue 11's analysis helpers (head importance, layer predictions, faithfulness).
    'src/batches.ts',
    'src/batch_run.ts',
    'src/faithfulness_table.ts',
    'src/head_analysis.ts',
    'src/layer_accuracy.ts',
    'src/numbers.ts',
  ],
  // The sandbox needs the sources, the tests and package.json; node_modules is linked.
  ignorePatterns: ['bundle', 'index.html', '*.py', '__pycache__'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: {fileName: 'reports/mutation/index.html'},
  jsonReporter: {fileName: 'reports/mutation/mutation.json'},
  thresholds: {high: 90, low: 80, break: null},
};
