"""Result models: GetCandidateNetworkInterfacesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetCandidateNetworkInterfacesResult",
]


class GetCandidateNetworkInterfacesResult(ZStackModel):
    """The result of GetCandidateNetworkInterfaces (ZStack's `GetCandidateNetworkInterfacesResult`)."""

    candidate_nics: list[Any] | None = None

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.0)"""

    slave_names: list[Any] | None = None

    success: bool | None = None
    """success (since 4.7.0)"""
