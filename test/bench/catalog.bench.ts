// Catalog benchmarks (issue "Catalog", integrations and systems): list page, API list, search, detail page and CSV
// import on a 10,000-integration synthetic catalog (lib/seed/synthetic-catalog.ts) plus the demo enterprise.
// Run: `npx tsx test/bench/catalog.bench.ts` (PGlite) or with DATABASE_URL=postgres://... (a throwaway database on
// that server). Needs a current build (`npm run build`). Times are wall-clock over loopback, an upper bound on
// server time. Targets: list and API list p95 < 150 ms, search < 200 ms, detail < 150 ms, import of 10,000 new or updated rows < 30 s.
import os from "node:os";
import { environmentFor, withThrowawayDatabase } from "../../scripts/runtime/throwaway-database";
import { parseCsv, toCsv } from "@/lib/catalog/csv";
import { runScript, startServer, stopServer } from "./bench-server";
import { HttpSession, percentile } from "./http-session";

const PORT = Number(process.env.BENCH_PORT ?? 3202);
const BASE = `http://127.0.0.1:${PORT}`;
const INTEGRATIONS = Number(process.env.BENCH_INTEGRATIONS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);

async function generateCatalog(env: Record<string, string>): Promise<void> {
  const child = runScript(PORT, ["scripts/generate-catalog.ts", "--integrations", String(INTEGRATIONS)], env);
  const code = await new Promise((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`generate-catalog exited with ${code}`);
}

async function measure(session: HttpSession, label: string, paths: string[], target: number): Promise<boolean> {
  for (const p of paths.slice(0, 3)) await (await session.fetch(p)).text(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const p = paths[i % paths.length];
    const started = performance.now();
    const response = await session.fetch(p);
    await response.text();
    if (response.status !== 200) throw new Error(`${p} answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  const p95 = percentile(samples, 95);
  const ok = p95 < target;
  console.log(`${label}: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target < ${target} ms) ${ok ? "OK" : "OVER"}`);
  return ok;
}

async function main(): Promise<void> {
  console.log(`Database: ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}; ${os.cpus().length} cores; ${INTEGRATIONS} synthetic integrations`);
  const results = await withThrowawayDatabase(process.env.DATABASE_URL?.trim(), "catalog-bench", async (database) => {
    const env = environmentFor(database);
    await stopServer(await startServer(PORT, env)); // migrate and load the demo enterprise
    await generateCatalog(env);
    const server = await startServer(PORT, env);
    try {
      const viewer = new HttpSession(BASE);
      await viewer.signIn("exec@interchange.demo", "demo-password");
      const admin = new HttpSession(BASE);
      await admin.signIn("admin@interchange.demo", "demo-password");
      const firstPage = (await (await viewer.fetch("/api/v1/integrations?limit=200")).json()) as { items: { key: string }[]; nextCursor: string };
      const keys = firstPage.items.map((i) => i.key).filter((_, i) => i % 7 === 0);
      const ok: boolean[] = [];
      ok.push(
        await measure(
          viewer,
          "list page (/catalog, filters, sorts, later pages)",
          [
            "/catalog",
            "/catalog?health=failing,degraded",
            "/catalog?missing=data-owner&page=5",
            "/catalog?sort=name&dir=desc&page=40",
            "/catalog?monitoring=none&criticality=tier1",
            "/catalog?missing=contract",
          ],
          150,
        ),
      );
      ok.push(
        await measure(
          viewer,
          "API list (/api/v1/integrations, limit 50, filters, cursor)",
          [
            "/api/v1/integrations",
            `/api/v1/integrations?cursor=${firstPage.nextCursor}`,
            "/api/v1/integrations?health=failing&sort=name",
            "/api/v1/integrations?missing=escalation-path",
          ],
          150,
        ),
      );
      ok.push(
        await measure(viewer, "search (/catalog?q=…)", ["/catalog?q=customer_id", "/catalog?q=invoice", "/catalog?q=INT-004", "/catalog?q=loyalty"], 200),
      );
      ok.push(
        await measure(
          viewer,
          "integration detail page",
          keys.map((k) => `/catalog/integrations/${k}`),
          150,
        ),
      );
      ok.push(await measure(viewer, "systems list page", ["/catalog/systems", "/catalog/systems?page=3", "/catalog/systems?q=sap"], 150));

      let started = performance.now();
      const csv = await (await admin.fetch("/api/v1/integrations/export")).text();
      const [header, ...rows] = parseCsv(csv);
      console.log(`CSV export of ${rows.length} integrations: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      // Import as new records: new keys, the same references; the synthetic catalog leaves some teams empty on purpose.
      const team = header.indexOf("ownerTeam");
      const fresh = toCsv([
        header,
        ...rows
          .slice(0, INTEGRATIONS)
          .map((cells, i) => cells.map((cell, c) => (c === 0 ? `INT-B${String(i).padStart(6, "0")}` : c === team && !cell ? "integration-platform" : cell))),
      ]);
      for (const dryRun of [true, false]) {
        started = performance.now();
        const response = await admin.fetch(`/api/v1/integrations/import?dryRun=${dryRun}`, {
          method: "POST",
          headers: { "content-type": "text/csv" },
          body: fresh,
        });
        const report = (await response.json()) as { created: number; errors: unknown[] };
        const seconds = (performance.now() - started) / 1000;
        if (response.status !== 200 || report.errors.length) throw new Error(`import answered ${response.status}: ${JSON.stringify(report).slice(0, 500)}`);
        console.log(
          `CSV import${dryRun ? " dry run" : ""} of ${report.created} new rows: ${seconds.toFixed(1)} s${dryRun ? "" : ` (target < 30 s) ${seconds < 30 ? "OK" : "OVER"}`}`,
        );
        if (!dryRun) ok.push(seconds < 30);
      }
      // The export imported back: every row with an owning team updates the integration of its key.
      const owned = toCsv([header, ...rows.filter((cells) => cells[team])]);
      started = performance.now();
      const response = await admin.fetch("/api/v1/integrations/import?dryRun=false", { method: "POST", headers: { "content-type": "text/csv" }, body: owned });
      const report = (await response.json()) as { updated: number; errors: unknown[] };
      if (response.status !== 200 || report.errors.length)
        throw new Error(`update import answered ${response.status}: ${JSON.stringify(report).slice(0, 500)}`);
      const seconds = (performance.now() - started) / 1000;
      console.log(`CSV import updating ${report.updated} existing rows: ${seconds.toFixed(1)} s (target < 30 s) ${seconds < 30 ? "OK" : "OVER"}`);
      ok.push(seconds < 30);
      return ok;
    } finally {
      await stopServer(server);
    }
  });
  if (results.includes(false)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
