import { defineOperation } from "@/lib/http/define-operation";
import { findCurrentRuleset } from "@/lib/standards/repository";
import { spectralRulesetFile } from "@/lib/standards/ruleset-file";

/** The current ruleset as a `.spectral.yaml` for the Spectral CLI in a team's own pipeline. */
export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/standards/ruleset/spectral.yaml",
  operationId: "exportStandardsRuleset",
  summary: "The API standards' ruleset as a Spectral ruleset file (YAML)",
  description: "Run it with `spectral lint openapi.yaml --ruleset .spectral.yaml`: the same rules and severities the portal lints with.",
  tag: "Standards",
  access: "catalog.read",
  response: { status: 200, description: "The ruleset file, as application/yaml.", schema: null },
  handler: async ({ db }) => {
    const ruleset = await findCurrentRuleset(db);
    return new Response(spectralRulesetFile(ruleset.overrides, ruleset.version), {
      headers: {
        "content-type": "application/yaml; charset=utf-8",
        "content-disposition": 'attachment; filename=".spectral.yaml"',
        etag: `"ruleset-${ruleset.version}"`,
      },
    });
  },
});
