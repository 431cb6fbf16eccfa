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

export type Region = 'africa' | 'americas' | 'asia' | 'europe' | 'oceania' | 'international';

export interface Jurisdiction {
  code: string;
  kind: 'country' | 'body';
  region: Region;
  names: Labels;
}

export interface Catalog {
  vocabularies: Record<VocabularyName, Vocabulary>;
  jurisdictions: Map<string, Jurisdiction>;
  /** ISO 3166-1 alpha-3 codes of countries only (nationalities). */
  countryCodes: Set<string>;
  instruments: Map<InstrumentCode, Instrument>;
}

const UN_REGIONS: Record<string, Region> = { Africa: 'africa', Americas: 'americas', Asia: 'asia', Europe: 'europe', Oceania: 'oceania' };

/** Countries that belong to a UN region (Antarctica belongs to none and is left out). */
function countryJurisdictions(): Jurisdiction[] {
  const regionOf = new Map(worldCountries.map((c) => [c.cca3, UN_REGIONS[c.region]]));
  regionOf.set('XKK', 'europe'); // Kosovo: world-countries files it as UNK
  return Object.keys(countries.getAlpha2Codes()).flatMap((alpha2) => {
    const code = countries.alpha2ToAlpha3(alpha2)!;
    const region = regionOf.get(code);
    if (!region) return [];
    const names = Object.fromEntries(UN_LANGUAGES.map((l) => [l, countries.getName(alpha2, l, { select: 'official' }) ?? code])) as Labels;
    return [{ code, kind: 'country' as const, region, names }];
  });
}

let countryCache: Jurisdiction[] | undefined;

export function buildCatalog(vocabularies: Record<VocabularyName, Vocabulary>, instruments: Map<InstrumentCode, Instrument>): Catalog {
  countryCache ??= countryJurisdictions();
  const jurisdictions = new Map<string, Jurisdiction>();
  for (const country of countryCache) jurisdictions.set(country.code, country);
  for (const body of vocabularies.bodies.terms) {
    jurisdictions.set(body.id, { code: body.id, kind: 'body', region: 'international', names: body.label });
  }
  return { vocabularies, jurisdictions, countryCodes: new Set(countryCache.map((c) => c.code)), instruments };
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
