import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_ACCOUNTS = [
  { email: "admin@interchange.demo", role: "admin" },
  { email: "owner@interchange.demo", role: "owner" },
  { email: "reviewer@interchange.demo", role: "reviewer" },
  { email: "exec@interchange.demo", role: "viewer" },
] as const;

/** Signs in through the real form, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, from = "/sign-in"): Promise<void> {
  await page.goto(from);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
