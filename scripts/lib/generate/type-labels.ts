/** The "type" column of the reference: what a field accepts, in words, linked to its rule. */
import { anchor, code } from './markdown.ts';
import { defOf, limitsOf, unwrap, type AnySchema, type Classifier, type ValueKind } from './schema-nodes.ts';

interface Noun {
  one: string;
  many: string;
}

const KIND_NOUNS: Record<ValueKind, Noun> = {
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

function noun(schema: AnySchema, classify: Classifier): Noun {
  const vocabulary = classify.vocabularyOf(schema);
  if (vocabulary) {
    const link = `[${code(vocabulary)}](#${anchor(vocabulary)})`;
    return { one: `${link} term`, many: `${link} terms` };
  }
  const kind = classify.kindOf(schema);
  if (kind) return KIND_NOUNS[kind];
  const def = defOf(schema);
  const limits = limitsOf(schema);
  switch (def.type) {
    case 'string': {
      // A minimum of one character only says "not empty", which every text field is.
      const length = range(limits.min !== undefined && limits.min > 1 ? limits.min : undefined, limits.max, ' characters');
      return { one: `text${length}`, many: `text values${length}` };
    }
    case 'number': {
      const what = limits.integer ? 'whole number' : 'number';
      return { one: `${what}${range(limits.min, limits.max, '')}`, many: `${what}s${range(limits.min, limits.max, '')}` };
    }
    case 'boolean':
      return { one: '`true` or `false`', many: '`true` or `false` values' };
    case 'enum': {
      const values = Object.values(def.entries ?? {})
        .map(code)
        .join(', ');
      return { one: `one of ${values}`, many: `values, each one of ${values}` };
    }
    case 'object':
      return { one: 'group of fields (below)', many: 'groups of fields (below)' };
    case 'array':
      return { one: listLabel(schema, classify), many: 'lists' };
    default:
      return { one: def.type, many: def.type };
  }
}

function listLabel(schema: AnySchema, classify: Classifier): string {
  const items = noun(unwrap(defOf(schema).element!).schema, classify);
  const { min } = limitsOf(schema);
  return `list of ${items.many}${min ? `, at least ${min}` : ''}`;
}

export function typeLabel(schema: AnySchema, classify: Classifier): string {
  return noun(schema, classify).one;
}
