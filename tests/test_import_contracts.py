"""The import contracts of pyproject.toml (`lint-imports`): the code keeps them, and they break on
an import that runs backwards. The broken cases run on a copy of the packages with one bad line."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = ("app", "schema", "resolvers", "rules", "models")
LAYERS = "app -> schema root -> resolvers -> schema types -> rules -> models"
SCHEMA_SPLIT = "every schema module is in the root or among the types"
NO_APP = "nothing imports app"


def lint_imports(where: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=where,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_packages_keep_the_import_contracts() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        ("rules/visibility.py", "import app.settings", NO_APP),
        ("schema/types.py", "import resolvers.accounts", LAYERS),
        ("resolvers/accounts.py", "import schema.root", LAYERS),
        ("models/customers.py", "import rules.clock", LAYERS),
        ("schema/new_module.py", "import rules.clock", SCHEMA_SPLIT),
    ],
    ids=[
        "rules->app",
        "schema.types->resolvers",
        "resolvers->schema.root",
        "models->rules",
        "unlisted",
    ],
)
def test_an_import_running_backwards_breaks_a_contract(
    copy: Path, module: str, line: str, broken: str
) -> None:
    path = copy / module
    path.write_text((path.read_text() if path.exists() else "") + f"\n{line}\n")

    result = lint_imports(copy)

    assert result.returncode == 1, result.stdout + result.stderr
    assert f"\n{broken} BROKEN\n" in result.stdout, result.stdout
    if not module.endswith("new_module.py"):
        importer, imported = module.removesuffix(".py").replace("/", "."), line.split()[1]
        assert f"{importer} -> {imported}" in result.stdout
