import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { readAuthSettings } from "@/lib/auth/settings";
import { getDb } from "@/lib/db";
import { signOnRefusalMessage } from "@/lib/single-sign-on/identity-rules";
import { findIdentitiesOf } from "@/lib/single-sign-on/repository";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { IdentityTable } from "@/components/single-sign-on/identity-table";
import { LinkSingleSignOnButton } from "@/components/single-sign-on/link-single-sign-on-button";

export const metadata: Metadata = { title: "Sign-in" };

export default async function SignInSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const params = await searchParams;
  const oidc = readAuthSettings(process.env).oidc;
  const identities = await findIdentitiesOf(await getDb(), actor.id);
  const error = typeof params.error === "string" ? (signOnRefusalMessage(params.error) ?? "Single sign-on did not complete. Try again.") : null;

  return (
    <>
      <PageHeader
        title="Sign-in"
        description="The single sign-on identities that open your account. Linking one needs you to sign in at the provider while signed in here."
      />
      {error ? (
        <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      ) : params.linked === "1" && identities.length > 0 ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Your single sign-on identity is linked: you can now sign in with it.
        </p>
      ) : null}
      {identities.length === 0 ? (
        <EmptyState title="No single sign-on identity is linked to your account.">
          {oidc ? "Link one below to sign in without your password." : "Single sign-on is not configured on this portal."}
        </EmptyState>
      ) : (
        <IdentityTable identities={identities} ownAccount />
      )}
      {oidc ? (
        <div className="mt-6">
          <LinkSingleSignOnButton providerName={oidc.displayName} />
        </div>
      ) : null}
    </>
  );
}
