"""Result models: LogServerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .log_category import LogCategory
from .log_level import LogLevel
from .log_type import LogType

__all__ = [
    "LogServerInventory",
]


class LogServerInventory(ZStackModel):
    """The ``LogServerInventory`` structure."""

    category: LogCategory | None = None
    """详情参考category (since 5.3.28)"""

    configuration: str | None = None
    """configuration (since 5.3.28)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.3.28)"""

    description: str | None = None
    """资源的详细描述 (since 5.3.28)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.3.28)"""

    level: LogLevel | None = None
    """详情参考level (since 5.3.28)"""

    name: str | None = None
    """资源名称 (since 5.3.28)"""

    type: LogType | None = None
    """详情参考type (since 5.3.28)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.3.28)"""
