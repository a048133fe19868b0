import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// One story across the tests (they share the server's database and run in order): the owner registers, the viewer
// reads, the CSV goes out and back in.
const SYSTEM = { name: "E2E Returns Portal", slug: "e2e-returns-portal" };
const INTEGRATION = "E2E Returns to ledger";
let integrationKey = "";

test.describe.configure({ mode: "serial" });

test("an owner registers a system and an integration with every owner role and an escalation path, then finds it by search and filter", async ({ page }) => {
  await signIn(page, "owner@interchange.demo");
  await page.goto("/catalog/systems");
  await page.getByRole("link", { name: "Register a system" }).click();
  const systemForm = page.getByRole("form", { name: "Register a system" });
  // Inline validation from the shared schema before anything is sent.
  await systemForm.getByRole("button", { name: "Register system" }).click();
  await expect(systemForm.getByText("Required.").first()).toBeVisible();
  await systemForm.getByLabel(/^Name/).fill(SYSTEM.name);
  await systemForm.getByLabel(/^Slug/).fill(SYSTEM.slug);
  await systemForm.getByLabel(/^Kind/).selectOption("ecommerce");
  await systemForm.getByLabel(/^Business domain/).fill("Commerce");
  await systemForm.getByLabel(/^Owner team/).selectOption({ label: "Commerce Platform" });
  await systemForm.getByRole("button", { name: "Register system" }).click();
  await expect(page).toHaveURL(`/catalog/systems/${SYSTEM.slug}`);
  await expect(page.getByRole("heading", { name: SYSTEM.name })).toBeVisible();

  await page.goto("/catalog/integrations/new");
  const form = page.getByRole("form", { name: "Register an integration" });
  await form.getByLabel(/^Name/).fill(INTEGRATION);
  await form.getByLabel(/^Description/).fill("Approved returns post refunds to the ledger.");
  await form.getByLabel(/^Source system/).selectOption({ label: SYSTEM.name });
  await form.getByLabel(/^Target system/).selectOption({ label: "SAP S/4HANA" });
  await form.getByLabel(/^Owner team/).selectOption({ label: "Commerce Platform" });
  await form.getByLabel(/^Direction/).selectOption("one_way");
  await form.getByLabel(/^Mechanism/).selectOption("event_message");
  await form.getByLabel(/^Pattern/).selectOption("event_driven");
  await form.getByLabel(/^Frequency/).selectOption("near_real_time");
  await form.getByLabel(/^Fields exchanged/).fill("return_id\nrefund_amount");
  await form.getByLabel(/^Volume per day/).fill("800");
  await form.getByLabel(/^Expected latency/).fill("60");
  await form.getByLabel(/^Monitoring( \*)?$/).selectOption("log_alerts");
  for (const role of ["Source owner", "Target owner", "Technical owner", "Data owner"]) {
    await form.getByLabel(new RegExp(`^${role}`)).selectOption({ label: "Owen Marsh (owner@interchange.demo)" });
  }
  await form.getByLabel("Step 1: person").selectOption({ label: "Owen Marsh (owner@interchange.demo)" });
  await form.getByLabel("Step 2: rota, channel or phone").fill("#commerce-oncall");
  await form.getByRole("button", { name: "Register integration" }).click();

  await expect(page).toHaveURL(/\/catalog\/integrations\/INT-\d+$/);
  integrationKey = page.url().split("/").pop()!;
  await expect(page.getByText(/is registered\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: `${integrationKey} · ${INTEGRATION}` })).toBeVisible();
  const missing = page.getByRole("list", { name: "Missing facts" });
  await expect(missing).toContainText("Contract");
  await expect(missing).not.toContainText("Data owner");
  await expect(page.getByRole("region", { name: "Escalation path" })).toContainText("#commerce-oncall");

  await page.goto("/catalog");
  // The list filters as you type, and the URL carries only what is set.
  await page.getByLabel("Search").fill("E2E Returns");
  await expect(page).toHaveURL(/\/catalog\?q=E2E\+Returns$/);
  await expect(page.getByRole("link", { name: INTEGRATION })).toBeVisible();

  await page.goto("/catalog");
  // The system filter searches as you type; the keyboard picks a match.
  await page.getByRole("combobox", { name: "System" }).fill("E2E Returns");
  await expect(page.getByRole("option", { name: new RegExp(SYSTEM.name) })).toBeVisible();
  await page.getByRole("combobox", { name: "System" }).press("Enter");
  await expect(page.getByRole("combobox", { name: "System" })).toHaveValue(SYSTEM.name);
  await expect(page).toHaveURL(new RegExp(`/catalog\\?system=${SYSTEM.slug}$`));
  await expect(page.getByRole("link", { name: INTEGRATION })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(2);
  // The selected system is shown by name when the filtered list is opened from its address.
  await expect(page.getByRole("combobox", { name: "System" })).toHaveValue(SYSTEM.name);

  // The home page's link works as a filter too.
  await page.goto("/catalog?health=failing,degraded");
  await expect(page.getByLabel("Health", { exact: true })).toHaveValue("failing,degraded");
});

test("a viewer sees no edit controls and the API refuses the edit", async ({ page }) => {
  await signIn(page, "exec@interchange.demo");
  await page.goto(`/catalog/integrations/${integrationKey}`);
  await expect(page.getByRole("heading", { name: `${integrationKey} · ${INTEGRATION}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Archive/ })).toHaveCount(0);
  await page.goto("/catalog");
  await expect(page.getByRole("link", { name: "Register an integration" })).toHaveCount(0);
  // The catalog streams behind its loading state, so the status is already 200 when the page decides it is not found.
  await page.goto(`/catalog/integrations/${integrationKey}/edit`);
  await expect(page.getByRole("heading", { name: "This page does not exist, or you may not see it" })).toBeVisible();
  await expect(page.getByRole("form")).toHaveCount(0);

  const refused = await page.request.patch(`/api/v1/integrations/${integrationKey}`, { data: { name: "Viewer was here" } });
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  expect((await (await page.request.get(`/api/v1/integrations/${integrationKey}`)).json()).name).toBe(INTEGRATION);
});

test("CSV round trip: export the filtered inventory, change it, check it, import it", async ({ page }) => {
  await signIn(page, "owner@interchange.demo");
  const exported = await page.request.get(`/api/v1/integrations/export?system=${SYSTEM.slug}`);
  expect(exported.headers()["content-type"]).toContain("text/csv");
  const csv = await exported.text();
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(integrationKey);

  const broken = csv.replace(SYSTEM.slug + ",sap-s4", "no-such-system,sap-s4");
  await page.goto("/catalog/integrations/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByRole("region", { name: "Import report" })).toContainText('No system has the slug "no-such-system".');
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();

  const renamed = csv.replace(INTEGRATION, "E2E Returns to ledger (renamed)");
  await page.getByLabel("CSV file").setInputFiles({ name: "renamed.csv", mimeType: "text/csv", buffer: Buffer.from(renamed) });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByRole("region", { name: "Import report" })).toContainText("update 1 integration");
  await page.getByRole("button", { name: "Import 1 rows" }).click();
  await expect(page.getByRole("region", { name: "Import report" })).toContainText("Imported: 0 registered, 1 updated.");
  await page.goto(`/catalog/integrations/${integrationKey}`);
  await expect(page.getByRole("heading", { name: `${integrationKey} · E2E Returns to ledger (renamed)` })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Integration created");
});
