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
      confirm={`Revoke “${tokenName}”? Scripts using it will get 401 from now on.`}
    />
  );
}
