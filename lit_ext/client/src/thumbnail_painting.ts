/** The model view's thumbnails: one head's attention matrix on a small canvas. */

import {signedColor} from './colors';

/**
 * Paints head `head`'s n × n weights into `canvas` as a white-to-`color` matrix (row = query).
 * Longer inputs are max-pooled to the thumbnail's size, so a sharp pattern stays visible when
 * shrunk.
 */
export function paintMatrix(canvas: HTMLCanvasElement, weights: Float32Array, head: number,
                            n: number, [r, g, b]: [number, number, number]) {
  const size = Math.min(n, canvas.width);
  const pooled = new Float32Array(size * size);
  const offset = head * n * n;
  for (let i = 0; i < n; i++) {
    const row = Math.floor((i * size) / n) * size;
    for (let j = 0; j < n; j++) {
      const cell = row + Math.floor((j * size) / n);
      const w = weights[offset + i * n + j];
      if (w > pooled[cell]) pooled[cell] = w;
    }
  }
  const pixels = new ImageData(size, size);
  for (let i = 0; i < size * size; i++) {
    // sqrt lifts small weights so a head's pattern shows even when attention is spread out.
    const t = Math.sqrt(Math.min(1, pooled[i]));
    pixels.data[4 * i] = Math.round(255 + (r - 255) * t);
    pixels.data[4 * i + 1] = Math.round(255 + (g - 255) * t);
    pixels.data[4 * i + 2] = Math.round(255 + (b - 255) * t);
    pixels.data[4 * i + 3] = 255;
  }
  blit(canvas, pixels);
}

/** Draws `pixels` scaled up to fill `canvas`, without smoothing. */
function blit(canvas: HTMLCanvasElement, pixels: ImageData) {
  const size = pixels.width;
  const source = document.createElement('canvas');
  source.width = size;
  source.height = size;
  source.getContext('2d')!.putImageData(pixels, 0, 0);
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingEnabled = false;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
}

/**
 * Head `head`'s n × n signed values pooled to size × size (size = min(n, `size`)), keeping in
 * each cell the value of largest magnitude with its sign, so a strong change of either sign
 * survives shrinking.
 */
export function poolSigned(values: Float32Array, head: number, n: number,
                           size: number): Float32Array {
  size = Math.min(n, size);
  const pooled = new Float32Array(size * size);
  const offset = head * n * n;
  for (let i = 0; i < n; i++) {
    const row = Math.floor((i * size) / n) * size;
    for (let j = 0; j < n; j++) {
      const cell = row + Math.floor((j * size) / n);
      const v = values[offset + i * n + j];
      if (Math.abs(v) > Math.abs(pooled[cell])) pooled[cell] = v;
    }
  }
  return pooled;
}

/**
 * The colour of one signed cell: white at 0, towards blue (positive) or orange-red (negative)
 * with sqrt(|value| / extent), the same lift as `paintMatrix`'s.
 */
export function signedCellColor(value: number, extent: number): [number, number, number] {
  const t = extent > 0 ? Math.sqrt(Math.min(1, Math.abs(value) / extent)) : 0;
  return signedColor(value >= 0 ? t : -t, 1);
}

/** Paints head `head`'s signed n × n values (a difference) on a white-centred diverging scale. */
export function paintSignedMatrix(canvas: HTMLCanvasElement, values: Float32Array, head: number,
                                  n: number, extent: number) {
  const pooled = poolSigned(values, head, n, canvas.width);
  const size = Math.round(Math.sqrt(pooled.length));
  const pixels = new ImageData(size, size);
  pooled.forEach((v, i) => {
    pixels.data.set([...signedCellColor(v, extent), 255], 4 * i);
  });
  blit(canvas, pixels);
}
