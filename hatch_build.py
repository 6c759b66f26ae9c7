"""Hatch build hook: compile db/seed.sql into karabakh_cli/data/kcli.db and render the help pages into
karabakh_cli/data/help.json, for wheels and editable installs."""

import importlib
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DB_IN_PACKAGE = "karabakh_cli/data/kcli.db"
HELP_IN_PACKAGE = "karabakh_cli/data/help.json"


class SeedBuildHook(BuildHookInterface):
    """Builds the database with karabakh_cli.build, loaded from the source tree."""

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        build = _load_module(root, "karabakh_cli.build")
        helpbuild = _load_module(root, "karabakh_cli.helpbuild")
        seed = root / "db" / "seed.sql"
        if version == "editable":
            # An editable install reads the package from the source tree, so the files live there (git-ignored).
            target = root / DB_IN_PACKAGE
            target.parent.mkdir(exist_ok=True)
            build.build_database(seed, target)
            helpbuild.write_pages(root / HELP_IN_PACKAGE)
            return
        work = Path(tempfile.mkdtemp(prefix="kcli-build-"))
        build.build_database(seed, work / "kcli.db")
        helpbuild.write_pages(work / "help.json")
        build_data["force_include"][str(work / "kcli.db")] = DB_IN_PACKAGE
        build_data["force_include"][str(work / "help.json")] = HELP_IN_PACKAGE


def _load_module(root: Path, name: str) -> ModuleType:
    """Import a module of karabakh_cli from the source tree, which is not installed while it is being built."""
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(root))
