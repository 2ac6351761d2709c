"""Result models: GetVmSshKeyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmSshKeyResult",
]


class GetVmSshKeyResult(ZStackModel):
    """The result of GetVmSshKey (ZStack's `GetVmSshKeyResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    ssh_key: str | None = None
    """云主机SSH Key (since 0.6)"""
