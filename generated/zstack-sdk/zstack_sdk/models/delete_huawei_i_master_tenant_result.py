"""Result models: DeleteHuaweiIMasterTenantResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHuaweiIMasterTenantResult",
]


class DeleteHuaweiIMasterTenantResult(ZStackModel):
    """The result of DeleteHuaweiIMasterTenant."""

    error: ErrorCode | None = None
