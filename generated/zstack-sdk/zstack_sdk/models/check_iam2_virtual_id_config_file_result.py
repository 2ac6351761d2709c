"""Result models: CheckIAM2VirtualIDConfigFileResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "CheckIAM2VirtualIDConfigFileResult",
]


class CheckIAM2VirtualIDConfigFileResult(ZStackModel):
    """The ``CheckIAM2VirtualIDConfigFileResult`` structure."""

    detail: str | None = None
    """detail (since 3.6.0)"""

    line: int | None = None
    """line (since 3.6.0)"""
