"""Result models: LoadBalancerListerAcl (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "LoadBalancerListerAcl",
]


class LoadBalancerListerAcl(ZStackModel):
    """ZStack's `LoadBalancerListerAcl`."""

    acl_uuid: str | None = None

    listener_uuid: str | None = None

    server_group_uuids: list[str] | None = None
