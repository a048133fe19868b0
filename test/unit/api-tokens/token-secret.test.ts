import { describe, expect, it } from "vitest";
import {
  bearerTokenOf,
  displayPrefixOf,
  generateTokenSecret,
  hashTokenSecret,
  scopeAllows,
  shouldRecordUse,
  tokenRefusal,
} from "@/lib/api-tokens/token-secret";

describe("token secrets", () => {
  it("are ix_ followed by 256 random bits, never twice the same", () => {
    const a = generateTokenSecret();
    expect(a).toMatch(/^ix_[A-Za-z0-9_-]{43}$/);
    expect(generateTokenSecret()).not.toBe(a);
  });

  it("hash to a stable SHA-256 hex digest and show a short prefix", () => {
    // sha256("abc"), the FIPS 180-2 test vector.
    expect(hashTokenSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashTokenSecret("ix_abc")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTokenSecret("ix_abc")).not.toBe(hashTokenSecret("ix_abd"));
    expect(displayPrefixOf("ix_abcdefghijkl")).toBe("ix_abcdef");
  });
});

describe("bearerTokenOf", () => {
  it("reads an ix_ bearer token and ignores anything else", () => {
    expect(bearerTokenOf("Bearer ix_secret")).toBe("ix_secret");
    expect(bearerTokenOf("bearer   ix_secret ")).toBe("ix_secret");
    expect(bearerTokenOf("Bearer eyJhbGciOi")).toBeNull();
    expect(bearerTokenOf("Basic aXg6eA==")).toBeNull();
    expect(bearerTokenOf(null)).toBeNull();
  });
});

describe("token rules", () => {
  const now = new Date("2030-01-01T00:00:00Z");
  it("refuses revoked and expired tokens", () => {
    expect(tokenRefusal({ revokedAt: null, expiresAt: null }, now)).toBeNull();
    expect(tokenRefusal({ revokedAt: null, expiresAt: new Date("2030-01-02") }, now)).toBeNull();
    expect(tokenRefusal({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(tokenRefusal({ revokedAt: new Date("2029-01-01"), expiresAt: null }, now)).toBe("revoked");
  });

  it("lets read tokens only read", () => {
    expect(scopeAllows("read", { method: "GET" })).toBe(true);
    expect(scopeAllows("read", { method: "head" })).toBe(true);
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(scopeAllows("read", { method })).toBe(false);
    expect(scopeAllows("read_write", { method: "DELETE" })).toBe(true);
    expect(scopeAllows("something-else", { method: "POST" })).toBe(false);
    expect(scopeAllows("toString", { method: "GET" })).toBe(false);
  });

  it("lets a decisions token ask for routing decisions and nothing else, not even a read", () => {
    expect(scopeAllows("decisions", { method: "POST", operationId: "decideIntegrationPayloads" })).toBe(true);
    expect(scopeAllows("decisions", { method: "GET", operationId: "getIntegration" })).toBe(false);
    expect(scopeAllows("decisions", { method: "GET", operationId: "exportIntegrationRules" })).toBe(false);
    expect(scopeAllows("decisions", { method: "POST" })).toBe(false);
  });

  it("lets a signals token report signals and nothing else, not even read", () => {
    expect(scopeAllows("signals:write", { method: "POST", operationId: "ingestSignals" })).toBe(true);
    expect(scopeAllows("signals:write", { method: "GET", operationId: "listIntegrations" })).toBe(false);
    expect(scopeAllows("signals:write", { method: "POST", operationId: "decideIntegrationPayloads" })).toBe(false);
    expect(scopeAllows("signals:write", { method: "POST" })).toBe(false);
    expect(scopeAllows("decisions", { method: "POST", operationId: "ingestSignals" })).toBe(false);
  });

  it("lets a metrics token scrape the metrics and nothing else, not even read", () => {
    expect(scopeAllows("metrics:read", { method: "GET", operationId: "readPortalMetrics" })).toBe(true);
    expect(scopeAllows("metrics:read", { method: "GET", operationId: "listIntegrations" })).toBe(false);
    expect(scopeAllows("metrics:read", { method: "POST", operationId: "ingestSignals" })).toBe(false);
    expect(scopeAllows("metrics:read", { method: "GET" })).toBe(false);
    expect(scopeAllows("signals:write", { method: "GET", operationId: "readPortalMetrics" })).toBe(false);
  });

  it("writes the last use at most once a minute", () => {
    expect(shouldRecordUse(null, now)).toBe(true);
    expect(shouldRecordUse(new Date(now.getTime() - 59_000), now)).toBe(false);
    expect(shouldRecordUse(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});
