/**
 * Decoding the compact arrays our interpreters send instead of nested JSON floats
 * (`lit_ext/interpreters/array_codec.py` has the other side).
 *
 * Wire format: {dtype: "uint10"|"float32", shape, scale?, data}, where `data` is base64 of
 * - float32: the little-endian float32 values;
 * - uint10: probabilities quantised to integers q = round(p * scale) < 1024: first the low
 *   8 bits of every value, one byte each, then the top 2 bits packed four values to a byte,
 *   value i in bits (7-6, 5-4, 3-2, 1-0)[i % 4] of byte i / 4.
 */

export interface EncodedArray {
  dtype: 'uint10' | 'float32';
  shape: number[];
  scale?: number | null;
  data: string;
}

/** A decoded array: row-major values and their shape. */
export interface NdArray {
  shape: number[];
  values: Float32Array;
}

export function isEncodedArray(value: unknown): value is EncodedArray {
  const v = value as Partial<EncodedArray> | null;
  return v != null && typeof v === 'object' && typeof v.data === 'string' &&
      Array.isArray(v.shape) && (v.dtype === 'uint10' || v.dtype === 'float32');
}

function base64Bytes(data: string): Uint8Array {
  // Native decoding where the browser has it (Chrome 140+, Firefox 133+): several times
  // faster than atob for the megabytes of a long input's attention.
  const native = (Uint8Array as unknown as {fromBase64?: (s: string) => Uint8Array}).fromBase64;
  if (native) return native(data);
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The float32 values of little-endian `bytes`; `littleEndianHost` says whether this machine's
 * typed arrays are little-endian (exported so that tests run the big-endian path too).
 */
export function float32Values(bytes: Uint8Array, size: number,
                              littleEndianHost: boolean): Float32Array {
  if (bytes.byteLength !== size * 4) {
    throw new Error(`encoded float32 array has ${bytes.byteLength} bytes; its shape needs ` +
                    `${size * 4}.`);
  }
  if (littleEndianHost) {
    return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + size * 4));
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) values[i] = view.getFloat32(4 * i, true);
  return values;
}

function uint10Values(bytes: Uint8Array, size: number, scale: number): Float32Array {
  const expected = size + Math.ceil(size / 4);
  if (bytes.byteLength !== expected) {
    throw new Error(`encoded uint10 array has ${bytes.byteLength} bytes; its shape needs ` +
                    `${expected}.`);
  }
  if (!(scale > 0)) throw new Error(`uint10 array needs a positive scale, got ${scale}.`);
  // A lookup table turns the division into one read per value.
  const table = new Float32Array(1024);
  for (let q = 0; q < 1024; q++) table[q] = q / scale;
  const values = new Float32Array(size);
  const whole = size - (size % 4);
  for (let i = 0, t = size; i < whole; i += 4, t++) {
    const top = bytes[t];
    values[i] = table[bytes[i] | ((top & 0xc0) << 2)];
    values[i + 1] = table[bytes[i + 1] | ((top & 0x30) << 4)];
    values[i + 2] = table[bytes[i + 2] | ((top & 0x0c) << 6)];
    values[i + 3] = table[bytes[i + 3] | ((top & 0x03) << 8)];
  }
  for (let i = whole; i < size; i++) {
    const top = (bytes[size + (i >> 2)] >> (6 - 2 * (i & 3))) & 3;
    values[i] = table[bytes[i] | (top << 8)];
  }
  return values;
}

export function decodeArray(encoded: EncodedArray): NdArray {
  if (!isEncodedArray(encoded)) {
    throw new Error('expected an encoded array {dtype, shape, scale, data}.');
  }
  const bytes = base64Bytes(encoded.data);
  const size = encoded.shape.reduce((a, b) => a * b, 1);
  const values = encoded.dtype === 'uint10' ?
      uint10Values(bytes, size, encoded.scale ?? 0) :
      float32Values(bytes, size, LITTLE_ENDIAN);
  return {shape: [...encoded.shape], values};
}
