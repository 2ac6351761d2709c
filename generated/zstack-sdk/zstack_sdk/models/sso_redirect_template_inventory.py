"""Result models: SSORedirectTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SSORedirectTemplateInventory",
]


class SSORedirectTemplateInventory(ZStackModel):
    """The ``SSORedirectTemplateInventory`` structure."""

    client_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    redirect_template: str | None = None

    uuid: str | None = None
