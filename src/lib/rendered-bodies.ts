/**
 * The rendered HTML of each body, as the content loader made it, for the entry pages and the
 * search index. The loader, the build integration and the pages run in one process but in
 * different module graphs, so the map lives on globalThis (like the shared corpus). It is not in
 * Astro's data store, which a build compiles into one JavaScript module (content-loader.ts).
 */
import type { ContentType } from '../../schemas/index.ts';

const KEY = Symbol.for('knowledge-base.rendered-bodies');
/** Each body's HTML, with the digest of the entry it was rendered from. */
type Holder = { [KEY]?: Map<string, { html: string; digest: string }> };
const bodies = () => ((globalThis as Holder)[KEY] ??= new Map());

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
