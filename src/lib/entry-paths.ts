/** getStaticPaths for the pages of one content collection: one page per entry, by its id. */
import { getCollection, type CollectionKey } from 'astro:content';

export async function entryPaths<C extends CollectionKey>(collection: C) {
  return (await getCollection(collection)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
