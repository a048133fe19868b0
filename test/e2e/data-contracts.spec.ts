import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  required: ["sku"],
  properties: { sku: { type: "string" }, gtin: { type: "string" } },
};

test("an owner edits a rule, tests a sample, saves it, proposes the change and sees the sample in the review", async ({ page }) => {
  await signIn(page, "owner@interchange.demo");
  // A contract of its own, so that no other spec sees its proposal.
  const slug = `e2e-rules-${Date.now().toString(36)}`;
  const team = await (await page.request.get("/api/v1/teams/commerce-platform")).json();
  const created = await page.request.post("/api/v1/contracts", { data: { slug, name: "E2E product rules", type: "json_schema", ownerTeamId: team.id } });
  expect(created.status()).toBe(201);
  const contract = await created.json();
  const version = await page.request.post(`/api/v1/contracts/${contract.id}/versions`, {
    data: { version: "1.0.0", status: "active", specText: JSON.stringify(schema, null, 2) },
  });
  expect(version.status()).toBe(201);

  await page.goto(`/catalog/contracts/${slug}/versions/1.0.0`);
  await page.getByRole("button", { name: "Add a rule" }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("gtin-required");
  const condition = page.getByLabel("Condition (CEL)");
  // The expression is compiled as it is typed: a broken one says where.
  await condition.fill("has(payload.gtin) &&");
  await expect(page.getByText(/Line 1, column \d+:/)).toBeVisible();
  await condition.fill("has(payload.gtin)");
  await expect(page.getByText("The expression compiles.")).toBeVisible();
  await page.getByLabel("Message").fill("A GTIN is needed.");
  await page.getByRole("combobox", { name: "Route", exact: true }).selectOption({ label: "Quarantine" });

  // The panel tests the rules as they are in the form, before they are saved.
  await page.getByLabel("Payload (JSON)").fill(JSON.stringify({ sku: "E2E-1" }));
  await page.getByRole("button", { name: "Test the payload" }).click();
  await expect(page.getByText("gtin-required (Field rule, Quarantine)")).toBeVisible();
  await page.getByLabel("Sample name").fill("Product without GTIN");
  await expect(page.getByLabel("Expected decision")).toHaveValue("quarantine");
  await page.getByLabel("Expected decision").selectOption({ label: "Deliver" });
  await page.getByRole("button", { name: "Save the sample" }).click();
  await expect(page.getByRole("cell", { name: "Product without GTIN", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Propose the rules for review…" }).click();
  const dialog = page.getByRole("dialog", { name: "Propose these rules as a new version" });
  await dialog.getByLabel("Title").fill("Require a GTIN on every product");
  await dialog.getByLabel("New version").fill("1.1.0");
  await dialog.getByRole("button", { name: "Propose" }).click();

  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  await expect(page.getByTestId("sample-impact")).toContainText("1 saved sample would now be quarantined");
  const row = page.getByRole("row", { name: /Product without GTIN/ });
  await expect(row).toContainText("Deliver");
  await expect(row).toContainText("gtin-required: A GTIN is needed.");
});
