"""Result models: SyncImageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncImageResult",
]


class SyncImageResult(ZStackModel):
    """The ``SyncImageResult`` structure."""

    cause: ErrorCode | None = None
    """根错误，引发当前错误的源错误，若无原错误，该字段为null (since 4.7.11)"""

    code: str | None = None
    """错误码号，错误的全局唯一标识，例如SYS.1000, HOST.1001 (since 4.7.11)"""

    description: str | None = None
    """错误的概要描述 (since 4.7.11)"""

    details: str | None = None
    """错误的详细信息 (since 4.7.11)"""

    elaboration: str | None = None
    """保留字段，默认为null (since 4.7.11)"""

    opaque: dict[str, Any] | None = None
    """保留字段，默认为null (since 4.7.11)"""
