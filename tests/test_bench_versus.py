"""The comparison with PostGraphile counts statements from the PostgreSQL server's log."""

from bench.versus import statements_in

LOG = """\
2026-12-01 20:40:00.100 UTC [12] postgres@bench_x LOG:  execute <unnamed>: select
\t__customer__.account_name
\tfrom peer.customer
2026-12-01 20:40:00.200 UTC [12] postgres@bench_x DETAIL:  parameters: $1 = '1'
2026-12-01 20:40:00.300 UTC [13] postgres@someone_else LOG:  statement: begin
2026-12-01 20:40:00.400 UTC [12] postgres@bench_x LOG:  statement: SELECT pg_advisory_unlock_all();
\tCLOSE ALL;
2026-12-01 20:40:00.500 UTC [12] postgres@bench_x LOG:  duration: 0.1 ms
"""


def test_statements_are_counted_for_the_benchmark_database_only_whole() -> None:
    assert statements_in(LOG, "bench_x") == [
        "select\n\t__customer__.account_name\n\tfrom peer.customer",
        "SELECT pg_advisory_unlock_all();\n\tCLOSE ALL;",
    ]
