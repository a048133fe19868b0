/**
 * The search text as a literal inside Prisma's `contains` (a LIKE '%…%' that does not escape): `%`, `_` and `\`
 * otherwise act as wildcards, and `invoice%number` would match "invoice_number".
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
