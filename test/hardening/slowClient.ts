import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** What a raw client got: the status line (or what happened instead), and when, after it started. */
export interface RawOutcome {
  status: string;
  afterMs: number;
}

/** A client that sends `data` and then nothing more, holding its connection open. */
export interface SlowClient {
  socket: Socket;
  /** The status line it got, or `closed without an answer`, or `still open` when `give up` came first. */
  outcome: Promise<RawOutcome>;
}

/**
 * Opens a connection, writes `data` (say, headers and half a body) and waits: for an answer, for
 * the server to close, or `giveUpMs`. The attacker of issue 20 in one function.
 */
export function slowClient(url: string, data: string, giveUpMs = 10_000): SlowClient {
  const { port } = new URL(url);
  const started = Date.now();
  const socket = connect(Number(port), '127.0.0.1', () => socket.write(data));
  let received = '';
  const outcome = new Promise<RawOutcome>((resolve) => {
    const done = (status: string) => {
      clearTimeout(timer);
      resolve({ status, afterMs: Date.now() - started });
    };
    const timer = setTimeout(() => {
      done(received.split('\r\n')[0] || 'still open');
      socket.destroy();
    }, giveUpMs);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n')) done(received.split('\r\n')[0]!);
    });
    socket.on('close', () => done(received.split('\r\n')[0] || 'closed without an answer'));
    socket.on('error', () => undefined);
  });
  return { socket, outcome };
}

/** Headers of a `POST /api/messages` announcing a 1,000-byte body, and the start of that body. */
export function slowBody(extraHeaders = ''): string {
  return `POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n${extraHeaders}\r\n{"type":`;
}

/** `GET /healthz` with a deadline: its status and how long it took (status 0 when it did not answer in time). */
export async function health(url: string, withinMs = 1000): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(withinMs) });
    await response.arrayBuffer();
    return { status: response.status, ms: Date.now() - started };
  } catch {
    return { status: 0, ms: Date.now() - started };
  }
}

/** Waits until `count` clients have connected and sent (a little time for the server to see them). */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server that takes every request and never answers (a hung Direct Line, or a service URL whose connection hangs). */
export async function hungServer(): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  let requests = 0;
  const server: Server = createServer(() => {
    requests += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
