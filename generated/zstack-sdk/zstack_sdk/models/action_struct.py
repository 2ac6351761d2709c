"""Result models: ActionStruct (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "ActionStruct",
]


class ActionStruct(ZStackModel):
    """ZStack's `ActionStruct`."""

    action_name: str | None = None
    """行为名称 (since 2.5.0)"""

    actions: Any | None = None
    """执行操作的参数列表 (since 2.5.0)"""

    error: str | None = None
    """本次执行的出现的错误 (since 4.1.0)"""

    in_degree: list[Any] | None = None
    """依赖的行为列表 (since 2.5.0)"""

    resource_name: str | None = None
    """资源类型 (since 2.5.0)"""

    round: int | None = None
    """第几轮执行，从0开始计算 (since 2.5.0)"""
