/** How the portal reaches its mail server; null when e-mail is off (no SMTP_URL). */
export interface SmtpConfig {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (TLS from the start). */
  url: string;
  from: string;
  /** Where links in mails point: the portal's public address. */
  baseUrl: string;
}

export class InvalidSmtpConfigError extends Error {
  override name = "InvalidSmtpConfigError";
}

const DEFAULT_FROM = "Interchange <interchange@localhost>";

/** Reads SMTP_URL, SMTP_FROM and the public base URL (NEXTAUTH_URL) from an environment. */
export function readSmtpConfig(env: Readonly<Record<string, string | undefined>> = process.env): SmtpConfig | null {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidSmtpConfigError("SMTP_URL is not a valid URL; expected smtp://user:password@host:587 (unset it to turn e-mail off).");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new InvalidSmtpConfigError(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//.`);
  }
  return {
    url: raw,
    from: env.SMTP_FROM?.trim() || DEFAULT_FROM,
    baseUrl: (env.NEXTAUTH_URL?.trim() || "http://localhost:3000").replace(/\/$/, ""),
  };
}
