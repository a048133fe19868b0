import { stringify } from "yaml";
import { objectSchema, pascalCase } from "./field-schema";

export interface AsyncApiEvent {
  /** Topic / event type, e.g. "product.attribute_updated". */
  name: string;
  summary: string;
  fields: readonly string[];
  required: readonly string[];
}

export interface AsyncApiSpecInput {
  asyncapi: "2.6.0" | "3.0.0";
  title: string;
  version: string;
  description: string;
  events: readonly AsyncApiEvent[];
}

const BROKER = "kafka.kestrelridge.example:9093";
// Every event carries the same envelope so consumers can deduplicate (event_id) and trace (source_system).
const ENVELOPE = ["event_id", "event_type", "occurred_at", "source_system"];

/** An AsyncAPI document for Kafka topics the producer sends to; 2.6 and 3.0 shapes differ substantially. */
export function buildAsyncApiSpec(input: AsyncApiSpecInput): string {
  const messageName = (event: AsyncApiEvent) => pascalCase(event.name);
  const schemas = Object.fromEntries(
    input.events.map((event) => [
      messageName(event),
      {
        ...objectSchema([...ENVELOPE, ...event.fields], [...ENVELOPE, ...event.required]),
        description: event.summary,
      },
    ]),
  );
  const messages = Object.fromEntries(
    input.events.map((event) => [
      messageName(event),
      {
        name: event.name,
        title: event.summary,
        contentType: "application/json",
        headers: { type: "object", properties: { traceparent: { type: "string", description: "W3C trace context." } } },
        payload: { $ref: `#/components/schemas/${messageName(event)}` },
      },
    ]),
  );
  const securitySchemes = { saslScram: { type: "scramSha512", description: "One Kafka principal per producing or consuming system." } };
  const info = { title: input.title, version: input.version, description: input.description };

  const document =
    input.asyncapi === "2.6.0"
      ? {
          asyncapi: "2.6.0",
          info,
          servers: { production: { url: BROKER, protocol: "kafka", security: [{ saslScram: [] }] } },
          defaultContentType: "application/json",
          channels: Object.fromEntries(
            input.events.map((event) => [
              `${event.name}.v${input.version.split(".")[0]}`,
              {
                description: event.summary,
                subscribe: {
                  operationId: `on${messageName(event)}`,
                  summary: `Consumers receive ${event.name} events.`,
                  message: { $ref: `#/components/messages/${messageName(event)}` },
                },
              },
            ]),
          ),
          components: { schemas, messages, securitySchemes },
        }
      : {
          asyncapi: "3.0.0",
          info,
          servers: {
            production: { host: BROKER, protocol: "kafka", security: [{ $ref: "#/components/securitySchemes/saslScram" }] },
          },
          defaultContentType: "application/json",
          channels: Object.fromEntries(
            input.events.map((event) => [
              messageName(event),
              {
                address: `${event.name}.v${input.version.split(".")[0]}`,
                description: event.summary,
                messages: { [messageName(event)]: { $ref: `#/components/messages/${messageName(event)}` } },
              },
            ]),
          ),
          operations: Object.fromEntries(
            input.events.map((event) => [
              `send${messageName(event)}`,
              {
                action: "send",
                summary: `The producer publishes ${event.name}.`,
                channel: { $ref: `#/channels/${messageName(event)}` },
                messages: [{ $ref: `#/channels/${messageName(event)}/messages/${messageName(event)}` }],
              },
            ]),
          ),
          components: { schemas, messages, securitySchemes },
        };
  return stringify(document, { aliasDuplicateObjects: false });
}
