"use client";

import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { buttonStyles } from "@/components/ui/button-styles";
import { CSV_IMPORT_HEADER } from "@/lib/http/cross-origin";

interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  errors: { row: number; column?: string; detail: string }[];
}

type Phase = { kind: "idle" } | { kind: "uploading"; percent: number; dryRun: boolean } | { kind: "writing"; dryRun: boolean };

/** Uploads with XMLHttpRequest because fetch cannot report upload progress, which large files need. */
function upload(file: File, dryRun: boolean, onProgress: (phase: Phase) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/v1/integrations/import?dryRun=${dryRun}`);
    xhr.setRequestHeader("content-type", "text/csv");
    // Without it a session-authenticated import is refused: a cross-origin form could send text/csv, not this.
    xhr.setRequestHeader(CSV_IMPORT_HEADER, "csv");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ kind: "uploading", percent: Math.round((event.loaded / event.total) * 100), dryRun });
    };
    xhr.upload.onload = () => onProgress({ kind: "writing", dryRun });
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) });
      } catch {
        reject(new Error(`The server answered ${xhr.status} without a report.`));
      }
    };
    xhr.onerror = () => reject(new Error("The upload failed: check the connection and try again."));
    xhr.send(file);
  });
}

export function IntegrationImport() {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = phase.kind !== "idle";

  async function run(dryRun: boolean) {
    if (!file) return;
    setProblem(null);
    try {
      const { status, body } = await upload(file, dryRun, setPhase);
      if (status === 200) {
        const result = body as ImportReport;
        setReport(result);
        if (!dryRun) toast.success(`Imported: ${result.created} created, ${result.updated} updated.`);
      } else {
        const details = body as { detail?: string; title?: string; errors?: { pointer: string; detail: string }[] };
        setProblem(details.detail ?? details.title ?? `The server answered ${status}.`);
        if (details.errors?.length && !dryRun) {
          setReport({
            dryRun: true,
            rows: 0,
            created: 0,
            updated: 0,
            errors: details.errors.map((e) => ({ row: Number(e.pointer.split("/")[2]), column: e.pointer.split("/")[3], detail: e.detail })),
          });
        }
        toast.error("Nothing was imported.");
      }
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setPhase({ kind: "idle" });
    }
  }

  return (
    <div className="space-y-4">
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          className="mt-1 block text-sm"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setReport(null);
            setProblem(null);
          }}
        />
        <p className="mt-1 text-xs text-slate-600">
          The columns of an export (see the README); a row with a key that exists updates that integration, any other row registers one.
        </p>
        <div className="mt-3 flex gap-2">
          <button type="button" className={buttonStyles.secondary} disabled={!file || busy} onClick={() => run(true)}>
            Check the file (dry run)
          </button>
          <button
            type="button"
            className={buttonStyles.primary}
            disabled={!file || busy || !report || !report.dryRun || report.errors.length > 0}
            onClick={() => run(false)}
          >
            Import {report?.dryRun && !report.errors.length ? `${report.created + report.updated} rows` : ""}
          </button>
        </div>
      </div>

      {phase.kind !== "idle" ? (
        <div role="status" aria-live="polite" className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
          {phase.kind === "uploading" ? (
            <>
              <p>Uploading… {phase.percent}%</p>
              <progress className="mt-2 w-full" max={100} value={phase.percent} aria-label="Upload progress" />
            </>
          ) : (
            <>
              <p>{phase.dryRun ? "Checking every row…" : "Writing every row in one transaction…"}</p>
              <progress className="mt-2 w-full" aria-label="Import progress" />
            </>
          )}
        </div>
      ) : null}

      {problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {problem}
        </p>
      ) : null}

      {report ? (
        <section aria-label="Import report" className="rounded-xl border border-slate-200 bg-white p-5">
          {report.errors.length ? (
            <>
              <p className="font-semibold text-red-800">{report.errors.length} problem(s): fix the file and check it again. Nothing was written.</p>
              <table className="mt-3 w-full text-left text-sm">
                <thead className="text-xs uppercase text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-3">
                      Row
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Column
                    </th>
                    <th scope="col" className="py-1">
                      Problem
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {report.errors.slice(0, 500).map((e, i) => (
                    <tr key={i}>
                      <td className="py-1 pr-3 tabular-nums">{e.row}</td>
                      <td className="py-1 pr-3 font-mono text-xs">{e.column ?? "—"}</td>
                      <td className="py-1">{e.detail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : report.dryRun ? (
            <p className="text-emerald-800">
              The file is valid: importing it would register {report.created} and update {report.updated} integration(s).
            </p>
          ) : (
            <p className="text-emerald-800">
              Imported: {report.created} registered, {report.updated} updated.{" "}
              <Link className={buttonStyles.link} href="/catalog">
                See the catalog
              </Link>
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
