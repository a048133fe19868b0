-- The derived health states (decision 050). Alone in their migration: PostgreSQL refuses to use an enum value in
-- the transaction that added it (55P04), and the next migration makes one of them a default.
ALTER TYPE "HealthStatus" ADD VALUE 'stale';
ALTER TYPE "HealthStatus" ADD VALUE 'unmonitored';
