/**
 * The rendered HTML of each body, as the content loader made it, for the entry pages and the
 * search index, shared by the loader's, the integration's and the pages' module graphs
 * (process-wide.ts). It is not in Astro's data store, which a build compiles into one JavaScript
 * module (content-loader.ts).
 */
import type { ContentType } from '../../schemas/index.ts';
import { processWide } from './process-wide.ts';

/** Each body's HTML, with the digest of the entry it was rendered from. */
const bodies = processWide('rendered-bodies', () => new Map<string, { html: string; digest: string }>());

export function rememberRenderedBody(type: ContentType, id: string, html: string, digest: string): void {
  bodies().set(`${type}/${id}`, { html, digest });
}

export function renderedBody(type: ContentType, id: string): string | undefined {
  return bodies().get(`${type}/${id}`)?.html;
}

/** The digest the body was last rendered from: under `astro dev`, an unchanged entry is not rendered again. */
export function renderedDigest(type: ContentType, id: string): string | undefined {
  return bodies().get(`${type}/${id}`)?.digest;
}
