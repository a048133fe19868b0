import pg from "pg";

/** One statement on its own short-lived connection: CREATE/DROP DATABASE cannot share a transaction. */
export async function adminQuery<Row extends object = Record<string, unknown>>(serverUrl: string, text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The same server URL with another database name. */
export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
