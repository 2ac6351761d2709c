"""Result models: RuleMapState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "RuleMapState",
]


class RuleMapState(ZStackModel):
    """The ``RuleMapState`` structure."""

    conflict: str | None = Field(None, alias="Conflict")
    """冲突 (since 4.6.0)"""

    invalid: str | None = Field(None, alias="Invalid")
    """无效 (since 4.6.0)"""

    normal: str | None = Field(None, alias="Normal")
    """正常 (since 4.6.0)"""
