"""Result models: DeleteIscsiServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIscsiServerResult",
]


class DeleteIscsiServerResult(ZStackModel):
    """The result of DeleteIscsiServer (ZStack's `DeleteIscsiServerResult`)."""

    error: ErrorCode | None = None
