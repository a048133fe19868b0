import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["app", "components"];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(tsx|ts)$/.test(entry.name) ? [full] : [];
  });
}

describe("the dark theme (decision 062)", () => {
  it("has no dark: variant in any component: the palette is mirrored, so a dark: colour would invert twice", () => {
    const offenders = ROOTS.flatMap(sourceFiles).filter((file) => /["'`\s]dark:[a-z]/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
