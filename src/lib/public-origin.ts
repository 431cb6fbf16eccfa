/**
 * The public origin of the site, for everything that needs an absolute address (canonical
 * links, the sitemap, the feed, the open data, citation files, printed handouts): KB_SITE, else
 * `homepage` in package.json. Without one it is undefined, and those addresses are written as
 * site paths or left out — never a made-up host that a reader would take away.
 */
import { readFileSync } from 'node:fs';

/** Where `npm start` serves the site: its origin when no public one is set. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** Hosts reserved for examples (RFC 2606): an address on them is never a real one. */
const PLACEHOLDER_HOST = /(^|\.)example\.(org|com|net)$|(^|\.)(example|invalid|test)$/i;

export function publicOrigin(
  env: Record<string, string | undefined> = process.env,
  packageJson = new URL('../../package.json', import.meta.url),
): string | undefined {
  let homepage: unknown;
  try {
    homepage = (JSON.parse(readFileSync(packageJson, 'utf8')) as { homepage?: unknown }).homepage;
  } catch {
    homepage = undefined;
  }
  const given = env.KB_SITE || (typeof homepage === 'string' ? homepage : undefined);
  if (!given) return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(
      `KB_SITE (or homepage in package.json) "${given}" is not a web address: give the site's public origin, e.g. https://case-law.your-organisation.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`KB_SITE "${given}" must start with https:// (or http://)`);
  if (PLACEHOLDER_HOST.test(url.hostname)) throw new Error(`KB_SITE "${given}" is a placeholder host: give the address the site is really served at, or none`);
  return url.origin;
}
