"""Result models: GetHostResourceAllocationResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetHostResourceAllocationResult",
]


class GetHostResourceAllocationResult(ZStackModel):
    """The result of GetHostResourceAllocation (ZStack's `GetHostResourceAllocationResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.3.12)"""

    name: str | None = None
    """资源名称 (since 4.3.12)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.3.12)"""

    v_cpu_pin: list[Any] | None = Field(None, alias="vCPUPin")
    """此次分配推荐的vCPU pin信息，详情请见[CPU Pin] (since 4.3.12)"""
