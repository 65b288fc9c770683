"""The documents customers agree to, as versioned text the operator can replace.

The folder of the `DOCUMENTS_DIR` setting (by default `app/static/documents/`, placeholders)
holds one folder per document and one HTML fragment per version: `<document>/<version>.html`.
The current version of the reseller instructions is the `RESELLER_INSTRUCTIONS_VERSION` setting,
the version an association records; of the other documents, the last version in sorted order
(versions named by date sort by time).
"""

from __future__ import annotations

import re
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent / "static" / "documents"
INSTRUCTIONS = "reseller-instructions"
TITLES = {
    INSTRUCTIONS: "Instructions for Associating with a Partner",
    "authorization-letter": "Customer Authorization Letter",
    "customer-agreement": "Customer Agreement",
    "privacy-statement": "Privacy Statement",
}
# A version is a file name: letters, digits, '.', '_', '-' (no path), at most the 32 characters
# an association keeps of the instructions' version.
VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")


def versions(folder: Path, document: str) -> list[str]:
    """The versions of a document in `folder`, sorted."""
    files = (folder / document).glob("*.html")
    return sorted(f.stem for f in files if f.is_file() and VERSION.fullmatch(f.stem))


def current_version(folder: Path, document: str, instructions_version: str) -> str | None:
    if document == INSTRUCTIONS:
        return instructions_version
    found = versions(folder, document)
    return found[-1] if found else None


def document_file(folder: Path, document: str, version: str) -> Path | None:
    """The file of a document's version; None for an unknown document or version."""
    if document not in TITLES or not VERSION.fullmatch(version):
        return None
    path = folder / document / f"{version}.html"
    return path if path.is_file() else None


def missing(folder: Path, instructions_version: str) -> list[str]:
    """What the folder lacks: every document needs a version, and the reseller instructions
    the version of RESELLER_INSTRUCTIONS_VERSION."""
    problems = [
        f"{document}/<version>.html" for document in TITLES if not versions(folder, document)
    ]
    if document_file(folder, INSTRUCTIONS, instructions_version) is None:
        problems.append(f"{INSTRUCTIONS}/{instructions_version}.html")
    return sorted(set(problems))
