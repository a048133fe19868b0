import { describe, expect, it } from "vitest";
import { redactUrl } from "@/lib/webhooks/redact-url";
import { webhookTargetRefusal, type HostLookup } from "@/lib/webhooks/webhook-target";

const resolvesTo =
  (...addresses: string[]): HostLookup =>
  async () =>
    addresses;
const unresolvable: HostLookup = async () => {
  throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
};

describe("webhook targets", () => {
  it.each([
    "http://127.0.0.1:9/hook",
    "http://127.1/hook",
    "http://[::1]/hook",
    "http://0.0.0.0/hook",
    "http://10.1.2.3/hook",
    "http://172.16.0.1/hook",
    "http://192.168.1.10/hook",
    "http://169.254.169.254/latest/meta-data",
    "http://100.64.0.1/hook",
    "http://[fe80::1]/hook",
    "http://[fd00::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[::ffff:a9fe:a9fe]/hook",
    "http://224.0.0.1/hook",
  ])("refuses %s, an address on this machine or a private network", async (url) => {
    expect(await webhookTargetRefusal(url, { lookup: unresolvable, allowPrivateNetworks: false })).toMatch(/private|loopback|link-local|not public/i);
  });

  it("refuses a host name when any of its addresses is private, after DNS resolution", async () => {
    expect(await webhookTargetRefusal("https://localhost/hook", { lookup: resolvesTo("127.0.0.1", "::1"), allowPrivateNetworks: false })).toMatch(/localhost/);
    expect(
      await webhookTargetRefusal("https://hooks.example.com/hook", { lookup: resolvesTo("93.184.216.34", "10.0.0.5"), allowPrivateNetworks: false }),
    ).toMatch(/10\.0\.0\.5/);
  });

  it("accepts public addresses, and private ones when WEBHOOKS_ALLOW_PRIVATE_NETWORKS allows them", async () => {
    expect(
      await webhookTargetRefusal("https://hooks.example.com/hook", {
        lookup: resolvesTo("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
        allowPrivateNetworks: false,
      }),
    ).toBeNull();
    expect(await webhookTargetRefusal("http://127.0.0.1:9/hook", { lookup: unresolvable, allowPrivateNetworks: true })).toBeNull();
  });

  it("leaves a name that does not resolve yet to the delivery, which checks again", async () => {
    expect(await webhookTargetRefusal("https://not-yet.example.com/hook", { lookup: unresolvable, allowPrivateNetworks: false })).toBeNull();
  });
});

describe("redacting webhook URLs", () => {
  it("hides the query's values, the user info and the fragment, and keeps the rest readable", () => {
    expect(redactUrl("https://hooks.example.com/services/ix?token=s3cret&channel=ops")).toBe("https://hooks.example.com/services/ix?token=***&channel=***");
    expect(redactUrl("https://user:pw@hooks.example.com/ix#key=s3cret")).toBe("https://***@hooks.example.com/ix#***");
    expect(redactUrl("https://hooks.example.com/ix")).toBe("https://hooks.example.com/ix");
    expect(redactUrl("http://bi.internal:8080/hook?s3cret")).toBe("http://bi.internal:8080/hook?***");
  });

  it("tells when a URL is its own redaction, so that the form sending it back changes nothing", () => {
    const stored = "https://hooks.example.com/ix?token=s3cret";
    expect(redactUrl(redactUrl(stored))).toBe(redactUrl(stored));
  });
});
