"""Result models: ChangeAccessControlListServerGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_lister_acl import LoadBalancerListerAcl

__all__ = [
    "ChangeAccessControlListServerGroupResult",
]


class ChangeAccessControlListServerGroupResult(ZStackModel):
    """The result of ChangeAccessControlListServerGroup (ZStack's `ChangeAccessControlListServerGroupResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerListerAcl | None = None
