import { readContractText } from "@/lib/contract-text/read-contract-text";
import { isObject, type JsonObject } from "./ref-resolver";
import type { ContractFormat } from "./types";

export class ContractParseError extends Error {
  override readonly name = "ContractParseError";
}

/**
 * Reads a contract written in JSON or YAML through the one contract text reader (the same YAML semantics,
 * merge keys and alias bound as validation and the viewer), for the diff engine and the CLI.
 */
export function parseContractText(text: string): JsonObject {
  const read = readContractText(text);
  if (!read.ok) {
    const [issue] = read.issues;
    throw new ContractParseError(`${issue.message.replace(/\.$/, "")} (line ${issue.line}, column ${issue.column})`);
  }
  if (!isObject(read.parsed.document)) throw new ContractParseError("the document is not an object");
  return read.parsed.document;
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
