"use client";

import { useRouter } from "next/navigation";
import { deleteSampleAction } from "@/lib/data-contracts/actions";
import { ActionButton } from "@/components/ui/action-button";

export function DeleteSampleButton({ sampleId, name }: { sampleId: string; name: string }) {
  const router = useRouter();
  return (
    <ActionButton
      action={() => deleteSampleAction({ sampleId })}
      label="Delete"
      pendingLabel="Deleting…"
      ariaLabel={`Delete the sample "${name}"`}
      variant="danger"
      confirm={`The sample "${name}" is deleted for every version of this contract; proposed changes are no longer checked against it.`}
      onDone={() => router.refresh()}
    />
  );
}
