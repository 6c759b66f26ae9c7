"""kcli: an offline, cited reference to the Second Nagorno-Karabakh War and its diplomacy."""

__version__ = "0.1.0"
