import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { IntegrationImport } from "@/components/catalog/integrations/integration-import";
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
    </>
  );
}
