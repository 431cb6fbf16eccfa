/**
 * The privacy guard: phrases that name a victim or give a child's initials warn; ordinary legal
 * prose, names in the title, defendants' labels and marked paragraphs do not.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { privacyWarnings } from '../../src/lib/corpus/privacy.ts';

const NAME = (excerpt: string) =>
  `this looks like it may name a victim ("${excerpt}"): refer to victims as "the complainant", "the applicant", "V1"… (see CONTRIBUTING.md, Privacy)`;
const INITIALS = (excerpt: string) =>
  `this looks like it may give a child's initials ("${excerpt}"): do not identify children, not even by initials; write "the child", "V1"… (see CONTRIBUTING.md, Privacy)`;
const HINT = 'if it does not (the name is a defendant’s, a place’s or a company’s), put <!-- privacy-ok: why --> on the line before the paragraph';

/** Messages only, for a body on its own (first line 1, a title naming nobody). */
const messages = (body: string, title = 'R v Synthetic', labels: string[] = []) => privacyWarnings(body, 1, title, labels).map((w) => w.message);

describe('privacy warnings: phrases that look like a victim’s name', () => {
  const flagged: [string, string][] = [
    ['The victim, Maria, was recruited in 2015.', NAME('The victim, Maria')],
    ['The court heard victim Maria Lopez describe the house.', NAME('victim Maria Lopez')],
    ['The recruiter approached her at school (a girl called Anna).', NAME('a girl called Anna')],
    ['He employed a young woman named Grace as a cleaner.', NAME('woman named Grace')],
    ['Her name was Joy and she was sixteen.', NAME('Her name was Joy')],
    ['Mrs Okafor, the complainant, said she was never paid.', NAME('Mrs Okafor')],
    ['The applicant (Ms Anna Novak) complained to the police.', NAME('The applicant (Ms Anna Novak)')],
    ['The complainants, Ana and her sister, were moved by bus.', NAME('The complainants, Ana')],
    ['La victime, Maria, a été recrutée à Lyon.', NAME('La victime, Maria')],
    ['The child A.B. was sent to work in the fields.', INITIALS('The child A.B.')],
    ['Two girls, C.D. and another, were recruited.', INITIALS('girls, C.D.')],
    ['C.D., aged 14, was recruited online.', INITIALS('C.D., aged 14')],
    ['G.H., a 16-year-old, was moved to the city.', INITIALS('G.H., a 16-year-old')],
  ];
  for (const [body, message] of flagged) test(body, () => assert.deepEqual(messages(body), [message]));
});

describe('privacy warnings: ordinary legal prose does not warn', () => {
  const clean = [
    'The applicant, a Togolese national, came to France in January 1994 at the age of 15.',
    'The victims, Nigerian women, were moved through Italy; the complainants, Filipino and Thai workers, were paid nothing.',
    'The complainant, V1, told the court that Ms X had kept her passport.',
    'The applicant Government argued that the case was inadmissible under Article 35.',
    'The victim was called to give evidence. A man named in the indictment was never arrested.',
    'T.M., a former police officer, was indicted; see also [2015] 3 S.C.R. 754 and 18 U.S.C. 1589.',
    'The Trafficking Victims Protection Act applies; the so-called loverboy method was used.',
    'The applicant, Ukrainian-born, had lived in Cyprus for a year. The victims, both Romanian, were moved.',
    'The plaintiff, Jane Doe, sued the farm for unpaid wages.',
    'The first defendant, B.K., recruited the complainants, who were 17 and 19.',
    'E.F., aged 25, was the second defendant.',
    'Use `the victim, Maria` in class as an example of what not to write.',
    'The complainant, Constable Smith said, was frightened.',
  ];
  for (const body of clean) test(body, () => assert.deepEqual(messages(body), []));
});

describe('privacy warnings: allowed names', () => {
  test('names in the official case title', () => {
    assert.deepEqual(messages('The applicant, Ms Siliadin, was 15 when she arrived.', 'Siliadin v. France'), []);
    assert.deepEqual(messages("The applicant's daughter, Ms Rantseva, died in Limassol.", 'Rantsev v. Cyprus and Russia'), []);
    assert.deepEqual(messages('The applicant, Ms Siliadin, was 15 when she arrived.', 'Rantsev v. Cyprus and Russia'), [NAME('The applicant, Ms Siliadin')]);
  });
  test('every word of the name must be in the title', () => {
    assert.deepEqual(messages('The applicant, Siwa Siliadin, was 15.', 'Siliadin v. France'), [NAME('The applicant, Siwa Siliadin')]);
  });
  test('initials in the title', () => {
    assert.deepEqual(messages('The child applicant, A.N., was found in a cannabis farm.', 'V.C.L. and A.N. v. the United Kingdom'), []);
  });
  test('defendants’ labels', () => {
    const body = 'The complainant worked for Mrs Adeyemi, who kept her passport.';
    assert.deepEqual(messages(body, 'R v Synthetic', ['Mrs Adeyemi']), []);
    assert.deepEqual(messages(body), [NAME('Mrs Adeyemi')]);
  });
});

describe('privacy warnings: where, and how to silence a false positive', () => {
  test('line and column of the name in the file, with the hint', () => {
    const body = '\n## Facts\n\nThe house was in a village.\nThe victim, Maria, cleaned it.\n';
    assert.deepEqual(privacyWarnings(body, 20, 'R v Synthetic'), [{ line: 24, column: 13, message: NAME('The victim, Maria'), hint: HINT }]);
  });
  test('a continuation line of a list item keeps its column', () => {
    const body = '- The house was in a village and\n  the victim, Maria, cleaned it.\n';
    assert.deepEqual(
      privacyWarnings(body, 1, 'R v Synthetic').map(({ line, column }) => ({ line, column })),
      [{ line: 2, column: 15 }],
    );
  });
  test('<!-- privacy-ok: reason --> on the line before silences that paragraph only', () => {
    const body = [
      '<!-- privacy-ok: Grace is the name of the defendant company -->',
      'The complainant was hired by a woman called Grace.',
      '',
      'The complainant was hired by a woman called Grace.',
      '',
    ].join('\n');
    assert.deepEqual(
      privacyWarnings(body, 1, 'R v Synthetic').map((w) => w.line),
      [4],
    );
  });
  test('a marker without a reason silences nothing', () => {
    const body = '<!-- privacy-ok: -->\nThe victim, Maria, cleaned it.\n';
    assert.deepEqual(messages(body), [NAME('The victim, Maria')]);
  });
  test('a marker before a list silences the whole list', () => {
    const body = '<!-- privacy-ok: the names are the defendants -->\n- a woman called Grace\n- a woman called Hope\n';
    assert.deepEqual(messages(body), []);
  });
});
