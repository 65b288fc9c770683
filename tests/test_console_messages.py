"""The partner console says every code it can receive in plain words."""

import re
from pathlib import Path

from graphql import GraphQLEnumType

from models.enums import EventType
from schema.root import schema
from tests.test_landing_messages import messages_in

CONSOLE = Path(__file__).resolve().parents[1] / "app" / "static" / "console"
# The payload error codes of every mutation the console calls.
CONSOLE_ENUMS = (
    "SetBudgetErrorCode",
    "FreezeErrorCode",
    "UnfreezeErrorCode",
    "RequestAuthorizationErrorCode",
    "CreateInvitationErrorCode",
    "RevokeInvitationErrorCode",
    "RequestDissociationErrorCode",
    "AnswerDissociationErrorCode",
    "CancelDissociationErrorCode",
    # What the preflight lists as blockers, each said in words.
    "DissociationBlockerProblemCode",
    "CreateWebhookEndpointErrorCode",
    "UpdateWebhookEndpointErrorCode",
    "DeleteWebhookEndpointErrorCode",
    "RotateWebhookSecretErrorCode",
    "SendTestEventErrorCode",
    "RedeliverEventErrorCode",
)
# The top-level `extensions.code`s any request can get, and the console's own notices.
OTHER_CODES = (
    "UNAUTHENTICATED",
    "FORBIDDEN",
    "BAD_USER_INPUT",
    "INTERNAL_SERVER_ERROR",
    "NETWORK",
    "KEY_NOT_ACCEPTED",
    "SESSION_ENDED",
    "SIGNED_OUT",
    "NOT_AN_AMOUNT",
    "NOT_A_WHOLE_NUMBER",
    "INVALID_TEXT",
)


# The scripts that say codes: the console's own and its pages'.
SCRIPTS = ("console.js", "webhooks.js")


def console_messages() -> dict[str, str]:
    return messages_in(CONSOLE / "messages.js")


def test_every_code_the_console_can_receive_has_a_sentence() -> None:
    messages = console_messages()
    missing = {}
    for name in CONSOLE_ENUMS:
        enum = schema._schema.type_map[name]
        assert isinstance(enum, GraphQLEnumType), name
        absent = sorted(set(enum.values) - set(messages))
        if absent:
            missing[name] = absent
    assert not missing, f"codes without a sentence in the console's messages.js: {missing}"
    assert sorted(set(OTHER_CODES) - set(messages)) == []


def test_every_code_the_script_names_has_a_sentence() -> None:
    """MESSAGES.X, {code: "X"}, signOut("X") and the checks' codes in the console's scripts."""
    script = "\n".join((CONSOLE / name).read_text(encoding="utf-8") for name in SCRIPTS)
    named = set(re.findall(r"MESSAGES\.([A-Z][A-Z0-9_]+)", script))
    named |= set(re.findall(r'code: "([A-Z][A-Z0-9_]+)"', script))
    named |= set(re.findall(r'(?:signOut\(|problem: |return )"([A-Z][A-Z0-9_]+)"', script))
    assert named, "the pattern finds nothing: it is out of date"
    assert sorted(named - set(console_messages())) == []


def test_console_sentences_are_sentences() -> None:
    for code, text in console_messages().items():
        assert re.fullmatch(r"[A-Z][A-Z0-9_]+", code), code
        assert text[:1].isupper() and text.endswith("."), (code, text)
        assert code not in text, f"{code}: say it in words"


# Actions about a partner or its keys, never in a customer's timeline.
NOT_IN_A_TIMELINE = {"partner.created", "api_key.issued", "api_key.revoked"}
# Actions the rules compose (`f"dissociation.{action}"`, `f"authorization.{state}"`).
COMPOSED = {
    "dissociation.answered",
    "dissociation.cancelled",
    *(f"authorization.{state}" for state in ("requested", "approved", "rejected", "revoked")),
    "authorization.expired",
}


def test_every_audit_action_has_a_name_in_the_timeline() -> None:
    rules = Path(__file__).resolve().parents[1] / "rules"
    written = {
        action
        for module in rules.glob("*.py")
        for action in re.findall(r'action="([a-z_]+\.[a-z_]+)"', module.read_text("utf-8"))
    }
    assert written, "the pattern finds nothing: it is out of date"
    script = (CONSOLE / "console.js").read_text(encoding="utf-8")
    named = set(re.findall(r'"([a-z_]+\.[a-z_]+)": "', script))
    assert sorted((written | COMPOSED) - NOT_IN_A_TIMELINE - named) == []


def test_the_webhooks_page_offers_the_whole_event_catalogue() -> None:
    """The event types a partner chooses from are the catalogue's, each named in words."""
    script = (CONSOLE / "webhooks.js").read_text(encoding="utf-8")
    block = re.search(r"const EVENT_TYPES = \{(.*?)\};", script, re.DOTALL)
    assert block, "the pattern finds nothing: it is out of date"
    offered = re.findall(r'"([a-z_]+\.[a-z_]+)": "[A-Z]', block.group(1))
    assert offered == [t.value for t in EventType]
