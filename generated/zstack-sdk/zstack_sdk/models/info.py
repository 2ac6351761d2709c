"""Result models: Info (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "Info",
]


class Info(ZStackModel):
    """The ``Info`` structure."""

    arch: str | None = None
    """镜像的os结构 (since 3.0.0)"""

    author: str | None = None
    """镜像制作者 (since 3.0.0)"""

    blobsum: str | None = None
    """镜像hash码 (since 3.0.0)"""

    created: ZStackDateTime | None = None
    """镜像提交时间 (since 3.0.0)"""

    desc: str | None = None
    """镜像描述 (since 3.0.0)"""

    id: str | None = None
    """镜像仓库中的id (since 3.0.0)"""

    name: str | None = None
    """镜像仓库中的镜像名称 (since 3.0.0)"""

    parent: str | None = None
    """父镜像名称 (since 3.0.0)"""

    size: int | None = None
    """镜像的真实大小 (since 3.0.0)"""

    virtualsize: int | None = None
    """镜像的虚拟大小 (since 3.0.0)"""
