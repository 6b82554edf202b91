/**
 * Where the layer charts put things: layer i of n along x, a probability (or accuracy) in
 * [0, 1] along y, inside a plot area with margins for the axes.
 */

export interface PlotArea {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function plotArea(width: number, height: number,
                         margins = {left: 28, right: 8, top: 8, bottom: 18}): PlotArea {
  return {width, height, left: margins.left, right: width - margins.right, top: margins.top,
          bottom: height - margins.bottom};
}

/** The centre of slot i of n (points of a line chart, or the middle of bar i). */
export function xOf(area: PlotArea, i: number, n: number): number {
  return area.left + ((i + 0.5) * (area.right - area.left)) / n;
}

/** y of `value` in [0, 1]: 0 at the bottom, 1 at the top (clamped). */
export function yOf(area: PlotArea, value: number): number {
  const v = Math.min(1, Math.max(0, value));
  return area.bottom - v * (area.bottom - area.top);
}

/** The width of a bar: `fill` of its slot. */
export function barWidth(area: PlotArea, n: number, fill = 0.7): number {
  return (fill * (area.right - area.left)) / n;
}
