import { describe, expect, it } from "vitest";
import { planIncidentChanges, type IntegrationEvaluation } from "@/lib/incidents/incident-plan";

const at = new Date(Date.UTC(2026, 11, 1, 10));
const drop = { state: "anomalous", finding: { cause: "volume_drop", observed: 150, expected: 400, threshold: 221, deviation: 0.62 } } as const;

function evaluation(integrationId: string, causes: IntegrationEvaluation["causes"]): IntegrationEvaluation {
  return { integrationId, causes };
}

describe("planIncidentChanges", () => {
  it("opens an incident for a new anomaly", () => {
    const plan = planIncidentChanges([evaluation("a", { volume_drop: { verdict: drop, windowStart: at } })], []);
    expect(plan.open).toEqual([{ integrationId: "a", cause: "volume_drop", finding: drop.finding, windowStart: at }]);
    expect(plan.touch).toEqual([]);
  });

  it("keeps the one unresolved incident of the same cause instead of opening a second (no alert storm)", () => {
    const plan = planIncidentChanges(
      [evaluation("a", { volume_drop: { verdict: drop, windowStart: at } })],
      [{ id: "i1", integrationId: "a", cause: "volume_drop" }],
    );
    expect(plan.open).toEqual([]);
    expect(plan.touch.map((change) => change.incidentId)).toEqual(["i1"]);
  });

  it("opens a separate incident for another cause on the same integration", () => {
    const spike = { state: "anomalous", finding: { cause: "error_spike", observed: 0.2, expected: 0.01, threshold: 0.05, deviation: null } } as const;
    const plan = planIncidentChanges(
      [evaluation("a", { error_spike: { verdict: spike, windowStart: at } })],
      [{ id: "i1", integrationId: "a", cause: "volume_drop" }],
    );
    expect(plan.open.map((change) => change.cause)).toEqual(["error_spike"]);
    expect(plan.resolve).toEqual([]);
  });

  it("resolves when the cause clears, and changes nothing on hold or when data is missing", () => {
    const open = [
      { id: "i1", integrationId: "a", cause: "volume_drop" as const },
      { id: "i2", integrationId: "b", cause: "volume_drop" as const },
      { id: "i3", integrationId: "c", cause: "volume_drop" as const },
    ];
    const plan = planIncidentChanges(
      [
        evaluation("a", { volume_drop: { verdict: { state: "clear" }, windowStart: at } }),
        evaluation("b", { volume_drop: { verdict: { state: "hold" }, windowStart: at } }),
        evaluation("c", { volume_drop: { verdict: { state: "unknown", reason: "no data" }, windowStart: at } }),
      ],
      open,
    );
    expect(plan.resolve.map((change) => change.id)).toEqual(["i1"]);
    expect(plan.open).toEqual([]);
    expect(plan.touch).toEqual([]);
  });
});
