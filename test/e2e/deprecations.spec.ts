import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./support";

const SLUG = "store-credit-api";
const CONSUMER = "Store Credit Liability Report";

const spec = (version: string) =>
  JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `Store credit ${version}`,
    type: "object",
    properties: { credit_id: { type: "string" }, balance: { type: "number" } },
    required: ["credit_id"],
  });

async function post(request: APIRequestContext, url: string, data: unknown) {
  const response = await request.post(url, { data });
  expect(response.status(), `${url}: ${await response.text()}`).toBe(201);
  return (await response.json()) as { id: string };
}

async function teamId(request: APIRequestContext, slug: string) {
  const response = await request.get(`/api/v1/teams/${slug}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { id: string }).id;
}

async function saveMigration(page: Page, status: string) {
  const card = page.getByTestId("my-migration").filter({ hasText: CONSUMER });
  await card.getByLabel(`New status for ${CONSUMER}`).selectOption(status);
  await card.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`${CONSUMER} is now ${status}.`)).toBeVisible();
}

test.describe.serial("deprecations", () => {
  test("an owner deprecates a version, the consumer's team acknowledges and migrates, the owner retires it", async ({ browser }) => {
    // Setup through the API: the owner's team publishes two versions; the admin registers a consumer of 1.0.0 for Data & Analytics.
    const owner = await browser.newPage();
    await signIn(owner, "owner@interchange.demo");
    const contract = await post(owner.request, "/api/v1/contracts", {
      slug: SLUG,
      name: "Store Credit API",
      type: "json_schema",
      ownerTeamId: await teamId(owner.request, "commerce-platform"),
    });
    const v1 = await post(owner.request, `/api/v1/contracts/${contract.id}/versions`, { version: "1.0.0", status: "active", specText: spec("1.0.0") });
    await post(owner.request, `/api/v1/contracts/${contract.id}/versions`, { version: "2.0.0", status: "active", specText: spec("2.0.0") });
    const admin = await browser.newPage();
    await signIn(admin, "admin@interchange.demo");
    await post(admin.request, "/api/v1/consumers", {
      name: CONSUMER,
      kind: "report",
      contractVersionId: v1.id,
      fieldsUsed: ["credit_id", "balance"],
      purpose: "Month-end liability for unspent store credit.",
      ownerTeamId: await teamId(admin.request, "data-analytics"),
    });
    await admin.close();

    // The owner deprecates 1.0.0 from its page; the policy minimum is shown before submitting.
    await owner.goto(`/catalog/contracts/${SLUG}/versions/1.0.0`);
    await owner.getByText("Deprecate this version").click();
    await expect(owner.getByText(/at least \d+ days of notice/)).toBeVisible();
    await owner.getByLabel("Reason").fill("1.0.0 rounds balances to whole currency units.");
    await owner.getByLabel("Replacement").selectOption({ label: "Store Credit API 2.0.0" });
    await owner.getByLabel("Migration guide (address)").fill("https://developer.example.com/store-credit/v2");
    await owner.getByRole("button", { name: "Announce the deprecation" }).click();
    await expect(owner).toHaveURL(/\/deprecations\/[a-z0-9]+$/);
    const deprecationUrl = owner.url();
    await expect(owner.getByRole("heading", { name: "Deprecation of Store Credit API 1.0.0" })).toBeVisible();
    await expect(owner.getByTestId("gateway-headers")).toContainText(/Deprecation: @\d+/);
    await expect(owner.getByTestId("gateway-headers")).toContainText('<https://developer.example.com/store-credit/v2>; rel="deprecation"');
    await expect(owner.getByText("0 of 1 migrated (0 %)")).toBeVisible();
    // Retiring early needs an admin's override: the owner is told why and cannot retire yet.
    await expect(owner.getByText(/1 consumer has not migrated\. Retiring now needs an admin's override\./)).toBeVisible();
    await expect(owner.getByRole("button", { name: "Retire…" })).toBeDisabled();

    // A member of the consumer's team sees the notice under My migrations, acknowledges, then marks it migrated.
    const reviewer = await browser.newPage();
    await signIn(reviewer, "reviewer@interchange.demo");
    await reviewer.goto("/deprecations?tab=my-migrations");
    const card = reviewer.getByTestId("my-migration").filter({ hasText: CONSUMER });
    await expect(card).toContainText("Store Credit API 1.0.0");
    await expect(card).toContainText("1.0.0 rounds balances to whole currency units.");
    await saveMigration(reviewer, "acknowledged");
    await saveMigration(reviewer, "migrated");
    await reviewer.close();

    // Everyone migrated: the owner retires the version, and the catalog shows it retired.
    await owner.goto(deprecationUrl);
    await expect(owner.getByText("1 of 1 migrated (100 %)")).toBeVisible();
    // Retiring cannot be undone: the button asks in a dialog first.
    await owner.getByRole("button", { name: "Retire…" }).click();
    const confirm = owner.getByRole("dialog", { name: "Retire Store Credit API 1.0.0?" });
    await expect(confirm).toContainText("cannot be undone");
    await confirm.getByRole("button", { name: "Retire", exact: true }).click();
    await expect(owner.getByText("Retired.")).toBeVisible();
    await expect(owner.getByText("retired", { exact: true }).first()).toBeVisible();
    await owner.goto(`/catalog/contracts/${SLUG}/versions/1.0.0`);
    await expect(owner.getByText("retired", { exact: true }).first()).toBeVisible();
    await owner.goto("/deprecations?status=retired&q=store+credit");
    await expect(owner.getByRole("link", { name: "Store Credit API 1.0.0" })).toBeVisible();
    await owner.close();
  });

  test("the deprecations page shows the demo's overdue and blocked consumers, and a calendar of sunsets", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await page.goto("/deprecations?overdue=true");
    await expect(page.getByRole("link", { name: "Order API 2.0.0" })).toBeVisible();
    await expect(page.getByText(/\d+ overdue/).first()).toBeVisible();
    await page.goto("/deprecations?q=subscription");
    await expect(page.getByText("1 blocked").first()).toBeVisible();
    const calendar = await page.request.get("/api/v1/deprecations/calendar.ics");
    expect(calendar.headers()["content-type"]).toContain("text/calendar");
    expect(await calendar.text()).toContain("SUMMARY:Sunset: Order API 2.0.0");
  });
});
