/**
 * The HTML Pagefind indexes for one entry: its title, citation (weighted: a judge types it to
 * find the decision), what kind of entry it is and where from, and its body — never the site's
 * navigation — with the filters, sorts and meta of search-record.ts as attributes.
 *
 * Built from the validated corpus and the rendered bodies rather than read back from the built
 * pages, so the index can be made while Astro is still writing pages (on the other core).
 */
import { useTranslations } from '../i18n/index.ts';
import type { Entry } from './corpus/entry-file.ts';
import { citationLine, jurisdictionName } from './entries.ts';
import { searchRecord } from './search-record.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const t = useTranslations('en');

interface Provision { number?: string; title: string; summary: string }

function heading(entry: Entry): string[] {
  const d = entry.data;
  if (entry.type === 'case') {
    return [`<p>${escapeHtml(`${t('type.case')} · ${jurisdictionName(String(d.jurisdiction))} · ${d.court}`)}</p>`, `<h1>${escapeHtml(String(d.title))}</h1>`, `<p data-pagefind-weight="8">${escapeHtml(citationLine(d))}</p>`];
  }
  const eyebrow = entry.type === 'collection' ? t('type.collection') : `${t(`type.${entry.type}` as 'type.tool')} · ${d.publisher} · ${String(d.published).slice(0, 4)}`;
  return [`<p>${escapeHtml(eyebrow)}</p>`, `<h1>${escapeHtml(String(d.title))}</h1>`];
}

function provisions(entry: Entry): string[] {
  const list = (entry.data.provisions as Provision[] | undefined) ?? [];
  return list.map((p) => `<h3>${escapeHtml(`${p.number ? `${p.number}. ` : ''}${p.title}`)}</h3><p>${escapeHtml(p.summary)}</p>`);
}

export function searchDocument(entry: Entry, bodyHtml: string): string {
  const { filters, sorts, meta } = searchRecord(entry);
  const attributes = [
    ...filters.map(([k, v]) => `<span data-pagefind-filter="${escapeHtml(`${k}:${v}`)}"></span>`),
    ...sorts.map(([k, v]) => `<span data-pagefind-sort="${escapeHtml(`${k}:${v}`)}"></span>`),
    ...meta.map(([k, v]) => `<span data-pagefind-meta="${escapeHtml(`${k}:${v}`)}"></span>`),
  ];
  return `<!doctype html><html lang="en"><head><title>${escapeHtml(String(entry.data.title))}</title></head><body><main data-pagefind-body>${attributes.join('')}${heading(entry).join('')}${bodyHtml}${provisions(entry).join('')}</main></body></html>`;
}
