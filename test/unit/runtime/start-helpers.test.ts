import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureAuthSecret } from "@/scripts/runtime/auth-secret";
import { computeBuildFingerprint, isBuildCurrent, recordBuildFingerprint } from "@/scripts/runtime/build-fingerprint";
import { findChromium, MISSING_CHROMIUM_MESSAGE } from "@/scripts/runtime/chromium";
import { seedPolicyFromEnvironment } from "@/scripts/runtime/prepare-database";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ix-runtime-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("build fingerprint", () => {
  it("is current only after a build of the same sources, and goes stale when a source changes", () => {
    const root = tempDir();
    mkdirSync(path.join(root, "app"));
    mkdirSync(path.join(root, ".next"));
    writeFileSync(path.join(root, "app", "page.tsx"), "export default 1;");
    expect(isBuildCurrent(root)).toBe(false);
    writeFileSync(path.join(root, ".next", "BUILD_ID"), "x");
    recordBuildFingerprint(root);
    expect(isBuildCurrent(root)).toBe(true);
    const before = computeBuildFingerprint(root);
    writeFileSync(path.join(root, "app", "page.tsx"), "export default 2;");
    expect(computeBuildFingerprint(root)).not.toBe(before);
    expect(isBuildCurrent(root)).toBe(false);
  });
});

describe("auth secret", () => {
  it("uses NEXTAUTH_SECRET when set, otherwise generates one once and keeps it", () => {
    const file = path.join(tempDir(), "nested", "auth-secret");
    expect(ensureAuthSecret({ NEXTAUTH_SECRET: "given" }, file)).toBe("given");
    const generated = ensureAuthSecret({}, file);
    expect(generated).toMatch(/^[\w-]{40,}$/);
    expect(ensureAuthSecret({}, file)).toBe(generated);
  });
});

describe("chromium detection", () => {
  it("honours CHROMIUM_PATH and reports a missing browser with how to get one", () => {
    expect(findChromium({ CHROMIUM_PATH: "/nonexistent/chromium" })).toBeNull();
    const fake = path.join(tempDir(), "chrome");
    writeFileSync(fake, "");
    expect(findChromium({ CHROMIUM_PATH: fake })).toBe(fake);
    expect(MISSING_CHROMIUM_MESSAGE).toMatch(/apt-get install -y chromium/);
    expect(MISSING_CHROMIUM_MESSAGE).toMatch(/never skipped/);
  });
});

describe("seed policy", () => {
  it("defaults to seeding an empty database and refuses unknown values", () => {
    expect(seedPolicyFromEnvironment({})).toBe("if-empty");
    expect(seedPolicyFromEnvironment({ INTERCHANGE_SEED_DEMO: "never" })).toBe("never");
    expect(() => seedPolicyFromEnvironment({ INTERCHANGE_SEED_DEMO: "always" })).toThrow(/if-empty, force or never/);
  });
});
