"""Result models: UpdateVirtualRouterSoftwareVersionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateVirtualRouterSoftwareVersionResult",
]


class UpdateVirtualRouterSoftwareVersionResult(ZStackModel):
    """The result of UpdateVirtualRouterSoftwareVersion (ZStack's `UpdateVirtualRouterSoftwareVersionResult`)."""

    error: ErrorCode | None = None
