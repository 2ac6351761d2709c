"""Result models: Paramete (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "Paramete",
]


class Paramete(ZStackModel):
    """The ``Paramete`` structure."""

    constraint_description: str | None = None
    """若校验失败，返回内容 (since 2.5.0)"""

    default_value: str | None = None
    """默认值 (since 2.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 2.5.0)"""

    label: str | None = None
    """前端显示名称 (since 2.5.0)"""

    no_echo: bool | None = None
    """是否在输出中显示 (since 2.5.0)"""

    param_name: str | None = None
    """参数名称 (since 2.5.0)"""

    resource_type: str | None = None
    """若参数为ZStack Cloud资源，返回资源类型，否则返回null (since 2.5.0)"""

    type: str | None = None
    """参数类型 (since 2.5.0)"""
