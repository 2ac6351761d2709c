"""Result models: BindableConfig (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "BindableConfig",
]


class BindableConfig(ZStackModel):
    """The ``BindableConfig`` structure."""

    bind_resource_types: list[Any] | None = None
    """设置可绑定的资源类型 (since 3.4.0)"""

    category: str | None = None
    """设置类型 (since 3.4.0)"""

    description: str | None = None
    """设置的详细描述 (since 3.4.0)"""

    name: str | None = None
    """设置名称 (since 3.4.0)"""
