import type { EntityAction } from "@/lib/backstage/plan-import";
import type { RecordKind } from "@/lib/backstage/map-entities";

/** Each entity's outcome as the import page says it, in a dry run and after the import. */
export const ENTITY_ACTION_LABELS: Readonly<Record<EntityAction, { dryRun: string; done: string }>> = {
  create: { dryRun: "Will be created", done: "Created" },
  update: { dryRun: "Will be updated", done: "Updated" },
  unchanged: { dryRun: "Unchanged", done: "Unchanged" },
  grouping: { dryRun: "Groups systems (business domain)", done: "Groups systems (business domain)" },
  skipped: { dryRun: "Not imported", done: "Not imported" },
  error: { dryRun: "Problem", done: "Problem" },
};

export const RECORD_KIND_LABELS: Readonly<Record<RecordKind, string>> = { team: "Team", person: "Person", system: "System", contract: "Contract" };
