"""Result models: GetFactoryModeStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GetFactoryModeStateResult",
]


class GetFactoryModeStateResult(ZStackModel):
    """The ``GetFactoryModeStateResult`` structure."""

    factory_mode_state: bool | None = None
