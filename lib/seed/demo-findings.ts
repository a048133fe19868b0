import { lintContract } from "@/lib/standards/lint-contract";
import type { SeedCatalog } from "./catalog";

/**
 * Lints the demo's contract versions while the seed builds them, so the findings show at the first start (the
 * findings page, the version pages, the assessment's evidence) instead of on each page's first visit. Under the
 * default ruleset (version 0): a ruleset an admin saved before a forced reseed makes them stale, and they are linted
 * again like any other. Pure CPU, done before the seed's transaction opens.
 */
export async function lintDemoVersions(catalog: SeedCatalog): Promise<number> {
  let linted = 0;
  for (const version of catalog.contractVersions) {
    if (!version.specText) continue;
    const result = await lintContract(version.specText);
    const findings = result.ok ? result.findings : [];
    version.lintFindings = findings;
    version.lintErrorCount = findings.filter((finding) => finding.severity === "error").length;
    version.lintRulesetVersion = 0;
    linted += 1;
  }
  return linted;
}
