import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";

/**
 * What the API's OpenAPI document says about one operation. Each domain declares its operations next to its
 * schemas (e.g. lib/catalog/integrations/api-operations.ts) so that the document is generated from the same zod
 * schemas the handlers parse with.
 */
export interface ApiOperation {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path template, e.g. "/api/v1/integrations/{id}". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  permission?: Permission;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Status code -> response body schema (null for no body). Errors are problem details and need not be listed. */
  responses: Record<number, { description: string; schema: z.ZodType | null }>;
  /** Whether the operation answers an ETag and honours If-Match. */
  conditional?: boolean;
  /** Answers without authentication (e.g. the health probe). */
  public?: boolean;
}
