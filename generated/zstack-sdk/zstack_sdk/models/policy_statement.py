"""Result models: PolicyStatement (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackModel

__all__ = [
    "PolicyStatement",
]


class PolicyStatement(ZStackModel):
    """ZStack's `PolicyStatement`."""

    actions: list[str] | None = None
    """一个匹配API的字符串列表 (since 0.6)"""

    effect: Literal["Allow", "Deny"] | str | None = None
    """详情参考effect (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    principals: list[str] | None = None
    """principals (since 0.6)"""

    resources: list[str] | None = None
    """资源列表 (since 0.6)"""
