"""How many CPUs this process may really use: `os.cpu_count()` counts the machine's, which is
wrong in a container limited to a share of them and for a process pinned to a few.

The answer is the smallest of: the CPUs the process may run on (`os.sched_getaffinity`), and the
CPU time its cgroup allows, as whole CPUs (cgroup v2 `cpu.max`, or cgroup v1
`cpu.cfs_quota_us` / `cpu.cfs_period_us`, of the process's cgroup and every cgroup above it);
at least 1.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")
PROC_CGROUP = Path("/proc/self/cgroup")


def usable_cpus(cgroup_root: Path = CGROUP_ROOT, proc_cgroup: Path = PROC_CGROUP) -> int:
    cpus = _affinity()
    quotas = [q for q in _cgroup_quotas(cgroup_root, proc_cgroup) if q is not None]
    if quotas:
        cpus = min(cpus, math.floor(min(quotas)))
    return max(1, cpus)


def _affinity() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _cgroup_quotas(root: Path, proc_cgroup: Path) -> list[float | None]:
    """The CPU quota of each cgroup from the process's own up to the root, as CPUs."""
    try:
        lines = proc_cgroup.read_text().splitlines()
    except OSError:
        return []
    quotas: list[float | None] = []
    for line in lines:
        fields = line.split(":", 2)
        if len(fields) != 3:
            continue
        _, controllers, path = fields
        if controllers == "":  # cgroup v2: 0::/path
            for folder in _up_from(root, path):
                quotas.append(_v2_quota(folder / "cpu.max"))
        elif "cpu" in controllers.split(","):  # cgroup v1: the cpu controller's hierarchy
            for folder in _up_from(root / "cpu", path):
                quotas.append(_v1_quota(folder))
    return quotas


def _up_from(root: Path, path: str) -> list[Path]:
    parts = [part for part in path.split("/") if part]
    return [root.joinpath(*parts[:n]) for n in range(len(parts), -1, -1)]


def _v2_quota(cpu_max: Path) -> float | None:
    """`cpu.max` is "QUOTA PERIOD" in microseconds, or "max PERIOD" without a limit."""
    try:
        quota, period = cpu_max.read_text().split()[:2]
        return _ratio(int(quota), int(period)) if quota != "max" else None
    except (OSError, ValueError):
        return None


def _v1_quota(folder: Path) -> float | None:
    """`cpu.cfs_quota_us` is -1 without a limit."""
    try:
        quota = int((folder / "cpu.cfs_quota_us").read_text())
        period = int((folder / "cpu.cfs_period_us").read_text())
    except (OSError, ValueError):
        return None
    return _ratio(quota, period)


def _ratio(quota: int, period: int) -> float | None:
    return quota / period if quota > 0 and period > 0 else None


def default_password_hash_concurrency() -> int:
    """Half the usable CPUs, at least 1: an argon2 hash keeps a CPU busy for about a tenth of a
    second, and the other half is left to serve every other request."""
    return max(1, usable_cpus() // 2)
