/**
 * An Astro content loader over the validated corpus: Astro gets exactly the data the
 * validator accepted (one parse), and renders each body with the site's Markdown processor.
 */
import type { Loader } from 'astro/loaders';
import type { ContentType } from '../../schemas/index.ts';
import { validCorpus } from './corpus/shared-corpus.ts';

export function corpusLoader(type: ContentType): Loader {
  return {
    name: `kb-${type}`,
    load: async ({ store, renderMarkdown, generateDigest }) => {
      const { entries } = validCorpus();
      const seen = new Set<string>();
      for (const entry of entries) {
        if (entry.type !== type) continue;
        seen.add(entry.id);
        const data = entry.data;
        const digest = generateDigest({ data, body: entry.body });
        if (store.get(entry.id)?.digest === digest) continue; // unchanged since the last build
        store.set({ id: entry.id, data, body: entry.body, filePath: entry.file, digest, rendered: await renderMarkdown(entry.body) });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
