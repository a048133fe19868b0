import { DataTable } from "@/components/ui/data-table";
import { UnlinkIdentityButton } from "@/components/single-sign-on/unlink-identity-button";

export interface IdentityRow {
  id: string;
  issuer: string;
  subject: string;
  createdAt: Date;
  lastSignInAt: Date | null;
}

const formatTime = (date: Date | null, none: string) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : none);

export function IdentityTable({ identities, ownAccount }: { identities: readonly IdentityRow[]; ownAccount: boolean }) {
  return (
    <DataTable columns={["Provider", "Subject", "Linked", "Last sign-in", { label: "Actions", visuallyHidden: true }]}>
      {identities.map((identity) => (
        <tr key={identity.id} data-testid="sso-identity-row">
          <td className="px-4 py-2 break-all text-slate-900">{identity.issuer}</td>
          <td className="px-4 py-2 font-mono text-xs break-all text-slate-700">{identity.subject}</td>
          <td className="px-4 py-2 text-slate-700">{formatTime(identity.createdAt, "—")}</td>
          <td className="px-4 py-2 text-slate-700">{formatTime(identity.lastSignInAt, "Never")}</td>
          <td className="px-4 py-2">
            <UnlinkIdentityButton identityId={identity.id} label={`${identity.subject} at ${identity.issuer}`} ownAccount={ownAccount} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
