import { labelOf } from "@/lib/labels/enum-labels";
import Link from "next/link";
import type { ClusterNode } from "@/lib/graph/clusters";
import { catalogLinks } from "@/lib/graph/catalog-links";
import type { GraphEdge, GraphNode } from "@/lib/graph/graph-view";
import { Badge } from "@/components/ui/badge";
import { HealthBadge } from "@/components/catalog/status-badges";
import { buttonStyles } from "@/components/ui/button-styles";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_1fr] gap-2 py-0.5 text-sm">
      <dt className="text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** The facts, owners and catalog links of the selected node or edge. */
export function SelectionPanel({ element, onOpenCluster }: { element: GraphNode | GraphEdge | ClusterNode; onOpenCluster: (cluster: ClusterNode) => void }) {
  switch (element.type) {
    case "system":
      return (
        <section aria-label="Selected system">
          <h2 className="text-base font-semibold text-slate-900">{element.name}</h2>
          <dl className="mt-2">
            <Fact label="Kind">
              {labelOf("SystemKind", element.kind)}
              {element.isExternal ? " (external)" : ""}
            </Fact>
            <Fact label="Domain">{element.businessDomain}</Fact>
            <Fact label="Criticality">{labelOf("Criticality", element.criticality)}</Fact>
            <Fact label="Lifecycle">{labelOf("Lifecycle", element.lifecycle)}</Fact>
            <Fact label="Owner team">{element.ownerTeam?.name ?? <Badge tone="danger">unowned</Badge>}</Fact>
          </dl>
          <Link className={`${buttonStyles.link} mt-2 inline-block text-sm`} href={catalogLinks.system(element.slug)}>
            Open {element.name} in the catalog
          </Link>
        </section>
      );
    case "consumer":
      return (
        <section aria-label="Selected consumer">
          <h2 className="text-base font-semibold text-slate-900">{element.name}</h2>
          <dl className="mt-2">
            <Fact label="Kind">{labelOf("ConsumerKind", element.kind)}</Fact>
            <Fact label="Purpose">{element.purpose}</Fact>
            <Fact label="Owner">
              {element.ownerUser ? `${element.ownerUser.name} <${element.ownerUser.email}>` : (element.ownerTeam?.name ?? <Badge tone="danger">unowned</Badge>)}
            </Fact>
          </dl>
          <Link className={`${buttonStyles.link} mt-2 inline-block text-sm`} href={catalogLinks.consumer(element.entityId)}>
            Open {element.name} in the catalog
          </Link>
        </section>
      );
    case "integration":
      return (
        <section aria-label="Selected integration">
          <h2 className="text-base font-semibold text-slate-900">
            {element.key} {element.name}
          </h2>
          <dl className="mt-2">
            <Fact label="Health">
              <HealthBadge health={element.healthStatus} />
            </Fact>
            <Fact label="Mechanism">{labelOf("IntegrationMechanism", element.mechanism)}</Fact>
            <Fact label="Direction">{labelOf("IntegrationDirection", element.direction)}</Fact>
            <Fact label="Criticality">{labelOf("Criticality", element.criticality)}</Fact>
            <Fact label="Lifecycle">{labelOf("Lifecycle", element.lifecycle)}</Fact>
            <Fact label="Owner team">{element.ownerTeam?.name ?? <Badge tone="danger">unowned</Badge>}</Fact>
            <Fact label="Owners">
              {element.owners.length === 0 ? (
                <Badge tone="danger">none recorded</Badge>
              ) : (
                <ul>
                  {element.owners.map((owner) => (
                    <li key={owner.role}>
                      {owner.person.name} <span className="text-slate-600">({labelOf("OwnerRole", owner.role)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </Fact>
            <Fact label="Capabilities">{element.capabilities.map((c) => c.name).join(", ") || "—"}</Fact>
          </dl>
          <Link className={`${buttonStyles.link} mt-2 inline-block text-sm`} href={catalogLinks.integration(element.key)}>
            Open {element.key} in the catalog
          </Link>
        </section>
      );
    case "consumption":
      return (
        <section aria-label="Selected consumption">
          <h2 className="text-base font-semibold text-slate-900">
            Reads {element.contract.name} {element.contract.version}
          </h2>
          <Link className={`${buttonStyles.link} mt-2 inline-block text-sm`} href={catalogLinks.contract(element.contract.slug)}>
            Open the contract {element.contract.name}
          </Link>
          <Link className={`${buttonStyles.link} mt-1 block text-sm`} href={catalogLinks.consumer(element.consumerId)}>
            Open the consumer
          </Link>
        </section>
      );
    case "cluster":
      return (
        <section aria-label="Selected cluster">
          <h2 className="text-base font-semibold text-slate-900">{element.domain}</h2>
          <p className="mt-1 text-sm text-slate-700">
            {element.drillDown === undefined
              ? `${element.size} systems and assets of this business domain, collapsed.`
              : `${element.size.toLocaleString("en")} systems and assets, ${(element.integrations ?? 0).toLocaleString("en")} integrations between them (${(element.failing ?? 0).toLocaleString("en")} failing).`}
          </p>
          {element.drillDown !== null ? (
            <button type="button" className={`${buttonStyles.secondary} mt-2`} onClick={() => onOpenCluster(element)}>
              {element.drillDown === undefined ? "Expand" : "Open"} {element.domain}
            </button>
          ) : null}
        </section>
      );
  }
}
