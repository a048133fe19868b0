import { stringify as stringifyYaml } from "yaml";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseContractText } from "@/lib/contract-diff";
import { buildStoredDiff } from "@/lib/reviews/diff-snapshot";
import { toJsonColumn } from "@/lib/db/json-column";
import { PEOPLE } from "./demo-enterprise";
import { stableId } from "./stable-id";

/**
 * Change requests of the demo enterprise, so that the Reviews page shows a realistic queue: a breaking rename in
 * review with revenue consumers to acknowledge (the reviewer's and the owner's queues), a draft, one sent back for
 * changes, a rejected one and a withdrawn one. Written directly (the seed has no signed-in actor); the diff is the
 * engine's, as the workflow would store it. No version is published and no audit event written: the catalog and
 * the trail stay exactly what the demo enterprise describes.
 */

type Json = Record<string, unknown>;

interface DemoRequest {
  key: string;
  contract: string;
  author: string;
  title: string;
  description: string;
  proposedVersion: string;
  changelog: string;
  edit: (specText: string) => string;
  status: "draft" | "in_review" | "changes_requested" | "rejected" | "withdrawn";
  daysAgo: number;
  decisions?: {
    by: string;
    kind: "reviewer" | "data_owner" | "consumer_acknowledgement";
    decision: "approved" | "changes_requested" | "rejected" | "acknowledged";
    consumer?: string;
    comment?: string;
  }[];
  comments?: { by: string; body: string }[];
}

function reserialize(original: string, document: unknown): string {
  return original.trimStart().startsWith("{") ? JSON.stringify(document, null, 2) : stringifyYaml(document, { lineWidth: 0 });
}

/** Adds a property next to `sibling` wherever a schema declares it (payloads, components). */
function addProperty(sibling: string, name: string, schema: Json) {
  return (specText: string) => {
    const document = parseContractText(specText);
    const visit = (node: unknown) => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach(visit);
      const properties = (node as Json).properties as Json | undefined;
      if (properties && typeof properties === "object" && sibling in properties && !(name in properties)) properties[name] = schema;
      Object.values(node as Json).forEach(visit);
    };
    visit(document);
    return reserialize(specText, document);
  };
}

const renameField = (from: string, to: string) => (specText: string) => specText.replaceAll(from, to);

/** Changes the type of a property wherever a schema declares it. */
function retype(field: string, type: string) {
  return (specText: string) => {
    const document = parseContractText(specText);
    const visit = (node: unknown) => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach(visit);
      const properties = (node as Json).properties as Json | undefined;
      const property = properties?.[field] as Json | undefined;
      if (property && typeof property === "object") property.type = type;
      Object.values(node as Json).forEach(visit);
    };
    visit(document);
    return reserialize(specText, document);
  };
}

const REQUESTS: DemoRequest[] = [
  {
    key: "order-api-net-amount",
    contract: "order-api",
    author: "kofi",
    title: "Rename net_revenue to net_amount",
    description: "Finance asked for one name across the Order API, the ledger and the marts: net_amount. The old name goes away.",
    proposedVersion: "3.0.0",
    changelog: "BREAKING: net_revenue is renamed net_amount (same meaning: gross minus discounts, before tax).",
    edit: renameField("net_revenue", "net_amount"),
    status: "in_review",
    daysAgo: 2,
    decisions: [
      {
        by: "priya",
        kind: "consumer_acknowledgement",
        decision: "acknowledged",
        consumer: "Revenue Dashboard (Looker)",
        comment: "We will switch the LookML view the day it ships.",
      },
    ],
    comments: [
      { by: "priya", body: "Can we keep net_revenue as a deprecated alias for one release? The board pack reads it too." },
      { by: "kofi", body: "The board pack is still on 2.0.0, which stays active; only 2.1.0 readers are affected." },
    ],
  },
  {
    key: "product-catalog-case-pack",
    contract: "product-catalog-api",
    author: "owen",
    title: "Expose case_pack_gtin for B2B ordering",
    description: "The sales portal needs the case-level GTIN to order by the case.",
    proposedVersion: "2.2.0",
    changelog: "Added case_pack_gtin.",
    edit: addProperty("case_pack_quantity", "case_pack_gtin", { type: "string", description: "GTIN of the case (outer pack)." }),
    status: "draft",
    daysAgo: 1,
  },
  {
    key: "order-events-net-revenue",
    contract: "order-events",
    author: "owen",
    title: "Add net_revenue to order.status_changed",
    description: "Analytics wants revenue on the event so that it can stop polling the Order API.",
    proposedVersion: "1.2.0",
    changelog: "Added net_revenue.",
    edit: addProperty("order_total", "net_revenue", { type: "number", description: "Gross minus discounts, before tax." }),
    status: "changes_requested",
    daysAgo: 6,
    decisions: [
      { by: "rita", kind: "reviewer", decision: "changes_requested", comment: "Say which currency net_revenue is in, and whether cancelled orders carry it." },
    ],
  },
  {
    key: "margin-api-floor",
    contract: "margin-api",
    author: "dmitri",
    title: "Drop floor_price from the Margin API",
    description: "Floor prices move to the pricing model.",
    proposedVersion: "2.0.0",
    changelog: "BREAKING: floor_price removed.",
    edit: renameField("floor_price", "floor_price_removed"),
    status: "rejected",
    daysAgo: 20,
    decisions: [
      {
        by: "rita",
        kind: "reviewer",
        decision: "rejected",
        comment: "The Channel Margin Report and the repricer still read floor_price; plan a deprecation first.",
      },
    ],
  },
  {
    key: "inventory-days-of-cover",
    contract: "inventory-availability-api",
    author: "aisha",
    title: "Make days_of_cover an integer",
    description: "Withdrawn: the pricing model needs the fractions.",
    proposedVersion: "2.0.0",
    changelog: "BREAKING: days_of_cover becomes an integer.",
    edit: retype("days_of_cover", "integer"),
    status: "withdrawn",
    daysAgo: 30,
  },
];

export async function seedDemoReviews(tx: Prisma.TransactionClient, { now }: { now: Date }): Promise<void> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const userIdOf = (handle: string) => {
    const person = PEOPLE.find((candidate) => candidate.handle === handle);
    if (!person) throw new Error(`No demo person "${handle}".`);
    return stableId("user", person.email);
  };
  for (const definition of REQUESTS) {
    const contract = await tx.contract.findUnique({ where: { slug: definition.contract }, select: { id: true } });
    if (!contract) throw new Error(`No demo contract "${definition.contract}".`);
    const base = await tx.contractVersion.findFirst({
      where: { contractId: contract.id, status: "active" },
      orderBy: { publishedAt: "desc" },
      select: { id: true, specText: true },
    });
    if (!base?.specText) throw new Error(`The demo contract "${definition.contract}" has no active version to propose against.`);
    const specText = definition.edit(base.specText);
    const diff = buildStoredDiff(base.specText, specText);
    const id = stableId("change-request", definition.key);
    const created = daysAgo(definition.daysAgo);
    const closed = definition.status === "rejected" || definition.status === "withdrawn";
    const changeRequest = await tx.changeRequest.create({
      data: {
        id,
        contractId: contract.id,
        baseVersionId: base.id,
        title: definition.title,
        description: definition.description,
        proposedVersion: definition.proposedVersion,
        specText,
        changelog: definition.changelog,
        status: definition.status,
        diff: toJsonColumn(diff),
        breakingCount: diff.counts.breaking,
        changeCount: diff.changes.length,
        authorId: userIdOf(definition.author),
        submittedAt: definition.status === "draft" ? null : created,
        decidedAt: closed ? daysAgo(definition.daysAgo - 1) : null,
        createdAt: created,
        updatedAt: daysAgo(Math.max(0, definition.daysAgo - 1)),
      },
      select: { id: true, number: true },
    });
    for (const [index, decision] of (definition.decisions ?? []).entries()) {
      const consumer = decision.consumer
        ? await tx.consumer.findFirst({ where: { name: decision.consumer, contractVersionId: base.id }, select: { id: true } })
        : null;
      await tx.changeRequestApproval.create({
        data: {
          changeRequestId: changeRequest.id,
          revision: 1,
          kind: decision.kind,
          decision: decision.decision,
          userId: userIdOf(decision.by),
          consumerId: consumer?.id ?? null,
          comment: decision.comment ?? null,
          createdAt: new Date(created.getTime() + (index + 1) * 3_600_000),
        },
      });
    }
    for (const [index, comment] of (definition.comments ?? []).entries()) {
      await tx.changeRequestComment.create({
        data: {
          changeRequestId: changeRequest.id,
          authorId: userIdOf(comment.by),
          body: comment.body,
          createdAt: new Date(created.getTime() + (index + 2) * 3_600_000),
        },
      });
    }
  }
}
