import type { ContractChange } from "./types";

export type VersionBump = "major" | "minor" | "patch" | "none";

export interface VersionCheck {
  baseVersion: string;
  revisionVersion: string | null;
  /**
   * The smallest bump the changes call for: breaking and warnings (may break some clients) need major, other
   * contract changes minor, documentation patch.
   */
  requiredBump: VersionBump;
  /** The bump the revision made, or null when a version is not semantic. */
  actualBump: VersionBump | null;
  satisfied: boolean;
  suggestedVersion: string | null;
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
const RANK: Record<VersionBump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  prerelease: string | undefined;
}

export function parseSemanticVersion(version: string): ParsedVersion | null {
  const match = SEMVER.exec(version.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] };
}

export function requiredBumpFor(changes: ReadonlyArray<ContractChange>): VersionBump {
  if (changes.some((change) => change.severity === "breaking" || change.severity === "warning")) return "major";
  if (changes.some((change) => change.severity === "non-breaking")) return "minor";
  return changes.length > 0 ? "patch" : "none";
}

function bumpBetween(base: ParsedVersion, revision: ParsedVersion): VersionBump | null {
  if (revision.major !== base.major) return revision.major > base.major ? "major" : null;
  if (revision.minor !== base.minor) return revision.minor > base.minor ? "minor" : null;
  if (revision.patch !== base.patch) return revision.patch > base.patch ? "patch" : null;
  // 2.0.0-rc.1 -> 2.0.0 releases what was already announced; the reverse goes backwards.
  if (base.prerelease !== revision.prerelease) return base.prerelease && !revision.prerelease ? "none" : null;
  return "none";
}

export function suggestNextVersion(baseVersion: string, bump: VersionBump): string | null {
  const base = parseSemanticVersion(baseVersion);
  if (!base) return null;
  if (bump === "major") return `${base.major + 1}.0.0`;
  if (bump === "minor") return `${base.major}.${base.minor + 1}.0`;
  if (bump === "patch") return `${base.major}.${base.minor}.${base.patch + 1}`;
  return `${base.major}.${base.minor}.${base.patch}`;
}

/** Whether the revision's version moved far enough for its changes, and the version it should carry. */
export function checkVersionBump(baseVersion: string, revisionVersion: string | null, changes: ReadonlyArray<ContractChange>): VersionCheck {
  const requiredBump = requiredBumpFor(changes);
  const base = parseSemanticVersion(baseVersion);
  const revision = revisionVersion === null ? null : parseSemanticVersion(revisionVersion);
  const actualBump = base && revision ? bumpBetween(base, revision) : null;
  return {
    baseVersion,
    revisionVersion,
    requiredBump,
    actualBump,
    satisfied: actualBump !== null && RANK[actualBump] >= RANK[requiredBump],
    suggestedVersion: suggestNextVersion(baseVersion, requiredBump),
  };
}
