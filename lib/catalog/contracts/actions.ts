"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { SESSION_EXPIRED, toFormError, type FormActionResult } from "@/lib/catalog/contracts/action-result";
import { archiveContract, createContract, updateContract, updateContractVersion } from "@/lib/catalog/contracts/contract-use-cases";

async function run<T>(work: (actor: NonNullable<Awaited<ReturnType<typeof getActor>>>) => Promise<{ message: string; value: T; paths: string[] }>): Promise<FormActionResult<T>> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    const { message, value, paths } = await work(actor);
    for (const path of paths) revalidatePath(path);
    return { ok: true, message, value };
  } catch (error) {
    return toFormError(error);
  }
}

export async function createContractAction(input: unknown): Promise<FormActionResult<{ slug: string }>> {
  return run(async (actor) => {
    const contract = await createContract(await getDb(), { actor, input });
    return { message: `Contract ${contract.name} registered.`, value: { slug: contract.slug }, paths: ["/catalog/contracts"] };
  });
}

/** `etag` is the contract's version when the form was loaded: a concurrent edit is refused, not overwritten. */
export async function updateContractAction(contractId: string, etag: string, input: unknown): Promise<FormActionResult<{ slug: string }>> {
  return run(async (actor) => {
    const contract = await updateContract(await getDb(), { actor, contractId, input, ifMatch: [etag] });
    return { message: `Contract ${contract.name} saved.`, value: { slug: contract.slug }, paths: ["/catalog/contracts", `/catalog/contracts/${contract.slug}`] };
  });
}

export async function archiveContractAction(contractId: string, etag: string, input: unknown): Promise<FormActionResult<{ slug: string }>> {
  return run(async (actor) => {
    const contract = await archiveContract(await getDb(), { actor, contractId, input, ifMatch: [etag] });
    return { message: `Contract ${contract.name} archived.`, value: { slug: contract.slug }, paths: ["/catalog/contracts", `/catalog/contracts/${contract.slug}`] };
  });
}

export async function updateContractVersionAction(contractId: string, version: string, etag: string, input: unknown): Promise<FormActionResult<{ version: string }>> {
  return run(async (actor) => {
    const updated = await updateContractVersion(await getDb(), { actor, contractId, version, input, ifMatch: [etag] });
    return { message: `Version ${updated.version} saved.`, value: { version: updated.version }, paths: ["/catalog/contracts"] };
  });
}
