import { expect, request, test, type Page } from "@playwright/test";
import { newPersonEmail } from "./identity-provider";
import { signIn } from "./support";

/** Starts single sign-on from the sign-in page and logs in at the test provider (global-setup.ts) as `login`. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test identity provider" }).click();
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test.describe("single sign-on against a real OpenID provider", () => {
  test("a new person gets an account on first sign-in, with the role their groups map to", async ({ page }) => {
    await signInAtProvider(page, "nia-architect");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByTestId("current-role")).toHaveText("reviewer");
    const me = await (await page.request.get("/api/v1/me")).json();
    expect(me).toMatchObject({ email: newPersonEmail(process.env.E2E_OIDC_ISSUER!), name: "Nia Architect", role: "reviewer" });

    // The identity is listed under Settings → Sign-in.
    await page.goto("/settings/sign-in");
    await expect(page.getByTestId("sso-identity-row")).toHaveCount(1);
    await expect(page.getByTestId("sso-identity-row")).toContainText("nia-architect");
  });

  test("an unverified e-mail claim does not take over the existing admin account", async ({ page }) => {
    await signInAtProvider(page, "mallory");
    await expect(page).toHaveURL(/\/sign-in\?error=email-in-use/);
    await expect(page.getByText("An account with this e-mail address already exists")).toBeVisible();
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  });
});

test.describe("linking an existing account", () => {
  test("the owner links their identity from Settings, then signs in with it; an admin removes it", async ({ page, browser }) => {
    await signIn(page, "owner@interchange.demo");
    await page.goto("/settings/sign-in");
    await page.getByRole("button", { name: "Link your Test identity provider account" }).click();
    await page.getByPlaceholder("Enter any login").fill("owen-at-work");
    await page.getByPlaceholder("and password").fill("any password");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await expect(page).toHaveURL(/\/settings\/sign-in\?linked=1/);
    await expect(page.getByTestId("sso-identity-row")).toHaveCount(1);
    await expect(page.getByTestId("sso-identity-row")).toContainText("owen-at-work");

    // Signed out, the identity now signs in as the owner, though its e-mail is another one.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reason=signed-out/);
    // The provider still has its own session from the linking, so it answers without asking for the login again.
    await page.getByRole("button", { name: "Continue with Test identity provider" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(await (await page.request.get("/api/v1/me")).json()).toMatchObject({ email: "owner@interchange.demo" });

    // An admin removes it from the person's admin page, after confirming; the owner's session ends with it.
    const admin = await browser.newPage();
    await signIn(admin, "admin@interchange.demo");
    await admin.goto("/admin");
    await admin.getByRole("link", { name: "Owen Marsh" }).click();
    await expect(admin.getByTestId("sso-identity-row")).toContainText("owen-at-work");
    await admin.getByRole("button", { name: /^Remove owen-at-work at / }).click();
    await admin
      .getByRole("dialog", { name: /^Remove owen-at-work at / })
      .getByRole("button", { name: "Remove" })
      .click();
    await expect(admin.getByTestId("sso-identity-row")).toHaveCount(0);
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
    await admin.close();
  });
});

test.describe("sessions", () => {
  test("signing out ends the session on the server: a copy of the old cookie stops working", async ({ page, baseURL }) => {
    await signIn(page, "owner@interchange.demo");
    const cookies = await page.context().cookies();
    const copy = await request.newContext({ baseURL, storageState: { cookies, origins: [] } });
    expect((await copy.get("/api/v1/me")).status()).toBe(200);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reason=signed-out/);
    expect((await copy.get("/api/v1/me")).status()).toBe(401);
    await copy.dispose();
  });
});
