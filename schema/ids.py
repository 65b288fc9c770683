"""Opaque global ids in inputs, turned into the row ids the rules take."""

from strawberry import relay

NO_SUCH_ROW = 0  # ids start at 1: a mistyped or foreign id finds nothing, like a missing one
INT_KEY_MAX = 2**31 - 1  # an IntField key (PostgreSQL's integer)
BIGINT_KEY_MAX = 2**63 - 1  # a BigIntField key
# The types with global ids whose rows have BigIntField keys.
BIGINT_KEYED = frozenset({"AuditEvent", "Event", "WebhookDelivery"})


def node_row_id(type_name: str, node_id: str) -> int:
    """The row id a node id of `type_name` names; NO_SUCH_ROW unless it is ASCII digits within
    the range of that type's key (a larger number fails in the database rather than finding
    nothing, and `str.isdigit()` takes digits `int()` refuses, such as "²")."""
    if not (node_id.isascii() and node_id.isdigit()):
        return NO_SUCH_ROW
    value = int(node_id)
    limit = BIGINT_KEY_MAX if type_name in BIGINT_KEYED else INT_KEY_MAX
    return value if value <= limit else NO_SUCH_ROW


def row_id(global_id: relay.GlobalID, type_name: str) -> int:
    """The row id inside a global id of `type_name`; NO_SUCH_ROW for any other id."""
    if global_id.type_name != type_name:
        return NO_SUCH_ROW
    return node_row_id(type_name, global_id.node_id)
