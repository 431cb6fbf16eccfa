/**
 * "Export the decisions found": one RIS, BibTeX or CSL-JSON file of the results' cases, joined
 * in the browser from their citation files, in the order of the results.
 */
import { useState } from 'react';
import { resultData, type PagefindResult } from '../../lib/pagefind-client.ts';
import { caseIdOf, EXPORT_LIMIT, joinCitations, RESULT_EXPORTS, type ResultExport } from '../../lib/result-export.ts';

interface Props {
  results: readonly PagefindResult[];
  base: string;
  strings: { label: string; note: string; ris: string; bibtex: string; csl: string };
}

export default function ExportResults({ results, base, strings }: Props) {
  const [busy, setBusy] = useState<ResultExport['format'] | null>(null);
  async function download(kind: ResultExport) {
    setBusy(kind.format);
    try {
      const urls = await Promise.all(results.slice(0, EXPORT_LIMIT).map(async (r) => (await resultData(r)).url));
      const ids = urls.map((url) => caseIdOf(url, base)).filter((id): id is string => !!id);
      const texts = await Promise.all(ids.map(async (id) => (await fetch(`${base}cases/${id}/${kind.file}`)).text()));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([joinCitations(kind.format, texts)], { type: kind.mime }));
      link.download = kind.saveAs;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    } finally {
      setBusy(null);
    }
  }
  return (
    <div className="result-export">
      <p>{strings.label}</p>
      <ul className="pill-list">
        {RESULT_EXPORTS.map((kind) => (
          <li key={kind.format}>
            <button
              type="button"
              className="link-button"
              aria-busy={busy === kind.format || undefined}
              disabled={busy !== null}
              onClick={() => void download(kind)}
            >
              {strings[kind.label]}
            </button>
          </li>
        ))}
      </ul>
      <p className="entry-meta">{strings.note}</p>
    </div>
  );
}
