/**
 * Where the content is. A module of its own so that scripts/build.ts can find it without loading
 * the corpus reader (37 MB it would hold beside Pagefind while the index is written).
 */
import path from 'node:path';

// Asked for on every lookup of a build (hundreds of thousands of times): resolved once per value.
let resolvedDirectory: { given: string | undefined; cwd: string; path: string } | undefined;

/** The content folder: KB_CONTENT_DIR, or content/ in the working directory. */
export function contentDirectory(): string {
  const given = process.env.KB_CONTENT_DIR;
  const cwd = process.cwd();
  if (!resolvedDirectory || resolvedDirectory.given !== given || resolvedDirectory.cwd !== cwd)
    resolvedDirectory = { given, cwd, path: path.resolve(given || 'content') };
  return resolvedDirectory.path;
}
