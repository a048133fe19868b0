import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// Everything `next build` compiles. A change to any of these makes the existing build stale.
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];
const SKIPPED_DIRECTORIES = new Set(["generated", "node_modules"]);
const STAMP = path.join(".next", "interchange-build-fingerprint");

function collect(entry: string, files: string[]): void {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isFile()) {
    files.push(entry);
    return;
  }
  for (const child of readdirSync(entry).sort()) {
    if (!SKIPPED_DIRECTORIES.has(child)) collect(path.join(entry, child), files);
  }
}

/** A content hash of the build inputs: unlike mtimes, it is stable across clones and checkouts. */
export function computeBuildFingerprint(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) collect(path.join(root, input), files);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function isBuildCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP);
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === computeBuildFingerprint(root);
}

export function recordBuildFingerprint(root = process.cwd()): void {
  writeFileSync(path.join(root, STAMP), computeBuildFingerprint(root));
}
