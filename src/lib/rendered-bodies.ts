/**
 * The rendered HTML of each body, as the content loader made it, for the entry pages and the
 * search index. The loader, the build integration and the pages run in one process but in
 * different module graphs, so the map lives on globalThis (like the shared corpus). It is not in
 * Astro's data store, which a build compiles into one JavaScript module (content-loader.ts).
 */
import type { ContentType } from '../../schemas/index.ts';

const KEY = Symbol.for('knowledge-base.rendered-bodies');
type Holder = { [KEY]?: Map<string, string> };
const bodies = () => ((globalThis as Holder)[KEY] ??= new Map());

export function rememberRenderedBody(type: ContentType, id: string, html: string): void {
  bodies().set(`${type}/${id}`, html);
}

export function renderedBody(type: ContentType, id: string): string | undefined {
  return bodies().get(`${type}/${id}`);
}
