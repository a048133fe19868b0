"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { archiveContract, createContract, updateContract, updateContractVersion } from "@/lib/catalog/contracts/contract-use-cases";
import { zEtag, zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";

/** `etag` is the contract's version when the form was loaded: a concurrent edit is refused, not overwritten. */
const zExisting = z.object({ contractId: zRecordRef, etag: zEtag, values: zUseCaseInput });

export const createContractAction = defineAction(zUseCaseInput, async (values, { actor, db }) => {
  const contract = await createContract(db, { actor, input: values });
  revalidatePath("/catalog/contracts");
  return { message: `Contract ${contract.name} registered.`, value: { slug: contract.slug } };
});

export const updateContractAction = defineAction(zExisting, async ({ contractId, etag, values }, { actor, db }) => {
  const contract = await updateContract(db, { actor, contractId, input: values, ifMatch: [etag] });
  revalidatePath("/catalog/contracts");
  revalidatePath(`/catalog/contracts/${contract.slug}`);
  return { message: `Contract ${contract.name} saved.`, value: { slug: contract.slug } };
});

export const archiveContractAction = defineAction(zExisting, async ({ contractId, etag, values }, { actor, db }) => {
  const contract = await archiveContract(db, { actor, contractId, input: values, ifMatch: [etag] });
  revalidatePath("/catalog/contracts");
  revalidatePath(`/catalog/contracts/${contract.slug}`);
  return { message: `Contract ${contract.name} archived.`, value: { slug: contract.slug } };
});

export const updateContractVersionAction = defineAction(
  zExisting.extend({ version: zRecordRef }),
  async ({ contractId, version, etag, values }, { actor, db }) => {
    const updated = await updateContractVersion(db, { actor, contractId, version, input: values, ifMatch: [etag] });
    revalidatePath("/catalog/contracts");
    return { message: `Version ${updated.version} saved.`, value: { version: updated.version } };
  },
);
