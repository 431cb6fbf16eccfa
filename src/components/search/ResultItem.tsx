/** One result: its data is fetched only when it is shown. */
import { useEffect, useState } from 'react';
import { resultData, type PagefindResult, type PagefindResultData } from '../../lib/pagefind-client.ts';
import { REFERENCE_ANCHOR } from '../../lib/search-reference.ts';

interface Props {
  result: PagefindResult;
  labels: Record<string, Record<string, string>>;
  typeLabels: Record<string, string>;
  formatDate: (iso: string) => string;
  /** The entry's address in the page's language (records hold the English one). */
  localize: (url: string) => string;
  /** `lang`/`dir` for the entry's own text when it is not in the page's language. */
  languageOf: (code: string | undefined) => { lang?: string; dir?: 'ltr' | 'rtl' };
}

export default function ResultItem({ result, labels, typeLabels, formatDate, localize, languageOf }: Props) {
  const [data, setData] = useState<PagefindResultData | null>(null);
  useEffect(() => {
    let live = true;
    resultData(result).then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [result]);
  if (!data) return <li className="result result-loading" aria-hidden="true" />;
  const f = data.filters;
  const type = f.type?.[0] ?? data.meta.type;
  const own = languageOf(f.language?.[0]);
  const line =
    type === 'case'
      ? [
          data.meta.citation,
          data.meta.court,
          data.meta.decided && formatDate(data.meta.decided),
          f.jurisdiction?.[0] && (labels.jurisdiction?.[f.jurisdiction[0]] ?? f.jurisdiction[0]),
          f.outcome?.[0] && labels.outcome?.[f.outcome[0]],
        ]
      : [typeLabels[type] ?? type, f.year?.[0]];
  return (
    <li className="result">
      <h3 {...own}>
        <a href={localize(data.url)}>{data.meta.title}</a>
      </h3>
      <p className="entry-meta">
        {line.filter(Boolean).map((part, i) => (
          <span key={i}>
            {i > 0 && ' · '}
            <bdi>{part}</bdi>
          </span>
        ))}
      </p>
      <Excerpt data={data} own={own} />
    </li>
  );
}

const EXCERPT_WORDS = 36;

/**
 * From the summary only: the part of the record before the reference anchor (title, citation,
 * identifiers, classification), which the line above already shows. Where only that part matched
 * (an identifier typed), the summary's opening words.
 */
function Excerpt({ data, own }: { data: PagefindResultData; own: { lang?: string; dir?: 'ltr' | 'rtl' } }) {
  const inSummary = data.sub_results?.find((sub) => sub.anchor?.id !== REFERENCE_ANCHOR && sub.excerpt);
  if (inSummary) return <p className="result-excerpt" {...own} dangerouslySetInnerHTML={{ __html: inSummary.excerpt }} />;
  const words = data.content.split(/\s+/);
  return (
    <p className="result-excerpt" {...own}>
      {words.slice(0, EXCERPT_WORDS).join(' ')}
      {words.length > EXCERPT_WORDS ? ' …' : ''}
    </p>
  );
}
