import { HttpError } from "@/lib/http/http-error";
import { problem } from "@/lib/http/problem-details";

/** The header the CSV and Backstage imports need with a session cookie: a form cannot send it, and script cross-origin only after a CORS preflight we never grant. */
export const CSV_IMPORT_HEADER = "x-interchange-import";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const JSON_MEDIA_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;
const CSV_MEDIA_TYPE = /^text\/(csv|plain)\s*(;|$)/i;
const YAML_MEDIA_TYPE = /^(application|text)\/(x-)?yaml\s*(;|$)/i;

/**
 * Refuses a cookie-authenticated write that a page on another origin could have made the browser send
 * (cross-site request forgery). Session cookies are SameSite=Lax, which does not stop another port of the same
 * host (same site, other origin), hence the explicit checks:
 *
 * - `Origin` must be the configured URL (NEXTAUTH_URL) or the request's own origin, and `Sec-Fetch-Site` (when
 *   the browser sends it) `same-origin` or `none`. Browsers send Origin on every non-GET request; a request
 *   with neither header is not from a browser, so a cookie in it was put there by its owner.
 * - The body must be JSON: `text/plain`, urlencoded and multipart bodies are what a form or a no-preflight fetch
 *   can send. The CSV import alone takes `text/csv`, with `X-Interchange-Import: csv`; the Backstage import
 *   `application/yaml`, with `X-Interchange-Import: backstage`.
 *
 * Token-authenticated calls are not concerned: a browser never attaches a bearer token by itself.
 * Throws the refusal (403, or 415 for the body) as an HttpError.
 */
export function assertSameOriginWrite(request: Request, credential: "session" | "api_token"): void {
  if (credential !== "session" || SAFE_METHODS.has(request.method.toUpperCase())) return;

  const fetchSite = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if ((fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") || (origin !== null && !allowedOrigins(request).has(origin))) {
    throw new HttpError(
      problem(403, "Writes with a session cookie are accepted only from the portal's own origin. Scripts on other origins must use a personal API token."),
    );
  }

  const contentType = request.headers.get("content-type");
  if (contentType === null || JSON_MEDIA_TYPE.test(contentType)) return;
  const importHeader = request.headers.get(CSV_IMPORT_HEADER)?.trim().toLowerCase();
  if (CSV_MEDIA_TYPE.test(contentType) && importHeader === "csv") return;
  // The Backstage import: a YAML file, with the same header (value `backstage`), which a form cannot send either.
  if (YAML_MEDIA_TYPE.test(contentType) && importHeader === "backstage") return;
  throw new HttpError(
    problem(415, "With a session cookie, send JSON (Content-Type: application/json); a CSV import also needs the header X-Interchange-Import: csv."),
  );
}

function allowedOrigins(request: Request): Set<string> {
  const origins = new Set<string>([new URL(request.url).origin]);
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      origins.add(new URL(configured).origin);
    } catch {
      // A malformed NEXTAUTH_URL is next-auth's to report; the request's own origin still applies.
    }
  }
  return origins;
}
