/**
 * Decisions per year of decision, and the bars that draw them: one slot per year from the first
 * to the last (a year without a decision is a gap, not a missing year), heights to scale.
 */

/** `YYYY` → number of dates in that year, in ascending order of year. */
export function countByYear(dates: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const date of dates) {
    const year = String(date).slice(0, 4);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return new Map([...counts].sort((a, b) => a[0].localeCompare(b[0])));
}

export interface YearBar {
  year: string;
  count: number;
  x: number;
  y: number;
  height: number;
}
export interface YearChart {
  width: number;
  height: number;
  /** Height of the drawing area for bars (below it, the year labels). */
  plot: number;
  max: number;
  bars: YearBar[];
  /** Years labelled under the axis, with the x of their slot's centre. */
  ticks: { year: string; x: number }[];
  slot: number;
}

export const BAR = { slot: 18, gap: 4, plot: 120, axis: 22, left: 30 };

export function yearChart(counts: ReadonlyMap<string, number>): YearChart {
  const years = [...counts.keys()].map(Number);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const max = Math.max(0, ...counts.values());
  const bars: YearBar[] = [];
  const ticks: { year: string; x: number }[] = [];
  const span = years.length ? last - first + 1 : 0;
  const xOf = (year: number) => BAR.left + (year - first) * BAR.slot;
  for (let year = first; years.length && year <= last; year += 1) {
    const count = counts.get(String(year)) ?? 0;
    // Heights in whole units, at least 2 so that a single decision stays visible and clickable.
    const height = count ? Math.max(2, Math.round((count / max) * BAR.plot)) : 0;
    if (count) bars.push({ year: String(year), count, x: xOf(year) + BAR.gap / 2, y: BAR.plot - height, height });
    // Every fifth year, and the first and last unless such a label is within two years of them.
    const nearLabel = [-2, -1, 1, 2].some((d) => year + d >= first && year + d <= last && (year + d) % 5 === 0);
    const labelled = span <= 8 || year % 5 === 0 || ((year === first || year === last) && !nearLabel);
    if (labelled) ticks.push({ year: String(year), x: xOf(year) + BAR.slot / 2 });
  }
  return { width: BAR.left + span * BAR.slot + 4, height: BAR.plot + BAR.axis, plot: BAR.plot, max, bars, ticks, slot: BAR.slot };
}
