import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleDevRequest } from './devEndpoints.js';
import { createSyneriseEmulator } from './emulator.js';
import type { EmulatorOptions, SyneriseEmulator } from './types.js';

export { handleDevRequest, DEV_PREFIX } from './devEndpoints.js';

export interface EmulatorServerOptions {
  /** default 0 (ephemeral) */
  port?: number;
  /** default 127.0.0.1 only */
  host?: string;
  emulator?: SyneriseEmulator;
  emulatorOptions?: EmulatorOptions;
}

export interface EmulatorServer {
  url: string;
  emulator: SyneriseEmulator;
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) for (const item of v) headers.append(k, item);
    else if (v !== undefined) headers.set(k, v);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD' && chunks.length > 0;
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    signal,
    ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
  });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * A node:http request listener serving the emulator plus the dev-only `/__emulator/*` control
 * endpoints. `origin` is where the server is reachable (used to build absolute request URLs).
 * A `network-error` fault destroys the socket; a `timeout` fault keeps the connection open
 * until the client goes away. Usable as Connect/Vite middleware too.
 */
export function createEmulatorListener(
  emulator: SyneriseEmulator,
  origin: () => string,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    void (async () => {
      try {
        const request = await toRequest(req, origin(), controller.signal);
        const response = (await handleDevRequest(emulator, request)) ?? (await emulator.fetch(request));
        await writeResponse(res, response);
      } catch (e) {
        if (e instanceof TypeError && e.message === 'Failed to fetch') req.socket.destroy();
        else if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ status: 500, error: 'Internal Server Error', errors: [] }));
        }
      }
    })();
  };
}

/** Serves an emulator over real HTTP (node:http), 127.0.0.1 by default. */
export async function startEmulatorServer(opts: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const emulator = opts.emulator ?? createSyneriseEmulator(opts.emulatorOptions);
  const host = opts.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer(createEmulatorListener(emulator, () => origin));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${shownHost}:${address.port}`;
  return {
    url: origin,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
