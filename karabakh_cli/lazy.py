"""Modules loaded on first use, so a command names its renderer or queries at the top and pays for
them (Rich, for tables) only on the path that uses them."""

import importlib.util
import sys
from types import ModuleType


def module(name: str) -> ModuleType:
    """Return the module called name, to be executed when one of its attributes is first read."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {name!r}")
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    lazy = importlib.util.module_from_spec(spec)
    sys.modules[name] = lazy
    loader.exec_module(lazy)
    return lazy
