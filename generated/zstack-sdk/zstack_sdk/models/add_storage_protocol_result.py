"""Result models: AddStorageProtocolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddStorageProtocolResult",
]


class AddStorageProtocolResult(ZStackModel):
    """The result of AddStorageProtocol (ZStack's `AddStorageProtocolResult`)."""

    error: ErrorCode | None = None
