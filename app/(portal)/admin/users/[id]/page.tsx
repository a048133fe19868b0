import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { readAuthSettings } from "@/lib/auth/settings";
import { getDb } from "@/lib/db";
import { findAccountById, findIdentitiesOf } from "@/lib/single-sign-on/repository";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { IdentityTable } from "@/components/single-sign-on/identity-table";
import { LinkIdentityForm } from "@/components/single-sign-on/link-identity-form";

export const metadata: Metadata = { title: "User" };

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  // Fail closed: to anyone who may not manage other people's sign-in, the page does not exist.
  if (!can(actor, "sso.link.others")) notFound();
  const { id } = await params;
  const db = await getDb();
  const user = await findAccountById(db, id);
  if (!user) notFound();
  const identities = await findIdentitiesOf(db, user.id);
  const oidc = readAuthSettings(process.env).oidc;

  return (
    <>
      <PageHeader title={user.name} description={`${user.email} · single sign-on identities that open this account.`} />
      {identities.length === 0 ? (
        <EmptyState title="No single sign-on identity is linked to this account." />
      ) : (
        <IdentityTable identities={identities} ownAccount={user.id === actor.id} />
      )}
      <section aria-labelledby="link-identity" className="mt-8 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="link-identity" className="mb-3 text-base font-semibold text-slate-900">
          Link an identity
        </h2>
        <LinkIdentityForm userId={user.id} defaultIssuer={oidc?.issuer ?? ""} />
      </section>
    </>
  );
}
