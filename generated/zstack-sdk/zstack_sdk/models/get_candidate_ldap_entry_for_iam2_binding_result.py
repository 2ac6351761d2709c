"""Result models: GetCandidateLdapEntryForIAM2BindingResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetCandidateLdapEntryForIAM2BindingResult",
]


class GetCandidateLdapEntryForIAM2BindingResult(ZStackModel):
    """The result of GetCandidateLdapEntryForIAM2Binding (ZStack's `GetLdapEntryResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.1)"""

    inventories: list[Any] | None = None
    """inventories (since 3.5.1)"""
