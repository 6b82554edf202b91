/**
 * Decoding the compact arrays our interpreters send instead of nested JSON floats.
 *
 * Wire format: {dtype: "uint16"|"float32", shape, scale, compression: "zlib"|null, data}, where
 * `data` is base64 of the little-endian array bytes, zlib-compressed when `compression` says so,
 * and integer values stand for value/scale when `scale` is set (quantised probabilities).
 */

export interface EncodedArray {
  dtype: 'uint16' | 'float32';
  shape: number[];
  scale: number | null;
  compression: 'zlib' | null;
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
      Array.isArray(v.shape) && (v.dtype === 'uint16' || v.dtype === 'float32');
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

/** Inflates zlib-format (RFC 1950) bytes with the browser's native decompressor. */
async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream()
                     .pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function littleEndianValues(bytes: Uint8Array, dtype: EncodedArray['dtype'],
                            size: number): Float32Array {
  const width = dtype === 'uint16' ? 2 : 4;
  if (bytes.byteLength !== size * width) {
    throw new Error(`encoded ${dtype} array has ${bytes.byteLength} bytes; its shape needs ` +
                    `${size * width}.`);
  }
  if (LITTLE_ENDIAN) {
    // Typed-array views need aligned offsets: copy to a fresh buffer when not aligned.
    const aligned = bytes.byteOffset % width === 0 ? bytes : bytes.slice();
    return dtype === 'uint16' ?
        Float32Array.from(new Uint16Array(aligned.buffer, aligned.byteOffset, size)) :
        new Float32Array(aligned.buffer.slice(aligned.byteOffset,
                                              aligned.byteOffset + size * 4));
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    values[i] = dtype === 'uint16' ? view.getUint16(2 * i, true) : view.getFloat32(4 * i, true);
  }
  return values;
}

export async function decodeArray(encoded: EncodedArray): Promise<NdArray> {
  if (!isEncodedArray(encoded)) {
    throw new Error('expected an encoded array {dtype, shape, scale, compression, data}.');
  }
  let bytes = base64Bytes(encoded.data);
  if (encoded.compression === 'zlib') {
    bytes = await inflate(bytes);
  } else if (encoded.compression != null) {
    throw new Error(`unsupported array compression '${encoded.compression}'.`);
  }
  const size = encoded.shape.reduce((a, b) => a * b, 1);
  const values = littleEndianValues(bytes, encoded.dtype, size);
  if (encoded.scale) {
    const scale = encoded.scale;
    for (let i = 0; i < size; i++) values[i] /= scale;
  }
  return {shape: [...encoded.shape], values};
}
