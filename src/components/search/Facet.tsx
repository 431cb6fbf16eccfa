/**
 * One facet: a disclosure with grouped checkboxes and live counts; pinpoints sit under their
 * article. A long facet (articles) has a box that filters its values as one types, and one
 * collapsible group per instrument.
 */
import { useState } from 'react';
import type { Facet as FacetConfig, FacetGroup, FacetValue } from '../../lib/search-facets.ts';

interface Props {
  facet: FacetConfig;
  selected: string[];
  counts: Record<string, number> | undefined;
  strings: Record<string, string>;
  onToggle: (value: string) => void;
}

const matches = (v: FacetValue, words: string[]) => words.every((w) => `${v.value} ${v.label}`.toLowerCase().includes(w));

export default function Facet({ facet, selected, counts, strings: s, onToggle }: Props) {
  const [filter, setFilter] = useState('');
  const id = `facet-${facet.key}`;
  const count = (value: string) => counts?.[value] ?? 0;
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  /** Values (and pinpoints) left by the filter box; an article stays when one of its pinpoints matches. */
  const visible = (values: FacetValue[]): FacetValue[] =>
    words.length === 0
      ? values
      : values.flatMap((v) => {
          const children = (v.children ?? []).filter((c) => matches(c, words));
          return matches(v, words) ? [v] : children.length ? [{ ...v, children }] : [];
        });
  const option = (v: FacetValue) => {
    const inputId = `${id}-${v.value.replace(/[^A-Za-z0-9-]/g, '_')}`;
    const n = count(v.value);
    return (
      <li key={v.value}>
        <span className="facet-option">
          <input
            type="checkbox"
            id={inputId}
            checked={selected.includes(v.value)}
            onChange={() => onToggle(v.value)}
            disabled={n === 0 && !selected.includes(v.value)}
          />
          <label htmlFor={inputId}>
            {v.label} <span className="facet-count">({n})</span>
          </label>
        </span>
        {v.children && v.children.length > 0 && <ul className="facet-children">{v.children.map(option)}</ul>}
      </li>
    );
  };
  const groupSelected = (g: FacetGroup) => g.values.some((v) => selected.includes(v.value) || (v.children ?? []).some((c) => selected.includes(c.value)));
  const groups = facet.groups.map((g) => ({ ...g, values: visible(g.values) })).filter((g) => g.values.length);
  return (
    <details className="facet" open={selected.length > 0 || undefined}>
      <summary>
        {facet.label}
        {selected.length > 0 && <span className="facet-selected"> ({selected.length})</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{facet.label}</legend>
        {facet.long && (
          <p className="facet-filter">
            <label htmlFor={`${id}-filter`}>{s.filterValues}</label>
            <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </p>
        )}
        {facet.long && groups.length === 0 && <p className="facet-empty">{s.filterNoMatch}</p>}
        {groups.map((group) =>
          facet.long ? (
            <details key={group.label} className="facet-group" open={words.length > 0 || groupSelected(group) || undefined}>
              <summary className="facet-group-label">
                {group.label} <span className="facet-count">({group.values.length})</span>
              </summary>
              <ul>{group.values.map(option)}</ul>
            </details>
          ) : (
            <div key={group.label || 'all'} className="facet-group">
              {group.label && <p className="facet-group-label">{group.label}</p>}
              <ul>{group.values.map(option)}</ul>
            </div>
          ),
        )}
      </fieldset>
    </details>
  );
}
