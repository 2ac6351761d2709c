"""``client.mini_clusters``: 3 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.bootstrap_mini_host_result import BootstrapMiniHostResult
    from ..models.create_mini_cluster_result import CreateMiniClusterResult
    from ..models.get_candidate_mini_hosts_result import GetCandidateMiniHostsResult

__all__ = ["AsyncMiniClustersApi", "MiniClustersApi"]


BOOTSTRAP_MINI_HOST: Api[BootstrapMiniHostResult] = Api(
    "BootstrapMiniHost",
    "POST",
    "/mini-clusters/hosts",
    params=(
        ("local", "body", None),
        ("peer", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("local", "peer", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("local", "peer"),
    body_key="params",
    since=None,
    result=".models.bootstrap_mini_host_result:BootstrapMiniHostResult",
)

CREATE_MINI_CLUSTER: Api[CreateMiniClusterResult] = Api(
    "CreateMiniCluster",
    "POST",
    "/mini-clusters",
    params=(
        ("description", "body", None),
        ("hostManagementIps", "body", None),
        ("hypervisorType", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("resourceUuid", "body", None),
        ("sshPort", "body", None),
        ("tagUuids", "body", None),
        ("username", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "host_management_ips",
        "hypervisor_type",
        "name",
        "password",
        "resource_uuid",
        "ssh_port",
        "tag_uuids",
        "username",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("hostManagementIps", "hypervisorType", "name", "password", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.create_mini_cluster_result:CreateMiniClusterResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("hostManagementIps", "host_management_ips", "minItems", 1),
        ("hypervisorType", "hypervisor_type", "enum", ("KVM", "Simulator")),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("username", "username", "maxLength", 255),
    ),
)

GET_CANDIDATE_MINI_HOSTS: Api[GetCandidateMiniHostsResult] = Api(
    "GetCandidateMiniHosts",
    "GET",
    "/mini-clusters/candidate-hosts",
    params=(
        ("local", "query", None),
        ("configure", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("local", "configure", "system_tags", "user_tags"),
    since=None,
    result=".models.get_candidate_mini_hosts_result:GetCandidateMiniHostsResult",
)


class MiniClustersApi(SyncNamespace):
    """mini-clusters: 3 APIs (BootstrapMiniHost, CreateMiniCluster, GetCandidateMiniHosts)."""

    __slots__ = ()

    def bootstrap_mini_host(
        self,
        *,
        local: str,
        peer: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BootstrapMiniHostResult:
        """Bootstrap mini host (BootstrapMiniHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/BootstrapMiniHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            local: local
            peer: peer
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            BOOTSTRAP_MINI_HOST,
            {
                "local": local,
                "peer": peer,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_mini_cluster(
        self,
        *,
        host_management_ips: Sequence[str],
        hypervisor_type: Literal["KVM", "Simulator"],
        name: str,
        password: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMiniClusterResult:
        """Create mini cluster (CreateMiniCluster).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateMiniClusterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            host_management_ips: hostManagementIps (minItems 1)
            hypervisor_type: hypervisorType (enum {'KVM', 'Simulator'})
            name: name (maxLength 255)
            password: password (maxLength 255)
            resource_uuid: resourceUuid
            ssh_port: sshPort (minimum 1; maximum 65535)
            tag_uuids: tagUuids
            username: username (maxLength 255)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_MINI_CLUSTER,
            {
                "description": description,
                "hostManagementIps": host_management_ips,
                "hypervisorType": hypervisor_type,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "username": username,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_mini_hosts(
        self,
        *,
        local: bool | None = None,
        configure: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateMiniHostsResult:
        """Get candidate mini hosts (GetCandidateMiniHosts).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateMiniHostsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            local: local
            configure: configure
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_MINI_HOSTS,
            {
                "local": local,
                "configure": configure,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncMiniClustersApi(AsyncNamespace):
    """mini-clusters: 3 APIs (BootstrapMiniHost, CreateMiniCluster, GetCandidateMiniHosts). (asyncio)"""

    __slots__ = ()

    async def bootstrap_mini_host(
        self,
        *,
        local: str,
        peer: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BootstrapMiniHostResult:
        """Bootstrap mini host (BootstrapMiniHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/BootstrapMiniHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            local: local
            peer: peer
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            BOOTSTRAP_MINI_HOST,
            {
                "local": local,
                "peer": peer,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_mini_cluster(
        self,
        *,
        host_management_ips: Sequence[str],
        hypervisor_type: Literal["KVM", "Simulator"],
        name: str,
        password: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMiniClusterResult:
        """Create mini cluster (CreateMiniCluster).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateMiniClusterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            host_management_ips: hostManagementIps (minItems 1)
            hypervisor_type: hypervisorType (enum {'KVM', 'Simulator'})
            name: name (maxLength 255)
            password: password (maxLength 255)
            resource_uuid: resourceUuid
            ssh_port: sshPort (minimum 1; maximum 65535)
            tag_uuids: tagUuids
            username: username (maxLength 255)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_MINI_CLUSTER,
            {
                "description": description,
                "hostManagementIps": host_management_ips,
                "hypervisorType": hypervisor_type,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "username": username,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_mini_hosts(
        self,
        *,
        local: bool | None = None,
        configure: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateMiniHostsResult:
        """Get candidate mini hosts (GetCandidateMiniHosts).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateMiniHostsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            local: local
            configure: configure
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_MINI_HOSTS,
            {
                "local": local,
                "configure": configure,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
