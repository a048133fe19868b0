import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";

afterEach(() => vi.unstubAllEnvs());

describe("clientAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, so a client cannot pick its own address", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9", [SOCKET_ADDRESS_HEADER]: "10.0.0.5" });
    expect(clientAddress(headers)).toBe("10.0.0.5");
  });

  it("takes the entry the outermost trusted proxy wrote, not what the client put further left", () => {
    vi.stubEnv("TRUST_PROXY", "1");
    const headers = new Headers({ "x-forwarded-for": "1.1.1.1, 198.51.100.7" });
    expect(clientAddress(headers)).toBe("198.51.100.7");
    vi.stubEnv("TRUST_PROXY", "2");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.1.1.1, 198.51.100.7, 10.0.0.2" }))).toBe("198.51.100.7");
  });

  it("falls back to the socket address when the forwarded chain is shorter than the trusted proxies", () => {
    vi.stubEnv("TRUST_PROXY", "2");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7", [SOCKET_ADDRESS_HEADER]: "10.0.0.5" }))).toBe("10.0.0.5");
    vi.stubEnv("TRUST_PROXY", "not-a-number");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" }))).toBe("unknown");
  });
});
