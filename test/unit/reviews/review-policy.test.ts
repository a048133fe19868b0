import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import {
  acknowledgeableConsumers,
  approvalKindsFor,
  availableActions,
  canTransition,
  dataOwnersOf,
  evaluateReview,
  mayApproveAsDataOwner,
  mayDecide,
  mayGrantException,
  mayManage,
  waitsFor,
  type PolicyApproval,
  type ReviewSnapshot,
} from "@/lib/reviews/review-policy";
import { CHANGE_REQUEST_STATUSES } from "@/lib/reviews/schemas";

const NOW = new Date("2026-03-01T12:00:00Z");
const LATER = new Date("2026-04-01T12:00:00Z");
const EARLIER = new Date("2026-02-01T12:00:00Z");

const actor = (id: string, role: Actor["role"], teamIds: string[] = []): Actor => ({ id, email: `${id}@x.test`, name: id, role, teamIds });
const author = actor("author", "owner", ["team-orders"]);
const reviewer = actor("rita", "reviewer");
const dataOwner = actor("dora", "viewer");
const admin = actor("ada", "admin");
const viewer = actor("vic", "viewer");
const consumerOwner = actor("priya", "owner", ["team-analytics"]);
const teamMate = actor("tom", "owner", ["team-finance"]);

const dashboard = { id: "c-dash", name: "Revenue Dashboard", ownerUserId: "priya", ownerTeamId: "team-analytics" };
const boardPack = { id: "c-board", name: "Board Pack", ownerUserId: null, ownerTeamId: "team-finance" };
const orphan = { id: "c-orphan", name: "Outlet P&L", ownerUserId: null, ownerTeamId: null };

function snapshot(overrides: Partial<ReviewSnapshot> = {}): ReviewSnapshot {
  return {
    status: "in_review",
    authorId: "author",
    editorIds: [],
    revision: 2,
    contractOwnerTeamId: "team-orders",
    dataOwnerIds: ["dora"],
    brokenConsumers: [],
    approvals: [],
    newStandardsErrors: 0,
    ...overrides,
  };
}

const approval = (overrides: Partial<PolicyApproval>): PolicyApproval => ({
  kind: "reviewer",
  decision: "approved",
  userId: "rita",
  revision: 2,
  consumerId: null,
  exceptionExpiresAt: null,
  ...overrides,
});
const reviewerOk = approval({});
const dataOwnerOk = approval({ kind: "data_owner", userId: "dora" });

describe("required approvals", () => {
  it("needs a reviewer and the data owner for a non-breaking change", () => {
    const empty = evaluateReview(snapshot(), NOW);
    expect(empty.steps.map((step) => step.kind)).toEqual(["reviewer", "data_owner"]);
    expect(empty.satisfied).toBe(false);
    expect(evaluateReview(snapshot({ approvals: [reviewerOk] }), NOW).satisfied).toBe(false);
    expect(evaluateReview(snapshot({ approvals: [dataOwnerOk] }), NOW).satisfied).toBe(false);
    expect(evaluateReview(snapshot({ approvals: [reviewerOk, dataOwnerOk] }), NOW).satisfied).toBe(true);
  });

  it("adds one acknowledgement per broken consumer for a breaking change", () => {
    const breaking = snapshot({ brokenConsumers: [dashboard, boardPack], approvals: [reviewerOk, dataOwnerOk] });
    const evaluation = evaluateReview(breaking, NOW);
    expect(evaluation.steps.filter((step) => step.kind === "consumer_acknowledgement").map((step) => step.consumer?.id)).toEqual(["c-dash", "c-board"]);
    expect(evaluation.satisfied).toBe(false);
    const oneAck = {
      ...breaking,
      approvals: [...breaking.approvals, approval({ kind: "consumer_acknowledgement", decision: "acknowledged", userId: "priya", consumerId: "c-dash" })],
    };
    expect(evaluateReview(oneAck, NOW).satisfied).toBe(false);
    const bothAcks = {
      ...oneAck,
      approvals: [...oneAck.approvals, approval({ kind: "consumer_acknowledgement", decision: "acknowledged", userId: "tom", consumerId: "c-board" })],
    };
    expect(evaluateReview(bothAcks, NOW).satisfied).toBe(true);
  });

  it("lets an admin exception stand in for missing acknowledgements until it expires", () => {
    const base = snapshot({ brokenConsumers: [dashboard, orphan], approvals: [reviewerOk, dataOwnerOk] });
    const exception = approval({ kind: "admin_exception", userId: "ada", exceptionExpiresAt: LATER });
    expect(evaluateReview({ ...base, approvals: [...base.approvals, exception] }, NOW).satisfied).toBe(true);
    const expired = approval({ kind: "admin_exception", userId: "ada", exceptionExpiresAt: EARLIER });
    const withExpired = evaluateReview({ ...base, approvals: [...base.approvals, expired] }, NOW);
    expect(withExpired.satisfied).toBe(false);
    expect(withExpired.exception).toBeNull();
  });

  it("holds a proposal introducing error-level findings until an admin exception, which may be granted for it alone", () => {
    const base = snapshot({ newStandardsErrors: 2, approvals: [reviewerOk, dataOwnerOk] });
    const held = evaluateReview(base, NOW);
    expect(held.satisfied).toBe(false);
    expect(held.steps.map((step) => [step.kind, step.satisfied])).toEqual([
      ["reviewer", true],
      ["data_owner", true],
      ["standards_exception", false],
    ]);
    expect(mayGrantException(actor("ada", "admin"), base, NOW)).toBe(true);
    const exception = approval({ kind: "admin_exception", userId: "ada", exceptionExpiresAt: LATER });
    expect(evaluateReview({ ...base, approvals: [...base.approvals, exception] }, NOW).satisfied).toBe(true);
    // Nothing to stand in for: no exception is offered.
    expect(mayGrantException(actor("ada", "admin"), snapshot({ approvals: [reviewerOk] }), NOW)).toBe(false);
  });

  it("never lets an exception replace the reviewer or the data owner", () => {
    const exception = approval({ kind: "admin_exception", userId: "ada", exceptionExpiresAt: LATER });
    expect(evaluateReview(snapshot({ brokenConsumers: [dashboard], approvals: [exception] }), NOW).satisfied).toBe(false);
  });

  it("counts only the current revision: editing resets earlier approvals", () => {
    const old = [approval({ revision: 1 }), approval({ kind: "data_owner", userId: "dora", revision: 1 })];
    expect(evaluateReview(snapshot({ approvals: old }), NOW).satisfied).toBe(false);
    expect(evaluateReview(snapshot({ revision: 1, approvals: old }), NOW).satisfied).toBe(true);
  });

  it("does not count decisions other than approval as approval", () => {
    const notApprovals = [approval({ decision: "changes_requested" }), approval({ kind: "data_owner", userId: "dora", decision: "rejected" })];
    expect(evaluateReview(snapshot({ approvals: notApprovals }), NOW).satisfied).toBe(false);
  });
});

describe("who may approve", () => {
  it("refuses the author, even an admin or reviewer who proposed it", () => {
    expect(approvalKindsFor(actor("author", "admin"), snapshot(), NOW)).toEqual([]);
    expect(mayDecide(actor("author", "reviewer"), snapshot())).toBe(false);
    expect(mayDecide(author, snapshot({ dataOwnerIds: ["author"] }))).toBe(false);
  });

  it("refuses anyone who edited the proposal as the author is refused, and lets an admin stand in for an editing data owner", () => {
    const editedByAdmin = snapshot({ editorIds: ["ada"], brokenConsumers: [dashboard] });
    expect(mayDecide(admin, editedByAdmin)).toBe(false);
    expect(approvalKindsFor(admin, editedByAdmin, NOW)).toEqual([]);
    expect(mayGrantException(admin, editedByAdmin, NOW)).toBe(false);
    expect(availableActions(admin, editedByAdmin, NOW)).toMatchObject({
      approve: false,
      reject: false,
      requestChanges: false,
      grantException: false,
      edit: true,
    });
    expect(mayDecide(dataOwner, snapshot({ editorIds: ["dora"] }))).toBe(false);
    expect(mayApproveAsDataOwner(admin, snapshot({ editorIds: ["dora"] }))).toBe(true);
    expect(mayDecide(reviewer, editedByAdmin)).toBe(true);
  });

  it("refuses viewers and owners who are neither reviewer nor data owner", () => {
    expect(mayDecide(viewer, snapshot())).toBe(false);
    expect(mayDecide(teamMate, snapshot())).toBe(false);
    expect(approvalKindsFor(viewer, snapshot(), NOW)).toEqual([]);
  });

  it("lets a reviewer approve as reviewer and the data owner (any role) as data owner", () => {
    expect(approvalKindsFor(reviewer, snapshot(), NOW)).toEqual(["reviewer"]);
    expect(approvalKindsFor(dataOwner, snapshot(), NOW)).toEqual(["data_owner"]);
  });

  it("lets one person holding both roles satisfy both with one approval", () => {
    expect(approvalKindsFor(reviewer, snapshot({ dataOwnerIds: ["rita"] }), NOW)).toEqual(["reviewer", "data_owner"]);
  });

  it("offers only the steps still open, and nothing once the actor has approved", () => {
    expect(approvalKindsFor(actor("ravi", "reviewer"), snapshot({ approvals: [reviewerOk] }), NOW)).toEqual([]);
    expect(approvalKindsFor(reviewer, snapshot({ dataOwnerIds: ["rita"], approvals: [reviewerOk] }), NOW)).toEqual(["data_owner"]);
  });

  it("lets an admin stand in for the data owner only when nobody but the author could approve as data owner", () => {
    expect(mayApproveAsDataOwner(admin, snapshot({ dataOwnerIds: ["author"] }))).toBe(true);
    expect(mayApproveAsDataOwner(admin, snapshot({ dataOwnerIds: [] }))).toBe(true);
    expect(mayApproveAsDataOwner(admin, snapshot({ dataOwnerIds: ["dora"] }))).toBe(false);
    expect(mayApproveAsDataOwner(reviewer, snapshot({ dataOwnerIds: [] }))).toBe(false);
  });

  it("offers approval only while the request is in review", () => {
    for (const status of CHANGE_REQUEST_STATUSES.filter((s) => s !== "in_review"))
      expect(approvalKindsFor(reviewer, snapshot({ status }), NOW), status).toEqual([]);
  });

  it("resolves the data owner from the integration, else the contract's owner user", () => {
    expect(dataOwnersOf({ integrationDataOwnerId: "dora", contractOwnerUserId: "author" })).toEqual(["dora"]);
    expect(dataOwnersOf({ integrationDataOwnerId: null, contractOwnerUserId: "author" })).toEqual(["author"]);
    expect(dataOwnersOf({ integrationDataOwnerId: null, contractOwnerUserId: null })).toEqual([]);
  });
});

describe("acknowledgements and exceptions", () => {
  const breaking = snapshot({ brokenConsumers: [dashboard, boardPack, orphan] });

  it("lets a consumer's owner user or a member of its team acknowledge for it, and nobody else", () => {
    expect(acknowledgeableConsumers(consumerOwner, breaking, NOW).map((c) => c.id)).toEqual(["c-dash"]);
    expect(acknowledgeableConsumers(teamMate, breaking, NOW).map((c) => c.id)).toEqual(["c-board"]);
    expect(acknowledgeableConsumers(reviewer, breaking, NOW)).toEqual([]);
    expect(acknowledgeableConsumers(admin, breaking, NOW)).toEqual([]);
  });

  it("offers an acknowledgement once per revision", () => {
    const acked = { ...breaking, approvals: [approval({ kind: "consumer_acknowledgement", decision: "acknowledged", userId: "priya", consumerId: "c-dash" })] };
    expect(acknowledgeableConsumers(consumerOwner, acked, NOW)).toEqual([]);
    expect(acknowledgeableConsumers(consumerOwner, { ...acked, revision: 3 }, NOW).map((c) => c.id)).toEqual(["c-dash"]);
  });

  it("still lets owners acknowledge while an exception covers them", () => {
    const excepted = { ...breaking, approvals: [approval({ kind: "admin_exception", userId: "ada", exceptionExpiresAt: LATER })] };
    expect(acknowledgeableConsumers(consumerOwner, excepted, NOW).map((c) => c.id)).toEqual(["c-dash"]);
  });

  it("lets only an admin other than the author grant an exception, for a breaking change in review, once", () => {
    expect(mayGrantException(admin, breaking, NOW)).toBe(true);
    expect(mayGrantException(reviewer, breaking, NOW)).toBe(false);
    expect(mayGrantException(actor("author", "admin"), breaking, NOW)).toBe(false);
    expect(mayGrantException(admin, snapshot(), NOW)).toBe(false);
    expect(mayGrantException(admin, { ...breaking, status: "draft" }, NOW)).toBe(false);
    const granted = { ...breaking, approvals: [approval({ kind: "admin_exception", userId: "ada", exceptionExpiresAt: LATER })] };
    expect(mayGrantException(admin, granted, NOW)).toBe(false);
    const expired = { ...breaking, approvals: [approval({ kind: "admin_exception", userId: "ada", exceptionExpiresAt: EARLIER })] };
    expect(mayGrantException(admin, expired, NOW)).toBe(true);
  });
});

describe("state transitions", () => {
  const allowed: [string, string][] = [
    ["draft", "in_review"],
    ["draft", "withdrawn"],
    ["in_review", "changes_requested"],
    ["in_review", "approved"],
    ["in_review", "rejected"],
    ["in_review", "withdrawn"],
    ["changes_requested", "in_review"],
    ["changes_requested", "rejected"],
    ["changes_requested", "withdrawn"],
    ["approved", "published"],
  ];

  it("allows exactly the workflow's transitions", () => {
    for (const from of CHANGE_REQUEST_STATUSES) {
      for (const to of CHANGE_REQUEST_STATUSES) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect(canTransition(from, to), `${from} -> ${to}`).toBe(expected);
      }
    }
  });

  it("keeps rejected, withdrawn and published requests closed", () => {
    for (const status of ["rejected", "withdrawn", "published"] as const) {
      const actions = availableActions(actor("author", "admin"), snapshot({ status }), NOW);
      expect(
        Object.values(actions).some((value) => (Array.isArray(value) ? value.length > 0 : value)),
        status,
      ).toBe(false);
    }
  });
});

describe("managing a proposal", () => {
  it("lets the author (still in the contract's team) and admins edit, submit and withdraw", () => {
    expect(mayManage(author, snapshot())).toBe(true);
    expect(mayManage(actor("author", "owner", ["elsewhere"]), snapshot())).toBe(false);
    expect(mayManage(admin, snapshot())).toBe(true);
    expect(mayManage(teamMate, snapshot())).toBe(false);
    expect(mayManage(reviewer, snapshot())).toBe(false);
  });

  it("offers submit from draft and changes requested, and edit while open", () => {
    expect(availableActions(author, snapshot({ status: "draft" }), NOW)).toMatchObject({ submit: true, edit: true, withdraw: true, approve: false });
    expect(availableActions(author, snapshot({ status: "changes_requested" }), NOW)).toMatchObject({ submit: true, edit: true });
    expect(availableActions(author, snapshot({ status: "in_review" }), NOW)).toMatchObject({ submit: false, edit: true, approve: false, reject: false });
  });
});

describe("my queue", () => {
  it("holds the requests in review that wait for the actor's approval or acknowledgement", () => {
    const breaking = snapshot({ brokenConsumers: [dashboard] });
    expect(waitsFor(reviewer, breaking, NOW)).toBe(true);
    expect(waitsFor(consumerOwner, breaking, NOW)).toBe(true);
    expect(waitsFor(viewer, breaking, NOW)).toBe(false);
    expect(waitsFor(author, breaking, NOW)).toBe(false);
    expect(waitsFor(reviewer, { ...breaking, approvals: [reviewerOk] }, NOW)).toBe(false);
    expect(waitsFor(reviewer, { ...breaking, status: "draft" }, NOW)).toBe(false);
  });
});
