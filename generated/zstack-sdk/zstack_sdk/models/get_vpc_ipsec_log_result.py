"""Result models: GetVpcIPsecLogResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GetVpcIPsecLogResult",
]


class GetVpcIPsecLogResult(ZStackModel):
    """The ``GetVpcIPsecLogResult`` structure."""

    ipsec_log: str | None = None
