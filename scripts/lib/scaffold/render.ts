/**
 * Writes a draft as a content file: the answered fields in schema order, every optional field
 * as a commented-out example (described from the schema's own `.meta()` and the vocabularies,
 * so the template never drifts from the validator), then the body template.
 */
import { z } from 'astro/zod';
import { Document, isScalar, visit } from 'yaml';
import type { Catalog, ContentType } from '../../../schemas/index.ts';
import { objectKeys, schemaAt } from '../../../src/lib/corpus/schema-issues.ts';
import { bodyTemplate } from './body-template.ts';
import type { Draft } from './draft.ts';

type Path = readonly PropertyKey[];

/** As the existing entries are written: no folding, `[a, b]` without inner spaces. */
const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false };

/** Bookkeeping fields a new entry never has: `npm run move` writes formerIds. */
const NOT_SUGGESTED = new Set(['formerIds', 'updated', 'review']);

/** What an entry of each type is called in messages. */
export const NOUN: Record<ContentType, string> = {
  case: 'case summary',
  tool: 'tool',
  'issue-paper': 'issue paper',
  'model-law': 'model law',
  collection: 'collection',
};
export const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

const HEADER = (type: ContentType) => [
  `# A new ${NOUN[type]}, written by \`npm run new\`: your answers are filled in below.`,
  '# Commented-out fields ("# field: example  # what it is") are optional. To use one, delete',
  '# the "# " at the start of each of its lines and give values you can source; delete the',
  '# ones you do not use. Other comments are guidance.',
];

/** Extra rules written above an optional field, beyond its description. */
const RULES: Record<string, string[]> = {
  victims: [
    '# Never name a victim, here or in the body: no names, no initials of minors, no details',
    '# that could identify one. Call them "the applicant", "the complainant", "V1".',
  ],
  defendants: ['# Name a defendant by initials or a role ("first defendant"); give a name only for a', '# company or a public official named in the judgment.'],
};

const typeOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType> } } })._zod.def;

function isOptional(root: z.ZodType, objectPath: Path, key: string): boolean {
  const found = schemaAt(root, objectPath);
  const field = found && typeOf(found.schema).shape?.[key];
  return !!field && field.safeParse(undefined).success;
}

/** A one-line YAML scalar, quoted only when YAML needs it. */
function scalar(value: unknown): string {
  return new Document(value).toString(YAML_OPTIONS).trimEnd();
}

function yamlLines(key: string, value: unknown): string[] {
  const doc = new Document({ [key]: value });
  // Lists of words on one line, as in the existing entries: purposes: [forced-labour, …].
  visit(doc, { Seq: (_, node) => void (node.flow = node.items.every((item) => isScalar(item))) });
  return doc.toString(YAML_OPTIONS).trimEnd().split('\n');
}

/** Puts object keys in the schema's order, recursively, so files read the same way. */
function inSchemaOrder(root: z.ZodType, path: Path, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item, i) => inSchemaOrder(root, [...path, i], item));
  if (!value || typeof value !== 'object') return value;
  const keys = objectKeys(root, path);
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (keys.indexOf(a) + 1 || Infinity) - (keys.indexOf(b) + 1 || Infinity));
  return Object.fromEntries(entries.map(([k, v]) => [k, inSchemaOrder(root, [...path, k], v)]));
}

/** "one of: a, b, c" for a vocabulary field, from the term schema's metadata. */
function vocabularyNote(catalog: Catalog, schema: z.ZodType | undefined, many: boolean): string | undefined {
  const field = schema && (z.globalRegistry.get(schema) as { vocabulary?: string } | undefined)?.vocabulary;
  const vocabulary = field && Object.values(catalog.vocabularies).find((v) => v.field === field);
  return vocabulary ? `${many ? 'one or more of' : 'one of'}: ${vocabulary.terms.map((t) => t.id).join(', ')}` : undefined;
}

/** The description, and the allowed values unless the description already lists them. */
function describe(description: string | undefined, values: string | undefined): string {
  if (description && /^one of the \w+ vocabulary$/.test(description)) description = undefined; // says nothing the list does not
  const listed =
    values &&
    description &&
    values
      .split(': ')[1]
      .split(', ')
      .every((id) => description!.includes(id));
  return [description, listed ? undefined : values].filter(Boolean).join(' — ');
}

/** `key: example  # description` lines for an optional field, nested groups written out. */
function exampleLines(root: z.ZodType, catalog: Catalog, path: Path, key: string): string[] {
  const found = schemaAt(root, path)!;
  const element = schemaAt(root, [...path, 0]);
  const isList = typeOf(found.schema).type === 'array';
  const values = vocabularyNote(catalog, isList ? element?.schema : found.schema, isList);
  const note = describe(found.meta.description, values);
  const comment = note ? `  # ${note}` : '';

  const itemKeys = isList ? objectKeys(root, [...path, 0]) : [];
  const groupKeys = objectKeys(root, path);
  if (itemKeys.length) {
    const children = itemKeys.flatMap((k) => exampleLines(root, catalog, [...path, 0, k], k));
    return [`${key}:${comment}`, ...children.map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))];
  }
  if (groupKeys.length) {
    return [`${key}:${comment}`, ...groupKeys.flatMap((k) => exampleLines(root, catalog, [...path, k], k)).map((line) => `  ${line}`)];
  }
  const example = found.meta.example ?? '…';
  // A closed list (z.enum) holds text too: its example is quoted where YAML needs it.
  const isText = ['string', 'enum'].includes(typeOf(found.schema).type);
  return [`${key}: ${isText ? scalar(example) : example}${comment}`];
}

const commented = (lines: string[]) => lines.map((line) => `# ${line}`);

/** Optional keys of the first item of a one-item list (a source's url), as commented examples. */
function missingItemKeys(root: z.ZodType, catalog: Catalog, key: string, items: unknown[]): string[] {
  if (items.length !== 1 || !items[0] || typeof items[0] !== 'object') return [];
  const given = Object.keys(items[0] as object);
  return objectKeys(root, [key, 0])
    .filter((k) => !given.includes(k) && isOptional(root, [key, 0], k))
    .flatMap((k) => commented(exampleLines(root, catalog, [key, 0, k], k).map((line) => `    ${line}`)));
}

export function renderEntry(type: ContentType, draft: Draft, root: z.ZodType, catalog: Catalog): string {
  const lines = ['---', ...HEADER(type)];
  for (const key of objectKeys(root, [])) {
    if (draft[key] !== undefined) {
      if (key === 'review') lines.push('# The review status stays draft until someone checks the entry against the primary source.');
      const value = inSchemaOrder(root, [key], draft[key]);
      lines.push(...yamlLines(key, value));
      if (Array.isArray(value)) lines.push(...missingItemKeys(root, catalog, key, value));
    } else if (isOptional(root, [], key) && !NOT_SUGGESTED.has(key)) {
      lines.push(...(RULES[key] ?? []), ...commented(exampleLines(root, catalog, [key], key)));
    }
  }
  lines.push('---', '', bodyTemplate(type));
  return lines.join('\n');
}
