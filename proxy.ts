import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, servedOverHttps, staticSecurityHeaders } from "@/lib/http/security-headers";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// Paths a visitor without a session may see (or that answer for themselves, like the API's 401).
// /metrics is the API's metrics operation under the path Prometheus expects (next.config.js rewrites it).
const OPEN_PATHS = /^\/(api\/|_next\/|sign-in(\/|$)|favicon\.ico$|metrics$)|\.(png|svg|ico|txt|webmanifest)$/;

/**
 * Runs before every request (no matcher): sets the security headers, with a fresh CSP nonce that Next.js applies
 * to its scripts, and sends visitors without a valid session to the sign-in page, remembering where they were
 * going and telling them when their session expired. The session check is optimistic only: pages and API
 * handlers authorize on their own.
 */
export async function proxy(request: NextRequest) {
  const https = servedOverHttps(process.env.NEXTAUTH_URL);
  const policy = contentSecurityPolicy(newNonce(), { https, development: process.env.NODE_ENV === "development" });
  const response = (await redirectWithoutSession(request)) ?? continueWithPolicy(request, policy);
  response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

function continueWithPolicy(request: NextRequest, policy: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  return NextResponse.next({ request: { headers } });
}

async function redirectWithoutSession(request: NextRequest): Promise<NextResponse | null> {
  if (OPEN_PATHS.test(request.nextUrl.pathname)) return null;
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return null;
  const url = new URL("/sign-in", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") url.searchParams.set("callbackUrl", target);
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) url.searchParams.set("reason", "expired");
  return NextResponse.redirect(url);
}
