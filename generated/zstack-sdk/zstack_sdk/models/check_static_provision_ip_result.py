"""Result models: CheckStaticProvisionIpResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckStaticProvisionIpResult",
]


class CheckStaticProvisionIpResult(ZStackModel):
    """The result of CheckStaticProvisionIp (ZStack's `CheckStaticProvisionIpResult`)."""

    error: ErrorCode | None = None
