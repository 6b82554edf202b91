import assert from 'node:assert/strict';
import {test} from 'node:test';

import {decodeArray, EncodedArray, float32Values, isEncodedArray} from '../src/encoded_array';

function uint10(q: number[], shape = [q.length]): EncodedArray {
  // The documented layout, written out: low bytes, then top bits four to a byte (7-6 first).
  const bytes = new Uint8Array(q.length + Math.ceil(q.length / 4));
  q.forEach((v, i) => {
    bytes[i] = v & 0xff;
    bytes[q.length + (i >> 2)] |= (v >> 8) << (6 - 2 * (i % 4));
  });
  return {dtype: 'uint10', shape, scale: 1023, data: Buffer.from(bytes).toString('base64')};
}

test('uint10: every bit of every slot, whole groups and the partial last one', () => {
  for (let size = 1; size <= 9; size++) {
    for (let shift = 0; shift < 10; shift++) {
      const q = Array.from({length: size}, (_, i) => 1 << ((i + shift) % 10));
      const {shape, values} = decodeArray(uint10(q));
      assert.deepEqual(shape, [size]);
      assert.deepEqual([...values], q.map(v => Math.fround(v / 1023)), `size ${size} shift ${shift}`);
    }
  }
});

test('uint10: 0 and 1023 are exactly 0 and 1; the scale divides', () => {
  assert.deepEqual([...decodeArray(uint10([0, 1023, 512])).values], [0, 1, Math.fround(512 / 1023)]);
  const half = {...uint10([1000]), scale: 2000};
  assert.deepEqual([...decodeArray(half).values], [0.5]);
});

test('float32: little-endian values, exactly', () => {
  const values = new Float32Array([1.5, -0, Infinity, NaN, 1e-45, -3.25]);
  const encoded: EncodedArray = {dtype: 'float32', shape: [2, 3],
                                 data: Buffer.from(values.buffer).toString('base64')};
  const decoded = decodeArray(encoded);
  assert.deepEqual(decoded.shape, [2, 3]);
  assert.deepEqual(new Uint32Array(decoded.values.buffer), new Uint32Array(values.buffer));
});

test('wrong sizes, a missing scale and non-payloads are refused', () => {
  assert.throws(() => decodeArray({...uint10([1, 2, 3]), shape: [4]}), /uint10 array has 4 bytes; its shape needs 5/);
  assert.throws(() => decodeArray({...uint10([1]), scale: null}), /positive scale/);
  assert.throws(() => decodeArray({dtype: 'float32', shape: [2], data: 'AAAAAA=='}), /has 4 bytes; its shape needs 8/);
  assert.throws(() => decodeArray({dtype: 'int8', shape: [1], data: 'AA=='} as unknown as EncodedArray),
                /expected an encoded array/);
  assert.equal(isEncodedArray(null), false);
  assert.equal(isEncodedArray({dtype: 'uint10', shape: 3, data: ''}), false);
  assert.equal(isEncodedArray(uint10([1])), true);
  assert.equal(isEncodedArray({...uint10([1]), data: 5}), false);
  // Only a plain object is a payload, even one that has every field (a function here).
  assert.equal(isEncodedArray(Object.assign(() => {}, uint10([1]))), false);
});

/** Bytes at an offset inside a larger buffer, as Node's pooled Buffers and subarrays are. */
function offsetBytes(bytes: Uint8Array): Uint8Array {
  const buffer = new Uint8Array(bytes.length + 16).fill(0xab);
  buffer.set(bytes, 8);
  return buffer.subarray(8, 8 + bytes.length);
}

test('float32: both the little-endian fast path and the byte-by-byte one, at an offset', () => {
  const values = new Float32Array([1.5, -0, Infinity, NaN, 1e-45, -3.25, 2 ** 100]);
  const bytes = offsetBytes(new Uint8Array(values.buffer));
  for (const littleEndianHost of [true, false]) {
    const decoded = float32Values(bytes, values.length, littleEndianHost);
    assert.equal(decoded.length, values.length);
    assert.deepEqual(new Uint32Array(decoded.buffer.slice(0)), new Uint32Array(values.buffer),
                     `littleEndianHost ${littleEndianHost}`);
  }
  assert.throws(() => float32Values(bytes, 8, false), /has 28 bytes; its shape needs 32/);
});

test('the browser\'s native base64 decoder is used where there is one, at any offset', () => {
  const holder = Uint8Array as unknown as {fromBase64?: (s: string) => Uint8Array};
  assert.equal(holder.fromBase64, undefined, 'this Node has Uint8Array.fromBase64: drop the stub');
  const calls: string[] = [];
  holder.fromBase64 = (data: string) => {
    calls.push(data);
    return offsetBytes(new Uint8Array(Buffer.from(data, 'base64')));
  };
  try {
    const values = new Float32Array([0.25, -7, 3e38]);
    const encoded: EncodedArray = {dtype: 'float32', shape: [3],
                                   data: Buffer.from(values.buffer).toString('base64')};
    assert.deepEqual([...decodeArray(encoded).values], [...values]);
    const q = [1023, 0, 512, 256, 3];
    assert.deepEqual([...decodeArray(uint10(q)).values], q.map(v => Math.fround(v / 1023)));
    assert.deepEqual(calls, [encoded.data, uint10(q).data]);
  } finally {
    delete holder.fromBase64;
  }
});
