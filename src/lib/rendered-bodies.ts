/**
 * The rendered HTML of each body, as the content loader made it, for the search index: the
 * loader and the build integration run in one process but in different module graphs, so the
 * map lives on globalThis (like the shared corpus).
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
