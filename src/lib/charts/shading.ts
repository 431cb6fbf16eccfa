/**
 * Shading classes for counts (the map's countries, the matrix's cells): a few classes whose lower
 * bounds are round numbers (1, 2, 5, 10, 20, 50 …) spread evenly on a log scale up to the
 * largest count, so that one country with hundreds of decisions does not wash out the rest.
 */

/** Lower bounds of at most `classes` shading classes for counts from 1 to `max`; the first is 1. */
export function shadeBounds(max: number, classes = 4): number[] {
  if (max < 1) return [];
  const round: number[] = [];
  for (let m = 1; m <= max; m *= 10) for (const s of [1, 2, 5]) if (m * s <= max) round.push(m * s);
  const bounds = [1];
  for (let i = 1; i < classes; i += 1) {
    const target = Math.log(max ** (i / classes));
    const nearest = round.reduce((best, value) => (Math.abs(Math.log(value) - target) < Math.abs(Math.log(best) - target) ? value : best));
    if (nearest > bounds.at(-1)!) bounds.push(nearest);
  }
  return bounds;
}

/** The class of a count: 0 for none, else 1 + the index of the highest bound it reaches. */
export function shadeOf(count: number, bounds: readonly number[]): number {
  let shade = 0;
  for (const [i, bound] of bounds.entries()) if (count >= bound) shade = i + 1;
  return shade;
}

/** Each class's range, for the legend: `{from, to}`, `to` absent for the last (open) class. */
export function shadeRanges(bounds: readonly number[]): { from: number; to?: number }[] {
  return bounds.map((from, i) => (i + 1 < bounds.length ? { from, to: bounds[i + 1] - 1 } : { from }));
}
