import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, NotFoundError, type Actor, type OwnedResource, type Permission } from "@/lib/auth/permissions";
import { recordAuditEvent, type AuditTarget } from "@/lib/audit/record-audit-event";

export interface MutationOutcome<T> {
  result: T;
  target: AuditTarget;
  before?: unknown;
  after?: unknown;
}

export interface Mutation<S extends z.ZodType, R, T> {
  actor: Actor;
  permission: Permission;
  /** Audit action, e.g. "user.role.change". */
  action: string;
  schema: S;
  input: unknown;
  /** Loads the resource the mutation acts on; null answers 404. Omit for creations. */
  load?: (tx: Prisma.TransactionClient) => Promise<R | null>;
  /** The team that owns the loaded resource, checked before the input is even validated. */
  ownershipOf?: (resource: R) => OwnedResource;
  /**
   * Rules beyond the permission table that decide from the loaded resource alone whether the actor may act at all
   * (a review policy): they throw ForbiddenError, and run before validation as the table's check does.
   */
  admit?: (resource: R) => void;
  /** For creations: the team that will own what the input describes. */
  proposedOwnership?: (input: z.infer<S>) => OwnedResource;
  /** For bulk mutations (imports): how long the transaction may run; Prisma's default is 5 s. */
  transactionTimeoutMs?: number;
  write: (tx: Prisma.TransactionClient, args: { input: z.infer<S>; resource: R | null }) => Promise<MutationOutcome<T>>;
}

/**
 * The one pipeline every governed change goes through: load, authorize, validate, write and audit in a
 * single transaction. Any failure rolls the whole of it back, so a refused or invalid change leaves no trace
 * but its error.
 */
export async function runMutation<S extends z.ZodType, R, T>(db: PrismaClient, mutation: Mutation<S, R, T>): Promise<T> {
  return db.$transaction(async (tx) => {
    let resource: R | null = null;
    if (mutation.load) {
      resource = await mutation.load(tx);
      if (resource === null) throw new NotFoundError();
    }
    // Authorize before validating, so that someone who may not act learns nothing from validation messages.
    authorize(mutation.actor, mutation.permission, resource !== null ? mutation.ownershipOf?.(resource) : undefined);
    if (resource !== null) mutation.admit?.(resource);
    const input = mutation.schema.parse(mutation.input) as z.infer<S>;
    if (mutation.proposedOwnership) authorize(mutation.actor, mutation.permission, mutation.proposedOwnership(input));
    const outcome = await mutation.write(tx, { input, resource });
    await recordAuditEvent(tx, {
      actor: mutation.actor,
      action: mutation.action,
      target: outcome.target,
      before: outcome.before,
      after: outcome.after,
    });
    return outcome.result;
  }, mutation.transactionTimeoutMs ? { timeout: mutation.transactionTimeoutMs, maxWait: 10_000 } : undefined);
}
