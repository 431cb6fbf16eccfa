/**
 * One value per process. Astro loads the config (our integrations), the content config and the
 * pages as separate module graphs of one process, so a module-level variable would exist once per
 * graph: what must be read or computed once per build (the corpus, the git history, the rendered
 * bodies, the repository) is kept on globalThis under a registered symbol instead.
 */
export function processWide<T>(name: string, make: () => T): () => T {
  const key = Symbol.for(`knowledge-base.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return () => (store[key] ??= make());
}
