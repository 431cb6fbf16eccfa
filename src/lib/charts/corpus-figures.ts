/**
 * The corpus-wide figures the pictures draw, counted once per corpus (perCorpus) and shared by
 * every page and language: decisions per jurisdiction, per year (overall, per jurisdiction, per
 * article) and the article matrices. Counting rules are the search filters': `jurisdiction`,
 * `article` (an article or any pinpoint of it), `purpose`, `means`, and `year` of `decided`.
 */
import { allArticleKeys, caseFields, catalog, perCorpus, type Entry } from '../entries.ts';
import { articleMatrix, engagedArticles } from './article-matrix.ts';
import { countByYear } from './year-counts.ts';

const figures = perCorpus((entries: readonly Entry[]) => {
  const cases = entries.filter((e) => e.type === 'case').map(caseFields);
  const group = (keyOf: (c: (typeof cases)[number]) => Iterable<string>) => {
    const dates = new Map<string, string[]>();
    for (const c of cases) for (const key of keyOf(c)) (dates.get(key) ?? dates.set(key, []).get(key)!).push(c.decided);
    return new Map([...dates].map(([key, list]) => [key, countByYear(list)]));
  };
  // Rows in the order of the articles page.
  const articleOrder = allArticleKeys();
  const terms = (name: 'purposes' | 'means') => catalog().vocabularies[name].terms.map((t) => t.id);
  return {
    years: countByYear(cases.map((c) => c.decided)),
    yearsByJurisdiction: group((c) => [c.jurisdiction]),
    yearsByArticle: group((c) => engagedArticles(c.articles)),
    purposeMatrix: articleMatrix(
      cases.map((c) => ({ articles: c.articles, terms: c.purposes })),
      articleOrder,
      terms('purposes'),
    ),
    meansMatrix: articleMatrix(
      cases.map((c) => ({ articles: c.articles, terms: c.means ?? [] })),
      articleOrder,
      terms('means'),
    ),
  };
});

const none = new Map<string, number>();
export const decisionsPerYear = () => figures().years;
export const decisionsPerYearIn = (jurisdiction: string) => figures().yearsByJurisdiction.get(jurisdiction) ?? none;
export const decisionsPerYearOn = (articleKey: string) => figures().yearsByArticle.get(articleKey) ?? none;
export const purposeMatrix = () => figures().purposeMatrix;
export const meansMatrix = () => figures().meansMatrix;
