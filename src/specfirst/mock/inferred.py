"""Every semantic rule of the mocks that the vendors' docs do not state, with the reason it was chosen.

This is the one place such rules live: the handlers read their constants from here, and
``check_against_spec`` fails loudly at start-up if a value named here is not (or no longer) in the spec.
Everything else the mocks do comes from ``openapi/*.yaml`` or from a documented vendor statement.

Qonversion v4
  Q1  New experiments start in status ``draft``. Reason: ``draft`` is the first documented status; the
      docs describe launching an experiment from a draft.
  Q2  Status transitions: draft->active, active->paused, paused->active, active|paused->finished; setting the
      current status again is a no-op (200). Anything else is 409 ``invalid_status_transition``.
      ``started_at`` is set on the first activation, ``finished_at`` on finish. Reason: the docs name the
      statuses and the 409 "operation conflicts with current state" but give no transition matrix; this is
      the dashboard's lifecycle (launch, pause/resume, finish; a finished experiment stays finished).
  Q3  ``alias_id`` is unique per project: a second create with the same one is 409 ``already_exists``.
      Reason: it is documented as the experiment's stable identifier; 409 means "resource already exists".
  Q4  Server ids are 8 random letters and digits, never reused (also after delete). Reason: the vendor's
      example id ``gNl6hyM6``; "the ID cannot be reused" (integrations).
  Q5  System segments are read-only: PUT/DELETE on one is 409 ``system_segment_read_only``; they are
      listed by GET /segments/system only, not by GET /segments. Every credential starts with two of them
      (``data/qonversion.json``: active-subscribers, churned-users). Reason: documented as read-only without a
      status code; 409 "conflicts with current state" fits, 403 is documented for token permissions; the two
      are the docs' own examples ("active subscribers, churned users").
  Q6  An unknown ``starting_after`` cursor gives an empty last page (``has_more`` false). Reason: the docs
      give no error for it, and the list documents no 404; a well-formed request must not be refused.
  Q7  ``Idempotency-Key`` is scoped per credential and operation, kept for the mock's lifetime; the same
      key with a different body is 409 ``idempotency_key_reused``, and never creates a resource. Reason: the
      docs say "same key returns original response" and nothing about a mismatch.
  Q8  Soft-deleted integrations disappear from GET /integrations, answer 404 to status changes and a second
      delete, and keep their id in the mock's state. Reason: "the record is flagged and stops forwarding
      events. The ID cannot be reused".
  Q9  A new integration has ``active`` 0 and no deliveries; its response ``integration`` is the provider's
      display title from the catalog (the slug itself for a slug not in the catalog). The catalog
      (GET /integrations/meta) lists the docs' slugs, each with every documented store in ``allowedStores``.
      Reason: "0 — paused / draft", "Provider display title (not the lowercase slug used on create)"; the
      per-slug stores are not documented.
  Q10 Attaching a user needs a group of that experiment, else 404 ``relation_not_found``; detaching a user
      that is not attached is 404. Reason: the docs give no status; ``relation_not_found`` is a documented slug.
  Q11 The experiments summary returns ``{"object": "experiments_summary", "data": [...]}`` with one entry
      (``experiment_uid``, ``status``) per known uid; unknown uids are left out. Reason: the summary shape is
      undocumented.
  Q12 Tokens: a key prefix of the spec's security scheme (``x-key-prefixes``: production or sandbox)
      followed by at least one character; anything else is 401 ``control_unauthorized`` (``type`` logical, as
      observed). Reason: the documented key prefixes.
  Q13 Deleting an experiment deletes its groups and user attachments; deleting a group detaches its users.
      Reason: sub-resources are nested one level under their experiment.
  Q14 PATCH with ``"description": null`` clears the description: the experiment is returned without it.
      Reason: the PATCH page types it ``string | null`` while every response page types it ``string``.

Salesforce personalization experiments
  S1  New experiments are ``state`` Created, ``status`` Active; ``action=Start`` on create starts it.
      Reason: examples show Created/Started states and Active status.
  S2  Actions: Start from Created sets ``startedDate``; Stop from Started sets ``stoppedDate``; Archive from
      Created or Stopped. Anything else (including repeating an action) is 409 ``INVALID_STATE``. Reason:
      the state names of the Data Cloud object; no transition matrix is documented.
  S3  ``name`` is unique per org: a second create with the same name is 409 ``DUPLICATE_DEVELOPER_NAME``;
      ``IdOrName`` matches an id first, then a name. Reason: an API name identifies the experiment.
  S4  DELETE answers 202 and the experiment is gone at once (later reads are 404). Reason: the documented
      asynchronous delete completes immediately in the mock.
  S5  Ids are 18 characters with the documented key prefixes (1Ga experiments, 1Gc cohorts); cohorts sent on
      PATCH replace the old ones with new ids; the creating user id is 005 plus 15 characters derived from the
      token. Reason: the key prefixes in the examples.
  S6  Validation errors are 400 ``INVALID_INPUT`` with the offending ``fields``; malformed JSON is 400
      ``JSON_PARSER_ERROR``; an unknown method is 405 ``METHOD_NOT_ALLOWED``. Reason: Salesforce REST's usual
      codes; the page documents none.
  S7  Tokens look like an org session id: ``00D`` + 12 or 15 letters/digits + ``!`` + at least one more
      character; anything else is 401 ``INVALID_SESSION_ID``. Reason: the format of Salesforce access tokens.
  S8  ``criteria`` (a JSON string on input) is returned as the object it holds (the response's
      CriteriaRepresentation); a string that is not a JSON object is returned as ``{}``. Reason: the input
      page types it "JSON defining targeting or segmentation rules", the response page an object whose
      fields are undocumented; the mock does not refuse a string the spec accepts.

Both
  B1  Validation failures are 400 (Qonversion ``invalid_data`` with ``details``; Salesforce ``INVALID_INPUT``),
      undeclared query parameters are ignored, and a body must be ``application/json``. Reason: 400 is
      documented as the bad-request status; the vendors document nothing on extra parameters.
  B2  Injected faults answer 429 (Qonversion ``too_many_requests``; Salesforce ``REQUEST_LIMIT_EXCEEDED``)
      or 503 (``SERVER_UNAVAILABLE`` / ``service_unavailable``) with ``Retry-After``. Reason: observed slugs;
      no v4 rate-limit header is documented.
  B3  An unknown path is 404 (Qonversion ``invalid_request`` "Unrecognized request URL", from the v3 table;
      Salesforce ``NOT_FOUND``); a method the spec does not declare on a path is 405 with ``Allow``. Credentials
      are checked first, so an unauthenticated request is 401 whatever its path. Reason: the v4 docs list no
      such errors; stripe-mock's order (credentials before routing).
  B4  The mock's own limits (``limits.py``) answer in the vendor's shape: a body, request line or headers
      over the limit 413/431, headers or body too slow 408 (Qonversion ``invalid_request``; Salesforce
      ``INVALID_INPUT``); a credential holding ``max_items_per_tenant`` items gets 403 on writes (Qonversion
      ``limit_exceeded``, type logical; Salesforce ``STORAGE_LIMIT_EXCEEDED``); JSON the mock cannot store
      (duplicate keys, lone surrogates, NaN, deeper than ``max_json_depth``) is the malformed-body 400; a
      defect of the mock is 500 (``internal_error`` / ``UNKNOWN_EXCEPTION``). Refused control requests are
      403/415 (``invalid_request`` / ``INSUFFICIENT_ACCESS``). Reason: neither vendor documents these
      limits; 403 is documented for every operation of both, the others are HTTP's own statuses, and the
      Salesforce codes are ones its REST API uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .spec import Spec

# Q1/Q2
EXPERIMENT_INITIAL_STATUS = "draft"
EXPERIMENT_TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"active"}),
    "active": frozenset({"paused", "finished"}),
    "paused": frozenset({"active", "finished"}),
    "finished": frozenset(),
}
EXPERIMENT_STARTS = "active"
EXPERIMENT_FINISHES = "finished"

# S1/S2: action -> (states it may be applied in, resulting state, date field it sets)
SALESFORCE_INITIAL_STATE = "Created"
SALESFORCE_INITIAL_STATUS = "Active"
SALESFORCE_ACTIONS: dict[str, tuple[frozenset[str], str, str | None]] = {
    "Start": (frozenset({"Created"}), "Started", "startedDate"),
    "Stop": (frozenset({"Started"}), "Stopped", "stoppedDate"),
    "Archive": (frozenset({"Created", "Stopped"}), "Archived", None),
}


def check_qonversion(spec: Spec) -> None:
    statuses = set(spec.enum("ExperimentStatusChange", "status"))
    named = {EXPERIMENT_INITIAL_STATUS, EXPERIMENT_STARTS, EXPERIMENT_FINISHES, *EXPERIMENT_TRANSITIONS}
    named |= {s for targets in EXPERIMENT_TRANSITIONS.values() for s in targets}
    _same("experiment statuses", named, statuses)


def check_salesforce(spec: Spec) -> None:
    _same("actions", set(SALESFORCE_ACTIONS), set(spec.enum("PersonalizationExperimentAction")))
    states = {SALESFORCE_INITIAL_STATE} | {
        s for allowed, target, _ in SALESFORCE_ACTIONS.values() for s in {*allowed, target}
    }
    _same("states", states, set(spec.enum("PersonalizationExperimentState")))
    if SALESFORCE_INITIAL_STATUS not in spec.enum("PersonalizationExperimentEntityStatus"):
        raise ValueError(f"inferred initial status {SALESFORCE_INITIAL_STATUS!r} is not in the spec")


def _same(what: str, named: set[str], documented: set[str]) -> None:
    if named != documented:
        raise ValueError(f"inferred {what} {sorted(named)} do not match the spec's {sorted(documented)}")
