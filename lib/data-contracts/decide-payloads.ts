import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";
import { authorize, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { Conflict, invalidInputOf } from "@/lib/errors/domain-errors";
import { compileRuleSource } from "@/lib/data-contracts/build-rule-set";
import type { CompiledRuleSet } from "@/lib/data-contracts/evaluator/compile-rule-set";
import { businessKeysOf, evaluatePayload, type PayloadItem } from "@/lib/data-contracts/evaluator/evaluate-payload";
import { addDecisionCounts, findDeliveredKeys, storeDecisionSamples, storeDeliveredKeys } from "@/lib/data-contracts/decisions-repository";
import { redactPayload } from "@/lib/data-contracts/redact-payload";
import { findIntegrationRuleSource } from "@/lib/data-contracts/rules-repository";
import { MAX_WINDOW_MINUTES, zDecisionRequest, type DecisionResponse } from "@/lib/data-contracts/schemas";
import { hashBusinessKey, StoredDuplicateWindow } from "@/lib/data-contracts/stored-duplicate-window";
import { accumulateMinuteBuckets } from "@/lib/signals/repository";
import { foldIntoMinuteBuckets } from "@/lib/signals/signal-buckets";

/** Samples kept per request and per integration: enough to see what goes wrong, never a copy of the traffic. */
const SAMPLES_PER_REQUEST = 10;
const SAMPLES_KEPT = 100;

// Compiling a rule set (ajv on a large document) costs milliseconds; evaluating a payload microseconds. A rule set
// changes only with its version, the integration's approval state or its exception routing, which are the key.
const compiledCache = new Map<string, CompiledRuleSet>();
const CACHE_SIZE = 50;

function cached(key: string, compile: () => CompiledRuleSet): CompiledRuleSet {
  const hit = compiledCache.get(key);
  if (hit) return hit;
  const compiled = compile();
  if (compiledCache.size >= CACHE_SIZE) compiledCache.delete(compiledCache.keys().next().value!);
  compiledCache.set(key, compiled);
  return compiled;
}

/**
 * Routing decisions for one payload or a batch, by the rules of the integration's active contract version.
 * Deciding is not a governed change of the catalog: it writes per-minute counts, hashed business keys and (when
 * the integration opts in) redacted samples, never a payload as sent, and no audit entry per call; the counts are
 * its trail (docs/decisions/039-decisions-endpoint-and-counts.md).
 */
export async function decidePayloads(
  db: PrismaClient,
  { actor, idOrKey, input, now = new Date() }: { actor: Actor; idOrKey: string; input: unknown; now?: Date },
): Promise<DecisionResponse> {
  const source = await findIntegrationRuleSource(db, idOrKey);
  if (!source) throw new NotFoundError(`Integration ${idOrKey}`);
  const { integration, version } = source;
  // Authorized before the body is read, so that another team learns nothing from validation messages.
  authorize(actor, "integration.decide", integration);
  const parsed = zDecisionRequest.safeParse(input);
  if (!parsed.success) throw invalidInputOf(parsed.error);
  const request = parsed.data;
  if (integration.archivedAt) throw new Conflict(`${integration.key} is archived: it takes no payloads.`);
  if (!version)
    throw new Conflict(`${integration.key} has no active contract version with rules: add rules to the active version of a contract that governs it.`);

  const cacheKey = JSON.stringify([version.id, version.updatedAt.getTime(), integration.approvalState, integration.exceptionRoutes]);
  const compiled = cached(cacheKey, () => {
    const result = compileRuleSource({
      integration,
      contract: { slug: version.slug, version: version.version, specText: version.specText },
      rules: version.dataRules,
    });
    if (!result.ok)
      throw new Conflict(`The rules of ${version.slug}@${version.version} cannot run: ${result.problems[0].pointer}: ${result.problems[0].message}`);
    return result.compiled;
  });

  const items: PayloadItem[] = "items" in request ? request.items : [request];
  const keyHashes = new Set<string>();
  for (const item of items) for (const { ruleId, key } of businessKeysOf(compiled, item)) keyHashes.add(hashBusinessKey(ruleId, key));

  return db.$transaction(async (tx) => {
    const known = await findDeliveredKeys(tx, integration.id, [...keyHashes], new Date(now.getTime() - MAX_WINDOW_MINUTES * 60_000));
    const window = new StoredDuplicateWindow(known);
    const results = items.map((item) => evaluatePayload(compiled, item, { now: now.getTime(), window }));

    const counts = new Map<DecisionOutcome, number>();
    for (const result of results) counts.set(result.outcome, (counts.get(result.outcome) ?? 0) + 1);
    const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    await addDecisionCounts(tx, integration.id, minute, counts);
    // Quarantined records are one of the integration's live signals (its quarantine rate is a health signal). Only
    // the quarantined count is added: the volume of records is the producer's own signal, and would count twice.
    const quarantined = counts.get("quarantine") ?? 0;
    if (quarantined) await accumulateMinuteBuckets(tx, foldIntoMinuteBuckets([{ integrationId: integration.id, at: now, quarantined }]));
    await storeDeliveredKeys(tx, integration.id, [...window.deliveredKeys.values()], new Date(now.getTime() - MAX_WINDOW_MINUTES * 60_000));

    // An integration that carries personal data but names none of its fields as personal keeps no samples at all.
    const mayKeep = integration.keepFailingSamples && (!integration.containsPersonalData || version.dataRules.personalFields.length > 0);
    if (mayKeep) {
      const failing = results
        .flatMap((result, index) => (result.outcome === "deliver" ? [] : [{ result, payload: items[index].payload }]))
        .slice(0, SAMPLES_PER_REQUEST);
      await storeDecisionSamples(
        tx,
        integration.id,
        failing.map(({ result, payload }) => ({
          outcome: result.outcome,
          payload: redactPayload(payload ?? null, version.dataRules.personalFields),
          fired: result.fired,
        })),
        SAMPLES_KEPT,
      );
    }
    return {
      integration: integration.key,
      contract: { slug: version.slug, version: version.version },
      results,
      counts: Object.fromEntries(counts),
    };
  });
}
