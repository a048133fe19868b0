/** @type {import('next').NextConfig} */
const nextConfig = {
  // Bundled by Turbopack, PGlite resolves its wasm through a URL object that breaks in server components.
  // protobufjs (the OTLP receiver) loads optional modules at run time in ways a bundler should not rewrite.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "protobufjs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
