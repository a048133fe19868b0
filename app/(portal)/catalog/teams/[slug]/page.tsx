import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findPeopleOutsideTeam, findTeamDetail, findTeamOwnedRecords } from "@/lib/catalog/teams/repository";
import { PageHeader } from "@/components/ui/page-header";
import { StatTile } from "@/components/ui/stat-tile";
import { AuditTrail } from "@/components/audit/audit-trail";
import { TeamMembers } from "@/components/catalog/teams/team-members";

export const metadata: Metadata = { title: "Team" };

function OwnedList({ title, empty, items }: { title: string; empty: string; items: { href: string; label: string; note: string }[] }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <h2 className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-900">{title}</h2>
      {items.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {items.map((item) => (
            <li key={item.href} className="flex items-center justify-between gap-2 px-4 py-2">
              <Link href={item.href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {item.label}
              </Link>
              <span className="text-xs text-slate-600">{item.note}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function TeamPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requirePageActor();
  const { slug } = await params;
  const db = await getDb();
  const team = await findTeamDetail(db, decodeURIComponent(slug));
  if (!team) notFound();
  const actorLeads = team.members.some((member) => member.id === actor.id && member.isLead);
  const canManage = can(actor, "team.membership.manage", { ownerTeamId: actorLeads ? team.id : null });
  const [owned, people] = await Promise.all([findTeamOwnedRecords(db, team.id), canManage ? findPeopleOutsideTeam(db, team.id) : []]);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/catalog/teams" className="text-brand-700 underline-offset-2 hover:underline">
          ← All teams
        </Link>
      </p>
      <PageHeader title={team.name} description={team.description ?? undefined} />
      <div className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatTile label="Members" value={team.memberCount} />
        <StatTile label="Systems" value={team.owns.systems} />
        <StatTile label="Integrations" value={team.owns.integrations} />
        <StatTile label="Contracts" value={team.owns.contracts} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <TeamMembers team={team.slug} members={team.members} canManage={canManage} people={people} />
        <OwnedList
          title="Systems"
          empty="This team owns no system."
          items={owned.systems.map((s) => ({ href: `/catalog/systems/${s.slug}`, label: s.name, note: s.criticality }))}
        />
        <OwnedList
          title="Integrations"
          empty="This team owns no integration."
          items={owned.integrations.map((i) => ({
            href: `/catalog/integrations/${i.key}`,
            label: `${i.key} · ${i.name}`,
            note: `${i.criticality} · ${i.healthStatus}`,
          }))}
        />
        <OwnedList
          title="Contracts"
          empty="This team owns no contract."
          items={owned.contracts.map((c) => ({ href: `/catalog/contracts/${c.slug}`, label: c.name, note: c.type }))}
        />
      </div>
      {Math.max(team.owns.systems, team.owns.integrations, team.owns.contracts) > owned.limit ? (
        <p className="mt-2 text-xs text-slate-600">Lists show the first {owned.limit} of each, by name.</p>
      ) : null}
      <div className="mt-6">
        <AuditTrail targetType="team" targetId={team.id} />
      </div>
    </>
  );
}
