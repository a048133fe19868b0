import type { Metadata } from "next";
import { PlannedSection } from "@/components/shell/planned-section";

export const metadata: Metadata = { title: "Deprecations" };

export default function DeprecationsPage() {
  return (
    <PlannedSection
      title="Deprecations"
      summary="Announce sunsets, notify consumers, track their migrations and retire what nobody uses any more."
      capabilities={[
        "Deprecate a contract version or an integration with a sunset date and migration guide",
        "Track every consumer's migration, with reminders and escalations",
        "Retire safely once every consumer has migrated",
      ]}
    />
  );
}
