import { toPointer } from "./json-pointer";
import { entries, isObject, RefResolver, type JsonObject } from "./ref-resolver";
import { changeSeverity } from "./change-catalogue";
import { createSchemaDiffContext, describeSchemaChange, diffSchemas, schemaChangeId, type SchemaDiffContext } from "./schema-diff";
import type { ContractChange, DataSide } from "./types";

interface Message {
  name: string;
  node: JsonObject;
  pointer: string[];
}

interface ChannelView {
  /** Messages the application sends (consumers read them) and receives (producers write them). */
  sent: Map<string, Message>;
  received: Map<string, Message>;
  pointer: string[];
}

function messageName(resolver: RefResolver, raw: unknown, fallback: string): string {
  if (isObject(raw) && typeof raw.$ref === "string") return raw.$ref.split("/").pop()!;
  const node = resolver.resolve(raw).node;
  if (node && typeof node.name === "string") return node.name;
  if (node && typeof node.messageId === "string") return node.messageId;
  return fallback;
}

/** AsyncAPI 2.x: `subscribe` means consumers subscribe to what the application publishes; `publish` the reverse. */
function channelsV2(resolver: RefResolver, document: JsonObject): Map<string, ChannelView> {
  const result = new Map<string, ChannelView>();
  for (const [channel, raw] of entries(document.channels)) {
    const item = resolver.resolve(raw).node ?? {};
    const view: ChannelView = { sent: new Map(), received: new Map(), pointer: ["channels", channel] };
    for (const [action, target] of [
      ["subscribe", view.sent],
      ["publish", view.received],
    ] as const) {
      const operation = resolver.resolve(item[action]).node;
      if (!operation) continue;
      const message = resolver.resolve(operation.message).node;
      const raws = message && Array.isArray(message.oneOf) ? message.oneOf : operation.message !== undefined ? [operation.message] : [];
      raws.forEach((rawMessage: unknown, index: number) => {
        const node = resolver.resolve(rawMessage).node;
        if (!node) return;
        const name = messageName(resolver, rawMessage, String(index));
        target.set(name, { name, node, pointer: ["channels", channel, action, "message", name] });
      });
    }
    result.set(channel, view);
  }
  return result;
}

/** AsyncAPI 3.x: channels list messages; operations say whether the application sends or receives them. */
function channelsV3(resolver: RefResolver, document: JsonObject): Map<string, ChannelView> {
  const result = new Map<string, ChannelView>();
  const channelKeyByRef = new Map<string, string>();
  for (const [key, raw] of entries(document.channels)) {
    const item = resolver.resolve(raw).node ?? {};
    const name = typeof item.address === "string" ? item.address : key;
    channelKeyByRef.set(`#/channels/${key}`, name);
    result.set(name, { sent: new Map(), received: new Map(), pointer: ["channels", key] });
  }
  const actions = new Map<string, Set<string>>();
  for (const [, raw] of entries(document.operations)) {
    const operation = resolver.resolve(raw).node;
    if (!operation || !isObject(operation.channel) || typeof operation.channel.$ref !== "string") continue;
    const channel = channelKeyByRef.get(operation.channel.$ref);
    if (channel === undefined) continue;
    const set = actions.get(channel) ?? new Set<string>();
    set.add(operation.action === "receive" ? "receive" : "send");
    actions.set(channel, set);
  }
  for (const [key, raw] of entries(document.channels)) {
    const item = resolver.resolve(raw).node ?? {};
    const name = typeof item.address === "string" ? item.address : key;
    const view = result.get(name)!;
    // A channel no operation mentions is treated as sent: its readers are the consumers the portal tracks.
    const channelActions = actions.get(name) ?? new Set(["send"]);
    for (const [messageKey, rawMessage] of entries(item.messages)) {
      const node = resolver.resolve(rawMessage).node;
      if (!node) continue;
      const message = { name: messageKey, node, pointer: ["channels", key, "messages", messageKey] };
      if (channelActions.has("send")) view.sent.set(messageKey, message);
      if (channelActions.has("receive")) view.received.set(messageKey, message);
    }
  }
  return result;
}

function channelsOf(resolver: RefResolver, document: JsonObject): Map<string, ChannelView> {
  return String(document.asyncapi ?? "").startsWith("2.") ? channelsV2(resolver, document) : channelsV3(resolver, document);
}

function diffMessages(
  changes: ContractChange[],
  contexts: Record<DataSide, SchemaDiffContext>,
  channel: string,
  side: DataSide,
  base: Map<string, Message>,
  revision: Map<string, Message>,
): void {
  const verb = side === "response" ? "sends" : "receives";
  for (const [name, before] of base) {
    const after = revision.get(name);
    if (!after) {
      const kind = `${side === "response" ? "sent" : "received"}-message-removed`;
      changes.push({
        severity: changeSeverity(kind),
        kind,
        message: `${channel}: the application no longer ${verb} the message ${JSON.stringify(name)}.`,
        location: { channel, message: name, side, pointer: toPointer(before.pointer) },
      });
      continue;
    }
    for (const part of ["payload", "headers"] as const) {
      for (const change of diffSchemas(contexts[side], before.node[part], after.node[part])) {
        changes.push({
          severity: change.severity,
          kind: schemaChangeId(side, part === "payload" ? "body" : "header", change),
          message: `${channel} ${name} ${part}: ${describeSchemaChange(change)}`,
          location: {
            channel,
            message: name,
            side,
            pointer: toPointer([...after.pointer, part]) + change.pointer,
            ...(change.field ? { field: change.field } : {}),
          },
        });
      }
    }
  }
  for (const [name, after] of revision) {
    if (base.has(name)) continue;
    // A new message on a channel consumers read is like a new branch of a response union: readers that switch on
    // the message type meet one they do not know. A new message the application accepts breaks no one.
    const kind = `${side === "response" ? "sent" : "received"}-message-added`;
    changes.push({
      severity: changeSeverity(kind),
      kind,
      message: `${channel}: the application now also ${verb} the message ${JSON.stringify(name)}.`,
      location: { channel, message: name, side, pointer: toPointer(after.pointer) },
    });
  }
}

/** Changes to channels and message payloads/headers between two AsyncAPI 2.x or 3.x documents. */
export function diffAsyncApi(baseDocument: JsonObject, revisionDocument: JsonObject): ContractChange[] {
  const base = new RefResolver(baseDocument);
  const revision = new RefResolver(revisionDocument);
  const contexts = { request: createSchemaDiffContext(base, revision, "request"), response: createSchemaDiffContext(base, revision, "response") };
  const before = channelsOf(base, baseDocument);
  const after = channelsOf(revision, revisionDocument);
  const changes: ContractChange[] = [];
  for (const [channel, view] of before) {
    const match = after.get(channel);
    if (!match) {
      changes.push({
        severity: changeSeverity("channel-removed"),
        kind: "channel-removed",
        message: `The channel ${channel} was removed.`,
        location: { channel, pointer: toPointer(view.pointer) },
      });
      continue;
    }
    diffMessages(changes, contexts, channel, "response", view.sent, match.sent);
    diffMessages(changes, contexts, channel, "request", view.received, match.received);
  }
  for (const [channel, view] of after) {
    if (!before.has(channel))
      changes.push({
        severity: changeSeverity("channel-added"),
        kind: "channel-added",
        message: `The channel ${channel} was added.`,
        location: { channel, pointer: toPointer(view.pointer) },
      });
  }
  return changes;
}
