import assert from 'node:assert/strict';
import {test} from 'node:test';

import {categoricalColor, cssColor, importanceColor, rgb, rgba, signedColor} from '../src/colors';

test('hex colours parse to their channels', () => {
  assert.deepEqual(rgb('#d62728'), [214, 39, 40]);
  assert.deepEqual(rgb('#000080'), [0, 0, 128]);
  assert.deepEqual(rgb('#ffffff'), [255, 255, 255]);
});

test('hsl colours convert like CSS does', () => {
  assert.deepEqual(rgb('hsl(0, 100%, 50%)'), [255, 0, 0]);
  assert.deepEqual(rgb('hsl(120, 100%, 25%)'), [0, 128, 0]);
  assert.deepEqual(rgb('hsl(240, 100%, 50%)'), [0, 0, 255]);
  assert.deepEqual(rgb('hsl(60, 65%, 42%)'), [177, 177, 37]);
  assert.deepEqual(rgb('hsl(300, 0%, 40%)'), [102, 102, 102]);
});

test('every head up to 64 gets its own colour', () => {
  const colours = Array.from({length: 64}, (_, h) => rgb(categoricalColor(h)).join(','));
  assert.equal(new Set(colours).size, 64);
  assert.equal(categoricalColor(0), '#d62728');
  assert.match(categoricalColor(16), /^hsl\(/);
});

test('rgba keeps the channels and writes the alpha with 3 decimals', () => {
  assert.equal(rgba('#1f5fd6', 0.5), 'rgba(31, 95, 214, 0.500)');
  assert.equal(rgba('#1f5fd6', 1 / 64), 'rgba(31, 95, 214, 0.016)');
  assert.equal(cssColor([1, 2, 3]), 'rgb(1, 2, 3)');
});

test('signed colours run from white at 0 to blue or red at the extent', () => {
  assert.deepEqual(signedColor(0, 2), [255, 255, 255]);
  assert.deepEqual(signedColor(2, 2), [33, 102, 172]);
  assert.deepEqual(signedColor(5, 2), [33, 102, 172]);
  assert.deepEqual(signedColor(-2, 2), [202, 72, 34]);
  assert.deepEqual(signedColor(1, 2), [144, 179, 214]);
  assert.deepEqual(signedColor(-1, 2), [229, 164, 145]);
  assert.deepEqual(signedColor(1, 0), [255, 255, 255]);
});

test('the sixteen head colours, then hues by the golden angle', () => {
  assert.deepEqual(Array.from({length: 16}, (_, h) => categoricalColor(h)), [
    '#d62728', '#1f5fd6', '#2ca02c', '#ff7f0e', '#8e44ad', '#17a2b8', '#e6399b', '#8c564b',
    '#556b2f', '#000080', '#b8860b', '#7f7f7f', '#00a087', '#b22d5b', '#5b3fd6', '#6b8e23',
  ]);
  // 16 × 137.508° = 2200.128° = 40.128° (mod 360).
  assert.equal(categoricalColor(16), 'hsl(40.1, 65%, 42%)');
  assert.equal(categoricalColor(17), 'hsl(177.6, 65%, 42%)');
});

test('hsl conversion matches an independent one at any hue and lightness', () => {
  // Expected values from Python's colorsys.hls_to_rgb, rounded.
  assert.deepEqual(rgb('hsl(40.1, 65%, 42%)'), [177, 131, 37]);
  assert.deepEqual(rgb('hsl(220.3, 65%, 42%)'), [37, 83, 177]);
  assert.deepEqual(rgb('hsl(0, 100%, 75%)'), [255, 128, 128]);
  assert.deepEqual(rgb('not a colour'), [0, 0, 0]);
});

test('importance colours saturate at the extent, not at 1', () => {
  assert.deepEqual(importanceColor(1, 2), [81, 118, 156]);
  assert.deepEqual(importanceColor(-1, 2), importanceColor(-0.5, 1));
});
