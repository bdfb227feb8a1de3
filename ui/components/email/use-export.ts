/**
 * The ConfigTool XML export of one case: take a file, check it, keep its original bytes with
 * the case (through the host), and re-check the kept file against the case's current identity.
 *
 * Nothing is lost on a bad pick: a file that fails the checks is shown with its problems but
 * never replaces the export already kept. A file from another device (serial/MAC mismatch) is
 * kept only when the technician says so explicitly.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { inspectExport, rejectOversize, XML_LIMITS } from '../../../shared/xml';
import type { ExportInspection, InspectContext } from '../../../shared/xml';
import type { GuideHost, StoredExport } from '../../guide-host';
import { MISMATCH } from './export-problems';

/** A picked file that was not kept (yet): why, and its bytes if the technician may keep it anyway. */
export interface Candidate {
  name: string;
  size: number;
  inspection: ExportInspection;
  /** Only for a well-formed export of another device: "keep it anyway" needs the bytes. */
  pending: StoredExport | null;
}

export interface ExportState {
  /** undefined while loading. */
  stored: StoredExport | null | undefined;
  /** The kept file checked against the case as it is now. */
  inspection: ExportInspection | null;
  candidate: Candidate | null;
  busy: boolean;
  error: string | null;
  pick: (file: File) => Promise<void>;
  keepCandidate: () => Promise<void>;
  dismissCandidate: () => void;
  remove: () => Promise<void>;
  setImported: (done: boolean) => Promise<void>;
}

/** A file time this far in the past or future is not the export time (copied, or a wrong clock). */
const FILE_TIME_SLACK_MS = 7 * 24 * 60 * 60 * 1000;

export function useExport(host: GuideHost, key: string | null, context: InspectContext): ExportState {
  const [stored, setStored] = useState<StoredExport | null | undefined>(undefined);
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { serial = null, mac = null, model = null } = context;

  useEffect(() => {
    let live = true;
    setStored(undefined);
    setCandidate(null);
    setError(null);
    if (!key || !host.loadExport) {
      setStored(null);
      return;
    }
    host.loadExport(key).then(
      (found) => live && setStored(found),
      (e: unknown) => {
        if (!live) return;
        setStored(null);
        setError(`The kept XML file could not be read: ${String(e)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [host, key]);

  const inspection = useMemo(
    () => (stored ? inspectExport(stored.bytes, { serial, mac, model }) : null),
    [stored, serial, mac, model],
  );

  const keep = useCallback(
    async (next: StoredExport) => {
      // A host that cannot keep files (no saveExport) still gets the file for this session.
      if (key && host.saveExport) await host.saveExport(key, next);
      setStored(next);
    },
    [host, key],
  );

  const pick = useCallback(
    async (file: File) => {
      setError(null);
      setCandidate(null);
      // Size first: a multi-gigabyte "export" must not be read into memory at all.
      if (file.size > XML_LIMITS.maxBytes) {
        setCandidate({
          name: file.name,
          size: file.size,
          inspection: rejectOversize(file.size),
          pending: null,
        });
        return;
      }
      setBusy(true);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const checked = inspectExport(bytes, { serial, mac, model });
        const now = host.now();
        const fileTime = file.lastModified;
        const exportedAt =
          fileTime > now - FILE_TIME_SLACK_MS && fileTime < now + 5 * 60_000 ? Math.min(fileTime, now) : now;
        const next: StoredExport = {
          name: file.name || 'export.xml',
          mime: 'application/xml',
          size: bytes.length,
          bytes,
          lastModified: fileTime,
          addedAt: now,
          exportedAt,
          resultImported: false,
        };
        const onlyMismatch = checked.problems
          .filter((p) => p.severity === 'error')
          .every((p) => MISMATCH.has(p.code));
        if (checked.ok) await keep(next);
        else
          setCandidate({
            name: file.name,
            size: bytes.length,
            inspection: checked,
            pending: onlyMismatch ? next : null,
          });
      } catch (e) {
        setError(`Could not read ${file.name}: ${String(e)}. Nothing was changed.`);
      } finally {
        setBusy(false);
      }
    },
    [host, keep, serial, mac, model],
  );

  const keepCandidate = useCallback(async () => {
    if (!candidate?.pending) return;
    try {
      await keep(candidate.pending);
      setCandidate(null);
    } catch (e) {
      setError(`Could not keep the file: ${String(e)}`);
    }
  }, [candidate, keep]);

  const remove = useCallback(async () => {
    if (key && host.deleteExport) await host.deleteExport(key);
    setStored(null);
  }, [host, key]);

  const setImported = useCallback(
    async (done: boolean) => {
      if (stored) await keep({ ...stored, resultImported: done });
    },
    [keep, stored],
  );

  return {
    stored,
    inspection,
    candidate,
    busy,
    error,
    pick,
    keepCandidate,
    dismissCandidate: () => setCandidate(null),
    remove,
    setImported,
  };
}
