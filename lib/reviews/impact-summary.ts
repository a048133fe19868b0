import { assessConsumerImpact, type ContractChange } from "@/lib/contract-diff";
import { meaningChangesFor, type GlossaryChange } from "@/lib/reviews/glossary-diff";

export interface ImpactConsumer {
  id: string;
  name: string;
  kind: string;
  fieldsUsed: readonly string[];
  ownerUserId: string | null;
  ownerTeamId: string | null;
  /** "Priya Shah" or "Data & Analytics": who to talk to. */
  owner: string | null;
  /** Names of the business capabilities the consumer feeds. */
  capabilities: readonly string[];
}

export interface AssessedConsumer extends ImpactConsumer {
  touched: boolean;
  broken: boolean;
  /** Touched by a warning ("may break some clients") that no declared field confirms: shown, not acknowledged. */
  atRisk: boolean;
  changes: number;
  /** Fields it declared whose meaning or rules the proposal changes: its owner acknowledges them, as a break. */
  meaningChanges: string[];
}

export interface ImpactSummary {
  consumers: number;
  touched: number;
  broken: number;
  meaningChanged: number;
  brokenCapabilities: { name: string; consumers: number }[];
  /** "Breaks 3 of 7 consumers; 2 of them feed Revenue reporting." */
  sentence: string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Whether the consumer's owner must acknowledge the proposal: it breaks the consumer or moves a meaning it reads. */
export const needsAcknowledgement = (consumer: Pick<AssessedConsumer, "broken" | "meaningChanges">) => consumer.broken || consumer.meaningChanges.length > 0;

/** Judges every consumer of the base version against the proposal's changes and glossary changes, broken ones first. */
export function assessConsumers(
  changes: readonly ContractChange[],
  consumers: readonly ImpactConsumer[],
  glossaryChanges: readonly GlossaryChange[] = [],
): AssessedConsumer[] {
  return consumers
    .map((consumer) => {
      const impact = assessConsumerImpact(changes, consumer.fieldsUsed);
      const meaningChanges = meaningChangesFor(glossaryChanges, consumer.fieldsUsed);
      return {
        ...consumer,
        touched: impact.touched || meaningChanges.length > 0,
        broken: impact.broken,
        atRisk: impact.atRisk,
        changes: impact.changes.length + meaningChanges.length,
        meaningChanges,
      };
    })
    .sort(
      (a, b) =>
        Number(needsAcknowledgement(b)) - Number(needsAcknowledgement(a)) ||
        Number(b.broken) - Number(a.broken) ||
        Number(b.touched) - Number(a.touched) ||
        a.name.localeCompare(b.name),
    );
}

/** What a page or an API answer shows of each assessed consumer: its owner and verdict, not the fields it declared. */
export function describeAffectedConsumers(assessed: readonly AssessedConsumer[]) {
  return assessed.map(({ id, name, kind, owner, capabilities, touched, broken, atRisk, changes, meaningChanges }) => ({
    id,
    name,
    kind,
    owner,
    capabilities: [...capabilities],
    touched,
    broken,
    atRisk,
    changes,
    meaningChanges: [...meaningChanges],
  }));
}

export function summarizeImpact(assessed: readonly AssessedConsumer[]): ImpactSummary {
  const broken = assessed.filter((consumer) => consumer.broken);
  const touched = assessed.filter((consumer) => consumer.touched).length;
  const byCapability = new Map<string, number>();
  for (const consumer of broken) for (const capability of new Set(consumer.capabilities)) byCapability.set(capability, (byCapability.get(capability) ?? 0) + 1);
  const brokenCapabilities = [...byCapability]
    .map(([name, count]) => ({ name, consumers: count }))
    .sort((a, b) => b.consumers - a.consumers || a.name.localeCompare(b.name));
  let sentence: string;
  if (assessed.length === 0) sentence = "No consumer is recorded for the current version.";
  else if (broken.length === 0)
    sentence =
      touched > 0
        ? `Breaks none of ${plural(assessed.length, "consumer")}; the changes touch ${touched} of them.`
        : `Breaks none of ${plural(assessed.length, "consumer")}.`;
  else {
    sentence = `Breaks ${broken.length} of ${plural(assessed.length, "consumer")}`;
    const top = brokenCapabilities[0];
    if (top) {
      const howMany = top.consumers === broken.length && broken.length > 1 ? "all" : String(top.consumers);
      sentence += `; ${howMany} of them ${top.consumers === 1 ? "feeds" : "feed"} ${top.name.charAt(0).toLowerCase()}${top.name.slice(1)}`;
    }
    sentence += ".";
  }
  const meaning = assessed.filter((consumer) => consumer.meaningChanges.length > 0);
  if (meaning.length > 0) {
    const fields = [...new Set(meaning.flatMap((consumer) => consumer.meaningChanges))].sort();
    const named = fields.length <= 3 ? fields.join(", ") : `${fields.slice(0, 3).join(", ")} and ${fields.length - 3} more`;
    sentence += ` Changes the meaning of ${named} for ${meaning.length} of ${plural(assessed.length, "consumer")}, whose owners acknowledge it.`;
  }
  return { consumers: assessed.length, touched, broken: broken.length, meaningChanged: meaning.length, brokenCapabilities, sentence };
}
