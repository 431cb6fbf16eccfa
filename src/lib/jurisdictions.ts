/** Jurisdictions that have cases, grouped by UN region (regions.yaml's order), with counts. */
import { collatorFor } from '../i18n/format.ts';
import type { InterfaceLanguage } from '../i18n/languages.ts';
import type { Region } from '../../schemas/index.ts';
import { catalog, jurisdictionName, perCorpus, type Entry } from './entries.ts';

/** The regions in the order of content/vocabularies/regions.yaml. */
export const regionIds = (): Region[] => catalog().vocabularies.regions.terms.map((t) => t.id);

/** The regions a jurisdiction belongs to (a regional body: the region it serves and international). */
export const regionsOf = (code: string): Region[] => catalog().jurisdictions.get(code)?.regions ?? [];

export const casesByJurisdiction = perCorpus((entries) => {
  const map = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.type !== 'case') continue;
    const code = String(entry.data.jurisdiction);
    if (!map.has(code)) map.set(code, []);
    map.get(code)!.push(entry);
  }
  return map;
});

/** Each region with the jurisdictions in it; a regional body appears under its region and under international. */
/** Regions with their jurisdictions, named and in alphabetical order in the page's language. */
export function jurisdictionsByRegion(lang: InterfaceLanguage = 'en') {
  const byCode = casesByJurisdiction();
  const collator = collatorFor(lang);
  return regionIds()
    .map((region) => ({
      region,
      jurisdictions: [...byCode.keys()]
        .filter((code) => regionsOf(code).includes(region))
        .map((code) => ({ code, name: jurisdictionName(code, lang), count: byCode.get(code)!.length }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.jurisdictions.length > 0);
}
