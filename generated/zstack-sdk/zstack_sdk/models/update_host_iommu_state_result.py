"""Result models: UpdateHostIommuStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .role_type import RoleType

__all__ = [
    "UpdateHostIommuStateResult",
]


class UpdateHostIommuStateResult(ZStackModel):
    """The ``UpdateHostIommuStateResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。详情参考error (since 2.1)"""

    state: RoleType | None = None
    """详情参考state (since 2.1)"""
