"""Result models: CbtTaskStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "CbtTaskStatus",
]


class CbtTaskStatus(ZStackModel):
    """The ``CbtTaskStatus`` structure."""

    created: CbtTaskStatus | None = Field(None, alias="Created")
    """已创建 (since 5.3.28)"""

    failed: CbtTaskStatus | None = Field(None, alias="Failed")
    """失败 (since 5.3.28)"""

    running: CbtTaskStatus | None = Field(None, alias="Running")
    """运行中 (since 5.3.28)"""

    starting: CbtTaskStatus | None = Field(None, alias="Starting")
    """启动中 (since 5.3.28)"""

    stopped: CbtTaskStatus | None = Field(None, alias="Stopped")
    """停止 (since 5.3.28)"""
