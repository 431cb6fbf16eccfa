/**
 * Every field of a content schema, nested ones included, in schema order: `review.status`
 * for a field of a group, `defendants[].charges[].verdict` for a field of each item of a list.
 */
import { defOf, isOptional, unwrap, type AnySchema, type Meta } from './schema-nodes.ts';

export interface FieldRow {
  path: string;
  /** Required in its group: a nested field is only needed when its group is given. */
  required: boolean;
  /** The value schema, wrappers removed. */
  schema: AnySchema;
  /** For a list, the schema of each item, wrappers removed. */
  item?: AnySchema;
  meta: Meta;
}

export function fieldRows(root: AnySchema): FieldRow[] {
  const rows: FieldRow[] = [];
  const object = unwrap(root).schema;
  if (defOf(object).type !== 'object') throw new Error(`a content schema is an object, not ${defOf(object).type}`);
  addFields(object, '', rows);
  return rows;
}

function addFields(object: AnySchema, prefix: string, rows: FieldRow[]) {
  for (const [key, field] of Object.entries(defOf(object).shape ?? {})) {
    const path = prefix + key;
    const { schema, meta } = unwrap(field);
    const def = defOf(schema);
    const item = def.type === 'array' && def.element ? unwrap(def.element).schema : undefined;
    rows.push({ path, required: !isOptional(field), schema, item, meta });
    if (def.type === 'object') addFields(schema, `${path}.`, rows);
    if (item && defOf(item).type === 'object') addFields(item, `${path}[].`, rows);
  }
}
