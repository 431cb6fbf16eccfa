/** "Did you mean" for near misses: case, spacing, underscores, spelling (Levenshtein). */
import { distance } from 'fastest-levenshtein';

const normalise = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

export function suggest(value: string, candidates: readonly string[]): string | undefined {
  const wanted = normalise(value);
  const exact = candidates.find((c) => normalise(c) === wanted);
  if (exact) return exact;
  // "The facts" → "Facts": the intended word is there, with extra words around it.
  const contained = candidates.find((c) => normalise(c).length >= 4 && wanted.split('-').includes(normalise(c)));
  if (contained) return contained;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(wanted, normalise(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Close enough to be a typo, not a different word.
  const limit = Math.max(2, Math.floor(wanted.length / 4));
  return bestDistance <= limit ? best : undefined;
}
