import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { IntegrationImport } from "@/components/catalog/integrations/integration-import";
import { BackstageImport } from "@/components/catalog/backstage/backstage-import";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Import integrations" };

export default async function ImportIntegrationsPage() {
  const actor = await requirePageActor();
  if (!can(actor, "catalog.create")) notFound();
  return (
    <>
      <PageHeader
        title="Import integrations from CSV"
        description="Check the file first: every row's problems are listed and nothing is written. The import itself is all or nothing."
      />
      <IntegrationImport />
      {/* Admins only: a Backstage catalog brings teams and people as well as systems and contracts. */}
      {can(actor, "user.manage") ? (
        <section aria-labelledby="backstage-import" className="mt-10">
          <h2 id="backstage-import" className="text-lg font-semibold text-slate-900">
            Import from Backstage
          </h2>
          <p className="mb-3 mt-1 text-sm text-slate-600">
            Components and resources become systems, APIs contracts (their definition the first version), groups teams and users people; consumesApis and
            dependsOn become consumers and integrations. Check the file first: every entity&apos;s outcome is listed and nothing is written.
          </p>
          <BackstageImport />
        </section>
      ) : null}
    </>
  );
}
