"""Result models: DeleteHuaweiIMasterTenantResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHuaweiIMasterTenantResult",
]


class DeleteHuaweiIMasterTenantResult(ZStackModel):
    """The result of DeleteHuaweiIMasterTenant."""

    error: ErrorCode | None = None
