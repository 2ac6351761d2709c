"""Result models: GetLicenseAddOnsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetLicenseAddOnsResult",
]


class GetLicenseAddOnsResult(ZStackModel):
    """The ``GetLicenseAddOnsResult`` structure."""

    addons: list[Any] | None = None
