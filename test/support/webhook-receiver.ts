import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A local HTTP server standing in for a webhook receiver: it records every request and answers with the status
 * the test sets (or waits forever, to exercise timeouts).
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  let answer: { status: number; hang?: boolean; location?: string } = { status: 204 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      if (answer.hang) return;
      response.writeHead(answer.status, answer.location ? { location: answer.location } : {});
      response.end(answer.status >= 400 ? "receiver says no" : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answerWith(next: { status: number; hang?: boolean; location?: string }) {
      answer = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
