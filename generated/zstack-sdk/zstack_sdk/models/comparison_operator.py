"""Result models: ComparisonOperator (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "ComparisonOperator",
]


class ComparisonOperator(ZStackModel):
    """The ``ComparisonOperator`` structure."""

    greater_than: ComparisonOperator | None = Field(None, alias="GreaterThan")
    """GreaterThan (since 4.7.0)"""

    greater_than_or_equal_to: ComparisonOperator | None = Field(None, alias="GreaterThanOrEqualTo")
    """GreaterThanOrEqualTo (since 4.7.0)"""

    less_than: ComparisonOperator | None = Field(None, alias="LessThan")
    """LessThan (since 4.7.0)"""

    less_than_or_equal_to: ComparisonOperator | None = Field(None, alias="LessThanOrEqualTo")
    """LessThanOrEqualTo (since 4.7.0)"""

    name: str | None = None
    """资源名称 (since 2.3)"""

    ordinal: int | None = None
    """ordinal (since 2.3)"""
