import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  // The session carries only the user's id and session version; everything else is read from the database per request.
  interface Session {
    user: { id?: string; sessionVersion?: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** User.sessionVersion when the cookie was made: an older one than the user's is a revoked session. */
    sv?: number;
  }
}
