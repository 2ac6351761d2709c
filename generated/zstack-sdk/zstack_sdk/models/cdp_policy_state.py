"""Result models: CdpPolicyState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "CdpPolicyState",
]


class CdpPolicyState(ZStackModel):
    """The ``CdpPolicyState`` structure."""

    disabled: CdpPolicyState | None = Field(None, alias="Disabled")
    """停用 (since 4.5.0)"""

    enabled: CdpPolicyState | None = Field(None, alias="Enabled")
    """启用 (since 4.5.0)"""
