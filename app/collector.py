"""The garbage collector's settings for a process that serves requests.

A dashboard request builds tens of thousands of container objects (ORM rows, result trees),
nearly all freed by reference counting as soon as the answer is sent. With CPython's default
thresholds (700, 10, 10) the cyclic collector still ran several times per request, and with many
requests in flight each full collection walked everything start-up had built (modules, the
GraphQL schema, the ORM's metadata) and every request still running. Measured in process with 16
dashboard requests at a time (`bench/RESULTS.md`): 5.1 ms of collection per request before,
about 1 ms after.

So, once start-up is done: what it built is frozen (never scanned again; it lives as long as
the process anyway), and the first generation's threshold is raised, so that a request's
short-lived containers are freed by reference counting before a collection looks at them.
Cyclic garbage is still collected, only less often.
"""

import gc

FIRST_GENERATION_THRESHOLD = 10_000


def settle_after_start_up() -> None:
    gc.collect()
    gc.freeze()
    first, second, third = gc.get_threshold()
    gc.set_threshold(max(first, FIRST_GENERATION_THRESHOLD), second, third)
