"""Result models: GetOssBucketFileFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetOssBucketFileFromRemoteResult",
]


class GetOssBucketFileFromRemoteResult(ZStackModel):
    """The ``GetOssBucketFileFromRemoteResult`` structure."""

    files: list[Any] | None = None
