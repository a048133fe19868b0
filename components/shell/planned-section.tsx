import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

/** A section whose feature has not shipped yet says so plainly, and what it will hold. */
export function PlannedSection({ title, summary, capabilities }: { title: string; summary: string; capabilities: string[] }) {
  return (
    <>
      <PageHeader title={title} description={summary} />
      <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
        <p className="text-sm font-semibold text-slate-900">Not available yet in this version of Interchange.</p>
        <p className="mt-1 text-sm text-slate-700">When it ships, this page will let you:</p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {capabilities.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-slate-700">
          Meanwhile the <Link href="/" className="font-medium text-brand-700 underline">dashboard</Link> shows the catalog&apos;s counts and gaps.
        </p>
      </div>
    </>
  );
}
