"""Result models: AttachVipToVpcSharedQosResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachVipToVpcSharedQosResult",
]


class AttachVipToVpcSharedQosResult(ZStackModel):
    """The result of AttachVipToVpcSharedQos (ZStack's `AttachVipToVpcSharedQosResult`)."""

    error: ErrorCode | None = None
