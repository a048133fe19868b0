const HOME = "/";
// Any origin will do: it only anchors relative resolution, and a result on another origin is refused.
const ANCHOR = "https://interchange.invalid";
// C0 and C1 controls, DEL, and the Unicode line and paragraph separators. Browsers strip tabs and newlines from
// URLs (so "/\t/evil" becomes "//evil", another host), and a newline in a Location header answers 500.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Only same-origin paths may be redirected to after sign-in: anything else would be an open redirect. The value
 * is resolved as a browser would resolve it and refused unless it stays on this origin; what comes back is the
 * normalised path, never something a browser could read as another host ("//host", "/\host").
 */
export function safeCallbackUrl(value: string | string[] | undefined | null): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || CONTROL.test(candidate)) return HOME;
  let url: URL;
  try {
    url = new URL(candidate, ANCHOR);
  } catch {
    return HOME;
  }
  if (url.origin !== ANCHOR || url.pathname.startsWith("//") || url.pathname.includes("\\")) return HOME;
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/sign-in/")) return HOME;
  return url.pathname + url.search + url.hash;
}
