"""Result models: Format (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "Format",
]


class Format(ZStackModel):
    """The ``Format`` structure."""

    format: str | None = None
    """云盘格式 (since 0.6)"""

    master_hypervisor_type: str | None = None
    """默认的Hypervisor类型 (since 0.6)"""

    supporting_hypervisor_types: list[Any] | None = None
    """支持的Hypervisor类型列表 (since 0.6)"""
