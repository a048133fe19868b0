const HIDDEN = "***";

/**
 * A webhook URL as people and logs may see it: receivers often take their token in the query (or, against our
 * advice, in the user info), so those values are hidden; scheme, host, port, path and the query's names stay
 * readable to tell endpoints apart. Applying it twice changes nothing, which lets an edit form send it back.
 */
export function redactUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value;
  }
  const userInfo = url.username || url.password ? `${HIDDEN}@` : "";
  const query = url.search
    ? "?" +
      url.search
        .slice(1)
        .split("&")
        .map((pair) => (pair.includes("=") ? `${pair.slice(0, pair.indexOf("="))}=${HIDDEN}` : HIDDEN))
        .join("&")
    : "";
  const fragment = url.hash ? `#${HIDDEN}` : "";
  return `${url.protocol}//${userInfo}${url.host}${url.pathname}${query}${fragment}`;
}
