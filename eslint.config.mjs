import next from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import typescriptEslint from "typescript-eslint";
import { builtinRules } from "eslint/use-at-your-own-risk";

/**
 * The house rules on imports (decision 030). Each boundary is its own rule name so that their file scopes compose:
 * ESLint replaces (not merges) a rule's options when two config blocks match one file, so one shared
 * `no-restricted-imports` could not say both "no lib/http here" and "no next-auth here" with different exceptions.
 * The engines are ESLint's and typescript-eslint's own `no-restricted-imports` (the latter tells type imports apart).
 */
const house = {
  rules: {
    "no-http-in-domains": builtinRules.get("no-restricted-imports"),
    "no-session-outside-actor": typescriptEslint.plugin.rules["no-restricted-imports"],
    "no-prisma-values-outside-data-layer": typescriptEslint.plugin.rules["no-restricted-imports"],
  },
};

const SOURCE = ["**/*.{ts,tsx,js,jsx,mjs}"];

const boundaries = [
  { plugins: { house } },
  {
    // Layers by path, resolved like the compiler does (alias and relative imports alike).
    files: SOURCE,
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components"],
              message: "lib/ is the layer below pages and components: move the shared code into lib/, or pass it in.",
            },
            {
              target: ["./app/**/*", "./components/**/*", "./lib/!(seed)/**/*", "./proxy.ts", "./instrumentation.ts"],
              from: "./lib/seed",
              message: "Seed code is for scripts, the seed and tests: move a product rule the app needs into its domain.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: [
      "lib/http/**",
      "lib/api-docs/**",
      // next-auth's configuration is the sign-in endpoint's adapter: it receives the raw request (the client address).
      "lib/auth/auth-options.ts",
    ],
    rules: {
      "house/no-http-in-domains": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/http", "@/lib/http/*", "**/http/*"],
              message: "Domain code does not speak HTTP: throw a domain error; the HTTP boundary maps it to problem details.",
            },
          ],
        },
      ],
    },
  },
  {
    files: SOURCE,
    ignores: [
      "lib/auth/actor.ts", // the actor loader: the one place that reads the session
      "lib/auth/auth-options.ts", // next-auth's configuration, used by the actor loader and the sign-in route
      "lib/auth/next-auth.d.ts", // type augmentation only
      "app/api/auth/\\[...nextauth\\]/route.ts", // next-auth's own sign-in endpoint
      "proxy.ts", // the edge gate reads the token before any page runs; it cannot load the actor from the database
      "test/**",
    ],
    rules: {
      "house/no-session-outside-actor": [
        "error",
        {
          patterns: [
            {
              regex: "^next-auth(/.*)?$",
              allowTypeImports: true,
              message: "Only the actor loader (lib/auth/actor.ts) reads the session: use getActor() or requirePageActor().",
            },
          ],
        },
      ],
    },
  },
  {
    // Client components may start a sign-in or sign-out; they never read the session.
    files: [
      "app/(auth)/sign-in/sign-in-form.tsx",
      "components/shell/user-menu.tsx",
      // Linking single sign-on starts a sign-in at the provider; removing one's own identity signs out.
      "components/single-sign-on/link-single-sign-on-button.tsx",
      "components/single-sign-on/unlink-identity-button.tsx",
    ],
    rules: {
      "house/no-session-outside-actor": [
        "error",
        {
          patterns: [
            {
              regex: "^next-auth(?!/react$)(/.*)?$",
              allowTypeImports: true,
              message: "Only the actor loader (lib/auth/actor.ts) reads the session; a client component may only use next-auth/react.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/**/repository.ts", "lib/**/*-repository.ts", "lib/pipeline/**", "lib/db/**", "lib/jobs/**", "lib/generated/**"],
    rules: {
      "house/no-prisma-values-outside-data-layer": [
        "error",
        {
          patterns: [
            {
              // The generated enums are plain constants and safe anywhere, the browser included.
              group: ["@/lib/generated/prisma/*", "!@/lib/generated/prisma/enums", "@prisma/*"],
              allowTypeImports: true,
              message:
                "Prisma values (the client, Prisma.*, adapters) belong in repositories, the pipeline, lib/db and lib/jobs; import types with `import type`.",
            },
          ],
        },
      ],
    },
  },
];

const config = [
  ...next,
  ...nextTypescript,
  ...boundaries,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
