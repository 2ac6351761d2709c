"""Result models: DeleteEcsVpcRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsVpcRemoteResult",
]


class DeleteEcsVpcRemoteResult(ZStackModel):
    """The result of DeleteEcsVpcRemote (ZStack's `DeleteEcsVpcRemoteResult`)."""

    error: ErrorCode | None = None
