/**
 * Where the build's time (and memory) goes, from the moments Astro's log lines appeared:
 * start-up and validation, the content config, content sync (our loader renders every body),
 * the Vite bundle, page generation, sitemap, and the search index made after Astro has exited. A phase starts at its first log
 * line; phases whose line never shows are merged into the one before.
 */
import { plain } from './run-step.ts';

const MARKERS: { phase: string; pattern: RegExp }[] = [
  { phase: 'startup_and_validation', pattern: /^/ },
  // Vite starts and loads src/content.config.ts, which validates the corpus in its own module graph.
  { phase: 'content_config', pattern: /\[knowledge-base\] \d+ entries validated/ },
  { phase: 'content_sync', pattern: /\[content\] Syncing content/ },
  { phase: 'types_and_setup', pattern: /\[content\] Synced content/ },
  { phase: 'vite_bundle', pattern: /Building static entrypoints/ },
  { phase: 'page_generation', pattern: /generating static routes/ },
  { phase: 'sitemap_and_search_index', pattern: /\[@astrojs\/sitemap\]|\[knowledge-base-search-index\]|\[build\] Waiting for integration/ },
  // npm run build indexes once Astro has exited (scripts/build.ts).
  { phase: 'search_index_after_pages', pattern: /\[build\] Complete!/ },
];

export interface Phase {
  s: number;
  /** Highest summed RSS of the build's process tree sampled during the phase. */
  peak_mb: number | null;
}

export function buildPhases(lines: { at: number; text: string }[], total: number, memory: { at: number; mb: number }[] = []): Record<string, Phase> {
  const starts: { phase: string; at: number }[] = [{ phase: MARKERS[0].phase, at: 0 }];
  let from = 0;
  for (const marker of MARKERS.slice(1)) {
    const index = lines.findIndex((l, i) => i >= from && marker.pattern.test(plain(l.text)));
    if (index === -1) continue;
    starts.push({ phase: marker.phase, at: lines[index].at });
    from = index;
  }
  const phases: Record<string, Phase> = {};
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.at ?? total;
    const during = memory.filter((m) => m.at >= s.at && m.at <= end).map((m) => m.mb);
    phases[s.phase] = { s: round(end - s.at), peak_mb: during.length ? Math.max(...during) : null };
  });
  return phases;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
