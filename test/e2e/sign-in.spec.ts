import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn } from "./support";

test.describe("sign-in", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.role} signs in and sees the dashboard's figures on the home page`, async ({ page }) => {
      await signIn(page, account.email);
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByTestId("current-role")).toHaveText(account.role);

      // The tiles show what the database holds: compare with the API, read in the same session.
      const response = await page.request.get("/api/v1/overview");
      expect(response.status()).toBe(200);
      const overview = await response.json();
      expect(overview.integrations).toBeGreaterThanOrEqual(80);
      await expect(page.getByTestId("stat-integrations")).toHaveText(overview.integrations.toLocaleString("en-US"));
      await expect(page.getByTestId("stat-unowned")).toHaveText(String(overview.gaps.withoutDataOwner));
      await expect(page.getByTestId("stat-unmonitored")).toHaveText(String(overview.gaps.unmonitored));
      await expect(page.getByTestId("stat-failing-or-degraded")).toHaveText(String(overview.gaps.failingOrDegraded));
      expect(overview.gaps.withoutDataOwner).toBeGreaterThan(0);
    });
  }

  test("a wrong password gives one generic message and no session", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill("exec@interchange.demo");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.locator("#sign-in-error")).toHaveText("The e-mail address or password is incorrect.");

    // An address with no account gets exactly the same answer: no account enumeration.
    await page.getByLabel("E-mail").fill("nobody@interchange.demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.locator("#sign-in-error")).toHaveText("The e-mail address or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  });

  test("the form validates its fields inline before sending", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter your e-mail address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "owner@interchange.demo");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reason=signed-out/);
    await expect(page.getByText("You have been signed out.")).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  });

  test("an unauthenticated visit redirects to sign-in and comes back after it", async ({ page }) => {
    await page.goto("/graph");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fgraph/);
    await page.getByLabel("E-mail").fill("reviewer@interchange.demo");
    await page.getByLabel("Password").fill("demo-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/graph$/);
    await expect(page.getByRole("heading", { name: "Dependency graph" })).toBeVisible();
  });

  test("an expired session sends the user to sign in again, saying why", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "next-auth.session-token", value: "expired-or-forged", url: baseURL! }]);
    await page.goto("/catalog");
    await expect(page).toHaveURL(/reason=expired/);
    await expect(page.getByText("Your session has expired. Sign in again to continue.")).toBeVisible();
  });
});
