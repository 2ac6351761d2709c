"""Result models: GetCreateEcsImageProgressResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .progress_property import ProgressProperty

__all__ = [
    "GetCreateEcsImageProgressResult",
]


class GetCreateEcsImageProgressResult(ZStackModel):
    """The ``GetCreateEcsImageProgressResult`` structure."""

    progress: ProgressProperty | None = None
