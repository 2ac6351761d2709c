"""Result models: GetAliyunNasMountTargetRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetAliyunNasMountTargetRemoteResult",
]


class GetAliyunNasMountTargetRemoteResult(ZStackModel):
    """The result of GetAliyunNasMountTargetRemote (ZStack's `GetAliyunNasMountTargetRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
