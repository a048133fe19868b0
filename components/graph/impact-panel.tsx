import Link from "next/link";
import type { ImpactResult } from "@/lib/graph/impact";
import { catalogLinks } from "@/lib/graph/catalog-links";
import { impactUrl, type ImpactRequest } from "@/lib/graph/query-keys";
import { buttonStyles } from "@/components/ui/button-styles";

function Section({ title, count, shown, testId, children }: { title: string; count: number; shown?: number; testId: string; children: React.ReactNode }) {
  return (
    <section className="mt-3">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-700">
        {title} ({count})
      </h3>
      {count === 0 ? (
        <p className="text-sm text-slate-600">None.</p>
      ) : (
        <ul className="mt-1 space-y-0.5 text-sm" data-testid={testId}>
          {children}
        </ul>
      )}
      {shown !== undefined && shown < count ? (
        <p className="mt-1 text-xs text-slate-600">
          The nearest {shown} are listed; the CSV export has all {count}.
        </p>
      ) : null}
    </section>
  );
}

/** The impacted (or feeding) integrations, systems, consumers, capabilities and owners, with exports. */
export function ImpactPanel({ request, result }: { request: ImpactRequest; result: ImpactResult }) {
  const downstream = request.direction === "downstream";
  const total = result.totals.integrations + result.totals.systems + result.totals.consumers;
  return (
    <div aria-live="polite" data-testid="impact-result">
      <p className="text-sm text-slate-800">
        {downstream ? "A change to" : "What feeds"} <strong>{result.focus.label}</strong>
        {downstream ? " reaches " : ": "}
        <strong>{total}</strong> {downstream ? "things" : "upstream things"}
        {result.depth ? ` within ${result.depth} hop${result.depth === 1 ? "" : "s"}` : ""}.
      </p>
      <div className="mt-2 flex gap-2">
        <a className={buttonStyles.secondary} href={impactUrl(request, "csv")} download>
          Export CSV
        </a>
        <a className={buttonStyles.secondary} href={impactUrl(request)} target="_blank" rel="noreferrer">
          JSON
        </a>
      </div>
      <Section title="Integrations" count={result.totals.integrations} shown={result.integrations.length} testId="impact-integrations">
        {result.integrations.map((integration) => (
          <li key={integration.id} data-key={integration.key}>
            <Link className={buttonStyles.link} href={catalogLinks.integration(integration.key)}>
              {integration.key}
            </Link>{" "}
            {integration.name} <span className="text-slate-600">· hop {integration.depth}</span>
          </li>
        ))}
      </Section>
      <Section title="Systems" count={result.totals.systems} shown={result.systems.length} testId="impact-systems">
        {result.systems.map((system) => (
          <li key={system.id} data-slug={system.slug}>
            <Link className={buttonStyles.link} href={catalogLinks.system(system.slug)}>
              {system.name}
            </Link>{" "}
            <span className="text-slate-600">
              · {system.criticality} · hop {system.depth}
            </span>
          </li>
        ))}
      </Section>
      <Section title="Consumers" count={result.totals.consumers} shown={result.consumers.length} testId="impact-consumers">
        {result.consumers.map((consumer) => (
          <li key={consumer.id} data-id={consumer.id}>
            <Link className={buttonStyles.link} href={catalogLinks.consumer(consumer.id)}>
              {consumer.name}
            </Link>{" "}
            <span className="text-slate-600">
              · {consumer.kind.replace(/_/g, " ")} · hop {consumer.depth}
            </span>
          </li>
        ))}
      </Section>
      <Section title="Business capabilities affected" count={result.capabilities.length} testId="impact-capabilities">
        {result.capabilities.map((capability) => (
          <li key={capability.slug}>{capability.name}</li>
        ))}
      </Section>
      <Section title="Owners to notify" count={result.owners.length} testId="impact-owners">
        {result.owners.map((owner) => (
          <li key={`${owner.kind}:${owner.id}`}>
            <span className="font-medium">{owner.name}</span>
            {owner.email ? <span className="text-slate-600"> &lt;{owner.email}&gt;</span> : <span className="text-slate-600"> (team)</span>}
            <span className="block text-xs text-slate-600">
              {owner.reasons.join(", ")}
              {owner.reasonCount > owner.reasons.length ? ` and ${owner.reasonCount - owner.reasons.length} more` : ""}
            </span>
          </li>
        ))}
      </Section>
    </div>
  );
}
