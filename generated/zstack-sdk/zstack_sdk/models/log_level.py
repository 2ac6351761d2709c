"""Result models: LogLevel (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "LogLevel",
]


class LogLevel(ZStackModel):
    """The ``LogLevel`` structure."""

    all: LogLevel | None = Field(None, alias="ALL")
    """ALL (since 5.3.28)"""

    debug: LogLevel | None = Field(None, alias="DEBUG")
    """DEBUG (since 5.3.28)"""

    error: LogLevel | None = Field(None, alias="ERROR")
    """ERROR (since 5.3.28)"""

    fatal: LogLevel | None = Field(None, alias="FATAL")
    """FATAL (since 5.3.28)"""

    info: LogLevel | None = Field(None, alias="INFO")
    """INFO (since 5.3.28)"""

    off: LogLevel | None = Field(None, alias="OFF")
    """OFF (since 5.3.28)"""

    trace: LogLevel | None = Field(None, alias="TRACE")
    """TRACE (since 5.3.28)"""

    warn: LogLevel | None = Field(None, alias="WARN")
    """WARN (since 5.3.28)"""
