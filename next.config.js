/** @type {import('next').NextConfig} */
const nextConfig = {
  // Bundled by Turbopack, PGlite resolves its wasm through a URL object that breaks in server components.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
