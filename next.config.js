/** @type {import('next').NextConfig} */
const nextConfig = {
  // Bundled by Turbopack, PGlite resolves its wasm through a URL object that breaks in server components.
  // protobufjs (the OTLP receiver) loads optional modules at run time in ways a bundler should not rewrite.
  // prom-client keeps its metrics in module state: one copy for the whole server, not one per bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "protobufjs", "prom-client"],
  poweredByHeader: false,
  typedRoutes: false,
  // Prometheus scrapes /metrics by convention; the operation lives with the API (decision 052).
  async rewrites() {
    return [{ source: "/metrics", destination: "/api/v1/metrics" }];
  },
};

export default nextConfig;
