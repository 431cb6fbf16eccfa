/** References to things outside the entry: treaty articles, jurisdictions, countries. */
import { z } from 'astro/zod';
import { guessCountryCode, type Catalog } from './catalog.ts';
import { INSTRUMENT_CODES, PINPOINT_FORM, type InstrumentCode } from './instrument.ts';
import { suggest } from './suggest.ts';
import { textError } from './value-kinds.ts';

/** `TIP-3`, `TIP-3(a)`, `UNTOC-18`, `SOM-6(1)`: instrument, article, one optional pinpoint. */
export const ARTICLE_REF_PATTERN = new RegExp(`^(${INSTRUMENT_CODES.join('|')})-([1-9][0-9]*)(?:\\((${PINPOINT_FORM})\\))?$`);

export interface ArticleRef {
  instrument: InstrumentCode;
  article: number;
  pinpoint?: string;
  /** `TIP-3` for `TIP-3(b)`: the key of the article page. */
  articleKey: string;
}

export function parseArticleRef(ref: string): ArticleRef | undefined {
  const match = ARTICLE_REF_PATTERN.exec(ref);
  if (!match) return undefined;
  const [, instrument, article, pinpoint] = match;
  return { instrument: instrument as InstrumentCode, article: Number(article), pinpoint, articleKey: `${instrument}-${article}` };
}

/** A repaired form of a near-miss reference ("tip 3 (a)" → "TIP-3(a)"), if there is one. */
function repairArticleRef(ref: string): string | undefined {
  const match = /^\s*(untoc|tip|som)\s*[- ]?\s*(?:art(?:icle)?\.?\s*)?([0-9]+)\s*(?:\(\s*([a-z]|[0-9]{1,2})\s*\)|\s*([a-z]))?\s*$/i.exec(ref);
  if (!match) return undefined;
  const [, code, article, pinpoint, bare] = match;
  const pin = pinpoint ?? bare;
  return `${code.toUpperCase()}-${Number(article)}${pin ? `(${pin.toLowerCase()})` : ''}`;
}

/** Why a reference is not in the form CODE-NUMBER, with the repaired form when there is one. */
function articleRefFormProblem(value: string): string {
  const repaired = repairArticleRef(value);
  return (
    `article reference "${value}" is not in the form CODE-NUMBER, e.g. "TIP-3" or "TIP-3(a)"` +
    (repaired && parseArticleRef(repaired) ? ` (did you mean "${repaired}"?)` : '')
  );
}

export function articleRefSchema(catalog: Catalog) {
  return z
    .string()
    .regex(ARTICLE_REF_PATTERN, { error: textError(articleRefFormProblem), abort: true })
    .meta({
      description: 'a treaty article: UNTOC-<n>, TIP-<n> or SOM-<n>, optionally with one pinpoint',
      example: 'TIP-3(b)',
      kind: 'article',
      hint: `instruments: ${INSTRUMENT_CODES.join(', ')}`,
    })
    .superRefine((value, ctx) => {
      // The form is checked (and the parse cannot fail); what a pattern cannot know is how many articles there are.
      const parsed = parseArticleRef(value)!;
      const instrument = catalog.instruments.get(parsed.instrument);
      const count = instrument?.articles.length ?? 0;
      if (parsed.article > count) {
        const name = instrument?.shortTitle.en ?? parsed.instrument;
        ctx.addIssue({ code: 'custom', message: `${name} has no article ${parsed.article} (it has articles 1 to ${count})` });
      }
    });
}

export function jurisdictionSchema(catalog: Catalog) {
  const bodies = catalog.vocabularies.bodies.terms.map((t) => t.id);
  return z
    .enum([...catalog.jurisdictions.keys()].sort() as [string, ...string[]], {
      error: textError((value) => {
        const upper = value.toUpperCase();
        const guess = catalog.jurisdictions.has(upper) ? upper : (guessCountryCode(value) ?? suggest(value, bodies));
        return (
          `unknown jurisdiction "${value}": use an ISO 3166-1 alpha-3 country code (GBR, NGA, PHL) or a body code (${bodies.join(', ')})` +
          (guess && catalog.jurisdictions.has(guess) ? ` (did you mean "${guess}"?)` : '')
        );
      }),
    })
    .meta({ description: 'ISO 3166-1 alpha-3 country code in upper case, or a body code from bodies.yaml', example: 'GBR', kind: 'jurisdiction' });
}

export function countryCodeSchema(catalog: Catalog) {
  return z
    .enum([...catalog.countryCodes].sort() as [string, ...string[]], {
      error: textError((value) => {
        const guess = catalog.countryCodes.has(value.toUpperCase()) ? value.toUpperCase() : guessCountryCode(value);
        return `unknown country code "${value}": use an ISO 3166-1 alpha-3 code such as "NGA"` + (guess ? ` (did you mean "${guess}"?)` : '');
      }),
    })
    .meta({ description: 'ISO 3166-1 alpha-3 country code in upper case', example: 'NGA', kind: 'country' });
}
