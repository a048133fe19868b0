import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Sends visitors without a valid session to the sign-in page, remembering where they were going and telling
 * them when their session expired. An optimistic check only: pages and API handlers authorize on their own.
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const url = new URL("/sign-in", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") url.searchParams.set("callbackUrl", target);
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) url.searchParams.set("reason", "expired");
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api/|_next/|sign-in|favicon\\.ico|.*\\.(?:png|svg|ico|txt|webmanifest)$).*)"],
};
