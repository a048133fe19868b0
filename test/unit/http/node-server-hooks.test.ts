import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { installServerHooks } from "@/lib/http/node-server-hooks";

// A plain Node server, like the one `next start` runs, with the hooks instrumentation.ts installs.
let server: http.Server;
let port: number;

beforeAll(async () => {
  installServerHooks();
  server = http.createServer((request, response) => response.end(JSON.stringify({ address: request.headers[SOCKET_ADDRESS_HEADER] })));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends raw bytes and reads the whole answer (the server closes the connection). */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.end(text));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

describe("Node server hooks", () => {
  it("stamp the socket's peer address on every request, overwriting what the client sent", async () => {
    const answer = await raw(`GET / HTTP/1.1\r\nHost: x\r\n${SOCKET_ADDRESS_HEADER}: 203.0.113.9\r\nConnection: close\r\n\r\n`);
    expect(answer.split("\r\n\r\n")[1]).toBe(JSON.stringify({ address: "127.0.0.1" }));
  });

  it("answer headers that are too large with 431 problem+json", async () => {
    const answer = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    const [head, body] = answer.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head.toLowerCase()).toContain("content-type: application/problem+json");
    expect(JSON.parse(body)).toMatchObject({ status: 431, title: "Request header fields too large" });
  });
});
