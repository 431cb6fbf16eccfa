/**
 * One synthetic case: frontmatter that uses the real vocabularies, jurisdictions and
 * instruments, and a 400–1500-word body in the required sections. Every `EXHAUSTIVE_EVERY`th
 * case fills every optional field, so that even a small corpus exercises the whole schema.
 */
import type { Catalog } from '../../../schemas/index.ts';
import type { YamlValue } from './frontmatter-writer.ts';
import { KEYWORDS, OFFENCES, SENTENCES } from './legal-words.ts';
import { weightedTable, zipf, type Random } from './prng.ts';
import { countWords, type TextGenerator } from './text.ts';

export const EXHAUSTIVE_EVERY = 50;

export interface CaseContext {
  random: Random;
  text: TextGenerator;
  catalog: Catalog;
  /** Jurisdiction codes in order of frequency (skewed draw). */
  drawJurisdiction: (random: Random) => string;
  drawArticle: (random: Random) => string;
  countries: string[];
  /** Ids (and titles) of the cases generated so far: related cases and links point at them. */
  earlier: { id: string; title: string }[];
}

export interface GeneratedCase {
  id: string;
  folder: string;
  title: string;
  data: { [key: string]: YamlValue | undefined };
  body: string;
}

const pad = (n: number) => String(n).padStart(5, '0');
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Vocabulary ids in file order, drawn with a Zipf weight (the files list common terms first). */
function termDraw(catalog: Catalog, name: keyof Catalog['vocabularies'], keep: (id: string) => boolean = () => true) {
  const ids = catalog.vocabularies[name].terms.map((t) => t.id).filter(keep);
  return { ids, draw: weightedTable(ids, (_, i) => zipf(i, 1)) };
}

/** Article references: the Protocol's definition dominates, every article can appear. */
export function articleDraw(catalog: Catalog): (random: Random) => string {
  const head = [
    'TIP-3',
    'TIP-3(a)',
    'TIP-5',
    'TIP-3(c)',
    'TIP-6',
    'TIP-3(b)',
    'TIP-2',
    'UNTOC-2(a)',
    'TIP-9',
    'UNTOC-5',
    'TIP-3(d)',
    'UNTOC-18',
    'SOM-6',
    'UNTOC-6',
    'TIP-7',
    'UNTOC-12(1)',
    'SOM-3(a)',
  ];
  const tail: string[] = [];
  for (const [code, instrument] of catalog.instruments) instrument.articles.forEach((a) => tail.push(`${code}-${a.number}`));
  const all = [...head, ...tail.filter((ref) => !head.includes(ref))];
  return weightedTable(all, (_, i) => (i < head.length ? zipf(i, 0.8) : 0.01));
}

export function generateCase(index: number, ctx: CaseContext): GeneratedCase {
  const { random, catalog } = ctx;
  const full = index % EXHAUSTIVE_EVERY === 0;
  const maybe = (p: number) => full || random.chance(p);
  const num = pad(index + 1);
  let jurisdiction = ctx.drawJurisdiction(random);
  // An exhaustive case needs defendants, which only national courts have here.
  while (full && catalog.jurisdictions.get(jurisdiction)!.kind === 'body') jurisdiction = ctx.drawJurisdiction(random);
  const body = catalog.jurisdictions.get(jurisdiction)!.kind === 'body';
  const year = random.int(1998, 2025);
  const decided = iso(year, random.int(1, 12), random.int(1, 28));
  const id = `${jurisdiction.toLowerCase()}-${year}-synthetic-case-${num}`;
  const title = body
    ? `Synthetic Applicant ${num} v. Fixture State`
    : random.chance(0.5)
      ? `Synthetic Case ${num} v. Fixture State`
      : `Fixture State v. Synthetic Defendant ${num}`;

  const courtLevel = body
    ? 'international'
    : random.weighted([
        ['first-instance', 5],
        ['appellate', 3],
        ['supreme', 1.5],
      ] as const);
  const courts: Record<string, string> = {
    international: 'Synthetic International Tribunal',
    'first-instance': 'Fixture District Court',
    appellate: 'Fixture Court of Appeal',
    supreme: 'Fixture Supreme Court',
  };
  const court = courts[courtLevel];
  const outcomes = body
    ? ['violation', 'no-violation', 'dismissed', 'other']
    : ['conviction', 'partial-conviction', 'acquittal', 'dismissed', 'remanded', 'other'];
  const outcome = random.weighted(outcomes.map((o, i) => [o, zipf(i, 1.2)] as const));
  const convicted = outcome === 'conviction' || outcome === 'partial-conviction';

  const purposes = termDraw(catalog, 'purposes');
  const pickTerms = (name: keyof Catalog['vocabularies'], min: number, max: number) => {
    const { ids } = termDraw(catalog, name);
    return random.sample(ids, random.int(min, max), (_, i) => zipf(i, 1));
  };

  const defendants = !body && maybe(0.75) ? makeDefendants(ctx, num, convicted, full) : undefined;
  // Related decisions are usually close in time: draw from the latest 200 cases generated.
  const recent = ctx.earlier.slice(-200);
  const related =
    recent.length && maybe(0.3)
      ? random
          .sample(recent, random.int(1, 3), (_, i) => zipf(recent.length - 1 - i, 0.5))
          .map((c, k) => ({ id: c.id, relation: full && k === 0 ? 'appeal-of' : random.pick(['appeal-of', 'appealed-to', 'cites', 'cited-by', 'see-also']) }))
      : undefined;
  const verified = full || random.chance(0.15);
  const updatedYear = Math.min(2025, year + random.int(0, 3));

  // Every case engages at least one article (content-model.md); what its court cited is a subset.
  const articles = [...new Set(Array.from({ length: random.int(1, 5) }, () => ctx.drawArticle(random)))];
  const data: GeneratedCase['data'] = {
    title,
    jurisdiction,
    court,
    courtLevel,
    decided,
    citation: `SYN/${year}/${num}`,
    identifiers: maybe(0.4)
      ? {
          ecli: full || random.chance(0.3) ? `ECLI:XX:SYN:${year}:${num}` : undefined,
          unodc: full || random.chance(0.5) ? `SYN${num}` : undefined,
          neutral: full || random.chance(0.4) ? `[${year}] SYN ${index + 1}` : undefined,
          docket: `No. SYN-${num}`,
        }
      : undefined,
    language: 'en',
    decisionLanguage: maybe(0.6) ? random.sample(['en', 'fr', 'es', 'ru', 'ar', 'zh', 'pt', 'de'], random.int(1, 2), (_, i) => zipf(i, 1)) : undefined,
    legalSystem: maybe(0.6) ? (body ? 'international' : random.pick(termDraw(catalog, 'legal-system', (t) => t !== 'international').ids)) : undefined,
    outcome,
    purposes: random.sample(
      purposes.ids,
      random.weighted([
        [1, 6],
        [2, 3],
        [3, 1],
      ] as const),
      (_, i) => zipf(i, 1.1),
    ),
    acts: maybe(0.6) ? pickTerms('acts', 1, 3) : undefined,
    means: maybe(0.55) ? pickTerms('means', 1, 3) : undefined,
    form: maybe(0.5) ? pickTerms('form', 1, 2) : undefined,
    sectors: maybe(0.6) ? pickTerms('sectors', 1, 2) : undefined,
    articles,
    articlesCited: maybe(0.3) ? articles.slice(0, random.int(1, articles.length)) : undefined,
    defendants,
    victims: maybe(0.65)
      ? {
          count:
            full || random.chance(0.8)
              ? random.weighted([
                  [1, 5],
                  [random.int(2, 5), 4],
                  [random.int(6, 40), 1],
                ] as const)
              : undefined,
          minorsAtOffence: full || random.chance(0.5) ? random.chance(0.3) : undefined,
          genders: full || random.chance(0.7) ? pickTerms('gender', 1, 2) : undefined,
          nationalities: full || random.chance(0.6) ? random.sample(ctx.countries, random.int(1, 2), (_, i) => zipf(i, 1)) : undefined,
        }
      : undefined,
    sentence: full || (convicted && random.chance(0.5)) ? fillSentence(random) : undefined,
    related,
    sources: [
      {
        title: `Synthetic judgment SYN/${year}/${num} (benchmark fixture)`,
        url: maybe(0.5) ? `https://example.org/synthetic/cases/${num}` : undefined,
        language: maybe(0.5) ? 'en' : undefined,
      },
      ...(maybe(0.2) ? [{ title: `Fixture law report summary of case ${num}` }] : []),
    ],
    keywords: maybe(0.6) ? random.sample(KEYWORDS, random.int(1, 5), (_, i) => zipf(i, 0.7)) : undefined,
    review: verified
      ? {
          status: 'verified',
          checkedAgainst: `Synthetic judgment SYN/${year}/${num}`,
          reviewer: full || random.chance(0.5) ? 'bench-reviewer' : undefined,
          date: full || random.chance(0.5) ? iso(updatedYear, 12, 1) : undefined,
        }
      : { status: 'draft' },
    contributors: maybe(0.4) ? [`bench-contributor-${random.int(1, 40)}`] : undefined,
    updated: maybe(0.2) ? iso(updatedYear, 12, random.int(2, 28)) : undefined,
    formerIds: full || random.chance(0.01) ? [`${id}-old`] : undefined,
  };
  return {
    id,
    folder: jurisdiction.toLowerCase(),
    title,
    data,
    body: caseBody(ctx, { full, convicted, jurisdiction, related: related?.map((r) => r.id) ?? [], articles: (data.articles as string[] | undefined) ?? [] }),
  };
}

function fillSentence(random: Random): string {
  return random.pick(SENTENCES).replace('{n}', String(random.int(2, 15)));
}

const GENDER_WEIGHTS: Record<string, number> = { male: 5, female: 4, unknown: 1 };

function makeDefendants(ctx: CaseContext, num: string, convicted: boolean, full: boolean): YamlValue[] {
  const { random, catalog } = ctx;
  const count = full
    ? 3
    : random.weighted([
        [1, 5],
        [2, 3],
        [3, 1.5],
        [random.int(4, 8), 0.5],
      ] as const);
  const verdicts = catalog.vocabularies.verdict.terms.map((t) => t.id);
  const genders = catalog.vocabularies.gender.terms.map((t) => t.id);
  const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
  return Array.from({ length: count }, (_, k) => {
    const legal = (full && k === 2) || random.chance(0.05);
    const all = full && k === 0;
    const charges =
      all || random.chance(0.7)
        ? Array.from({ length: all ? 2 : random.int(1, 3) }, () => {
            const verdict = convicted
              ? random.weighted([
                  ['convicted', 8],
                  ['acquitted', 2],
                  [random.pick(verdicts), 1],
                ] as const)
              : random.weighted([
                  ['acquitted', 4],
                  ['dismissed', 2],
                  [random.pick(verdicts), 1],
                ] as const);
            return {
              offence: random.pick(OFFENCES),
              statute: all || random.chance(0.6) ? `section ${random.int(1, 400)} of the Fixture Penal Code` : undefined,
              verdict,
              sentence: verdict === 'convicted' && (all || random.chance(0.6)) ? fillSentence(random) : undefined,
            };
          })
        : undefined;
    if (legal)
      return {
        label: `Synthetic Holdings ${num} Ltd`,
        kind: 'legal',
        nationality: all || random.chance(0.5) ? [random.pick(ctx.countries)] : undefined,
        charges,
      };
    return {
      label: random.chance(0.5) ? `${ordinals[k]} defendant` : `D${k + 1}`,
      kind: 'natural',
      gender: all || random.chance(0.8) ? random.weighted(genders.map((g) => [g, GENDER_WEIGHTS[g] ?? 0.2] as const)) : undefined,
      nationality:
        all || random.chance(0.6)
          ? random.sample(
              ctx.countries,
              random.weighted([
                [1, 9],
                [2, 1],
              ] as const),
              (_, i) => zipf(i, 1),
            )
          : undefined,
      ageAtOffence: all || random.chance(0.4) ? random.int(18, 70) : undefined,
      charges,
    };
  });
}

interface BodyPlan {
  full: boolean;
  convicted: boolean;
  jurisdiction: string;
  related: string[];
  articles: string[];
}

/** Sections of varied length; some links, lists and emphasis, as contributors write them. */
function caseBody(ctx: CaseContext, plan: BodyPlan): string {
  const { random, text } = ctx;
  // Triangular between 400 and 1500 words, most bodies near 700.
  const target = Math.round(400 + 1100 * (random.next() < 0.27 ? Math.sqrt(random.next() * 0.27) : 1 - Math.sqrt((1 - random.next()) * 0.73)));
  const sections: { heading: string; share: number }[] = [{ heading: 'Facts', share: 0.4 }];
  if (plan.full || random.chance(0.45)) sections.push({ heading: 'Procedural history', share: 0.15 });
  sections.push({ heading: 'Decision', share: 0.35 });
  if (plan.full || (plan.convicted && random.chance(0.2))) sections.push({ heading: 'Sentence', share: 0.05 });
  if (plan.full || random.chance(0.6)) sections.push({ heading: 'Significance', share: 0.12 });
  const totalShare = sections.reduce((s, x) => s + x.share, 0);

  const out: string[] = [];
  for (const section of sections) {
    const budget = Math.max(25, Math.round((target * section.share) / totalShare));
    out.push(`## ${section.heading}`, '');
    let words = 0;
    while (words < budget) {
      const size = Math.min(
        budget - words,
        random.weighted([
          [random.int(20, 50), 2],
          [random.int(50, 120), 5],
          [random.int(120, 220), 2],
        ] as const),
      );
      let paragraph = text.paragraph(Math.max(15, size));
      if (section.heading === 'Decision' && words === 0 && (plan.full || random.chance(0.12))) {
        out.push(paragraph, '', ...Array.from({ length: random.int(3, 5) }, () => `- ${text.sentence()}`), '');
        words += countWords(paragraph) + 60;
        continue;
      }
      if (random.chance(0.08)) paragraph = paragraph.replace(/ the (\w+)/, (_, w: string) => ` the **${w}**`);
      if (random.chance(0.05)) paragraph = paragraph.replace(/ (\w+)\./, (_, w: string) => ` *${w}*.`);
      out.push(paragraph, '');
      words += countWords(paragraph);
    }
    if (section.heading === 'Significance' || (section.heading === 'Decision' && !sections.some((s) => s.heading === 'Significance'))) {
      const links: string[] = [];
      if (plan.related.length && (plan.full || random.chance(0.6))) {
        const other = ctx.earlier.find((c) => c.id === plan.related[0]);
        links.push(`Compare [${other?.title ?? plan.related[0]}](/cases/${plan.related[0]}/).`);
      }
      if (plan.articles.length && (plan.full || random.chance(0.2))) {
        const key = plan.articles[0].replace(/\(.*$/, '').toLowerCase();
        links.push(
          `See the other decisions on [this article](/articles/${key}/) and from [this jurisdiction](/jurisdictions/${plan.jurisdiction.toLowerCase()}/).`,
        );
      }
      if (plan.full || random.chance(0.05)) links.push('A fixture commentary is at [example.org](https://example.org/synthetic/commentary).');
      if (links.length) out.push(links.join(' '), '');
    }
  }
  return out.join('\n');
}
