"""Result models: Template (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "Template",
]


class Template(ZStackModel):
    """ZStack's `Template`."""

    attributes: list[Any] | None = None

    quota: dict[str, Any] | None = None
