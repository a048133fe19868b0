import { describe, expect, it } from "vitest";
import { compareVersions, suggestNextVersion } from "@/lib/catalog/contracts/version-numbers";

describe("version numbers", () => {
  it("orders numerically, pre-releases before their release", () => {
    expect(["1.10.0", "1.9.0", "2.0.0-rc.1", "2.0.0", "1.9.1"].sort(compareVersions)).toEqual(["1.9.0", "1.9.1", "1.10.0", "2.0.0-rc.1", "2.0.0"]);
  });

  it("suggests the next minor of the highest version, or 1.0.0", () => {
    expect(suggestNextVersion([])).toBe("1.0.0");
    expect(suggestNextVersion(["1.9.0", "1.10.3", "1.2.0"])).toBe("1.11.0");
  });
});
