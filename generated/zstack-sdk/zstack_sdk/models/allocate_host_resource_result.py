"""Result models: AllocateHostResourceResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AllocateHostResourceResult",
]


class AllocateHostResourceResult(ZStackModel):
    """The result of AllocateHostResource (ZStack's `AllocateHostResourceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.11)"""

    name: str | None = None
    """资源名称 (since 4.7.11)"""

    success: bool | None = None
    """success (since 4.7.11)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.11)"""

    v_cpu_pin: list[Any] | None = Field(None, alias="vCPUPin")
    """为对应vCPU数量分配的pCPU信息 (since 4.7.11)"""
