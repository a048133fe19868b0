import { labelOf } from "@/lib/labels/enum-labels";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";

interface AffectedConsumer {
  id: string;
  name: string;
  kind: string;
  owner: string | null;
  capabilities: readonly string[];
  touched: boolean;
  broken: boolean;
  /** Absent from answers stored before the warning level existed. */
  atRisk?: boolean;
  changes: number;
  /** Fields it declared whose meaning the proposal changes; absent from answers stored before glossary review. */
  meaningChanges?: readonly string[];
}

interface Impact {
  consumers: number;
  broken: number;
  touched: number;
  brokenCapabilities: readonly { name: string; consumers: number }[];
  sentence: string;
}

/** The consumers of the current version and what the proposal does to each: broken, touched or untouched. */
export function AffectedConsumers({
  impact,
  consumers,
  linkConsumers = true,
}: {
  impact: Impact;
  consumers: readonly AffectedConsumer[];
  linkConsumers?: boolean;
}) {
  return (
    <div>
      <p className={`mb-3 text-sm font-semibold ${impact.broken > 0 ? "text-red-800" : "text-slate-900"}`} data-testid="impact-sentence">
        {impact.sentence}
      </p>
      {impact.consumers > 0 ? (
        <div
          className="mb-3 flex h-3 w-full max-w-md overflow-hidden rounded-full bg-slate-100"
          role="img"
          aria-label={`${impact.broken} broken, ${impact.touched - impact.broken} touched, ${impact.consumers - impact.touched} untouched`}
        >
          <div className="bg-red-600" style={{ width: `${(impact.broken / impact.consumers) * 100}%` }} />
          <div className="bg-amber-400" style={{ width: `${((impact.touched - impact.broken) / impact.consumers) * 100}%` }} />
          <div className="bg-emerald-600" style={{ width: `${((impact.consumers - impact.touched) / impact.consumers) * 100}%` }} />
        </div>
      ) : null}
      {consumers.length === 0 ? (
        <EmptyState title="No consumer is recorded for the current version.">
          Nobody can be told about this change: register the reports, dashboards and systems that read the contract.
        </EmptyState>
      ) : (
        <DataTable columns={["Consumer", "Effect", "Owner", "Feeds"]}>
          {consumers.map((consumer) => (
            <tr key={consumer.id}>
              <td className="px-4 py-2">
                {linkConsumers ? (
                  <Link className="font-medium text-brand-700 hover:underline" href={`/catalog/consumers/${consumer.id}`}>
                    {consumer.name}
                  </Link>
                ) : (
                  <span className="font-medium text-slate-900">{consumer.name}</span>
                )}{" "}
                <Badge>{labelOf("ConsumerKind", consumer.kind)}</Badge>
              </td>
              <td className="px-4 py-2">
                {consumer.broken ? (
                  <Badge tone="danger">
                    breaks ({consumer.changes} change{consumer.changes === 1 ? "" : "s"})
                  </Badge>
                ) : consumer.atRisk ? (
                  <Badge tone="warning">may break: a change may break some clients</Badge>
                ) : consumer.touched ? (
                  <Badge tone="warning">touched, not broken</Badge>
                ) : (
                  <Badge tone="good">unaffected</Badge>
                )}
                {consumer.meaningChanges && consumer.meaningChanges.length > 0 ? (
                  <>
                    {" "}
                    <Badge tone="warning">meaning changes: {consumer.meaningChanges.join(", ")}</Badge>
                  </>
                ) : null}
              </td>
              <td className="px-4 py-2 text-slate-700">{consumer.owner ?? "Nobody"}</td>
              <td className="px-4 py-2 text-slate-700">{consumer.capabilities.join(", ") || "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
