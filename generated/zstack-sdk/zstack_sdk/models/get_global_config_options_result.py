"""Result models: GetGlobalConfigOptionsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .global_config_options import GlobalConfigOptions

__all__ = [
    "GetGlobalConfigOptionsResult",
]


class GetGlobalConfigOptionsResult(ZStackModel):
    """The ``GetGlobalConfigOptionsResult`` structure."""

    options: GlobalConfigOptions | None = None
