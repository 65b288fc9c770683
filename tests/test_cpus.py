"""The CPUs a process may use: its affinity, capped by its cgroup's CPU quota."""

import os
from pathlib import Path

import pytest

from app.cpus import default_password_hash_concurrency, usable_cpus


@pytest.fixture
def eight_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)


def cgroup_v2(tmp_path: Path, cpu_max: dict[str, str], own: str = "/app.slice/web") -> Path:
    """A cgroup v2 tree under tmp_path with `cpu.max` files at the given paths; the process's
    /proc/self/cgroup naming `own`."""
    for path, content in cpu_max.items():
        folder = tmp_path / "cgroup" / path.strip("/")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "cpu.max").write_text(content + "\n")
    (tmp_path / "proc-cgroup").write_text(f"0::{own}\n")
    return tmp_path


@pytest.mark.usefixtures("eight_cpus")
@pytest.mark.parametrize(
    ("cpu_max", "expected"),
    [
        ({}, 8),  # no cgroup files: the affinity
        ({"/": "max 100000"}, 8),
        ({"/": "200000 100000"}, 2),  # a container limited to 2 CPUs
        ({"/app.slice/web": "150000 100000"}, 1),  # 1.5 CPUs: one whole CPU
        ({"/app.slice": "300000 100000", "/app.slice/web": "max 100000"}, 3),  # a parent's limit
        ({"/": "50000 100000"}, 1),  # half a CPU: still one
        ({"/": "garbage"}, 8),
    ],
)
def test_usable_cpus_are_the_affinity_capped_by_the_cgroup_quota(
    tmp_path: Path, cpu_max: dict[str, str], expected: int
) -> None:
    root = cgroup_v2(tmp_path, cpu_max)
    assert usable_cpus(root / "cgroup", root / "proc-cgroup") == expected


@pytest.mark.usefixtures("eight_cpus")
def test_a_cgroup_v1_cpu_quota_counts_too(tmp_path: Path) -> None:
    folder = tmp_path / "cgroup" / "cpu" / "docker" / "abc"
    folder.mkdir(parents=True)
    (folder / "cpu.cfs_quota_us").write_text("400000\n")
    (folder / "cpu.cfs_period_us").write_text("100000\n")
    (tmp_path / "proc-cgroup").write_text("5:cpu,cpuacct:/docker/abc\n1:name=systemd:/\n")

    assert usable_cpus(tmp_path / "cgroup", tmp_path / "proc-cgroup") == 4


def test_pinned_to_one_cpu_a_process_uses_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {3}, raising=False)
    assert usable_cpus() == 1
    assert default_password_hash_concurrency() == 1
