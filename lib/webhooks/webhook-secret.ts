import { randomBytes } from "node:crypto";

/** 256 random bits; the prefix tells people (and secret scanners) what it is. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}
