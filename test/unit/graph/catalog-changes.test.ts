import { describe, expect, it } from "vitest";
import { applyCatalogChanges, type CatalogChanges } from "@/lib/graph/catalog-changes";
import { catalogGraph } from "./catalog-graph-builder";

const before = catalogGraph().system("shop").system("erp").system("old").integration("orders", "shop", "erp").integration("legacy", "old", "erp").graph;
const after = catalogGraph().system("crm").integration("orders", "shop", "erp", { healthStatus: "failing" }).integration("sync", "crm", "erp").graph;

const noChanges: CatalogChanges = { systems: [], integrations: [], contractVersions: [], consumers: [] };

describe("applyCatalogChanges (reading only what changed after a catalog edit)", () => {
  it("replaces changed records in place, removes archived ones and appends new ones", () => {
    const changes: CatalogChanges = {
      ...noChanges,
      systems: [
        { live: true, record: after.systems[0] },
        { live: false, id: "old" },
      ],
      integrations: [
        { live: true, record: after.integrations[0] },
        { live: true, record: after.integrations[1] },
        { live: false, id: "legacy" },
      ],
    };
    const merged = applyCatalogChanges(before, changes, { systems: 3, integrations: 2, contractVersions: 0, consumers: 0 })!;
    expect(merged.systems.map((system) => system.id)).toEqual(["shop", "erp", "crm"]);
    expect(merged.integrations.map((integration) => [integration.id, integration.healthStatus])).toEqual([
      ["orders", "failing"],
      ["sync", "healthy"],
    ]);
    // The graph it came from is left as it was: requests still reading it see one consistent catalog.
    expect(before.integrations.map((integration) => integration.id)).toEqual(["orders", "legacy"]);
  });

  it("ignores a removal of a record it never had, and keeps the arrays when nothing changed", () => {
    const merged = applyCatalogChanges(
      before,
      { ...noChanges, systems: [{ live: false, id: "never-seen" }] },
      { systems: 3, integrations: 2, contractVersions: 0, consumers: 0 },
    )!;
    expect(merged.systems.map((system) => system.id)).toEqual(["shop", "erp", "old"]);
    expect(merged.integrations).toBe(before.integrations);
  });

  it("answers null when the result does not have the catalog's live counts (a row deleted outright, or missed)", () => {
    expect(applyCatalogChanges(before, noChanges, { systems: 2, integrations: 2, contractVersions: 0, consumers: 0 })).toBeNull();
    expect(applyCatalogChanges(before, noChanges, { systems: 3, integrations: 3, contractVersions: 0, consumers: 0 })).toBeNull();
  });
});
