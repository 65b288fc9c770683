"""Login, registration and password-code tries in a document refused before it runs still count.

The limits on depth, aliases and tokens refuse a document with a thousand aliased `login` fields
before any of them runs, so the rules never count them; this extension counts them for the
client address (`rules.attempts.count_refused_document`), one per `login` field and one code try
per `register` or `resetPassword` field.
Fields are found in the text (a field name followed by its arguments), which works for documents
that do not even parse; the text is at most `app.request_guard.MAX_DOCUMENT_CHARS` long.
"""

import re
from collections import Counter
from collections.abc import AsyncIterator
from datetime import datetime

from strawberry.extensions import SchemaExtension

from rules.attempts import AttemptStore, count_refused_document
from schema.context import Context

# A name that is not part of a longer one (nor a $variable), then its arguments' parenthesis;
# commas are white space in GraphQL.
_ATTEMPT_FIELD = re.compile(r"(?<![_0-9A-Za-z$])(login|register|resetPassword)[\s,]*\(")


def attempt_fields(*queries: str) -> Counter[str]:
    """How many `login`, `register` and `resetPassword` fields the documents name."""
    found: Counter[str] = Counter()
    for query in queries:
        found.update(match.group(1) for match in _ATTEMPT_FIELD.finditer(query))
    return found


async def count_refused(
    store: AttemptStore, address: str | None, now: datetime, *queries: str
) -> None:
    found = attempt_fields(*queries)
    if found:
        await count_refused_document(
            store,
            address=address,
            logins=found["login"],
            registrations=found["register"] + found["resetPassword"],
            now=now,
        )


class CountRefusedAttempts(SchemaExtension):
    async def on_operation(self) -> AsyncIterator[None]:
        yield
        execution = self.execution_context
        context = execution.context
        if execution.pre_execution_errors and execution.query and isinstance(context, Context):
            now = context.clock.now()
            await count_refused(context.attempts, context.client_address, now, execution.query)
