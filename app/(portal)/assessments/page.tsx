import type { Metadata } from "next";
import { PlannedSection } from "@/components/shell/planned-section";

export const metadata: Metadata = { title: "Assessments" };

export default function AssessmentsPage() {
  return (
    <PlannedSection
      title="Integration readiness assessment"
      summary="Six questions, four readiness levels, and a prioritised improvement plan backed by the catalog's own evidence."
      capabilities={[
        "Take the assessment for a team or the whole organisation in about two minutes",
        "See your readiness level, a score per dimension and the improvements worth most",
        "Compare teams and follow the trend over time",
      ]}
    />
  );
}
