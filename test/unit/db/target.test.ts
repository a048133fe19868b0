import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeDatabaseTarget, InvalidDatabaseUrlError, resolveDatabaseTarget, resolveOwnerDatabaseTarget } from "@/lib/db/target";
import { runtimeRoleOf } from "@/lib/db/runtime-role";

const cwd = "/srv/interchange";

describe("resolveDatabaseTarget", () => {
  it("uses PGlite in .data/pglite under the working directory when nothing is configured", () => {
    expect(resolveDatabaseTarget({}, cwd)).toEqual({ kind: "pglite", dataDir: "/srv/interchange/.data/pglite" });
  });

  it("resolves INTERCHANGE_DATA_DIR against the working directory", () => {
    expect(resolveDatabaseTarget({ INTERCHANGE_DATA_DIR: "tmp/db" }, cwd)).toEqual({
      kind: "pglite",
      dataDir: path.resolve(cwd, "tmp/db"),
    });
    expect(resolveDatabaseTarget({ INTERCHANGE_DATA_DIR: "/var/lib/ix" }, cwd)).toEqual({ kind: "pglite", dataDir: "/var/lib/ix" });
  });

  it.each(["postgres://ix:secret@db.internal:5432/interchange", "postgresql://localhost/interchange"])("selects PostgreSQL for DATABASE_URL=%s", (url) => {
    expect(resolveDatabaseTarget({ DATABASE_URL: url, INTERCHANGE_DATA_DIR: "ignored" }, cwd)).toEqual({ kind: "postgres", url });
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: "  " }, cwd).kind).toBe("pglite");
  });

  it("rejects a URL for another database with a one-line explanation", () => {
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "mysql://root@localhost/ix" }, cwd)).toThrow(
      new InvalidDatabaseUrlError(
        "DATABASE_URL must start with postgres:// or postgresql:// (it starts with mysql://); unset it to use the embedded PGlite database.",
      ),
    );
  });

  it("rejects text that is not a URL without echoing it (it may hold a password)", () => {
    let message = "";
    try {
      resolveDatabaseTarget({ DATABASE_URL: "ix-hunter2@db.internal/interchange" }, cwd);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidDatabaseUrlError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^DATABASE_URL is not a valid URL/);
    expect(message).not.toContain("hunter2");
    expect(message).not.toContain("\n");
  });
});

describe("resolveOwnerDatabaseTarget", () => {
  const app = "postgres://interchange_app:app%40pw@db:5432/interchange";
  const owner = "postgres://interchange_owner:pw@db:5432/interchange";

  it("is DATABASE_OWNER_URL when set, and the application's target otherwise", () => {
    expect(resolveOwnerDatabaseTarget({ DATABASE_URL: app, DATABASE_OWNER_URL: owner })).toEqual({ kind: "postgres", url: owner });
    expect(resolveOwnerDatabaseTarget({ DATABASE_URL: app })).toEqual({ kind: "postgres", url: app });
  });

  it("refuses an owner without a runtime URL, and a URL that is not PostgreSQL, naming the variable", () => {
    expect(() => resolveOwnerDatabaseTarget({ DATABASE_OWNER_URL: owner })).toThrow(/DATABASE_URL is not/);
    expect(() => resolveOwnerDatabaseTarget({ DATABASE_URL: app, DATABASE_OWNER_URL: "mysql://x@db/i" })).toThrow(/DATABASE_OWNER_URL must start/);
  });

  it("reads the runtime role's name and password from DATABASE_URL", () => {
    expect(runtimeRoleOf(app)).toEqual({ name: "interchange_app", password: "app@pw" });
    expect(runtimeRoleOf("postgres://interchange_app@db/interchange")).toEqual({ name: "interchange_app", password: null });
  });
});

describe("describeDatabaseTarget", () => {
  it("names the PostgreSQL host, port and database but never the password", () => {
    const text = describeDatabaseTarget({ kind: "postgres", url: "postgres://ix:hunter2@db.internal/interchange" });
    expect(text).toBe("PostgreSQL at db.internal:5432/interchange");
  });

  it("shows a PGlite directory inside the working directory relative to it", () => {
    expect(describeDatabaseTarget({ kind: "pglite", dataDir: "/srv/interchange/.data/pglite" }, cwd)).toBe("PGlite in .data/pglite");
    expect(describeDatabaseTarget({ kind: "pglite", dataDir: "/var/lib/ix" }, cwd)).toBe("PGlite in /var/lib/ix");
  });
});
