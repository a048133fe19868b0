import { cookies } from "next/headers";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { MainNavigation } from "@/components/shell/main-navigation";
import { NAVIGATION } from "@/components/shell/navigation-items";
import { UserMenu } from "@/components/shell/user-menu";
import { ThemeSwitch } from "@/components/shell/theme-switch";
import { THEME_COOKIE, readTheme } from "@/components/shell/theme-choice";
import { NotificationBell } from "@/components/notifications/notification-bell";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const theme = readTheme((await cookies()).get(THEME_COOKIE)?.value);
  const items = NAVIGATION.filter((item) => !item.requires || can(actor, item.requires));
  return (
    <div className="min-h-screen md:grid md:grid-cols-[13rem_1fr]">
      {/* The first stop of the Tab key: past the navigation, straight to the page. */}
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to the content
      </a>
      <aside className="border-b border-slate-200 bg-white px-3 py-3 md:min-h-screen md:border-r md:border-b-0 md:py-5">
        <Link href="/" className="mb-3 flex items-center gap-2 px-2 md:mb-6">
          <span className="flex h-8 w-8 items-center justify-center rounded-lg bg-brand-700 font-bold text-white" aria-hidden>
            ⇄
          </span>
          <span className="text-lg font-semibold tracking-tight">Interchange</span>
        </Link>
        <MainNavigation items={items} />
      </aside>
      <div className="min-w-0">
        <header className="flex items-center justify-end gap-3 border-b border-slate-200 bg-white px-4 py-3 md:px-8">
          <ThemeSwitch initial={theme} />
          <NotificationBell />
          <UserMenu name={actor.name} email={actor.email} role={actor.role} />
        </header>
        <main id="main" tabIndex={-1} className="px-4 py-6 focus:outline-none md:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
