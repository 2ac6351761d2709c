"""Result models: PolicyStatement (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .statement_effect import StatementEffect

__all__ = [
    "PolicyStatement",
]


class PolicyStatement(ZStackModel):
    """The ``PolicyStatement`` structure."""

    actions: list[Any] | None = None
    """actions (since 0.6)"""

    effect: StatementEffect | None = None
    """详情参考effect (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    principals: list[Any] | None = None
    """principals (since 0.6)"""

    resources: list[Any] | None = None
    """resources (since 0.6)"""
