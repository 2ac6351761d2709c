"""Result models: IPsecConnectionInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .ipsec_l3_network_ref_inventory import IPsecL3NetworkRefInventory
from .ipsec_peer_cidr_inventory import IPsecPeerCidrInventory

__all__ = [
    "IPsecConnectionInventory",
]


class IPsecConnectionInventory(ZStackModel):
    """ZStack's `IPsecConnectionInventory`."""

    auth_key: str | None = None
    """认证密钥 (since 4.5.0)"""

    auth_mode: str | None = None
    """认证模式 (since 4.5.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    id_type: str | None = None
    """ID配置方法 (since 4.5.0)"""

    ike_auth_algorithm: str | None = None
    """IKE验证算法 (since 4.5.0)"""

    ike_dh_group: int | None = None
    """IKE DH组 (since 4.5.0)"""

    ike_encryption_algorithm: str | None = None
    """IKE加密算法 (since 4.5.0)"""

    ike_life_time: int | None = None
    """IKE存活时间 (since 4.5.0)"""

    ike_version: str | None = None
    """IKE版本 (since 4.5.0)"""

    l3_network_refs: list[IPsecL3NetworkRefInventory] | None = None
    """详情参考l3NetworkRefs (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    life_time: int | None = None
    """IPSec存活时间 (since 4.5.0)"""

    local_id: str | None = None
    """本端ID (since 4.5.0)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    peer_address: str | None = None
    """远端网络地址 (since 4.5.0)"""

    peer_cidrs: list[IPsecPeerCidrInventory] | None = None
    """详情参考peerCidrs (since 0.6)"""

    pfs: str | None = None
    """PFS DH组 (since 4.5.0)"""

    policy_auth_algorithm: str | None = None
    """ESP认证算法 (since 4.5.0)"""

    policy_encryption_algorithm: str | None = None
    """ESP加密算法 (since 4.5.0)"""

    policy_mode: str | None = None
    """封装模式 (since 4.5.0)"""

    remote_id: str | None = None
    """对端ID (since 4.5.0)"""

    state: str | None = None
    """启用状态 (since 4.5.0)"""

    status: str | None = None
    """就绪状态 (since 4.5.0)"""

    transform_protocol: str | None = None
    """安全协议 (since 4.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vip_uuid: str | None = None
    """VIP UUID (since 0.6)"""
