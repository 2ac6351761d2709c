"""Result models: LogServerInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LogServerInventory",
]


class LogServerInventory(ZStackModel):
    """The ``LogServerInventory`` structure."""

    category: Literal["ManagementNodeLog", "PlatformOperationLog"] | str | None = None
    """详情参考category (since 5.3.28)"""

    configuration: str | None = None
    """configuration (since 5.3.28)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.3.28)"""

    description: str | None = None
    """资源的详细描述 (since 5.3.28)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.3.28)"""

    level: (
        Literal["OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL"] | str | None
    ) = None
    """详情参考level (since 5.3.28)"""

    name: str | None = None
    """资源名称 (since 5.3.28)"""

    type: Literal["Log4j2", "FluentBit"] | str | None = None
    """详情参考type (since 5.3.28)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.3.28)"""
