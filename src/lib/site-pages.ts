/**
 * The pages about the site itself, in the order the footer lists them: where each lives (below
 * the language prefix) and the message that is its title in every interface language.
 */
import type { UiKey } from '../i18n/en.ts';

export const SITE_PAGES = {
  about: { path: 'about/', title: 'page.about.title' },
  'how-to-cite': { path: 'how-to-cite/', title: 'page.howToCite.title' },
  contribute: { path: 'contribute/', title: 'page.contribute.title' },
  'editorial-policy': { path: 'editorial-policy/', title: 'page.editorialPolicy.title' },
} as const satisfies Record<string, { path: string; title: UiKey }>;

export type SitePageId = keyof typeof SITE_PAGES;
export const SITE_PAGE_IDS = Object.keys(SITE_PAGES) as SitePageId[];
