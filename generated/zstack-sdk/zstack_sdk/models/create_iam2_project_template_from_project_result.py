"""Result models: CreateIAM2ProjectTemplateFromProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_project_template_inventory import IAM2ProjectTemplateInventory

__all__ = [
    "CreateIAM2ProjectTemplateFromProjectResult",
]


class CreateIAM2ProjectTemplateFromProjectResult(ZStackModel):
    """The result of CreateIAM2ProjectTemplateFromProject (ZStack's `CreateIAM2ProjectTemplateFromProjectResult`)."""

    error: ErrorCode | None = None

    inventory: IAM2ProjectTemplateInventory | None = None
