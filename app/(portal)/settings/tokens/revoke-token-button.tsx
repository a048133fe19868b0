"use client";

import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { ActionButton } from "@/components/ui/action-button";

export function RevokeTokenButton({ tokenId, tokenName }: { tokenId: string; tokenName: string }) {
  return (
    <ActionButton
      action={() => revokeApiTokenAction({ tokenId })}
      label="Revoke"
      pendingLabel="Revoking…"
      ariaLabel={`Revoke ${tokenName}`}
      variant="danger"
      confirm="Scripts and tools using it get 401 from now on. A revoked token cannot be restored: they need a new one."
    />
  );
}
