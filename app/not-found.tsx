import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">This page does not exist, or you may not see it</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">Check the address, or start again from the dashboard.</p>
      <Link href="/" className="mt-6 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        Go to the dashboard
      </Link>
    </main>
  );
}
