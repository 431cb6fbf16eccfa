/**
 * Under `astro dev` a saved file is read and checked once for all five collections: one watcher
 * handler, one parse, every collection synced from it, and only that entry rendered again. The
 * bodies' HTML is kept in the process for the pages, never in Astro's data store.
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { makeContentRoot } from '../support/content-fixture.ts';

const root = makeContentRoot();
process.env.KB_CONTENT_DIR = path.join(root, 'content');
const { corpusLoader } = await import('../../src/lib/content-loader.ts');
const { sharedCorpus } = await import('../../src/lib/corpus/shared-corpus.ts');
const { CONTENT_TYPES } = await import('../../schemas/index.ts');

/** A stand-in for what Astro gives a loader: a store, a renderer, a digest and the dev watcher. */
function fakeContext(watcher: EventEmitter & { add: (p: string) => void }) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string; rendered?: { html: string } }>();
  const rendered: string[] = [];
  return {
    entries,
    rendered,
    context: {
      store: {
        get: (id: string) => entries.get(id),
        set: (e: { id: string }) => entries.set(e.id, e as never),
        delete: (id: string) => entries.delete(id),
        keys: () => [...entries.keys()],
      },
      renderMarkdown: async (body: string) => {
        rendered.push(body);
        return { html: `<p>${body.length}</p>` };
      },
      generateDigest: (value: unknown) => JSON.stringify(value),
      watcher,
      logger: { error: (message: string) => assert.fail(message) },
    },
  };
}

test('five collections, one watcher handler; a saved file is parsed once and reaches its collection', async () => {
  const watcher = Object.assign(new EventEmitter(), { add: () => {} });
  const contexts = CONTENT_TYPES.map((type) => ({ type, ...fakeContext(watcher) }));
  for (const { type, context } of contexts) await corpusLoader(type).load(context as never);
  assert.equal(watcher.listenerCount('all'), 1, 'one handler for the five loaders');

  const before = sharedCorpus();
  assert.equal(
    contexts.reduce((n, c) => n + c.rendered.length, 0),
    before.entries.length,
    'every body rendered once',
  );
  for (const c of contexts) c.rendered.length = 0;
  const cases = contexts.find((c) => c.type === 'case')!;
  const [id] = [...cases.entries.keys()];
  const file = before.entries.find((e) => e.type === 'case' && e.id === id)!.file;
  const absolute = path.resolve(file);
  writeFileSync(absolute, readFileSync(absolute, 'utf8').replace(/^title: .*$/m, 'title: Renamed while the server runs'));
  watcher.emit('all', 'change', absolute);
  await new Promise((resolve) => setTimeout(resolve, 200));

  const after = sharedCorpus();
  assert.notEqual(after, before, 'the corpus was read again');
  assert.equal(cases.entries.get(id)!.data.title, 'Renamed while the server runs');
  // The other collections were synced from the same read: their stores still hold every entry.
  for (const { type, entries } of contexts) assert.equal(entries.size, after.entries.filter((e) => e.type === type).length, type);
  // Only the saved entry is rendered again: the others are unchanged.
  assert.equal(cases.rendered.length, 1);
  assert.equal(
    contexts.reduce((n, c) => n + c.rendered.length, 0),
    1,
  );
});

test('bodies are rendered into this process, not into Astro’s data store (a build compiles the store into one module)', async () => {
  const { renderedBody } = await import('../../src/lib/rendered-bodies.ts');
  const watcher = Object.assign(new EventEmitter(), { add: () => {} });
  const { entries, context } = fakeContext(watcher);
  const corpus = sharedCorpus();
  const cases = corpus.entries.filter((e) => e.type === 'case');
  // A store kept from a build before this change: same digest, with the HTML in it.
  const old = cases[0];
  entries.set(old.id, { id: old.id, data: old.data, digest: JSON.stringify({ data: old.data, body: old.body }), rendered: { html: '<p>old</p>' } });
  await corpusLoader('case').load(context as never);
  assert.equal(entries.size, cases.length);
  for (const entry of cases) {
    assert.equal(renderedBody('case', entry.id), `<p>${entry.body.length}</p>`, `${entry.id}: its HTML is kept for the pages`);
    assert.equal('rendered' in entries.get(entry.id)!, false, `${entry.id}: no HTML in the store`);
  }
});
