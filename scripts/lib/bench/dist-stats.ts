/** Sizes of a built site: HTML pages, the Pagefind index, everything. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface DistStats {
  pages: number;
  files: number;
  distBytes: number;
  indexBytes: number;
  indexFiles: number;
}

function walk(dir: string, visit: (file: string, bytes: number) => void) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full, statSync(full).size);
  }
}

export function distStats(dist: string): DistStats {
  const stats: DistStats = { pages: 0, files: 0, distBytes: 0, indexBytes: 0, indexFiles: 0 };
  const index = path.join(dist, 'pagefind') + path.sep;
  walk(dist, (file, bytes) => {
    stats.files++;
    stats.distBytes += bytes;
    if (file.endsWith('.html')) stats.pages++;
    if (file.startsWith(index)) {
      stats.indexBytes += bytes;
      stats.indexFiles++;
    }
  });
  return stats;
}
