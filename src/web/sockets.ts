import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Problem } from './problems.ts';

/** A refusal written straight to the socket (before or outside Fastify), in the API's one JSON shape. */
export function writeProblem(socket: Socket, problem: Problem): void {
  if (socket.writable) {
    const body = JSON.stringify(problem);
    const reason = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large', 503: 'Service Unavailable' }[problem.statusCode] ?? 'Error';
    socket.write(
      `HTTP/1.1 ${problem.statusCode} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** What Node's HTTP parser refuses (a request too slow, headers too big, not HTTP), as JSON; nothing is echoed. */
export function clientErrorProblem(error: { code?: string }): Problem {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { statusCode: 408, code: 'request_timeout', message: '请求太慢：请求头和请求体须在时限内发完。' };
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') return { statusCode: 431, code: 'headers_too_large', message: '请求头太大。' };
  return { statusCode: 400, code: 'bad_request', message: '请求格式不对。' };
}

/**
 * At most `cap` open connections per client address (0 = no cap); past that a new connection is answered 503
 * and closed. Behind a reverse proxy every connection comes from the proxy: set the cap for that.
 */
export function capConnections(server: Server, cap: number): void {
  if (cap <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '?';
    const n = (open.get(address) ?? 0) + 1;
    if (n > cap) {
      writeProblem(socket, { statusCode: 503, code: 'too_many_connections', message: `同一地址最多同时 ${cap} 个连接，请稍后再试。` });
      return;
    }
    open.set(address, n);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
