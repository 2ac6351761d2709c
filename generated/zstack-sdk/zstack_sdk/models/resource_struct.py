"""Result models: ResourceStruct (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from .._models import ZStackModel

__all__ = [
    "ResourceStruct",
]


class ResourceStruct(ZStackModel):
    """ZStack's `ResourceStruct`."""

    action: str | None = None
    """后续的操作行为 (since 3.0.0)"""

    created: bool | None = None
    """是否己创建 (since 3.0.0)"""

    delete_policy: str | None = None
    """删除策略 (since 3.0.0)"""

    description: str | None = None
    """资源编排模板中的资源描述 (since 3.0.0)"""

    in_degree: list[Any] | None = None
    """依赖的资源列表 (since 3.0.0)"""

    mock_failed: bool | None = None
    """测试用于mock失败 (since 3.0.0)"""

    properties: dict[str, Any] | None = None
    """操作参数 (since 3.0.0)"""

    resource_name: str | None = None
    """资源编排模板中的资源名称 (since 3.0.0)"""

    resource_type: str | None = None
    """ZStack Cloud中的资源类型 (since 3.0.0)"""

    results: Any | None = None
    """操作完成后的结果，若还未执行操作，则为空 (since 3.0.0)"""

    type: Literal["Action", "Resource"] | str | None = None
    """详情参考type (since 3.0.0)"""
