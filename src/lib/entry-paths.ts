/** getStaticPaths for the pages of one content collection: one page per entry and interface language. */
import { getCollection, type CollectionKey } from 'astro:content';
import { inEveryLanguage } from './locale-paths.ts';

export async function entryPaths<C extends CollectionKey>(collection: C) {
  return inEveryLanguage((await getCollection(collection)).map((entry) => ({ params: { id: entry.id }, props: { entry } })));
}
