// A webhook receiver on 127.0.0.1: a real node:http server that records every request and answers
// with the status the test chooses.
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface Received {
  id: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The status it was answered with. */
  status: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Those answered 2xx, each webhook-id once (as a receiver that drops duplicates keeps them). */
  accepted(): Received[];
  close(): Promise<void>;
}

/** `answer` gives the status to answer with; null holds the request unanswered (a receiver that hangs). */
export async function startReceiver(answer: (request: { id: string; body: string; seen: number }) => number | null = () => 200, port = 0): Promise<Receiver> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const id = String(req.headers['webhook-id']);
      const status = answer({ id, body, seen: received.filter((r) => r.id === id).length });
      received.push({ id, headers: req.headers, body, status: status ?? 0 });
      if (status !== null) res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${bound}/hooks`,
    received,
    accepted() {
      const seen = new Set<string>();
      return received.filter((r) => r.status >= 200 && r.status < 300 && !seen.has(r.id) && seen.add(r.id));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `check` until it returns true, for at most `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
