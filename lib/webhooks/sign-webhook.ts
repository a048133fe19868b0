import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Stripe-style signatures: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. Signing the timestamp with the
 * body lets a receiver refuse replays of an old delivery; the `v1=` label leaves room to rotate the scheme.
 */
export const SIGNATURE_HEADER = "X-Interchange-Signature";

/** How old a signature a receiver accepts by default: five minutes, as Stripe does. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function computeSignature(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signWebhook({ secret, body, timestamp }: { secret: string; body: string; timestamp: number }): string {
  return `t=${timestamp},v1=${computeSignature(secret, timestamp, body)}`;
}

export type SignatureVerification = { valid: true; timestamp: number } | { valid: false; reason: "malformed" | "mismatch" | "expired" };

/**
 * Checks a signature header against the raw body as received (before any JSON parsing). Any v1 entry may match,
 * so a sender can sign with an old and a new secret during a rotation.
 */
export function verifyWebhookSignature({
  secret,
  body,
  header,
  now = new Date(),
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: {
  secret: string;
  body: string;
  header: string | null | undefined;
  now?: Date;
  toleranceSeconds?: number;
}): SignatureVerification {
  if (!header) return { valid: false, reason: "malformed" };
  let timestamp: number | null = null;
  const candidates: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && value && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === "v1" && value && /^[0-9a-f]{64}$/i.test(value)) candidates.push(value.toLowerCase());
  }
  if (timestamp === null || candidates.length === 0) return { valid: false, reason: "malformed" };
  const expected = Buffer.from(computeSignature(secret, timestamp, body), "hex");
  const matches = candidates.some((candidate) => timingSafeEqual(Buffer.from(candidate, "hex"), expected));
  if (!matches) return { valid: false, reason: "mismatch" };
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds) return { valid: false, reason: "expired" };
  return { valid: true, timestamp };
}
