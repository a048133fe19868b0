import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// The demo's Order API 2.1.0 (the current version) defines net_revenue, which the Revenue Dashboard (Looker) reads;
// the dashboard belongs to Data & Analytics, of which the reviewer (Rita Vance) is a member. The proposal is left in
// review (nobody approves it), so the demo's current version stays 2.1.0 for the other specs.
const DRIFT = `Gross revenue minus discounts, including sales tax (${Date.now()}).`;

test("a glossary change to net_revenue needs review, and the revenue dashboard's owner acknowledges it", async ({ page }) => {
  await signIn(page, "admin@interchange.demo");
  await page.goto("/catalog/contracts/order-api/versions/2.1.0");
  await page.getByText("Edit the glossary").click();
  const fields = page.getByRole("textbox", { name: "Field", exact: true });
  const index = (await fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).indexOf("net_revenue");
  expect(index).toBeGreaterThanOrEqual(0);
  // Changing a published meaning is not saved in place: the editor says why and proposes it instead. Typed again
  // until the page is interactive: text typed before hydration never reaches the editor's state.
  const note = page.getByRole("note").filter({ hasText: "You change what net_revenue means" });
  await expect(async () => {
    await page.getByLabel("What it means").nth(index).fill(DRIFT);
    await expect(note).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole("button", { name: "Propose for review" }).click();
  await expect(page.getByText("Give the proposal a title (at least 3 characters).").first()).toBeVisible();
  await page.getByLabel("Proposal title").fill("net_revenue now includes sales tax");
  await page.getByRole("button", { name: "Propose for review" }).click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  const requestUrl = page.url();

  const meaning = page.getByTestId("glossary-changes");
  await expect(meaning.getByRole("row", { name: /net_revenue/ })).toContainText("Meaning changed");
  await expect(meaning.getByRole("row", { name: /net_revenue/ })).toContainText(DRIFT);
  const checklist = page.getByTestId("approval-checklist");
  await expect(checklist).toContainText("The owner of Revenue Dashboard (Looker) acknowledges the new meaning of net_revenue");
  await expect(page.getByRole("region", { name: "Affected consumers" }).getByRole("row", { name: /Revenue Dashboard \(Looker\)/ })).toContainText(
    "meaning changes: net_revenue",
  );

  // The glossary of 2.1.0 itself did not change.
  await page.goto("/catalog/contracts/order-api/versions/2.1.0");
  await expect(page.getByRole("cell", { name: DRIFT })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, "reviewer@interchange.demo");
  await page.goto(requestUrl);
  await page.getByRole("button", { name: "Acknowledge for Revenue Dashboard (Looker)" }).click();
  await expect(page.getByText(/^Acknowledged\./)).toBeVisible();
  await expect(checklist).toContainText("The owner of Revenue Dashboard (Looker) acknowledges the new meaning of net_revenue done: Rita Vance");
  await expect(page.getByTestId("request-status")).toHaveText("In review");
});
