/** One result: its data is fetched only when it is shown. */
import { useEffect, useState } from 'react';
import type { PagefindResult, PagefindResultData } from './pagefind.ts';

interface Props { result: PagefindResult; labels: Record<string, Record<string, string>>; typeLabels: Record<string, string>; formatDate: (iso: string) => string }

export default function ResultItem({ result, labels, typeLabels, formatDate }: Props) {
  const [data, setData] = useState<PagefindResultData | null>(null);
  useEffect(() => {
    let live = true;
    result.data().then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [result]);
  if (!data) return <li className="result result-loading" aria-hidden="true" />;
  const f = data.filters;
  const type = f.type?.[0] ?? data.meta.type;
  const line = type === 'case'
    ? [data.meta.citation, data.meta.court, data.meta.decided && formatDate(data.meta.decided), f.jurisdiction?.[0] && (labels.jurisdiction?.[f.jurisdiction[0]] ?? f.jurisdiction[0]), f.outcome?.[0] && labels.outcome?.[f.outcome[0]]]
    : [typeLabels[type] ?? type, f.year?.[0]];
  return (
    <li className="result">
      <h3><a href={data.url}>{data.meta.title}</a></h3>
      <p className="entry-meta">{line.filter(Boolean).join(' · ')}</p>
      <p className="result-excerpt" dangerouslySetInnerHTML={{ __html: data.excerpt }} />
    </li>
  );
}
