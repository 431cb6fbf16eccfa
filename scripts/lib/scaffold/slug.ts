/**
 * Ids derived from titles: `echr-2005-siliadin-v-france`. An id is permanent (it is the URL),
 * so the derivation is predictable: ASCII-folded, lower case, single hyphens, "v." → "v",
 * initials joined ("C.N." → "cn"), cut at a word boundary to fit 80 characters.
 */
import { ID_MAX_LENGTH } from '../../../schemas/common.ts';

/** Letters NFKD does not decompose into ASCII. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', '&': ' and ' };

export function slugify(text: string, max: number = ID_MAX_LENGTH): string {
  const folded = text
    .toLowerCase()
    .replace(/[ßæøœłđðþı&]/g, (c) => FOLD[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = folded
    // "v.", "vs.", "versus" between parties → v (only as a word of its own, so "V.C.L." stays initials)
    .replace(/(^|\s)(?:v|vs|versus)\.?(?=\s|$)/g, '$1v')
    // apostrophes join a word: "prosecutor's" → prosecutors
    .replace(/['’‘`´]/g, '')
    // a dot after a one-letter word joins initials: "c.n." → cn, "u.s.a." → usa
    .replace(/(?<=(?:^|[^a-z0-9])[a-z])\./g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWord(slug, max);
}

/** The longest prefix of `slug` of at most `max` characters that ends at a whole word. */
export function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const lastHyphen = head.lastIndexOf('-');
  // One word longer than the limit: cut it, there is no better place.
  return (lastHyphen > 0 ? head.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** `<jurisdiction>-<year>-<slug of title>`, at most 80 characters; undefined when the title has no ASCII letters. */
export function caseId(jurisdiction: string, decided: string, title: string): string | undefined {
  const prefix = `${jurisdiction.toLowerCase()}-${decided.slice(0, 4)}-`;
  const slug = slugify(title, ID_MAX_LENGTH - prefix.length);
  return slug ? prefix + slug : undefined;
}
