"""Result models: IAM2ProjectTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .template import Template

__all__ = [
    "IAM2ProjectTemplateInventory",
]


class IAM2ProjectTemplateInventory(ZStackModel):
    """ZStack's `IAM2ProjectTemplateInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    template: Template | None = None

    uuid: str | None = None
