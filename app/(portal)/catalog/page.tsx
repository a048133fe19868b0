import type { Metadata } from "next";
import { PlannedSection } from "@/components/shell/planned-section";

export const metadata: Metadata = { title: "Catalog" };

export default function CatalogPage() {
  return (
    <PlannedSection
      title="Catalog"
      summary="Systems, integrations, contracts and consumers: the documented inventory every other answer depends on."
      capabilities={[
        "Search and filter every system, integration, contract and consumer, with shareable URLs",
        "Register and edit integrations with owners by role, escalation paths, contracts and consumers",
        "See each integration's completeness and its history from the audit trail",
        "Import and export the inventory as CSV or JSON, and script it through the REST API",
      ]}
    />
  );
}
