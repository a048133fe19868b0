import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const SLUG = "loyalty-points-api";

const spec = (pathRequired: boolean) =>
  [
    "openapi: 3.1.0",
    "info:",
    "  title: Loyalty Points",
    "  version: 1.0.0",
    "paths:",
    "  /members/{memberId}/points:",
    "    get:",
    "      summary: Read a member's points balance",
    "      parameters:",
    "        - name: memberId",
    "          in: path",
    `          required: ${pathRequired}`,
    "          schema: { type: string }",
    "      responses:",
    "        '200':",
    "          description: The balance",
    "          content:",
    "            application/json:",
    "              schema:",
    "                $ref: '#/components/schemas/PointsBalance'",
    "components:",
    "  schemas:",
    "    PointsBalance:",
    "      type: object",
    "      required: [points_balance]",
    "      properties:",
    "        points_balance: { type: integer, description: Points the member can spend }",
    // A field no other contract has: the consumer declares it, and the search below finds the contract by it.
    "        member_tier_e2e: { type: string, description: The member's tier }",
    "",
  ].join("\n");

test.describe.serial("catalog: contracts and consumers", () => {
  test("an owner registers a contract from an OpenAPI file and a consumer, then finds it by search and a filter", async ({ page }) => {
    await signIn(page, "owner@interchange.demo");
    await page.goto("/catalog/contracts");
    await page.getByRole("link", { name: "Register a contract" }).first().click();
    await page.getByLabel("Name").fill("Loyalty Points API");
    await page.getByLabel("Slug").fill(SLUG);
    await page.getByLabel("Type").selectOption("openapi");
    await page.getByLabel("Description").fill("Members' points balances for the storefront and the CRM.");
    await page.getByLabel("Owning team").selectOption({ label: "Commerce Platform" });
    await page.getByRole("button", { name: "Register contract" }).click();
    await expect(page).toHaveURL(new RegExp(`/catalog/contracts/${SLUG}$`));
    await expect(page.getByText("Contract Loyalty Points API registered.")).toBeVisible();

    await page.getByRole("link", { name: "New version", exact: true }).click();
    // A file that is not valid OpenAPI: the error names its line and path, and nothing is saved.
    await page.getByLabel("Upload a file").setInputFiles({ name: "loyalty.yaml", mimeType: "application/yaml", buffer: Buffer.from(spec(false)) });
    await page.getByRole("button", { name: "Add version" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Problems in the document" })).toContainText('must say "required": true');
    await expect(page.getByRole("button", { name: "Line 12:21" })).toBeVisible();

    await page.getByLabel("Upload a file").setInputFiles({ name: "loyalty.yaml", mimeType: "application/yaml", buffer: Buffer.from(spec(true)) });
    await page.getByRole("combobox", { name: /^Status/ }).selectOption("active");
    await page.getByRole("button", { name: "Add version" }).click();
    await expect(page).toHaveURL(new RegExp(`/catalog/contracts/${SLUG}/versions/1.0.0$`));
    await expect(page.getByText("/members/{memberId}/points").first()).toBeVisible();
    await page.getByRole("region", { name: "Schemas" }).locator("summary", { hasText: "PointsBalance" }).click();
    await expect(page.getByRole("cell", { name: "points_balance" })).toBeVisible();

    await page.getByText("Edit the glossary").click();
    await page.getByRole("button", { name: "Add an entry" }).click();
    await page.getByRole("textbox", { name: "Field", exact: true }).fill("points_balance");
    await page.getByLabel("What it means").fill("Points earned and not yet spent or expired, whole points only.");
    await page.getByRole("button", { name: "Save glossary" }).click();
    await expect(page.getByText("Glossary saved.")).toBeVisible();
    await expect(page.getByRole("cell", { name: "Points earned and not yet spent or expired, whole points only." })).toBeVisible();

    await page.getByRole("link", { name: "← Loyalty Points API" }).click();
    await page.getByRole("link", { name: "Register a consumer" }).click();
    await page.getByLabel("Name").fill("Loyalty tier dashboard");
    await page.getByLabel("Kind").selectOption("dashboard");
    await page.getByLabel("Fields it uses").fill("points_balance, member_tier_e2e");
    await page.getByLabel("Why it uses them").fill("Shows store managers how many points members hold.");
    await page.getByLabel("Owning team").selectOption({ label: "Commerce Platform" });
    await page.getByRole("button", { name: "Register consumer" }).click();
    await expect(page.getByRole("heading", { name: "Loyalty tier dashboard" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Loyalty Points API 1.0.0" })).toBeVisible();

    // Find the contract again by a field its consumer uses, then narrow with a filter; the URL keeps both.
    await page.goto("/catalog/contracts");
    await page.getByLabel("Search").fill("member_tier_e2e");
    await page.getByLabel("Type").selectOption("openapi");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/q=member_tier_e2e/);
    await expect(page).toHaveURL(/type=openapi/);
    await expect(page.getByRole("link", { name: "Loyalty Points API" })).toBeVisible();
    await page.getByLabel("Type").selectOption("asyncapi");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByText("No contract matches these filters.")).toBeVisible();

    await page.goto("/catalog/contracts?q=not%20yet%20spent");
    await expect(page.getByRole("link", { name: "Loyalty Points API" })).toBeVisible();

    await page.goto("/catalog/consumers?q=member_tier_e2e");
    await expect(page.getByRole("link", { name: "Loyalty tier dashboard" })).toBeVisible();
  });

  test("a viewer sees no edit controls and is refused by the server", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await page.goto("/catalog/contracts");
    await expect(page.getByRole("heading", { name: "Contracts" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Register a contract" })).toHaveCount(0);
    await page.goto(`/catalog/contracts/${SLUG}`);
    await expect(page.getByRole("heading", { name: "Loyalty Points API" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "New version", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Archive/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Register a consumer" })).toHaveCount(0);
    await page.goto(`/catalog/contracts/${SLUG}/versions/1.0.0`);
    await expect(page.getByText("Edit the glossary")).toHaveCount(0);
    await expect(page.getByRole("cell", { name: "points_balance" }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Change status" })).toHaveCount(0);
    // The edit page does not exist for a viewer.
    await page.goto(`/catalog/contracts/${SLUG}/edit`);
    await expect(page.getByRole("heading", { name: "This page does not exist, or you may not see it" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);

    const list = await (await page.request.get(`/api/v1/contracts?q=${SLUG}`)).json();
    const refused = await page.request.patch(`/api/v1/contracts/${list.items[0].id}`, { data: { name: "Renamed by a viewer" } });
    expect(refused.status()).toBe(403);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
  });

  test("the owner archives the contract: the form asks what happens to its consumer first", async ({ page }) => {
    await signIn(page, "owner@interchange.demo");
    await page.goto(`/catalog/contracts/${SLUG}`);
    // The form is not open on the page: one button opens it in a dialog, which says who still depends on it.
    await page.getByRole("button", { name: "Archive this contract…" }).click();
    const archive = page.getByRole("dialog", { name: "Archive Loyalty Points API?" });
    await expect(archive).toContainText("1 active consumer still uses it.");
    await archive.getByLabel(/^Reason/).fill("Replaced by the loyalty platform's own API.");
    await archive.getByRole("button", { name: "Archive this contract" }).click();
    await expect(archive.getByText("Say what happens to the consumers that still depend on this contract.", { exact: true })).toBeVisible();
    await archive.getByLabel(/^What happens to its consumers/).fill("The tier dashboard moves to the platform API by March.");
    await archive.getByRole("button", { name: "Archive this contract" }).click();
    await expect
      .poll(async () => (await (await page.request.get(`/api/v1/contracts?q=${SLUG}&archived=only`)).json()).items?.[0]?.archiveReason ?? null)
      .toMatch(/Consumers: The tier dashboard moves to the platform API by March\./);
  });
});
