/**
 * Every field of a content schema, nested ones included, in schema order: `review.status`
 * for a field of a group, `defendants[].charges[].verdict` for a field of each item of a list.
 * Read from the schema's JSON Schema (schema-nodes.ts), as the editor schemas are.
 */
import type { z } from 'astro/zod';
import { inputJsonSchema, type JsonSchemaNode } from './schema-nodes.ts';

export interface FieldRow {
  path: string;
  /** Required in its group: a nested field is only needed when its group is given. */
  required: boolean;
  /** The value's JSON Schema. */
  schema: JsonSchemaNode;
  /** For a list, the JSON Schema of each item. */
  item?: JsonSchemaNode;
  meta: { description?: string; example?: string };
}

export function fieldRows(root: z.ZodType): FieldRow[] {
  const rows: FieldRow[] = [];
  const object = inputJsonSchema(root);
  if (object.type !== 'object') throw new Error(`a content schema is an object, not ${JSON.stringify(object.type)}`);
  addFields(object, '', rows);
  return rows;
}

function addFields(object: JsonSchemaNode, prefix: string, rows: FieldRow[]) {
  const required = new Set(object.required ?? []);
  for (const [key, schema] of Object.entries(object.properties ?? {})) {
    const path = prefix + key;
    const item = schema.type === 'array' ? schema.items : undefined;
    rows.push({ path, required: required.has(key), schema, item, meta: { description: schema.description, example: schema.example } });
    if (schema.type === 'object') addFields(schema, `${path}.`, rows);
    if (item?.type === 'object') addFields(item, `${path}[].`, rows);
  }
}
