import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { getOpenApiDocument } from "@/app/api/v1/openapi-document";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import type { OpenApiOperationObject } from "@/lib/api-docs/openapi-document";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { SchemaView } from "./schema-view";

export const metadata: Metadata = { title: "API docs" };

const METHOD_STYLES: Record<string, string> = {
  get: "bg-sky-100 text-sky-900",
  post: "bg-emerald-100 text-emerald-900",
  put: "bg-amber-100 text-amber-900",
  patch: "bg-amber-100 text-amber-900",
  delete: "bg-red-100 text-red-900",
};

const anchorOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export default async function ApiDocsPage() {
  await requirePageActor();
  const document = getOpenApiDocument(openApiRoute.operation);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const byTag = document.tags.map((tag) => ({ tag: tag.name, operations: operations.filter((o) => o.operation.tags.includes(tag.name)) }));

  return (
    <>
      <PageHeader
        title="API docs"
        description={document.info.description}
        actions={
          <a href="/api/v1/openapi.json" download="interchange-openapi.json" className={buttonStyles.secondary}>
            Download openapi.json
          </a>
        }
      />
      <section className="mb-6 rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-800 shadow-sm">
        <h2 className="mb-2 font-semibold text-slate-900">Authentication</h2>
        <p>
          Create a personal token under{" "}
          <Link className={buttonStyles.link} href="/settings/tokens">
            API tokens
          </Link>
          , then send it with every request:
        </p>
        <pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">
          {`curl -H "Authorization: Bearer ix_…" ${"$"}PORTAL/api/v1/me`}
        </pre>
        <p className="mt-2">
          Errors answer <code className="font-mono">application/problem+json</code> (RFC 9457) with <code className="font-mono">errors[].pointer</code> naming
          each invalid field. OpenAPI {document.openapi}, version {document.info.version}.
        </p>
      </section>
      <div className="grid gap-6 lg:grid-cols-[12rem_1fr]">
        <nav aria-label="API sections" className="text-sm lg:sticky lg:top-4 lg:self-start">
          <ul className="space-y-1">
            {byTag.map(({ tag, operations: ops }) => (
              <li key={tag}>
                <a href={`#${anchorOf(tag)}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {tag}
                </a>
                <span className="ml-1 text-xs text-slate-600">({ops.length})</span>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 space-y-8">
          {byTag.map(({ tag, operations: ops }) => (
            <section key={tag} aria-labelledby={anchorOf(tag)}>
              <h2 id={anchorOf(tag)} className="mb-3 text-lg font-semibold text-slate-900">
                {tag}
              </h2>
              <div className="space-y-3">
                {ops.map(({ path, method, operation }) => (
                  <OperationCard key={`${method} ${path}`} path={path} method={method} operation={operation} />
                ))}
              </div>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}

function OperationCard({ path, method, operation }: { path: string; method: string; operation: OpenApiOperationObject }) {
  const body = operation.requestBody?.content["application/json"]?.schema;
  return (
    <article id={operation.operationId} className="rounded-xl border border-slate-200 bg-white shadow-sm" data-testid="api-operation">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-4 py-2">
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${METHOD_STYLES[method] ?? "bg-slate-100 text-slate-900"}`}>{method}</span>
        <code className="font-mono text-sm font-semibold text-slate-900">{path}</code>
        <span className="text-sm text-slate-700">{operation.summary}</span>
        {operation["x-permission"] ? <Badge>{operation["x-permission"]}</Badge> : null}
        {operation.security?.length === 0 ? <Badge tone="good">no authentication</Badge> : null}
      </header>
      <div className="space-y-3 px-4 py-3 text-sm">
        {operation.description ? <p className="text-slate-700">{operation.description}</p> : null}
        {operation.parameters?.length ? (
          <div>
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">Parameters</h3>
            <table className="w-full text-xs">
              <tbody>
                {operation.parameters.map((parameter) => (
                  <tr key={`${parameter.in}-${parameter.name}`} className="align-top">
                    <td className="py-0.5 pr-3 font-mono font-semibold text-slate-900">{parameter.name}</td>
                    <td className="py-0.5 pr-3 text-slate-600">
                      {parameter.in}
                      {parameter.required ? ", required" : ""}
                    </td>
                    <td className="py-0.5 text-slate-700">{parameter.description ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {body ? (
          <div>
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">Request body (application/json)</h3>
            <SchemaView schema={body} />
          </div>
        ) : null}
        <div>
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">Responses</h3>
          <ul className="space-y-2">
            {Object.entries(operation.responses).map(([status, response]) =>
              "$ref" in response ? (
                <li key={status} className="text-xs text-slate-700">
                  <span className="font-mono font-semibold">{status}</span> problem details
                </li>
              ) : (
                <li key={status} className="text-xs">
                  <p>
                    <span className="font-mono font-semibold text-emerald-800">{status}</span> <span className="text-slate-700">{response.description}</span>
                    {response.headers ? <span className="ml-1 text-slate-600">(ETag header)</span> : null}
                  </p>
                  {response.content ? (
                    <div className="mt-1">
                      <SchemaView schema={response.content["application/json"].schema} />
                    </div>
                  ) : null}
                </li>
              ),
            )}
          </ul>
        </div>
      </div>
    </article>
  );
}
