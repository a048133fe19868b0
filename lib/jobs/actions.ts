"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-errors";
import { retryJobNow } from "@/lib/jobs/retry-job-now";

export type JobActionResult = { ok: true; message: string } | { ok: false; error: string };

export async function retryJobNowAction(jobId: string): Promise<JobActionResult> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: "Your session has expired. Sign in again." };
  try {
    const job = await retryJobNow(await getDb(), { actor, jobId });
    revalidatePath("/admin/jobs");
    return { ok: true, message: `${job.kind} will run at the worker's next pass (within seconds).` };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: error.message };
    throw error;
  }
}
