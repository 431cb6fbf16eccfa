/**
 * The corpus pictures on the built site: every number drawn (map titles, year bars, matrix cells)
 * equals the count computed here from /data/cases.json; every shape links where it says (a page
 * that exists, or the search with exactly the right filters); every picture has its list or table
 * with the same figures; and the topic feeds are well-formed Atom, ordered by date added, with
 * exactly their topic's newest entries.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseArticleRef } from '../../schemas/index.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { INTERFACE_LANGUAGES, languagePrefix } from '../../src/i18n/languages.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { gitDates } from '../../src/lib/git-dates.ts';
import { DIST, useSite } from '../support/built-site.ts';

interface CaseRow {
  id: string;
  jurisdiction: string;
  decided: string;
  articles: string[];
  purposes: string[];
  means?: string[];
  added?: string;
}
const cases = JSON.parse(readFileSync(path.join(DIST, 'data/cases.json'), 'utf8')) as CaseRow[];
const languages = INTERFACE_LANGUAGES.filter((lang) => existsSync(path.join(DIST, languagePrefix(lang), 'index.html')));
const site = useSite();

const html = (page: string) => readFileSync(path.join(DIST, page, 'index.html'), 'utf8');
const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
/** The markup of the picture `data-chart="name"` (one section, no section inside). */
function picture(page: string, name: string): string {
  const found = new RegExp(`<section[^>]*data-chart="${name}"[^>]*>([\\s\\S]*?)</section>`).exec(html(page));
  assert.ok(found, `${page}: no ${name} picture`);
  return found[1];
}
/** Every link with data-* figures in some markup: href, the data attributes, and the <title> right after. */
function links(markup: string) {
  return [...markup.matchAll(/<a href="([^"]+)"((?: data-[a-z]+="[^"]*")+)>(?:<title>([^<]*)<\/title>)?/g)].map((m) => ({
    href: decode(m[1]),
    data: Object.fromEntries([...m[2].matchAll(/data-([a-z]+)="([^"]*)"/g)].map((d) => [d[1], decode(d[2])])),
    title: m[3] === undefined ? undefined : decode(m[3]),
  }));
}
/** A site path that is a built page (base "/" in the tests). */
const pageExists = (href: string) => href.startsWith('/') && existsSync(path.join(DIST, decodeURIComponent(href), 'index.html'));
/** The filters of a link into the search (which must be one). */
function searchFilters(href: string, lang: string): Record<string, string> {
  const url = new URL(href, 'http://site');
  assert.equal(url.pathname, `/${languagePrefix(lang as 'en')}search/`, href);
  return Object.fromEntries(url.searchParams);
}
const tally = <T>(items: T[], key: (item: T) => string[]) => {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(key(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
};
const articleKeys = (refs: string[]) => refs.map((ref) => parseArticleRef(ref)?.articleKey ?? ref);
const year = (c: CaseRow) => [c.decided.slice(0, 4)];
const byJurisdiction = tally(cases, (c) => [c.jurisdiction]);
const corpus = loadCorpus();
const catalog = corpus.catalog!;

for (const lang of languages) {
  const prefix = languagePrefix(lang);
  const t = useTranslations(lang);

  test(`map (${lang}): each country's title and link give its number of decisions; countries and bodies each once; the list repeats them`, () => {
    for (const page of [prefix, `${prefix}jurisdictions/`]) {
      const map = picture(page, 'map');
      const shapes = links(/<svg class="map-svg"[\s\S]*?<\/svg>/.exec(map)![0]);
      const bodies = links(/data-chart-list="bodies"[\s\S]*?<\/ul>/.exec(map)?.[0] ?? '');
      const list = links(/data-chart-alt="map"[\s\S]*?<\/ul>/.exec(map)![0]);
      assert.ok(shapes.length > 0 && list.length > 0);
      for (const shape of shapes) {
        const expected = byJurisdiction.get(shape.data.code);
        assert.equal(Number(shape.data.count), expected, `${page} ${shape.data.code}`);
        assert.equal(
          shape.title,
          t('chart.map.area', { name: catalog.jurisdictions.get(shape.data.code)!.names[lang], count: expected! }),
          `${page} ${shape.data.code}: title`,
        );
        assert.equal(shape.href, `/${prefix}jurisdictions/${shape.data.code.toLowerCase()}/`);
        assert.ok(pageExists(shape.href), shape.href);
      }
      // Every jurisdiction with decisions is once in the map's list or the bodies' list, with its count and link.
      const listed = [...list, ...bodies];
      assert.deepEqual(listed.map((l) => l.data.code).sort(), [...byJurisdiction.keys()].sort(), `${page}: list`);
      for (const item of listed) {
        assert.equal(Number(item.data.count), byJurisdiction.get(item.data.code), `${page} list ${item.data.code}`);
        assert.ok(pageExists(item.href), item.href);
      }
      // Every country in the list is on the map (an area, a circle, or both).
      for (const item of list)
        assert.ok(
          shapes.some((s) => s.data.code === item.data.code),
          `${page}: ${item.data.code} is not on the map`,
        );
      for (const code of ['SGP', 'HKG', 'XKK'])
        if (byJurisdiction.has(code))
          assert.ok(
            shapes.some((s) => s.data.code === code),
            `${code} reachable on the map`,
          );
    }
  });

  test(`decisions per year (${lang}): home, every jurisdiction and every article page; bars and table equal cases.json and link to that year's search`, () => {
    const check = (page: string, subset: CaseRow[], filters: Record<string, string>) => {
      const expected = tally(subset, year);
      if (!subset.length) {
        assert.doesNotMatch(html(page), /data-chart="years"/, `${page}: no chart without decisions`);
        return;
      }
      const chart = picture(page, 'years');
      const bars = links(/<svg[\s\S]*?<\/svg>/.exec(chart)![0]);
      const table = links(/data-chart-alt="years"[\s\S]*?<\/table>/.exec(chart)![0]);
      for (const [name, items] of [
        ['bars', bars],
        ['table', table],
      ] as const) {
        assert.deepEqual(
          items.map((b) => [b.data.year, Number(b.data.count)]),
          [...expected].sort(),
          `${page} ${name}`,
        );
        for (const item of items) {
          assert.deepEqual(
            searchFilters(item.href, lang),
            { type: 'case', ...filters, from: item.data.year, to: item.data.year },
            `${page} ${name} ${item.href}`,
          );
          if (name === 'bars') assert.equal(item.title, t('chart.years.bar', { year: item.data.year, count: Number(item.data.count) }), page);
        }
      }
    };
    check(prefix, cases, {});
    for (const code of byJurisdiction.keys())
      check(
        `${prefix}jurisdictions/${code.toLowerCase()}/`,
        cases.filter((c) => c.jurisdiction === code),
        { jurisdiction: code },
      );
    for (const dir of readdirSync(path.join(DIST, prefix, 'articles'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const key = dir.name.toUpperCase();
      check(
        `${prefix}articles/${dir.name}/`,
        cases.filter((c) => articleKeys(c.articles).includes(key)),
        { article: key },
      );
    }
  });

  test(`article matrices (${lang}): every cell equals the decisions engaging the article and recording the term, and links to that search`, () => {
    for (const [filter, field] of [
      ['purpose', 'purposes'],
      ['means', 'means'],
    ] as const) {
      const matrix = picture(`${prefix}articles/`, 'matrix" data-matrix="' + filter);
      assert.match(matrix, /<table class="matrix" data-chart-alt="matrix">/);
      assert.match(matrix, /<th scope="col">/);
      assert.match(matrix, /<th scope="row">/);
      const expected = new Map<string, number>();
      for (const c of cases)
        for (const article of new Set(articleKeys(c.articles)))
          for (const term of new Set(c[field] ?? [])) expected.set(`${article} ${term}`, (expected.get(`${article} ${term}`) ?? 0) + 1);
      const cells = links(matrix);
      assert.deepEqual(cells.map((c) => `${c.data.article} ${c.data.term}`).sort(), [...expected.keys()].sort(), `${filter}: every non-zero pair has its cell`);
      for (const cell of cells) {
        assert.equal(Number(cell.data.count), expected.get(`${cell.data.article} ${cell.data.term}`), `${filter} ${cell.data.article} ${cell.data.term}`);
        assert.deepEqual(searchFilters(cell.href, lang), { type: 'case', article: cell.data.article, [filter]: cell.data.term });
      }
      // The row headers link to the articles' pages.
      for (const [, href] of matrix.matchAll(/<th scope="row"><a href="([^"]+)"/g)) assert.ok(pageExists(href), href);
    }
  });

  test(`feeds (${lang}): linked from jurisdiction and article pages as alternates, from the home page per form of exploitation, and all listed on /feeds/`, () => {
    const alternate = () => /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="([^"]+)"/g;
    for (const [page, feed] of [
      [`${prefix}jurisdictions/gbr/`, '/jurisdictions/gbr/feed.xml'],
      [`${prefix}articles/tip-3/`, '/articles/tip-3/feed.xml'],
    ]) {
      const hrefs = [...html(page).matchAll(alternate())].map((m) => m[1]);
      assert.ok(hrefs.includes(feed), `${page}: ${hrefs}`);
    }
    const home = html(prefix);
    for (const [, id] of home.matchAll(/href="\/search\/\?purpose=([a-z-]+)"/g))
      assert.ok(home.includes(`href="/purposes/${id}/feed.xml"`), `home: feed of ${id}`);
    const listed = new Set([...html(`${prefix}feeds/`).matchAll(/href="(\/[^"]*feed\.xml)"/g)].map((m) => m[1]));
    assert.deepEqual([...listed].sort(), feedFiles().sort());
  });
}

/** Every feed file of the built site, as site paths. */
function feedFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.isDirectory()) walk(path.join(dir, item.name));
      else if (item.name === 'feed.xml') found.push(`/${path.relative(DIST, path.join(dir, item.name))}`);
    }
  };
  walk(DIST);
  return found;
}

test('topic feeds: well-formed Atom, newest addition first, exactly the topic’s newest 50 entries with a date added', async () => {
  const dates = gitDates(corpus.contentDir);
  const added = (file: string) => dates.get(path.resolve(file))?.added;
  const refs = (data: Record<string, unknown>) => [
    ...((data.articles as string[]) ?? []),
    ...((data.provisions as { articles: string[] }[]) ?? []).flatMap((p) => p.articles),
  ];
  const topicOf = (feed: string): ((data: Record<string, unknown>) => boolean) => {
    const [kind, id] = feed.split('/').slice(1, 3);
    if (kind === 'jurisdictions') return (d) => String(d.jurisdiction).toLowerCase() === id;
    if (kind === 'articles') return (d) => articleKeys(refs(d)).includes(id.toUpperCase());
    if (kind === 'purposes') return (d) => ((d.purposes as string[]) ?? []).includes(id);
    return () => true;
  };
  const page = await site.browser.newPage();
  await page.goto(site.url(''));
  const feeds = feedFiles();
  assert.ok(feeds.length > 3);
  for (const feed of feeds) {
    const xml = readFileSync(path.join(DIST, feed), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return undefined;
      return {
        root: doc.documentElement.localName,
        ns: doc.documentElement.namespaceURI,
        self: doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
        entries: [...doc.querySelectorAll('entry')].map((e) => ({
          link: e.querySelector('link')?.getAttribute('href') ?? '',
          published: e.querySelector('published')?.textContent ?? '',
        })),
      };
    }, xml);
    assert.ok(parsed, `${feed}: not well-formed XML`);
    assert.equal(parsed.root, 'feed');
    assert.equal(parsed.ns, 'http://www.w3.org/2005/Atom');
    assert.ok(parsed.self?.endsWith(feed), `${feed}: self link ${parsed.self}`);
    const published = parsed.entries.map((e) => e.published);
    assert.deepEqual(published, [...published].sort().reverse(), `${feed}: newest addition first`);
    const inTopic = topicOf(feed);
    const expected = corpus.entries
      .filter((e) => inTopic(e.data) && added(e.file))
      .sort((a, b) => added(b.file)!.localeCompare(added(a.file)!) || a.id.localeCompare(b.id))
      .slice(0, 50)
      .map((e) => e.id);
    assert.deepEqual(
      parsed.entries.map((e) => /\/([^/]+)\/$/.exec(e.link)?.[1]),
      expected,
      feed,
    );
    for (const entry of parsed.entries) {
      const row = cases.find((c) => entry.link.endsWith(`/cases/${c.id}/`));
      if (row?.added) assert.equal(entry.published.slice(0, 10), row.added, `${feed}: ${row.id} published on the day cases.json says it was added`);
    }
  }
  await page.close();
});
