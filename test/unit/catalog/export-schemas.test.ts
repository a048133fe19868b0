import { describe, expect, it } from "vitest";
import { zExportedConsumer, zExportedIntegration, zExportedSystem } from "@/lib/catalog/export/schemas";
import { zIntegrationInput } from "@/lib/catalog/integrations/schemas";

const exportedIntegration = {
  key: "INT-0001",
  name: "Orders to ERP",
  description: null,
  sourceSystem: "shop",
  targetSystem: "erp",
  ownerTeam: "commerce",
  direction: "one_way",
  mechanism: "api_call",
  pattern: "api_led_system",
  frequency: "hourly",
  dataObjects: [],
  fieldsExchanged: ["order_id"],
  format: null,
  volumePerDay: null,
  dataClassification: "internal",
  containsPersonalData: false,
  permittedUses: [],
  criticality: "tier3",
  businessValue: null,
  complexity: null,
  lifecycle: "active",
  approvalState: "approved",
  healthStatus: "healthy",
  healthCheckedAt: null,
  monitoring: "none",
  monitoringNotes: null,
  expectedLatencySeconds: null,
  archivedAt: null,
  archiveReason: null,
  owners: [],
  escalationPath: [],
  capabilities: [],
  validationRules: [],
  exceptionRoutes: [],
};

describe("the export file's schemas follow the input schemas", () => {
  it("accepts a record at the form's limits", () => {
    const atTheLimit = { ...exportedIntegration, monitoringNotes: "n".repeat(2000), escalationPath: [{ position: 1, email: null, contact: "c".repeat(200) }] };
    expect(zExportedIntegration.safeParse(atTheLimit).error).toBeUndefined();
  });

  it("refuses what the form refuses, so that an exported record always imports and stays editable", () => {
    expect(zIntegrationInput.shape.monitoringNotes.safeParse("n".repeat(2001)).success).toBe(false);
    expect(zExportedIntegration.safeParse({ ...exportedIntegration, monitoringNotes: "n".repeat(2001) }).success).toBe(false);
    expect(zExportedIntegration.safeParse({ ...exportedIntegration, escalationPath: [{ position: 1, email: null, contact: "c".repeat(201) }] }).success).toBe(false);
    expect(zExportedIntegration.safeParse({ ...exportedIntegration, validationRules: [{ kind: "required_field", field: null, description: "d".repeat(2001) }] }).success).toBe(false);
  });
});

describe("the export file's systems and consumers follow their input schemas", () => {
  const system = {
    slug: "erp",
    name: "ERP",
    description: null,
    kind: "erp",
    businessDomain: "Finance",
    vendor: null,
    ownerTeam: "finance",
    criticality: "tier2",
    lifecycle: "active",
    isExternal: false,
    archivedAt: null,
    archiveReason: null,
  };
  const consumer = {
    name: "Sales report",
    kind: "report",
    system: null,
    contract: "orders-api",
    contractVersion: "1.0.0",
    fieldsUsed: ["order_total"],
    purpose: "Monthly revenue.",
    ownerEmail: null,
    ownerTeam: "sales",
    archivedAt: null,
    archiveReason: null,
    capabilities: [],
  };

  it("accepts them at the form's limits and refuses one character more", () => {
    expect(zExportedSystem.safeParse({ ...system, businessDomain: "d".repeat(100) }).error).toBeUndefined();
    expect(zExportedSystem.safeParse({ ...system, businessDomain: "d".repeat(101) }).success).toBe(false);
    expect(zExportedConsumer.safeParse({ ...consumer, purpose: "p".repeat(4000) }).error).toBeUndefined();
    expect(zExportedConsumer.safeParse({ ...consumer, purpose: "p".repeat(4001) }).success).toBe(false);
  });
});
