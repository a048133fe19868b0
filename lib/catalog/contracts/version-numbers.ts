/** Orders semantic versions numerically (1.10.0 after 1.9.0); pre-release suffixes sort before their release. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.split("-", 2);
    return { parts: core.split(".").map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const left = parse(a);
  const right = parse(b);
  for (let i = 0; i < 3; i++) if ((left.parts[i] ?? 0) !== (right.parts[i] ?? 0)) return (left.parts[i] ?? 0) - (right.parts[i] ?? 0);
  if (left.pre === right.pre) return 0;
  if (left.pre === undefined) return 1;
  if (right.pre === undefined) return -1;
  return left.pre < right.pre ? -1 : 1;
}

/** The next minor version after the highest one, or 1.0.0 for a contract's first version. */
export function suggestNextVersion(existing: readonly string[]): string {
  if (existing.length === 0) return "1.0.0";
  const highest = [...existing].sort(compareVersions).pop()!;
  const [major, minor] = highest
    .split("-")[0]
    .split(".")
    .map((n) => Number.parseInt(n, 10) || 0);
  return `${major}.${(minor ?? 0) + 1}.0`;
}
