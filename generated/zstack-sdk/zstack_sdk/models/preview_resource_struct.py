"""Result models: PreviewResourceStruct (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .action_struct import ActionStruct

__all__ = [
    "PreviewResourceStruct",
]


class PreviewResourceStruct(ZStackModel):
    """ZStack's `PreviewResourceStruct`."""

    actions: list[ActionStruct] | None = None
    """详情参考actions (since 2.5.0)"""

    conditions: dict[str, Any] | None = None
    """条件的执行结果 (since 3.7.0)"""
