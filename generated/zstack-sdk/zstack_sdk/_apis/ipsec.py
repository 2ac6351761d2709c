"""``client.ipsec``: 12 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_remote_cidrs_to_ipsec_connection_result import (
        AddRemoteCidrsToIPsecConnectionResult,
    )
    from ..models.attach_l3_networks_to_ipsec_connection_result import (
        AttachL3NetworksToIPsecConnectionResult,
    )
    from ..models.change_ip_sec_connection_state_result import ChangeIPSecConnectionStateResult
    from ..models.change_ipsec_connection_result import ChangeIPsecConnectionResult
    from ..models.create_ipsec_connection_result import CreateIPsecConnectionResult
    from ..models.delete_ipsec_connection_result import DeleteIPsecConnectionResult
    from ..models.detach_l3_networks_from_ipsec_connection_result import (
        DetachL3NetworksFromIPsecConnectionResult,
    )
    from ..models.get_candidate_l3_networks_for_ip_sec_connection_result import (
        GetCandidateL3NetworksForIpSecConnectionResult,
    )
    from ..models.ipsec_connection_inventory import IPsecConnectionInventory
    from ..models.query_ip_sec_connection_result import QueryIPSecConnectionResult
    from ..models.reconnect_ipsec_connection_result import ReconnectIPsecConnectionResult
    from ..models.remove_remote_cidrs_from_ipsec_connection_result import (
        RemoveRemoteCidrsFromIPsecConnectionResult,
    )
    from ..models.update_ipsec_connection_result import UpdateIPsecConnectionResult

__all__ = ["AsyncIpsecApi", "IpsecApi"]


ADD_REMOTE_CIDRS_TO_IPSEC_CONNECTION: Api[AddRemoteCidrsToIPsecConnectionResult] = Api(
    "AddRemoteCidrsToIPsecConnection",
    "POST",
    "/ipsec/{uuid}/remote-cidrs",
    params=(
        ("uuid", "path", "2.3"),
        ("peerCidrs", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "peer_cidrs", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("uuid", "peerCidrs"),
    body_key="params",
    since="2.3",
    result=".models.add_remote_cidrs_to_ipsec_connection_result:AddRemoteCidrsToIPsecConnectionResult",
    checks=(("peerCidrs", "peer_cidrs", "minItems", 1),),
)

ATTACH_L3_NETWORKS_TO_IPSEC_CONNECTION: Api[AttachL3NetworksToIPsecConnectionResult] = Api(
    "AttachL3NetworksToIPsecConnection",
    "POST",
    "/ipsec/{uuid}/l3networks",
    params=(
        ("uuid", "path", "2.3"),
        ("l3NetworkUuids", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "l3_network_uuids", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("uuid", "l3NetworkUuids"),
    body_key="params",
    since="2.3",
    result=".models.attach_l3_networks_to_ipsec_connection_result:AttachL3NetworksToIPsecConnectionResult",
)

CHANGE_IP_SEC_CONNECTION_STATE: Api[ChangeIPSecConnectionStateResult] = Api(
    "ChangeIPSecConnectionState",
    "PUT",
    "/ipsec/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeIPSecConnectionState",
    since="2.3",
    result=".models.change_ip_sec_connection_state_result:ChangeIPSecConnectionStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_IPSEC_CONNECTION: Api[ChangeIPsecConnectionResult] = Api(
    "ChangeIPsecConnection",
    "PUT",
    "/ipsec/config/{uuid}",
    params=(
        ("uuid", "path", "4.5.0"),
        ("authKey", "body", "4.5.0"),
        ("authMode", "body", "4.5.0"),
        ("idType", "body", "4.5.0"),
        ("ikeAuthAlgorithm", "body", "4.5.0"),
        ("ikeDhGroup", "body", "4.5.0"),
        ("ikeEncryptionAlgorithm", "body", "4.5.0"),
        ("ikeLifeTime", "body", "4.5.0"),
        ("ikeVersion", "body", "4.5.0"),
        ("lifeTime", "body", "4.5.0"),
        ("localId", "body", "4.5.0"),
        ("peerAddress", "body", "4.5.0"),
        ("pfs", "body", "4.5.0"),
        ("policyAuthAlgorithm", "body", "4.5.0"),
        ("policyEncryptionAlgorithm", "body", "4.5.0"),
        ("policyMode", "body", "4.5.0"),
        ("remoteId", "body", "4.5.0"),
        ("transformProtocol", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=(
        "uuid",
        "auth_key",
        "auth_mode",
        "id_type",
        "ike_auth_algorithm",
        "ike_dh_group",
        "ike_encryption_algorithm",
        "ike_life_time",
        "ike_version",
        "life_time",
        "local_id",
        "peer_address",
        "pfs",
        "policy_auth_algorithm",
        "policy_encryption_algorithm",
        "policy_mode",
        "remote_id",
        "transform_protocol",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "authKey", "peerAddress"),
    body_key="changeIPsecConnection",
    since="4.5.0",
    result=".models.change_ipsec_connection_result:ChangeIPsecConnectionResult",
    checks=(
        ("authMode", "auth_mode", "maxLength", 255),
        ("authMode", "auth_mode", "enum", ("psk", "certs")),
        ("idType", "id_type", "maxLength", 32),
        ("idType", "id_type", "enum", ("ip", "name", "fqdn")),
        ("ikeAuthAlgorithm", "ike_auth_algorithm", "maxLength", 32),
        (
            "ikeAuthAlgorithm",
            "ike_auth_algorithm",
            "enum",
            ("md5", "sha1", "sha256", "sha384", "sha512"),
        ),
        ("ikeEncryptionAlgorithm", "ike_encryption_algorithm", "maxLength", 32),
        (
            "ikeEncryptionAlgorithm",
            "ike_encryption_algorithm",
            "enum",
            ("3des", "aes-128", "aes-192", "aes-256"),
        ),
        ("ikeLifeTime", "ike_life_time", "minimum", 60),
        ("ikeLifeTime", "ike_life_time", "maximum", 604800),
        ("ikeVersion", "ike_version", "maxLength", 32),
        ("ikeVersion", "ike_version", "enum", ("ike", "ikev1", "ikev2")),
        ("lifeTime", "life_time", "minimum", 30),
        ("lifeTime", "life_time", "maximum", 604800),
        ("localId", "local_id", "maxLength", 255),
        ("peerAddress", "peer_address", "maxLength", 255),
        ("pfs", "pfs", "maxLength", 32),
        (
            "pfs",
            "pfs",
            "enum",
            (
                "none",
                "dh-group2",
                "dh-group5",
                "dh-group14",
                "dh-group15",
                "dh-group16",
                "dh-group17",
                "dh-group18",
                "dh-group19",
                "dh-group20",
                "dh-group21",
                "dh-group22",
                "dh-group23",
                "dh-group24",
                "dh-group25",
                "dh-group26",
            ),
        ),
        ("policyAuthAlgorithm", "policy_auth_algorithm", "maxLength", 32),
        (
            "policyAuthAlgorithm",
            "policy_auth_algorithm",
            "enum",
            ("md5", "sha1", "sha256", "sha384", "sha512"),
        ),
        ("policyEncryptionAlgorithm", "policy_encryption_algorithm", "maxLength", 32),
        (
            "policyEncryptionAlgorithm",
            "policy_encryption_algorithm",
            "enum",
            ("3des", "aes-128", "aes-192", "aes-256"),
        ),
        ("policyMode", "policy_mode", "maxLength", 32),
        ("policyMode", "policy_mode", "enum", ("tunnel", "transport")),
        ("remoteId", "remote_id", "maxLength", 255),
        ("transformProtocol", "transform_protocol", "maxLength", 32),
        ("transformProtocol", "transform_protocol", "enum", ("esp", "ah", "ah-esp")),
    ),
)

CREATE_IPSEC_CONNECTION: Api[CreateIPsecConnectionResult] = Api(
    "CreateIPsecConnection",
    "POST",
    "/ipsec",
    params=(
        ("authKey", "body", "0.6"),
        ("authMode", "body", "0.6"),
        ("description", "body", "0.6"),
        ("idType", "body", "4.5.0"),
        ("ikeAuthAlgorithm", "body", "0.6"),
        ("ikeDhGroup", "body", "4.5.0"),
        ("ikeEncryptionAlgorithm", "body", "0.6"),
        ("ikeLifeTime", "body", "4.5.0"),
        ("ikeVersion", "body", "4.5.0"),
        ("l3NetworkUuid", "body", "2.3"),
        ("lifeTime", "body", "4.5.0"),
        ("localId", "body", "4.5.0"),
        ("name", "body", "0.6"),
        ("peerAddress", "body", "4.5.0"),
        ("peerCidrs", "body", "4.5.0"),
        ("pfs", "body", "4.5.0"),
        ("policyAuthAlgorithm", "body", "0.6"),
        ("policyEncryptionAlgorithm", "body", "0.6"),
        ("policyMode", "body", "4.5.0"),
        ("remoteId", "body", "4.5.0"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "4.5.0"),
        ("transformProtocol", "body", "4.5.0"),
        ("vipUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "auth_key",
        "auth_mode",
        "description",
        "id_type",
        "ike_auth_algorithm",
        "ike_dh_group",
        "ike_encryption_algorithm",
        "ike_life_time",
        "ike_version",
        "l3_network_uuid",
        "life_time",
        "local_id",
        "name",
        "peer_address",
        "peer_cidrs",
        "pfs",
        "policy_auth_algorithm",
        "policy_encryption_algorithm",
        "policy_mode",
        "remote_id",
        "resource_uuid",
        "tag_uuids",
        "transform_protocol",
        "vip_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("authKey", "name", "peerAddress", "vipUuid"),
    body_key="params",
    since="0.6",
    result=".models.create_ipsec_connection_result:CreateIPsecConnectionResult",
    checks=(
        ("authMode", "auth_mode", "maxLength", 255),
        ("authMode", "auth_mode", "enum", ("psk", "certs")),
        ("description", "description", "maxLength", 2048),
        ("idType", "id_type", "maxLength", 32),
        ("idType", "id_type", "enum", ("ip", "name", "fqdn")),
        ("ikeAuthAlgorithm", "ike_auth_algorithm", "maxLength", 32),
        (
            "ikeAuthAlgorithm",
            "ike_auth_algorithm",
            "enum",
            ("md5", "sha1", "sha256", "sha384", "sha512"),
        ),
        ("ikeEncryptionAlgorithm", "ike_encryption_algorithm", "maxLength", 32),
        (
            "ikeEncryptionAlgorithm",
            "ike_encryption_algorithm",
            "enum",
            ("3des", "aes-128", "aes-192", "aes-256"),
        ),
        ("ikeLifeTime", "ike_life_time", "minimum", 60),
        ("ikeLifeTime", "ike_life_time", "maximum", 604800),
        ("ikeVersion", "ike_version", "maxLength", 32),
        ("ikeVersion", "ike_version", "enum", ("ike", "ikev1", "ikev2")),
        ("lifeTime", "life_time", "minimum", 30),
        ("lifeTime", "life_time", "maximum", 604800),
        ("localId", "local_id", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("peerAddress", "peer_address", "maxLength", 255),
        ("peerCidrs", "peer_cidrs", "minItems", 1),
        ("pfs", "pfs", "maxLength", 32),
        (
            "pfs",
            "pfs",
            "enum",
            (
                "none",
                "dh-group0",
                "dh-group2",
                "dh-group5",
                "dh-group14",
                "dh-group15",
                "dh-group16",
                "dh-group17",
                "dh-group18",
                "dh-group19",
                "dh-group20",
                "dh-group21",
                "dh-group22",
                "dh-group23",
                "dh-group24",
                "dh-group25",
                "dh-group26",
            ),
        ),
        ("policyAuthAlgorithm", "policy_auth_algorithm", "maxLength", 32),
        (
            "policyAuthAlgorithm",
            "policy_auth_algorithm",
            "enum",
            ("md5", "sha1", "sha256", "sha384", "sha512"),
        ),
        ("policyEncryptionAlgorithm", "policy_encryption_algorithm", "maxLength", 32),
        (
            "policyEncryptionAlgorithm",
            "policy_encryption_algorithm",
            "enum",
            ("3des", "aes-128", "aes-192", "aes-256"),
        ),
        ("policyMode", "policy_mode", "maxLength", 32),
        ("policyMode", "policy_mode", "enum", ("tunnel", "transport")),
        ("remoteId", "remote_id", "maxLength", 255),
        ("transformProtocol", "transform_protocol", "maxLength", 32),
        ("transformProtocol", "transform_protocol", "enum", ("esp", "ah", "ah-esp")),
    ),
)

DELETE_IPSEC_CONNECTION: Api[DeleteIPsecConnectionResult] = Api(
    "DeleteIPsecConnection",
    "DELETE",
    "/ipsec/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "4.5.0"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_ipsec_connection_result:DeleteIPsecConnectionResult",
)

DETACH_L3_NETWORKS_FROM_IPSEC_CONNECTION: Api[DetachL3NetworksFromIPsecConnectionResult] = Api(
    "DetachL3NetworksFromIPsecConnection",
    "DELETE",
    "/ipsec/{uuid}/l3networks",
    params=(
        ("uuid", "path", "2.3"),
        ("l3NetworkUuids", "query", "4.5.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "l3_network_uuids", "system_tags", "user_tags"),
    required=("uuid", "l3NetworkUuids"),
    since="2.3",
    result=".models.detach_l3_networks_from_ipsec_connection_result:DetachL3NetworksFromIPsecConnectionResult",
)

GET_CANDIDATE_L3_NETWORKS_FOR_IP_SEC_CONNECTION: Api[
    GetCandidateL3NetworksForIpSecConnectionResult
] = Api(
    "GetCandidateL3NetworksForIpSecConnection",
    "GET",
    "/ipsec/candidatesL3Networks",
    params=(
        ("uuid", "query", None),
        ("publicL3Uuid", "query", None),
        ("vipUuid", "query", None),
        ("limit", "query", None),
        ("start", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "public_l3_uuid", "vip_uuid", "limit", "start", "system_tags", "user_tags"),
    since=None,
    result=".models.get_candidate_l3_networks_for_ip_sec_connection_result:GetCandidateL3NetworksForIpSecConnectionResult",
)

QUERY_IP_SEC_CONNECTION: Api[QueryIPSecConnectionResult] = Api(
    "QueryIPSecConnection",
    "GET",
    "/ipsec",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_ip_sec_connection_result:QueryIPSecConnectionResult",
    query=True,
    alt_paths=("/ipsec/{uuid}",),
)

RECONNECT_IPSEC_CONNECTION: Api[ReconnectIPsecConnectionResult] = Api(
    "ReconnectIPsecConnection",
    "PUT",
    "/ipsec/{uuid}/actions",
    params=(
        ("uuid", "path", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reconnectIPsecConnection",
    since="4.5.0",
    result=".models.reconnect_ipsec_connection_result:ReconnectIPsecConnectionResult",
)

REMOVE_REMOTE_CIDRS_FROM_IPSEC_CONNECTION: Api[RemoveRemoteCidrsFromIPsecConnectionResult] = Api(
    "RemoveRemoteCidrsFromIPsecConnection",
    "DELETE",
    "/ipsec/{uuid}/remote-cidrs",
    params=(
        ("uuid", "path", "2.3"),
        ("peerCidrs", "query", "4.5.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "peer_cidrs", "system_tags", "user_tags"),
    required=("uuid", "peerCidrs"),
    since="2.3",
    result=".models.remove_remote_cidrs_from_ipsec_connection_result:RemoveRemoteCidrsFromIPsecConnectionResult",
    checks=(("peerCidrs", "peer_cidrs", "minItems", 1),),
)

UPDATE_IPSEC_CONNECTION: Api[UpdateIPsecConnectionResult] = Api(
    "UpdateIPsecConnection",
    "PUT",
    "/ipsec/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateIPsecConnection",
    since="0.6",
    result=".models.update_ipsec_connection_result:UpdateIPsecConnectionResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class IpsecApi(SyncNamespace):
    """ipsec: 12 APIs (AddRemoteCidrsToIPsecConnection, AttachL3NetworksToIPsecConnection, ChangeIPSecConnectionState, ...)."""

    __slots__ = ()

    def add_remote_cidrs_to_ipsec_connection(
        self,
        *,
        uuid: str,
        peer_cidrs: Sequence[str],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRemoteCidrsToIPsecConnectionResult:
        """添加远端CIDR到IPsec连接 (AddRemoteCidrsToIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            peer_cidrs: peerCidrs (since 2.3; minItems 1)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_REMOTE_CIDRS_TO_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "peerCidrs": peer_cidrs,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_l3_networks_to_ipsec_connection(
        self,
        *,
        uuid: str,
        l3_network_uuids: Sequence[str],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL3NetworksToIPsecConnectionResult:
        """添加三层网络到IPsec连接 (AttachL3NetworksToIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            l3_network_uuids: l3NetworkUuids (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_L3_NETWORKS_TO_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_ip_sec_connection_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIPSecConnectionStateResult:
        """更改IPsec连接状态 (ChangeIPSecConnectionState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: stateEvent (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IP_SEC_CONNECTION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_ipsec_connection(
        self,
        *,
        uuid: str,
        auth_key: str,
        peer_address: str,
        auth_mode: Literal["psk", "certs"] | None = None,
        id_type: Literal["ip", "name", "fqdn"] | None = None,
        ike_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        ike_dh_group: int | None = None,
        ike_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        ike_life_time: int | None = None,
        ike_version: Literal["ike", "ikev1", "ikev2"] | None = None,
        life_time: int | None = None,
        local_id: str | None = None,
        pfs: Literal[
            "none",
            "dh-group2",
            "dh-group5",
            "dh-group14",
            "dh-group15",
            "dh-group16",
            "dh-group17",
            "dh-group18",
            "dh-group19",
            "dh-group20",
            "dh-group21",
            "dh-group22",
            "dh-group23",
            "dh-group24",
            "dh-group25",
            "dh-group26",
        ]
        | None = None,
        policy_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        policy_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        policy_mode: Literal["tunnel", "transport"] | None = None,
        remote_id: str | None = None,
        transform_protocol: Literal["esp", "ah", "ah-esp"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIPsecConnectionResult:
        """修改IPsec连接配置 (ChangeIPsecConnection).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            auth_key: 认证密钥 (since 4.5.0)
            auth_mode: 认证模式 (since 4.5.0; maxLength 255; enum {'psk', 'certs'})
            id_type: ID配置方法 (since 4.5.0; maxLength 32; enum {'ip', 'name', 'fqdn'})
            ike_auth_algorithm: IKE验证算法 (since 4.5.0; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            ike_dh_group: IKE DH组 (since 4.5.0)
            ike_encryption_algorithm: IKE加密算法 (since 4.5.0; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            ike_life_time: IKE存活时间 (since 4.5.0; minimum 60; maximum 604800)
            ike_version: IKE版本 (since 4.5.0; maxLength 32; enum {'ike', 'ikev1', 'ikev2'})
            life_time: IPSec存活时间 (since 4.5.0; minimum 30; maximum 604800)
            local_id: 本端ID (since 4.5.0; maxLength 255)
            peer_address: 远端网络地址 (since 4.5.0; maxLength 255)
            pfs: PFS DH组 (since 4.5.0; maxLength 32; enum {'none', 'dh-group2', 'dh-group5', 'dh-group14', 'dh-group15', 'dh-group16', 'dh-group17', 'dh-group18', ...})
            policy_auth_algorithm: ESP认证算法 (since 4.5.0; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            policy_encryption_algorithm: ESP加密算法 (since 4.5.0; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            policy_mode: 封装模式 (since 4.5.0; maxLength 32; enum {'tunnel', 'transport'})
            remote_id: 对端ID (since 4.5.0; maxLength 255)
            transform_protocol: 安全协议 (since 4.5.0; maxLength 32; enum {'esp', 'ah', 'ah-esp'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "authKey": auth_key,
                "authMode": auth_mode,
                "idType": id_type,
                "ikeAuthAlgorithm": ike_auth_algorithm,
                "ikeDhGroup": ike_dh_group,
                "ikeEncryptionAlgorithm": ike_encryption_algorithm,
                "ikeLifeTime": ike_life_time,
                "ikeVersion": ike_version,
                "lifeTime": life_time,
                "localId": local_id,
                "peerAddress": peer_address,
                "pfs": pfs,
                "policyAuthAlgorithm": policy_auth_algorithm,
                "policyEncryptionAlgorithm": policy_encryption_algorithm,
                "policyMode": policy_mode,
                "remoteId": remote_id,
                "transformProtocol": transform_protocol,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ipsec_connection(
        self,
        *,
        auth_key: str,
        name: str,
        peer_address: str,
        vip_uuid: str,
        auth_mode: Literal["psk", "certs"] | None = None,
        description: str | None = None,
        id_type: Literal["ip", "name", "fqdn"] | None = None,
        ike_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        ike_dh_group: int | None = None,
        ike_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        ike_life_time: int | None = None,
        ike_version: Literal["ike", "ikev1", "ikev2"] | None = None,
        l3_network_uuid: str | None = None,
        life_time: int | None = None,
        local_id: str | None = None,
        peer_cidrs: Sequence[str] | None = None,
        pfs: Literal[
            "none",
            "dh-group0",
            "dh-group2",
            "dh-group5",
            "dh-group14",
            "dh-group15",
            "dh-group16",
            "dh-group17",
            "dh-group18",
            "dh-group19",
            "dh-group20",
            "dh-group21",
            "dh-group22",
            "dh-group23",
            "dh-group24",
            "dh-group25",
            "dh-group26",
        ]
        | None = None,
        policy_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        policy_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        policy_mode: Literal["tunnel", "transport"] | None = None,
        remote_id: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        transform_protocol: Literal["esp", "ah", "ah-esp"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIPsecConnectionResult:
        """创建IPsec连接 (CreateIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            auth_key: 认证密钥 (since 0.6)
            auth_mode: 认证模式 (since 0.6; maxLength 255; enum {'psk', 'certs'})
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            id_type: ID配置方法 (since 4.5.0; maxLength 32; enum {'ip', 'name', 'fqdn'})
            ike_auth_algorithm: IKE验证算法 (since 0.6; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            ike_dh_group: IKE DH组 (since 4.5.0)
            ike_encryption_algorithm: IKE加密算法 (since 0.6; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            ike_life_time: IKE存活时间 (since 4.5.0; minimum 60; maximum 604800)
            ike_version: IKE版本 (since 4.5.0; maxLength 32; enum {'ike', 'ikev1', 'ikev2'})
            l3_network_uuid: 三层网络UUID (since 2.3)
            life_time: IPSec存活时间 (since 4.5.0; minimum 30; maximum 604800)
            local_id: 本端ID (since 4.5.0; maxLength 255)
            name: 资源名称 (since 0.6; maxLength 255)
            peer_address: 远端网络地址 (since 4.5.0; maxLength 255)
            peer_cidrs: 目的网络CIDR (since 4.5.0; minItems 1)
            pfs: PFS DH组 (since 4.5.0; maxLength 32; enum {'none', 'dh-group0', 'dh-group2', 'dh-group5', 'dh-group14', 'dh-group15', 'dh-group16', 'dh-group17', ...})
            policy_auth_algorithm: ESP认证算法 (since 0.6; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            policy_encryption_algorithm: ESP加密算法 (since 0.6; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            policy_mode: 封装模式 (since 4.5.0; maxLength 32; enum {'tunnel', 'transport'})
            remote_id: 对端ID (since 4.5.0; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            transform_protocol: 安全协议 (since 4.5.0; maxLength 32; enum {'esp', 'ah', 'ah-esp'})
            vip_uuid: VIP UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IPSEC_CONNECTION,
            {
                "authKey": auth_key,
                "authMode": auth_mode,
                "description": description,
                "idType": id_type,
                "ikeAuthAlgorithm": ike_auth_algorithm,
                "ikeDhGroup": ike_dh_group,
                "ikeEncryptionAlgorithm": ike_encryption_algorithm,
                "ikeLifeTime": ike_life_time,
                "ikeVersion": ike_version,
                "l3NetworkUuid": l3_network_uuid,
                "lifeTime": life_time,
                "localId": local_id,
                "name": name,
                "peerAddress": peer_address,
                "peerCidrs": peer_cidrs,
                "pfs": pfs,
                "policyAuthAlgorithm": policy_auth_algorithm,
                "policyEncryptionAlgorithm": policy_encryption_algorithm,
                "policyMode": policy_mode,
                "remoteId": remote_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "transformProtocol": transform_protocol,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ipsec_connection(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIPsecConnectionResult:
        """删除IPsec连接 (DeleteIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_l3_networks_from_ipsec_connection(
        self,
        *,
        uuid: str,
        l3_network_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachL3NetworksFromIPsecConnectionResult:
        """从IPsec连接删除三层网络 (DetachL3NetworksFromIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            l3_network_uuids: l3NetworkUuids (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_L3_NETWORKS_FROM_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "l3NetworkUuids": l3_network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_l3_networks_for_ip_sec_connection(
        self,
        *,
        uuid: str | None = None,
        public_l3_uuid: str | None = None,
        vip_uuid: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForIpSecConnectionResult:
        """Get candidate L3 networks for ip sec connection (GetCandidateL3NetworksForIpSecConnection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateL3NetworksForIpSecConnectionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            public_l3_uuid: publicL3Uuid
            vip_uuid: vipUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_IP_SEC_CONNECTION,
            {
                "uuid": uuid,
                "publicL3Uuid": public_l3_uuid,
                "vipUuid": vip_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_ip_sec_connection(
        self,
        *,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryIPSecConnectionResult:
        """查询IPsec连接 (QueryIPSecConnection).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IP_SEC_CONNECTION,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_ip_sec_connection_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IPsecConnectionInventory]:
        """Every result of ``query_ip_sec_connection``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_SEC_CONNECTION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def reconnect_ipsec_connection(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectIPsecConnectionResult:
        """重连IPsec (ReconnectIPsecConnection).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_remote_cidrs_from_ipsec_connection(
        self,
        *,
        uuid: str,
        peer_cidrs: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRemoteCidrsFromIPsecConnectionResult:
        """删除远端CIDR (RemoveRemoteCidrsFromIPsecConnection).

        从IPsec连接删除远端CIDR。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            peer_cidrs: peerCidrs (since 4.5.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_REMOTE_CIDRS_FROM_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "peerCidrs": peer_cidrs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ipsec_connection(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIPsecConnectionResult:
        """更新IPsec连接 (UpdateIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncIpsecApi(AsyncNamespace):
    """ipsec: 12 APIs (AddRemoteCidrsToIPsecConnection, AttachL3NetworksToIPsecConnection, ChangeIPSecConnectionState, ...). (asyncio)"""

    __slots__ = ()

    async def add_remote_cidrs_to_ipsec_connection(
        self,
        *,
        uuid: str,
        peer_cidrs: Sequence[str],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRemoteCidrsToIPsecConnectionResult:
        """添加远端CIDR到IPsec连接 (AddRemoteCidrsToIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            peer_cidrs: peerCidrs (since 2.3; minItems 1)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_REMOTE_CIDRS_TO_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "peerCidrs": peer_cidrs,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_l3_networks_to_ipsec_connection(
        self,
        *,
        uuid: str,
        l3_network_uuids: Sequence[str],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL3NetworksToIPsecConnectionResult:
        """添加三层网络到IPsec连接 (AttachL3NetworksToIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            l3_network_uuids: l3NetworkUuids (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_L3_NETWORKS_TO_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_ip_sec_connection_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIPSecConnectionStateResult:
        """更改IPsec连接状态 (ChangeIPSecConnectionState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: stateEvent (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IP_SEC_CONNECTION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_ipsec_connection(
        self,
        *,
        uuid: str,
        auth_key: str,
        peer_address: str,
        auth_mode: Literal["psk", "certs"] | None = None,
        id_type: Literal["ip", "name", "fqdn"] | None = None,
        ike_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        ike_dh_group: int | None = None,
        ike_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        ike_life_time: int | None = None,
        ike_version: Literal["ike", "ikev1", "ikev2"] | None = None,
        life_time: int | None = None,
        local_id: str | None = None,
        pfs: Literal[
            "none",
            "dh-group2",
            "dh-group5",
            "dh-group14",
            "dh-group15",
            "dh-group16",
            "dh-group17",
            "dh-group18",
            "dh-group19",
            "dh-group20",
            "dh-group21",
            "dh-group22",
            "dh-group23",
            "dh-group24",
            "dh-group25",
            "dh-group26",
        ]
        | None = None,
        policy_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        policy_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        policy_mode: Literal["tunnel", "transport"] | None = None,
        remote_id: str | None = None,
        transform_protocol: Literal["esp", "ah", "ah-esp"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIPsecConnectionResult:
        """修改IPsec连接配置 (ChangeIPsecConnection).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            auth_key: 认证密钥 (since 4.5.0)
            auth_mode: 认证模式 (since 4.5.0; maxLength 255; enum {'psk', 'certs'})
            id_type: ID配置方法 (since 4.5.0; maxLength 32; enum {'ip', 'name', 'fqdn'})
            ike_auth_algorithm: IKE验证算法 (since 4.5.0; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            ike_dh_group: IKE DH组 (since 4.5.0)
            ike_encryption_algorithm: IKE加密算法 (since 4.5.0; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            ike_life_time: IKE存活时间 (since 4.5.0; minimum 60; maximum 604800)
            ike_version: IKE版本 (since 4.5.0; maxLength 32; enum {'ike', 'ikev1', 'ikev2'})
            life_time: IPSec存活时间 (since 4.5.0; minimum 30; maximum 604800)
            local_id: 本端ID (since 4.5.0; maxLength 255)
            peer_address: 远端网络地址 (since 4.5.0; maxLength 255)
            pfs: PFS DH组 (since 4.5.0; maxLength 32; enum {'none', 'dh-group2', 'dh-group5', 'dh-group14', 'dh-group15', 'dh-group16', 'dh-group17', 'dh-group18', ...})
            policy_auth_algorithm: ESP认证算法 (since 4.5.0; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            policy_encryption_algorithm: ESP加密算法 (since 4.5.0; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            policy_mode: 封装模式 (since 4.5.0; maxLength 32; enum {'tunnel', 'transport'})
            remote_id: 对端ID (since 4.5.0; maxLength 255)
            transform_protocol: 安全协议 (since 4.5.0; maxLength 32; enum {'esp', 'ah', 'ah-esp'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "authKey": auth_key,
                "authMode": auth_mode,
                "idType": id_type,
                "ikeAuthAlgorithm": ike_auth_algorithm,
                "ikeDhGroup": ike_dh_group,
                "ikeEncryptionAlgorithm": ike_encryption_algorithm,
                "ikeLifeTime": ike_life_time,
                "ikeVersion": ike_version,
                "lifeTime": life_time,
                "localId": local_id,
                "peerAddress": peer_address,
                "pfs": pfs,
                "policyAuthAlgorithm": policy_auth_algorithm,
                "policyEncryptionAlgorithm": policy_encryption_algorithm,
                "policyMode": policy_mode,
                "remoteId": remote_id,
                "transformProtocol": transform_protocol,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ipsec_connection(
        self,
        *,
        auth_key: str,
        name: str,
        peer_address: str,
        vip_uuid: str,
        auth_mode: Literal["psk", "certs"] | None = None,
        description: str | None = None,
        id_type: Literal["ip", "name", "fqdn"] | None = None,
        ike_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        ike_dh_group: int | None = None,
        ike_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        ike_life_time: int | None = None,
        ike_version: Literal["ike", "ikev1", "ikev2"] | None = None,
        l3_network_uuid: str | None = None,
        life_time: int | None = None,
        local_id: str | None = None,
        peer_cidrs: Sequence[str] | None = None,
        pfs: Literal[
            "none",
            "dh-group0",
            "dh-group2",
            "dh-group5",
            "dh-group14",
            "dh-group15",
            "dh-group16",
            "dh-group17",
            "dh-group18",
            "dh-group19",
            "dh-group20",
            "dh-group21",
            "dh-group22",
            "dh-group23",
            "dh-group24",
            "dh-group25",
            "dh-group26",
        ]
        | None = None,
        policy_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        policy_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        policy_mode: Literal["tunnel", "transport"] | None = None,
        remote_id: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        transform_protocol: Literal["esp", "ah", "ah-esp"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIPsecConnectionResult:
        """创建IPsec连接 (CreateIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            auth_key: 认证密钥 (since 0.6)
            auth_mode: 认证模式 (since 0.6; maxLength 255; enum {'psk', 'certs'})
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            id_type: ID配置方法 (since 4.5.0; maxLength 32; enum {'ip', 'name', 'fqdn'})
            ike_auth_algorithm: IKE验证算法 (since 0.6; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            ike_dh_group: IKE DH组 (since 4.5.0)
            ike_encryption_algorithm: IKE加密算法 (since 0.6; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            ike_life_time: IKE存活时间 (since 4.5.0; minimum 60; maximum 604800)
            ike_version: IKE版本 (since 4.5.0; maxLength 32; enum {'ike', 'ikev1', 'ikev2'})
            l3_network_uuid: 三层网络UUID (since 2.3)
            life_time: IPSec存活时间 (since 4.5.0; minimum 30; maximum 604800)
            local_id: 本端ID (since 4.5.0; maxLength 255)
            name: 资源名称 (since 0.6; maxLength 255)
            peer_address: 远端网络地址 (since 4.5.0; maxLength 255)
            peer_cidrs: 目的网络CIDR (since 4.5.0; minItems 1)
            pfs: PFS DH组 (since 4.5.0; maxLength 32; enum {'none', 'dh-group0', 'dh-group2', 'dh-group5', 'dh-group14', 'dh-group15', 'dh-group16', 'dh-group17', ...})
            policy_auth_algorithm: ESP认证算法 (since 0.6; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            policy_encryption_algorithm: ESP加密算法 (since 0.6; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            policy_mode: 封装模式 (since 4.5.0; maxLength 32; enum {'tunnel', 'transport'})
            remote_id: 对端ID (since 4.5.0; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            transform_protocol: 安全协议 (since 4.5.0; maxLength 32; enum {'esp', 'ah', 'ah-esp'})
            vip_uuid: VIP UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IPSEC_CONNECTION,
            {
                "authKey": auth_key,
                "authMode": auth_mode,
                "description": description,
                "idType": id_type,
                "ikeAuthAlgorithm": ike_auth_algorithm,
                "ikeDhGroup": ike_dh_group,
                "ikeEncryptionAlgorithm": ike_encryption_algorithm,
                "ikeLifeTime": ike_life_time,
                "ikeVersion": ike_version,
                "l3NetworkUuid": l3_network_uuid,
                "lifeTime": life_time,
                "localId": local_id,
                "name": name,
                "peerAddress": peer_address,
                "peerCidrs": peer_cidrs,
                "pfs": pfs,
                "policyAuthAlgorithm": policy_auth_algorithm,
                "policyEncryptionAlgorithm": policy_encryption_algorithm,
                "policyMode": policy_mode,
                "remoteId": remote_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "transformProtocol": transform_protocol,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ipsec_connection(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIPsecConnectionResult:
        """删除IPsec连接 (DeleteIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_l3_networks_from_ipsec_connection(
        self,
        *,
        uuid: str,
        l3_network_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachL3NetworksFromIPsecConnectionResult:
        """从IPsec连接删除三层网络 (DetachL3NetworksFromIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            l3_network_uuids: l3NetworkUuids (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_L3_NETWORKS_FROM_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "l3NetworkUuids": l3_network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_l3_networks_for_ip_sec_connection(
        self,
        *,
        uuid: str | None = None,
        public_l3_uuid: str | None = None,
        vip_uuid: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForIpSecConnectionResult:
        """Get candidate L3 networks for ip sec connection (GetCandidateL3NetworksForIpSecConnection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateL3NetworksForIpSecConnectionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            public_l3_uuid: publicL3Uuid
            vip_uuid: vipUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_IP_SEC_CONNECTION,
            {
                "uuid": uuid,
                "publicL3Uuid": public_l3_uuid,
                "vipUuid": vip_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_ip_sec_connection(
        self,
        *,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryIPSecConnectionResult:
        """查询IPsec连接 (QueryIPSecConnection).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IP_SEC_CONNECTION,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_ip_sec_connection_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IPsecConnectionInventory]:
        """Every result of ``query_ip_sec_connection``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_SEC_CONNECTION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def reconnect_ipsec_connection(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectIPsecConnectionResult:
        """重连IPsec (ReconnectIPsecConnection).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_remote_cidrs_from_ipsec_connection(
        self,
        *,
        uuid: str,
        peer_cidrs: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRemoteCidrsFromIPsecConnectionResult:
        """删除远端CIDR (RemoveRemoteCidrsFromIPsecConnection).

        从IPsec连接删除远端CIDR。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            peer_cidrs: peerCidrs (since 4.5.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_REMOTE_CIDRS_FROM_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "peerCidrs": peer_cidrs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ipsec_connection(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIPsecConnectionResult:
        """更新IPsec连接 (UpdateIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
