import { entries, isObject, type JsonObject, type RefResolver } from "./ref-resolver";

interface SchemeChange {
  kind: string;
  message: string;
  pointer: string[];
}

const show = (value: unknown) => JSON.stringify(value ?? null);

/** The fields of a security scheme that decide how a caller authenticates, each with the change id it gets. */
const SCHEME_FIELDS: ReadonlyArray<[field: string, kind: string]> = [
  ["scheme", "api-security-component-scheme-changed"],
  ["bearerFormat", "api-security-component-bearer-format-changed"],
  ["in", "api-security-component-in-changed"],
  ["name", "api-security-component-name-changed"],
  ["openIdConnectUrl", "api-security-component-open-id-connect-url-changed"],
];

const FLOW_URLS: ReadonlyArray<[field: string, kind: string]> = [
  ["authorizationUrl", "api-security-component-oauth-url-changed"],
  ["tokenUrl", "api-security-component-oauth-token-url-changed"],
  ["refreshUrl", "api-security-component-oauth-refresh-url-changed"],
];

function schemesOf(resolver: RefResolver): Map<string, JsonObject> {
  const document = resolver.document as JsonObject;
  const components = isObject(document.components) ? document.components : {};
  return new Map(
    entries(components.securitySchemes).flatMap(([name, raw]) => {
      const node = resolver.resolve(raw).node;
      return node ? [[name, node] as const] : [];
    }),
  );
}

/**
 * Changes to components.securitySchemes: how callers authenticate. Whether an operation still accepts a caller is
 * judged per operation (security requirements); here the schemes themselves.
 */
export function diffSecuritySchemes(base: RefResolver, revision: RefResolver): SchemeChange[] {
  const before = schemesOf(base);
  const after = schemesOf(revision);
  const changes: SchemeChange[] = [];
  for (const [name, scheme] of before) {
    const pointer = ["components", "securitySchemes", name];
    const match = after.get(name);
    if (!match) {
      changes.push({ kind: "api-security-component-removed", message: `The security scheme ${show(name)} was removed.`, pointer });
      continue;
    }
    if (scheme.type !== match.type) {
      changes.push({
        kind: "api-security-component-type-changed",
        message: `The security scheme ${show(name)} changed type from ${show(scheme.type)} to ${show(match.type)}: callers authenticate differently.`,
        pointer: [...pointer, "type"],
      });
      continue;
    }
    for (const [field, kind] of SCHEME_FIELDS) {
      // HTTP authentication scheme names are case-insensitive (RFC 9110): "Bearer" is "bearer".
      const was = field === "scheme" && typeof scheme[field] === "string" ? scheme[field].toLowerCase() : scheme[field];
      const is = field === "scheme" && typeof match[field] === "string" ? match[field].toLowerCase() : match[field];
      if (show(was) !== show(is))
        changes.push({
          kind,
          message: `The security scheme ${show(name)} changed ${field} from ${show(scheme[field])} to ${show(match[field])}.`,
          pointer: [...pointer, field],
        });
    }
    changes.push(...diffFlows(name, scheme.flows, match.flows, [...pointer, "flows"]));
  }
  for (const name of after.keys()) {
    if (!before.has(name))
      changes.push({
        kind: "api-security-component-added",
        message: `The security scheme ${show(name)} was added.`,
        pointer: ["components", "securitySchemes", name],
      });
  }
  return changes;
}

function diffFlows(name: string, base: unknown, revision: unknown, pointer: string[]): SchemeChange[] {
  const changes: SchemeChange[] = [];
  const before = new Map(entries(base));
  const after = new Map(entries(revision));
  for (const [flow, raw] of before) {
    const at = [...pointer, flow];
    const match = after.get(flow);
    if (!isObject(match)) {
      changes.push({
        kind: "api-security-component-oauth-flow-removed",
        message: `The security scheme ${show(name)} no longer offers the ${flow} flow.`,
        pointer: at,
      });
      continue;
    }
    const was = isObject(raw) ? raw : {};
    for (const [field, kind] of FLOW_URLS) {
      if (show(was[field]) !== show(match[field]))
        changes.push({
          kind,
          message: `The ${flow} flow of ${show(name)} changed ${field} from ${show(was[field])} to ${show(match[field])}.`,
          pointer: [...at, field],
        });
    }
    const scopesBefore = isObject(was.scopes) ? was.scopes : {};
    const scopesAfter = isObject(match.scopes) ? match.scopes : {};
    for (const scope of Object.keys(scopesBefore)) {
      if (!Object.hasOwn(scopesAfter, scope))
        changes.push({
          kind: "api-security-component-oauth-scope-removed",
          message: `The ${flow} flow of ${show(name)} no longer offers the scope ${show(scope)}.`,
          pointer: [...at, "scopes", scope],
        });
      else if (scopesBefore[scope] !== scopesAfter[scope])
        changes.push({
          kind: "api-security-component-oauth-scope-changed",
          message: `The ${flow} flow of ${show(name)} describes the scope ${show(scope)} differently.`,
          pointer: [...at, "scopes", scope],
        });
    }
    for (const scope of Object.keys(scopesAfter)) {
      if (!Object.hasOwn(scopesBefore, scope))
        changes.push({
          kind: "api-security-component-oauth-scope-added",
          message: `The ${flow} flow of ${show(name)} offers the new scope ${show(scope)}.`,
          pointer: [...at, "scopes", scope],
        });
    }
  }
  for (const flow of after.keys()) {
    if (!before.has(flow))
      changes.push({
        kind: "api-security-component-oauth-flow-added",
        message: `The security scheme ${show(name)} now offers the ${flow} flow.`,
        pointer: [...pointer, flow],
      });
  }
  return changes;
}
