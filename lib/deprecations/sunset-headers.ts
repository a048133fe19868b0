/**
 * The response headers an API gateway should add to a deprecated API version:
 * - `Deprecation` (RFC 9745): a Structured Field Date, `@` and the Unix time in seconds, of when the deprecation
 *   took (or takes) effect;
 * - `Sunset` (RFC 8594): an HTTP-date (IMF-fixdate) after which the resource may stop answering;
 * - `Link` (RFC 8288): the migration guide as `rel="deprecation"` (RFC 9745, with its media type), and as
 *   `rel="sunset"` (RFC 8594) which points at the retirement policy.
 */
export interface SunsetHeaderInput {
  announcedAt: Date;
  sunsetAt: Date;
  migrationGuideUrl?: string | null;
}

export function deprecationHeaderValue(announcedAt: Date): string {
  return `@${Math.floor(announcedAt.getTime() / 1000)}`;
}

/** IMF-fixdate, e.g. `Sat, 31 Dec 2026 23:59:59 GMT`: exactly what Date#toUTCString produces. */
export function sunsetHeaderValue(sunsetAt: Date): string {
  return sunsetAt.toUTCString();
}

/** A URI reference inside `<...>` may not contain `>`, spaces or controls; percent-encode what a guide URL might. */
function linkTarget(url: string): string {
  return url.replace(/[\s<>"]/g, (char) => encodeURIComponent(char));
}

export function sunsetHeaders({ announcedAt, sunsetAt, migrationGuideUrl }: SunsetHeaderInput): [name: string, value: string][] {
  const headers: [string, string][] = [
    ["Deprecation", deprecationHeaderValue(announcedAt)],
    ["Sunset", sunsetHeaderValue(sunsetAt)],
  ];
  if (migrationGuideUrl) {
    const target = linkTarget(migrationGuideUrl);
    headers.push(["Link", `<${target}>; rel="deprecation"; type="text/html", <${target}>; rel="sunset"; type="text/html"`]);
  }
  return headers;
}

/** The headers as a gateway configuration snippet would show them, one per line. */
export function formatSunsetHeaders(input: SunsetHeaderInput): string {
  return sunsetHeaders(input)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n");
}
