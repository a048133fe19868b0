-- The audit trail is evidence: once written, an event is never changed or removed, whatever the application
-- code does. Written by hand (Prisma's schema language has no triggers), so the schema diff ignores it.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent rows are append-only';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
BEFORE UPDATE OR DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();
