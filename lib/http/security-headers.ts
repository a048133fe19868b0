/**
 * The security headers every response carries (set by proxy.ts). The Content-Security-Policy allows scripts only
 * with this request's nonce; 'strict-dynamic' extends the trust to the chunks those scripts load, so neither
 * 'unsafe-inline' nor a host list is needed for scripts. Next.js reads the nonce from the request's
 * Content-Security-Policy header and puts it on its own script tags (pages must render dynamically for that).
 */

/** 128 random bits, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export interface PolicyOptions {
  /** The configured URL (NEXTAUTH_URL) is https: add HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** `next dev`: React's debugging needs eval and hot reloading a WebSocket. Never in production. */
  development: boolean;
}

export function contentSecurityPolicy(nonce: string, { https, development }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Style attributes (React's style={{…}}, the graph's node positions) cannot carry a nonce; styles do not run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers for every response besides the CSP. */
export function staticSecurityHeaders({ https }: Pick<PolicyOptions, "https">): Record<string, string> {
  return {
    // frame-ancestors supersedes it in current browsers; older ones only know this one.
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    ...(https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** Whether the configured public URL is https (a malformed or missing one counts as not). */
export function servedOverHttps(configuredUrl: string | undefined): boolean {
  try {
    return configuredUrl ? new URL(configuredUrl).protocol === "https:" : false;
  } catch {
    return false;
  }
}
