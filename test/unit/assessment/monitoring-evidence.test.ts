import { describe, expect, it } from "vitest";
import { computeEvidence, type IntegrationEvidenceRow } from "@/lib/assessment/evidence";

function row(healthStatus: string, monitoring: string): IntegrationEvidenceRow {
  return {
    description: "d",
    ownerRoles: [],
    escalationSteps: 0,
    contracts: 0,
    monitoring,
    volumePerDay: null,
    frequency: "daily",
    fieldsExchanged: [],
    capabilities: 0,
    expectedLatencySeconds: null,
    validationRules: 0,
    pattern: "event_driven",
    healthStatus,
  };
}

describe("monitoring evidence (question 2)", () => {
  it("counts integrations that reported signals recently, whatever the record claims about its monitoring", () => {
    const evidence = computeEvidence({
      integrations: [row("healthy", "none"), row("failing", "none"), row("unmonitored", "apm_tracing"), row("unmonitored", "log_alerts")],
      contracts: [],
      teamSlug: "payments",
    });
    expect(evidence.monitoring).toMatchObject({ numerator: 2, denominator: 4 });
    expect(evidence.monitoring.findings[0]).toEqual({
      label: "2 integrations have sent no signal recently",
      count: 2,
      href: "/catalog?health=unmonitored&team=payments",
    });
  });
});
