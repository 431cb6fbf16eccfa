/**
 * A case's related decisions: what its own file says, and the other side of what other files
 * say about it (B `cites` A gives A `cited-by` B). Contributors write one side only.
 */
import { CASE_RELATIONS, INVERSE_RELATION, type CaseRelation } from '../../schemas/index.ts';
import { perCorpus } from './entries.ts';

export interface Relation {
  id: string;
  relation: CaseRelation;
}

const relationsByCase = perCorpus((entries) => {
  const byCase = new Map<string, Relation[]>();
  const add = (from: string, relation: Relation) => {
    const list = byCase.get(from) ?? [];
    if (!list.some((r) => r.id === relation.id)) list.push(relation); // the case's own word comes first
    byCase.set(from, list);
  };
  const cases = entries.filter((e) => e.type === 'case');
  for (const entry of cases) for (const r of (entry.data.related as Relation[] | undefined) ?? []) add(entry.id, r);
  for (const entry of cases)
    for (const r of (entry.data.related as Relation[] | undefined) ?? []) add(r.id, { id: entry.id, relation: INVERSE_RELATION[r.relation] });
  const order = (r: Relation) => CASE_RELATIONS.indexOf(r.relation);
  for (const list of byCase.values()) list.sort((a, b) => order(a) - order(b));
  return byCase;
});

/** Every related decision of a case, both sides, grouped by relation in CASE_RELATIONS order. */
export function relatedCases(id: string): Relation[] {
  return relationsByCase().get(id) ?? [];
}
