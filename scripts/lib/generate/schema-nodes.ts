/**
 * The content schemas read as data through the JSON Schema zod writes for them: fields,
 * required-ness, limits, and what kind of value a field accepts (its enum and pattern, and the
 * `kind` and `vocabulary` its schema sets with `.meta()`, schemas/value-kinds.ts). The editor
 * schemas, the reference and the data dictionary all read this one JSON, so they cannot
 * disagree about which field is a date, a vocabulary term or an article reference.
 */
import { z } from 'astro/zod';
import type { ValueMeta } from '../../../schemas/value-kinds.ts';

/** The parts of a draft-07 JSON Schema node the generators read; `.meta()` keys come through as written. */
export interface JsonSchemaNode extends ValueMeta {
  type?: string | string[];
  description?: string;
  /** The one example of `.meta()`, as written there (the editor schemas turn it into `examples`). */
  example?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  [keyword: string]: unknown;
}

/** What a contributor writes: the input side (before defaults and transforms), in draft-07, the version editors support. */
export function inputJsonSchema(schema: z.ZodType): JsonSchemaNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as JsonSchemaNode;
}

/** zod's `.int()` bounds a number to the safe integers; that is no limit a contributor needs told. */
const bound = (value: number | undefined) => (value === undefined || Math.abs(value) === Number.MAX_SAFE_INTEGER ? undefined : value);

/** Length, size and range limits of a text, number or list node. */
export function limitsOf(node: JsonSchemaNode): { min?: number; max?: number; integer: boolean } {
  switch (node.type) {
    case 'string':
      return { min: node.minLength, max: node.maxLength, integer: false };
    case 'array':
      return { min: node.minItems, max: node.maxItems, integer: false };
    default:
      return { min: bound(node.minimum), max: bound(node.maximum), integer: node.type === 'integer' };
  }
}
