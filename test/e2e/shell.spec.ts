import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("the first Tab stop skips the navigation to the page's content", async ({ page }) => {
  await signIn(page, "exec@interchange.demo");
  await page.goto("/catalog");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});
