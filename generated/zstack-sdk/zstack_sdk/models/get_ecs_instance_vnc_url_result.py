"""Result models: GetEcsInstanceVncUrlResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GetEcsInstanceVncUrlResult",
]


class GetEcsInstanceVncUrlResult(ZStackModel):
    """The ``GetEcsInstanceVncUrlResult`` structure."""

    ecs_id: str | None = None

    vnc_url: str | None = None
