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
