import type { ChangeLevel, ChangeSeverity, DataSide } from "./types";

/**
 * Every change id the engine reports, with its severity and, where oasdiff has the same check, oasdiff's level
 * (its published catalogue: checker/rules.go, read for decision 010) and our reason when we judge it differently.
 * The README's "Contract change ids" table is generated from this file (scripts/contract-change-ids.ts).
 */

// Widening lets more values through, narrowing fewer. A reader breaks when the writer widens (it meets values it
// never had to handle); a writer breaks when the reader narrows (values it sends are now rejected). Incompatible is
// neither (string -> integer) and breaks both; unknown cannot be decided by reading (a pattern replaced) and warns.
export type Effect = "widening" | "narrowing" | "incompatible" | "unknown" | "documentation" | "neutral";

interface SchemaChangeRule {
  effect: Effect;
  summary: string;
  /** Our severity on one side when it is not what the effect gives, with the reason in `why`. */
  request?: ChangeSeverity;
  response?: ChangeSeverity;
  why?: string;
}

const range = (name: string, label: string): Record<string, SchemaChangeRule> => ({
  [`${name}-set`]: { effect: "narrowing", summary: `a ${label} was set` },
  [`${name}-unset`]: { effect: "widening", summary: `the ${label} was removed` },
  [`${name}-increased`]: { effect: name.includes("min") ? "narrowing" : "widening", summary: `the ${label} was raised` },
  [`${name}-decreased`]: { effect: name.includes("min") ? "widening" : "narrowing", summary: `the ${label} was lowered` },
});

const DEFAULT_WHY =
  "oasdiff reports default changes as info. A caller that omits the value silently gets different behaviour, which may break some callers, so the portal warns (issue #13).";

/** Changes inside a schema; the id is `<side>-<place>-<change>` (see schemaChangeId). */
export const SCHEMA_CHANGES: Record<string, SchemaChangeRule> = {
  "type-changed": { effect: "incompatible", summary: "the type changed to an unrelated one" },
  "type-generalized": { effect: "widening", summary: "the type was widened (integer to number, a type added to a list)" },
  "type-specialized": { effect: "narrowing", summary: "the type was narrowed (number to integer, a type dropped from a list)" },
  "type-added": { effect: "narrowing", summary: "a value of any type is now restricted to a type" },
  "type-removed": { effect: "widening", summary: "the type restriction was removed" },
  "became-nullable": { effect: "widening", summary: "the value may now be null" },
  "became-not-nullable": { effect: "narrowing", summary: "the value may no longer be null" },
  "format-added": { effect: "narrowing", summary: "a format was added" },
  "format-removed": { effect: "widening", summary: "the format was removed" },
  "format-changed": { effect: "incompatible", summary: "the format changed" },
  "became-enum": { effect: "narrowing", summary: "the value was restricted to a list of values" },
  "became-not-enum": { effect: "widening", summary: "the list of allowed values was removed" },
  "enum-value-removed": { effect: "narrowing", summary: "an enum value was removed" },
  "enum-value-added": {
    effect: "widening",
    summary: "an enum value was added",
    response: "warning",
    why: "As oasdiff (WARN): readers that switch on the value may meet one they do not know; tolerant readers do not break.",
  },
  "const-added": { effect: "narrowing", summary: "the value was fixed with const" },
  "const-removed": { effect: "widening", summary: "the const was removed" },
  "const-changed": { effect: "incompatible", summary: "the const value changed" },
  "x-extensible-enum-value-removed": { effect: "narrowing", summary: "an x-extensible-enum value was removed" },
  "x-extensible-enum-value-added": {
    effect: "widening",
    summary: "an x-extensible-enum value was added",
    response: "non-breaking",
    why: "An extensible enum promises readers that new values will come: they must already handle unknown ones.",
  },
  ...range("max", "maximum"),
  ...range("min", "minimum"),
  ...range("exclusive-max", "exclusive maximum"),
  ...range("exclusive-min", "exclusive minimum"),
  ...range("max-length", "maximum length"),
  ...range("min-length", "minimum length"),
  ...range("max-items", "maximum item count"),
  ...range("min-items", "minimum item count"),
  ...range("max-properties", "maximum property count"),
  ...range("min-properties", "minimum property count"),
  ...range("max-contains", "maximum count of matching items"),
  ...range("min-contains", "minimum count of matching items"),
  "multiple-of-set": { effect: "narrowing", summary: "values must now be a multiple of a number" },
  "multiple-of-unset": { effect: "widening", summary: "the multipleOf constraint was removed" },
  "multiple-of-specialized": { effect: "narrowing", summary: "multipleOf changed to a multiple of the old one" },
  "multiple-of-generalized": { effect: "widening", summary: "multipleOf changed to a divisor of the old one" },
  "multiple-of-changed": { effect: "incompatible", summary: "multipleOf changed to an unrelated number" },
  "pattern-added": { effect: "narrowing", summary: "a pattern was added" },
  "pattern-removed": { effect: "widening", summary: "the pattern was removed" },
  "pattern-changed": { effect: "unknown", summary: "the pattern changed (whether it accepts more or less cannot be decided)" },
  "unique-items-set": { effect: "narrowing", summary: "items must now be unique" },
  "unique-items-unset": { effect: "widening", summary: "items no longer need to be unique" },
  deprecated: { effect: "documentation", summary: "the value was deprecated" },
  reactivated: { effect: "documentation", summary: "the value is no longer deprecated" },
  "default-value-added": { effect: "documentation", summary: "a default value was added" },
  "default-value-changed": { effect: "documentation", summary: "the default value changed", request: "warning", why: DEFAULT_WHY },
  "default-value-removed": { effect: "documentation", summary: "the default value was removed", request: "warning", why: DEFAULT_WHY },
  "stability-decreased": { effect: "incompatible", summary: "x-stability-level went down (stable to beta, beta to alpha, ...)" },
  "stability-increased": { effect: "documentation", summary: "x-stability-level went up" },
  "content-media-type-changed": { effect: "incompatible", summary: "contentMediaType changed, set or removed" },
  "content-encoding-changed": { effect: "incompatible", summary: "contentEncoding changed, set or removed" },
  "content-schema-added": { effect: "narrowing", summary: "a contentSchema was added" },
  "content-schema-removed": { effect: "widening", summary: "the contentSchema was removed" },
  "additional-properties-forbidden": { effect: "narrowing", summary: "additionalProperties became false" },
  "additional-properties-allowed": { effect: "widening", summary: "additionalProperties is no longer false" },
  "pattern-property-added": { effect: "narrowing", summary: "a patternProperties entry was added" },
  "pattern-property-removed": { effect: "widening", summary: "a patternProperties entry was removed" },
  "dependent-schema-added": { effect: "narrowing", summary: "a dependentSchemas entry was added" },
  "dependent-schema-removed": { effect: "widening", summary: "a dependentSchemas entry was removed" },
  "dependent-required-added": { effect: "narrowing", summary: "dependentRequired requires more properties" },
  "dependent-required-removed": { effect: "widening", summary: "dependentRequired requires fewer properties" },
  "dependent-required-changed": { effect: "incompatible", summary: "dependentRequired requires different properties" },
  "unevaluated-properties-added": { effect: "narrowing", summary: "unevaluatedProperties now constrains the object" },
  "unevaluated-properties-removed": { effect: "widening", summary: "unevaluatedProperties no longer constrains the object" },
  "unevaluated-items-added": { effect: "narrowing", summary: "unevaluatedItems now constrains the array" },
  "unevaluated-items-removed": { effect: "widening", summary: "unevaluatedItems no longer constrains the array" },
  // oasdiff's levels: a new position schema is info in requests and an error in responses, the reverse for removal.
  "prefix-items-added": { effect: "widening", summary: "a prefixItems position schema was added" },
  "prefix-items-removed": { effect: "narrowing", summary: "a prefixItems position schema was removed" },
  "contains-added": { effect: "narrowing", summary: "contains was added" },
  "contains-removed": { effect: "widening", summary: "contains was removed" },
  "property-names-added": { effect: "narrowing", summary: "propertyNames was added" },
  "property-names-removed": { effect: "widening", summary: "propertyNames was removed" },
  "if-added": { effect: "narrowing", summary: "an if/then/else condition was added" },
  "if-removed": { effect: "widening", summary: "the if condition was removed" },
  "if-changed": { effect: "unknown", summary: "the if condition changed (which values then/else apply to moved)" },
  "then-added": { effect: "narrowing", summary: "then was added" },
  "then-removed": { effect: "widening", summary: "then was removed" },
  "else-added": { effect: "narrowing", summary: "else was added" },
  "else-removed": { effect: "widening", summary: "else was removed" },
  "not-added": { effect: "narrowing", summary: "a not schema was added" },
  "not-removed": { effect: "widening", summary: "the not schema was removed" },
  "not-changed": { effect: "unknown", summary: "the not schema changed (inverted: cannot be judged by widening/narrowing)" },
  "all-of-added": { effect: "narrowing", summary: "an allOf member was added" },
  "all-of-removed": { effect: "widening", summary: "an allOf member was removed" },
  "any-of-added": { effect: "widening", summary: "an anyOf member was added" },
  "any-of-removed": { effect: "narrowing", summary: "an anyOf member was removed" },
  "one-of-added": { effect: "widening", summary: "a oneOf member was added" },
  "one-of-removed": { effect: "narrowing", summary: "a oneOf member was removed" },
  "discriminator-added": { effect: "neutral", summary: "a discriminator was added" },
  "discriminator-removed": { effect: "neutral", summary: "the discriminator was removed" },
  "discriminator-property-name-changed": { effect: "neutral", summary: "the discriminator property changed" },
  "discriminator-mapping-added": { effect: "neutral", summary: "a discriminator mapping was added" },
  "discriminator-mapping-deleted": { effect: "neutral", summary: "a discriminator mapping was removed" },
  "discriminator-mapping-changed": { effect: "neutral", summary: "a discriminator mapping changed" },
  "schema-added": { effect: "narrowing", summary: "a schema now describes a value that had none" },
  "schema-removed": { effect: "widening", summary: "the value is no longer described by a schema" },
  "schema-reference-changed": { effect: "incompatible", summary: "an external $ref (not followed) points elsewhere" },
};

interface FixedRule {
  severity: ChangeSeverity;
  summary: string;
  why?: string;
}

const READ_ONLY_WHY =
  "oasdiff reports mutability changes as info; a request property that became readOnly is ignored (or rejected) when callers send it, so the portal warns (issue #13).";

/** Property-level schema changes with a whole id of their own (oasdiff names them this way). */
export const PROPERTY_CHANGES: Record<string, FixedRule> = {
  "request-property-removed": { severity: "warning", summary: "a request property was removed: the provider no longer reads what callers send" },
  "new-required-request-property": { severity: "breaking", summary: "a new required request property: existing callers do not send it" },
  "new-optional-request-property": { severity: "non-breaking", summary: "a new optional request property" },
  "request-property-became-required": { severity: "breaking", summary: "a request property (declared or only named in `required`) became required" },
  "request-property-became-optional": { severity: "non-breaking", summary: "a request property became optional" },
  "response-required-property-removed": { severity: "breaking", summary: "a required response property was removed" },
  "response-optional-property-removed": {
    severity: "breaking",
    summary: "an optional response property was removed",
    why: "oasdiff (since v1.30): info. Interchange's consumers are readers that declared the fields they use: one that reads it loses data it relied on, and consumer impact names which.",
  },
  "response-required-property-added": { severity: "non-breaking", summary: "a new required response property" },
  "response-optional-property-added": { severity: "non-breaking", summary: "a new optional response property" },
  "response-property-became-optional": { severity: "breaking", summary: "a response property became optional: readers may no longer receive it" },
  "response-property-became-required": { severity: "non-breaking", summary: "a response property became required" },
  "request-required-property-became-read-only": { severity: "warning", summary: "a required request property became readOnly", why: READ_ONLY_WHY },
  "request-optional-property-became-read-only": { severity: "warning", summary: "an optional request property became readOnly", why: READ_ONLY_WHY },
  "request-required-property-became-non-read-only": {
    severity: "breaking",
    summary: "a required property callers never sent (readOnly) must now be sent",
    why: "oasdiff: info. A readOnly property is not sent by callers; once it is writable and required, every existing request lacks it.",
  },
  "request-optional-property-became-non-read-only": { severity: "non-breaking", summary: "an optional request property is no longer readOnly" },
  "request-required-property-became-write-only": { severity: "informational", summary: "a required request property became writeOnly (no effect on requests)" },
  "request-optional-property-became-write-only": {
    severity: "informational",
    summary: "an optional request property became writeOnly (no effect on requests)",
  },
  "request-required-property-became-non-write-only": { severity: "informational", summary: "a required request property is no longer writeOnly" },
  "request-optional-property-became-non-write-only": { severity: "informational", summary: "an optional request property is no longer writeOnly" },
  "response-required-property-became-write-only": {
    severity: "breaking",
    summary: "a required response property became writeOnly: it disappears from responses",
    why: "oasdiff: info. A writeOnly property is not returned: for readers it is a removed required property.",
  },
  "response-optional-property-became-write-only": {
    severity: "breaking",
    summary: "an optional response property became writeOnly: it disappears from responses",
    why: "oasdiff: info. For readers it is a removed optional property, which the portal judges breaking.",
  },
  "response-required-property-became-non-write-only": { severity: "warning", summary: "a required property that was writeOnly now appears in responses" },
  "response-optional-property-became-non-write-only": {
    severity: "informational",
    summary: "an optional property that was writeOnly now appears in responses",
  },
  "response-required-property-became-read-only": {
    severity: "informational",
    summary: "a required response property became readOnly (no effect on responses)",
  },
  "response-optional-property-became-read-only": {
    severity: "informational",
    summary: "an optional response property became readOnly (no effect on responses)",
  },
  "response-required-property-became-non-read-only": { severity: "informational", summary: "a required response property is no longer readOnly" },
  "response-optional-property-became-non-read-only": { severity: "informational", summary: "an optional response property is no longer readOnly" },
};

const SECURITY_URL_WHY = "oasdiff: info. Clients configured with the old URL fail to obtain or refresh tokens, so the portal warns.";

/** Changes outside schemas: paths, operations, parameters, bodies, responses, security, AsyncAPI channels. */
export const OTHER_CHANGES: Record<string, FixedRule> = {
  "endpoint-added": { severity: "non-breaking", summary: "an operation (or a path with its operations) was added" },
  "api-path-removed-without-deprecation": { severity: "breaking", summary: "a path and all its operations were removed" },
  "api-path-removed-with-deprecation": {
    severity: "non-breaking",
    summary: "a path was removed after all its operations were deprecated and their sunset passed",
  },
  "api-path-removed-before-sunset": { severity: "breaking", summary: "a deprecated path was removed before its sunset date" },
  "api-removed-without-deprecation": { severity: "breaking", summary: "an operation was removed" },
  "api-removed-with-deprecation": { severity: "non-breaking", summary: "a deprecated operation was removed after its sunset date" },
  "api-removed-before-sunset": {
    severity: "breaking",
    summary: "a deprecated operation was removed before its sunset date (x-sunset or the portal's deprecation record)",
  },
  "endpoint-deprecated": { severity: "informational", summary: "an operation was deprecated" },
  "endpoint-deprecated-with-sunset": { severity: "informational", summary: "an operation was deprecated with an x-sunset date" },
  "endpoint-reactivated": { severity: "informational", summary: "an operation is no longer deprecated" },
  "api-deprecated-sunset-missing": {
    severity: "warning",
    summary: "an operation was deprecated with no x-sunset and no deprecation recorded in the portal",
    why: "oasdiff: error. In the portal the sunset may also come from the deprecation record; with neither, consumers get no date, which the portal warns about.",
  },
  "api-sunset-date-too-small": { severity: "breaking", summary: "an x-sunset date gives less notice than the contract's tier requires" },
  "api-sunset-date-changed-too-small": { severity: "breaking", summary: "x-sunset moved earlier, inside the tier's minimum notice" },
  "sunset-deleted": { severity: "breaking", summary: "x-sunset was removed while the operation stays deprecated" },
  "api-sunset-before-deprecation-record": { severity: "breaking", summary: "x-sunset is earlier than the sunset announced in the portal's deprecation record" },
  "api-stability-decreased": { severity: "breaking", summary: "the operation's x-stability-level went down" },
  "api-stability-increased": { severity: "informational", summary: "the operation's x-stability-level went up" },
  "api-invalid-stability-level": { severity: "breaking", summary: "x-stability-level is not draft, alpha, beta or stable" },
  "api-operation-id-removed": {
    severity: "informational",
    summary: "the operationId changed or was removed",
    why: "Before #13 the portal called this breaking. The wire contract is unchanged; regenerated SDKs rename a method, which fails at build time, visibly. Follows oasdiff (info).",
  },
  "api-operation-id-added": { severity: "informational", summary: "an operationId was added" },
  "api-tag-added": { severity: "informational", summary: "a tag was added to an operation" },
  "api-tag-removed": { severity: "informational", summary: "a tag was removed from an operation" },
  "operation-documentation-changed": { severity: "informational", summary: "an operation's summary or description changed" },
  "request-parameter-removed": { severity: "warning", summary: "a parameter was removed: callers that send it may be rejected or ignored" },
  "request-parameter-removed-with-deprecation": { severity: "non-breaking", summary: "a deprecated parameter was removed" },
  "new-required-request-parameter": { severity: "breaking", summary: "a new required parameter" },
  "new-optional-request-parameter": { severity: "non-breaking", summary: "a new optional parameter" },
  "request-parameter-became-required": { severity: "breaking", summary: "a parameter became required" },
  "request-parameter-became-optional": { severity: "non-breaking", summary: "a parameter became optional" },
  "request-parameter-style-changed": { severity: "breaking", summary: "a parameter's style changed: callers serialise it differently" },
  "request-parameter-explode-changed": { severity: "breaking", summary: "a parameter's explode changed: callers serialise it differently" },
  "request-parameter-became-allow-reserved": { severity: "non-breaking", summary: "a parameter now accepts reserved characters unencoded" },
  "request-parameter-became-not-allow-reserved": { severity: "breaking", summary: "a parameter no longer accepts reserved characters unencoded" },
  "request-parameter-became-allow-empty-value": { severity: "non-breaking", summary: "a parameter now accepts an empty value" },
  "request-parameter-became-not-allow-empty-value": { severity: "breaking", summary: "a parameter no longer accepts an empty value" },
  "request-parameter-deprecated": { severity: "informational", summary: "a parameter was deprecated" },
  "request-parameter-reactivated": { severity: "informational", summary: "a parameter is no longer deprecated" },
  "request-body-added-required": { severity: "breaking", summary: "a required request body was added" },
  "request-body-added-optional": { severity: "non-breaking", summary: "an optional request body was added" },
  "request-body-removed": { severity: "breaking", summary: "the request body was removed" },
  "request-body-became-required": { severity: "breaking", summary: "the request body became required" },
  "request-body-became-optional": { severity: "non-breaking", summary: "the request body became optional" },
  "request-body-media-type-removed": { severity: "breaking", summary: "the request body no longer accepts a media type" },
  "request-body-media-type-added": { severity: "non-breaking", summary: "the request body accepts a new media type" },
  "response-media-type-removed": { severity: "breaking", summary: "a response no longer provides a media type" },
  "response-media-type-added": { severity: "non-breaking", summary: "a response provides a new media type" },
  "response-success-status-removed": { severity: "breaking", summary: "a 2xx response was removed" },
  "response-success-status-added": { severity: "non-breaking", summary: "a 2xx response was added" },
  "response-non-success-status-removed": { severity: "non-breaking", summary: "a non-2xx response was removed" },
  "response-non-success-status-added": { severity: "non-breaking", summary: "a non-2xx response was added" },
  "response-default-removed": {
    severity: "breaking",
    summary: "the `default` response was removed and no 2xx response is left",
    why: "oasdiff: default is a non-success status (info). When it was the only description of a successful answer, readers lose it; with a 2xx left it is non-breaking.",
  },
  "response-default-removed-with-success": { severity: "non-breaking", summary: "the `default` response was removed; 2xx responses remain" },
  "required-response-header-removed": { severity: "breaking", summary: "a required response header was removed" },
  "optional-response-header-removed": { severity: "warning", summary: "an optional response header was removed" },
  "response-header-became-optional": { severity: "breaking", summary: "a response header became optional" },
  "response-header-added": { severity: "non-breaking", summary: "a response header was added" },
  "api-security-removed": {
    severity: "breaking",
    summary: "callers can no longer authenticate with a security requirement (and no remaining one asks for less)",
  },
  "api-security-added": { severity: "non-breaking", summary: "callers may also authenticate with a new security requirement" },
  "api-security-anonymous-access-removed": {
    severity: "breaking",
    summary: "an operation that accepted anonymous calls now requires authentication",
    why: "Older oasdiff reports a security requirement added to a public operation as api-security-added (info); current oasdiff reports it as here.",
  },
  "api-security-anonymous-access-added": { severity: "non-breaking", summary: "an operation now accepts anonymous calls" },
  "api-security-scope-added": { severity: "breaking", summary: "a security requirement needs a new scope" },
  "api-security-scope-removed": { severity: "non-breaking", summary: "a security requirement needs fewer scopes" },
  "api-security-component-added": { severity: "informational", summary: "a security scheme was added to components" },
  "api-security-component-removed": {
    severity: "informational",
    summary: "a security scheme was removed from components (operations using it are reported separately)",
  },
  "api-security-component-type-changed": {
    severity: "breaking",
    summary: "a security scheme's type changed (apiKey, http, oauth2, openIdConnect, mutualTLS)",
    why: "oasdiff: info. Every caller using the scheme authenticates a different way.",
  },
  "api-security-component-scheme-changed": { severity: "breaking", summary: "an http security scheme's scheme changed (basic, bearer, ...)" },
  "api-security-component-bearer-format-changed": { severity: "warning", summary: "an http bearer scheme's bearerFormat changed" },
  "api-security-component-in-changed": { severity: "breaking", summary: "an apiKey moved (header, query, cookie)" },
  "api-security-component-name-changed": { severity: "breaking", summary: "an apiKey's header, query or cookie name changed" },
  "api-security-component-open-id-connect-url-changed": { severity: "breaking", summary: "an openIdConnect scheme's discovery URL changed" },
  "api-security-component-oauth-flow-added": { severity: "non-breaking", summary: "an OAuth flow was added" },
  "api-security-component-oauth-flow-removed": { severity: "breaking", summary: "an OAuth flow was removed" },
  "api-security-component-oauth-url-changed": { severity: "warning", summary: "an OAuth flow's authorizationUrl changed", why: SECURITY_URL_WHY },
  "api-security-component-oauth-token-url-changed": { severity: "warning", summary: "an OAuth flow's tokenUrl changed", why: SECURITY_URL_WHY },
  "api-security-component-oauth-refresh-url-changed": { severity: "warning", summary: "an OAuth flow's refreshUrl changed" },
  "api-security-component-oauth-scope-added": { severity: "informational", summary: "an OAuth flow offers a new scope" },
  "api-security-component-oauth-scope-removed": {
    severity: "informational",
    summary: "an OAuth flow no longer offers a scope (operations that required it are reported separately)",
  },
  "api-security-component-oauth-scope-changed": { severity: "informational", summary: "an OAuth scope's description changed" },
  "channel-removed": { severity: "breaking", summary: "an AsyncAPI channel was removed" },
  "channel-added": { severity: "non-breaking", summary: "an AsyncAPI channel was added" },
  "sent-message-removed": { severity: "breaking", summary: "the application no longer sends a message consumers read" },
  "sent-message-added": { severity: "breaking", summary: "the application sends a new message on a channel consumers read (like a new oneOf branch)" },
  "received-message-removed": { severity: "breaking", summary: "the application no longer accepts a message producers send" },
  "received-message-added": { severity: "non-breaking", summary: "the application accepts a new message" },
};

/**
 * oasdiff's level for the ids it shares with us (checker/rules.go). Written out with `body|property` standing for
 * the two places oasdiff names separately with the same level.
 */
function expand(entries: string): string[] {
  return entries
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((entry) => {
      const match = /^(.*)\{([^}]*)\}(.*)$/.exec(entry);
      return match ? match[2].split("|").flatMap((part) => expand(match[1] + part + match[3])) : [entry];
    });
}

const OASDIFF_ERROR = expand(`
  api-security-removed api-security-scope-added api-security-anonymous-access-removed api-stability-decreased
  {request|response}-property-stability-decreased api-deprecated-sunset-missing api-invalid-stability-level
  api-sunset-date-too-small api-path-removed-without-deprecation api-path-removed-before-sunset api-removed-without-deprecation
  api-removed-before-sunset sunset-deleted api-sunset-date-changed-too-small request-body-added-required new-required-request-parameter
  new-request-path-parameter request-body-became-enum request-body-media-type-removed request-body-removed request-body-became-required
  request-parameter-became-enum request-parameter-became-not-nullable request-parameter-enum-value-removed request-parameter-max-items-decreased
  request-parameter-max-length-set request-parameter-max-length-decreased request-parameter-max-set request-parameter-exclusive-max-set
  request-parameter-max-decreased request-parameter-exclusive-max-decreased request-parameter-min-items-set request-parameter-min-items-increased
  request-parameter-min-length-increased request-parameter-min-set request-parameter-exclusive-min-set request-parameter-min-increased
  request-parameter-exclusive-min-increased request-parameter-pattern-added request-parameter-became-required request-parameter-type-changed
  request-parameter-x-extensible-enum-value-removed request-parameter-style-changed request-parameter-explode-changed
  request-parameter-became-not-allow-reserved
  request-{body|property}-all-of-added request-{body|property}-any-of-removed request-{body|property}-one-of-removed request-property-became-enum
  request-{body|property}-became-not-nullable request-{body|property}-const-added request-{body|property}-const-changed
  request-{body|property}-enum-value-removed request-{body|property}-{max|exclusive-max|max-length|max-items|max-properties}-decreased
  request-{body|property}-{max|exclusive-max|max-length|max-items|max-properties|min|exclusive-min|min-items|multiple-of|unique-items}-set
  request-{body|property}-{min|exclusive-min|min-length|min-items|min-properties}-increased request-property-pattern-added
  request-property-became-required request-{body|property}-type-changed new-required-request-property request-property-x-extensible-enum-value-removed
  request-{body|property}-multiple-of-changed request-{body|property}-prefix-items-removed
  request-{body|property}-{if|then|else|contains|content-schema|property-names|unevaluated-items|unevaluated-properties}-added
  request-{body|property}-{dependent-required-added|dependent-required-changed|dependent-schema-added|pattern-property-added}
  request-{body|property}-min-contains-increased request-{body|property}-max-contains-decreased
  request-{body|property}-{content-media-type|content-encoding}-changed
  response-header-became-optional required-response-header-removed response-header-type-changed response-header-type-generalized
  response-header-became-nullable response-media-type-removed response-property-pattern-removed response-{body|property}-all-of-removed
  response-{body|property}-{any-of|one-of}-added response-{body|property}-became-nullable response-property-became-optional
  response-{body|property}-const-{removed|changed} response-{body|property}-{max|exclusive-max|max-length|max-items|max-properties}-increased
  response-{body|property}-{min|exclusive-min|min-length|min-items|min-properties}-decreased
  response-{body|property}-{max-length|min-items|unique-items|multiple-of}-unset response-{body|property}-type-{changed|generalized}
  response-required-property-removed response-success-status-removed response-{body|property}-multiple-of-changed
  response-{body|property}-prefix-items-added
  response-{body|property}-{if|then|else|contains|content-schema|property-names|unevaluated-items|unevaluated-properties}-removed
  response-{body|property}-{dependent-required-removed|dependent-required-changed|dependent-schema-removed|pattern-property-removed}
  response-{body|property}-min-contains-decreased response-{body|property}-max-contains-increased
  response-{body|property}-{content-media-type|content-encoding}-changed
`);

const OASDIFF_WARNING = expand(`
  request-parameter-pattern-changed request-parameter-removed request-property-pattern-changed request-property-removed
  optional-response-header-removed response-property-pattern-changed response-property-enum-value-added
  response-required-property-became-non-write-only
`);

const OASDIFF_INFO = expand(`
  {request|response}-property-{deprecated|reactivated}
  endpoint-added api-security-added api-security-scope-removed api-security-anonymous-access-added api-stability-increased
  {request|response}-property-stability-increased endpoint-reactivated endpoint-deprecated endpoint-deprecated-with-sunset
  request-parameter-reactivated request-parameter-deprecated api-path-removed-with-deprecation api-removed-with-deprecation
  request-body-added-optional new-optional-request-parameter request-body-media-type-added request-body-became-optional
  request-parameter-became-nullable request-parameter-default-value-{added|changed|removed} request-parameter-enum-value-added
  request-parameter-{max-items|max-length|max|exclusive-max}-increased request-parameter-{min-items|min-length|min|exclusive-min}-decreased
  request-parameter-pattern-removed request-parameter-removed-with-deprecation request-parameter-became-optional
  request-parameter-type-generalized request-parameter-became-allow-reserved
  request-{body|property}-all-of-removed request-{body|property}-{any-of|one-of}-added request-{body|property}-became-nullable
  request-{body|property}-default-value-{added|changed|removed} request-{body|property}-const-removed request-property-enum-value-added
  request-{body|property}-{max|exclusive-max|max-length|max-items|max-properties}-increased
  request-{body|property}-{min|exclusive-min|min-length}-decreased request-property-pattern-removed request-property-became-optional
  request-{body|property}-type-generalized new-optional-request-property
  request-{required|optional}-property-became-{read-only|non-read-only|write-only|non-write-only}
  request-{body|property}-{unique-items|multiple-of}-unset request-{body|property}-multiple-of-generalized
  request-{body|property}-prefix-items-added
  request-{body|property}-{if|then|else|contains|content-schema|property-names|unevaluated-items|unevaluated-properties}-removed
  request-{body|property}-{dependent-required-removed|dependent-schema-removed|pattern-property-removed}
  request-{body|property}-min-contains-decreased request-{body|property}-max-contains-increased
  {request|response}-{body|property}-discriminator-{added|removed|property-name-changed|mapping-added|mapping-deleted|mapping-changed}
  response-header-added response-header-type-specialized response-header-became-not-nullable response-media-type-added
  response-optional-property-removed response-optional-property-added response-property-pattern-added
  response-{required|optional}-property-became-{read-only|non-read-only|write-only} response-optional-property-became-non-write-only
  response-{body|property}-all-of-added response-{body|property}-{any-of|one-of}-removed response-{body|property}-became-not-nullable
  response-property-became-required response-{body|property}-default-value-{added|changed|removed} response-{body|property}-const-added
  response-{body|property}-type-specialized response-required-property-added response-success-status-added
  response-non-success-status-{removed|added} api-operation-id-{removed|added} api-tag-{removed|added} response-property-enum-value-removed
  response-{body|property}-multiple-of-specialized response-{body|property}-prefix-items-removed
  response-{body|property}-{if|then|else|contains|content-schema|property-names|unevaluated-items|unevaluated-properties}-added
  response-{body|property}-{dependent-required-added|dependent-schema-added|pattern-property-added}
  response-{body|property}-min-contains-increased response-{body|property}-max-contains-decreased
  api-security-component-{added|removed|type-changed|oauth-url-changed|oauth-token-url-changed|oauth-scope-added|oauth-scope-removed|oauth-scope-changed}
`);

const OASDIFF_LEVELS: ReadonlyMap<string, ChangeLevel> = new Map<string, ChangeLevel>([
  ...OASDIFF_INFO.map((id) => [id, "info"] as const),
  ...OASDIFF_WARNING.map((id) => [id, "warning"] as const),
  ...OASDIFF_ERROR.map((id) => [id, "error"] as const),
]);

/** oasdiff's level for one of its check ids, or null when oasdiff has no such check. */
export function oasdiffLevel(id: string): ChangeLevel | null {
  return OASDIFF_LEVELS.get(id) ?? null;
}

function severityForEffect(side: DataSide, effect: Effect): ChangeSeverity {
  switch (effect) {
    case "incompatible":
      return "breaking";
    case "unknown":
      return "warning";
    case "documentation":
      return "informational";
    case "neutral":
      return "non-breaking";
    case "narrowing":
      return side === "request" ? "breaking" : "non-breaking";
    case "widening":
      return side === "response" ? "breaking" : "non-breaking";
  }
}

/** The severity of a schema change on one side; `absolute` ids are property changes named in full. */
export function schemaChangeSeverity(side: DataSide, change: string, absolute = false): ChangeSeverity {
  if (absolute) {
    const rule = PROPERTY_CHANGES[change];
    if (!rule) throw new Error(`unknown property change id ${change}`);
    return rule.severity;
  }
  const rule = SCHEMA_CHANGES[change];
  if (!rule) throw new Error(`unknown schema change ${change}`);
  return rule[side] ?? severityForEffect(side, rule.effect);
}

/** The severity of a change outside schemas. */
export function changeSeverity(id: string): ChangeSeverity {
  const rule = OTHER_CHANGES[id];
  if (!rule) throw new Error(`unknown change id ${id}`);
  return rule.severity;
}

/** Every id the engine can report with its severity: used by the README table and the corpus agreement test. */
export interface CatalogueRow {
  /** A full id, or a pattern like `request-{body,property,parameter,header}-max-decreased` for schema changes. */
  id: string;
  summary: string;
  request?: ChangeSeverity;
  response?: ChangeSeverity;
  severity?: ChangeSeverity;
  why?: string;
}

/** Why the portal judges an id differently from oasdiff (decision 010), or undefined when it does not. */
export function differenceReason(id: string): string | undefined {
  const fixed = OTHER_CHANGES[id] ?? PROPERTY_CHANGES[id];
  if (fixed) return fixed.why;
  const change = Object.keys(SCHEMA_CHANGES).find(
    (candidate) =>
      id.endsWith(`-${candidate}`) &&
      /^(request|response)-(body|property|parameter|parameter-property|header|header-property)-$/.test(id.slice(0, id.length - candidate.length)),
  );
  return change ? SCHEMA_CHANGES[change].why : undefined;
}

export function catalogueRows(): CatalogueRow[] {
  return [
    ...Object.entries(OTHER_CHANGES).map(([id, rule]) => ({ id, summary: rule.summary, severity: rule.severity, why: rule.why })),
    ...Object.entries(PROPERTY_CHANGES).map(([id, rule]) => ({ id, summary: rule.summary, severity: rule.severity, why: rule.why })),
    ...Object.entries(SCHEMA_CHANGES).map(([change, rule]) => ({
      id: change,
      summary: rule.summary,
      request: schemaChangeSeverity("request", change),
      response: schemaChangeSeverity("response", change),
      why: rule.why,
    })),
  ];
}
