import type { Metadata } from "next";
import Link from "next/link";
import { LiveFilterForm } from "@/components/ui/live-filter-form";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findUsers, USERS_PAGE_SIZE } from "@/lib/users/repository";
import { zUserListQuery } from "@/lib/users/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { RoleSelect } from "@/components/ui/role-select";
import { ROLES } from "@/lib/auth/permissions";
import { EmptyState } from "@/components/ui/empty-state";
import { PagePagination } from "@/components/ui/page-pagination";
import { buttonStyles } from "@/components/ui/button-styles";
import { DataTable } from "@/components/ui/data-table";
import { NoticePolicySection } from "@/components/deprecations/notice-policy-section";
import { readPageQuery } from "@/lib/validation/query";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  // Fail closed: to anyone who may not manage users, the page does not exist.
  if (!can(actor, "user.manage")) notFound();
  const { query, ignored } = readPageQuery(zUserListQuery, await searchParams);
  const { users, total } = await findUsers(await getDb(), query);

  return (
    <>
      <PageHeader
        title="Users and roles"
        description="Who can sign in and what they may do. Viewers read; owners edit their teams' records; reviewers approve contract changes; admins do everything."
        actions={
          // A plain link: the browser downloads the attachment with the session cookie.
          <>
            <a href="/api/v1/export/catalog.json" download className={buttonStyles.secondary}>
              Export catalog (JSON)
            </a>
            <a href="/api/v1/export/backstage" download className={buttonStyles.secondary}>
              Export to Backstage (YAML)
            </a>
          </>
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <LiveFilterForm className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input id="q" name="q" defaultValue={query.q} placeholder="Name or e-mail" className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
        </div>
        <div>
          <label htmlFor="role" className="block text-xs font-medium text-slate-700">
            Role
          </label>
          <select id="role" name="role" defaultValue={query.role ?? ""} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
            <option value="">All roles</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
      </LiveFilterForm>
      {users.length === 0 ? (
        <EmptyState
          title="No user matches these filters."
          action={
            <Link className={buttonStyles.secondary} href="/admin">
              Clear the filters
            </Link>
          }
        />
      ) : (
        <DataTable columns={["Name", "Teams", "Sign-in", "Role"]}>
          {users.map((user) => (
            <tr key={user.id}>
              <td className="px-4 py-2">
                <Link href={`/admin/users/${user.id}`} className="font-medium text-slate-900 underline-offset-2 hover:underline">
                  {user.name}
                </Link>
                <p className="text-xs text-slate-600">
                  {user.email}
                  {user.title ? ` · ${user.title}` : ""}
                </p>
              </td>
              <td className="px-4 py-2 text-slate-700">{user.teams.map((t) => t.name).join(", ") || "—"}</td>
              <td className="px-4 py-2 text-slate-700">
                {!user.canSignIn
                  ? "Recorded owner (no sign-in)"
                  : user.lastSignInAt
                    ? `Last ${user.lastSignInAt.toISOString().slice(0, 16).replace("T", " ")} UTC`
                    : "Never signed in"}
              </td>
              <td className="px-4 py-2">
                <RoleSelect userId={user.id} userName={user.name} role={user.role} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <PagePagination
        pathname="/admin"
        searchParams={{ q: query.q, role: query.role }}
        page={query.page}
        pageSize={USERS_PAGE_SIZE}
        total={total}
        noun="users"
      />
      {can(actor, "deprecation.override") ? <NoticePolicySection /> : null}
    </>
  );
}
