import "next-auth";

declare module "next-auth" {
  // The session carries only the user's id; everything else is read from the database per request.
  interface Session {
    user: { id?: string };
  }
}
