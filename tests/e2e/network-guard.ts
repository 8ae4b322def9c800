import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that reached the recording proxy. */
export interface RecordedRequest {
  method: string;
  target: string;
}

/**
 * A proxy that forwards nothing: every HTTP request or HTTPS/WebSocket tunnel the browser tries to make
 * lands here, is recorded, and is refused. Chromium under test is pointed at it for all schemes, so any
 * request from the extension's pages or its worker shows up in `requests`.
 */
export async function startRecordingProxy(): Promise<{
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', target: req.url ?? '' });
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', target: req.url ?? '' });
    // The browser may reset a refused tunnel; that is expected, never a crash of the test run.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => {
    socket.destroy();
  });
  server.on('connection', (socket) => {
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
