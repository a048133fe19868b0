import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { STANDARDS_RELINT_JOB } from "@/lib/standards/lint-versions";
import { findCurrentRuleset, insertRulesetVersion } from "@/lib/standards/repository";
import { applySeverityChanges, isKnownRule } from "@/lib/standards/rule-catalogue";
import { describeRuleset } from "@/lib/standards/describe-ruleset";
import { zRulesetChangeInput, type RulesetOutput } from "@/lib/standards/schemas";

// The catalogue is only known on the server (it reads Spectral's rulesets): a rule name it lacks is refused here,
// inside the pipeline, naming the field.
const zKnownRulesetChange = zRulesetChangeInput.superRefine((value, context) => {
  for (const name of Object.keys(value.rules ?? {})) {
    if (!isKnownRule(name)) context.addIssue({ code: "custom", path: ["rules", name], message: `No rule is called ${name}.` });
  }
});

/**
 * An admin changes the API standards' ruleset: every save is a new version, audited with the values before and
 * after. Stored findings carry the version they were computed under, so the change makes them stale: a job lints
 * them again in the background, and any reader meanwhile lints what it shows (decision 054).
 */
export async function changeRuleset(
  db: PrismaClient,
  { actor, input, ifMatch = null, now = new Date() }: { actor: Actor; input: unknown; ifMatch?: readonly string[] | null; now?: Date },
): Promise<RulesetOutput> {
  return runMutation(db, {
    actor,
    permission: "standards.manage",
    action: "standards.ruleset.change",
    schema: zKnownRulesetChange,
    input,
    load: (tx) => findCurrentRuleset(tx),
    ifMatch: { expected: ifMatch, version: (ruleset) => ruleset.createdAt, what: "ruleset" },
    write: async (tx, { input: change, resource: before }) => {
      const saved = await insertRulesetVersion(tx, {
        version: before.version + 1,
        overrides: change.rules ? applySeverityChanges(before.overrides, change.rules) : before.overrides,
        requireExceptionForNewErrors: change.requireExceptionForNewErrors ?? before.requireExceptionForNewErrors,
        scorecard: change.scorecard ?? before.scorecard,
        createdById: actor.id,
        // Strictly after the previous version, so that each version has its own ETag.
        createdAt: new Date(Math.max(now.getTime(), before.createdAt.getTime() + 1)),
      });
      if (!saved) throw preconditionFailed("ruleset");
      await enqueueJobs(tx, [{ kind: STANDARDS_RELINT_JOB, dedupeKey: `standards:relint:${saved.version}`, payload: { version: saved.version }, runAt: now }]);
      return {
        result: describeRuleset(saved),
        target: { type: "standards_ruleset", id: String(saved.version), label: `API standards ruleset version ${saved.version}` },
        before: {
          version: before.version,
          overrides: before.overrides,
          requireExceptionForNewErrors: before.requireExceptionForNewErrors,
          scorecard: before.scorecard,
        },
        after: {
          version: saved.version,
          overrides: saved.overrides,
          requireExceptionForNewErrors: saved.requireExceptionForNewErrors,
          scorecard: saved.scorecard,
        },
      };
    },
  });
}
