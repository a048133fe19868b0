import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, NotFoundError, type Actor, type OwnedResource, type Permission } from "@/lib/auth/permissions";
import { recordAuditEvent, type AuditTarget } from "@/lib/audit/record-audit-event";
import type { AuditAction } from "@/lib/audit/audit-vocabulary";
import { assertIfMatch } from "@/lib/concurrency/record-version";

export interface MutationOutcome<T> {
  result: T;
  target: AuditTarget;
  before?: unknown;
  after?: unknown;
}

interface MutationBase<S extends z.ZodType> {
  actor: Actor;
  permission: Permission;
  /** Audit action, e.g. "user.role.change" (see lib/audit/audit-vocabulary.ts). */
  action: AuditAction;
  schema: S;
  input: unknown;
  /** For bulk mutations (imports): how long the transaction may run; Prisma's default is 5 s. */
  transactionTimeoutMs?: number;
}

/** A creation: nothing to load; the input says which team will own the result. */
export interface CreateMutation<S extends z.ZodType, T> extends MutationBase<S> {
  load?: undefined;
  /** The team that will own what the input describes. */
  proposedOwnership?: (input: z.infer<S>) => OwnedResource;
  write: (tx: Prisma.TransactionClient, args: { input: z.infer<S> }) => Promise<MutationOutcome<T>>;
}

/** A change to an existing record: `write` receives the loaded record, never null. */
export interface ResourceMutation<S extends z.ZodType, R, T> extends MutationBase<S> {
  /** Loads the resource the mutation acts on; null answers 404. */
  load: (tx: Prisma.TransactionClient) => Promise<R | null>;
  /** The team that owns the loaded resource, checked before the input is even validated. */
  ownershipOf?: (resource: R) => OwnedResource;
  /**
   * Rules beyond the permission table that decide from the loaded resource alone whether the actor may act at all
   * (a review policy): they throw ForbiddenError, and run before validation as the table's check does.
   */
  admit?: (resource: R) => void;
  /** For changes that also move the record (to another team): the team the input proposes. */
  proposedOwnership?: (input: z.infer<S>) => OwnedResource;
  /**
   * Refuses a record that is archived (or otherwise closed): return the refusal to throw, or null to go on. Runs
   * after validation, before the If-Match check and the write.
   */
  refuseClosed?: (resource: R) => Error | null;
  /**
   * Optimistic concurrency: the versions the client sent (If-Match; null when it sent none), the record's version
   * and how the refusal names it. A mismatch answers PreconditionFailed before anything is written; the write must
   * still compare-and-set on the version, since a concurrent transaction may change it after this check.
   */
  ifMatch?: { expected: readonly string[] | null; version: (resource: R) => Date; what: string };
  write: (tx: Prisma.TransactionClient, args: { input: z.infer<S>; resource: R }) => Promise<MutationOutcome<T>>;
}

export type Mutation<S extends z.ZodType, R, T> = CreateMutation<S, T> | ResourceMutation<S, R, T>;

/**
 * The one pipeline every governed change goes through: load, authorize, validate, write and audit in a
 * single transaction. Any failure rolls the whole of it back, so a refused or invalid change leaves no trace
 * but its error.
 */
export function runMutation<S extends z.ZodType, T>(db: PrismaClient, mutation: CreateMutation<S, T>): Promise<T>;
export function runMutation<S extends z.ZodType, R, T>(db: PrismaClient, mutation: ResourceMutation<S, R, T>): Promise<T>;
export async function runMutation<S extends z.ZodType, R, T>(db: PrismaClient, mutation: Mutation<S, R, T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const outcome = mutation.load ? await changeResource(tx, mutation) : await create(tx, mutation);
      await recordAuditEvent(tx, {
        actor: mutation.actor,
        action: mutation.action,
        target: outcome.target,
        before: outcome.before,
        after: outcome.after,
      });
      return outcome.result;
    },
    mutation.transactionTimeoutMs ? { timeout: mutation.transactionTimeoutMs, maxWait: 10_000 } : undefined,
  );
}

async function create<S extends z.ZodType, T>(tx: Prisma.TransactionClient, mutation: CreateMutation<S, T>): Promise<MutationOutcome<T>> {
  authorize(mutation.actor, mutation.permission);
  const input = mutation.schema.parse(mutation.input) as z.infer<S>;
  if (mutation.proposedOwnership) authorize(mutation.actor, mutation.permission, mutation.proposedOwnership(input));
  return mutation.write(tx, { input });
}

async function changeResource<S extends z.ZodType, R, T>(tx: Prisma.TransactionClient, mutation: ResourceMutation<S, R, T>): Promise<MutationOutcome<T>> {
  const resource = await mutation.load(tx);
  if (resource === null) throw new NotFoundError();
  // Authorize before validating, so that someone who may not act learns nothing from validation messages.
  authorize(mutation.actor, mutation.permission, mutation.ownershipOf?.(resource));
  mutation.admit?.(resource);
  const input = mutation.schema.parse(mutation.input) as z.infer<S>;
  if (mutation.proposedOwnership) authorize(mutation.actor, mutation.permission, mutation.proposedOwnership(input));
  const refusal = mutation.refuseClosed?.(resource);
  if (refusal) throw refusal;
  if (mutation.ifMatch) assertIfMatch(mutation.ifMatch.expected, mutation.ifMatch.version(resource), mutation.ifMatch.what);
  return mutation.write(tx, { input, resource });
}
