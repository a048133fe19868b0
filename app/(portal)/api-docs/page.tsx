import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { getOpenApiDocument } from "@/app/api/v1/openapi-document";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/button-styles";
import { ApiReference } from "@/components/api-docs/api-reference";

export const metadata: Metadata = { title: "API docs" };

export default async function ApiDocsPage() {
  await requirePageActor();
  const document = getOpenApiDocument(openApiRoute.operation);

  return (
    <>
      <PageHeader
        title="API docs"
        description="Every operation of the JSON API: search it, read its schemas and examples, and try it as yourself."
        actions={
          <a href="/api/v1/openapi.json" download="interchange-openapi.json" className={buttonStyles.secondary}>
            Download openapi.json
          </a>
        }
      />
      <section className="mb-6 rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-800 shadow-sm">
        <h2 className="mb-2 font-semibold text-slate-900">Authentication</h2>
        <p>
          Here, <strong>Test request</strong> calls the API as you, with your session. From scripts, create a personal token under{" "}
          <Link className={buttonStyles.link} href="/settings/tokens">
            API tokens
          </Link>{" "}
          and send it with every request:
        </p>
        <pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">
          {`curl -H "Authorization: Bearer ix_…" ${"$"}PORTAL/api/v1/me`}
        </pre>
        <p className="mt-2">
          Errors answer <code className="font-mono">application/problem+json</code> (RFC 9457) with <code className="font-mono">errors[].pointer</code> naming
          each invalid field. OpenAPI {document.openapi}, version {document.info.version}.
        </p>
      </section>
      <ApiReference document={withBrowserSessionHint(document)} />
    </>
  );
}

/**
 * The session cookie is HttpOnly: the browser sends it with every request from this page, and nothing can (or
 * should) be typed into the reference's value box for it. Said where people look, in the scheme's description.
 */
function withBrowserSessionHint(document: ReturnType<typeof getOpenApiDocument>) {
  const schemes = document.components.securitySchemes;
  const sessionCookie = schemes.sessionCookie as Record<string, unknown>;
  return {
    ...document,
    components: {
      ...document.components,
      securitySchemes: {
        ...schemes,
        sessionCookie: { ...sessionCookie, description: "Your browser sends your session with each test request: leave the value empty." },
      },
    },
  };
}
