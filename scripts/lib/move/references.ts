/**
 * Every place one entry file points at the entry being moved, as edits of the written text:
 * a case's `related[].id`, a collection's `items[].ref` and links in the Markdown body.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { FOLDERS, type ContentType } from '../../../schemas/index.ts';
import { parseBody } from '../../../src/lib/corpus/body.ts';
import type { EntrySource } from './entry-source.ts';
import { MoveError } from './move-error.ts';
import type { Edit } from './text-file.ts';

export interface Rename {
  type: ContentType;
  oldId: string;
  newId: string;
}

/** An edit with what it changes, for the report. */
export interface Rewrite extends Edit {
  what: 'related id' | 'item ref' | 'body link';
  before: string;
  after: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces `wanted` inside a scalar's source text (which may carry quotes). */
function scalarRewrite(source: EntrySource, node: Node, wanted: string, replacement: string, what: Rewrite['what'], display: string): Rewrite {
  const [start, end] = node.range!;
  const written = source.yaml.slice(start, end);
  const index = written.indexOf(wanted);
  if (index === -1) throw new MoveError(`${display}: cannot find "${wanted}" as written in ${JSON.stringify(written)}: write it plainly, then move`);
  const value = String((node as { value: unknown }).value);
  return {
    start: source.yamlStart + start + index,
    end: source.yamlStart + start + index + wanted.length,
    text: replacement,
    what,
    before: value,
    after: value.replace(wanted, replacement),
  };
}

/** The written scalars at `<field>[].<key>`, e.g. every `related[].id`. */
function listValues(source: EntrySource, field: string, key: string): Node[] {
  const contents = source.doc.contents;
  if (!isMap(contents)) return [];
  const list = contents.get(field, true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    const value = isMap(item) ? item.get(key, true) : undefined;
    return isScalar(value) && value.range ? [value] : [];
  });
}

export function findReferences(type: ContentType, source: EntrySource, rename: Rename, display: string): Rewrite[] {
  const { oldId, newId } = rename;
  const folder = FOLDERS[rename.type];
  const rewrites: Rewrite[] = [];

  if (type === 'case' && rename.type === 'case') {
    for (const node of listValues(source, 'related', 'id')) {
      if ((node as { value: unknown }).value === oldId) rewrites.push(scalarRewrite(source, node, oldId, newId, 'related id', display));
    }
  }

  if (type === 'collection') {
    // `cases/<old>` or `model-laws/<old>#<provision>`: the id part only.
    const ref = new RegExp(`^${escape(folder)}/${escape(oldId)}(#|$)`);
    for (const node of listValues(source, 'items', 'ref')) {
      if (ref.test(String((node as { value: unknown }).value)))
        rewrites.push(scalarRewrite(source, node, `${folder}/${oldId}`, `${folder}/${newId}`, 'item ref', display));
    }
  }

  // Links found in the Markdown tree, so that text in code spans and code blocks is left alone.
  const prefix = `/${folder}/${oldId}`;
  const target = new RegExp(`^${escape(prefix)}(?=$|[/#?])`);
  visit(parseBody(source.body), (node: Nodes) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    if (!target.test(node.url) || node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
    const written = source.body.slice(node.position.start.offset, node.position.end.offset);
    // The destination comes after the link text, so its occurrence is the last one.
    let index = -1;
    for (const match of written.matchAll(new RegExp(`${escape(prefix)}(?=$|[/#?)>\\s"'])`, 'g'))) index = match.index;
    if (index === -1) throw new MoveError(`${display}: cannot find the link "${node.url}" as written: edit it by hand, then move`);
    const start = source.bodyStart + node.position.start.offset + index;
    rewrites.push({
      start,
      end: start + prefix.length,
      text: `/${folder}/${newId}`,
      what: 'body link',
      before: node.url,
      after: node.url.replace(prefix, `/${folder}/${newId}`),
    });
  });

  return rewrites.sort((a, b) => a.start - b.start);
}
