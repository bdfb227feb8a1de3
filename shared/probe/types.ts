/**
 * What a probe of one recorder address reports. The CLI prints it (`probe --json` is a
 * contract: `dahua`, `generation`, `serial`, `mac`, `initialized`, `resetContacts`), and the
 * VS Code extension renders it and hands it to the guide as the detected device.
 */
import type { DevInitStatus } from '../device/devinit';
import type { Brand } from '../knowledge/types';
import type { NetworkFailure } from './network-error';

export interface ProbeOptions {
  /** Per request, in milliseconds. Default 5000. */
  timeoutMs?: number;
}

export interface ProbeResult {
  /** The origin that was probed, e.g. 'http://192.168.1.108' (after one same-host redirect). */
  address: string;
  /** Something answered over HTTP. False means the CLI exits 3. */
  reachable: boolean;
  /**
   * true: the login challenge answered like a Dahua-made device. null: the page is certain but the
   * challenge got no answer (probably Dahua, not confirmed). false: anything else, including a
   * certain-looking page whose /RPC2_Login answered 404, HTML or foreign JSON.
   */
  dahua: boolean | null;
  /** The HTTP status /RPC2_Login answered the one challenge with; null when not asked or no answer. */
  challengeStatus: number | null;
  /** 'Dahua' or the OEM (Amcrest, Lorex, …) named by the page; null when not Dahua. */
  brand: Brand | null;
  /** Web UI generation ('plugin' | 'web3' | 'h5' | 'web5'), null when unknown. */
  generation: string | null;
  /** Model and firmware as the login page's footer shows them, when it does. */
  model: string | null;
  firmware: string | null;
  /** From the challenge realm on older firmware; null when hidden or absent. */
  serial: string | null;
  /** From the challenge's params.mac, normalised 'AA:BB:CC:DD:EE:FF'. */
  mac: string | null;
  /** DevInit.getStatus: true initialised, false factory-fresh, null unknown. */
  initialized: boolean | null;
  /**
   * DevInit.getStatus `Find` letters, one per element, e.g. ['A', 'B'].
   * 'B' = reserved e-mail (documented), 'A' = reserved phone (inferred), others undocumented;
   * see reset-contacts.ts. Empty when the device reports none or was not asked.
   */
  resetContacts: string[];
  /** The realm hides the serial (2020+ firmware); null when there was no challenge answer. */
  realmHidden: boolean | null;
  /** The login page's <title>. */
  title: string | null;
  /** The whole DevInit.getStatus reading (XML reset, security questions), when asked. */
  deviceStatus: DevInitStatus | null;
  /** Detection verdict over the page alone. */
  verdict: { level: 'none' | 'candidate' | 'certain'; score: number; matched: string[] };
  /** What was sent, in order, for the helper to see (e.g. 'POST /OutsideCmd DevInit.getStatus'). */
  requests: string[];
  /** Why each conclusion was drawn, in plain words. */
  evidence: string[];
  /** What went wrong, in plain words; empty on a clean probe. */
  errors: string[];
  /** Set when the address did not answer: why (timeout, refused, tls-untrusted, …). */
  failure: NetworkFailure | null;
}
