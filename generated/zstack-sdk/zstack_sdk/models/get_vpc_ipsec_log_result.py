"""Result models: GetVpcIPsecLogResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GetVpcIPsecLogResult",
]


class GetVpcIPsecLogResult(ZStackModel):
    """The ``GetVpcIPsecLogResult`` structure."""

    ipsec_log: str | None = None
