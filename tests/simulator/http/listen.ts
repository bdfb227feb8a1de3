import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

function listenOnce(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** Listens on `port`; when that port is taken, on an OS-assigned one instead. */
export async function listenWithFallback(server: Server, host: string, port: number): Promise<number> {
  try {
    return await listenOnce(server, host, port);
  } catch (err) {
    if (port !== 0 && (err as NodeJS.ErrnoException).code === 'EADDRINUSE')
      return listenOnce(server, host, 0);
    throw err;
  }
}

/** Origin for links: wildcard binds are reached through loopback; IPv6 needs brackets. */
export function originFor(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

/** Stops accepting and drops open (keep-alive) sockets, so close() never hangs. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
