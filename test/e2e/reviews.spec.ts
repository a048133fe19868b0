import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const SLUG = "trail-points-api";
const CONSUMER = "Trail Points Dashboard";

const spec = (version: string, balanceField: string) =>
  [
    "openapi: 3.1.0",
    "info:",
    "  title: Trail Points",
    `  version: ${version}`,
    "paths:",
    "  /members/{memberId}/points:",
    "    get:",
    "      summary: Read a member's points balance",
    "      parameters:",
    "        - name: memberId",
    "          in: path",
    "          required: true",
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
    `      required: [${balanceField}]`,
    "      properties:",
    `        ${balanceField}: { type: integer, description: Points the member can spend }`,
    "",
  ].join("\n");

/** The catalog this test reviews, registered through the API as the owner: an integration whose data owner is the reviewer. */
async function registerContractWithConsumer(page: Page): Promise<void> {
  const teams = (await (await page.request.get("/api/v1/teams?limit=200")).json()) as { items: { id: string; slug: string }[] };
  const team = teams.items.find((candidate) => candidate.slug === "commerce-platform")!;
  const integration = await page.request.post("/api/v1/integrations", {
    data: {
      name: "Trail points to the storefront",
      sourceSystem: "order-service",
      targetSystem: "storefront",
      ownerTeam: "commerce-platform",
      direction: "one_way",
      mechanism: "api_call",
      pattern: "api_led_system",
      frequency: "real_time",
      businessValue: 3,
      complexity: 2,
      owners: { data_owner: "reviewer@interchange.demo" },
    },
  });
  expect(integration.status(), await integration.text()).toBe(201);
  const contract = await page.request.post("/api/v1/contracts", {
    data: { slug: SLUG, name: "Trail Points API", type: "openapi", ownerTeamId: team.id, integrationId: ((await integration.json()) as { id: string }).id },
  });
  expect(contract.status(), await contract.text()).toBe(201);
  const contractId = ((await contract.json()) as { id: string }).id;
  const version = await page.request.post(`/api/v1/contracts/${contractId}/versions`, {
    data: { version: "1.0.0", status: "active", specText: spec("1.0.0", "points_balance") },
  });
  expect(version.status(), await version.text()).toBe(201);
  const consumer = await page.request.post("/api/v1/consumers", {
    data: {
      name: CONSUMER,
      kind: "dashboard",
      contractVersionId: ((await version.json()) as { id: string }).id,
      fieldsUsed: ["points_balance"],
      purpose: "Shows members' balances to the loyalty team.",
      ownerTeamId: team.id,
    },
  });
  expect(consumer.status(), await consumer.text()).toBe(201);
}

test("an owner proposes a breaking change; the reviewer sees the diff and the affected consumers, approves, and the new version becomes active", async ({
  page,
}) => {
  await signIn(page, "owner@interchange.demo");
  await registerContractWithConsumer(page);

  await page.goto(`/catalog/contracts/${SLUG}`);
  await page.getByRole("link", { name: "Propose a new version" }).click();
  await page.getByLabel("Title").fill("Rename points_balance to spendable_points");
  await page.getByLabel("Changelog").fill("BREAKING: points_balance is now spendable_points.");
  await page.getByLabel("Spec document").fill(spec("2.0.0", "spendable_points"));
  // The live preview compares with the current version before anything is saved.
  await expect(page.getByTestId("preview-verdict")).toContainText("breaking");
  await expect(page.getByTestId("impact-sentence")).toHaveText("Breaks 1 of 1 consumer.");
  await expect(page.getByText("Suggested: 2.0.0")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  const requestUrl = page.url();
  await expect(page.getByTestId("request-status")).toHaveText("In review");
  // The owner owns the broken consumer: acknowledging is their part.
  await page.getByRole("button", { name: `Acknowledge for ${CONSUMER}` }).click();
  await expect(page.getByText(/^Acknowledged\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, "reviewer@interchange.demo");
  await page.goto("/reviews");
  await page.getByRole("link", { name: /Rename points_balance to spendable_points/ }).click();
  await expect(page).toHaveURL(requestUrl);
  const diff = page.getByRole("region", { name: "Changes", exact: true });
  await expect(diff.getByText("GET /members/{memberId}/points").first()).toBeVisible();
  await expect(diff.getByText(/points_balance/).first()).toBeVisible();
  await expect(diff.getByText("1.0.0 (current)").first()).toBeVisible();
  const consumers = page.getByRole("region", { name: "Affected consumers" });
  await expect(consumers.getByRole("row", { name: new RegExp(CONSUMER) })).toContainText("breaks");
  await expect(page.getByTestId("approval-checklist")).toContainText("The owner of Trail Points Dashboard acknowledges the break done: Owen Marsh");
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Approved: Trail Points API 2.0.0 is published and active.")).toBeVisible();
  await expect(page.getByTestId("request-status")).toHaveText("Published");

  await page.goto(`/catalog/contracts/${SLUG}`);
  const versions = page.getByRole("region", { name: "Versions" });
  await expect(versions.getByRole("row", { name: /2\.0\.0/ })).toContainText("active");
  await expect(versions.getByRole("row", { name: /1\.0\.0/ })).toContainText("active");
});

test("the demo's Reviews page is not empty, filters live in the URL, and a viewer cannot decide", async ({ page }) => {
  await signIn(page, "exec@interchange.demo");
  await page.goto("/reviews?tab=open&breaking=yes");
  await expect(page.getByRole("link", { name: /Rename net_revenue to net_amount/ })).toBeVisible();
  await page.getByLabel("Status").selectOption("draft");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=draft/);
  await expect(page.getByText("No change request matches these filters.")).toBeVisible();
  await page.goto("/reviews?tab=open");
  await page.getByRole("link", { name: /Rename net_revenue to net_amount/ }).click();
  await expect(page.getByTestId("impact-sentence")).toContainText("feed revenue reporting");
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Your part" })).toHaveCount(0);
});
