"""Result models: GetLicenseAddOnsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GetLicenseAddOnsResult",
]


class GetLicenseAddOnsResult(ZStackModel):
    """The ``GetLicenseAddOnsResult`` structure."""

    addons: list[Any] | None = None
