import { describe, expect, it } from "vitest";
import { checkVersionBump, diffContracts, suggestNextVersion, type ContractChange } from "@/lib/contract-diff";
import { buildCase, OPENAPI_CASES } from "./openapi-cases";

const change = (severity: ContractChange["severity"]): ContractChange => ({ severity, kind: "k", message: "m", location: { pointer: "" } });

describe("checkVersionBump", () => {
  it("requires a major bump for a breaking change and suggests it", () => {
    expect(checkVersionBump("1.4.2", "1.5.0", [change("non-breaking"), change("breaking")])).toEqual({
      baseVersion: "1.4.2",
      revisionVersion: "1.5.0",
      requiredBump: "major",
      actualBump: "minor",
      satisfied: false,
      suggestedVersion: "2.0.0",
    });
    expect(checkVersionBump("1.4.2", "2.0.0", [change("breaking")]).satisfied).toBe(true);
  });

  it("requires a minor bump for additions and a patch for documentation", () => {
    expect(checkVersionBump("1.4.2", "1.4.3", [change("non-breaking")])).toMatchObject({ requiredBump: "minor", satisfied: false, suggestedVersion: "1.5.0" });
    expect(checkVersionBump("1.4.2", "1.4.3", [change("informational")])).toMatchObject({ requiredBump: "patch", satisfied: true, suggestedVersion: "1.4.3" });
    expect(checkVersionBump("1.4.2", "1.4.2", [])).toMatchObject({ requiredBump: "none", actualBump: "none", satisfied: true });
  });

  it("accepts a larger bump than needed, and never a version that goes backwards", () => {
    expect(checkVersionBump("1.4.2", "3.0.0", [change("non-breaking")]).satisfied).toBe(true);
    expect(checkVersionBump("1.4.2", "1.3.9", [])).toMatchObject({ actualBump: null, satisfied: false });
    expect(checkVersionBump("2.0.0", "1.9.0", [change("breaking")]).satisfied).toBe(false);
  });

  it("handles pre-releases, a leading v, and versions that are not semantic", () => {
    expect(checkVersionBump("2.0.0-rc.1", "2.0.0", [])).toMatchObject({ actualBump: "none", satisfied: true });
    expect(checkVersionBump("v1.0.0", "v2.0.0", [change("breaking")]).satisfied).toBe(true);
    expect(checkVersionBump("2024-05", "2024-06", [change("breaking")])).toMatchObject({ actualBump: null, satisfied: false, suggestedVersion: null });
    expect(checkVersionBump("1.0.0", null, [])).toMatchObject({ satisfied: false });
  });

  it("suggests the next version for each bump", () => {
    expect(["major", "minor", "patch", "none"].map((bump) => suggestNextVersion("0.9.3", bump as never))).toEqual(["1.0.0", "0.10.0", "0.9.4", "0.9.3"]);
  });

  it("is reported by diffContracts from info.version", () => {
    const { base, revision } = buildCase(OPENAPI_CASES.find((c) => c.name === "path removed")!);
    revision.info.version = "1.5.0";
    expect(diffContracts(base, revision).version).toMatchObject({
      baseVersion: "1.4.2",
      revisionVersion: "1.5.0",
      requiredBump: "major",
      satisfied: false,
      suggestedVersion: "2.0.0",
    });
  });
});
