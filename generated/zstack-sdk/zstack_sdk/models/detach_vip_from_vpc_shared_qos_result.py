"""Result models: DetachVipFromVpcSharedQosResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachVipFromVpcSharedQosResult",
]


class DetachVipFromVpcSharedQosResult(ZStackModel):
    """The result of DetachVipFromVpcSharedQos (ZStack's `DetachVipFromVpcSharedQosResult`)."""

    error: ErrorCode | None = None
