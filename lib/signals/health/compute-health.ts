import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readHealthSettings } from "@/lib/signals/signal-settings";
import { deriveHealth, effectiveHealth } from "./derive-health";
import { readHealthSubjects, writeHealth, type HealthWrite } from "./health-repository";
import { serviceObjectives } from "./service-objectives";

export interface HealthComputation {
  integrations: number;
  /** Integrations whose health, reason or check time changed, written in one statement. */
  changed: number;
}

/**
 * Derives every live integration's health from its rollups and writes what changed: the derived health and its
 * reason, the effective health (an override while it lasts, decision 051) and `healthCheckedAt`, the last signal
 * time the verdict rests on. Runs in the signals.evaluate cycle; not audited, like the signals it reads.
 */
export async function computeHealth(db: PrismaClient, now: Date, settings = readHealthSettings()): Promise<HealthComputation> {
  const subjects = await readHealthSubjects(db, now);
  const writes: HealthWrite[] = [];
  for (const subject of subjects) {
    const verdict = deriveHealth(subject.signals, serviceObjectives(subject), settings, now.getTime());
    const override = subject.healthOverride && subject.healthOverrideUntil ? { health: subject.healthOverride, until: subject.healthOverrideUntil } : null;
    const healthStatus = effectiveHealth(verdict.health, override, now.getTime());
    const healthCheckedAt = subject.signals.lastSignalAt === null ? null : new Date(subject.signals.lastSignalAt);
    const unchanged =
      subject.derivedHealth === verdict.health &&
      subject.healthStatus === healthStatus &&
      subject.healthReason === verdict.reason &&
      subject.healthCheckedAt?.getTime() === healthCheckedAt?.getTime();
    if (!unchanged) writes.push({ id: subject.id, healthStatus, derivedHealth: verdict.health, healthReason: verdict.reason, healthCheckedAt });
  }
  await writeHealth(db, writes);
  return { integrations: subjects.length, changed: writes.length };
}
