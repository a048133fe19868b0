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
