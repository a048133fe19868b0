import Link from "next/link";
import { CHECKED_USE_LABELS, type ConsumerUseCheck } from "@/lib/graph/permitted-uses";
import { labelOf } from "@/lib/labels/enum-labels";

/** A consumer's uses that an integration on its lineage does not permit, each with the path that carries the data. */
export function UseViolations({ check }: { check: ConsumerUseCheck }) {
  return (
    <section aria-labelledby="use-violations" className="mb-8 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-950">
      <h2 id="use-violations" className="mb-2 text-base font-semibold">
        Used in a way its data does not permit
      </h2>
      <ul className="space-y-2">
        {check.violations.map((violation) => (
          <li key={`${violation.use}:${violation.integration.id}`}>
            Used for {CHECKED_USE_LABELS[violation.use]}, which{" "}
            <Link className="font-medium underline" href={`/catalog/integrations/${encodeURIComponent(violation.integration.key)}`}>
              {violation.integration.key} {violation.integration.name}
            </Link>{" "}
            does not permit (it permits {violation.integration.permittedUses.map((use) => labelOf("PermittedUse", use)).join(", ") || "nothing"}). The data
            travels {violation.path.map((step) => step.key).join(" → ")} → {check.consumer.name}.
          </li>
        ))}
      </ul>
    </section>
  );
}
