import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockIntegrationKeys, nextIntegrationKey } from "@/lib/catalog/integrations/write-repository";
import type { MappedCatalog } from "@/lib/backstage/map-entities";
import { currentVersion, type ExistingRecords, type ImportPlan } from "@/lib/backstage/plan-import";

/** Reads what the database holds of every record the catalog names (by Backstage ref, slug or e-mail). */
export async function loadExistingRecords(tx: Prisma.TransactionClient, mapped: MappedCatalog): Promise<ExistingRecords> {
  const refs = [...new Set([...mapped.reports.keys(), ...mapped.consumers.map((r) => r.to), ...mapped.integrations.map((r) => r.to)])];
  const [teams, people, systems, systemSlugs, contracts, contractSlugs] = await Promise.all([
    tx.team.findMany({
      where: {
        slug: {
          in: [
            ...new Set([
              ...mapped.teams.map((t) => t.slug),
              ...mapped.people.flatMap((p) => p.teams),
              ...mapped.systems.map((s) => s.ownerTeam ?? ""),
              ...mapped.contracts.map((c) => c.ownerTeam ?? ""),
            ]),
          ],
        },
      },
      select: { id: true, slug: true, name: true, description: true },
    }),
    tx.user.findMany({
      where: { email: { in: mapped.people.map((p) => p.email), mode: "insensitive" } },
      select: { id: true, email: true, memberships: { select: { teamId: true } } },
    }),
    tx.system.findMany({
      where: { backstageRef: { in: refs } },
      select: {
        id: true,
        backstageRef: true,
        name: true,
        description: true,
        businessDomain: true,
        ownerTeamId: true,
        lifecycle: true,
        links: true,
        archivedAt: true,
      },
    }),
    tx.system.findMany({ where: { slug: { in: mapped.systems.map((s) => s.slug) } }, select: { slug: true, backstageRef: true } }),
    tx.contract.findMany({
      where: { backstageRef: { in: refs } },
      select: {
        id: true,
        backstageRef: true,
        name: true,
        description: true,
        type: true,
        ownerTeamId: true,
        systemId: true,
        links: true,
        archivedAt: true,
        versions: { select: { id: true, version: true, status: true, specText: true } },
      },
    }),
    tx.contract.findMany({ where: { slug: { in: mapped.contracts.map((c) => c.slug) } }, select: { slug: true, backstageRef: true } }),
  ]);
  const systemIds = systems.map((s) => s.id);
  const [consumers, integrations] = await Promise.all([
    tx.consumer.findMany({
      where: { systemId: { in: systemIds }, archivedAt: null, contractVersion: { contractId: { in: contracts.map((c) => c.id) } } },
      select: { systemId: true, contractVersion: { select: { contractId: true } } },
    }),
    tx.integration.findMany({
      where: { backstageRef: { in: refs }, sourceSystemId: { in: systemIds } },
      select: { backstageRef: true, sourceSystemId: true, targetSystemId: true },
    }),
  ]);
  return {
    teams: new Map(teams.map(({ slug, ...team }) => [slug, team])),
    people: new Map(people.map((p) => [p.email.toLowerCase(), { id: p.id, teamIds: new Set(p.memberships.map((m) => m.teamId)) }])),
    systems: new Map(systems.map(({ backstageRef, ...system }) => [backstageRef!.toLowerCase(), system])),
    systemSlugs: new Map(systemSlugs.map((s) => [s.slug, s.backstageRef])),
    contracts: new Map(contracts.map(({ backstageRef, ...contract }) => [backstageRef!.toLowerCase(), contract])),
    contractSlugs: new Map(contractSlugs.map((c) => [c.slug, c.backstageRef])),
    consumerPairs: new Set(consumers.map((c) => `${c.systemId} ${c.contractVersion.contractId}`)),
    integrations: new Set(integrations.map((i) => `${i.backstageRef!.toLowerCase()} ${i.sourceSystemId} ${i.targetSystemId}`)),
  };
}

/** Writes a plan: creations in dependency order (teams, people, systems, contracts, then their relations), then updates. */
export async function applyImportPlan(tx: Prisma.TransactionClient, plan: ImportPlan, existing: ExistingRecords): Promise<void> {
  const now = new Date();
  const teamIds = new Map([...existing.teams].map(([slug, t]) => [slug, t.id]));
  for (const t of await tx.team.createManyAndReturn({
    data: plan.teams.create.map(({ slug, name, description }) => ({ slug, name, description })),
    select: { id: true, slug: true },
  })) {
    teamIds.set(t.slug, t.id);
  }
  for (const team of plan.teams.update) await tx.team.update({ where: { id: team.id }, data: { name: team.name, description: team.description } });
  const teamId = (slug: string | null) => (slug === null ? null : (teamIds.get(slug) ?? null));

  const personIds = new Map([...existing.people].map(([email, p]) => [email, p.id]));
  for (const p of await tx.user.createManyAndReturn({
    data: plan.people.create.map(({ email, name }) => ({ email, name, passwordHash: null })),
    select: { id: true, email: true },
  })) {
    personIds.set(p.email.toLowerCase(), p.id);
  }
  await tx.teamMembership.createMany({
    data: plan.memberships.map((m) => ({ userId: personIds.get(m.email)!, teamId: teamIds.get(m.teamSlug)! })).filter((m) => m.userId && m.teamId),
    skipDuplicates: true,
  });

  const systems = new Map([...existing.systems].map(([ref, s]) => [ref, { id: s.id, name: s.name, ownerTeamId: s.ownerTeamId }]));
  const systemColumns = (s: ImportPlan["systems"]["create"][number]) => ({
    name: s.name,
    description: s.description,
    businessDomain: s.businessDomain,
    ownerTeamId: teamId(s.ownerTeam),
    lifecycle: s.lifecycle,
    links: (s.links ?? []) as Prisma.InputJsonValue,
  });
  const createdSystems = await tx.system.createManyAndReturn({
    data: plan.systems.create.map((s) => ({ ...systemColumns(s), slug: s.slug, kind: "other" as const, backstageRef: s.ref, createdAt: now, updatedAt: now })),
    select: { id: true, backstageRef: true, name: true, ownerTeamId: true },
  });
  for (const s of createdSystems) systems.set(s.backstageRef!, s);
  for (const { id, record } of plan.systems.update) {
    await tx.system.update({ where: { id }, data: systemColumns(record) });
    systems.set(record.ref, { id, name: record.name, ownerTeamId: teamId(record.ownerTeam) });
  }

  const contractColumns = (c: ImportPlan["contracts"]["create"][number]) => ({
    name: c.name,
    description: c.description,
    type: c.type,
    ownerTeamId: teamId(c.ownerTeam),
    systemId: c.systemRef ? (systems.get(c.systemRef)?.id ?? null) : null,
    links: (c.links ?? []) as Prisma.InputJsonValue,
  });
  const createdContracts = await tx.contract.createManyAndReturn({
    data: plan.contracts.create.map((c) => ({ ...contractColumns(c), slug: c.slug, backstageRef: c.ref, createdAt: now, updatedAt: now })),
    select: { id: true, backstageRef: true },
  });
  const createdVersions = await tx.contractVersion.createManyAndReturn({
    data: createdContracts.map((c, i) => ({
      contractId: c.id,
      version: plan.contracts.create[i].version,
      status: "active" as const,
      specText: plan.contracts.create[i].definition,
      changelog: "Imported from Backstage.",
      publishedAt: now,
    })),
    select: { id: true, contractId: true },
  });
  for (const { id, record } of plan.contracts.update) await tx.contract.update({ where: { id }, data: contractColumns(record) });

  const versionOf = new Map<string, string>();
  for (const [ref, c] of existing.contracts) {
    const version = currentVersion(c.versions);
    if (version) versionOf.set(ref, version.id);
  }
  createdContracts.forEach((c, i) => versionOf.set(c.backstageRef!, createdVersions.find((v) => v.contractId === c.id)?.id ?? createdVersions[i].id));

  await tx.consumer.createMany({
    data: plan.consumers.flatMap((relation) => {
      const system = systems.get(relation.from);
      const version = versionOf.get(relation.to);
      if (!system || !version) return [];
      return [
        {
          name: system.name,
          kind: "system" as const,
          systemId: system.id,
          contractVersionId: version,
          fieldsUsed: [],
          purpose: `Declared in Backstage: ${relation.from} consumes ${relation.to}.`,
          ownerTeamId: system.ownerTeamId,
        },
      ];
    }),
  });

  if (plan.integrations.length) {
    await lockIntegrationKeys(tx);
    let next = Number((await nextIntegrationKey(tx)).slice(4));
    await tx.integration.createMany({
      data: plan.integrations.flatMap((relation) => {
        const from = systems.get(relation.from);
        const to = systems.get(relation.to);
        if (!from || !to) return [];
        return [
          {
            key: `INT-${String(next++).padStart(4, "0")}`,
            name: `${from.name} → ${to.name}`.slice(0, 200),
            description: `Declared in Backstage: ${relation.from} depends on ${relation.to}.`,
            sourceSystemId: from.id,
            targetSystemId: to.id,
            ownerTeamId: from.ownerTeamId,
            direction: "one_way" as const,
            mechanism: "api_call" as const,
            pattern: "point_to_point" as const,
            frequency: "real_time" as const,
            dataObjects: [],
            fieldsExchanged: [],
            permittedUses: [],
            backstageRef: relation.from,
            createdAt: now,
            updatedAt: now,
          },
        ];
      }),
    });
  }
}
