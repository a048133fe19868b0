import http from "node:http";
import type { Duplex } from "node:stream";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { problem } from "@/lib/http/problem-details";

const INSTALLED = Symbol.for("interchange.nodeServerHooks");

/**
 * Hooks into every Node HTTP server of the process (`next start` creates its own, so there is no server object to
 * configure): installed from instrumentation.ts, they apply to servers created before and after.
 *
 * - Each request gets SOCKET_ADDRESS_HEADER set to the socket's peer address, overwriting any value the client
 *   sent: clientAddress() (rate limits, sign-in throttle) can then trust it.
 * - Headers larger than Node accepts (16 KB by default) are answered 431 as problem details, like every other
 *   error of the API, instead of Node's bare status line.
 */
export function installServerHooks(): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") stampSocketAddress(args[0] as http.IncomingMessage);
    else if (event === "clientError" && answerHeadersTooLarge(args[0] as NodeJS.ErrnoException, args[1] as Duplex)) return true;
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof prototype.emit;
}

function stampSocketAddress(request: http.IncomingMessage): void {
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
}

function answerHeadersTooLarge(error: NodeJS.ErrnoException, socket: Duplex): boolean {
  if (error.code !== "HPE_HEADER_OVERFLOW") return false;
  if (socket.writable) {
    const body = JSON.stringify(problem(431, "The request's headers are too large. Send fewer or shorter headers (cookies included)."));
    socket.end(
      "HTTP/1.1 431 Request Header Fields Too Large\r\n" +
        "Content-Type: application/problem+json\r\n" +
        "X-Content-Type-Options: nosniff\r\n" +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        "Connection: close\r\n\r\n" +
        body,
    );
  } else socket.destroy(error);
  return true;
}
