import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test.describe("filters in the address", () => {
  test("a list keeps the filters it understands and names the ones it ignored", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await page.goto("/catalog?health=failing&criticality=not-a-tier");
    await expect(page.getByRole("status").filter({ hasText: "not understood" })).toContainText("criticality");
    // The valid filter still applies: the health filter shows its value.
    await expect(page.locator("#filter-health")).toHaveValue("failing");
  });

  test("a parameter given twice where one is expected is ignored and named, not a server error", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    const response = await page.goto("/catalog/contracts/order-api/versions/2.0.0?find=order&find=customer");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "not understood" })).toContainText("find");
  });

  test("a search holding a character no database can store (q=%00) is ignored and named, on every list, never a 500", async ({ page }) => {
    await signIn(page, "admin@interchange.demo");
    for (const list of ["/catalog", "/catalog/systems", "/catalog/contracts", "/catalog/consumers", "/catalog/teams", "/reviews", "/audit", "/graph"]) {
      const response = await page.goto(`${list}?q=%00`);
      expect(response?.status(), list).toBe(200);
      await expect(page.getByRole("status").filter({ hasText: "not understood" }), list).toContainText("q");
    }
  });
});

test.describe("lists filter as you type", () => {
  test("the URL carries only the set filters, typing waits for a pause, focus stays, and Back restores the fields", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await page.goto("/catalog/contracts");
    const search = page.getByLabel("Search");
    await search.pressSequentially("Order", { delay: 40 });
    await expect(page).toHaveURL(/\/catalog\/contracts\?q=Order$/);
    await expect(page.getByRole("link", { name: "Order API" }).first()).toBeVisible();
    await expect(search).toBeFocused();

    // A select applies at once, and the URL gains only that one parameter.
    await page.getByLabel("Show").selectOption("include");
    await expect(page).toHaveURL(/\/catalog\/contracts\?q=Order&archived=include$/);

    // Back walks the filters applied, not every keystroke, and the fields follow the URL.
    await page.goBack();
    await expect(page).toHaveURL(/\/catalog\/contracts\?q=Order$/);
    await expect(page.getByLabel("Show")).toHaveValue("exclude");
    await page.goBack();
    await expect(page).toHaveURL(/\/catalog\/contracts$/);
    await expect(search).toHaveValue("");
    await page.goForward();
    await expect(search).toHaveValue("Order");
  });
});
