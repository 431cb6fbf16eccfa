/**
 * YAML with positions (the `yaml` package): parse a frontmatter block or a data file, report
 * every syntax problem at its line and column, refuse anchors and aliases (no alias bombs), and
 * find where a value sits so that schema problems can be located too.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

export interface Located {
  line: number;
  column: number;
  message: string;
  hint?: string;
}

export interface ParsedYaml {
  doc: Document.Parsed;
  /** Maps an offset in the YAML text to a position in the file. */
  position: (offset: number) => { line: number; column: number };
  data: unknown;
  problems: Located[];
}

/** Friendlier words for the YAML errors careless edits cause most. */
const YAML_ERROR_TEXT: Record<string, string> = {
  DUPLICATE_KEY: 'this key appears twice: keep one of them',
  TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML: indent with spaces',
  BAD_INDENT: 'the indentation is inconsistent: line up keys at the same level with spaces',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  BLOCK_AS_IMPLICIT_KEY: 'a key cannot span lines: is a colon or quote missing on the line before?',
  MULTILINE_IMPLICIT_KEY: 'a key cannot span lines: is a colon missing, or does a value need quotes?',
  UNEXPECTED_TOKEN: 'unexpected character: values starting with [ { > | * & ! % @ ` or containing ": " need quotes',
};

/**
 * @param firstLine the 1-based line of the file on which the YAML text starts
 */
export function parseYaml(text: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.min(offset, text.length));
    return { line: line + firstLine - 1, column: col };
  };
  const problems: Located[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const friendly = YAML_ERROR_TEXT[error.code];
    const original = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    // The parser notices a missing closing quote at the end of the block; point at where it opened.
    const opened = error.code === 'MISSING_CHAR' && /quote/i.test(original) ? unclosedQuoteOffset(text) : undefined;
    problems.push({
      ...position(opened ?? error.pos[0]),
      message: `YAML syntax: ${friendly ?? original}`,
      hint: friendly ? original : undefined,
    });
  }
  // One problem for all anchors and aliases: a file full of them (an alias bomb) is one mistake.
  const references: number[] = [];
  visit(doc, {
    Alias(_, node) {
      if (node.range) references.push(node.range[0]);
    },
    Node(_, node) {
      if (node.anchor && node.range) references.push(node.range[0]);
    },
  });
  if (references.length) {
    problems.push({
      ...position(Math.min(...references)),
      message:
        `YAML anchors and aliases (&name, *name) are not allowed in content files: write each value out in full` +
        (references.length > 1 ? ` (${references.length} found)` : ''),
    });
  }
  // Aliases are refused above, so toJS cannot expand an alias bomb; the limit is a second guard.
  const data = problems.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : undefined;
  return { doc, position, data, problems };
}

/**
 * Where the value at `path` is written; the key when the value is empty; the nearest
 * written ancestor's key when the value is missing altogether.
 */
export function locate(parsed: ParsedYaml, path: readonly PropertyKey[], fallback: { line: number; column: number }, preferKey = false) {
  let node: unknown = parsed.doc.contents;
  let lastKey: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      lastKey = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      lastKey = isNode(item) ? item : lastKey;
      node = item;
    } else break;
    if (node === null || node === undefined) break;
  }
  const valueNode = isNode(node) && !isAlias(node) && !(isScalar(node) && node.value === null) ? node : undefined;
  const target = preferKey ? lastKey : (valueNode ?? lastKey);
  return target?.range ? parsed.position(target.range[0]) : fallback;
}

/** Position of the key `name` inside the map at `path` (for unknown keys). */
export function locateKey(parsed: ParsedYaml, path: readonly PropertyKey[], name: string, fallback: { line: number; column: number }) {
  return locate(parsed, [...path, name], fallback, true);
}

/** Offset of a value that opens a quote and never closes it on its line (the usual slip). */
function unclosedQuoteOffset(text: string): number | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const match = /^(\s*(?:-\s+)?(?:[^\s:#][^:#]*:\s+)?)(["'])(.*)$/.exec(line);
    if (match) {
      const [, lead, quote, rest] = match;
      const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : rest.includes("'");
      if (!closed) return offset + lead.length;
    }
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * The frontmatter as data, fast (js-yaml, the YAML 1.2 core schema the full parser uses too), or
 * undefined when the text has anything the full parser must judge: anchors, aliases, tags, merge
 * keys, tabs, or a syntax error. Never used to report a problem.
 */
export function quickFrontmatter(text: string): Record<string, unknown> | undefined {
  if (/[&*!\t]|<</.test(text)) return undefined;
  try {
    const data = load(text, { schema: CORE_SCHEMA });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
