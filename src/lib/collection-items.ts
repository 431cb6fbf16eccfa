/** Resolves a collection's items (`cases/<id>`, `model-laws/<id>#<provision>`, `paragraph: 4`) to entries. */
import { ITEM_REF_PATTERN, typeOfFolder } from '../../schemas/index.ts';
import type { InterfaceLanguage } from '../i18n/languages.ts';
import { findEntry, type Entry } from './entries.ts';
import { entryHref } from './urls.ts';

export interface ResolvedItem {
  entry: Entry;
  provision?: { id: string; number?: string; title: string };
  /** A numbered paragraph of the entry's body (the validator checked that the page has it). */
  paragraph?: number;
  note?: string;
  /** The entry's page in the interface language, at the provision (#art-1) or paragraph (#para-4) pointed at. */
  href: string;
}

export function resolveItems(items: { ref: string; note?: string; paragraph?: number }[], lang: InterfaceLanguage = 'en'): ResolvedItem[] {
  return items.map(({ ref, note, paragraph }) => {
    const [, folder, id, anchor] = ITEM_REF_PATTERN.exec(ref)!;
    const type = typeOfFolder(folder)!;
    const entry = findEntry(type, id)!;
    const provision = anchor ? (entry.data.provisions as { id: string; number?: string; title: string }[]).find((p) => p.id === anchor) : undefined;
    const fragment = anchor ? `#${anchor}` : paragraph ? `#para-${paragraph}` : '';
    return { entry, provision, paragraph, note, href: entryHref(type, id, lang) + fragment };
  });
}
