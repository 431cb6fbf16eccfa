/**
 * An Astro content loader over the validated corpus: Astro gets exactly the data the
 * validator accepted (one parse per build), and each body is rendered with the site's Markdown
 * processor into rendered-bodies.ts. Under `astro dev` a saved file is read and checked again,
 * once for all five collections, not once per collection.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentType } from '../../schemas/index.ts';
import { contentDirectory } from './corpus/content-directory.ts';
import { forgetCorpus, validCorpus } from './corpus/shared-corpus.ts';
import { rememberRenderedBody, renderedDigest } from './rendered-bodies.ts';

async function syncEntries(type: ContentType, { store, renderMarkdown, generateDigest }: LoaderContext) {
  const seen = new Set<string>();
  for (const entry of validCorpus().entries) {
    if (entry.type !== type) continue;
    seen.add(entry.id);
    // The rendered HTML stays in this process (rendered-bodies.ts), where the pages and the search
    // index read it, and out of Astro's data store: a build compiles the store into one JavaScript
    // module, and 70 MB of HTML in it took Node about 50 s to compile at 10 000 cases. Within one
    // process (`astro dev`), an entry that has not changed is not rendered again.
    const digest = generateDigest({ data: entry.data, body: entry.body });
    if (renderedDigest(type, entry.id) !== digest) rememberRenderedBody(type, entry.id, (await renderMarkdown(entry.body)).html, digest);
    const stored = store.get(entry.id);
    if (stored?.digest === digest && !stored.rendered) continue; // unchanged since the last build
    store.set({ id: entry.id, data: entry.data, filePath: entry.file, digest });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}

type Watcher = NonNullable<LoaderContext['watcher']>;

/**
 * The collections loaded so far, and the watchers already listened to: each of the five loaders
 * is given the same dev-server watcher, and one handler re-reads the corpus once per saved file
 * and syncs every collection from that one read.
 */
const loaded = new Map<ContentType, LoaderContext>();
const listening = new WeakSet<Watcher>();

async function onSave(changed: string, logger: LoaderContext['logger']) {
  if (!changed.startsWith(contentDirectory())) return;
  forgetCorpus();
  try {
    for (const [type, context] of loaded) await syncEntries(type, context);
  } catch (error) {
    // A broken file is reported, never published (the same rule as the build).
    logger.error(error instanceof Error ? `${error.message}\n${(error as { report?: string }).report ?? ''}` : String(error));
  }
}

export function corpusLoader(type: ContentType): Loader {
  return {
    name: `kb-${type}`,
    load: async (context) => {
      await syncEntries(type, context);
      loaded.set(type, context);
      const { watcher, logger } = context;
      if (!watcher || listening.has(watcher)) return;
      listening.add(watcher);
      watcher.add(contentDirectory());
      watcher.on('all', (_event, changed) => void onSave(changed, logger));
    },
  };
}
