import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

/** The addresses a host name resolves to (all of them: a receiver may be reached on any). */
export type HostLookup = (hostname: string) => Promise<string[]>;

const systemLookup: HostLookup = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * `WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true` lets webhooks reach loopback, private and link-local addresses: for a
 * receiver inside the company network, and for tests with a local receiver. Off by default, so that an admin
 * account (or whoever got hold of one) cannot make the server call its own API, the database or a cloud metadata
 * service (server-side request forgery).
 */
export function privateNetworksAllowed(): boolean {
  return process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS === "true";
}

const RANGE_WORDS: Record<string, string> = {
  loopback: "a loopback address (this machine)",
  private: "a private network address",
  uniqueLocal: "a private network address",
  linkLocal: "a link-local address (cloud metadata services live there)",
  carrierGradeNat: "a shared (carrier-grade NAT) address",
  unspecified: "the unspecified address (this machine)",
};

/** Why an address is not a public unicast one, or null when it is. IPv4 inside IPv6 (::ffff:…) is judged as IPv4. */
function addressRefusal(address: string): string | null {
  if (!ipaddr.isValid(address)) return "not an IP address";
  const range = ipaddr.process(address).range();
  if (range === "unicast") return null;
  return RANGE_WORDS[range] ?? `not a public address (${range})`;
}

/**
 * Why a webhook may not be sent to this URL, or null when it may. An IP literal is judged as it is; a name is
 * resolved and refused when any of its addresses is not public. A name that does not resolve (yet) is let through
 * here: delivery checks again, just before sending, and cannot reach it anyway.
 */
export async function webhookTargetRefusal(
  value: string,
  { lookup: resolve = systemLookup, allowPrivateNetworks = privateNetworksAllowed() }: { lookup?: HostLookup; allowPrivateNetworks?: boolean } = {},
): Promise<string | null> {
  if (allowPrivateNetworks) return null;
  const hostname = new URL(value).hostname.replace(/^\[(.*)\]$/, "$1");
  const explain = (address: string, why: string) =>
    `${hostname === address ? address : `${hostname} resolves to ${address}, which`} is ${why}: webhooks go to public addresses only, unless the operator sets WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true.`;
  if (ipaddr.isValid(hostname)) {
    const why = addressRefusal(hostname);
    return why ? explain(hostname, why) : null;
  }
  let addresses: string[];
  try {
    addresses = await resolve(hostname);
  } catch {
    return null;
  }
  for (const address of addresses) {
    const why = addressRefusal(address);
    if (why) return explain(address, why);
  }
  return null;
}
