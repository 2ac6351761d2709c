"""Result models: GetVpcIPsecLogResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVpcIPsecLogResult",
]


class GetVpcIPsecLogResult(ZStackModel):
    """The result of GetVpcIPsecLog (ZStack's `GetVpcIPsecLogResult`)."""

    error: ErrorCode | None = None

    ipsec_log: str | None = None
