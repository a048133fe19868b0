import { describe, expect, it } from "vitest";
import { DatabaseLockedError, DatabaseUnreachableError, isDatabaseUnavailable } from "@/lib/db";

// Shaped like what Prisma 7 throws with @prisma/adapter-pg (seen while stopping a real server).
const prismaError = (code: string, driverAdapterError?: unknown) => Object.assign(new Error("Invalid invocation"), { code, meta: { driverAdapterError } });
const adapterError = (cause: unknown) => Object.assign(new Error("DriverAdapterError"), { cause });

describe("isDatabaseUnavailable", () => {
  it("recognises a database that cannot be reached, is shutting down or drops the connection", () => {
    expect(isDatabaseUnavailable(new DatabaseUnreachableError("Cannot connect"))).toBe(true);
    expect(isDatabaseUnavailable(new DatabaseLockedError("/data", { pid: 1, hostname: "h", command: "next start", startedAt: "" }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P1001"))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })))).toBe(true);
    expect(
      isDatabaseUnavailable(
        prismaError("P2010", adapterError({ kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" })),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error(""), { code: "ECONNREFUSED" })]))).toBe(true);
  });

  it("leaves every other failure a 500", () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2002"))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2010", adapterError({ kind: "postgres", code: "23505", message: "duplicate key" })))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});
