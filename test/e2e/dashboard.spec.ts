import { expect, test } from "@playwright/test";
import { signIn } from "./support";

interface DashboardBody {
  kpis: { key: string; label: string; value: number }[];
  capabilities: { slug: string; name: string; integrations: number; href: string }[];
  risks: { key: string }[];
}

test.describe("executive dashboard", () => {
  test("the executive lands on the dashboard, whose tiles show the API's figures", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Integration risk at a glance" })).toBeVisible();

    const response = await page.request.get("/api/v1/dashboard");
    expect(response.status()).toBe(200);
    const dashboard = (await response.json()) as DashboardBody;
    const value = (key: string) => dashboard.kpis.find((k) => k.key === key)!.value;
    expect(value("integrations")).toBeGreaterThanOrEqual(80);
    await expect(page.getByTestId("stat-integrations")).toHaveText(value("integrations").toLocaleString("en-US"));
    await expect(page.getByTestId("stat-unowned")).toHaveText(String(value("unowned")));
    await expect(page.getByTestId("stat-failing-or-degraded")).toHaveText(String(value("failingOrDegraded")));
    // The demo seeds 90 days of history, and says so; so the tiles show a trend rather than "No trend yet".
    await expect(page.getByText(/is demo data seeded with the demo enterprise/)).toBeVisible();
    await expect(page.getByText(/in 30 d$/).first()).toBeVisible();
    await expect(page.getByTestId("risk-ranking").locator("li")).toHaveCount(dashboard.risks.length);
    expect(dashboard.risks.length).toBe(10);
  });

  test("one click on a capability lands on the catalog filtered to exactly its integrations", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await page.goto("/dashboard");
    const dashboard = (await (await page.request.get("/api/v1/dashboard")).json()) as DashboardBody;
    const revenue = dashboard.capabilities.find((c) => c.slug === "revenue-reporting")!;
    expect(revenue.integrations).toBeGreaterThan(0);

    await page.getByTestId("capability-revenue-reporting").click();
    await expect(page).toHaveURL(/\/catalog\?capability=revenue-reporting&lifecycle=planned,active,deprecated$/);
    await expect(page.getByRole("heading", { name: "Integrations", exact: true })).toBeVisible();
    await expect(page.getByLabel("Business capability")).toHaveValue("revenue-reporting");
    await expect(page.getByText(new RegExp(`of ${revenue.integrations} integrations$`))).toBeVisible();

    // Exactly that capability's integrations: the same keys the API lists for the filter, and each one feeds it.
    const api = (await (await page.request.get("/api/v1/integrations?capability=revenue-reporting&lifecycle=planned,active,deprecated&limit=100")).json()) as {
      items: { key: string }[];
    };
    expect(api.items).toHaveLength(revenue.integrations);
    const shown = await page.locator("tbody tr td:first-child").allTextContents();
    expect(shown.length).toBe(Math.min(25, revenue.integrations));
    expect(shown.every((key) => api.items.some((item) => item.key === key.trim()))).toBe(true);
    const first = await (await page.request.get(`/api/v1/integrations/${shown[0].trim()}`)).json();
    expect((first as { capabilities: { slug: string }[] }).capabilities.map((c) => c.slug)).toContain("revenue-reporting");
  });

  test("the figures download as CSV and a headline figure drills down to the matching catalog", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await page.goto("/dashboard");
    const csv = await page.request.get("/api/v1/dashboard?format=csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).split("\r\n")[0]).toBe("section,item,value,previous,detail,link");

    const unowned = await page.getByTestId("stat-unowned").textContent();
    await page.getByTestId("stat-unowned").click();
    await expect(page).toHaveURL(/\/catalog\?missing=data-owner&lifecycle=planned,active,deprecated$/);
    await expect(page.getByText(new RegExp(`of ${unowned} integrations$`))).toBeVisible();
  });
});
