"""Result models: AlarmStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "AlarmStatus",
]


class AlarmStatus(ZStackModel):
    """The ``AlarmStatus`` structure."""

    alarm: AlarmStatus | None = Field(None, alias="Alarm")
    """已触发 (since 2.3)"""

    insufficient_data: AlarmStatus | None = Field(None, alias="InsufficientData")
    """数据不足 (since 2.3)"""

    ok: AlarmStatus | None = Field(None, alias="OK")
    """监控中 (since 2.3)"""
