"""``client.clusters``: 18 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.apply_drs_advice_result import ApplyDRSAdviceResult
    from ..models.attach_nvme_server_to_cluster_result import AttachNvmeServerToClusterResult
    from ..models.change_cluster_state_result import ChangeClusterStateResult
    from ..models.cluster_inventory import ClusterInventory
    from ..models.create_cluster_drs_result import CreateClusterDRSResult
    from ..models.create_cluster_result import CreateClusterResult
    from ..models.delete_cluster_drs_result import DeleteClusterDRSResult
    from ..models.delete_cluster_result import DeleteClusterResult
    from ..models.detach_nvme_server_from_cluster_result import DetachNvmeServerFromClusterResult
    from ..models.execute_drs_scheduling_result import ExecuteDRSSchedulingResult
    from ..models.get_cluster_drs_status_result import GetClusterDRSStatusResult
    from ..models.query_cluster_drs_result import QueryClusterDRSResult
    from ..models.query_cluster_result import QueryClusterResult
    from ..models.query_drs_advice_result import QueryDRSAdviceResult
    from ..models.query_drs_vm_migration_activity_result import QueryDRSVmMigrationActivityResult
    from ..models.update_cluster_drs_result import UpdateClusterDRSResult
    from ..models.update_cluster_os_result import UpdateClusterOSResult
    from ..models.update_cluster_result import UpdateClusterResult
    from ..models.validate_cluster_support_drs_result import ValidateClusterSupportDRSResult

__all__ = ["AsyncClustersApi", "ClustersApi"]


APPLY_DRS_ADVICE: Api[ApplyDRSAdviceResult] = Api(
    "ApplyDRSAdvice",
    "PUT",
    "/clusters/drs/advice/{adviceUuid}/actions",
    params=(
        ("adviceUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("advice_uuid", "system_tags", "user_tags"),
    required=("adviceUuid",),
    body_key="applyDRSAdvice",
    since=None,
    result=".models.apply_drs_advice_result:ApplyDRSAdviceResult",
)

ATTACH_NVME_SERVER_TO_CLUSTER: Api[AttachNvmeServerToClusterResult] = Api(
    "AttachNvmeServerToCluster",
    "POST",
    "/clusters/{clusterUuid}/storage-devices/nvme/servers/{uuid}",
    params=(
        ("clusterUuid", "path", None),
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("cluster_uuid", "uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "uuid"),
    body_key="params",
    since=None,
    result=".models.attach_nvme_server_to_cluster_result:AttachNvmeServerToClusterResult",
)

CHANGE_CLUSTER_STATE: Api[ChangeClusterStateResult] = Api(
    "ChangeClusterState",
    "PUT",
    "/clusters/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeClusterState",
    since="0.6",
    result=".models.change_cluster_state_result:ChangeClusterStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_CLUSTER: Api[CreateClusterResult] = Api(
    "CreateCluster",
    "POST",
    "/clusters",
    params=(
        ("architecture", "body", "4.0.0"),
        ("description", "body", "0.6"),
        ("hypervisorType", "body", "4.0.0"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "4.0.0"),
        ("type", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "architecture",
        "description",
        "hypervisor_type",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("hypervisorType", "name", "zoneUuid"),
    body_key="params",
    since="0.6",
    result=".models.create_cluster_result:CreateClusterResult",
    checks=(
        ("architecture", "architecture", "enum", ("x86_64", "aarch64", "mips64el", "loongarch64")),
        ("description", "description", "maxLength", 2048),
        (
            "hypervisorType",
            "hypervisor_type",
            "enum",
            ("KVM", "Simulator", "baremetal", "baremetal2", "xdragon"),
        ),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("zstack", "baremetal", "baremetal2")),
    ),
)

CREATE_CLUSTER_DRS: Api[CreateClusterDRSResult] = Api(
    "CreateClusterDRS",
    "POST",
    "/clusters/{clusterUuid}/drs",
    params=(
        ("clusterUuid", "path", None),
        ("automationLevel", "body", None),
        ("defaultEnable", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("thresholdDuration", "body", None),
        ("thresholds", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "cluster_uuid",
        "automation_level",
        "default_enable",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "threshold_duration",
        "thresholds",
        "system_tags",
        "user_tags",
    ),
    required=("clusterUuid", "automationLevel", "name", "thresholdDuration", "thresholds"),
    body_key="params",
    since=None,
    result=".models.create_cluster_drs_result:CreateClusterDRSResult",
    checks=(
        ("clusterUuid", "cluster_uuid", "maxLength", 32),
        ("automationLevel", "automation_level", "enum", ("Automatic", "Manual")),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_CLUSTER: Api[DeleteClusterResult] = Api(
    "DeleteCluster",
    "DELETE",
    "/clusters/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_cluster_result:DeleteClusterResult",
)

DELETE_CLUSTER_DRS: Api[DeleteClusterDRSResult] = Api(
    "DeleteClusterDRS",
    "DELETE",
    "/clusters/drs/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_cluster_drs_result:DeleteClusterDRSResult",
)

DETACH_NVME_SERVER_FROM_CLUSTER: Api[DetachNvmeServerFromClusterResult] = Api(
    "DetachNvmeServerFromCluster",
    "DELETE",
    "/clusters/{clusterUuid}/storage-devices/nvme/servers/{uuid}",
    params=(
        ("clusterUuid", "path", None),
        ("uuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("cluster_uuid", "uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "uuid"),
    since=None,
    result=".models.detach_nvme_server_from_cluster_result:DetachNvmeServerFromClusterResult",
)

EXECUTE_DRS_SCHEDULING: Api[ExecuteDRSSchedulingResult] = Api(
    "ExecuteDRSScheduling",
    "PUT",
    "/clusters/drs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="executeDRSScheduling",
    since=None,
    result=".models.execute_drs_scheduling_result:ExecuteDRSSchedulingResult",
)

GET_CLUSTER_DRS_STATUS: Api[GetClusterDRSStatusResult] = Api(
    "GetClusterDRSStatus",
    "GET",
    "/clusters/drs/status",
    params=(
        ("drsUuid", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("drs_uuid", "system_tags", "user_tags"),
    required=("drsUuid",),
    since=None,
    result=".models.get_cluster_drs_status_result:GetClusterDRSStatusResult",
)

QUERY_CLUSTER: Api[QueryClusterResult] = Api(
    "QueryCluster",
    "GET",
    "/clusters",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_cluster_result:QueryClusterResult",
    query=True,
    alt_paths=("/clusters/{uuid}",),
)

QUERY_CLUSTER_DRS: Api[QueryClusterDRSResult] = Api(
    "QueryClusterDRS",
    "GET",
    "/clusters/drs",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_cluster_drs_result:QueryClusterDRSResult",
    query=True,
)

QUERY_DRS_ADVICE: Api[QueryDRSAdviceResult] = Api(
    "QueryDRSAdvice",
    "GET",
    "/clusters/drs/advice",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_drs_advice_result:QueryDRSAdviceResult",
    query=True,
)

QUERY_DRS_VM_MIGRATION_ACTIVITY: Api[QueryDRSVmMigrationActivityResult] = Api(
    "QueryDRSVmMigrationActivity",
    "GET",
    "/clusters/drs/vm-migration-activities",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_drs_vm_migration_activity_result:QueryDRSVmMigrationActivityResult",
    query=True,
)

UPDATE_CLUSTER: Api[UpdateClusterResult] = Api(
    "UpdateCluster",
    "PUT",
    "/clusters/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateCluster",
    since="0.6",
    result=".models.update_cluster_result:UpdateClusterResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_CLUSTER_DRS: Api[UpdateClusterDRSResult] = Api(
    "UpdateClusterDRS",
    "PUT",
    "/clusters/drs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("automationLevel", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("state", "body", None),
        ("thresholdDuration", "body", None),
        ("thresholds", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "automation_level",
        "description",
        "name",
        "state",
        "threshold_duration",
        "thresholds",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateClusterDRS",
    since=None,
    result=".models.update_cluster_drs_result:UpdateClusterDRSResult",
    checks=(
        ("automationLevel", "automation_level", "enum", ("Automatic", "Manual")),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)

UPDATE_CLUSTER_OS: Api[UpdateClusterOSResult] = Api(
    "UpdateClusterOS",
    "PUT",
    "/clusters/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("excludePackages", "body", "3.7.0"),
        ("force", "body", "5.2.0"),
        ("hostUuid", "body", None),
        ("releaseVersion", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("updatePackages", "body", "3.7.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "uuid",
        "exclude_packages",
        "force",
        "host_uuid",
        "release_version",
        "resource_uuid",
        "tag_uuids",
        "update_packages",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateClusterOS",
    since="2.3",
    result=".models.update_cluster_os_result:UpdateClusterOSResult",
    checks=(
        ("excludePackages", "exclude_packages", "minItems", 1),
        ("releaseVersion", "release_version", "minLength", 1),
        ("updatePackages", "update_packages", "minItems", 1),
    ),
)

VALIDATE_CLUSTER_SUPPORT_DRS: Api[ValidateClusterSupportDRSResult] = Api(
    "ValidateClusterSupportDRS",
    "GET",
    "/clusters/{clusterUuid}/drs/valid",
    params=(
        ("clusterUuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("cluster_uuid", "system_tags", "user_tags"),
    required=("clusterUuid",),
    since=None,
    result=".models.validate_cluster_support_drs_result:ValidateClusterSupportDRSResult",
)


class ClustersApi(SyncNamespace):
    """clusters: 18 APIs (ApplyDRSAdvice, AttachNvmeServerToCluster, ChangeClusterState, ...)."""

    __slots__ = ()

    def apply_drs_advice(
        self,
        *,
        advice_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ApplyDRSAdviceResult:
        """Apply DRS advice (ApplyDRSAdvice).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ApplyDRSAdviceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            advice_uuid: adviceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            APPLY_DRS_ADVICE,
            {
                "adviceUuid": advice_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_nvme_server_to_cluster(
        self,
        *,
        cluster_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNvmeServerToClusterResult:
        """Attach nvme server to cluster (AttachNvmeServerToCluster).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachNvmeServerToClusterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_NVME_SERVER_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_cluster_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeClusterStateResult:
        """改变一个集群的可用状态 (ChangeClusterState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 可用状态触发事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_CLUSTER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_cluster(
        self,
        *,
        hypervisor_type: Literal["KVM", "Simulator", "baremetal", "baremetal2", "xdragon"],
        name: str,
        zone_uuid: str,
        architecture: Literal["x86_64", "aarch64", "mips64el", "loongarch64"] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["zstack", "baremetal", "baremetal2"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateClusterResult:
        """创建一个集群 (CreateCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            architecture: architecture (since 4.0.0; enum {'x86_64', 'aarch64', 'mips64el', 'loongarch64'})
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            hypervisor_type: 虚拟机管理程序类型 (since 4.0.0; enum {'KVM', 'Simulator', 'baremetal', 'baremetal2', 'xdragon'})
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 当reourceUuid不等于null, 云平台使用这个值作为被创建资源的UUID； 否则云平台会自动生成一个UUID (since 0.6)
            tag_uuids: tagUuids (since 4.0.0)
            type: 保留域, 请不要使用 (since 0.6; enum {'zstack', 'baremetal', 'baremetal2'})
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CLUSTER,
            {
                "architecture": architecture,
                "description": description,
                "hypervisorType": hypervisor_type,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_cluster_drs(
        self,
        *,
        cluster_uuid: str,
        automation_level: Literal["Automatic", "Manual"],
        name: str,
        threshold_duration: int,
        thresholds: Sequence[Any],
        default_enable: bool | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateClusterDRSResult:
        """Create cluster DRS (CreateClusterDRS).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateClusterDRSAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid (maxLength 32)
            automation_level: automationLevel (enum {'Automatic', 'Manual'})
            default_enable: defaultEnable
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            threshold_duration: thresholdDuration
            thresholds: thresholds
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CLUSTER_DRS,
            {
                "clusterUuid": cluster_uuid,
                "automationLevel": automation_level,
                "defaultEnable": default_enable,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "thresholdDuration": threshold_duration,
                "thresholds": thresholds,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_cluster(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteClusterResult:
        """删除一个集群 (DeleteCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CLUSTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_cluster_drs(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteClusterDRSResult:
        """Delete cluster DRS (DeleteClusterDRS).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteClusterDRSAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CLUSTER_DRS,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_nvme_server_from_cluster(
        self,
        *,
        cluster_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachNvmeServerFromClusterResult:
        """Detach nvme server from cluster (DetachNvmeServerFromCluster).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachNvmeServerFromClusterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_NVME_SERVER_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def execute_drs_scheduling(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExecuteDRSSchedulingResult:
        """Execute DRS scheduling (ExecuteDRSScheduling).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ExecuteDRSSchedulingAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXECUTE_DRS_SCHEDULING,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_cluster_drs_status(
        self,
        *,
        drs_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetClusterDRSStatusResult:
        """Get cluster DRS status (GetClusterDRSStatus).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetClusterDRSStatusAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            drs_uuid: drsUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CLUSTER_DRS_STATUS,
            {
                "drsUuid": drs_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_cluster(
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
    ) -> QueryClusterResult:
        """查询集群 (QueryCluster).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CLUSTER,
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

    def query_cluster_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ClusterInventory]:
        """Every result of ``query_cluster``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CLUSTER,
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

    def query_cluster_drs(
        self,
        *,
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
    ) -> QueryClusterDRSResult:
        """Query cluster DRS (QueryClusterDRS).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryClusterDRSAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CLUSTER_DRS,
            {
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

    def query_cluster_drs_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[Any]:
        """Every result of ``query_cluster_drs``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CLUSTER_DRS,
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

    def query_drs_advice(
        self,
        *,
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
    ) -> QueryDRSAdviceResult:
        """Query DRS advice (QueryDRSAdvice).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryDRSAdviceAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_DRS_ADVICE,
            {
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

    def query_drs_advice_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[Any]:
        """Every result of ``query_drs_advice``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DRS_ADVICE,
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

    def query_drs_vm_migration_activity(
        self,
        *,
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
    ) -> QueryDRSVmMigrationActivityResult:
        """Query DRS vm migration activity (QueryDRSVmMigrationActivity).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryDRSVmMigrationActivityAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_DRS_VM_MIGRATION_ACTIVITY,
            {
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

    def query_drs_vm_migration_activity_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[Any]:
        """Every result of ``query_drs_vm_migration_activity``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DRS_VM_MIGRATION_ACTIVITY,
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

    def update_cluster(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateClusterResult:
        """更新集群 (UpdateCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CLUSTER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_cluster_drs(
        self,
        *,
        uuid: str,
        automation_level: Literal["Automatic", "Manual"] | None = None,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        threshold_duration: int | None = None,
        thresholds: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateClusterDRSResult:
        """Update cluster DRS (UpdateClusterDRS).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateClusterDRSAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            automation_level: automationLevel (enum {'Automatic', 'Manual'})
            description: description (maxLength 2048)
            name: name (maxLength 255)
            state: state (enum {'Enabled', 'Disabled'})
            threshold_duration: thresholdDuration
            thresholds: thresholds
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CLUSTER_DRS,
            {
                "uuid": uuid,
                "automationLevel": automation_level,
                "description": description,
                "name": name,
                "state": state,
                "thresholdDuration": threshold_duration,
                "thresholds": thresholds,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_cluster_os(
        self,
        *,
        uuid: str,
        exclude_packages: Sequence[Any] | None = None,
        force: bool | None = None,
        host_uuid: str | None = None,
        release_version: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        update_packages: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateClusterOSResult:
        """升级集群内物理机的操作系统 (UpdateClusterOS).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            exclude_packages: 不升级的包列表 (since 3.7.0; minItems 1)
            force: 强制 (since 5.2.0)
            host_uuid: hostUuid
            release_version: 升级所用源的版本 (since 3.7.0; minLength 1)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            update_packages: 要升级的包列表 (since 3.7.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CLUSTER_OS,
            {
                "uuid": uuid,
                "excludePackages": exclude_packages,
                "force": force,
                "hostUuid": host_uuid,
                "releaseVersion": release_version,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "updatePackages": update_packages,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_cluster_support_drs(
        self,
        *,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateClusterSupportDRSResult:
        """Validate cluster support DRS (ValidateClusterSupportDRS).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidateClusterSupportDRSAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_CLUSTER_SUPPORT_DRS,
            {
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncClustersApi(AsyncNamespace):
    """clusters: 18 APIs (ApplyDRSAdvice, AttachNvmeServerToCluster, ChangeClusterState, ...). (asyncio)"""

    __slots__ = ()

    async def apply_drs_advice(
        self,
        *,
        advice_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ApplyDRSAdviceResult:
        """Apply DRS advice (ApplyDRSAdvice).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ApplyDRSAdviceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            advice_uuid: adviceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            APPLY_DRS_ADVICE,
            {
                "adviceUuid": advice_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_nvme_server_to_cluster(
        self,
        *,
        cluster_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNvmeServerToClusterResult:
        """Attach nvme server to cluster (AttachNvmeServerToCluster).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachNvmeServerToClusterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_NVME_SERVER_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_cluster_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeClusterStateResult:
        """改变一个集群的可用状态 (ChangeClusterState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 可用状态触发事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_CLUSTER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_cluster(
        self,
        *,
        hypervisor_type: Literal["KVM", "Simulator", "baremetal", "baremetal2", "xdragon"],
        name: str,
        zone_uuid: str,
        architecture: Literal["x86_64", "aarch64", "mips64el", "loongarch64"] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["zstack", "baremetal", "baremetal2"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateClusterResult:
        """创建一个集群 (CreateCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            architecture: architecture (since 4.0.0; enum {'x86_64', 'aarch64', 'mips64el', 'loongarch64'})
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            hypervisor_type: 虚拟机管理程序类型 (since 4.0.0; enum {'KVM', 'Simulator', 'baremetal', 'baremetal2', 'xdragon'})
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 当reourceUuid不等于null, 云平台使用这个值作为被创建资源的UUID； 否则云平台会自动生成一个UUID (since 0.6)
            tag_uuids: tagUuids (since 4.0.0)
            type: 保留域, 请不要使用 (since 0.6; enum {'zstack', 'baremetal', 'baremetal2'})
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CLUSTER,
            {
                "architecture": architecture,
                "description": description,
                "hypervisorType": hypervisor_type,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_cluster_drs(
        self,
        *,
        cluster_uuid: str,
        automation_level: Literal["Automatic", "Manual"],
        name: str,
        threshold_duration: int,
        thresholds: Sequence[Any],
        default_enable: bool | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateClusterDRSResult:
        """Create cluster DRS (CreateClusterDRS).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateClusterDRSAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid (maxLength 32)
            automation_level: automationLevel (enum {'Automatic', 'Manual'})
            default_enable: defaultEnable
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            threshold_duration: thresholdDuration
            thresholds: thresholds
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CLUSTER_DRS,
            {
                "clusterUuid": cluster_uuid,
                "automationLevel": automation_level,
                "defaultEnable": default_enable,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "thresholdDuration": threshold_duration,
                "thresholds": thresholds,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_cluster(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteClusterResult:
        """删除一个集群 (DeleteCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CLUSTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_cluster_drs(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteClusterDRSResult:
        """Delete cluster DRS (DeleteClusterDRS).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteClusterDRSAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CLUSTER_DRS,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_nvme_server_from_cluster(
        self,
        *,
        cluster_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachNvmeServerFromClusterResult:
        """Detach nvme server from cluster (DetachNvmeServerFromCluster).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachNvmeServerFromClusterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_NVME_SERVER_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def execute_drs_scheduling(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExecuteDRSSchedulingResult:
        """Execute DRS scheduling (ExecuteDRSScheduling).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ExecuteDRSSchedulingAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXECUTE_DRS_SCHEDULING,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_cluster_drs_status(
        self,
        *,
        drs_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetClusterDRSStatusResult:
        """Get cluster DRS status (GetClusterDRSStatus).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetClusterDRSStatusAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            drs_uuid: drsUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CLUSTER_DRS_STATUS,
            {
                "drsUuid": drs_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_cluster(
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
    ) -> QueryClusterResult:
        """查询集群 (QueryCluster).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CLUSTER,
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

    def query_cluster_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ClusterInventory]:
        """Every result of ``query_cluster``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CLUSTER,
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

    async def query_cluster_drs(
        self,
        *,
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
    ) -> QueryClusterDRSResult:
        """Query cluster DRS (QueryClusterDRS).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryClusterDRSAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CLUSTER_DRS,
            {
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

    def query_cluster_drs_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every result of ``query_cluster_drs``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CLUSTER_DRS,
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

    async def query_drs_advice(
        self,
        *,
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
    ) -> QueryDRSAdviceResult:
        """Query DRS advice (QueryDRSAdvice).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryDRSAdviceAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_DRS_ADVICE,
            {
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

    def query_drs_advice_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every result of ``query_drs_advice``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DRS_ADVICE,
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

    async def query_drs_vm_migration_activity(
        self,
        *,
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
    ) -> QueryDRSVmMigrationActivityResult:
        """Query DRS vm migration activity (QueryDRSVmMigrationActivity).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryDRSVmMigrationActivityAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_DRS_VM_MIGRATION_ACTIVITY,
            {
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

    def query_drs_vm_migration_activity_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every result of ``query_drs_vm_migration_activity``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DRS_VM_MIGRATION_ACTIVITY,
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

    async def update_cluster(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateClusterResult:
        """更新集群 (UpdateCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CLUSTER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_cluster_drs(
        self,
        *,
        uuid: str,
        automation_level: Literal["Automatic", "Manual"] | None = None,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        threshold_duration: int | None = None,
        thresholds: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateClusterDRSResult:
        """Update cluster DRS (UpdateClusterDRS).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateClusterDRSAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            automation_level: automationLevel (enum {'Automatic', 'Manual'})
            description: description (maxLength 2048)
            name: name (maxLength 255)
            state: state (enum {'Enabled', 'Disabled'})
            threshold_duration: thresholdDuration
            thresholds: thresholds
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CLUSTER_DRS,
            {
                "uuid": uuid,
                "automationLevel": automation_level,
                "description": description,
                "name": name,
                "state": state,
                "thresholdDuration": threshold_duration,
                "thresholds": thresholds,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_cluster_os(
        self,
        *,
        uuid: str,
        exclude_packages: Sequence[Any] | None = None,
        force: bool | None = None,
        host_uuid: str | None = None,
        release_version: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        update_packages: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateClusterOSResult:
        """升级集群内物理机的操作系统 (UpdateClusterOS).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            exclude_packages: 不升级的包列表 (since 3.7.0; minItems 1)
            force: 强制 (since 5.2.0)
            host_uuid: hostUuid
            release_version: 升级所用源的版本 (since 3.7.0; minLength 1)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            update_packages: 要升级的包列表 (since 3.7.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CLUSTER_OS,
            {
                "uuid": uuid,
                "excludePackages": exclude_packages,
                "force": force,
                "hostUuid": host_uuid,
                "releaseVersion": release_version,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "updatePackages": update_packages,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_cluster_support_drs(
        self,
        *,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateClusterSupportDRSResult:
        """Validate cluster support DRS (ValidateClusterSupportDRS).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidateClusterSupportDRSAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_CLUSTER_SUPPORT_DRS,
            {
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
