/** Checks one content file on its own: bytes, frontmatter, schema, body. */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import type { ContentType } from '../../../schemas/index.ts';
import { checkBody, countNumberedParagraphs, type InternalLink } from './body.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkAgainstSchema } from './schema-issues.ts';
import { placeholderWarnings } from './placeholders.ts';
import { privacyWarnings } from './privacy.ts';
import { decodeSource } from './source-text.ts';
import { locate, parseYaml, quickFrontmatter, type Located, type ParsedYaml } from './yaml-document.ts';

export type Position = { line: number; column: number };

export interface Entry {
  type: ContentType;
  id: string;
  /** Path as printed in messages, relative to the working directory. */
  file: string;
  /** For cases: the jurisdiction folder the file is in. */
  folder?: string;
  data: Record<string, unknown>;
  body: string;
  bodyFirstLine: number;
  links: InternalLink[];
  /** How many numbered paragraphs its page shows (para. 1 … N), for collection items that point at one. */
  paragraphs: number;
  /** Where a frontmatter value is written, for problems found across files (`related.0.id`). */
  where: (path: readonly PropertyKey[]) => Position;
  /**
   * False when the frontmatter broke the schema: the entry still takes part in the checks
   * across files (so every problem shows at once), but is never published.
   */
  valid: boolean;
}

const START = { line: 1, column: 1 };

/** Positions of the values other files' checks may complain about, kept small (no YAML tree). */
function rememberPositions(parsed: ParsedYaml, data: Record<string, unknown>): Entry['where'] {
  const positions = new Map<string, Position>();
  const keep = (path: PropertyKey[]) => positions.set(path.join('.'), locate(parsed, path, START));
  for (const key of ['title', 'jurisdiction', 'related', 'items', 'formerIds']) keep([key]);
  const each = (value: unknown, path: (i: number) => PropertyKey[]) => Array.isArray(value) && value.forEach((_, i) => keep(path(i)));
  each(data.related, (i) => ['related', i, 'id']);
  each(data.items, (i) => ['items', i, 'ref']);
  each(data.items, (i) => ['items', i, 'paragraph']);
  each(data.formerIds, (i) => ['formerIds', i]);
  return (path: readonly PropertyKey[]) => positions.get(path.join('.')) ?? START;
}

/** Positions are worked out only if a check across files needs one (rare): parse with positions then. */
export function lazyPositions(yaml: string, firstLine: number, data: Record<string, unknown>): Entry['where'] {
  let where: Entry['where'] | undefined;
  return (path) => (where ??= rememberPositions(parseYaml(yaml, firstLine), data))(path);
}

export function checkEntryFile(absolutePath: string, file: string, type: ContentType, id: string, schema: z.ZodType) {
  const problems: Located[] = [];
  const warnings: Located[] = [];
  const source = decodeSource(readFileSync(absolutePath));
  if (!source.ok) return { problems: [source], warnings };
  const split = splitFrontmatter(source.text);
  if (!split.ok) return { problems: [split], warnings };
  const bodyCheck = checkBody(type, split.body, split.bodyFirstLine);
  problems.push(...bodyCheck.problems);
  warnings.push(...bodyCheck.warnings, ...placeholderWarnings(split.yaml, split.yamlFirstLine));
  const finish = (data: Record<string, unknown>, valid: boolean, where: Entry['where']) => {
    const entry: Entry = {
      type,
      id,
      file,
      data,
      body: split.body,
      bodyFirstLine: split.bodyFirstLine,
      links: bodyCheck.links,
      paragraphs: countNumberedParagraphs(bodyCheck.tree),
      where,
      valid,
    };
    if (valid) {
      // A heuristic guard: bodies should never name a victim (see CONTRIBUTING.md, Privacy).
      const labels = ((data.defendants as { label: string }[] | undefined) ?? []).map((d) => d.label);
      warnings.push(...privacyWarnings(split.body, split.bodyFirstLine, String(data.title), labels, bodyCheck.tree));
    }
    return { entry, problems, warnings, yaml: split.yaml, yamlFirstLine: split.yamlFirstLine };
  };
  // Most files are valid: a fast parse and the schema settle them. Anything else is parsed
  // again with positions, so every problem is reported by one path, at its line and column.
  const quick = quickFrontmatter(split.yaml);
  if (quick) {
    const result = schema.safeParse(quick);
    if (result.success)
      return finish(result.data as Record<string, unknown>, true, lazyPositions(split.yaml, split.yamlFirstLine, result.data as Record<string, unknown>));
  }
  const parsed = parseYaml(split.yaml, split.yamlFirstLine);
  problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return { problems, warnings };
  if (parsed.data === null || parsed.data === undefined || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    problems.push({ line: 2, column: 1, message: 'the frontmatter must be fields written as `key: value` lines' });
    return { problems, warnings };
  }
  const checked = checkAgainstSchema(schema, parsed, START);
  problems.push(...checked.problems);
  const data = (checked.data ?? parsed.data) as Record<string, unknown>;
  return finish(data, !!checked.data, rememberPositions(parsed, data));
}
