import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("a refused submit shows the errors inline, says so in a toast and puts the focus on the first invalid field", async ({ page }) => {
  await signIn(page, "owner@interchange.demo");
  await page.goto("/catalog/systems/new");
  const form = page.getByRole("form", { name: "Register a system" });
  await form.getByLabel("Slug").fill("focus-check-system");
  await form.getByRole("button", { name: "Register system" }).click();
  // The name is the first field the server's schema refuses: it has the focus and says why, next to the field.
  const name = form.getByLabel("Name");
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Some fields need attention.")).toBeVisible();
});

test("a refused long form says what needs attention at its top, each error a link to its field, and scrolls to the first", async ({ page }) => {
  await signIn(page, "owner@interchange.demo");
  await page.goto("/catalog/integrations/new");
  const form = page.getByRole("form", { name: "Register an integration" });
  await form.getByRole("button", { name: "Register integration" }).click();
  const summary = form.getByRole("alert").filter({ hasText: /fields? needs? attention/ });
  await expect(summary).toBeVisible();
  // Plain words, never zod's own text or the schema's raw values.
  await expect(summary).not.toContainText("Invalid");
  await expect(summary).not.toContainText("expected");
  const name = form.getByLabel(/^Name( \*)?$/);
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport();
  // The summary's links lead to their fields.
  const links = summary.getByRole("link");
  expect(await links.count()).toBeGreaterThan(1);
  await links.last().click();
  await expect(page.locator(":focus")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(":focus")).toBeInViewport();
  // The page never grows wider than the window because of an error message.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test("leaving a record form with unsaved edits asks first; staying keeps the edits", async ({ page }) => {
  await signIn(page, "owner@interchange.demo");
  await page.goto("/catalog/systems/new");
  const form = page.getByRole("form", { name: "Register a system" });
  await form.getByLabel("Name").fill("Half-typed system");
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect.poll(() => asked).toEqual(["Leave this page? Your changes are not saved."]);
  await expect(page).toHaveURL(/\/catalog\/systems\/new$/);
  await expect(form.getByLabel("Name")).toHaveValue("Half-typed system");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
