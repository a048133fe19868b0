import type { CapabilityRef, IndexedEntity, PersonRef, TeamRef } from "@/lib/graph/model";

export const KIND_NUMBERS = { system: 0, integration: 1, contractVersion: 2, consumer: 3 } as const;

export interface OwnerRecord {
  kind: "person" | "team";
  id: string;
  name: string;
  email: string | null;
}

/**
 * Everything an impact answer needs per indexed entity, computed once per catalog change: an impact that reaches
 * most of a 10,000-integration catalog then only walks typed arrays, instead of building owner reasons, looking
 * up maps by id and sorting thousands of names on every request. Rows are aligned with `DependencyIndex.keys`.
 */
export interface ImpactTables {
  /** KIND_NUMBERS of each entity. */
  kind: Uint8Array;
  /** Position of the entity's name among the entities of its kind (code-unit order, ties by entity number). */
  nameRank: Int32Array;
  /** Entity number by kind and name rank: `byRank[kind][rank]`. */
  byRank: Int32Array[];
  /** The id of the graph edge a reached consumer highlights ("consumption:<id>"), by entity number. */
  consumptionEdge: (string | undefined)[];
  /** Owners to notify when the entity is reached, in notification order: `ownerSlots[ownerOffsets[n]..ownerOffsets[n+1]]`. */
  ownerOffsets: Int32Array;
  ownerSlots: Int32Array;
  /** Why each of those owners is notified, aligned with `ownerSlots`. */
  reasons: string[];
  owners: OwnerRecord[];
  /** Business capabilities the entity touches, as slots of `capabilities`. */
  capabilityOffsets: Int32Array;
  capabilitySlots: Int32Array;
  capabilities: CapabilityRef[];
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function entityName(entity: IndexedEntity): string {
  return entity.kind === "contractVersion" ? entity.record.contract.name : entity.record.name;
}

export function buildImpactTables(entities: IndexedEntity[]): ImpactTables {
  const size = entities.length;
  const kind = new Uint8Array(size);
  const perKind: number[][] = [[], [], [], []];
  entities.forEach((entity, n) => {
    kind[n] = KIND_NUMBERS[entity.kind];
    perKind[kind[n]].push(n);
  });
  const names = entities.map(entityName);
  const nameRank = new Int32Array(size);
  const byRank = perKind.map((numbers) => {
    numbers.sort((a, b) => byCodeUnits(names[a], names[b]) || a - b);
    numbers.forEach((n, rank) => (nameRank[n] = rank));
    return Int32Array.from(numbers);
  });

  const owners: OwnerRecord[] = [];
  const ownerSlotOf = { person: new Map<string, number>(), team: new Map<string, number>() };
  const ownerOffsets = new Int32Array(size + 1);
  const ownerSlots: number[] = [];
  const reasons: string[] = [];
  const notify = (ownerKind: OwnerRecord["kind"], who: PersonRef | TeamRef | null, reason: string) => {
    if (!who) return;
    let slot = ownerSlotOf[ownerKind].get(who.id);
    if (slot === undefined) {
      slot = owners.length;
      owners.push({ kind: ownerKind, id: who.id, name: who.name, email: "email" in who ? who.email : null });
      ownerSlotOf[ownerKind].set(who.id, slot);
    }
    ownerSlots.push(slot);
    reasons.push(reason);
  };
  const capabilities: CapabilityRef[] = [];
  const capabilitySlotOf = new Map<string, number>();
  const capabilityOffsets = new Int32Array(size + 1);
  const capabilitySlots: number[] = [];
  const touches = (list: CapabilityRef[]) => {
    for (const capability of list) {
      let slot = capabilitySlotOf.get(capability.slug);
      if (slot === undefined) {
        slot = capabilities.length;
        capabilities.push(capability);
        capabilitySlotOf.set(capability.slug, slot);
      }
      capabilitySlots.push(slot);
    }
  };

  entities.forEach((entity, n) => {
    if (entity.kind === "system") {
      notify("team", entity.record.ownerTeam, entity.record.name);
    } else if (entity.kind === "integration") {
      const integration = entity.record;
      touches(integration.capabilities);
      for (const owner of integration.owners) notify("person", owner.person, `${integration.key} (${owner.role.replace("_", " ")})`);
      notify("team", integration.ownerTeam, integration.key);
    } else if (entity.kind === "contractVersion") {
      const { contract, version } = entity.record;
      notify("person", contract.ownerUser, `${contract.name} ${version}`);
      notify("team", contract.ownerTeam, `${contract.name} ${version}`);
    } else {
      const consumer = entity.record;
      touches(consumer.capabilities);
      notify("person", consumer.ownerUser, consumer.name);
      notify("team", consumer.ownerTeam, consumer.name);
    }
    ownerOffsets[n + 1] = ownerSlots.length;
    capabilityOffsets[n + 1] = capabilitySlots.length;
  });

  return {
    kind,
    consumptionEdge: entities.map((entity) => (entity.kind === "consumer" ? `consumption:${entity.record.id}` : undefined)),
    nameRank,
    byRank,
    ownerOffsets,
    ownerSlots: Int32Array.from(ownerSlots),
    reasons,
    owners,
    capabilityOffsets,
    capabilitySlots: Int32Array.from(capabilitySlots),
    capabilities,
  };
}
