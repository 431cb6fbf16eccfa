/**
 * Everything a schema needs to know besides the entry itself: the vocabularies, the
 * jurisdictions (ISO countries from i18n-iso-countries, UN regions from world-countries,
 * bodies from bodies.yaml) and the instruments. Built from data, never hand-typed lists.
 */
import { createRequire } from 'node:module';
import type { Instrument, InstrumentCode } from './instrument.ts';
import { UN_LANGUAGES, type Labels } from './languages.ts';
import type { Vocabulary, VocabularyName } from './vocabulary.ts';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
for (const lang of UN_LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
const worldCountries = require('world-countries') as Array<{ cca3: string; region: string }>;

/** A UN region: an id of content/vocabularies/regions.yaml (`africa` … `oceania`, `international`). */
export type Region = string;
/** The region every regional and international body also belongs to. */
export const INTERNATIONAL: Region = 'international';

export interface Jurisdiction {
  code: string;
  kind: 'country' | 'body';
  /**
   * Every region it belongs to: a country its UN region; a regional body the region it serves
   * and `international`; a universal body (ICC, CEDAW, HRC) `international` only.
   */
  regions: Region[];
  names: Labels;
}

export interface Catalog {
  vocabularies: Record<VocabularyName, Vocabulary>;
  jurisdictions: Map<string, Jurisdiction>;
  /** ISO 3166-1 alpha-3 codes of countries only (nationalities). */
  countryCodes: Set<string>;
  instruments: Map<InstrumentCode, Instrument>;
}

/**
 * Countries that belong to a UN region (Antarctica belongs to none and is left out). The
 * world-countries dataset names regions as regions.yaml's ids do, capitalised ("Africa").
 */
function countryJurisdictions(regionIds: ReadonlySet<string>): Jurisdiction[] {
  const regionOf = new Map(worldCountries.map((c) => [c.cca3, c.region.toLowerCase()]));
  regionOf.set('XKK', 'europe'); // Kosovo: world-countries files it as UNK
  return Object.keys(countries.getAlpha2Codes()).flatMap((alpha2) => {
    const code = countries.alpha2ToAlpha3(alpha2)!;
    const region = regionOf.get(code);
    if (!region || !regionIds.has(region) || region === INTERNATIONAL) return [];
    const names = Object.fromEntries(UN_LANGUAGES.map((l) => [l, countries.getName(alpha2, l, { select: 'official' }) ?? code])) as Labels;
    return [{ code, kind: 'country' as const, regions: [region], names }];
  });
}

let countryCache: { key: string; list: Jurisdiction[] } | undefined;

export function buildCatalog(vocabularies: Record<VocabularyName, Vocabulary>, instruments: Map<InstrumentCode, Instrument>): Catalog {
  const regionIds = new Set(vocabularies.regions.terms.map((t) => t.id));
  const key = [...regionIds].join();
  if (countryCache?.key !== key) countryCache = { key, list: countryJurisdictions(regionIds) };
  const jurisdictions = new Map<string, Jurisdiction>();
  for (const country of countryCache.list) jurisdictions.set(country.code, country);
  for (const body of vocabularies.bodies.terms) {
    const regions = body.region ? [body.region, INTERNATIONAL] : [INTERNATIONAL];
    jurisdictions.set(body.id, { code: body.id, kind: 'body', regions, names: body.label });
  }
  return { vocabularies, jurisdictions, countryCodes: new Set(countryCache.list.map((c) => c.code)), instruments };
}

/** ISO 3166-1's exceptionally reserved codes people type for these countries (UK, EL). */
const EXCEPTIONALLY_RESERVED: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** Alpha-3 code for a country name, alias or alpha-2 code a contributor may have typed instead. */
export function guessCountryCode(value: string): string | undefined {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return countries.alpha2ToAlpha3(EXCEPTIONALLY_RESERVED[upper] ?? upper) ?? undefined;
  const wanted = value.trim().toLowerCase();
  for (const [alpha2, names] of Object.entries(countries.getNames('en', { select: 'all' }) as Record<string, string[]>)) {
    if (names.some((name) => name.toLowerCase() === wanted)) return countries.alpha2ToAlpha3(alpha2);
  }
  return undefined;
}
