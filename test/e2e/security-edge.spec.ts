import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const MAIN_PAGES = [
  "/",
  "/dashboard",
  "/catalog",
  "/catalog/systems",
  "/catalog/contracts",
  "/catalog/consumers",
  "/catalog/teams",
  "/catalog/integrations/new",
  "/catalog/integrations/import",
  "/graph",
  "/assessments",
  "/reviews",
  "/deprecations",
  "/audit",
  "/admin",
  "/admin/webhooks",
  "/admin/jobs",
  "/inbox",
  "/settings/tokens",
  "/api-docs",
];

/** Records every console error, uncaught exception and CSP violation of the page. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`exception: ${error.message}`));
  return errors;
}

test.describe("security at the edge", () => {
  test("the main pages run under the nonce CSP without a console error or a CSP violation", async ({ page }) => {
    // Twenty page loads, each waited for until the network is idle: minutes on a loaded machine.
    test.setTimeout(300_000);
    // Violations are also events in the page: collected there in case a browser does not log one to the console.
    await page.addInitScript(() => {
      const store = window as unknown as { cspViolations: string[] };
      store.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => store.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const errors = watchForErrors(page);
    const signInResponse = await page.goto("/sign-in");
    expect(signInResponse?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    await signIn(page, "admin@interchange.demo");
    for (const path of MAIN_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      await page.waitForLoadState("networkidle");
      const headers = response!.headers();
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect([...errors, ...violations], path).toEqual([]);
    }
    // The pages are interactive, so their scripts ran: a client-side navigation works.
    await page.getByRole("link", { name: "Graph" }).first().click();
    await expect(page).toHaveURL(/\/graph/);
    expect(errors).toEqual([]);
  });

  test("a page on another port of the same host cannot write with the signed-in person's cookie", async ({ page, baseURL }) => {
    await signIn(page, "admin@interchange.demo");
    const list = await page.request.get("/api/v1/integrations?limit=1");
    const [integration] = (await list.json()).items as { key: string; name: string }[];
    const exported = await (await page.request.get(`/api/v1/integrations/export?q=${integration.key}`)).text();
    const renamedCsv = exported.replace(integration.name, "Renamed by another site");

    // Simple requests a browser sends cross-origin without a preflight, cookies included (same site: SameSite=Lax
    // lets them through): a text/plain POST to the CSV import and a text/plain POST to an archive endpoint.
    const attack = `<!doctype html><meta charset="utf-8"><title>evil</title><script>
      const base = ${JSON.stringify(baseURL)};
      Promise.all([
        fetch(base + "/api/v1/integrations/import", { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: ${JSON.stringify(renamedCsv)} }),
        fetch(base + "/api/v1/integrations/${integration.key}/archive", { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: "{}" }),
      ]).finally(() => { document.title = "sent"; });
    </script>`;
    const evil = http.createServer((_, response) => response.writeHead(200, { "content-type": "text/html" }).end(attack));
    await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
    try {
      const evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/`;
      expect(new URL(evilUrl).origin).not.toBe(new URL(baseURL!).origin);
      await page.goto(evilUrl);
      await expect(page).toHaveTitle("sent");
    } finally {
      evil.close();
    }

    const after = await (await page.request.get(`/api/v1/integrations/${integration.key}`)).json();
    expect(after.name).toBe(integration.name);
    expect(after.archivedAt ?? null).toBeNull();
  });

  test("the Node server hooks run under next start: headers too large answer 431 problem+json", async ({ page }) => {
    // Both come from the hooks instrumentation.ts installs into the Node server of `next start`: this shows they run.
    const tooLarge = await page.request.get("/api/v1/health", { headers: { "x-big": "a".repeat(20_000) } });
    expect(tooLarge.status()).toBe(431);
    expect(tooLarge.headers()["content-type"]).toBe("application/problem+json");
    expect((await tooLarge.json()).status).toBe(431);
  });

  test("the import page still imports: it sends the CSV import header", async ({ page }) => {
    await signIn(page, "admin@interchange.demo");
    const list = await page.request.get("/api/v1/integrations?limit=1");
    const [integration] = (await list.json()).items as { key: string }[];
    const exported = await (await page.request.get(`/api/v1/integrations/export?q=${integration.key}`)).text();
    await page.goto("/catalog/integrations/import");
    await page.getByLabel("CSV file").setInputFiles({ name: "same.csv", mimeType: "text/csv", buffer: Buffer.from(exported) });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await expect(page.getByRole("region", { name: "Import report" })).toContainText("update 1 integration");
  });
});
