"use client";

import dynamic from "next/dynamic";
import { useColorScheme } from "@/components/shell/use-color-scheme";
import "@scalar/api-reference-react/style.css";

// Scalar renders with Vue inside a React wrapper and touches `window` while it mounts, so it is loaded in the
// browser only; the page around it (header, authentication notes) is server-rendered and shows at once.
const ApiReferenceReact = dynamic(() => import("@scalar/api-reference-react").then((module) => module.ApiReferenceReact), {
  ssr: false,
  loading: () => (
    <p className="text-sm text-slate-600" role="status">
      Loading the API reference…
    </p>
  ),
});

/**
 * The OpenAPI reference rendered by Scalar (decision 049): search, request examples in several languages and a
 * "Test request" client that calls the API as the signed-in person (same-origin requests carry the session
 * cookie). Everything is served from the portal: no fonts, telemetry or proxy from scalar.com, which the
 * Content-Security-Policy (`connect-src 'self'`, `font-src 'self'`) would refuse anyway.
 */
export function ApiReference({ document }: { document: object }) {
  const dark = useColorScheme() === "dark";
  return (
    <div className="interchange-api-reference overflow-hidden rounded-xl border border-slate-200" data-testid="api-reference">
      <ApiReferenceReact
        configuration={{
          content: document,
          // The document's server is "/", which the client joins into "//api/v1/…": name this portal instead.
          servers: typeof window === "undefined" ? undefined : [{ url: window.location.origin, description: "This portal" }],
          withDefaultFonts: false,
          telemetry: false,
          // "Ask AI" sends the document to scalar.com: not for a self-hosted portal's internal API.
          agent: { disabled: true },
          hideDarkModeToggle: true,
          darkMode: dark,
          forceDarkModeState: dark ? "dark" : "light",
          showDeveloperTools: "never",
          hideClientButton: false,
          documentDownloadType: "none",
          defaultOpenFirstTag: true,
          authentication: { preferredSecurityScheme: "sessionCookie" },
        }}
      />
    </div>
  );
}
