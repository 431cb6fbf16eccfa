/** Jurisdictions that have cases, grouped by UN region, with counts. */
import type { Region } from '../../schemas/index.ts';
import { catalog, jurisdictionName, perCorpus, type Entry } from './entries.ts';

export const REGION_ORDER: Region[] = ['international', 'africa', 'americas', 'asia', 'europe', 'oceania'];

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

export function jurisdictionsByRegion() {
  const byCode = casesByJurisdiction();
  return REGION_ORDER.map((region) => ({
    region,
    jurisdictions: [...byCode.keys()]
      .filter((code) => catalog().jurisdictions.get(code)!.region === region)
      .map((code) => ({ code, name: jurisdictionName(code), count: byCode.get(code)!.length }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((group) => group.jurisdictions.length > 0);
}
