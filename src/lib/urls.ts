/**
 * Every internal URL of the site, in one place, prefixed with the base path (KB_BASE) and, for
 * pages, with the interface language (`/fr/…`; English at the root). Files that are the same in
 * every language (open data, feed, assets, search index) take no language.
 */
import { FOLDERS, type ContentType } from '../../schemas/index.ts';
import { languageOfPath, languagePrefix, withoutLanguage, type InterfaceLanguage } from '../i18n/languages.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `path` without a leading slash: `cases/` → `/kb/cases/` under KB_BASE=/kb/, `/kb/fr/cases/` in French. */
export const href = (path = '', lang: InterfaceLanguage = 'en') => BASE + languagePrefix(lang) + path.replace(/^\//, '');
export const entryPath = (type: ContentType, id: string) => `${FOLDERS[type]}/${id}/`;
export const entryHref = (type: ContentType, id: string, lang: InterfaceLanguage = 'en') => href(entryPath(type, id), lang);
export const articleHref = (articleKey: string, lang: InterfaceLanguage = 'en') => href(`articles/${articleKey.toLowerCase()}/`, lang);
export const jurisdictionHref = (code: string, lang: InterfaceLanguage = 'en') => href(`jurisdictions/${code.toLowerCase()}/`, lang);
export const searchHref = (params: Record<string, string> = {}, lang: InterfaceLanguage = 'en') => {
  const query = new URLSearchParams(params).toString();
  return href(`search/${query ? `?${query}` : ''}`, lang);
};

const belowBase = (url: URL) => (url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : url.pathname.replace(/^\//, ''));

/** The interface language of the page at `url` (every component asks this of `Astro.url`). */
export const pageLanguage = (url: URL): InterfaceLanguage => languageOfPath(belowBase(url));

/** The same page in another language: `/fr/cases/x/` → `/cases/x/` for English. */
export const translatedHref = (url: URL, lang: InterfaceLanguage) => href(withoutLanguage(belowBase(url)), lang);

export { publicUrl } from './public-url.ts';
