/** The "type" column of the reference: what a field accepts, in words, linked to its rule. */
import type { ValueKind } from '../../../schemas/value-kinds.ts';
import { anchor, code } from './markdown.ts';
import { limitsOf, type JsonSchemaNode } from './schema-nodes.ts';

interface Noun {
  one: string;
  many: string;
}

/** A term is named by its vocabulary, the other kinds by these. */
const KIND_NOUNS: Record<Exclude<ValueKind, 'term'>, Noun> = {
  date: { one: 'date `YYYY-MM-DD`', many: 'dates `YYYY-MM-DD`' },
  'year-or-date': { one: 'year `YYYY` or date `YYYY-MM-DD`', many: 'years or dates' },
  'web-address': { one: 'web address `https://…`', many: 'web addresses `https://…`' },
  language: { one: '[language code](#languages)', many: '[language codes](#languages)' },
  id: { one: '[id](#files-and-ids)', many: '[ids](#files-and-ids)' },
  jurisdiction: { one: '[jurisdiction code](#jurisdictions)', many: '[jurisdiction codes](#jurisdictions)' },
  country: { one: '[country code](#jurisdictions) (ISO 3166-1 alpha-3)', many: '[country codes](#jurisdictions) (ISO 3166-1 alpha-3)' },
  article: { one: '[article reference](#treaty-articles)', many: '[article references](#treaty-articles)' },
  'entry-ref': { one: 'entry reference `<folder>/<id>` or `model-laws/<id>#<provision id>`', many: 'entry references' },
};

function range(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return ` (${min}–${max}${unit})`;
  if (min !== undefined) return unit ? ` (at least ${min}${unit})` : ` (${min} or more)`;
  if (max !== undefined) return unit ? ` (at most ${max}${unit})` : ` (${max} or less)`;
  return '';
}

function noun(node: JsonSchemaNode): Noun {
  if (node.vocabulary) {
    const link = `[${code(node.vocabulary)}](#${anchor(node.vocabulary)})`;
    return { one: `${link} term`, many: `${link} terms` };
  }
  if (node.kind && node.kind !== 'term') return KIND_NOUNS[node.kind];
  if (node.enum) {
    const values = node.enum.map((value) => code(String(value))).join(', ');
    return { one: `one of ${values}`, many: `values, each one of ${values}` };
  }
  const limits = limitsOf(node);
  switch (node.type) {
    case 'string': {
      // A minimum of one character only says "not empty", which every text field is.
      const length = range(limits.min !== undefined && limits.min > 1 ? limits.min : undefined, limits.max, ' characters');
      return { one: `text${length}`, many: `text values${length}` };
    }
    case 'number':
    case 'integer': {
      const what = limits.integer ? 'whole number' : 'number';
      return { one: `${what}${range(limits.min, limits.max, '')}`, many: `${what}s${range(limits.min, limits.max, '')}` };
    }
    case 'boolean':
      return { one: '`true` or `false`', many: '`true` or `false` values' };
    case 'object':
      return { one: 'group of fields (below)', many: 'groups of fields (below)' };
    case 'array':
      return { one: listLabel(node), many: 'lists' };
    default:
      throw new Error(`no words for a field of JSON Schema type ${JSON.stringify(node.type)}: give its schema a kind (schemas/value-kinds.ts)`);
  }
}

function listLabel(node: JsonSchemaNode): string {
  const items = noun(node.items ?? {});
  const { min } = limitsOf(node);
  return `list of ${items.many}${min ? `, at least ${min}` : ''}`;
}

export function typeLabel(node: JsonSchemaNode): string {
  return noun(node).one;
}
