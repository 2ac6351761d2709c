"""Result models: GetEcsInstanceVncUrlResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetEcsInstanceVncUrlResult",
]


class GetEcsInstanceVncUrlResult(ZStackModel):
    """The result of GetEcsInstanceVncUrl (ZStack's `GetEcsInstanceVncUrlResult`)."""

    ecs_id: str | None = None

    error: ErrorCode | None = None

    vnc_url: str | None = None
