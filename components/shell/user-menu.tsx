"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";

export function UserMenu({ name, email, role }: { name: string; email: string; role: string }) {
  return (
    <div className="flex items-center gap-3">
      <div className="hidden text-right sm:block">
        <p className="text-sm font-medium text-slate-900">{name}</p>
        <p className="text-xs text-slate-600">
          {email} · <span data-testid="current-role">{role}</span>
        </p>
      </div>
      <nav aria-label="Your account" className="flex items-center gap-3 text-sm">
        <Link href="/settings/tokens" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          API tokens
        </Link>
        <Link href="/settings/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Sign-in
        </Link>
        <Link href="/api-docs" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          API docs
        </Link>
      </nav>
      <button
        type="button"
        onClick={() => signOut({ callbackUrl: "/sign-in?reason=signed-out" })}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        Sign out
      </button>
    </div>
  );
}
