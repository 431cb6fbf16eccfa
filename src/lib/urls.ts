/** Every internal URL of the site, in one place, prefixed with the base path (KB_BASE). */
import { FOLDERS, type ContentType } from '../../schemas/index.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `path` without a leading slash: `cases/` → `/kb/cases/` under KB_BASE=/kb/. */
export const href = (path = '') => BASE + path.replace(/^\//, '');
export const entryPath = (type: ContentType, id: string) => `${FOLDERS[type]}/${id}/`;
export const entryHref = (type: ContentType, id: string) => href(entryPath(type, id));
export const articleHref = (articleKey: string) => href(`articles/${articleKey.toLowerCase()}/`);
export const jurisdictionHref = (code: string) => href(`jurisdictions/${code.toLowerCase()}/`);
export const searchHref = (params: Record<string, string> = {}) => {
  const query = new URLSearchParams(params).toString();
  return href(`search/${query ? `?${query}` : ''}`);
};

export { publicUrl } from './public-url.ts';
