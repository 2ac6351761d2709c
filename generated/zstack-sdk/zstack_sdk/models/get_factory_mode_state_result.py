"""Result models: GetFactoryModeStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetFactoryModeStateResult",
]


class GetFactoryModeStateResult(ZStackModel):
    """The result of GetFactoryModeState (ZStack's `GetFactoryModeStateResult`)."""

    error: ErrorCode | None = None

    factory_mode_state: bool | None = None
