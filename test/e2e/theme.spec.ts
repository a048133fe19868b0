import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/** The page's background as a luminance from 0 (black) to 1 (white), whatever colour space the CSS wrote it in. */
async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

test.describe("theme", () => {
  test("follows the system setting, and the switch overrides it from the first paint of the next page", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await signIn(page, "exec@interchange.demo");
    const theme = page.getByLabel("Theme");
    await expect(theme).toHaveValue("system");
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);

    await theme.selectOption("light");
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    // The server renders the chosen theme itself: the HTML arrives with it, so nothing flashes dark first.
    const html = await (await page.request.get("/catalog")).text();
    expect(html).toMatch(/<html lang="en" class="light"/);
    await page.reload();
    await expect(theme).toHaveValue("light");
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);

    await page.emulateMedia({ colorScheme: "light" });
    await theme.selectOption("dark");
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);
    // Charts paint with the same palette: the matrix's quadrants take their colours from theme variables.
    await page.goto("/dashboard");
    const quadrant = page.locator('svg rect[fill^="var(--color-"]').first();
    await expect(quadrant).toBeVisible();
    expect(await quadrant.evaluate((rect) => getComputedStyle(rect).fill)).not.toMatch(/^(none|rgb\(0, 0, 0\))$/);
    await page.goto("/graph");
    await expect(page.locator(".react-flow.dark")).toBeVisible();
    await theme.selectOption("system");
    await expect(page.locator(".react-flow.light")).toBeVisible();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`the main pages have no serious or critical accessibility violation in the ${scheme} theme`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await signIn(page, "owner@interchange.demo");
      const found: string[] = [];
      for (const path of [
        "/",
        "/catalog",
        "/catalog/systems",
        "/catalog/systems/snowflake",
        "/catalog/integrations/INT-0021",
        "/catalog/contracts",
        "/catalog/contracts/order-api",
        "/graph",
        "/reviews",
        "/deprecations",
      ]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        const blocking = results.violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.nodes
                .map((node) => node.target.join(" "))
                .slice(0, 5)
                .join(", ")}`,
          );
        found.push(...blocking.map((line) => `${path}: ${line}`));
      }
      // Every page is checked before failing, so one run names all that needs fixing.
      expect(found, `the ${scheme} theme`).toEqual([]);
    });
  }
});
