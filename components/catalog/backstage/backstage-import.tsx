"use client";

import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { buttonStyles } from "@/components/ui/button-styles";
import { CSV_IMPORT_HEADER } from "@/lib/http/cross-origin";
import { ENTITY_ACTION_LABELS, RECORD_KIND_LABELS } from "@/lib/backstage/labels";
import type { BackstageImportReport } from "@/lib/backstage/schemas";

const COUNT_LABELS = {
  teams: ["team", "teams"],
  people: ["person", "people"],
  systems: ["system", "systems"],
  contracts: ["contract", "contracts"],
  consumers: ["consumer", "consumers"],
  integrations: ["integration", "integrations"],
} as const;

function describeCounts(counts: BackstageImportReport["created"]): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${COUNT_LABELS[what as keyof typeof COUNT_LABELS][n === 1 ? 0 : 1]}`);
  return parts.length ? parts.join(", ") : "nothing";
}

async function upload(file: File, dryRun: boolean): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`/api/v1/import/backstage?dryRun=${dryRun}&file=${encodeURIComponent(file.name)}`, {
    method: "POST",
    // Without the header a session-authenticated import is refused: a cross-origin form could not send it.
    headers: { "content-type": "application/yaml", [CSV_IMPORT_HEADER]: "backstage" },
    body: file,
  });
  try {
    return { status: response.status, body: await response.json() };
  } catch {
    throw new Error(`The server answered ${response.status} without a report.`);
  }
}

/** Uploads a catalog-info.yaml: a dry run lists every entity's outcome first; the import is all or nothing. */
export function BackstageImport() {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<null | "check" | "import">(null);
  const [report, setReport] = useState<BackstageImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(dryRun: boolean) {
    if (!file) return;
    setProblem(null);
    setBusy(dryRun ? "check" : "import");
    try {
      const { status, body } = await upload(file, dryRun);
      if (status === 200) {
        const result = body as BackstageImportReport;
        setReport(result);
        if (!dryRun) toast.success(`Imported: ${describeCounts(result.created)} created.`);
      } else {
        const details = body as { detail?: string; title?: string };
        setProblem(details.detail ?? details.title ?? `The server answered ${status}.`);
        if (!dryRun) toast.error("Nothing was imported.");
      }
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(null);
    }
  }

  const canImport = !!report && report.dryRun && report.errors === 0;
  return (
    <div className="space-y-4">
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <label htmlFor="backstage-file" className="block text-sm font-medium text-slate-800">
          Backstage catalog file
        </label>
        <input
          id="backstage-file"
          type="file"
          accept=".yaml,.yml,application/yaml,text/yaml"
          className="mt-1 block text-sm"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setReport(null);
            setProblem(null);
          }}
        />
        <p className="mt-1 text-xs text-slate-600">
          A catalog-info.yaml with one or more entities (Component, API, Resource, System, Domain, Group, User). Entities already imported are matched by their
          Backstage reference: importing the same file again changes nothing.
        </p>
        <div className="mt-3 flex gap-2">
          <button type="button" className={buttonStyles.secondary} disabled={!file || !!busy} onClick={() => run(true)}>
            {busy === "check" ? "Checking…" : "Check the Backstage file (dry run)"}
          </button>
          <button type="button" className={buttonStyles.primary} disabled={!file || !!busy || !canImport} onClick={() => run(false)}>
            {busy === "import" ? "Importing…" : "Import the entities"}
          </button>
        </div>
      </div>

      {problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {problem}
        </p>
      ) : null}

      {report ? (
        <section aria-label="Backstage import report" className="rounded-xl border border-slate-200 bg-white p-5">
          {report.errors ? (
            <p className="font-semibold text-red-800">
              {report.errors} entit{report.errors === 1 ? "y has" : "ies have"} problems: fix the file and check it again. Nothing was written.
            </p>
          ) : report.dryRun ? (
            <p className="text-emerald-800">
              The file is valid: importing it would create {describeCounts(report.created)} and update {describeCounts(report.updated)}.
            </p>
          ) : (
            <p className="text-emerald-800">
              Imported: {describeCounts(report.created)} created, {describeCounts(report.updated)} updated.{" "}
              <Link className={buttonStyles.link} href="/catalog/systems">
                See the systems
              </Link>
            </p>
          )}
          <table className="mt-3 w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  Entity
                </th>
                <th scope="col" className="py-1 pr-3">
                  Source
                </th>
                <th scope="col" className="py-1 pr-3">
                  Becomes
                </th>
                <th scope="col" className="py-1 pr-3">
                  Outcome
                </th>
                <th scope="col" className="py-1">
                  Notes
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {report.results.slice(0, 1000).map((r, i) => (
                <tr key={i}>
                  <td className="py-1 pr-3 font-mono text-xs">{r.ref ?? "—"}</td>
                  <td className="py-1 pr-3 text-xs">
                    {r.file}
                    {r.document ? `, document ${r.document}` : ""}
                  </td>
                  <td className="py-1 pr-3">{r.record ? RECORD_KIND_LABELS[r.record] : "—"}</td>
                  <td className={`py-1 pr-3 ${r.action === "error" ? "font-semibold text-red-800" : ""}`}>
                    {ENTITY_ACTION_LABELS[r.action][report.dryRun ? "dryRun" : "done"]}
                  </td>
                  <td className="py-1">
                    {[...r.errors, ...r.warnings].map((note, j) => (
                      <p key={j} className={j < r.errors.length ? "text-red-800" : "text-slate-600"}>
                        {note}
                      </p>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.results.length > 1000 ? <p className="mt-2 text-xs text-slate-600">The first 1,000 of {report.results.length} entities are shown.</p> : null}
        </section>
      ) : null}
    </div>
  );
}
