"""Result models: GetCdpBackupStorageRequirementResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetCdpBackupStorageRequirementResult",
]


class GetCdpBackupStorageRequirementResult(ZStackModel):
    """The result of GetCdpBackupStorageRequirement (ZStack's `GetCdpBackupStorageRequirementResult`)."""

    current: dict[str, Any] | None = None
    """当前条件 (since 5.1.4)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.1.4)"""

    next_step: str | None = None
    """下一步骤 (since 5.1.4)"""

    required: dict[str, Any] | None = None
    """期望条件 (since 5.1.4)"""

    success: bool | None = None
    """是否成功 (since 5.1.4)"""
