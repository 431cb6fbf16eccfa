/**
 * Privacy guard: warnings (never errors) for body text that looks like it names a victim or gives
 * a child's initials. The content model allows victims' names only in the official case title;
 * everywhere else they are "the applicant", "the complainant", "V1".
 *
 * The heuristic, in the text of each paragraph, heading and table cell (never in code or link
 * addresses), flags:
 *   1. a victim word followed by a name: "the victim, Maria", "complainant Ana Lopez", "the
 *      applicant (Ms Anna Novak)"; victim words: victim, complainant, survivor, applicant,
 *      claimant, plaintiff, prosecutrix, injured party, and the French and Spanish equivalents;
 *   2. a person "named" or "called" something: "a girl called Anna", "a woman named Grace",
 *      "her name was Joy";
 *   3. Ms, Mrs, Miss (Mme, Mlle, Sra…) and a name within 100 characters of a victim word (not Mr:
 *      in summaries it mostly names counsel, judges and defendants);
 *   4. initials of a child: "the child A.B.", "a girl, C.D.,", "E.F., aged 14".
 * A name is any capitalised word ("Maria", "McDonald", "Jean-Paul") that is not a common
 * capitalised word of legal prose ("The", "Article", "Court", "Government"), a country or a
 * nationality ("Nigerian", "Thai"). Single letters ("Ms X", "V1") and court pseudonyms ("Jane Doe")
 * are anonymised labels, not names.
 *
 * Allowed: names whose every word is in the title (the official case name may carry the
 * applicant's name; "Rantseva" counts as "Rantsev"), and defendants' labels. A false positive is
 * silenced with an HTML comment on the line before the paragraph (or list, or quote):
 *   <!-- privacy-ok: Grace is the defendant's business name -->
 */
import { createRequire } from 'node:module';
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { parseBody } from './body.ts';

export interface PrivacyWarning {
  line: number;
  column: number;
  message: string;
  hint: string;
}

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries') as Array<{ name: { common: string }; demonyms?: Record<string, { f: string; m: string }> }>;

/** Capitalised words that are not names: grammar, institutions, law, calendar, peoples. */
const NOT_NAMES = new Set(
  [
    ...'The A An And Or But Nor If When While Where Whereas After Before During Although Though Because Since As At By For From In Into On Onto Of To With Without Upon Under Over Between Against Through Throughout Despite Unlike Like Both Either Neither Each Every All Any Some No None Not One Two Three Four Five Six Seven Eight Nine Ten First Second Third Fourth Fifth Last Another Other Others Such Same This That These Those It Its He She Him Her His Hers They Them Their Theirs We Us Our You Your I My Who Whom Whose Which What Whether Then Thus Therefore However Moreover Also Only Even Yet Still Here There Accordingly Further Finally Although Having Being Given Following According Notwithstanding Nevertheless Nonetheless Indeed Instead Meanwhile Subsequently Later Earlier Initially Eventually Yes'.split(
      ' ',
    ),
    ...'Article Articles Section Sections Paragraph Paragraphs Para Paras Schedule Rule Rules Regulation Regulations Part Chapter Count Counts Case Cases Application Applications Judgment Decision Order Act Acts Code Bill Law Laws Statute Convention Protocol Protocols Directive Constitution Charter Treaty Principles Guidelines Model Annex'.split(
      ' ',
    ),
    ...'Court Courts Chamber Grand Judge Judges Justice Justices Tribunal Committee Commission Commissioner Government Governments State States Republic Kingdom Federation Union Crown Prosecution Prosecutor Prosecutors Public Police Constable Officer Inspector Sergeant Detective Ministry Minister Office Department Agency Authority Authorities Service Services Secretary Attorney General Parliament Council Assembly Senate Congress Supreme High District Regional Provincial Federal National International European Appeal Appeals Division Criminal Civil Penal Labour Labor Immigration Border Home Interior Embassy Consulate Centre Center Unit Company Corporation Ltd Limited Inc Foundation Association Church Hospital Clinic School University Institute Programme Program Project Operation Team Task Force NGO Amnesty Interpol Europol Caritas Salvation Army Trafficking Persons Person Victim Victims Protection Rights Human Refugee Refugees Asylum Migrant Migrants Visa'.split(
      ' ',
    ),
    ...'Ms Mrs Miss Mr Mme Mlle Madame Mademoiselle Monsieur Señora Señorita Señor Sra Srta Sr Dr Prof Professor Sir Dame Lady Lord Hon Honourable'.split(' '),
    ...'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
      ' ',
    ),
    ...'Arab Arabic Asian African European Latin Latina Latino Hispanic Caribbean Indigenous Aboriginal Maori Māori Roma Romani Hmong Karen Shan Rohingya Uyghur Kurd Kurdish Yazidi Berber Tuareg Bedouin Igbo Yoruba Hausa Edo Tamil Bengali Punjabi Khmer Lao Kazakh Uzbek Kyrgyz Tajik Muslim Christian Catholic Protestant Orthodox Hindu Buddhist Sikh Jewish Sunni Shia Black White English Scottish Welsh Irish British Northern Southern Eastern Western North South East West'.split(
      ' ',
    ),
    ...worldCountries.flatMap((c) => [c.name.common, ...Object.values(c.demonyms ?? {}).flatMap((d) => [d.f, d.m])].flatMap((s) => s.split(/[^\p{L}]+/u))),
  ].map((w) => w.toLowerCase()),
);

const ROLE = String.raw`(?:victim|complainant|survivor|applicant|claimant|plaintiff|prosecutrix|injured party|aggrieved person|victime|plaignante?|requérante?|víctima|denunciante|demandante)s?`;
const PERSON = String.raw`(?:girl|boy|woman|man|child|minor|teenager|person|worker|maid|daughter|son|sister|brother|wife|mother|niece|nephew|cousin|student|lady|victim|complainant|survivor|femme|fille|mujer|niña|niño)`;
const CHILD = String.raw`(?:child|children|minor|girl|boy|daughter|son|baby|infant|teenager|juvenile|pupil|schoolgirl|schoolboy|enfant|mineure?|menor|niña|niño)s?(?:\s+(?:victim|complainant|witness)s?)?`;
const HONORIFIC = String.raw`(?:Ms|Mrs|Miss|Mr|Mme|Mlle|Madame|Mademoiselle|Señora|Señorita|Sra|Srta)\.?`;
const WORD = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}(?![\p{L}\d])`;
const NAME = String.raw`${WORD}(?:\s+${WORD}){0,2}`;
const INITIALS = String.raw`\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?`;
const START = String.raw`(?<![\p{L}\d])`;
/** An article or possessive before the victim word, so that the quoted excerpt reads naturally. */
const DET = String.raw`(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ll]a|[Ll]e|[Ll]es|[Uu]ne?|[Ee]l|[Ll]os)\s+)?`;

interface Rule {
  kind: 'name' | 'initials';
  pattern: RegExp;
  /** Only when a victim word is this near (characters either side of the name). */
  nearRole?: number;
  /** For initials with an age: flag children only. */
  maxAge?: number;
}

// Every pattern captures the name (or initials) in the group named "name"; `d` gives its index.
const RULES: Rule[] = [
  { kind: 'name', pattern: new RegExp(String.raw`${START}${DET}${ROLE}(?:\s*[,(]\s*|\s+)(?:${HONORIFIC}\s+)?(?<name>${NAME})`, 'dgu') },
  {
    kind: 'name',
    pattern: new RegExp(
      String.raw`${START}${DET}${PERSON}[^.;:\n]{0,40}?\s(?:named|called|known as|nicknamed|nommée?|appelée?|llamad[ao])\s+(?:${HONORIFIC}\s+)?["“'‘]?(?<name>${NAME})`,
      'dgu',
    ),
  },
  {
    kind: 'name',
    pattern: new RegExp(
      String.raw`${START}(?:[Hh]er|[Hh]is|[Ww]hose|[Tt]he victim's|[Tt]he child's)\s+(?:real\s+|first\s+|full\s+)?name\s+(?:was|is)\s+["“'‘]?(?<name>${NAME})`,
      'dgu',
    ),
  },
  {
    kind: 'name',
    pattern: new RegExp(String.raw`${START}(?:Ms|Mrs|Miss|Mme|Mlle|Madame|Mademoiselle|Señora|Señorita|Sra|Srta)\.?\s+(?<name>${NAME})`, 'dgu'),
    nearRole: 100,
  },
  { kind: 'initials', pattern: new RegExp(String.raw`${START}${DET}${CHILD}(?:\s*[,(]\s*|\s+)(?<name>${INITIALS})`, 'dgu') },
  {
    kind: 'initials',
    pattern: new RegExp(
      String.raw`${START}(?<name>${INITIALS})\s*[,(]?\s*(?:(?:then\s+)?aged?\s+(?<age>\d{1,2})(?!\d)\)?|(?:then\s+|who was\s+|a\s+)?(?<years>\d{1,2})(?:\s+|-)years?(?:\s+|-)old)`,
      'dgu',
    ),
    maxAge: 17,
  },
];
const ROLE_WORD = new RegExp(`${START}${ROLE}(?![\\p{L}])`, 'u');

const MESSAGES = {
  name: (excerpt: string) =>
    `this looks like it may name a victim ("${excerpt}"): refer to victims as "the complainant", "the applicant", "V1"… (see CONTRIBUTING.md, Privacy)`,
  initials: (excerpt: string) =>
    `this looks like it may give a child's initials ("${excerpt}"): do not identify children, not even by initials; write "the child", "V1"… (see CONTRIBUTING.md, Privacy)`,
};
const HINT = 'if it does not (the name is a defendant’s, a place’s or a company’s), put <!-- privacy-ok: why --> on the line before the paragraph';

/** `<!-- privacy-ok: reason -->`; without a reason it silences nothing. */
const MARKER = /^<!--\s*privacy-ok:\s*(?!-->)\S[\s\S]*-->$/;

/** Text of one block with, for each stretch, where it is written in the body. */
interface Piece {
  from: number;
  text: string;
  source: string;
  offset: number;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w.length >= 2);
}

/** A name is allowed when every word of it is in the title or a defendant's label. */
function allowedName(name: string, allowed: string[]): boolean {
  return words(name).every((w) => allowed.some((a) => a === w || (a.length >= 4 && w.length >= 4 && (w.startsWith(a) || a.startsWith(w)))));
}

/** "Government's", "Ukrainian-born": a word is judged by its first part, without a possessive. */
const isNotName = (word: string) =>
  NOT_NAMES.has(
    word
      .toLowerCase()
      .replace(/['’]s$/, '')
      .split('-')[0],
  );

/** US courts' pseudonyms ("Jane Doe", "Richard Roe") already protect the person. */
const PSEUDONYM = /(?<![\p{L}])(?:Doe|Roe)(?![\p{L}])/u;

/** The leading words of a name that are not common capitalised words; empty if the first is one. */
function trimName(name: string): string {
  const kept: string[] = [];
  for (const part of name.split(/\s+/)) {
    if (isNotName(part)) break;
    kept.push(part);
  }
  return PSEUDONYM.test(name) ? '' : kept.join(' ');
}

function collectPieces(node: Nodes, body: string, pieces: Piece[], state: { length: number }) {
  const push = (text: string, source: string, offset: number) => {
    pieces.push({ from: state.length, text, source, offset });
    state.length += text.length;
  };
  if (node.type === 'text' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
    push(node.value, body.slice(node.position.start.offset, node.position.end.offset), node.position.start.offset);
  } else if (node.type === 'break') {
    push('\n', '\n', node.position?.start.offset ?? 0);
  } else if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') {
    push(' | ', ' | ', node.position?.start.offset ?? 0); // never part of a match
  } else if ('children' in node) {
    for (const child of node.children) collectPieces(child as Nodes, body, pieces, state);
  }
}

/** Where a character of the block's text is written: exact when the text is as written, else its line. */
function sourceOffset(pieces: Piece[], index: number): number {
  const piece = [...pieces].reverse().find((p) => p.from <= index) ?? pieces[0];
  const within = index - piece.from;
  if (piece.text === piece.source) return piece.offset + within;
  // Continuation lines lose their indentation or "> " in the text: find the line in the source.
  const before = piece.text.slice(0, within).split('\n');
  const lineInText = before.length - 1;
  const sourceLines = piece.source.split('\n');
  const textLine = piece.text.split('\n')[lineInText] ?? '';
  const sourceLine = sourceLines[lineInText] ?? '';
  const lineStart = sourceLines.slice(0, lineInText).reduce((sum, l) => sum + l.length + 1, 0);
  const shift = Math.max(0, sourceLine.indexOf(textLine));
  return piece.offset + Math.min(lineStart + shift + before[lineInText].length, piece.source.length);
}

/**
 * @param body the Markdown body of an entry
 * @param bodyFirstLine the line of the file on which the body starts
 * @param title the entry's title: names in it are allowed
 * @param defendantLabels the `label` of each defendant: allowed too
 * @param parsed the body's Markdown tree, when the caller has parsed it already
 */
export function privacyWarnings(body: string, bodyFirstLine: number, title: string, defendantLabels: readonly string[] = [], parsed?: Root): PrivacyWarning[] {
  const tree = parsed ?? parseBody(body); // the validator passes the tree it already parsed
  const allowed = [...words(title), ...defendantLabels.flatMap(words)];
  const allowedInitials = [title, ...defendantLabels].join(' ').replace(/\s+/g, '');
  let lineStarts: number[] | undefined; // worked out only for a body with a warning (few have one)
  const position = (offset: number) => {
    lineStarts ??= [0, ...[...body.matchAll(/\n/g)].map((m) => m.index + 1)];
    let line = lineStarts.length - 1;
    while (lineStarts[line] > offset) line--;
    return { line: bodyFirstLine + line, column: offset - lineStarts[line] + 1 };
  };

  const silenced: [number, number][] = [];
  const blocks: Nodes[] = [];
  visit(tree, (node, index, parent: Parents | undefined) => {
    if (node.type === 'html' && MARKER.test(node.value.trim()) && parent && index !== undefined) {
      const next = parent.children[index + 1] as RootContent | undefined;
      if (next?.position) silenced.push([next.position.start.offset!, next.position.end.offset!]);
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(node);
      return SKIP;
    }
  });

  const warnings: (PrivacyWarning & { offset: number })[] = [];
  for (const block of blocks) {
    const start = block.position?.start.offset ?? 0;
    if (silenced.some(([from, to]) => start >= from && start < to)) continue;
    const pieces: Piece[] = [];
    collectPieces(block, body, pieces, { length: 0 });
    if (pieces.length === 0) continue;
    const text = pieces.map((p) => p.text).join('');
    const taken: [number, number][] = [];
    for (const rule of RULES) {
      for (const match of text.matchAll(rule.pattern)) {
        let name = match.groups!.name;
        const nameAt = match.indices!.groups!.name[0];
        if (rule.kind === 'name') {
          name = trimName(name);
          if (!name || allowedName(name, allowed)) continue;
          if (rule.nearRole && !ROLE_WORD.test(text.slice(Math.max(0, nameAt - rule.nearRole), nameAt + name.length + rule.nearRole))) continue;
        } else {
          if (allowedInitials.includes(name.replace(/\s+/g, ''))) continue;
          if (rule.maxAge !== undefined && Number(match.groups!.age ?? match.groups!.years) > rule.maxAge) continue;
        }
        const end = nameAt + name.length;
        if (taken.some(([from, to]) => nameAt < to && end > from)) continue; // one warning per name
        taken.push([nameAt, end]);
        let excerpt = text
          .slice(match.index, rule.kind === 'name' ? end : match.index + match[0].length)
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/[,(\s]+$/, '');
        if (excerpt.includes('(') && !excerpt.includes(')') && text[end] === ')') excerpt += ')';
        const offset = sourceOffset(pieces, nameAt);
        warnings.push({ ...position(offset), message: MESSAGES[rule.kind](excerpt), hint: HINT, offset });
      }
    }
  }
  return warnings.sort((a, b) => a.offset - b.offset).map(({ offset: _, ...warning }) => warning);
}
