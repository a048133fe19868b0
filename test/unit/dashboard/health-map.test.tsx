import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HealthMap } from "@/components/dashboard/health-map";
import { groupHealthMap, NO_CAPABILITY } from "@/lib/dashboard/health-map";

const integrations = [
  { key: "INT-0003", name: "Ok flow", health: "healthy" as const, reason: null, capabilities: ["Order to cash"] },
  {
    key: "INT-0002",
    name: "Orders",
    health: "failing" as const,
    reason: "error rate 7.2% over 15 min, objective 1%",
    capabilities: ["Order to cash", "Revenue reporting"],
  },
  { key: "INT-0001", name: "Loose", health: "unmonitored" as const, reason: "no signal for 30 h", capabilities: [] },
];

describe("the dashboard's health map", () => {
  it("groups by capability (twice for two, a last group for none), worst health first", () => {
    const groups = groupHealthMap(integrations);
    expect(groups.map((group) => group.capability)).toEqual(["Order to cash", "Revenue reporting", NO_CAPABILITY]);
    expect(groups[0].tiles.map((tile) => tile.key)).toEqual(["INT-0002", "INT-0003"]);
    expect(groups[1].tiles.map((tile) => tile.key)).toEqual(["INT-0002"]);
  });

  it("links every tile to its integration, naming it, its health and the reason, with a legend", () => {
    const html = renderToStaticMarkup(<HealthMap groups={groupHealthMap(integrations)} />);
    expect(html).toContain('href="/catalog/integrations/INT-0002"');
    expect(html).toContain('aria-label="INT-0002 Orders: Failing, error rate 7.2% over 15 min, objective 1%"');
    expect(html).toContain('data-health="failing"');
    expect(html).toMatch(/aria-label="INT-0003 Ok flow: Healthy"/);
    expect(html).toContain('aria-label="Legend"');
    expect(html).toContain("Unmonitored");
  });
});
