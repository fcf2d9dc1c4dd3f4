import { useState } from 'preact/hooks';
import { background } from '../api';

/** Articles sent per import message: small enough to keep the progress bar moving. */
const IMPORT_SLICE = 50;

type Progress = { done: number; total: number; skipped: string[]; error?: string };

/** Export the corpus as JSON; import an export back, in slices, with a progress bar. */
export function ImportExport({ onChanged }: { onChanged: () => void }) {
  const [progress, setProgress] = useState<Progress | null>(null);

  const exportCorpus = async () => {
    const data = await background('corpus/export', {});
    const blob = new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `backstory-corpus-${data.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const importFile = async (file: File) => {
    try {
      const data = JSON.parse(await file.text()) as { articles?: unknown[] } & Record<string, unknown>;
      const articles = Array.isArray(data.articles) ? data.articles : [];
      const state: Progress = { done: 0, total: articles.length, skipped: [] };
      setProgress({ ...state });
      // An export with no article still goes through once, so a wrong file gets its clear error.
      for (let start = 0; start < Math.max(articles.length, 1); start += IMPORT_SLICE) {
        const slice = { ...data, articles: articles.slice(start, start + IMPORT_SLICE) };
        const result = await background('corpus/import', { data: slice });
        state.done = Math.min(start + IMPORT_SLICE, articles.length);
        state.skipped.push(...result.skipped);
        setProgress({ ...state });
      }
    } catch (error) {
      const message = error instanceof SyntaxError ? 'This file is not JSON.' : error instanceof Error ? error.message : String(error);
      setProgress((p) => ({ done: p?.done ?? 0, total: p?.total ?? 0, skipped: p?.skipped ?? [], error: message }));
    }
    onChanged();
  };

  return (
    <section class="transfer">
      <button type="button" data-testid="export" onClick={exportCorpus}>
        Export as JSON
      </button>
      <label class="import">
        Import a JSON export:{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
          }}
        />
      </label>
      {progress && (
        <div class="progress" data-testid="import-progress">
          <progress max={Math.max(progress.total, 1)} value={progress.done} />
          <span data-testid="import-status">
            {progress.error
              ? `Import failed: ${progress.error}`
              : progress.done >= progress.total
                ? `Imported ${progress.total - progress.skipped.length} of ${progress.total} articles.`
                : `Importing ${progress.done} of ${progress.total}…`}
          </span>
          {progress.skipped.length > 0 && (
            <details>
              <summary>{progress.skipped.length} skipped</summary>
              <ul>
                {progress.skipped.slice(0, 20).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
