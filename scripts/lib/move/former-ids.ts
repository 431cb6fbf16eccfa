/**
 * Adds an old id to `formerIds` by inserting text, never by re-serialising the YAML: comments,
 * quoting, key order and the list's own style (flow `[a, b]` or block `- a`) stay as written.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { EntrySource } from './entry-source.ts';
import { MoveError } from './move-error.ts';
import type { Edit } from './text-file.ts';

export function addFormerIdEdit(source: EntrySource, oldId: string, display: string): Edit {
  const { doc, yaml, yamlStart } = source;
  const at = (offset: number, text: string): Edit => ({ start: yamlStart + offset, end: yamlStart + offset, text });
  if (!isMap(doc.contents)) throw new MoveError(`${display}: the frontmatter is not a list of fields: run npm run validate`);
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'formerIds');

  // No formerIds yet: a new last field (where the content model lists it).
  if (!pair) return { start: source.closingFence, end: source.closingFence, text: `formerIds: [${oldId}]\n` };

  const value = pair.value;
  // `formerIds:` with nothing after it (or `~`, `null`): write the list in its place.
  if (isScalar(value) && value.value === null && value.range) {
    const [start, end] = value.range;
    return { start: yamlStart + start, end: yamlStart + end, text: `${yaml[start - 1] === ':' ? ' ' : ''}[${oldId}]` };
  }
  if (!isSeq(value) || !value.range) throw new MoveError(`${display}: formerIds must be a list, e.g. [old-id]: fix it first, then move`);

  const last = value.items[value.items.length - 1];
  if (value.flow) {
    // [a, b] → [a, b, old]; [] → [old]; a trailing comma or a line break before ] is kept.
    if (last && isScalar(last) && last.range) return at(last.range[1], `, ${oldId}`);
    const close = yaml.lastIndexOf(']', value.range[1] - 1);
    return at(close, oldId);
  }
  // Block list: a new "- old" line under the last item, indented like the first.
  if (!last || !isScalar(last) || !last.range) throw new MoveError(`${display}: formerIds is not a list of ids: fix it first, then move`);
  const lineStart = yaml.lastIndexOf('\n', value.range[0] - 1) + 1;
  const indent = ' '.repeat(value.range[0] - lineStart);
  const lineEnd = yaml.indexOf('\n', last.range[1]);
  return at(lineEnd === -1 ? yaml.length : lineEnd, `\n${indent}- ${oldId}`);
}
