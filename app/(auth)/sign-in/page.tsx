import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { readAuthSettings } from "@/lib/auth/settings";
import { hasDemoAccounts } from "@/lib/auth/demo-accounts";
import { safeCallbackUrl } from "@/lib/navigation/safe-callback-url";
import { signOnRefusalMessage } from "@/lib/single-sign-on/identity-rules";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  expired: "Your session has expired. Sign in again to continue.",
  "signed-out": "You have been signed out.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const oidc = readAuthSettings(process.env).oidc;
  const reason = typeof params.reason === "string" ? params.reason : undefined;
  const providerError = typeof params.error === "string" && params.error !== "CredentialsSignin" ? params.error : undefined;

  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <div className="mx-auto mb-3 flex h-12 w-12 items-center justify-center rounded-xl bg-brand-700 text-xl font-bold text-white" aria-hidden>
            ⇄
          </div>
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Interchange</h1>
          <p className="mt-1 text-sm text-slate-600">What connects to what, who owns it, and what breaks if it changes.</p>
        </div>
        {reason && NOTICES[reason] ? (
          <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {NOTICES[reason]}
          </p>
        ) : null}
        {providerError ? (
          <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            {signOnRefusalMessage(providerError) ?? `Single sign-on did not complete (${providerError}). Try again or use your e-mail and password.`}
          </p>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} oidc={oidc ? { name: oidc.displayName } : null} />
        {(await hasDemoAccounts()) ? (
          <aside className="mt-6 rounded-md border border-slate-200 bg-white p-3 text-xs text-slate-600">
            <p className="font-medium text-slate-800">
              Demo accounts (password <code>demo-password</code>)
            </p>
            <p className="mt-1">admin@, owner@, reviewer@ and exec@interchange.demo. Demo data only: never use them in production.</p>
          </aside>
        ) : null}
      </div>
    </main>
  );
}
