import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { findApiTokensOfUser } from "@/lib/api-tokens/repository";
import { tokenRefusal } from "@/lib/api-tokens/token-secret";
import { TOKEN_SCOPE_LABELS } from "@/lib/api-tokens/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";

export const metadata: Metadata = { title: "API tokens" };

const formatTime = (date: Date | null, none: string) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : none);

export default async function ApiTokensPage() {
  const actor = await requirePageActor();
  const tokens = await findApiTokensOfUser(await getDb(), actor.id);
  const now = new Date();

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Personal tokens let scripts call the API as you, with your permissions. Send one as Authorization: Bearer ix_…. A read token can only read; a routing-decisions token can only ask an integration's data contract for decisions; revoke a token as soon as you no longer need it."
      />
      <section aria-labelledby="create-token" className="mb-8 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="create-token" className="mb-3 text-base font-semibold text-slate-900">
          Create a token
        </h2>
        <CreateTokenForm />
      </section>
      <h2 className="mb-3 text-base font-semibold text-slate-900">Your tokens</h2>
      {tokens.length === 0 ? (
        <EmptyState title="You have no API tokens yet.">
          Create one above; its secret is shown once, so copy it straight into your script or secret store.
        </EmptyState>
      ) : (
        <DataTable columns={["Name", "Scope", "Created", "Expires", "Last used", "Status"]}>
          {tokens.map((token) => {
            const refusal = tokenRefusal(token, now);
            return (
              <tr key={token.id} data-testid="api-token-row">
                <td className="px-4 py-2">
                  <p className="font-medium text-slate-900">{token.name}</p>
                  <p className="font-mono text-xs text-slate-600">{token.prefix}…</p>
                </td>
                <td className="px-4 py-2">
                  <Badge tone={token.scope === "read_write" ? "warning" : "neutral"}>{TOKEN_SCOPE_LABELS[token.scope]}</Badge>
                </td>
                <td className="px-4 py-2 text-slate-700">{formatTime(token.createdAt, "—")}</td>
                <td className="px-4 py-2 text-slate-700">{formatTime(token.expiresAt, "Never")}</td>
                <td className="px-4 py-2 text-slate-700">{formatTime(token.lastUsedAt, "Never used")}</td>
                <td className="px-4 py-2">
                  {refusal ? <Badge tone="danger">{refusal}</Badge> : <RevokeTokenButton tokenId={token.id} tokenName={token.name} />}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
