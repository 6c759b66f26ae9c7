"""kcli: an offline, cited reference to the Second Nagorno-Karabakh War and its diplomacy."""

__version__ = "0.1.0"

# Set by the shell when it asks kcli for completions (Click's convention): then the arguments are no request.
COMPLETION_VARIABLE = "_KCLI_COMPLETE"
