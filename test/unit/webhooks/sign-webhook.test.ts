import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhookSignature } from "@/lib/webhooks/sign-webhook";

const secret = "whsec_unit";
const body = JSON.stringify({ id: "evt-1", type: "deprecation.announced", data: { contract: "orders" } });
const timestamp = 1_780_000_000;
const now = new Date(timestamp * 1000);

describe("signWebhook", () => {
  it("signs '<t>.<body>' with HMAC-SHA256, as a receiver following the README computes it", () => {
    const expected = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
    expect(signWebhook({ secret, body, timestamp })).toBe(`t=${timestamp},v1=${expected}`);
  });

  it("changes with the secret, the body and the time", () => {
    const base = signWebhook({ secret, body, timestamp });
    expect(signWebhook({ secret: "other", body, timestamp })).not.toBe(base);
    expect(signWebhook({ secret, body: `${body} `, timestamp })).not.toBe(base);
    expect(signWebhook({ secret, body, timestamp: timestamp + 1 })).not.toBe(base);
  });
});

describe("verifyWebhookSignature", () => {
  const header = signWebhook({ secret, body, timestamp });

  it("accepts its own signature within the tolerance", () => {
    expect(verifyWebhookSignature({ secret, body, header, now })).toEqual({ valid: true, timestamp });
    expect(verifyWebhookSignature({ secret, body, header, now: new Date((timestamp + 299) * 1000) }).valid).toBe(true);
  });

  it("refuses a tampered body, a wrong secret, and a replay after the tolerance", () => {
    expect(verifyWebhookSignature({ secret, body: body.replace("orders", "invoices"), header, now })).toEqual({ valid: false, reason: "mismatch" });
    expect(verifyWebhookSignature({ secret: "whsec_other", body, header, now })).toEqual({ valid: false, reason: "mismatch" });
    expect(verifyWebhookSignature({ secret, body, header, now: new Date((timestamp + 301) * 1000) })).toEqual({ valid: false, reason: "expired" });
  });

  it("refuses a timestamp moved to look fresh, since the timestamp is signed too", () => {
    const moved = header.replace(`t=${timestamp}`, `t=${timestamp + 3600}`);
    expect(verifyWebhookSignature({ secret, body, header: moved, now: new Date((timestamp + 3600) * 1000) })).toEqual({ valid: false, reason: "mismatch" });
  });

  it("refuses missing or malformed headers", () => {
    for (const bad of [null, "", "v1=abc", `t=${timestamp}`, `t=soon,v1=${"0".repeat(64)}`, `t=${timestamp},v1=xyz`]) {
      expect(verifyWebhookSignature({ secret, body, header: bad, now }), String(bad)).toEqual({ valid: false, reason: "malformed" });
    }
  });

  it("accepts any matching v1 entry, so a sender may sign with two secrets while rotating", () => {
    const other = signWebhook({ secret: "whsec_old", body, timestamp }).split(",")[1];
    expect(verifyWebhookSignature({ secret, body, header: `${header},${other}`, now }).valid).toBe(true);
    expect(verifyWebhookSignature({ secret: "whsec_old", body, header: `${header},${other}`, now }).valid).toBe(true);
  });
});
