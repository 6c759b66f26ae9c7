"""kcli's commands, one module per area; cli.py imports only the module of the command being run."""
