import { useState } from 'preact/hooks';
import { exportBackup, importBackup, parseBackup, type ImportResult, type TactDb } from '@/lib/store';
import { backupFileName, downloadText, refuseBySize } from './backup-file';
import { errorInWords } from './error-words';
import { s } from './strings';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' | 'checking' }
  | { phase: 'importing'; done: number; total: number }
  | { phase: 'done'; result: ImportResult }
  | { phase: 'error'; message: string };

interface Props {
  db: TactDb;
  timeZone: string;
  /** Tells the background that the store changed (badge, reminders). */
  notify: () => Promise<unknown>;
}

// A full disk is said in plain words; anything else as the error says.
const message = errorInWords;
/** Lets the browser paint the phase just set before a long synchronous step (JSON.parse). */
// A macrotask, not requestAnimationFrame: rAF never fires in a hidden tab, and the import must not wait on it.
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Export to a JSON file and import one back, with progress for large files and a readable error. */
export function BackupPanel({ db, timeZone, notify }: Props) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [exportError, setExportError] = useState<string | null>(null);
  const busy = state.phase === 'reading' || state.phase === 'checking' || state.phase === 'importing';

  const exportNow = async () => {
    setExportError(null);
    try {
      const now = Date.now();
      downloadText(document, backupFileName(now, timeZone), JSON.stringify(await exportBackup(db, now)));
    } catch (e) {
      setExportError(s('exportFailed', message(e)));
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const tooLarge = refuseBySize(file.size);
      if (tooLarge) return setState({ phase: 'error', message: tooLarge });
      setState({ phase: 'reading' });
      const text = await file.text();
      setState({ phase: 'checking' });
      await nextFrame();
      const parsed = parseBackup(text);
      if (!parsed.ok) return setState({ phase: 'error', message: parsed.error });
      const total = parsed.backup.items.length + parsed.backup.decisions.length;
      setState({ phase: 'importing', done: 0, total });
      const result = await importBackup(db, parsed.backup, (p) => setState({ phase: 'importing', done: p.done, total: p.total }));
      await notify().catch(() => undefined);
      setState({ phase: 'done', result });
    } catch (e) {
      setState({ phase: 'error', message: s('importFailed', message(e)) });
    } finally {
      // The same file may be picked again (after fixing it, or to import twice).
      input.value = '';
    }
  };

  return (
    <section class="panel backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{s('backupTitle')}</h2>
      <p class="muted">{s('backupHelp')}</p>
      <div class="backup-actions">
        <button type="button" data-tact="export" onClick={() => void exportNow()}>{s('exportButton')}</button>
        <label class="file-button">
          <span>{s('importLabel')}</span>
          <input type="file" accept="application/json,.json" data-tact="import" disabled={busy} onChange={(e) => void importFile(e.currentTarget)} />
        </label>
      </div>
      <div role="status" aria-live="polite" class="backup-status">
        {state.phase === 'reading' || state.phase === 'checking' ? (
          <>
            <progress data-tact="import-progress" aria-label={s(state.phase === 'reading' ? 'importReading' : 'importChecking')} />
            <span>{s(state.phase === 'reading' ? 'importReading' : 'importChecking')}</span>
          </>
        ) : null}
        {state.phase === 'importing' ? (
          <>
            <progress data-tact="import-progress" max={state.total} value={state.done} aria-label={s('importProgress', state.done, state.total)} />
            <span>{s('importProgress', state.done.toLocaleString(), state.total.toLocaleString())}</span>
          </>
        ) : null}
        {state.phase === 'done' ? (
          <p data-tact="import-result" data-added={state.result.added} data-updated={state.result.updated} data-skipped={state.result.skipped}>
            {s('importResult', state.result.added, state.result.updated, state.result.skipped)}
          </p>
        ) : null}
      </div>
      {state.phase === 'error' ? <p class="error" role="alert" data-tact="import-error">{state.message}</p> : null}
      {exportError ? <p class="error" role="alert" data-tact="export-error">{exportError}</p> : null}
    </section>
  );
}
