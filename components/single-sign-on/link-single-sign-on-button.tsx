"use client";

import { signIn } from "next-auth/react";
import { buttonStyles } from "@/components/ui/button-styles";

/** Starts single sign-on while signed in: coming back, the identity is linked to this account. */
export function LinkSingleSignOnButton({ providerName }: { providerName: string }) {
  return (
    <button type="button" className={buttonStyles.primary} onClick={() => signIn("oidc", { callbackUrl: "/settings/sign-in?linked=1" })}>
      Link your {providerName} account
    </button>
  );
}
