"""Hatch build hook: compile db/seed.sql into karabakh_cli/data/kcli.db for wheels and editable installs."""

import importlib
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DB_IN_PACKAGE = "karabakh_cli/data/kcli.db"


class SeedBuildHook(BuildHookInterface):
    """Builds the database with karabakh_cli.build, loaded from the source tree."""

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        build = _load_build_module(root)
        seed = root / "db" / "seed.sql"
        if version == "editable":
            # An editable install reads the package from the source tree, so the file lives there (git-ignored).
            target = root / DB_IN_PACKAGE
            target.parent.mkdir(exist_ok=True)
            build.build_database(seed, target)
            return
        target = Path(tempfile.mkdtemp(prefix="kcli-build-")) / "kcli.db"
        build.build_database(seed, target)
        build_data["force_include"][str(target)] = DB_IN_PACKAGE


def _load_build_module(root: Path) -> ModuleType:
    """Import karabakh_cli.build from the source tree, which is not installed while it is being built."""
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module("karabakh_cli.build")
    finally:
        sys.path.remove(str(root))
