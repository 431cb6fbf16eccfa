/** Resolves a collection's items (`cases/<id>`, `model-laws/<id>#<provision>`) to entries. */
import { ITEM_REF_PATTERN, typeOfFolder } from '../../schemas/index.ts';
import { findEntry, type Entry } from './entries.ts';
import { entryHref } from './urls.ts';

export interface ResolvedItem {
  entry: Entry;
  provision?: { id: string; number?: string; title: string };
  note?: string;
  href: string;
}

export function resolveItems(items: { ref: string; note?: string }[]): ResolvedItem[] {
  return items.map(({ ref, note }) => {
    const [, folder, id, anchor] = ITEM_REF_PATTERN.exec(ref)!;
    const type = typeOfFolder(folder)!;
    const entry = findEntry(type, id)!;
    const provision = anchor ? (entry.data.provisions as { id: string; number?: string; title: string }[]).find((p) => p.id === anchor) : undefined;
    return { entry, provision, note, href: entryHref(type, id) + (anchor ? `#${anchor}` : '') };
  });
}
