import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The house import rules (eslint.config.mjs, decision 030) must fail on a violation: each case lints a small
 * fixture as if it were a file at that path in the repository and checks which boundary rule answers.
 */
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
}, 60_000);

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((message) => message.ruleId === "import/no-restricted-paths" || message.ruleId?.startsWith("house/"))
    .map((message) => message.ruleId!);
}

// Loading the project's ESLint configuration and resolver takes seconds on a busy machine.
const LINT = { timeout: 60_000 };

describe("lib never imports app or components", () => {
  it("refuses a component import in lib", LINT, async () => {
    expect(await boundaryErrors("lib/catalog/fixture.ts", 'import { Badge } from "@/components/ui/badge";\nexport const x = Badge;\n')).toEqual([
      "import/no-restricted-paths",
    ]);
  });
  it("refuses an app import in lib, relative or by alias", LINT, async () => {
    expect(await boundaryErrors("lib/catalog/fixture.ts", 'import RootLayout from "../../app/layout";\nexport const x = RootLayout;\n')).toEqual([
      "import/no-restricted-paths",
    ]);
    expect(await boundaryErrors("lib/catalog/fixture.ts", 'import RootLayout from "@/app/layout";\nexport const x = RootLayout;\n')).toEqual([
      "import/no-restricted-paths",
    ]);
  });
  it("lets a page import components and lib", LINT, async () => {
    const code = 'import { Badge } from "@/components/ui/badge";\nimport { can } from "@/lib/auth/permissions";\nexport const x = [Badge, can];\n';
    expect(await boundaryErrors("app/(portal)/fixture/page.tsx", code)).toEqual([]);
  });
});

describe("seed code only from scripts, the seed and tests", () => {
  const code = 'import { stableId } from "@/lib/seed/stable-id";\nexport const x = stableId;\n';
  it("refuses seed code in a domain, a page and a component", LINT, async () => {
    expect(await boundaryErrors("lib/catalog/fixture.ts", code)).toEqual(["import/no-restricted-paths"]);
    expect(await boundaryErrors("app/(portal)/fixture/page.tsx", code)).toEqual(["import/no-restricted-paths"]);
    expect(await boundaryErrors("components/catalog/fixture.tsx", code)).toEqual(["import/no-restricted-paths"]);
  });
  it("allows it in the seed, scripts and tests", LINT, async () => {
    expect(await boundaryErrors("lib/seed/fixture.ts", code)).toEqual([]);
    expect(await boundaryErrors("scripts/fixture.ts", code)).toEqual([]);
    expect(await boundaryErrors("test/unit/fixture.test.ts", code)).toEqual([]);
  });
});

describe("lib/<domain> never imports lib/http", () => {
  const code = 'import { HttpError } from "@/lib/http/http-error";\nexport const x = HttpError;\n';
  it("refuses HTTP types in a domain module", LINT, async () => {
    expect(await boundaryErrors("lib/catalog/systems/fixture.ts", code)).toEqual(["house/no-http-in-domains"]);
  });
  it("allows them in lib/http and in routes", LINT, async () => {
    expect(await boundaryErrors("lib/http/fixture.ts", code)).toEqual([]);
    expect(await boundaryErrors("app/api/v1/fixture/route.ts", code)).toEqual([]);
  });
});

describe("only the actor loader reads the session", () => {
  const code = 'import { getServerSession } from "next-auth";\nexport const x = getServerSession;\n';
  it("refuses next-auth in a page, a domain module and a component", LINT, async () => {
    expect(await boundaryErrors("app/(portal)/fixture/page.tsx", code)).toEqual(["house/no-session-outside-actor"]);
    expect(await boundaryErrors("lib/catalog/fixture.ts", code)).toEqual(["house/no-session-outside-actor"]);
    expect(await boundaryErrors("components/shell/fixture.tsx", 'import { getToken } from "next-auth/jwt";\nexport const x = getToken;\n')).toEqual([
      "house/no-session-outside-actor",
    ]);
  });
  it("allows the actor loader, and next-auth/react (sign-in, sign-out) only in the named client components", LINT, async () => {
    expect(await boundaryErrors("lib/auth/actor.ts", code)).toEqual([]);
    const react = 'import { signOut } from "next-auth/react";\nexport const x = signOut;\n';
    expect(await boundaryErrors("components/shell/user-menu.tsx", react)).toEqual([]);
    expect(await boundaryErrors("components/shell/user-menu.tsx", code)).toEqual(["house/no-session-outside-actor"]);
    expect(await boundaryErrors("components/shell/main-navigation.tsx", react)).toEqual(["house/no-session-outside-actor"]);
  });
  it("allows type imports anywhere", LINT, async () => {
    expect(await boundaryErrors("lib/catalog/fixture.ts", 'import type { Session } from "next-auth";\nexport type X = Session;\n')).toEqual([]);
  });
});

describe("Prisma value imports only in repositories, the pipeline, lib/db and lib/jobs", () => {
  const value = 'import { Prisma } from "@/lib/generated/prisma/client";\nexport const x = Prisma.DbNull;\n';
  it("refuses a Prisma value in a use case, a page and a component", LINT, async () => {
    expect(await boundaryErrors("lib/reviews/fixture.ts", value)).toEqual(["house/no-prisma-values-outside-data-layer"]);
    expect(await boundaryErrors("app/(portal)/fixture/page.tsx", value)).toEqual(["house/no-prisma-values-outside-data-layer"]);
    expect(await boundaryErrors("components/catalog/fixture.tsx", 'import { PrismaPg } from "@prisma/adapter-pg";\nexport const x = PrismaPg;\n')).toEqual([
      "house/no-prisma-values-outside-data-layer",
    ]);
  });
  it("allows values in repositories, the pipeline, lib/db and lib/jobs", LINT, async () => {
    for (const filePath of [
      "lib/reviews/repository.ts",
      "lib/catalog/integrations/list-repository.ts",
      "lib/pipeline/fixture.ts",
      "lib/db/fixture.ts",
      "lib/jobs/fixture.ts",
    ]) {
      expect(await boundaryErrors(filePath, value), filePath).toEqual([]);
    }
  });
  it("allows type imports and the generated enums anywhere", LINT, async () => {
    expect(
      await boundaryErrors("lib/reviews/fixture.ts", 'import type { Prisma } from "@/lib/generated/prisma/client";\nexport type X = Prisma.JsonValue;\n'),
    ).toEqual([]);
    expect(
      await boundaryErrors("components/catalog/fixture.tsx", 'import { Criticality } from "@/lib/generated/prisma/enums";\nexport const x = Criticality;\n'),
    ).toEqual([]);
  });
});
