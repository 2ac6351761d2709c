"""Result models: GetCandidateInterfaceVlanIdsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetCandidateInterfaceVlanIdsResult",
]


class GetCandidateInterfaceVlanIdsResult(ZStackModel):
    """The result of GetCandidateInterfaceVlanIds (ZStack's `GetCandidateInterfaceVlanIdsResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.11)"""

    success: bool | None = None
    """success (since 4.7.11)"""

    vlan_ids: list[Any] | None = None
    """vlan接口ID (since 4.7.11)"""
