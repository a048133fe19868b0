/**
 * The address a request came from, as far as this server can vouch for it. The one place that reads
 * X-Forwarded-For: the sign-in throttle and the API rate limits both key on it.
 *
 * TRUST_PROXY is the number of reverse proxies in front of the server (default 0). Each proxy appends the address
 * it saw, so the entry `TRUST_PROXY` places from the right is the one the outermost trusted proxy saw; anything
 * further left was written by the client and is not believed. With no trusted proxy, forwarded headers are the
 * client's own words and are ignored.
 */
export function clientAddress(headers: Headers): string {
  const trusted = trustedProxyCount();
  if (trusted > 0) {
    const forwarded = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0);
    if (forwarded.length >= trusted) return forwarded[forwarded.length - trusted];
  }
  return headers.get(SOCKET_ADDRESS_HEADER) ?? "unknown";
}

/** Set by the server itself from the socket's peer address; a value sent by the client is overwritten. */
export const SOCKET_ADDRESS_HEADER = "x-interchange-socket-address";

function trustedProxyCount(): number {
  const value = Number(process.env.TRUST_PROXY ?? "0");
  return Number.isInteger(value) && value > 0 ? value : 0;
}
