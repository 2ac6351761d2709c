"""Result models: Template (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "Template",
]


class Template(ZStackModel):
    """ZStack's `Template`."""

    attributes: list[Any] | None = None

    quota: dict[str, Any] | None = None
