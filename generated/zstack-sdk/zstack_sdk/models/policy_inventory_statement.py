"""Result models: PolicyInventoryStatement (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .statement_effect import StatementEffect

__all__ = [
    "PolicyInventoryStatement",
]


class PolicyInventoryStatement(ZStackModel):
    """The ``PolicyInventoryStatement`` structure."""

    actions: list[Any] | None = None
    """一个匹配API的字符串列表 (since 0.6)"""

    effect: StatementEffect | None = None
    """详情参考effect (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    principals: list[Any] | None = None
    """principals (since 0.6)"""

    resources: list[Any] | None = None
    """资源列表 (since 0.6)"""
