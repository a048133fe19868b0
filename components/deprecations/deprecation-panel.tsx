import Link from "next/link";
import { can, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findConsumersOfTarget, findDeprecationsOfTarget, findNoticePolicy, findReplacementOptions, findTarget } from "@/lib/deprecations/repository";
import { DeprecateForm } from "@/components/deprecations/deprecate-form";
import { buttonStyles } from "@/components/ui/button-styles";

const IN_SERVICE = new Set(["active", "approved", "deprecated"]);

/**
 * On a contract version's or an integration's page: its open deprecation with a link, or, for those who manage
 * it, the form to deprecate it.
 */
export async function DeprecationPanel({ actor, kind, id }: { actor: Actor; kind: "contract_version" | "integration"; id: string }) {
  const db = await getDb();
  const [target, deprecations] = await Promise.all([findTarget(db, kind, id), findDeprecationsOfTarget(db, { kind, id })]);
  if (!target) return null;
  const open = deprecations.find((d) => d.status === "announced");
  const past = deprecations.filter((d) => d.status !== "announced");
  const noun = kind === "contract_version" ? "version" : "integration";
  const mayDeprecate =
    !open && !target.archived && IN_SERVICE.has(target.state) && can(actor, "deprecation.manage", { ownerTeamId: target.ownerTeam?.id ?? null });

  let form: React.ReactNode = null;
  if (mayDeprecate) {
    const [policy, consumers, replacements] = await Promise.all([findNoticePolicy(db), findConsumersOfTarget(db, target), findReplacementOptions(db, target)]);
    const rule = policy[target.criticality];
    form = (
      <details className="mt-3">
        <summary className={`${buttonStyles.secondary} cursor-pointer list-none`}>Deprecate this {noun}</summary>
        <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
          <DeprecateForm
            target={{ kind, id, label: target.label }}
            consumerCount={consumers.length}
            rule={{ criticality: target.criticality, ...rule }}
            replacements={replacements}
            mayGrantException={can(actor, "deprecation.override")}
            today={new Date().toISOString().slice(0, 10)}
          />
        </div>
      </details>
    );
  }
  if (!open && !form && past.length === 0) return null;
  return (
    <section
      aria-labelledby={`deprecation-${id}`}
      className={`mb-6 rounded-lg border p-4 text-sm ${open ? "border-amber-300 bg-amber-50 text-amber-950" : "border-slate-200 bg-slate-50 text-slate-800"}`}
    >
      <h2 id={`deprecation-${id}`} className="font-semibold">
        Deprecation
      </h2>
      {open ? (
        <p className="mt-1">
          This {noun} is deprecated: sunset on {open.sunsetAt.toISOString().slice(0, 10)}.{" "}
          <Link className="font-semibold underline" href={`/deprecations/${open.id}`}>
            Follow the consumers&apos; migrations
          </Link>
        </p>
      ) : null}
      {past.length ? (
        <p className="mt-1">
          Earlier:{" "}
          {past.map((d, i) => (
            <span key={d.id}>
              {i ? ", " : ""}
              <Link className="underline" href={`/deprecations/${d.id}`}>
                {d.status} ({d.announcedAt.toISOString().slice(0, 10)})
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {form}
    </section>
  );
}
