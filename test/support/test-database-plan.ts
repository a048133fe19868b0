// What global-setup.ts prepared once per run, handed to every test file through Vitest's provide/inject.
export type TestDatabasePlan =
  { kind: "pglite"; emptySnapshot: string; migratedSnapshot: string } | { kind: "postgres"; serverUrl: string; migratedTemplate: string; runId: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabasePlan: TestDatabasePlan;
  }
}

export const TEST_DATABASE_PREFIX = "ix_test_";
