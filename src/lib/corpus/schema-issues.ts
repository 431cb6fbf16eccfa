/**
 * zod issues → messages a contributor can act on, located at the offending value. Field
 * descriptions and examples come from the schemas' `.meta()`, so the messages, the generated
 * reference and the editor schema say the same thing.
 */
import type { z } from 'astro/zod';
import { z as zod } from 'astro/zod';
import { suggest } from '../../../schemas/suggest.ts';
import type { ValueMeta } from '../../../schemas/value-kinds.ts';
import { locate, locateKey, type Located, type ParsedYaml } from './yaml-document.ts';

type AnySchema = z.ZodType;
type Meta = ValueMeta & { description?: string; example?: string };

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  options?: AnySchema[];
}
const defOf = (s: AnySchema) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional/default/pipe wrappers, collecting the outermost metadata on the way. */
function unwrap(schema: AnySchema, meta: Meta = {}): { schema: AnySchema; meta: Meta } {
  const own = (zod.globalRegistry.get(schema) ?? {}) as Meta;
  const merged = {
    description: meta.description ?? own.description,
    example: meta.example ?? own.example,
    kind: meta.kind ?? own.kind,
    hint: meta.hint ?? own.hint,
  };
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType, merged);
  if (def.type === 'pipe' && def.out) return unwrap(def.in && defOf(def.in).type !== 'transform' ? def.in : def.out, merged);
  return { schema, meta: merged };
}

/** The schema (and its description) for the value at `path`, if the path exists in the schema. */
export function schemaAt(root: AnySchema, path: readonly PropertyKey[]) {
  let current = unwrap(root);
  for (const segment of path) {
    const def = defOf(current.schema);
    if (def.type === 'object' && def.shape && typeof segment === 'string' && def.shape[segment]) current = unwrap(def.shape[segment]);
    else if (def.type === 'array' && def.element && typeof segment === 'number') current = unwrap(def.element);
    else return undefined;
  }
  return current;
}

export function objectKeys(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const found = schemaAt(root, path);
  const def = found && defOf(found.schema);
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

const SINGULAR: Record<string, string> = {
  sources: 'source',
  defendants: 'defendant',
  charges: 'charge',
  related: 'related case',
  items: 'item',
  provisions: 'provision',
  articles: 'article',
  nationality: 'nationality',
  nationalities: 'nationality',
};

/** "defendant 1, charge 2: " for a value inside lists of groups; nothing for top-level fields. */
function context(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((segment, index) => {
    if (typeof segment !== 'number' || index === path.length - 1) return;
    const key = String(path[index - 1]);
    parts.push(`${SINGULAR[key] ?? key} ${segment + 1}`);
  });
  return parts.length ? `${parts.join(', ')}: ` : '';
}

function fieldName(path: readonly PropertyKey[]): string {
  const names = path.filter((s) => typeof s === 'string') as string[];
  const last = names[names.length - 1] ?? 'frontmatter';
  return typeof path[path.length - 1] === 'number' ? `each value of ${last}` : last;
}

const EXPECTED: Record<string, string> = {
  array: 'a list, e.g. [first, second]',
  object: 'a group of fields, each on its own indented line',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

function describeInput(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'empty';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  return `${typeof input} ${String(input)}`;
}

const example = (meta: Meta) => (meta.example ? `, e.g. ${meta.example}` : '');

/** The issues zod raises from a value kind's own list or checks, each worded there in full. */
const KIND_ISSUES = new Set<string>(['invalid_value', 'invalid_format', 'too_big']);

/**
 * A value kind (schemas/value-kinds.ts) is text. A closed list answers a value that is not text
 * at all (none, a number, a list) with invalid_value; it is worded as for any text field.
 */
function asTextIssue(root: AnySchema, issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_value' || typeof (issue as { input?: unknown }).input === 'string') return issue;
  if (!schemaAt(root, issue.path)?.meta.kind) return issue;
  return { ...issue, code: 'invalid_type', expected: 'string' } as unknown as z.core.$ZodIssue;
}

export function describeIssue(root: AnySchema, original: z.core.$ZodIssue): { message: string; hint?: string } {
  const issue = asTextIssue(root, original);
  const path = issue.path;
  const name = fieldName(path);
  const meta = schemaAt(root, path)?.meta ?? {};
  const prefix = context(path);
  const input = (issue as { input?: unknown }).input;
  // Its own message names the value ("unknown purpose "forced-labor"…"): no field name before it.
  if (meta.kind && KIND_ISSUES.has(issue.code)) return { message: `${prefix}${issue.message}`, hint: meta.hint };
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { message: `${prefix}${name} is required${meta.description ? `: ${meta.description}` : ''}${example(meta)}` };
      if (input === null) return { message: `${prefix}${name} is empty: give ${meta.description ?? 'a value'}${example(meta)}` };
      if (issue.expected === 'array' && typeof input === 'string') {
        return { message: `${prefix}${name} must be a list, even with one value: write [${input}]` };
      }
      return {
        message: `${prefix}${name} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeInput(input)}${issue.expected === 'string' ? ' (put the value in quotes)' : ''}`,
      };
    }
    case 'too_small':
      if (issue.origin === 'string') return { message: `${prefix}${name} is too short: at least ${issue.minimum} characters` };
      if (issue.origin === 'array')
        return {
          message: `${prefix}${issue.message.startsWith('give') || issue.message.startsWith('a ') ? issue.message : `${name} needs at least ${issue.minimum} value(s)`}`,
        };
      return { message: `${prefix}${name} must be at least ${issue.minimum}` };
    case 'too_big':
      if (issue.origin === 'string') return { message: `${prefix}${name} is too long: at most ${issue.maximum} characters` };
      return { message: `${prefix}${name} must be at most ${issue.maximum}` };
    case 'invalid_format':
      return { message: `${prefix}${name}: ${issue.message}` };
    case 'invalid_value':
      return { message: `${prefix}${issue.message}` };
    case 'custom': {
      const hint = (issue.params as { hint?: string } | undefined)?.hint;
      return { message: `${prefix}${issue.message}`, hint };
    }
    case 'invalid_union':
      return { message: `${prefix}${name}: ${issue.message}` };
    default:
      return { message: `${prefix}${name}: ${issue.message}` };
  }
}

/** Validates parsed frontmatter against a schema; every issue located in the file. */
export function checkAgainstSchema<T extends AnySchema>(schema: T, parsed: ParsedYaml, fallback: { line: number; column: number }) {
  const result = schema.safeParse(parsed.data, { reportInput: true });
  const problems: Located[] = [];
  if (result.success) return { data: result.data as z.infer<T>, problems };
  for (const raw of result.error.issues) {
    const issue = asTextIssue(schema, raw);
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeys(schema, issue.path);
      for (const key of issue.keys) {
        const guess = suggest(key, known);
        problems.push({
          ...locateKey(parsed, issue.path, key, fallback),
          message: `${context([...issue.path, key])}unknown field "${key}"` + (guess ? ` (did you mean "${guess}"?)` : ''),
          hint: known.length ? `fields allowed here: ${known.join(', ')}` : undefined,
        });
      }
      continue;
    }
    const missing = (issue as { input?: unknown }).input === undefined && issue.code === 'invalid_type';
    problems.push({ ...locate(parsed, issue.path, fallback, missing), ...describeIssue(schema, issue) });
  }
  return { data: undefined, problems };
}
