"use client";

import { signOut } from "next-auth/react";
import { unlinkIdentityAction } from "@/lib/single-sign-on/actions";
import { ActionButton } from "@/components/ui/action-button";

export function UnlinkIdentityButton({ identityId, label, ownAccount }: { identityId: string; label: string; ownAccount: boolean }) {
  const consequence = ownAccount ? "You will be signed out everywhere." : "Their open sessions end.";
  return (
    <ActionButton
      action={() => unlinkIdentityAction({ identityId })}
      label="Remove"
      pendingLabel="Removing…"
      ariaLabel={`Remove ${label}`}
      variant="danger"
      confirm={`The single sign-on identity ${label} no longer signs in to this account. ${consequence}`}
      // Removing an identity ends the account's sessions, this one included: clear its cookie too.
      onDone={ownAccount ? () => void signOut({ callbackUrl: "/sign-in?reason=signed-out" }) : undefined}
    />
  );
}
