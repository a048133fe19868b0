import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test.describe("roles", () => {
  test("the API answers 401 problem details without a session", async ({ request }) => {
    const response = await request.get("/api/v1/overview");
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 401, title: "Authentication required" });
  });

  test("a viewer sees no Admin section and is refused by the API", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
    const admin = await page.goto("/admin");
    expect(admin?.status()).toBe(404);

    const me = await (await page.request.get("/api/v1/me")).json();
    const refused = await page.request.patch(`/api/v1/users/${me.id}`, { data: { role: "admin" } });
    expect(refused.status()).toBe(403);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
    expect((await page.request.get("/api/v1/me")).ok()).toBe(true);
    expect((await (await page.request.get("/api/v1/me")).json()).role).toBe("viewer");
  });

  test("an admin changes a role from the Admin page, and the change is validated", async ({ page }) => {
    await signIn(page, "admin@interchange.demo");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    await page.getByLabel("Search").fill("reviewer@interchange.demo");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/q=reviewer%40interchange.demo/);
    const select = page.getByRole("combobox", { name: /^Role of / });
    await expect(select).toHaveValue("reviewer");
    // Choosing another role applies nothing until the admin confirms; Cancel keeps the role.
    await select.selectOption("owner");
    const confirm = page.getByRole("dialog", { name: /^Make .+ owner\?$/ });
    await expect(confirm).toContainText("is now reviewer");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    await expect(select).toHaveValue("reviewer");
    await select.selectOption("owner");
    await confirm.getByRole("button", { name: "Change the role" }).click();
    await expect(page.getByText(/is now owner\./)).toBeVisible();
    await page.reload();
    await expect(page.getByRole("combobox", { name: /^Role of / })).toHaveValue("owner");

    // Put it back through the API, and check that a bad role names the field.
    const users = page.getByRole("combobox", { name: /^Role of / });
    await users.selectOption("reviewer");
    await page
      .getByRole("dialog", { name: /^Make .+ reviewer\?$/ })
      .getByRole("button", { name: "Change the role" })
      .click();
    await expect(page.getByText(/is now reviewer\./)).toBeVisible();
    const me = await (await page.request.get("/api/v1/me")).json();
    const invalid = await page.request.patch(`/api/v1/users/${me.id}`, { data: { role: "superuser" } });
    expect(invalid.status()).toBe(422);
    expect((await invalid.json()).errors[0].pointer).toBe("/role");
  });
});
