import assert from 'node:assert/strict';
import {test} from 'node:test';

import {categoricalColor, cssColor, rgb, rgba, signedColor} from '../src/colors';

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
