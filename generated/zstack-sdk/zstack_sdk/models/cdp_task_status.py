"""Result models: CdpTaskStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "CdpTaskStatus",
]


class CdpTaskStatus(ZStackModel):
    """The ``CdpTaskStatus`` structure."""

    created: CdpTaskStatus | None = Field(None, alias="Created")
    """创建 (since 4.5.0)"""

    failed: CdpTaskStatus | None = Field(None, alias="Failed")
    """失败 (since 4.5.0)"""

    running: CdpTaskStatus | None = Field(None, alias="Running")
    """运作中 (since 4.5.0)"""

    starting: CdpTaskStatus | None = Field(None, alias="Starting")
    """启动中 (since 4.5.0)"""

    stopped: CdpTaskStatus | None = Field(None, alias="Stopped")
    """停止 (since 4.5.0)"""

    unknown: CdpTaskStatus | None = Field(None, alias="Unknown")
    """未知 (since 4.5.0)"""
