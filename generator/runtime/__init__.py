"""The hand-written runtime of the generated SDK.

Each ``_*.py`` module here is real, tested source that the generator copies verbatim
into the package it renders (``zstack_sdk/_base_client.py`` and so on). The modules
only import each other relatively, so they work unchanged in both places.
"""

RUNTIME_MODULES = (
    "_api.py",
    "_auth.py",
    "_base_client.py",
    "_core.py",
    "_checks.py",
    "_cli.py",
    "_cli_catalog.py",
    "_cli_complete.py",
    "_cli_help.py",
    "_cli_output.py",
    "_cli_profile.py",
    "_cli_values.py",
    "_errors.py",
    "_models.py",
    "_polling.py",
    "_query.py",
    "_replies.py",
    "_versions.py",
)
