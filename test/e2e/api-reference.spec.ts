import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test.describe("API reference", () => {
  test("searches the operations and tries one as the signed-in person, with no request leaving the portal", async ({ page, baseURL }) => {
    const foreignRequests: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["data:", "blob:"].includes(url.protocol) && url.origin !== baseURL) foreignRequests.push(request.url());
    });
    await signIn(page, "exec@interchange.demo");
    await page.goto("/api-docs");
    const reference = page.getByTestId("api-reference");
    await expect(reference.getByRole("heading", { name: "Interchange API" })).toBeVisible({ timeout: 30_000 });
    // The prose is rendered Markdown, not raw backticks.
    await expect(page.getByText("`", { exact: false })).toHaveCount(0);

    // Search finds an operation by what it does.
    await reference
      .getByRole("button", { name: /Search/ })
      .first()
      .click();
    await page.keyboard.type("impact");
    await expect(page.getByRole("option", { name: /impact/i }).first()).toBeVisible();
    await page.keyboard.press("Escape");

    // Try it: the request carries the session, so "Who am I" answers with this person.
    await reference
      .getByRole("link", { name: /Who am I/ })
      .first()
      .click();
    await reference
      .getByRole("button", { name: /Test Request/ })
      .first()
      .click();
    await page.getByRole("button", { name: /^Send/ }).first().click();
    await expect(page.getByText("200 OK").first()).toBeVisible();
    await expect(page.getByText('"exec@interchange.demo"').first()).toBeVisible();

    expect(foreignRequests).toEqual([]);
  });

  test("the icons and the web manifest are served without a session", async ({ request }) => {
    const manifestResponse = await request.get("/manifest.webmanifest");
    expect(manifestResponse.status()).toBe(200);
    const manifest = (await manifestResponse.json()) as { name: string; icons: { src: string; type: string }[] };
    expect(manifest.name).toBe("Interchange");
    expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of [...manifest.icons, { src: "/favicon.ico", type: "image/" }, { src: "/icons/apple-touch-icon.png", type: "image/png" }]) {
      const response = await request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()["content-type"], icon.src).toContain(icon.type.split("+")[0]);
    }
  });
});
