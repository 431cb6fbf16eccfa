/**
 * Reading zod 4 schemas as data: wrappers, required-ness, checks, and what kind of value a
 * node accepts. The reference and the editor schemas both classify fields here, so that they
 * cannot disagree about which field is a date, a vocabulary term or an article reference.
 */
import { z } from 'astro/zod';
import type { Catalog } from '../../../schemas/index.ts';
import { collectionSchema } from '../../../schemas/collection.ts';
import { dateSchema, idSchema, publishedSchema, urlSchema } from '../../../schemas/common.ts';
import { languageSchema } from '../../../schemas/languages.ts';
import { articleRefSchema, countryCodeSchema, jurisdictionSchema } from '../../../schemas/references.ts';
import { schemaAt } from '../../../src/lib/corpus/schema-issues.ts';

export type AnySchema = z.ZodType;

export interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  entries?: Record<string, string>;
  checks?: Array<{ _zod: { def: Check } }>;
}
interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
}
export interface Meta {
  description?: string;
  example?: string;
  vocabulary?: string;
}

export const defOf = (schema: AnySchema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const parentOf = (schema: AnySchema) => (schema as unknown as { _zod: { parent?: AnySchema } })._zod.parent;
export const metaOf = (schema: AnySchema) => (z.globalRegistry.get(schema) ?? {}) as Meta;

/** The value schema under optional/default/pipe wrappers, with the outermost description. */
export function unwrap(schema: AnySchema): { schema: AnySchema; meta: Meta } {
  const found = schemaAt(schema, [])!;
  return { schema: found.schema, meta: { ...metaOf(found.schema), ...found.meta } };
}

/** Whether an object may leave this field out (zod's `.optional()` or `.default()`). */
export function isOptional(schema: AnySchema): boolean {
  for (let current: AnySchema | undefined = schema; current; current = defOf(current).innerType) {
    const type = defOf(current).type;
    if (type === 'optional' || type === 'default' || type === 'prefault') return true;
  }
  return false;
}

/** Length, size and range limits of a string, number or array node. */
export function limitsOf(schema: AnySchema): { min?: number; max?: number; integer: boolean } {
  const limits: { min?: number; max?: number; integer: boolean } = { integer: false };
  for (const { _zod } of defOf(schema).checks ?? []) {
    const check = _zod.def;
    if (check.check === 'min_length') limits.min = check.minimum;
    else if (check.check === 'max_length') limits.max = check.maximum;
    else if (check.check === 'greater_than') limits.min = check.value;
    else if (check.check === 'less_than') limits.max = check.value;
    else if (check.check === 'number_format' && check.format?.includes('int')) limits.integer = true;
  }
  return limits;
}

/** Values with a rule beyond their zod type; each is explained in the reference. */
export type ValueKind = 'date' | 'year-or-date' | 'web-address' | 'language' | 'id' | 'jurisdiction' | 'country' | 'article' | 'entry-ref';

/**
 * The description given where a schema was first defined (before any field-level `.meta()`).
 * zod 4 keeps `_zod.parent` on every clone, so a field's schema leads back to its origin.
 */
function originDescription(schema: AnySchema): string | undefined {
  const chain: AnySchema[] = [];
  for (let current: AnySchema | undefined = schema; current; current = parentOf(current)) chain.push(current);
  for (const node of chain.reverse()) {
    const description = metaOf(node).description;
    if (description) return description;
  }
  return undefined;
}

export interface Classifier {
  /** The vocabulary field name (`courtLevel`) when the node accepts one term of a vocabulary. */
  vocabularyOf: (schema: AnySchema) => string | undefined;
  kindOf: (schema: AnySchema) => ValueKind | undefined;
}

/**
 * Recognises the shared field types by where they were defined. The catalog-dependent ones
 * (jurisdictions, countries, articles) are made afresh by each schema, so they are recognised
 * by the description their factory gives them, read from a sample made with the same catalog.
 */
export function makeClassifier(catalog: Catalog): Classifier {
  const samples: Array<[AnySchema, ValueKind]> = [
    [dateSchema, 'date'],
    [publishedSchema, 'year-or-date'],
    [urlSchema, 'web-address'],
    [languageSchema, 'language'],
    [idSchema, 'id'],
    [jurisdictionSchema(catalog), 'jurisdiction'],
    [countryCodeSchema(catalog), 'country'],
    [articleRefSchema(catalog), 'article'],
    [schemaAt(collectionSchema(catalog), ['items', 0, 'ref'])!.schema, 'entry-ref'],
  ];
  const kinds = new Map<string, ValueKind>();
  for (const [sample, kind] of samples) {
    const origin = originDescription(unwrap(sample).schema);
    if (!origin) throw new Error(`the ${kind} schema has no .meta({ description }): the generator recognises it by that description`);
    if (kinds.has(origin)) throw new Error(`the ${kind} and ${kinds.get(origin)} schemas share the description "${origin}": give each its own`);
    kinds.set(origin, kind);
  }
  return {
    vocabularyOf: (schema) => metaOf(schema).vocabulary,
    kindOf: (schema) => {
      const origin = originDescription(schema);
      return origin === undefined ? undefined : kinds.get(origin);
    },
  };
}
