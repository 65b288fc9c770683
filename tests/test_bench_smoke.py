"""The benchmark harnesses still work: their smallest runs, on the test session's dialect, in a
subprocess of their own (servers, databases and load as `python -m bench` and
`python -m bench.webhooks` make them). The 1,000,000-customer part is left out here."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_the_smallest_webhooks_benchmark_delivers_every_webhook(dialect: str) -> None:
    if dialect != "postgres":
        pytest.skip("bench.webhooks runs on PostgreSQL")
    run = subprocess.run(
        [
            *[sys.executable, "-m", "bench.webhooks", "--clients", "2", "--per-client", "2"],
            *["--pairs", "1", "--paced-rate", "5", "--paced-seconds", "1", "--backlog", "30"],
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    facts = json.loads(run.stdout[: run.stdout.index("\n}\n") + 2])
    for placement in ("in_serve", "apart"):
        load = facts[placement]
        # 2 clients x (1 warm-up + 2 rounds x 2 associations) x 3 events x 3 endpoints
        assert load["webhooks_received"] == 2 * 5 * 3 * 3, load
        assert load["signatures_verified"] > 0
        assert load["ratio"] > 0
    assert facts["paced"]["latency_samples"] == 5 * 3  # 5 associations, 3 endpoints
    assert facts["one_worker"]["complete"]
