"""axe-core, the accessibility checker the browser tests inject into every page they check.

It comes from the npm registry at set-up (`python3 dev.py assets` runs
`python -m tests.support.axe fetch`), like GraphiQL's files: `npm pack axe-core@VERSION`, the
tarball checked against the integrity hash pinned here, and `axe.min.js` kept in `var/axe-core/`
(git-ignored). Nothing is fetched while the tests run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from app.graphiql import matches, npm_pack

VERSION = "4.14.1"
SPEC = f"axe-core@{VERSION}"
# The registry's `dist.integrity` of the tarball (npm view axe-core@VERSION dist.integrity).
INTEGRITY = (
    "sha512-"
    "FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
)
ROOT = Path(__file__).resolve().parents[2] / "var" / "axe-core"
SCRIPT = ROOT / VERSION / "axe.min.js"


def fetch(npm: str, target: Path = SCRIPT) -> str:
    """Stores axe.min.js at `target` unless it is there. Raises RuntimeError when npm fails or
    the tarball does not match INTEGRITY."""
    if target.is_file():
        return f"{SPEC}: present"
    with tempfile.TemporaryDirectory(prefix="axe-") as scratch:
        tarball = npm_pack(npm, SPEC, Path(scratch))
        if not matches(tarball.read_bytes(), INTEGRITY):
            raise RuntimeError(f"{tarball.name} does not match {INTEGRITY}")
        with tarfile.open(tarball, "r:gz") as archive:
            member = archive.extractfile("package/axe.min.js")
            if member is None:
                raise RuntimeError(f"{SPEC} has no axe.min.js")
            content = member.read()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return f"{SPEC}: verified and stored"


def main(argv: list[str]) -> int:
    if argv != ["fetch"]:
        print("usage: python -m tests.support.axe fetch", file=sys.stderr)
        return 2
    npm = shutil.which("npm")
    if npm is None:
        print("axe-core: npm not found; the browser tests' accessibility checks cannot run")
        return 0
    try:
        print(f"axe-core: {fetch(npm)}")
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
        print(f"axe-core: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
