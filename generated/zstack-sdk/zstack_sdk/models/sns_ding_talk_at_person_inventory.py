"""Result models: SNSDingTalkAtPersonInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "SNSDingTalkAtPersonInventory",
]


class SNSDingTalkAtPersonInventory(ZStackModel):
    """The ``SNSDingTalkAtPersonInventory`` structure."""

    endpoint_uuid: str | None = None
    """钉钉endpoint UUID (since 5.0.0)"""

    phone_number: str | None = None
    """手机号码 (since 5.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.0.0)"""
