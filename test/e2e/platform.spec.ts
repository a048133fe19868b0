import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test.describe("API tokens, audit trail, API docs and teams", () => {
  test("a person creates a token, sees it once, uses it from a script, revokes it and gets 401", async ({ page, playwright, baseURL }) => {
    await signIn(page, "admin@interchange.demo");
    await page.getByRole("link", { name: "API tokens" }).click();
    await expect(page).toHaveURL(/\/settings\/tokens$/);

    await page.getByLabel("Name").fill("e2e script");
    await page.getByLabel("Scope").selectOption("read_write");
    await page.getByRole("button", { name: "Create token" }).click();
    const secretBox = page.getByTestId("new-token-secret");
    await expect(secretBox).toBeVisible();
    const secret = (await secretBox.textContent())!.trim();
    expect(secret).toMatch(/^ix_/);
    await expect(page.getByTestId("api-token-row").filter({ hasText: "e2e script" })).toContainText("Never used");

    // A script: no cookies, only the bearer token.
    const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
    const me = await script.get("/api/v1/me");
    expect(me.status()).toBe(200);
    expect((await me.json()).email).toBe("admin@interchange.demo");
    const created = await script.post("/api/v1/teams", { data: { slug: "made-by-a-script", name: "Made by a script" } });
    expect(created.status()).toBe(201);
    // A token cannot mint tokens: only a signed-in person can.
    expect((await script.post("/api/v1/tokens", { data: { name: "successor", scope: "read" } })).status()).toBe(403);

    // Shown once: after a reload the secret is nowhere on the page, and the use is recorded.
    await page.reload();
    await expect(page.getByTestId("new-token-secret")).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);
    await expect(page.getByTestId("api-token-row").filter({ hasText: "e2e script" })).not.toContainText("Never used");

    // Revoking is irreversible: the portal asks first, and Cancel is the default.
    await page.getByRole("button", { name: "Revoke e2e script" }).click();
    const confirm = page.getByRole("dialog", { name: "Revoke e2e script?" });
    await expect(confirm).toContainText("cannot be restored");
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await confirm.getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByText("“e2e script” is revoked")).toBeVisible();
    await expect(page.getByTestId("api-token-row").filter({ hasText: "e2e script" })).toContainText("revoked");

    const refused = await script.get("/api/v1/me", { maxRedirects: 0 });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
    await script.dispose();

    await page.goto("/catalog/teams?q=script");
    await expect(page.getByRole("link", { name: "Made by a script" })).toBeVisible();
  });

  test("the audit trail shows the token's creation with its before/after, filtered in the URL", async ({ page }) => {
    await signIn(page, "admin@interchange.demo");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" }).click();
    await page.getByLabel("Action").selectOption("api_token.create");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/action=api_token.create/);
    const event = page.getByTestId("audit-event").filter({ hasText: "e2e script" });
    await expect(event).toBeVisible();
    await event.getByText("Before / after").click();
    await expect(event.locator("tr[data-changed]").filter({ hasText: "scope" })).toContainText("read_write");

    await page.goto("/audit?action=nothing.like.this");
    await expect(page.getByText("No change matches these filters.")).toBeVisible();
  });

  test("the API docs render the OpenAPI document and offer it for download", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await page.getByRole("link", { name: "API docs" }).click();
    await expect(page.getByRole("heading", { name: "API docs" })).toBeVisible();
    // The reference (Scalar, loaded in the browser) lists the document's tags; search and try-it are in api-reference.spec.ts.
    const reference = page.getByTestId("api-reference");
    await expect(reference.getByRole("heading", { name: "Interchange API" })).toBeVisible({ timeout: 30_000 });
    await expect(reference.getByText("API tokens", { exact: true }).first()).toBeVisible();
    const download = await page.request.get((await page.getByRole("link", { name: "Download openapi.json" }).getAttribute("href"))!);
    expect((await download.json()).openapi).toBe("3.1.0");
  });

  test("teams list with search, and a team's page with members and owned records", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await page.goto("/catalog/teams");
    const rows = page.locator("tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    const firstName = (await rows.first().getByRole("link").textContent())!.trim();
    await page.getByLabel("Search").fill(firstName);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=/);
    await page.getByRole("link", { name: firstName, exact: true }).click();
    await expect(page.getByRole("heading", { name: firstName, level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  });
});
