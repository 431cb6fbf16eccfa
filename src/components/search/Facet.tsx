/** One facet: a disclosure with grouped checkboxes and live counts; pinpoints sit under their article. */
import type { Facet as FacetConfig, FacetValue } from '../../lib/search-facets.ts';

interface Props {
  facet: FacetConfig;
  selected: string[];
  counts: Record<string, number> | undefined;
  onToggle: (value: string) => void;
}

export default function Facet({ facet, selected, counts, onToggle }: Props) {
  const id = `facet-${facet.key}`;
  const count = (value: string) => counts?.[value] ?? 0;
  const option = (v: FacetValue) => {
    const inputId = `${id}-${v.value.replace(/[^A-Za-z0-9-]/g, '_')}`;
    const n = count(v.value);
    return (
      <li key={v.value}>
        <input type="checkbox" id={inputId} checked={selected.includes(v.value)} onChange={() => onToggle(v.value)} disabled={n === 0 && !selected.includes(v.value)} />
        <label htmlFor={inputId}>
          {v.label} <span className="facet-count">({n})</span>
        </label>
        {v.children && v.children.length > 0 && (
          <ul className="facet-children">
            {v.children.map(option)}
          </ul>
        )}
      </li>
    );
  };
  return (
    <details className="facet" open={selected.length > 0 || undefined}>
      <summary>
        {facet.label}
        {selected.length > 0 && <span className="facet-selected"> ({selected.length})</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{facet.label}</legend>
        {facet.groups.map((group) => (
          <div key={group.label || 'all'} className="facet-group">
            {group.label && <p className="facet-group-label">{group.label}</p>}
            <ul>{group.values.map(option)}</ul>
          </div>
        ))}
      </fieldset>
    </details>
  );
}
