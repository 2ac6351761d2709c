"""Result models: LogType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "LogType",
]


class LogType(ZStackModel):
    """The ``LogType`` structure."""

    fluent_bit: LogType | None = Field(None, alias="FluentBit")
    """FluentBit (since 5.3.28)"""

    log4j2: LogType | None = Field(None, alias="Log4j2")
    """Log4j2 (since 5.3.28)"""
