import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const SLUG = "ledger-orders-api";

/** A contract long enough that the changed line is far below the top of the text. */
const spec = (taxType: string) =>
  [
    "openapi: 3.1.0",
    "info:",
    "  title: Ledger Orders",
    "  version: 1.0.0",
    "paths:",
    ...Array.from({ length: 40 }, (_, n) => [`  /archive/${n}:`, "    get:", "      responses:", "        '204':", "          description: Nothing"]).flat(),
    "  /orders:",
    "    get:",
    "      responses:",
    "        '200':",
    "          description: Orders",
    "          content:",
    "            application/json:",
    "              schema:",
    "                $ref: '#/components/schemas/Order'",
    "components:",
    "  schemas:",
    "    Order:",
    "      type: object",
    "      properties:",
    "        id: { type: string }",
    `        tax_amount: { type: ${taxType}, description: Tax on the order }`,
    "",
  ].join("\n");

async function registerContract(page: Page): Promise<void> {
  const teams = (await (await page.request.get("/api/v1/teams?limit=200")).json()) as { items: { id: string; slug: string }[] };
  const team = teams.items.find((candidate) => candidate.slug === "commerce-platform")!;
  const contract = await page.request.post("/api/v1/contracts", { data: { slug: SLUG, name: "Ledger Orders API", type: "openapi", ownerTeamId: team.id } });
  expect(contract.status(), await contract.text()).toBe(201);
  const contractId = ((await contract.json()) as { id: string }).id;
  const version = await page.request.post(`/api/v1/contracts/${contractId}/versions`, {
    data: { version: "1.0.0", status: "active", specText: spec("number") },
  });
  expect(version.status(), await version.text()).toBe(201);
}

test("the review page shows a real diff: changes named by field, each scrolling both sides to its line, side by side or unified, commented in place", async ({
  page,
}) => {
  await signIn(page, "owner@interchange.demo");
  await registerContract(page);

  await page.goto(`/catalog/contracts/${SLUG}/propose`);
  await page.getByLabel("Title").fill("Tax amounts as decimal strings");
  await page.getByLabel("Spec document").fill(spec("string"));
  // The preview names the operation once and the field the change is about.
  const preview = page.getByRole("region", { name: "Preview against the current version" });
  await expect(preview.getByText("tax_amount", { exact: true })).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: "tax_amount" })).toHaveText(
    /GET \/orders: tax_amount: the type changed from number to string\./,
  );
  await expect(preview.getByText(/GET \/orders: GET \/orders/)).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);

  const changes = page.getByRole("list", { name: "Changes in words" });
  const change = changes.getByRole("listitem").filter({ hasText: "tax_amount" });
  await expect(change).toContainText("tax_amount: the type changed from number to string.");

  // The diff pane is reachable and scrollable by keyboard.
  const pane = page.getByRole("region", { name: "Diff of 1.0.0 (current) and 2.0.0 (proposed), side by side" });
  await expect(pane).toHaveAttribute("tabindex", "0");
  const changedRow = pane.locator("tr[data-kind=changed]").filter({ hasText: "tax_amount" });
  // Both sides are in one row: the base highlights `number`, the proposal `string`.
  await expect(changedRow.locator("mark")).toHaveText(["number", "string"]);
  await pane.evaluate((element) => element.scrollTo(0, 0));
  await change.getByRole("button", { name: /tax_amount/ }).click();
  await expect(changedRow).toBeInViewport();
  await expect(changedRow).toHaveClass(/outline/);

  await page.getByRole("button", { name: "Unified" }).click();
  const unified = page.getByRole("region", { name: "Diff of 1.0.0 (current) and 2.0.0 (proposed), unified" });
  await expect(unified.locator("tr[data-kind=removed]").filter({ hasText: "tax_amount" })).toContainText("number");
  await expect(unified.locator("tr[data-kind=added]").filter({ hasText: "tax_amount" })).toContainText("string");
  await unified.focus();
  await expect(unified).toBeFocused();

  await change.getByRole("button", { name: "Comment on this change" }).click();
  await change.getByLabel("Comment on this change").fill("Strings keep the cents exact: clients must parse them.");
  await change.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(change.getByRole("list", { name: "Comments on this change" })).toContainText("Strings keep the cents exact");
  const comments = page.getByRole("region", { name: "Comments" });
  await comments.getByRole("link", { name: "on a change" }).click();
  await expect(change).toBeInViewport();
});
