// A recording HTTP proxy for the privacy test. Chromium sends every request through it
// (loopback included), so anything Lede fetched from anywhere would show up here. Requests
// for the local fixture server are passed on; all others are recorded and refused.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** Every URL (or CONNECT host:port) asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(options: { allowOrigin: string }): Promise<RecordingProxy> {
  const requests: string[] = [];
  const allowed = new URL(options.allowOrigin);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.host !== allowed.host) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the Lede privacy test');
      return;
    }
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers: req.headers,
      },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
