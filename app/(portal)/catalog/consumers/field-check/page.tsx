import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findConsumerFieldProblems } from "@/lib/catalog/consumers/find-declared-field-problems";
import { DeclaredFieldProblemList } from "@/components/catalog/consumers/declared-field-problems";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Declared fields to fix" };

export default async function DeclaredFieldCheckPage() {
  const actor = await requirePageActor();
  const rows = await findConsumerFieldProblems(await getDb(), { actor });

  return (
    <>
      <PageHeader
        title="Declared fields to fix"
        description="Consumers that declare fields their contract version does not describe. A typo or a field that was renamed reads as “unaffected” by every change: fix the declaration (the suggestions are the nearest fields the version has)."
      />
      {rows.length === 0 ? (
        <EmptyState title="Every consumer declares fields its contract version describes." />
      ) : (
        <DataTable columns={["Consumer", "Contract version", "Fields not in that version", "Owner", { label: "Actions", visuallyHidden: true }]}>
          {rows.map(({ consumer, version, problems }) => (
            <tr key={consumer.id}>
              <td className="px-4 py-2">
                <Link href={`/catalog/consumers/${consumer.id}`} className="font-medium text-brand-700 hover:underline">
                  {consumer.name}
                </Link>
              </td>
              <td className="px-4 py-2">
                <Link
                  className="text-brand-700 hover:underline"
                  href={`/catalog/contracts/${version.contractSlug}/versions/${encodeURIComponent(version.version)}`}
                >
                  {version.contractName} {version.version}
                </Link>
              </td>
              <td className="px-4 py-2">
                <DeclaredFieldProblemList problems={problems} />
              </td>
              <td className="px-4 py-2 text-slate-700">{[consumer.ownerTeam?.name, consumer.ownerUser?.name].filter(Boolean).join(" · ") || "No owner"}</td>
              <td className="px-4 py-2 text-right">
                {can(actor, "catalog.update", { ownerTeamId: consumer.ownerTeam?.id ?? null }) ? (
                  <Link className="text-brand-700 hover:underline" href={`/catalog/consumers/${consumer.id}/edit`}>
                    Fix<span className="sr-only"> {consumer.name}</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
