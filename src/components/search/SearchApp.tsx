/**
 * The search page: query, facets (OR within, AND across) with counts that follow the query,
 * year range, sort, lazily loaded results, and all of it in the URL. Back and forward bring back
 * the whole view: the results loaded and the scroll position (kept in history.state).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatDate } from '../../i18n/format.ts';
import { languageAttributes, languagePrefix, type InterfaceLanguage } from '../../i18n/languages.ts';
import { formatMessage, type Message, type MessageParams } from '../../i18n/message.ts';
import { loadPagefind, resultData, type Pagefind, type PagefindResult } from '../../lib/pagefind-client.ts';
import { EXPORT_LIMIT } from '../../lib/result-export.ts';
import { facetLabels } from '../../lib/facet-labels.ts';
import type { SearchConfig } from '../../lib/search-facets.ts';
import {
  effectiveSort,
  FACET_KEYS,
  hasCriteria,
  pagefindFilters,
  pagefindSort,
  parseState,
  serialiseState,
  toggleValue,
  type SearchState,
} from '../../lib/search-state.ts';
import ExportResults from './ExportResults.tsx';
import Facet from './Facet.tsx';
import ResultItem from './ResultItem.tsx';

export type SearchMessages = Record<'results' | 'undated' | 'showResults' | 'shown' | 'remove' | 'exportNote', Message>;

interface Props {
  strings: Record<string, string>;
  /** Messages with a count or a label, filled in here (with their plural forms). */
  messages: SearchMessages;
  base: string;
  lang: InterfaceLanguage;
}

const NO_FACETS: SearchConfig = { facets: [], years: [] };
let facetsLoading: Promise<SearchConfig> | undefined;
const loadFacets = (pageBase: string) => (facetsLoading ??= fetch(`${pageBase}search/facets.json`).then((r) => r.json() as Promise<SearchConfig>));

const PAGE = 10;

/** What history keeps of a view besides its URL. */
interface Kept {
  shown: number;
  scrollY: number;
}
const keptOf = (state: unknown): Kept | null => {
  const kept = (state as { kb?: Kept } | null)?.kb;
  return kept && Number.isFinite(kept.shown) && Number.isFinite(kept.scrollY) ? kept : null;
};

interface Listing {
  results: PagefindResult[];
  undatedFrom: number | null;
}

/**
 * The results of a view. A date order keeps every entry: Pagefind leaves out records without
 * the sort key, so those (tools, papers, collections) are fetched unsorted and follow the dated ones.
 */
async function list(pagefind: Pagefind, state: SearchState, years: readonly string[]): Promise<Listing | null> {
  const term = state.query.trim() || null;
  const filters = pagefindFilters(state, years);
  const filterOption = Object.keys(filters).length ? { filters } : {};
  const sort = effectiveSort(state);
  if (sort === 'relevance') {
    const found = await pagefind.search(term, filterOption);
    return found && { results: found.results, undatedFrom: null };
  }
  const [sorted, all] = await Promise.all([pagefind.search(term, { ...filterOption, sort: pagefindSort(sort) }), pagefind.search(term, filterOption)]);
  if (!sorted || !all) return null;
  const dated = new Set(sorted.results.map((r) => r.id));
  const undated = all.results.filter((r) => !dated.has(r.id));
  return { results: [...sorted.results, ...undated], undatedFrom: undated.length ? sorted.results.length : null };
}

export default function SearchApp({ strings: s, messages, base, lang }: Props) {
  // The pages of this language (`/fr/`): its facets.json, and where its results link to.
  const pageBase = base + languagePrefix(lang);
  const say = (message: Message, params: MessageParams) => formatMessage(message, lang, params);
  const exportStrings = { label: s.exportLabel, note: say(messages.exportNote, { count: EXPORT_LIMIT }), ris: s.ris, bibtex: s.bibtex, csl: s.csl };
  const [config, setConfig] = useState<SearchConfig>(NO_FACETS);
  const labels = useMemo(() => facetLabels(config.facets), [config]);
  // Filter keys are known from the site contract; the values and labels arrive with facets.json,
  // fetched by the search below: at once to browse or to filter by year, else after the first results.
  const keys: readonly string[] = FACET_KEYS;
  const showFacets = useCallback(async () => setConfig(await loadFacets(pageBase)), [pageBase]);
  // The server renders the empty page; the URL's search is read once hydrated (no mismatch).
  const [state, setState] = useState<SearchState>(() => parseState('', keys));
  const [urlRead, setUrlRead] = useState(false); // no search for the placeholder state before the URL is read
  const [listing, setListing] = useState<Listing | null>(null);
  const [counts, setCounts] = useState<Record<string, Record<string, number>>>({});
  const [shown, setShown] = useState(PAGE);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const [panelOpen, setPanelOpen] = useState(false); // the filters' panel on a narrow screen
  // The URL of the view whose results are on screen (tests and scripts wait for it).
  const [completed, setCompleted] = useState<string | null>(null);
  const sequence = useRef(0);
  const typing = useRef(false); // debounce keystrokes, not a query that arrives in the URL
  const restoring = useRef<Kept | null>(null); // what to bring back once the results are drawn
  const sentinel = useRef<HTMLDivElement>(null);
  const panelButton = useRef<HTMLButtonElement>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);

  // Pagefind starts once the page is interactive; focusing the box also starts it.
  useEffect(() => {
    const start = () => loadPagefind(base).catch(() => setStatus('error'));
    if ('requestIdleCallback' in window) {
      const idle = window.requestIdleCallback(start);
      return () => window.cancelIdleCallback(idle);
    }
    const timer = setTimeout(start, 200);
    return () => clearTimeout(timer);
  }, [base]);

  // The language switcher takes the search along: the same query and filters in another language.
  useEffect(() => {
    if (!urlRead) return;
    const search = serialiseState(state, keys);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switcher a')) {
      const target = new URL(link.href);
      target.search = search;
      link.href = target.href;
    }
  }, [state, keys, urlRead]);

  // The URL describes the view: on arrival, and on back and forward; history.state the rest.
  useEffect(() => {
    history.scrollRestoration = 'manual'; // the browser would scroll before the results are back
    const arrived = parseState(location.search, keys);
    restoring.current = keptOf(history.state);
    setState(arrived);
    setUrlRead(true);
    history.replaceState(history.state, '', `${location.pathname}${serialiseState(arrived, keys)}`); // one canonical URL per view
    const onPop = (event: PopStateEvent) => {
      restoring.current = keptOf(event.state);
      setState(parseState(location.search, keys));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [keys]);

  // Remember how far down the reader is, so Back from a result returns here.
  useEffect(() => {
    let timer = 0;
    const keep = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (restoring.current) return; // not while a view is being brought back
        history.replaceState({ ...(history.state ?? {}), kb: { shown, scrollY: Math.round(window.scrollY) } }, '');
      }, 150);
    };
    keep();
    window.addEventListener('scroll', keep, { passive: true });
    window.addEventListener('pagehide', keep);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', keep);
      window.removeEventListener('pagehide', keep);
    };
  }, [shown]);

  const update = useCallback(
    (next: SearchState, mode: 'push' | 'replace') => {
      setState(next);
      const url = `${location.pathname}${serialiseState(next, keys)}`;
      if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    },
    [keys],
  );

  // Run the search whenever the state changes; typing is debounced, stale answers dropped.
  useEffect(() => {
    if (!urlRead) return;
    const run = ++sequence.current;
    const timer = window.setTimeout(
      async () => {
        try {
          const pagefind = await loadPagefind(base);
          if (!hasCriteria(state)) {
            await showFacets();
            setListing(null);
            setStatus('ready');
            setCompleted(serialiseState(state, keys));
            const totals = await pagefind.filters(); // counts for browsing: after the page is usable
            if (run === sequence.current) setCounts(totals);
            return;
          }
          setStatus('loading');
          // Only a year range needs the list of years before searching.
          const years = state.yearFrom || state.yearTo ? (await loadFacets(pageBase)).years : [];
          const found = await list(pagefind, state, years);
          if (!found || run !== sequence.current) return;
          // Results first; the facets and their counts follow once the first results are on screen
          // (facets.json and Pagefind's filter files would otherwise compete with the results for the wire).
          const kept = restoring.current;
          const target = Math.max(PAGE, Math.min(kept?.shown ?? PAGE, found.results.length));
          await Promise.all(found.results.slice(0, target).map(resultData));
          if (run !== sequence.current) return;
          setListing(found);
          setShown(target);
          setStatus('ready');
          await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, kept ? 50 : 250))); // after the titles are drawn
          if (run !== sequence.current) return;
          if (kept) {
            window.scrollTo(0, kept.scrollY);
            restoring.current = null;
          }
          await showFacets();
          if (run !== sequence.current) return;
          const term = state.query.trim() || null;
          const filters = pagefindFilters(state, years);
          const next: Record<string, Record<string, number>> = {};
          await pagefind.filters();
          const counted = await pagefind.search(term, { filters });
          Object.assign(next, counted?.filters ?? {});
          // A facet's own choices are ORed: count its values as if none of them were chosen.
          for (const key of Object.keys(state.filters).filter((k) => state.filters[k].length)) {
            const without = await pagefind.search(term, { filters: pagefindFilters(state, years, key) });
            if (without) next[key] = without.filters[key] ?? {};
          }
          if (run !== sequence.current) return;
          setCounts(next);
          setCompleted(serialiseState(state, keys));
        } catch {
          if (run === sequence.current) setStatus('error');
        }
      },
      state.query && typing.current ? 250 : 0,
    );
    return () => window.clearTimeout(timer);
  }, [state, base, keys, urlRead, showFacets]);

  // Load more as the reader reaches the end of the list.
  const results = listing?.results ?? null;
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !results || shown >= results.length || !('IntersectionObserver' in window)) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setShown((n) => n + PAGE), { rootMargin: '400px' });
    observer.observe(node);
    return () => observer.disconnect();
  }, [results, shown]);

  // The filters' panel (narrow screens): focus moves into it, Escape closes it, focus returns.
  useEffect(() => {
    if (!panelOpen) return;
    panelHeading.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closePanel();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [panelOpen]);
  const closePanel = () => {
    setPanelOpen(false);
    panelButton.current?.focus();
  };

  const active = Object.entries(state.filters).flatMap(([key, values]) => values.map((value) => ({ key, value, label: labels[key]?.[value] ?? value })));
  const total = results?.length ?? 0;
  const announce = status === 'error' ? s.unavailable : status === 'loading' ? s.loading : results ? say(messages.results, { count: total }) : s.prompt;
  const closeLabel = total > 0 ? say(messages.showResults, { count: total }) : s.closeFilters;
  const sort = effectiveSort(state);
  const undatedFrom = listing?.undatedFrom ?? null;
  const dated = results ? results.slice(0, Math.min(shown, undatedFrom ?? Infinity)) : [];
  const undated = results && undatedFrom !== null && shown > undatedFrom ? results.slice(undatedFrom, shown) : [];
  const item = (r: PagefindResult) => (
    <ResultItem
      key={r.id}
      result={r}
      labels={labels}
      typeLabels={labels.type ?? {}}
      formatDate={(iso) => formatDate(iso, lang)}
      localize={(url) => (url.startsWith(base) ? pageBase + url.slice(base.length) : url)}
      languageOf={(code) => languageAttributes(code, lang)}
    />
  );

  return (
    <div className="search-app" data-completed={completed ?? undefined}>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-query">{s.queryLabel}</label>
        <input
          id="search-query"
          type="search"
          value={state.query}
          onFocus={() =>
            loadPagefind(base)
              .then((pf) => void (state.query && pf.preload(state.query)))
              .catch(() => setStatus('error'))
          }
          onChange={(e) => {
            typing.current = true;
            update({ ...state, query: e.target.value }, 'replace');
          }}
        />
        <button type="submit" className="button">
          {s.submit}
        </button>
      </form>
      <div className="search-layout">
        <section className={`search-filters${panelOpen ? ' is-open' : ''}`} id="filters" aria-labelledby="filters-heading">
          <div className="filters-head">
            <h2 id="filters-heading" tabIndex={-1} ref={panelHeading}>
              {s.filters}
            </h2>
            <button type="button" className="button panel-close" onClick={closePanel}>
              {closeLabel}
            </button>
          </div>
          {active.length > 0 && (
            <button type="button" className="link-button" onClick={() => update({ ...state, filters: {}, yearFrom: undefined, yearTo: undefined }, 'push')}>
              {s.clearAll}
            </button>
          )}
          {config.facets.map((facet) => (
            <Facet
              key={facet.key}
              facet={facet}
              selected={state.filters[facet.key] ?? []}
              counts={counts[facet.key]}
              strings={s}
              onToggle={(value) => update(toggleValue(state, facet.key, value), 'push')}
            />
          ))}
          <fieldset className="facet year-range">
            <legend>{s.year}</legend>
            <label htmlFor="year-from">{s.yearFrom}</label>
            <select id="year-from" value={state.yearFrom ?? ''} onChange={(e) => update({ ...state, yearFrom: e.target.value || undefined }, 'push')}>
              <option value="">{s.anyYear}</option>
              {config.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
            <label htmlFor="year-to">{s.yearTo}</label>
            <select id="year-to" value={state.yearTo ?? ''} onChange={(e) => update({ ...state, yearTo: e.target.value || undefined }, 'push')}>
              <option value="">{s.anyYear}</option>
              {config.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </fieldset>
          <button type="button" className="button panel-close panel-close-end" onClick={closePanel}>
            {closeLabel}
          </button>
        </section>
        <section className={`search-results${hasCriteria(state) ? ' has-criteria' : ''}`} aria-labelledby="results-heading">
          <div className="results-bar">
            <h2 id="results-heading" className="visually-hidden">
              {s.resultsHeading}
            </h2>
            <p role="status" aria-live="polite" className="result-count">
              {announce}
            </p>
            <button
              type="button"
              className="button filters-open"
              ref={panelButton}
              aria-expanded={panelOpen}
              aria-controls="filters"
              onClick={() => setPanelOpen(true)}
            >
              {s.filters}
              {active.length > 0 ? ` (${active.length})` : ''}
            </button>
            <label htmlFor="search-sort">{s.sort}</label>
            <select id="search-sort" value={sort} onChange={(e) => update({ ...state, sort: e.target.value as SearchState['sort'] }, 'push')}>
              <option value="relevance" disabled={!state.query.trim()}>
                {s.sortRelevance}
              </option>
              <option value="newest">{s.sortNewest}</option>
              <option value="oldest">{s.sortOldest}</option>
            </select>
          </div>
          {active.length > 0 && (
            <ul className="active-filters" aria-label={s.activeFilters}>
              {active.map((f) => (
                <li key={`${f.key}:${f.value}`}>
                  <button
                    type="button"
                    onClick={() => update(toggleValue(state, f.key, f.value), 'push')}
                    aria-label={say(messages.remove, { label: f.label })}
                  >
                    {f.label} ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          {results && total === 0 && status === 'ready' && (
            <div className="no-results">
              <p>
                <strong>{s.noResults}</strong>
              </p>
              <ul>
                {active.length > 0 && (
                  <li>
                    {s.tryRemove}{' '}
                    {active.map((f, i) => (
                      <span key={`${f.key}:${f.value}`}>
                        {i > 0 && ', '}
                        <button type="button" className="link-button" onClick={() => update(toggleValue(state, f.key, f.value), 'push')}>
                          {f.label}
                        </button>
                      </span>
                    ))}
                  </li>
                )}
                {state.query.trim() && <li>{s.trySpelling}</li>}
                {(state.filters.article ?? []).some((a) => a.includes('(')) && <li>{s.tryBroaden}</li>}
              </ul>
            </div>
          )}
          {results && total > 0 && (
            <>
              {dated.length > 0 && <ol className="entry-list results">{dated.map(item)}</ol>}
              {undated.length > 0 && (
                <>
                  <p className="undated-note">{say(messages.undated, { count: total - (undatedFrom ?? 0) })}</p>
                  <ol className="entry-list results" start={(undatedFrom ?? 0) + 1}>
                    {undated.map(item)}
                  </ol>
                </>
              )}
              <ExportResults results={results} base={base} strings={exportStrings} />
              {shown < total && (
                <div ref={sentinel} className="more">
                  <p>{say(messages.shown, { shown, count: total })}</p>
                  <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
                    {s.more}
                  </button>
                </div>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
