"""Result models: RefreshGuestOsMetadataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RefreshGuestOsMetadataResult",
]


class RefreshGuestOsMetadataResult(ZStackModel):
    """The result of RefreshGuestOsMetadata (ZStack's `RefreshGuestOsMetadataResult`)."""

    error: ErrorCode | None = None
