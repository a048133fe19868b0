import { getDb } from "@/lib/db";
import { CRITICALITIES } from "@/lib/catalog/integrations/schemas";
import { DEFAULT_NOTICE_POLICY, REMINDER_DAYS_BEFORE_SUNSET } from "@/lib/deprecations/notice-policy";
import { findNoticePolicy } from "@/lib/deprecations/repository";
import { NoticePolicyRow } from "@/components/deprecations/notice-policy-form";
import { DataTable, HeaderCell } from "@/components/ui/data-table";

const LABELS: Record<string, string> = { tier1: "Tier 1 (most critical)", tier2: "Tier 2", tier3: "Tier 3", tier4: "Tier 4" };

/** The admin page's deprecation notice policy: one editable row per criticality tier. */
export async function NoticePolicySection() {
  const policy = await findNoticePolicy(await getDb());
  return (
    <section id="notice-policy" aria-labelledby="notice-policy-heading" className="mt-10">
      <h2 id="notice-policy-heading" className="text-lg font-semibold text-slate-900">
        Deprecation notice policy
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        How long consumers get between a deprecation&apos;s announcement and its sunset, and how soon their owners must acknowledge before the
        integration&apos;s escalation path is called. A shorter notice needs an admin&apos;s exception with a reason. Reminders go out{" "}
        {REMINDER_DAYS_BEFORE_SUNSET.join(", ")} days before the sunset.
      </p>
      <DataTable
        className="mt-3"
        header={
          <>
            <HeaderCell>Criticality</HeaderCell>
            <HeaderCell colSpan={3}>
              Notice (defaults:{" "}
              {CRITICALITIES.map((c) => `${c} ${DEFAULT_NOTICE_POLICY[c].minimumNoticeDays}/${DEFAULT_NOTICE_POLICY[c].acknowledgeWithinDays}`).join(", ")}{" "}
              days)
            </HeaderCell>
          </>
        }
      >
        {CRITICALITIES.map((criticality) => (
          <NoticePolicyRow key={criticality} criticality={criticality} label={LABELS[criticality]} {...policy[criticality]} />
        ))}
      </DataTable>
    </section>
  );
}
