"""GraphiQL without the internet: its scripts and styles served by partnerlink.

Strawberry's GraphiQL page loads React, GraphiQL, its explorer plugin and js-cookie from a public
CDN, each with a subresource-integrity hash. The set-up step (`python -m app.graphiql fetch`, run
by `python3 dev.py assets`, `dev.py serve` and CI) fetches the same files from the npm registry
with `npm pack NAME@VERSION`, checks each against the page's integrity hash, and keeps them in
`var/graphiql/` (git-ignored). The page is then rewritten to load every file found there from
`/graphiql-assets/...`; a file that is absent still comes from the CDN. The integrity attributes
stay, so the browser checks the local files too.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from strawberry.http.ides import get_graphql_ide_html

ASSETS_ROOT = Path(__file__).resolve().parent.parent / "var" / "graphiql"
URL_PREFIX = "/graphiql-assets"
NPM_TIMEOUT_SECONDS = 300

_TAG = re.compile(r"<(?:script|link)\b[^>]*>", re.IGNORECASE)
_CDN_URL = re.compile(
    r'(?:src|href)="(?P<url>https://unpkg\.com/'
    r'(?P<package>(?:@[\w.-]+/)?[\w.-]+)@(?P<version>[\w.-]+)/(?P<path>[^"?#]+))"'
)
_INTEGRITY = re.compile(r'integrity="(?P<integrity>sha(?:256|384|512)-[A-Za-z0-9+/=]+)"')


@dataclass(frozen=True, slots=True)
class Asset:
    """One file the GraphiQL page loads from the CDN."""

    url: str
    package: str
    version: str
    path: str
    integrity: str

    @property
    def spec(self) -> str:
        return f"{self.package}@{self.version}"

    @property
    def relative(self) -> str:
        return f"{self.spec}/{self.path}"

    @property
    def local_url(self) -> str:
        return f"{URL_PREFIX}/{self.relative}"

    def local_file(self, root: Path) -> Path:
        return root / self.relative


def ide_html() -> str:
    """Strawberry's GraphiQL page, as it ships."""
    return get_graphql_ide_html(graphql_ide="graphiql")


def assets_in(html: str) -> list[Asset]:
    """The CDN files a page loads that carry an integrity hash, in page order."""
    found = []
    for tag in _TAG.findall(html):
        url, integrity = _CDN_URL.search(tag), _INTEGRITY.search(tag)
        if url and integrity:
            found.append(
                Asset(
                    url=url["url"],
                    package=url["package"],
                    version=url["version"],
                    path=url["path"],
                    integrity=integrity["integrity"],
                )
            )
    return found


def matches(content: bytes, integrity: str) -> bool:
    """Whether `content` has the subresource-integrity hash `integrity` (e.g. `sha384-...`)."""
    algorithm, _, expected = integrity.partition("-")
    digest = hashlib.new(algorithm, content).digest()
    return base64.b64encode(digest).decode("ascii") == expected


def localize(html: str, root: Path = ASSETS_ROOT) -> str:
    """The page loading each file present under `root` from `/graphiql-assets/`; the others
    keep their CDN address."""
    for asset in assets_in(html):
        if asset.local_file(root).is_file():
            html = html.replace(f'"{asset.url}"', f'"{asset.local_url}"')
    return html


def fetch(root: Path = ASSETS_ROOT, *, npm: str = "npm", html: str | None = None) -> list[str]:
    """Fetches every CDN file of the page that is not yet under `root` (or does not match its
    hash) with `npm pack`, checks it and stores it. Returns one line per package fetched.

    Raises RuntimeError when npm fails or a file does not match its integrity hash (nothing of
    that package is stored then)."""
    wanted: dict[str, list[Asset]] = {}
    for asset in assets_in(html if html is not None else ide_html()):
        present = asset.local_file(root)
        if not (present.is_file() and matches(present.read_bytes(), asset.integrity)):
            wanted.setdefault(asset.spec, []).append(asset)
    done = []
    with tempfile.TemporaryDirectory(prefix="graphiql-") as scratch:
        for spec, assets in wanted.items():
            tarball = npm_pack(npm, spec, Path(scratch))
            contents = _extract(tarball, assets)
            for asset, content in contents.items():
                target = asset.local_file(root)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
            done.append(f"{spec}: {len(contents)} file(s) verified and stored")
    return done


def npm_pack(npm: str, spec: str, destination: Path) -> Path:
    result = subprocess.run(
        [npm, "pack", spec, "--json", "--pack-destination", str(destination)],
        cwd=destination,
        capture_output=True,
        text=True,
        timeout=NPM_TIMEOUT_SECONDS,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"npm pack {spec} failed: {result.stderr.strip()[-500:]}")
    filename = json.loads(result.stdout)[0]["filename"]
    return destination / str(filename)


def _extract(tarball: Path, assets: list[Asset]) -> dict[Asset, bytes]:
    contents = {}
    with tarfile.open(tarball, "r:gz") as archive:
        for asset in assets:
            member = archive.extractfile(f"package/{asset.path}")
            if member is None:
                raise RuntimeError(f"{asset.spec} has no file {asset.path}")
            content = member.read()
            if not matches(content, asset.integrity):
                raise RuntimeError(f"{asset.relative} does not match {asset.integrity}")
            contents[asset] = content
    return contents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m app.graphiql",
        description="Fetch GraphiQL's files from the npm registry into var/graphiql/, so that "
        "GraphiQL works without the internet. Without npm it says so and changes nothing: "
        "GraphiQL then loads them from the public CDN.",
    )
    parser.add_argument("command", choices=["fetch"])
    parser.add_argument("--root", type=Path, default=ASSETS_ROOT, help="where to keep them")
    args = parser.parse_args(argv)
    npm = shutil.which("npm")
    if npm is None:
        print("graphiql: npm not found; GraphiQL will load its files from the public CDN")
        return 0
    try:
        lines = fetch(args.root, npm=npm)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
        print(f"graphiql: {error}; GraphiQL will load the missing files from the CDN")
        return 1
    for line in lines or ["all files present and verified"]:
        print(f"graphiql: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
