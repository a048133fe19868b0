"use client";

import { useTransition } from "react";
import { signOut } from "next-auth/react";
import { toast } from "sonner";
import { buttonStyles } from "@/components/ui/button-styles";
import { unlinkIdentityAction } from "@/lib/single-sign-on/actions";

export function UnlinkIdentityButton({ identityId, label, ownAccount }: { identityId: string; label: string; ownAccount: boolean }) {
  const [pending, startTransition] = useTransition();
  const consequence = ownAccount ? "You will be signed out everywhere." : "Their open sessions end.";
  return (
    <button
      type="button"
      className={buttonStyles.danger}
      disabled={pending}
      aria-label={`Remove ${label}`}
      onClick={() => {
        if (!window.confirm(`Remove the single sign-on identity ${label}? ${consequence}`)) return;
        startTransition(async () => {
          const result = await unlinkIdentityAction(identityId);
          if (!result.ok) toast.error(result.error);
          // Removing an identity ends the account's sessions, this one included: clear its cookie too.
          else if (ownAccount) await signOut({ callbackUrl: "/sign-in?reason=signed-out" });
          else toast.success(result.message);
        });
      }}
    >
      {pending ? "Removing…" : "Remove"}
    </button>
  );
}
