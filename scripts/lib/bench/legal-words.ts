/**
 * Word lists for synthetic summaries: legal English of the kind trafficking judgments use, so
 * that the search index sees a realistic vocabulary. Invented place names make the tail of rare
 * words that real summaries have (names, places). Nothing here describes a real case.
 */

/** Who acts in a sentence. */
export const ACTORS = [
  'the court', 'the trial court', 'the appellate court', 'the chamber', 'the tribunal', 'the prosecution', 'the defence',
  'the first defendant', 'the second defendant', 'the third defendant', 'the accused', 'the appellant', 'the respondent',
  'the complainant', 'the applicant', 'V1', 'V2', 'V3', 'the labour inspectorate', 'the recruiting agent', 'the employer',
  'the State party', 'the respondent State', 'the expert witness', 'the investigating judge', 'the police', 'the prosecutor',
  'the shelter staff', 'the interpreter', 'the committee', 'the majority', 'the dissenting judge', 'the intervener',
] as const;

/** Verbs that report what a court or party said. */
export const REPORTING_VERBS = [
  'held', 'found', 'considered', 'accepted', 'noted', 'observed', 'concluded', 'emphasised', 'recalled', 'stressed',
  'argued', 'submitted', 'alleged', 'maintained', 'contended', 'acknowledged', 'stated', 'explained', 'reasoned', 'doubted',
  'rejected the argument', 'was satisfied', 'was not persuaded', 'agreed',
] as const;

/** Verbs for what was done (past tense), with the object they take. */
export const ACTION_VERBS = [
  'recruited', 'transported', 'transferred', 'harboured', 'received', 'deceived', 'threatened', 'coerced', 'confined',
  'exploited', 'controlled', 'withheld', 'confiscated', 'arranged', 'financed', 'supervised', 'advertised', 'concealed',
  'paid', 'promised', 'housed', 'moved', 'isolated', 'intimidated', 'punished', 'fined', 'sold', 'bought', 'employed',
  'registered', 'accompanied', 'instructed', 'monitored', 'abused', 'misled', 'induced', 'detained', 'released',
  'questioned', 'identified', 'referred', 'protected', 'assisted', 'interviewed', 'investigated', 'prosecuted', 'charged',
  'convicted', 'acquitted', 'sentenced', 'compensated', 'corroborated', 'contradicted', 'examined', 'assessed', 'weighed',
] as const;

/** Nouns, most frequent first (drawn with a Zipf weight, so the order matters). */
export const NOUNS = [
  'exploitation', 'evidence', 'victim', 'offence', 'recruitment', 'work', 'conviction', 'trafficking', 'deception', 'debt',
  'testimony', 'vulnerability', 'consent', 'coercion', 'employer', 'passport', 'wages', 'accommodation', 'threat', 'force',
  'appeal', 'sentence', 'judgment', 'charge', 'witness', 'statement', 'payment', 'journey', 'border', 'visa', 'contract',
  'household', 'farm', 'factory', 'vessel', 'restaurant', 'brothel', 'salon', 'construction site', 'plantation', 'mine',
  'identity document', 'residence permit', 'travel document', 'bank account', 'mobile phone', 'message', 'recording',
  'network', 'organised group', 'intermediary', 'agency', 'broker', 'family', 'community', 'village', 'city', 'region',
  'labour', 'servitude', 'slavery', 'forced labour', 'domestic work', 'prostitution', 'begging', 'marriage', 'adoption',
  'control', 'confinement', 'isolation', 'surveillance', 'violence', 'abuse', 'fear', 'shame', 'dependency', 'poverty',
  'irregular status', 'language', 'education', 'age', 'pregnancy', 'disability', 'illness', 'addiction', 'homelessness',
  'investigation', 'prosecution', 'identification', 'referral', 'protection', 'assistance', 'compensation', 'restitution',
  'confiscation', 'forfeiture', 'proceeds', 'profit', 'benefit', 'advantage', 'loan', 'fee', 'deduction', 'fine',
  'inspection', 'raid', 'arrest', 'search', 'seizure', 'interview', 'interpreter', 'shelter', 'hotline', 'complaint',
  'obligation', 'duty', 'positive obligation', 'procedural obligation', 'standard of proof', 'burden of proof', 'doubt',
  'intent', 'knowledge', 'purpose', 'means', 'act', 'element', 'definition', 'provision', 'statute', 'article', 'protocol',
  'convention', 'directive', 'legislation', 'amendment', 'precedent', 'authority', 'principle', 'presumption', 'defence',
  'mitigation', 'aggravation', 'culpability', 'credibility', 'reliability', 'corroboration', 'disclosure', 'hearsay',
  'remedy', 'damages', 'violation', 'breach', 'failure', 'delay', 'omission', 'risk', 'indicator', 'pattern', 'scheme',
  'hours', 'rest', 'food', 'clothing', 'room', 'key', 'door', 'lock', 'phone', 'money', 'cash', 'transfer', 'remittance',
] as const;

/** Adjectives (Zipf-weighted too). */
export const ADJECTIVES = [
  'relevant', 'vulnerable', 'prolonged', 'credible', 'consistent', 'serious', 'systematic', 'false', 'excessive', 'unpaid',
  'irregular', 'foreign', 'domestic', 'underage', 'economic', 'physical', 'psychological', 'sexual', 'material', 'financial',
  'effective', 'adequate', 'independent', 'prompt', 'thorough', 'reasonable', 'substantial', 'significant', 'limited',
  'extensive', 'initial', 'subsequent', 'original', 'amended', 'applicable', 'national', 'international', 'regional',
  'criminal', 'civil', 'administrative', 'constitutional', 'procedural', 'substantive', 'aggravated', 'organised',
  'transnational', 'internal', 'daily', 'monthly', 'unlawful', 'lawful', 'exploitative', 'coercive', 'deceptive',
  'fraudulent', 'abusive', 'hostile', 'isolated', 'remote', 'rural', 'urban', 'informal', 'seasonal', 'temporary',
] as const;

/** Adverbs that open or colour a sentence. */
export const OPENERS = [
  'In particular,', 'However,', 'Moreover,', 'In addition,', 'On the evidence,', 'On appeal,', 'At trial,', 'Accordingly,',
  'In that context,', 'For that reason,', 'By contrast,', 'Nevertheless,', 'Furthermore,', 'In the circumstances,',
  'As a result,', 'Taken together,', 'In its view,', 'At the hearing,', 'Later,', 'Initially,', 'Throughout,',
] as const;

/** Prepositional phrases; `{place}`, `{n}`, `{noun}`, `{adjective}` and `{ref}` are filled in. */
export const PHRASES = [
  'in {place}', 'from {place}', 'to {place}', 'near {place}', 'for {n} months', 'for {n} years', 'over {n} weeks',
  'under {ref}', 'within the meaning of {ref}', 'by means of {noun}', 'through {adjective} {noun}', 'without {noun}',
  'in exchange for {noun}', 'despite the {noun}', 'on the basis of {adjective} {noun}', 'with the help of the {noun}',
  'after the {noun}', 'before the {noun}', 'during the {noun}', 'at the {noun}', 'in breach of the {noun}',
  'for {n} hours a day', 'for a fee of {n} hundred units', 'against a debt of {n} thousand units',
] as const;

const SYLLABLES = ['var', 'no', 'lo', 'kes', 'tri', 'ma', 'bel', 'dor', 'an', 'sel', 'mir', 'ta', 'quo', 'ren', 'vel', 'ost', 'ka', 'lun', 'dri', 'pa', 'zem', 'ori', 'thal', 'ven', 'ga', 'sun', 'mor', 'ek', 'il', 'cas'];

/** Invented place names ("Varnolo"): `count` distinct words made of two or three syllables. */
export function placeNames(count: number): string[] {
  const names: string[] = [];
  const n = SYLLABLES.length;
  for (let i = 0; names.length < count; i++) {
    const parts = [SYLLABLES[i % n], SYLLABLES[Math.floor(i / n) % n]];
    if (i >= n * n) parts.push(SYLLABLES[Math.floor(i / (n * n)) % n]);
    const word = parts.join('');
    names.push(word[0].toUpperCase() + word.slice(1));
  }
  return names;
}

/** Offences and statutes for charges, all clearly invented. */
export const OFFENCES = [
  'trafficking in persons', 'trafficking in persons for sexual exploitation', 'trafficking in persons for forced labour',
  'trafficking in children', 'holding a person in servitude', 'forced labour', 'smuggling of migrants',
  'participation in an organised criminal group', 'laundering of proceeds of crime', 'document fraud',
  'exploitation of prostitution', 'unlawful confinement', 'assault', 'threats', 'employment of irregular workers',
] as const;

export const SENTENCES = [
  '{n} years’ imprisonment', '{n} years’ imprisonment and a fine', '{n} months’ imprisonment, suspended',
  '{n} years’ imprisonment and confiscation of proceeds', 'a fine and compensation to the victims', 'community service',
] as const;

export const KEYWORDS = [
  'debt bondage', 'withholding of documents', 'non-punishment', 'victim testimony', 'expert evidence', 'positive obligations',
  'effective investigation', 'consent irrelevant', 'child victims', 'online recruitment', 'labour inspection',
  'compensation', 'confiscation', 'organised crime', 'corruption', 'domestic servitude', 'seasonal work', 'fishing vessels',
  'abuse of vulnerability', 'deception about work', 'cross-border cooperation', 'special investigative techniques',
  'credibility of victims', 'sentencing', 'jurisdiction', 'mutual legal assistance', 'extradition', 'joint investigation',
  'interpretation', 'shelter', 'residence permit', 'identification of victims', 'recruitment fees', 'forced criminality',
] as const;
