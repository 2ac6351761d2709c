"""Result models: GetHypervisorTypesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetHypervisorTypesResult",
]


class GetHypervisorTypesResult(ZStackModel):
    """The result of GetHypervisorTypes (ZStack's `GetHypervisorTypesResult`)."""

    error: ErrorCode | None = None

    hypervisor_types: list[str] | None = None
