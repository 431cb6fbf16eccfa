/**
 * The pictures' pure parts: shading classes, decisions per year and their bars, the article
 * matrix (counted as the search filter `article` counts), the world map's geometry and what it
 * draws for each jurisdiction — every country with decisions in the corpus is reachable on it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleMatrix, engagedArticles } from '../../src/lib/charts/article-matrix.ts';
import { mapPicture, SMALL_AREA, type MapJurisdiction } from '../../src/lib/charts/map-picture.ts';
import { shadeBounds, shadeOf, shadeRanges } from '../../src/lib/charts/shading.ts';
import { countryPoint, featureCode, worldGeometry, type WorldGeometry } from '../../src/lib/charts/world-map.ts';
import { BAR, countByYear, yearChart } from '../../src/lib/charts/year-counts.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';

test('shading: round lower bounds from 1, spread up to the largest count; every count in exactly one class', () => {
  assert.deepEqual(shadeBounds(0), []);
  assert.deepEqual(shadeBounds(1), [1]);
  assert.deepEqual(shadeBounds(7), [1, 2, 5]);
  assert.deepEqual(shadeBounds(300), [1, 5, 20, 100]);
  for (const max of [1, 3, 12, 31, 999, 12000]) {
    const bounds = shadeBounds(max);
    assert.ok(bounds.length <= 4 && bounds[0] === 1, `max ${max}: ${bounds}`);
    assert.deepEqual(
      [...bounds].sort((a, b) => a - b),
      bounds,
    );
    assert.equal(shadeOf(max, bounds), bounds.length, `max ${max} is in the last class`);
  }
  const bounds = [1, 2, 5, 10];
  assert.deepEqual(
    [0, 1, 2, 4, 5, 9, 10, 400].map((n) => shadeOf(n, bounds)),
    [0, 1, 2, 2, 3, 3, 4, 4],
  );
  assert.deepEqual(shadeRanges(bounds), [{ from: 1, to: 1 }, { from: 2, to: 4 }, { from: 5, to: 9 }, { from: 10 }]);
});

test('decisions per year: counted by the year of `decided`, in order; a year without a decision is a gap, not a bar', () => {
  const counts = countByYear(['2019-05-01', '2005-01-31', '2019-12-31', '2008-06-01']);
  assert.deepEqual(
    [...counts],
    [
      ['2005', 1],
      ['2008', 1],
      ['2019', 2],
    ],
  );
  const chart = yearChart(counts);
  assert.deepEqual(
    chart.bars.map((b) => [b.year, b.count]),
    [
      ['2005', 1],
      ['2008', 1],
      ['2019', 2],
    ],
  );
  assert.equal(chart.max, 2);
  const [first, second, third] = chart.bars;
  assert.equal(third.height, BAR.plot, 'the largest bar is the full height');
  assert.equal(first.height, BAR.plot / 2);
  assert.equal(first.y + first.height, BAR.plot, 'bars stand on the axis');
  assert.equal(second.x - first.x, 3 * BAR.slot, 'one slot per year, empty years included');
  assert.equal(chart.width, BAR.left + 15 * BAR.slot + 4);
  assert.ok(chart.ticks.some((tick) => tick.year === '2010') && chart.ticks.some((tick) => tick.year === '2015'));
  assert.deepEqual(yearChart(new Map()).bars, []);
  // The first and last years are labelled unless a fifth year within the chart is close by.
  assert.deepEqual(
    yearChart(
      new Map([
        ['2012', 1],
        ['2023', 1],
      ]),
    ).ticks.map((tick) => tick.year),
    ['2012', '2015', '2020', '2023'],
  );
  assert.deepEqual(
    yearChart(
      new Map([
        ['2009', 1],
        ['2021', 1],
      ]),
    ).ticks.map((tick) => tick.year),
    ['2010', '2015', '2020'],
  );
  // A single decision among many is still a visible, clickable bar.
  assert.ok(
    yearChart(
      new Map([
        ['2000', 1],
        ['2001', 1000],
      ]),
    ).bars[0].height >= 2,
  );
});

test('article matrix: a pinpoint counts for its article, once per decision; rows and columns without a decision are left out', () => {
  assert.deepEqual([...engagedArticles(['TIP-3(a)', 'TIP-3', 'TIP-3(b)', 'UNTOC-34(2)'])], ['TIP-3', 'UNTOC-34']);
  const matrix = articleMatrix(
    [
      { articles: ['TIP-3(a)', 'TIP-3(b)'], terms: ['forced-labour', 'forced-labour'] },
      { articles: ['TIP-3', 'TIP-6'], terms: ['sexual-exploitation', 'forced-labour'] },
      { articles: ['SOM-6'], terms: [] },
    ],
    ['TIP-2', 'TIP-3', 'TIP-6', 'SOM-6'],
    ['sexual-exploitation', 'domestic-servitude', 'forced-labour'],
  );
  assert.deepEqual(matrix.columns, ['sexual-exploitation', 'forced-labour']);
  assert.deepEqual(matrix.rows, [
    { article: 'TIP-3', cells: [1, 2] },
    { article: 'TIP-6', cells: [1, 1] },
  ]);
  assert.equal(matrix.max, 2);
});

/** A two-country world: one large square, one tiny one. */
const toyWorld: WorldGeometry = {
  width: 100,
  height: 50,
  shapes: [
    { code: 'FRA', d: 'M0 0l40 0 0 40z', area: 800 },
    { code: 'LUX', d: 'M50 5l1 0 0 1z', area: 0.5 },
    { code: 'DEU', d: 'M60 0l20 0 0 20z', area: 200 },
    { code: undefined, d: 'M90 0l2 0 0 2z', area: 2 },
  ],
  point: ([lon, lat]) => [lon, lat],
};
const j = (code: string, count: number, extra: Partial<MapJurisdiction> = {}): MapJurisdiction => ({
  code,
  kind: 'country',
  name: code,
  count,
  href: `/jurisdictions/${code.toLowerCase()}/`,
  ...extra,
});

test('map: countries with decisions are linked and shaded, the others one background path; small or missing ones get a circle; bodies go beside', () => {
  const picture = mapPicture(toyWorld, [
    j('FRA', 7),
    j('LUX', 1, { lonLat: [50, 5] }),
    j('SGP', 2, { lonLat: [70, 30] }),
    j('XXA', 1),
    j('ECHR', 12, { kind: 'body' }),
  ]);
  assert.deepEqual(picture.bounds, [1, 2, 5]);
  assert.deepEqual(
    picture.areas.map((a) => [a.code, a.count, a.shade, a.href]),
    [
      ['FRA', 7, 3, '/jurisdictions/fra/'],
      ['LUX', 1, 1, '/jurisdictions/lux/'],
    ],
  );
  assert.equal(picture.background, 'M60 0l20 0 0 20zM90 0l2 0 0 2z', 'Germany (no decision) and the area with no ISO code are background');
  assert.deepEqual(
    picture.markers.map((m) => [m.code, m.cx, m.cy, m.shade]),
    [
      ['LUX', 50, 5, 1],
      ['SGP', 70, 30, 2],
    ],
  );
  assert.deepEqual(
    picture.unplaced.map((u) => u.code),
    ['XXA'],
  );
  assert.deepEqual(
    picture.bodies.map((b) => [b.code, b.count]),
    [['ECHR', 12]],
    'a body is never on the map',
  );
});

test('world map: Natural Earth 110m in Equal Earth, paths of whole numbers, Kosovo found by name', () => {
  const world = worldGeometry();
  assert.equal(world.width, 1000);
  assert.ok(world.height > 400 && world.height < 500, `height ${world.height}`);
  assert.ok(!world.shapes.some((s) => s.code === 'ATA'), 'no Antarctica');
  for (const shape of world.shapes) assert.match(shape.d, /^(M-?\d+ -?\d+l[-\d ]+z)*$/, `${shape.code}: ${shape.d.slice(0, 40)}`);
  assert.equal(featureCode(undefined, 'Kosovo'), 'XKK');
  assert.equal(featureCode('826', 'United Kingdom'), 'GBR');
  assert.equal(featureCode(36, 'Australia'), 'AUS');
  const bytes = world.shapes.reduce((n, s) => n + s.d.length, 0);
  assert.ok(bytes < 60_000, `all countries in ${bytes} bytes of path data`);
  // Singapore is 1.37° N, 103.8° E: east of the middle, just north of the equator.
  const [x, y] = world.point(countryPoint('SGP')!)!;
  assert.ok(x > 700 && x < 850 && y > world.height * 0.45 && y < world.height * 0.75, `${x} ${y}`);
});

test('world map: every country with a decision in the corpus is drawn large enough to use, or marked with a circle', () => {
  const world = worldGeometry();
  const corpus = loadCorpus();
  const codes = new Set(corpus.entries.filter((e) => e.type === 'case').map((e) => String(e.data.jurisdiction)));
  const countries = [...codes].filter((code) => corpus.catalog?.jurisdictions.get(code)?.kind === 'country');
  const picture = mapPicture(
    world,
    countries.map((code) => j(code, 1, { lonLat: countryPoint(code) })),
  );
  assert.deepEqual(
    picture.unplaced.map((u) => u.code),
    [],
  );
  for (const code of countries) {
    const area = picture.areas.find((a) => a.code === code);
    const large = area && world.shapes.find((s) => s.code === code)!.area >= SMALL_AREA;
    assert.ok(large || picture.markers.some((m) => m.code === code), `${code} is neither drawn large enough nor marked`);
  }
  for (const code of ['SGP', 'HKG', 'XKK'])
    if (codes.has(code))
      assert.ok(
        picture.markers.some((m) => m.code === code),
        `${code} has its circle`,
      );
});
