import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

interface ImpactAnswer {
  integrations: { key: string }[];
  systems: { slug: string }[];
  consumers: { id: string }[];
}

async function listed(page: Page, testId: string, attribute: string): Promise<string[]> {
  const list = page.getByTestId("impact-result").getByTestId(testId);
  if ((await list.count()) === 0) return [];
  return (await list.locator("li").evaluateAll((items, name) => items.map((item) => item.getAttribute(name) ?? ""), attribute)).sort();
}

async function expectListsToEqualApi(page: Page, depth?: number) {
  const selected = new URL(page.url()).searchParams.get("selected")!;
  const [kind, id] = selected.split(":");
  const query = new URLSearchParams({ kind, id, direction: "downstream", ...(depth ? { depth: String(depth) } : {}) });
  const response = await page.request.get(`/api/v1/impact?${query}`);
  expect(response.ok()).toBe(true);
  const api = (await response.json()) as ImpactAnswer;
  expect(api.integrations.length).toBeGreaterThan(0);
  expect(await listed(page, "impact-integrations", "data-key")).toEqual(api.integrations.map((i) => i.key).sort());
  expect(await listed(page, "impact-systems", "data-slug")).toEqual(api.systems.map((s) => s.slug).sort());
  expect(await listed(page, "impact-consumers", "data-id")).toEqual(api.consumers.map((c) => c.id).sort());
  return api;
}

test.describe("dependency graph", () => {
  test("find a system, see its facts, and its impacted list equals the API's answer", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Graph" }).click();
    await expect(page.getByRole("heading", { name: "Dependency graph" })).toBeVisible();
    await expect(page.getByTestId("graph-canvas")).toBeVisible();
    expect(await page.getByTestId("graph-node").count()).toBeGreaterThan(10);

    await page.getByLabel("Find a system or asset").fill("Akeneo PIM");
    await page.getByRole("button", { name: "Focus" }).click();
    const details = page.getByRole("complementary", { name: "Details" });
    await expect(details.getByRole("heading", { name: "Akeneo PIM" })).toBeVisible();
    await expect(details.getByRole("link", { name: "Open Akeneo PIM in the catalog" })).toHaveAttribute("href", "/catalog/systems/akeneo-pim");
    await expect(page).toHaveURL(/selected=system%3A/);

    // Impact starts from the direct consumers (one hop); every hop is a choice.
    await details.getByRole("button", { name: "What breaks if this changes?" }).click();
    await expect(page.getByTestId("impact-result")).toContainText("within 1 hop");
    const near = await expectListsToEqualApi(page, 1);

    await details.getByLabel("Depth").selectOption("Show all hops");
    await expect(page).toHaveURL(/impactDepth=all/);
    await expect(page.getByTestId("impact-result")).not.toContainText("within 1 hop");
    const all = await expectListsToEqualApi(page);
    expect(near.integrations.length).toBeLessThanOrEqual(all.integrations.length);

    // The view is shareable: a reload restores the selection and the impact.
    await page.reload();
    await expect(page.getByTestId("impact-result")).not.toContainText("within 1 hop");
    await expect(details.getByLabel("Depth")).toHaveValue("all");
    const csv = await page.request.get(
      `/api/v1/impact?${new URLSearchParams({ kind: "system", id: new URL(page.url()).searchParams.get("selected")!.split(":")[1], format: "csv" })}`,
    );
    expect(csv.headers()["content-type"]).toContain("text/csv");
  });

  test("the page loads its graph in one request and draws deprecated integrations grey and dashed", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    const graphRequests: string[] = [];
    page.on("request", (request) => void (request.url().includes("/api/v1/graph") && graphRequests.push(request.url())));
    await page.goto("/graph?lifecycle=deprecated");
    await expect(page.getByTestId("graph-canvas")).toBeVisible();
    const deprecated = page.locator(".react-flow__edge.edge-deprecated .react-flow__edge-path");
    await expect(deprecated.first()).toBeAttached();
    // Grey is the theme's slate-500 (a CSS variable since the dark theme, so compare with what the variable resolves to).
    const style = await deprecated.first().evaluate((path) => {
      const probe = document.createElement("span");
      probe.style.color = "var(--color-slate-500)";
      document.body.append(probe);
      const grey = getComputedStyle(probe).color;
      probe.remove();
      return { grey, stroke: getComputedStyle(path).stroke, dashes: getComputedStyle(path).strokeDasharray };
    });
    expect(style.stroke).toBe(style.grey);
    expect(style.grey).not.toBe("");
    expect(style.dashes).toBe("6px, 4px");
    await expect(page.locator(".react-flow__edge.edge-retired")).toHaveCount(0);
    // The preloaded answer is the one the explorer uses: the server computes the graph once per page view.
    expect(graphRequests).toEqual([expect.stringContaining("/api/v1/graph?lifecycle=deprecated")]);
  });

  test("filters live in the URL and an empty result says what to do", async ({ page }) => {
    await signIn(page, "exec@interchange.demo");
    await page.goto("/graph");
    await page.getByLabel("Health").selectOption("failing");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/health=failing/);
    await expect(page.getByLabel("Health")).toHaveValue("failing");
    await page.goto("/graph?mechanism=email&health=healthy&lifecycle=retired");
    await expect(page.getByText("Nothing on the graph matches these filters.")).toBeVisible();
  });
});
