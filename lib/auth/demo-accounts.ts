import "server-only";
import { getDb } from "@/lib/db";

export const DEMO_EMAIL_DOMAIN = "interchange.demo";

/** The sign-in page mentions the demo accounts only while they exist, i.e. on a demo database. */
export async function hasDemoAccounts(): Promise<boolean> {
  const db = await getDb();
  return (await db.user.count({ where: { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` }, passwordHash: { not: null } } })) > 0;
}
