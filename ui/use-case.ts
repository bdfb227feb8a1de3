/**
 * Loads the case for the current device (or a hand-entered one) and saves every change at once,
 * so progress survives closing the panel, reloading the page and restarting the browser.
 * Writes are chained: two quick ticks never race each other to storage.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaseRecord } from '../shared/case/case';
import { mergeIdentity, setFacts } from '../shared/case/case';
import { CaseStore, type CaseStoreProblem } from '../shared/case/case-store';
import type { CaseIdentity } from '../shared/case/identity';
import { deviceKindFromModel } from '../shared/device/kind';
import type { DevInitStatus } from '../shared/device/devinit';
import type { DetectedDevice, GuideHost } from './guide-host';

/** Remembers which hand-entered case the panel showed last, for tabs without a recorder. */
const MANUAL_CASE_KEY = 'rrc.ui.manual-case';

export interface CaseState {
  detected: DetectedDevice | null | undefined;
  record: CaseRecord | null;
  deviceStatus: DevInitStatus | null | undefined;
  problems: CaseStoreProblem[];
  openCases: CaseRecord[];
  update: (change: (record: CaseRecord, now: number) => CaseRecord) => void;
  startManual: (identity: Partial<CaseIdentity>) => Promise<void>;
  resume: (key: string) => Promise<void>;
  leaveManual: () => Promise<void>;
}

export function useCase(host: GuideHost): CaseState {
  const [problems, setProblems] = useState<CaseStoreProblem[]>([]);
  const store = useMemo(
    () =>
      new CaseStore(host.store, {
        clock: { now: () => host.now() },
        onProblem: (p) => setProblems((all) => [...all, p]),
      }),
    [host],
  );
  const [detected, setDetected] = useState<DetectedDevice | null | undefined>(undefined);
  const [record, setRecord] = useState<CaseRecord | null>(null);
  const [deviceStatus, setDeviceStatus] = useState<DevInitStatus | null | undefined>(undefined);
  const [openCases, setOpenCases] = useState<CaseRecord[]>([]);
  const latest = useRef<CaseRecord | null>(null);
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  const show = (next: CaseRecord | null) => {
    latest.current = next;
    setRecord(next);
  };
  const persist = (next: CaseRecord) => {
    writes.current = writes.current
      .then(() => store.save(next))
      .catch((e: unknown) => {
        setProblems((all) => [
          ...all,
          { kind: 'corrupt', storageKey: next.key, detail: `Could not save: ${String(e)}` },
        ]);
      });
    return writes.current;
  };

  const load = useCallback(async () => {
    const device = await host.currentDevice();
    setDetected(device);
    setDeviceStatus(undefined);
    if (!device) {
      const manualKey = await host.store.get<string>(MANUAL_CASE_KEY);
      const manual = manualKey ? await store.get(manualKey) : null;
      show(manual && manual.closedAt === null ? manual : null);
      setOpenCases((await store.list()).filter((r) => r.closedAt === null));
      return;
    }
    let current = await store.open(
      {
        brand: device.brand,
        model: device.model,
        serial: device.serial,
        mac: device.mac,
        firmware: device.firmware,
        origin: device.origin,
        generation: device.generation,
      },
      'detected',
    );
    const family = deviceKindFromModel(current.identity.model);
    if (family && current.facts.family !== family) {
      current = setFacts(current, { family }, host.now());
      await persist(current);
    }
    show(current);
    // Read-only: asks the device which reset paths it supports (never PasswdFind.getDescript).
    const reading = await host.readDevice().catch(() => null);
    const status = reading?.status ?? null;
    setDeviceStatus(status);
    if (reading && latest.current && Object.keys(reading.shown).length > 0) {
      const merged = mergeIdentity(latest.current, reading.shown, 'detected', host.now());
      if (merged !== latest.current) {
        show(merged);
        await persist(merged);
      }
    }
    if (status && latest.current) {
      const withFacts = setFacts(
        latest.current,
        {
          ...(status.initialized !== null && { initialized: status.initialized }),
          ...(status.find !== null && { findContacts: status.find }),
          ...(status.secretQuestions !== null && { secretQuestions: status.secretQuestions }),
          ...(status.xmlReset !== null && { xmlReset: status.xmlReset }),
        },
        host.now(),
      );
      if (withFacts !== latest.current) {
        show(withFacts);
        await persist(withFacts);
      }
    }
  }, [host, store]);

  useEffect(() => {
    void load();
    return host.onDeviceChange(() => void load());
  }, [host, load]);

  const update = useCallback(
    (change: (record: CaseRecord, now: number) => CaseRecord) => {
      const current = latest.current;
      if (!current) return;
      const next = change(current, host.now());
      if (next === current) return;
      show(next);
      void persist(next);
    },
    [host],
  );

  const startManual = useCallback(
    async (identity: Partial<CaseIdentity>) => {
      const created = await store.open(identity, 'user');
      const family = deviceKindFromModel(created.identity.model);
      const withFamily = family ? setFacts(created, { family }, host.now()) : created;
      if (withFamily !== created) await persist(withFamily);
      await host.store.set(MANUAL_CASE_KEY, withFamily.key);
      show(withFamily);
    },
    [host, store],
  );

  const resume = useCallback(
    async (key: string) => {
      const found = await store.get(key);
      if (!found) return;
      await host.store.set(MANUAL_CASE_KEY, found.key);
      show(found);
    },
    [host, store],
  );

  const leaveManual = useCallback(async () => {
    await host.store.remove(MANUAL_CASE_KEY);
    show(null);
    setOpenCases((await store.list()).filter((r) => r.closedAt === null));
  }, [host, store]);

  return { detected, record, deviceStatus, problems, openCases, update, startManual, resume, leaveManual };
}
