/**
 * Most summaries are plain prose: `##` headings and paragraphs. For those, the Markdown tree the
 * checks need (headings and paragraphs with positions) is built from the lines directly, many
 * times faster than a full parse of 10,000 files. Anything else — emphasis, links, HTML, lists,
 * code, tables, quotes, setext headings — returns undefined, and the full parser runs. tests/unit/plain-body.test.ts checks that both give the same tree.
 */
import type { Heading, Paragraph, Root } from 'mdast';

const NEEDS_PARSER = /[<[\]`|\\&~]|https?:|www\.|^ {4}|^\t|^ {0,3}(?:[-*_=+]|\d+[.)])|^ {0,3}>|^ {0,3}#{1,6}[^\s#]|^ {0,3}#{7}/m;
const ATX = /^( {0,3})(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;

export function plainBodyTree(body: string): Root | undefined {
  if (NEEDS_PARSER.test(body)) return undefined;
  const root: Root = { type: 'root', children: [] };
  let offset = 0;
  let paragraph: { start: number; line: number; column: number; end: number; endLine: number; endColumn: number } | undefined;
  const point = (line: number, column: number, at: number) => ({ line, column, offset: at });
  const close = () => {
    if (!paragraph) return;
    const position = { start: point(paragraph.line, paragraph.column, paragraph.start), end: point(paragraph.endLine, paragraph.endColumn, paragraph.end) };
    const node: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: body.slice(paragraph.start, paragraph.end), position }], position };
    root.children.push(node);
    paragraph = undefined;
  };
  const lines = body.split('\n');
  lines.forEach((text, index) => {
    const line = index + 1;
    const heading = ATX.exec(text);
    if (heading) {
      close();
      const [, indent, hashes, content] = heading;
      if (/[*_]/.test(content)) throw new NeedsParser(); // emphasis in a heading: let the parser decide
      const contentStart = offset + text.indexOf(content, indent.length + hashes.length);
      const end = point(line, text.length + 1, offset + text.length);
      const node: Heading = {
        type: 'heading',
        depth: hashes.length as Heading['depth'],
        children: content
          ? [
              {
                type: 'text',
                value: content,
                position: {
                  start: point(line, contentStart - offset + 1, contentStart),
                  end: point(line, contentStart - offset + 1 + content.length, contentStart + content.length),
                },
              },
            ]
          : [],
        position: { start: point(line, indent.length + 1, offset + indent.length), end },
      };
      root.children.push(node);
    } else if (text.trim() === '') {
      close();
    } else {
      if (/[*_]/.test(text)) throw new NeedsParser(); // emphasis makes its own nodes: let the parser build them
      const lead = text.length - text.trimStart().length;
      const trimmedEnd = text.trimEnd().length;
      if (paragraph) Object.assign(paragraph, { end: offset + trimmedEnd, endLine: line, endColumn: trimmedEnd + 1 });
      else paragraph = { start: offset + lead, line, column: lead + 1, end: offset + trimmedEnd, endLine: line, endColumn: trimmedEnd + 1 };
    }
    offset += text.length + 1;
  });
  close();
  if (root.children.length) root.position = { start: point(1, 1, 0), end: point(lines.length, lines[lines.length - 1].length + 1, body.length) };
  return root;
}

class NeedsParser extends Error {}

/** The tree of a plain body, or undefined when only the full parser can say. */
export function tryPlainBodyTree(body: string): Root | undefined {
  try {
    return plainBodyTree(body);
  } catch (error) {
    if (error instanceof NeedsParser) return undefined;
    throw error;
  }
}
