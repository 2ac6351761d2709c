"""Result models: Action (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "Action",
]


class Action(ZStackModel):
    """The ``Action`` structure."""

    action_type: str | None = None
    """报警动作类型 (since 2.3)"""

    action_uuid: str | None = None
    """报警动作UUID (since 2.3)"""

    alarm_uuid: str | None = None
    """报警器UUID (since 2.3)"""
