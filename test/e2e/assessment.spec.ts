import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const group = (page: Page, dimension: string) => page.getByRole("group", { name: new RegExp(`^\\d\\. ${dimension}:`) });

test.describe("readiness assessment", () => {
  test("an owner takes it for a team with known answers, keeps a draft across a reload, and finds the result in the history", async ({ page }) => {
    await signIn(page, "owner@interchange.demo");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assessments" }).click();
    await page.getByRole("link", { name: "Take the assessment" }).click();
    await page.getByLabel("Who is being assessed").selectOption({ label: "Commerce Platform" });

    await group(page, "Inventory").getByLabel("No inventory exists").check();
    // Keyboard only: Space picks the focused answer, the arrow keys move within the question.
    await group(page, "Monitoring").getByRole("radio").first().focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown");
    await expect(group(page, "Monitoring").getByLabel("Ad-hoc checks when problems arise")).toBeChecked();
    await group(page, "API standards").getByLabel("Enforced standards with automated governance").check();
    await expect(page.getByText("3 of 6 answered")).toBeVisible();

    await page.reload();
    await expect(page.getByText("3 of 6 answered")).toBeVisible();
    await expect(group(page, "Inventory").getByLabel("No inventory exists")).toBeChecked();
    await expect(page.getByLabel("Who is being assessed")).toHaveValue("commerce-platform");

    // Submitting early names what is missing, inline.
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(group(page, "Delivery").getByText(/Choose an answer to/)).toBeVisible();

    // Change an answer before submitting, then finish: 1 + 2 + 2 + 2 + 2 + 2 = 11 points, level 2.
    await group(page, "API standards").getByLabel("Informal conventions, not documented").check();
    await group(page, "Delivery").getByLabel("Shared code and libraries, but no formal process").check();
    await group(page, "Data quality").getByLabel("Manual spot-checks when issues arise").check();
    await group(page, "Change communication").getByLabel("Informal notification, sometimes missed").check();
    await expect(page.getByText("6 of 6 answered")).toBeVisible();
    await page.getByRole("button", { name: "See my result" }).click();

    await expect(page).toHaveURL(/\/assessments\/[a-z0-9]+$/);
    await expect(page.getByTestId("readiness-level")).toHaveText("Level 2: Ad-hoc Integrations");
    await expect(page.getByText("Integrations exist but lack governance, monitoring, and standards.", { exact: false }).first()).toBeVisible();
    const plan = page.getByTestId("improvement-plan").getByRole("listitem").first();
    await expect(plan.getByRole("heading", { level: 3 })).toHaveText("Inventory");
    await expect(plan).toContainText('Next step: "Partial, some integrations documented".');
    await expect(page.getByRole("img", { name: "Score per question" })).toBeVisible();
    await expect(page.getByTestId("evidence-table")).toContainText("integrations whose inventory record is complete");
    const resultUrl = page.url();

    await page.getByRole("link", { name: "History" }).click();
    await expect(page).toHaveURL(/\/assessments\?scope=commerce-platform$/);
    const row = page.getByTestId("assessment-history").getByRole("row").filter({ hasText: "11 / 24" });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Commerce Platform");
    await expect(row).toContainText("Level 2 · Ad-hoc Integrations");
    await expect(row).toContainText("11 / 24");
    await row.getByRole("link").click();
    await expect(page).toHaveURL(resultUrl);

    // The draft was cleared by the submit.
    await page.goto("/assessments/new");
    await expect(page.getByText("0 of 6 answered")).toBeVisible();
  });

  test("the API names the failing question, and a viewer cannot take it", async ({ page }) => {
    await signIn(page, "owner@interchange.demo");
    const answers = { inventory: 2, monitoring: 2, standards: 7, delivery: 2, "data-quality": 2, "change-communication": 2 };
    const invalid = await page.request.post("/api/v1/assessments", { data: { scope: "team", team: "commerce-platform", answers } });
    expect(invalid.status()).toBe(422);
    expect(invalid.headers()["content-type"]).toContain("application/problem+json");
    expect((await invalid.json()).errors[0].pointer).toBe("/answers/standards");
    const created = await page.request.post("/api/v1/assessments", {
      data: { scope: "team", team: "commerce-platform", answers: { ...answers, standards: 3 } },
    });
    expect(created.status()).toBe(201);
    expect(await created.json()).toMatchObject({ level: 2, total: 13 });
    const history = await (await page.request.get("/api/v1/assessments?scope=commerce-platform")).json();
    expect(history.items.length).toBeGreaterThan(0);

    await page.context().clearCookies();
    await signIn(page, "exec@interchange.demo");
    await page.goto("/assessments");
    await expect(page.getByRole("link", { name: "Take the assessment" })).toHaveCount(0);
    const refused = await page.request.post("/api/v1/assessments", { data: { scope: "organisation", answers } });
    expect(refused.status()).toBe(403);
  });
});
