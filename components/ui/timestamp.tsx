/** A UTC time as the portal's lists show it, machine-readable for assistive tech and copy-paste. */
export function Timestamp({ date, none = "—" }: { date: Date | null; none?: string }) {
  if (!date) return <>{none}</>;
  return <time dateTime={date.toISOString()}>{`${date.toISOString().slice(0, 16).replace("T", " ")} UTC`}</time>;
}
