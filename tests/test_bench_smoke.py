"""The benchmark harness still works: its smallest run, on the test session's dialect, in a
subprocess of its own (servers, databases and load as `python -m bench` makes them). The
1,000,000-customer part is left out here."""

import json
import subprocess
import sys
from pathlib import Path

from bench.run import DASHBOARD
from tests.api.test_customers_query import PAGE

REPO = Path(__file__).resolve().parent.parent


def test_the_benchmark_measures_the_dashboard_tests_query() -> None:
    assert DASHBOARD == PAGE


def test_the_smallest_benchmark_run_prints_every_figure(tmp_path: Path, dialect: str) -> None:
    figures = tmp_path / "figures.json"
    run = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--database", dialect, "--json", str(figures)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "| Dashboard GraphQL / plain throughput" in run.stdout
    facts = json.loads(figures.read_text())

    statements = facts["statements"]
    assert len(set(statements["graphql"].values())) == 1, statements  # constant per page size
    assert statements["graphql"] == statements["plain"]
    assert all(statements["same_json"].values())
    assert facts["dashboard"]["rps"]["graphql"] > 0
    assert facts["dashboard"]["rps"]["plain"] > 0
    [associate] = facts["associate"].values()  # the smoke run: one worker on the dialect
    assert associate["rps"] > 0
    assert all(rss > 20 for rss in associate["rss_peak_mib"])
    assert facts["cheap"]["logins_per_s"] > 0
    assert facts["cheap"]["ratio"] > 0
