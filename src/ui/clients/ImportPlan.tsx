import { useId, useRef, useState, type ChangeEvent } from 'react';
import { CLIENTS } from '../../i18n/messages/clients';
import { useLang } from '../common/useLang';
import { describeError, describeIssue, placeOfIssue } from '../../io/issueText';
import { checkInsOfFileBytes } from '../../io/checkInFile';
import type { StoredCheckIn } from '../../io/checkInSchema';
import { MAX_PLAN_BYTES, parsePlanBytes, type ParsePlanResult } from '../../io/planFile';
import type { ClientMeta } from '../../state/clientIndex';
import { createClient, findSamePlan, openClient } from '../../state/clientSession/actions';
import { useClients } from '../../state/clientSession/useClients';
import { clientLabel } from './clientLabel';
import { useStore } from '../../state/store';
import { scenarioFor } from './scenarioFor';

type Picked =
  | { fileName: string; result: ParsePlanResult; checkIns?: StoredCheckIn[] }
  | { fileName: string; unreadable: true };

/**
 * Import a plan file. Nothing changes until the user chooses: import as a new client file, or
 * replace the open plan after a second, explicit confirmation (undoable). A file that fails
 * shows why, with the path of each problem, next to the file input.
 */
export function ImportPlan({ onDone }: { onDone: (message: string) => void }) {
  const lang = useLang();
  const m = CLIENTS[lang];
  const inputId = useId();
  const problemId = useId();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [confirming, setConfirming] = useState(false);
  /** The client file that already holds this plan; 'checking' while the book is read. */
  const [same, setSame] = useState<ClientMeta | null | 'checking'>(null);
  const [busy, setBusy] = useState(false);
  const latestPick = useRef(0);
  const current = useClients((s) => s.clients.find((c) => c.id === s.activeId));
  const draftName = useStore((s) =>
    typeof s.draft.business?.name === 'string' ? s.draft.business.name : '',
  );
  const currentName = clientLabel(
    { name: current?.name ?? '', businessName: draftName },
    lang,
    m.untitled,
  );

  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    setConfirming(false);
    setSame(null);
    const pick = ++latestPick.current;
    const file = e.target.files?.[0];
    if (!file) return setPicked(null);
    if (file.size > MAX_PLAN_BYTES) {
      return setPicked({
        fileName: file.name,
        result: { ok: false, error: { reason: 'too_large', maxBytes: MAX_PLAN_BYTES } },
      });
    }
    try {
      // Bytes, not file.text(): UTF-16 opens and GBK is refused, as in the CLI.
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = parsePlanBytes(bytes);
      const { checkIns } = checkInsOfFileBytes(bytes);
      setPicked({ fileName: file.name, result, checkIns });
      if (result.ok) {
        // Same content as a client file already in the book: offer that file, not a copy.
        setSame('checking');
        const found = await findSamePlan(result.file);
        if (pick === latestPick.current) setSame(found);
      }
    } catch {
      setPicked({ fileName: file.name, unreadable: true });
    }
  };

  const result = picked && 'result' in picked ? picked.result : null;
  const ok = result?.ok ? result : null;
  const planName = ok ? ok.file.business.name || picked!.fileName : '';

  const importAsNew = async () => {
    if (!ok || busy) return;
    // One click, one file: a second click while the first is saved adds nothing.
    setBusy(true);
    const { scenarioId } = useStore.getState();
    const checkIns = picked && 'checkIns' in picked ? picked.checkIns : undefined;
    await createClient(ok, {
      exampleId: null,
      scenarioId: scenarioFor(ok.file, scenarioId),
      ...(checkIns ? { checkIns } : {}),
    });
    onDone(m.imported(planName));
  };
  const openSame = async (meta: ClientMeta) => {
    const name = clientLabel(meta, lang, m.untitled);
    if (await openClient(meta.id)) onDone(m.opened(name));
  };
  const replace = () => {
    if (!ok) return;
    const s = useStore.getState();
    s.replacePlan(ok.file, null);
    s.selectScenario(scenarioFor(ok.file, s.scenarioId));
    onDone(m.replaced(planName));
  };

  const failed = picked !== null && !ok;
  return (
    <section className="client-section" aria-labelledby={`${inputId}-h`}>
      <h3 id={`${inputId}-h`}>{m.importHeading}</h3>
      <p>{m.importIntro}</p>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {m.importLabel}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onPick(e)}
          aria-invalid={failed || undefined}
          aria-describedby={failed ? problemId : undefined}
        />
      </div>
      {picked && 'unreadable' in picked && (
        <p id={problemId} className="client-problem" role="alert">
          {m.readFailed}
        </p>
      )}
      {result && !result.ok && (
        <div id={problemId} className="client-problem" role="alert">
          <p>{describeError(result.error, lang)}</p>
          {result.error.reason === 'invalid' && (
            <>
              <p className="client-problem-head">{m.importProblems}</p>
              <ul>
                {result.error.issues.slice(0, 50).map((i) => (
                  <li key={`${i.path}:${i.code}`}>
                    <strong title={i.path || undefined}>{placeOfIssue(i.path, lang)}</strong>
                    {lang === 'zh-CN' ? '：' : ': '}
                    {describeIssue(i, lang)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {ok && (
        <div className="client-import-ready">
          <p>
            {m.importReady(planName)}
            {ok.migratedFrom !== undefined && ` ${m.importMigrated(ok.migratedFrom)}`}
          </p>
          {same === 'checking' && <p className="client-note">{m.checkingSame}</p>}
          {same && same !== 'checking' && !confirming && (
            <div className="client-confirm" role="group" aria-labelledby={`${inputId}-same`}>
              <p id={`${inputId}-same`} role="status">
                {m.alreadyInBook(clientLabel(same, lang, m.untitled))}
              </p>
              <button type="button" className="client-primary" onClick={() => void openSame(same)}>
                {m.openExisting(clientLabel(same, lang, m.untitled))}
              </button>
              <button type="button" disabled={busy} onClick={() => void importAsNew()}>
                {m.importCopyAnyway}
              </button>
            </div>
          )}
          {same !== null ? null : confirming ? (
            <div className="client-confirm" role="group" aria-label={m.importReplace}>
              <p>{m.confirmReplace(currentName)}</p>
              <button type="button" className="client-danger" onClick={replace}>
                {m.confirmYes}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {m.cancel}
              </button>
            </div>
          ) : (
            <div className="client-buttons">
              <button
                type="button"
                className="client-primary"
                disabled={busy}
                onClick={() => void importAsNew()}
              >
                {m.importAsNew}
              </button>
              <button type="button" onClick={() => setConfirming(true)}>
                {m.importReplace}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
