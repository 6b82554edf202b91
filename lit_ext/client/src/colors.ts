/** Colours shared by the views: one per attention head or NMF factor, and signed scales. */

/**
 * Sixteen hues that stay apart from each other on white and when drawn as thin translucent
 * lines (no yellows or pastels). BERT-base and MiniLM have 12 heads, BERT-large 16; beyond
 * that, hues continue around the colour wheel by the golden angle.
 */
const CATEGORICAL = [
  '#d62728', '#1f5fd6', '#2ca02c', '#ff7f0e', '#8e44ad', '#17a2b8', '#e6399b', '#8c564b',
  '#556b2f', '#000080', '#b8860b', '#7f7f7f', '#00a087', '#b22d5b', '#5b3fd6', '#6b8e23',
];

export function categoricalColor(index: number): string {
  if (index < CATEGORICAL.length) return CATEGORICAL[index];
  const hue = (index * 137.508) % 360;
  return `hsl(${hue.toFixed(1)}, 65%, 42%)`;
}

/** [r, g, b] of a `#rrggbb` or `hsl(h, s%, l%)` colour from `categoricalColor`. */
export function rgb(color: string): [number, number, number] {
  if (color.startsWith('#')) {
    const v = parseInt(color.slice(1), 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  const [h, s, l] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

export function rgba(color: string, alpha: number): string {
  const [r, g, b] = rgb(color);
  return `rgba(${r}, ${g}, ${b}, ${alpha.toFixed(3)})`;
}

const POSITIVE: [number, number, number] = [33, 102, 172];   // blue
const NEGATIVE: [number, number, number] = [202, 72, 34];    // orange-red

/**
 * A colour for a signed value: blue for positive, orange-red for negative, white at zero,
 * saturating at |value| = `extent`.
 */
export function signedColor(value: number, extent: number): [number, number, number] {
  const t = extent > 0 ? Math.min(1, Math.abs(value) / extent) : 0;
  const [r, g, b] = value >= 0 ? POSITIVE : NEGATIVE;
  return [Math.round(255 + (r - 255) * t), Math.round(255 + (g - 255) * t),
          Math.round(255 + (b - 255) * t)];
}

/**
 * The ends of the diverging scale as `#rrggbb` (for `rgba()`): a difference A − B is blue where
 * A is larger, orange-red where B is.
 */
export function divergingColor(value: number): string {
  const [r, g, b] = value >= 0 ? POSITIVE : NEGATIVE;
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`;
}

export function cssColor([r, g, b]: [number, number, number]): string {
  return `rgb(${r}, ${g}, ${b})`;
}

const NEUTRAL: [number, number, number] = [128, 134, 139];   // mid grey

/**
 * A colour for a head's importance that still shows its attention pattern: mid grey for an
 * unimportant head, towards full blue (positive: the prediction depends on it) or orange-red
 * (negative: it works against the prediction) as |value| approaches `extent`.
 */
export function importanceColor(value: number, extent: number): [number, number, number] {
  const t = extent > 0 ? Math.min(1, Math.abs(value) / extent) : 0;
  const full = value >= 0 ? POSITIVE : NEGATIVE;
  return [0, 1, 2].map(i => Math.round(NEUTRAL[i] + (full[i] - NEUTRAL[i]) * t)) as
      [number, number, number];
}
