import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";

export interface ThrowawayPostgresServer {
  url: string;
  stop(): void;
  start(): void;
  destroy(): void;
}

/**
 * A PostgreSQL server of the test's own, on a free loopback port, that the test may stop and start (outage
 * tests): never the shared server. initdb refuses to run as root, so as root it runs as the postgres user.
 */
export async function startThrowawayPostgresServer(): Promise<ThrowawayPostgresServer> {
  if (!existsSync(path.join(BIN, "initdb"))) throw new Error(`PostgreSQL binaries not found in ${BIN}: install PostgreSQL 15 or set POSTGRES_BIN.`);
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "interchange-outage-"));
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (command: string, args: string[]) => {
    const line = [path.join(BIN, command), ...args];
    if (root) execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", line.map((part) => `'${part}'`).join(" ")], { stdio: "pipe" });
    else execFileSync(line[0], line.slice(1), { stdio: "pipe" });
  };
  run("initdb", ["-D", dir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const server: ThrowawayPostgresServer = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => run("pg_ctl", ["-D", dir, "-o", `-p ${port} -h 127.0.0.1 -k ${dir}`, "-l", path.join(dir, "server.log"), "-w", "start"]),
    stop: () => run("pg_ctl", ["-D", dir, "-m", "fast", "-w", "stop"]),
    destroy: () => {
      try {
        server.stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
