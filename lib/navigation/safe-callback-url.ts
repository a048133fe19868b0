/** Only same-origin paths may be redirected to after sign-in: anything else would be an open redirect. */
export function safeCallbackUrl(value: string | string[] | undefined | null): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  if (candidate.startsWith("/sign-in")) return "/";
  return candidate;
}
