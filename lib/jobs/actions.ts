"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { retryJobNow } from "@/lib/jobs/retry-job-now";
import { zRecordRef } from "@/lib/validation/primitives";

export const retryJobNowAction = defineAction(z.object({ jobId: zRecordRef }), async ({ jobId }, { actor, db }) => {
  const job = await retryJobNow(db, { actor, jobId });
  revalidatePath("/admin/jobs");
  return { message: `${job.kind} will run at the worker's next pass (within seconds).` };
});
