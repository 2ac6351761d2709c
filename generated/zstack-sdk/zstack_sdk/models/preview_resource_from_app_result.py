"""Result models: PreviewResourceFromAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .preview_resource_struct import PreviewResourceStruct

__all__ = [
    "PreviewResourceFromAppResult",
]


class PreviewResourceFromAppResult(ZStackModel):
    """The ``PreviewResourceFromAppResult`` structure."""

    preview: PreviewResourceStruct | None = None
