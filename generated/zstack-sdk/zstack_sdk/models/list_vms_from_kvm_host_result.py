"""Result models: ListVMsFromKVMHostResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ListVMsFromKVMHostResult",
]


class ListVMsFromKVMHostResult(ZStackModel):
    """The result of ListVMsFromKVMHost (ZStack's `ListVMsFromKVMHostResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    libvirt_version: str | None = None

    qemu_version: str | None = None

    v2v_caps: dict[str, Any] | None = None
