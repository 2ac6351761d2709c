"""Result models: PreviewResourceFromAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .preview_resource_struct import PreviewResourceStruct

__all__ = [
    "PreviewResourceFromAppResult",
]


class PreviewResourceFromAppResult(ZStackModel):
    """The result of PreviewResourceFromApp (ZStack's `PreviewResourceStackResult`)."""

    error: ErrorCode | None = None

    preview: PreviewResourceStruct | None = None
