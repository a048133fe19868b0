import type { Metadata } from "next";
import { PlannedSection } from "@/components/shell/planned-section";

export const metadata: Metadata = { title: "Reviews" };

export default function ReviewsPage() {
  return (
    <PlannedSection
      title="Contract change reviews"
      summary="Propose a new contract version, see its breaking changes and the consumers they affect, and get it approved."
      capabilities={[
        "Propose a version and see the diff, the suggested semantic version and the affected consumers",
        "Review, comment, approve or request changes; approval publishes the new version",
        "Gate CI pipelines with the contract check API",
      ]}
    />
  );
}
