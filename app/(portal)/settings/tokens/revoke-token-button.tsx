"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { buttonStyles } from "@/components/ui/button-styles";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";

export function RevokeTokenButton({ tokenId, tokenName }: { tokenId: string; tokenName: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className={buttonStyles.danger}
      disabled={pending}
      aria-label={`Revoke ${tokenName}`}
      onClick={() => {
        if (!window.confirm(`Revoke “${tokenName}”? Scripts using it will get 401 from now on.`)) return;
        startTransition(async () => {
          const result = await revokeApiTokenAction(tokenId);
          if (result.ok) toast.success(result.message);
          else toast.error(result.error);
        });
      }}
    >
      {pending ? "Revoking…" : "Revoke"}
    </button>
  );
}
