import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

const directives = (policy: string | null) =>
  Object.fromEntries(
    (policy ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );

async function headersOf(path: string, init: { cookie?: string } = {}) {
  const request = new NextRequest(`http://portal.test${path}`, { headers: init.cookie ? { cookie: init.cookie } : {} });
  const response = await proxy(request);
  return response.headers;
}

afterEach(() => vi.unstubAllEnvs());

describe("security headers from proxy.ts", () => {
  it.each(["/", "/catalog/integrations", "/sign-in", "/api/v1/integrations", "/api/v1/health", "/_next/static/chunks/app.js", "/icons/icon.svg"])(
    "are on %s: a nonce CSP with strict-dynamic and no inline scripts, frame-ancestors 'none', X-Frame-Options, Referrer-Policy, nosniff",
    async (path) => {
      vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret-0123456789abcdef0123456789");
      const headers = await headersOf(path);
      const csp = directives(headers.get("content-security-policy"));
      expect(csp["script-src"]).toEqual(expect.arrayContaining(["'strict-dynamic'"]));
      expect(csp["script-src"].some((value: string) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(value))).toBe(true);
      expect(csp["script-src"]).not.toContain("'unsafe-inline'");
      expect(csp["script-src"]).not.toContain("'unsafe-eval'");
      expect(csp["frame-ancestors"]).toEqual(["'none'"]);
      expect(csp["object-src"]).toEqual(["'none'"]);
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("strict-transport-security")).toBeNull();
    },
  );

  it("uses a fresh nonce for every request", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret-0123456789abcdef0123456789");
    const first = (await headersOf("/sign-in")).get("content-security-policy");
    const second = (await headersOf("/sign-in")).get("content-security-policy");
    expect(first).not.toBe(second);
  });

  it("adds HSTS when the configured URL is https, also on the redirect to sign-in", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret-0123456789abcdef0123456789");
    vi.stubEnv("NEXTAUTH_URL", "https://interchange.example.com");
    for (const path of ["/catalog", "/api/v1/me"]) {
      const headers = await headersOf(path);
      expect(headers.get("strict-transport-security")).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
      expect(headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    }
  });

  it("still sends visitors without a session to sign-in, remembering where they were going", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret-0123456789abcdef0123456789");
    const response = await proxy(new NextRequest("http://portal.test/graph?focus=x"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://portal.test/sign-in?callbackUrl=%2Fgraph%3Ffocus%3Dx");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});
