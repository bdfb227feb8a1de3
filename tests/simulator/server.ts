/**
 * The recorder simulator: one `node:http` server per simulated device (real UIs post to
 * absolute `/RPC2_Login` and `/OutsideCmd`, so each device needs its own origin) plus a hub
 * origin that links them all and serves the negative fixture pages.
 *
 * No console output here: the CLI (and scripts/start.ts) decide what to print.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { defaultDevices, validateDevice, type SimDevice } from './devices';
import { createDeviceHandler, type DescriptSource, type DeviceHost } from './http/device-app';
import { createHubHandler } from './http/hub-app';
import { closeServer, listenWithFallback, originFor } from './http/listen';
import { DEFAULT_NEGATIVE_DIR } from './http/negative-files';
import { RequestLog, type LoggedRequest } from './http/request-log';
import { newDeviceState, resetDeviceState, type DeviceState } from './rpc/device-state';

export type { LoggedRequest } from './http/request-log';
export type { DescriptSource } from './http/device-app';
export type { SimDevice } from './devices';

/** A reset blob a device handed out (getDescript answer, forgot page or local-GUI screen). */
export interface IssuedDescript {
  at: number;
  deviceId: string;
  /** The device's getDescript counter, or 'local-gui' for the fixed local-GUI blob. */
  counter: number | string;
  payload: string;
  via: DescriptSource;
}

export interface Simulator {
  /** Origin of the hub, e.g. 'http://127.0.0.1:41234' (no trailing slash). */
  hub: string;
  devices: { device: SimDevice; origin: string }[];
  /** Throws on an unknown id. */
  originOf(id: string): string;
  /** Starts another origin for `d` and returns it. */
  addDevice(d: SimDevice): Promise<string>;
  /** Every request, in arrival order, all origins. */
  requests: LoggedRequest[];
  requestsFor(idOrOrigin: string): LoggedRequest[];
  clearLog(): void;
  /** Every reset blob handed out, in order (extra to the brief: lets e2e tests compare the QR). */
  descripts: IssuedDescript[];
  /** Restores a device's counters and login attempts (e.g. after a lockout test). */
  resetDeviceState(id: string): void;
  close(): Promise<void>;
}

export interface SimulatorOptions {
  /** Defaults to a copy of DEFAULT_DEVICES. */
  devices?: SimDevice[];
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (OS-assigned). A taken port falls back to an OS-assigned one. */
  hubPort?: number;
  /** Device n listens on base + n (falling back like hubPort); default OS-assigned. */
  devicePortBase?: number;
  /** Called once per request after its body has been read (the CLI prints from here). */
  onRequest?: (request: LoggedRequest) => void;
  /** Called whenever a device hands out a reset blob. */
  onDescript?: (descript: IssuedDescript) => void;
  /** Folder served at /negative/ on the hub; default tests/fixtures/pages/negative/. */
  negativeDir?: string;
}

interface RunningDevice {
  device: SimDevice;
  origin: string;
  state: DeviceState;
  server: Server;
}

function trimSlash(s: string): string {
  return s.endsWith('/') ? s.slice(0, -1) : s;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const host = opts.host ?? '127.0.0.1';
  const log = new RequestLog(opts.onRequest);
  const descripts: IssuedDescript[] = [];
  const running: RunningDevice[] = [];
  const devices: { device: SimDevice; origin: string }[] = [];
  let deviceSlots = 0;
  let closed = false;

  const hubServer = createServer();
  // The handlers answer every error themselves; node:http ignores a listener's return value.
  const listen =
    (handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) =>
    (req: IncomingMessage, res: ServerResponse) => {
      void handler(req, res);
    };
  let hubOrigin = '';
  hubServer.on(
    'request',
    listen(
      createHubHandler(
        {
          origin: () => hubOrigin,
          devices: () => devices,
          negativeDir: opts.negativeDir ?? DEFAULT_NEGATIVE_DIR,
        },
        log,
      ),
    ),
  );

  async function startDevice(input: SimDevice): Promise<string> {
    if (closed) throw new Error('The simulator is closed.');
    validateDevice(input);
    if (running.some((r) => r.device.id === input.id))
      throw new Error(`Duplicate simulated device id: ${input.id}`);
    // The simulator owns a copy; tests may still mutate it through sim.devices[i].device.
    const device: SimDevice = { ...input };
    const entry: RunningDevice = { device, origin: '', state: newDeviceState(), server: createServer() };
    // Reserve the id before awaiting, so concurrent addDevice() calls cannot both take it.
    running.push(entry);
    const slot = deviceSlots++;
    const hostApi: DeviceHost = {
      device,
      state: entry.state,
      origin: () => entry.origin,
      issued: (counter, payload, via) => {
        const d: IssuedDescript = { at: Date.now(), deviceId: device.id, counter, payload, via };
        descripts.push(d);
        opts.onDescript?.(d);
      },
    };
    entry.server.on('request', listen(createDeviceHandler(hostApi, log)));
    try {
      const port = await listenWithFallback(
        entry.server,
        host,
        opts.devicePortBase ? opts.devicePortBase + slot : 0,
      );
      entry.origin = originFor(host, port);
    } catch (err) {
      running.splice(running.indexOf(entry), 1);
      throw err;
    }
    devices.push({ device, origin: entry.origin });
    return entry.origin;
  }

  const hubPort = await listenWithFallback(hubServer, host, opts.hubPort ?? 0);
  hubOrigin = originFor(host, hubPort);
  try {
    for (const d of opts.devices ?? defaultDevices()) await startDevice(d);
  } catch (err) {
    await Promise.all([hubServer, ...running.map((r) => r.server)].map(closeServer));
    throw err;
  }

  const find = (id: string): RunningDevice => {
    const r = running.find((x) => x.device.id === id && x.origin !== '');
    if (!r) throw new Error(`Unknown simulated device: ${id}`);
    return r;
  };

  return {
    hub: hubOrigin,
    devices,
    originOf: (id) => find(id).origin,
    addDevice: startDevice,
    get requests() {
      return log.entries;
    },
    requestsFor(idOrOrigin) {
      const key = trimSlash(idOrOrigin);
      return log.entries.filter((r) => r.deviceId === key || r.origin === key);
    },
    clearLog: () => log.clear(),
    descripts,
    resetDeviceState: (id) => resetDeviceState(find(id).state),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([hubServer, ...running.map((r) => r.server)].map(closeServer));
    },
  };
}
