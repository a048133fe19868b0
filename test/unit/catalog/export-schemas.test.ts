import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import { ARCHIVE_TEXT_LIMITS, archiveReasonWithPlan } from "@/lib/catalog/archive-input";
import { zCreateVersionInput } from "@/lib/catalog/contracts/schemas";
import {
  zExportedConsumer,
  zExportedContract,
  zExportedContractVersion,
  zExportedIntegration,
  zExportedPerson,
  zExportedSystem,
  zExportedTeam,
} from "@/lib/catalog/export/schemas";
import { zIntegrationInput } from "@/lib/catalog/integrations/schemas";
import { zCreateTeamInput } from "@/lib/catalog/teams/schemas";

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
    expect(zExportedIntegration.safeParse({ ...exportedIntegration, escalationPath: [{ position: 1, email: null, contact: "c".repeat(201) }] }).success).toBe(
      false,
    );
    expect(
      zExportedIntegration.safeParse({ ...exportedIntegration, validationRules: [{ kind: "required_field", field: null, description: "d".repeat(2001) }] })
        .success,
    ).toBe(false);
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

describe("the export file's teams, people and contract versions follow their input schemas", () => {
  const team = { slug: "order-management", name: "Order management", description: null, members: [] };
  const person = { email: "ada@example.com", name: "Ada", role: "viewer", title: null, disabledAt: null };
  const version = { version: "1.0.0", status: "active", specText: null, changelog: null, publishedAt: null, glossary: [] };
  const entry = { field: "order_total", meaning: "The order's total.", rules: null };

  it("accepts a team at the form's limits and refuses what the form refuses", () => {
    expect(zExportedTeam.safeParse({ ...team, name: "n".repeat(120), description: "d".repeat(2000) }).error).toBeUndefined();
    expect(zCreateTeamInput.shape.name.safeParse("n".repeat(121)).success).toBe(false);
    expect(zExportedTeam.safeParse({ ...team, name: "n".repeat(121) }).success).toBe(false);
    expect(zExportedTeam.safeParse({ ...team, description: "d".repeat(2001) }).success).toBe(false);
    expect(zExportedTeam.safeParse({ ...team, slug: "Order Management" }).success).toBe(false);
  });

  it("accepts a person with any role the application knows and refuses an e-mail the membership form refuses", () => {
    for (const role of ROLES) expect(zExportedPerson.safeParse({ ...person, role }).error).toBeUndefined();
    expect(zExportedPerson.safeParse({ ...person, email: "not an e-mail" }).success).toBe(false);
    expect(zExportedTeam.safeParse({ ...team, members: [{ email: "not an e-mail", isLead: false }] }).success).toBe(false);
  });

  it("accepts a contract version at the form's limits and refuses one character more", () => {
    const atTheLimit = {
      ...version,
      changelog: "c".repeat(10_000),
      glossary: [{ field: "f".repeat(300), meaning: "m".repeat(4000), rules: "r".repeat(4000) }],
    };
    expect(zExportedContractVersion.safeParse(atTheLimit).error).toBeUndefined();
    expect(zCreateVersionInput.shape.changelog.safeParse("c".repeat(10_001)).success).toBe(false);
    expect(zExportedContractVersion.safeParse({ ...version, changelog: "c".repeat(10_001) }).success).toBe(false);
    expect(zExportedContractVersion.safeParse({ ...version, glossary: [{ ...entry, field: "f".repeat(301) }] }).success).toBe(false);
    expect(zExportedContractVersion.safeParse({ ...version, glossary: [{ ...entry, meaning: "m".repeat(4001) }] }).success).toBe(false);
    expect(zExportedContractVersion.safeParse({ ...version, glossary: [{ ...entry, rules: "r".repeat(4001) }] }).success).toBe(false);
    expect(zExportedContractVersion.safeParse({ ...version, version: "version one" }).success).toBe(false);
  });

  it("accepts a spec document as large as the version form accepts", () => {
    const large = "a".repeat(3_000_000);
    expect(zCreateVersionInput.shape.specText.safeParse(large).success).toBe(true);
    expect(zExportedContractVersion.safeParse({ ...version, specText: large }).error).toBeUndefined();
  });
});

describe("the export file's archive reasons", () => {
  it("hold the longest reason and plan an archive request accepts, as a contract stores them", () => {
    const stored = archiveReasonWithPlan("r".repeat(ARCHIVE_TEXT_LIMITS.reason), "p".repeat(ARCHIVE_TEXT_LIMITS.consumerPlan));
    expect(zExportedContract.shape.archiveReason.safeParse(stored).error).toBeUndefined();
    expect(zExportedContract.shape.archiveReason.safeParse(`${stored}x`).success).toBe(false);
  });
});
