import { parse as parseYaml } from "yaml";
import { isObject, type JsonObject } from "./ref-resolver";
import type { ContractFormat } from "./types";

export class ContractParseError extends Error {
  override readonly name = "ContractParseError";
}

/** Parses a contract written in JSON or YAML (JSON first: it is much faster and YAML would accept it anyway). */
export function parseContractText(text: string): JsonObject {
  let value: unknown;
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
  }
  if (value === undefined) {
    try {
      value = parseYaml(text, { maxAliasCount: 10_000 });
    } catch (error) {
      throw new ContractParseError(`not valid JSON or YAML: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  if (!isObject(value)) throw new ContractParseError("the document is not an object");
  return value;
}

export function detectContractFormat(document: JsonObject): ContractFormat {
  if (typeof document.openapi === "string") {
    if (!document.openapi.startsWith("3.")) throw new ContractParseError(`OpenAPI ${document.openapi} is not supported (3.0 and 3.1 are)`);
    return "openapi";
  }
  if (document.swagger !== undefined) throw new ContractParseError("Swagger 2.0 is not supported: convert it to OpenAPI 3 first");
  if (typeof document.asyncapi === "string") return "asyncapi";
  return "json_schema";
}
