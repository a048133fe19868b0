import { describe, expect, it } from "vitest";
import { STANDARD_EXCEPTION_ROUTES } from "@/lib/catalog/integrations/exception-routing";
import { buildConsumer, buildContractVersion, buildIntegration, buildSystem, buildTeam, buildUser } from "@/test/factories";

describe("factories", () => {
  it("give every build a unique natural key", () => {
    expect(buildTeam().slug).not.toBe(buildTeam().slug);
    expect(buildUser().email).not.toBe(buildUser().email);
    expect(buildSystem().slug).not.toBe(buildSystem().slug);
    const systems = { sourceSystemId: "s1", targetSystemId: "s2" };
    expect(buildIntegration(systems).key).not.toBe(buildIntegration(systems).key);
  });

  it("apply overrides over the defaults", () => {
    const system = buildSystem({ kind: "pim", name: "Akeneo" });
    expect(system).toMatchObject({ kind: "pim", name: "Akeneo", businessDomain: "Commerce" });
    const user = buildUser({ role: "admin", memberships: [{ teamId: "t1", isLead: true }] });
    expect(user.role).toBe("admin");
    expect(user.passwordHash).toBeNull();
    expect(user.memberships.createMany.data).toEqual([{ teamId: "t1", isLead: true }]);
  });

  it("build integrations with the seed's exception routing and nested rows unless told otherwise", () => {
    const integration = buildIntegration({ sourceSystemId: "s1", targetSystemId: "s2", capabilityIds: ["c1"], owners: [{ role: "data_owner", userId: "u1" }] });
    expect(integration.exceptionRoutes.createMany.data).toEqual(STANDARD_EXCEPTION_ROUTES);
    expect(integration.capabilities.createMany.data).toEqual([{ capabilityId: "c1" }]);
    expect(integration.owners.createMany.data).toEqual([{ role: "data_owner", userId: "u1" }]);
    expect(buildIntegration({ sourceSystemId: "s1", targetSystemId: "s2", exceptionRoutes: [] }).exceptionRoutes.createMany.data).toEqual([]);
  });

  it("build contract versions with a glossary and consumers with capabilities", () => {
    const version = buildContractVersion({ contractId: "k1", version: "2.0.0", glossary: [] });
    expect(version).toMatchObject({ contractId: "k1", version: "2.0.0", status: "active" });
    expect(version.glossary.createMany.data).toEqual([]);
    expect(buildContractVersion({ contractId: "k1" }).glossary.createMany.data.length).toBeGreaterThan(0);
    const consumer = buildConsumer({ contractVersionId: "v1", capabilityIds: ["c1", "c2"] });
    expect(consumer.capabilities.createMany.data).toEqual([{ capabilityId: "c1" }, { capabilityId: "c2" }]);
  });
});
