import type { Metadata } from "next";
import { PlannedSection } from "@/components/shell/planned-section";

export const metadata: Metadata = { title: "Graph" };

export default function GraphPage() {
  return (
    <PlannedSection
      title="Dependency graph"
      summary="Systems as nodes, integrations as edges: ask what breaks if something changes."
      capabilities={[
        "Explore the dependency graph with filters by domain, team, criticality, health and mechanism",
        "Highlight everything downstream of a system, integration or contract version (impact) or upstream (lineage)",
        "Export the impacted integrations, consumers and owners to notify",
      ]}
    />
  );
}
