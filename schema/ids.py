"""Opaque global ids in inputs, turned into the row ids the rules take."""

from strawberry import relay

NO_SUCH_ROW = 0  # ids start at 1: a mistyped or foreign id finds nothing, like a missing one


def row_id(global_id: relay.GlobalID, type_name: str) -> int:
    """The row id inside a global id of `type_name`; NO_SUCH_ROW for any other id."""
    if global_id.type_name != type_name or not global_id.node_id.isdigit():
        return NO_SUCH_ROW
    return int(global_id.node_id)
