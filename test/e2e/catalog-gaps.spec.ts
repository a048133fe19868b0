import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test.describe.configure({ mode: "serial" });

test("a detail page for a record that does not exist answers HTTP 404, while the lists still answer 200", async ({ page }) => {
  await signIn(page, "exec@interchange.demo");
  for (const path of [
    "/catalog/integrations/INT-99999",
    "/catalog/systems/no-such-system",
    "/catalog/contracts/no-such-contract",
    "/catalog/contracts/no-such-contract/versions/9.9.9",
    "/catalog/consumers/no-such-consumer",
    "/catalog/teams/no-such-team",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const path of ["/catalog", "/catalog/systems", "/catalog/contracts", "/catalog/consumers", "/catalog/teams"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
  }
});

test("an owner edits validation rules, exception routes and a reordered escalation path on the integration form", async ({ page }) => {
  await signIn(page, "owner@interchange.demo");
  // Any integration of the owner's team: open its edit form from the list filtered to that team.
  await page.goto("/catalog?team=commerce-platform&sort=key");
  const first = page.getByRole("row").nth(1).getByRole("link");
  const name = (await first.textContent())!.trim();
  await first.click();
  await page.waitForURL(/\/catalog\/integrations\/[A-Z0-9]+-[A-Z0-9]+$/);
  const key = page.url().split("/").pop()!;
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const form = page.getByRole("form", { name: `Edit ${key}` });
  await expect(form.getByRole("button", { name: "Save changes" })).toBeVisible();

  // Escalation path: three steps, then the third moved to the top.
  const steps = form.getByRole("group", { name: /Escalation path/ });
  while ((await steps.getByRole("button", { name: /^Remove step/ }).count()) > 0) await steps.getByRole("button", { name: "Remove step 1" }).click();
  await expect(steps.getByText("No escalation path yet")).toBeVisible();
  for (const contact of ["#first-line", "#second-line", "#duty-manager"]) {
    await steps.getByRole("button", { name: "Add a step" }).click();
    const index = await steps.getByRole("button", { name: /^Remove step/ }).count();
    await form.getByLabel(`Step ${index}: rota, channel or phone`).fill(contact);
  }
  await steps.getByRole("button", { name: "Move step 3 up" }).click();
  await steps.getByRole("button", { name: "Move step 2 up" }).click();
  await expect(form.getByLabel("Step 1: rota, channel or phone")).toHaveValue("#duty-manager");

  // Validation rules: replace whatever is there with one rule; an empty description is refused inline first.
  const rules = form.getByRole("group", { name: /Validation rules/ });
  while ((await rules.getByRole("button", { name: /^Remove rule/ }).count()) > 0) await rules.getByRole("button", { name: "Remove rule 1" }).click();
  await rules.getByRole("button", { name: "Add a rule" }).click();
  await form.getByLabel("Rule 1: kind").selectOption("format");
  await form.getByLabel("Rule 1: field").fill("postal_code");

  // Exception routing: start from the standard table, then drop one route.
  const routes = form.getByRole("group", { name: /Exception routing/ });
  while ((await routes.getByRole("button", { name: /^Remove route/ }).count()) > 0) await routes.getByRole("button", { name: "Remove route 1" }).click();
  await routes.getByRole("button", { name: "Use the standard routing" }).click();
  await expect(routes.getByRole("button", { name: /^Remove route/ })).toHaveCount(6);
  await expect(routes.getByRole("button", { name: "Add a route" })).toBeDisabled();
  await routes.getByRole("button", { name: "Remove route 6" }).click();

  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Required.")).toBeVisible();
  await form.getByLabel("Rule 1: description").fill("Postal codes match the country's format.");
  await form.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(new RegExp(`/catalog/integrations/${key}$`));
  await expect(page.getByText(`${key} is saved.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: `${key} · ${name}` })).toBeVisible();
  const escalation = page.getByRole("region", { name: "Escalation path" });
  await expect(escalation.getByRole("listitem").first()).toContainText("#duty-manager");
  const validation = page.getByRole("region", { name: "Validation rules and exception routing" });
  await expect(validation).toContainText("postal_code");
  await expect(validation).toContainText("Missing required field → Quarantine (integration_support)");
  await expect(validation).not.toContainText("Unclassified →");
});

test("a team lead adds a member, makes them lead and removes them; a viewer sees no controls", async ({ page }) => {
  // Owen Marsh (owner@) leads Commerce Platform in the demo enterprise.
  await signIn(page, "owner@interchange.demo");
  await page.goto("/catalog/teams");
  await page.getByRole("link", { name: "Commerce Platform" }).click();
  await page.waitForURL("**/catalog/teams/commerce-platform");
  const members = page.getByRole("region", { name: "Members" });
  await members.getByRole("button", { name: "Add member" }).click();
  await expect(members.getByText("The e-mail of a registered person.")).toBeVisible();
  await members.getByLabel(/^Person/).selectOption({ label: "Elena Brooks (exec@interchange.demo)" });
  await members.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("Elena Brooks joined the team.")).toBeVisible();
  const added = members.getByRole("listitem").filter({ hasText: "exec@interchange.demo" });
  await added.getByRole("button", { name: "Make Elena Brooks lead" }).click();
  await expect(added.getByRole("button", { name: "Unmake Elena Brooks lead" })).toBeVisible();
  await added.getByRole("button", { name: "Remove Elena Brooks" }).click();
  await expect(page.getByText("Elena Brooks left the team.")).toBeVisible();
  await expect(added).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, "exec@interchange.demo");
  await page.goto("/catalog/teams/commerce-platform");
  await expect(page.getByRole("region", { name: "Members" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
});

test("an owner records which business capabilities a consumer serves", async ({ page }) => {
  await signIn(page, "owner@interchange.demo");
  await page.goto("/catalog/consumers/new");
  await page.getByLabel(/^Name/).fill("E2E capability dashboard");
  await page.getByLabel(/^Kind/).selectOption("dashboard");
  // A version of the demo's Order API, which describes order_id (declared fields are checked against it).
  const version = page.getByLabel(/^Contract version it consumes/);
  await version.selectOption((await version.locator('optgroup[label="Order API"] option').first().getAttribute("value"))!);
  await page.getByLabel(/^Fields it uses/).fill("order_id");
  await page.getByLabel(/^Why it uses them/).fill("Shows orders per capability.");
  await page.getByLabel(/^Owning team/).selectOption({ label: "Commerce Platform" });
  const capabilities = page.getByRole("group", { name: "Business capabilities it serves" });
  const first = capabilities.getByRole("checkbox").first();
  const capability = (await capabilities.locator("label").first().textContent())!.trim();
  await first.check();
  await page.getByRole("button", { name: "Register consumer" }).click();
  await expect(page.getByRole("heading", { name: "E2E capability dashboard" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Business capabilities" })).toContainText(capability);
});
