import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { THEME_COOKIE, readTheme } from "@/components/shell/theme-choice";
import { Providers } from "@/app/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Interchange", template: "%s · Interchange" },
  description: "Integration governance portal: what connects to what, who owns it, and what breaks if it changes.",
  applicationName: "Interchange",
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icons/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/icons/apple-touch-icon.png",
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#4338ca" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next.js can only put the request's CSP nonce (proxy.ts) on dynamic pages.
  await connection();
  // A chosen theme is a class the dark palette keys on; with none, the system setting decides (app/dark-palette.css).
  const theme = readTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={theme === "system" ? undefined : theme}>
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
