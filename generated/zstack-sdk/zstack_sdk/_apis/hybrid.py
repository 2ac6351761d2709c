"""``client.hybrid``: 157 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_aliyun_key_secret_result import AddAliyunKeySecretResult
    from ..models.add_connection_access_point_from_remote_result import (
        AddConnectionAccessPointFromRemoteResult,
    )
    from ..models.add_data_center_from_remote_result import AddDataCenterFromRemoteResult
    from ..models.add_hybrid_key_secret_result import AddHybridKeySecretResult
    from ..models.add_identity_zone_from_remote_result import AddIdentityZoneFromRemoteResult
    from ..models.add_oss_bucket_from_remote_result import AddOssBucketFromRemoteResult
    from ..models.attach_aliyun_disk_to_ecs_result import AttachAliyunDiskToEcsResult
    from ..models.attach_aliyun_key_result import AttachAliyunKeyResult
    from ..models.attach_hybrid_eip_to_ecs_result import AttachHybridEipToEcsResult
    from ..models.attach_hybrid_key_result import AttachHybridKeyResult
    from ..models.attach_oss_bucket_to_ecs_data_center_result import (
        AttachOssBucketToEcsDataCenterResult,
    )
    from ..models.backup_database_to_public_cloud_result import BackupDatabaseToPublicCloudResult
    from ..models.create_aliyun_disk_from_remote_result import CreateAliyunDiskFromRemoteResult
    from ..models.create_aliyun_router_interface_remote_result import (
        CreateAliyunRouterInterfaceRemoteResult,
    )
    from ..models.create_aliyun_snapshot_remote_result import CreateAliyunSnapshotRemoteResult
    from ..models.create_aliyun_vpc_virtual_router_entry_remote_result import (
        CreateAliyunVpcVirtualRouterEntryRemoteResult,
    )
    from ..models.create_connection_between_l3_network_and_aliyun_v_switch_result import (
        CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult,
    )
    from ..models.create_ecs_image_from_ecs_snapshot_result import (
        CreateEcsImageFromEcsSnapshotResult,
    )
    from ..models.create_ecs_image_from_local_image_result import CreateEcsImageFromLocalImageResult
    from ..models.create_ecs_instance_from_ecs_image_result import (
        CreateEcsInstanceFromEcsImageResult,
    )
    from ..models.create_ecs_security_group_remote_result import CreateEcsSecurityGroupRemoteResult
    from ..models.create_ecs_security_group_rule_remote_result import (
        CreateEcsSecurityGroupRuleRemoteResult,
    )
    from ..models.create_ecs_v_switch_remote_result import CreateEcsVSwitchRemoteResult
    from ..models.create_ecs_vpc_remote_result import CreateEcsVpcRemoteResult
    from ..models.create_hybrid_eip_result import CreateHybridEipResult
    from ..models.create_oss_backup_bucket_remote_result import CreateOssBackupBucketRemoteResult
    from ..models.create_oss_bucket_remote_result import CreateOssBucketRemoteResult
    from ..models.create_vpc_user_vpn_gateway_remote_result import (
        CreateVpcUserVpnGatewayRemoteResult,
    )
    from ..models.create_vpc_vpn_connection_remote_result import CreateVpcVpnConnectionRemoteResult
    from ..models.create_vpn_ike_config_result import CreateVpnIkeConfigResult
    from ..models.create_vpn_ipsec_config_result import CreateVpnIpsecConfigResult
    from ..models.delete_aliyun_disk_from_local_result import DeleteAliyunDiskFromLocalResult
    from ..models.delete_aliyun_disk_from_remote_result import DeleteAliyunDiskFromRemoteResult
    from ..models.delete_aliyun_key_secret_result import DeleteAliyunKeySecretResult
    from ..models.delete_aliyun_route_entry_remote_result import DeleteAliyunRouteEntryRemoteResult
    from ..models.delete_aliyun_router_interface_local_result import (
        DeleteAliyunRouterInterfaceLocalResult,
    )
    from ..models.delete_aliyun_router_interface_remote_result import (
        DeleteAliyunRouterInterfaceRemoteResult,
    )
    from ..models.delete_aliyun_snapshot_from_local_result import (
        DeleteAliyunSnapshotFromLocalResult,
    )
    from ..models.delete_aliyun_snapshot_from_remote_result import (
        DeleteAliyunSnapshotFromRemoteResult,
    )
    from ..models.delete_all_ecs_instances_from_data_center_result import (
        DeleteAllEcsInstancesFromDataCenterResult,
    )
    from ..models.delete_backup_file_in_public_result import DeleteBackupFileInPublicResult
    from ..models.delete_connection_access_point_local_result import (
        DeleteConnectionAccessPointLocalResult,
    )
    from ..models.delete_connection_between_l3_net_work_and_aliyun_v_switch_result import (
        DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult,
    )
    from ..models.delete_data_center_in_local_result import DeleteDataCenterInLocalResult
    from ..models.delete_ecs_image_local_result import DeleteEcsImageLocalResult
    from ..models.delete_ecs_image_remote_result import DeleteEcsImageRemoteResult
    from ..models.delete_ecs_instance_local_result import DeleteEcsInstanceLocalResult
    from ..models.delete_ecs_instance_result import DeleteEcsInstanceResult
    from ..models.delete_ecs_security_group_in_local_result import (
        DeleteEcsSecurityGroupInLocalResult,
    )
    from ..models.delete_ecs_security_group_remote_result import DeleteEcsSecurityGroupRemoteResult
    from ..models.delete_ecs_security_group_rule_remote_result import (
        DeleteEcsSecurityGroupRuleRemoteResult,
    )
    from ..models.delete_ecs_v_switch_in_local_result import DeleteEcsVSwitchInLocalResult
    from ..models.delete_ecs_v_switch_remote_result import DeleteEcsVSwitchRemoteResult
    from ..models.delete_ecs_vpc_in_local_result import DeleteEcsVpcInLocalResult
    from ..models.delete_ecs_vpc_remote_result import DeleteEcsVpcRemoteResult
    from ..models.delete_hybrid_eip_from_local_result import DeleteHybridEipFromLocalResult
    from ..models.delete_hybrid_eip_remote_result import DeleteHybridEipRemoteResult
    from ..models.delete_hybrid_key_secret_result import DeleteHybridKeySecretResult
    from ..models.delete_identity_zone_in_local_result import DeleteIdentityZoneInLocalResult
    from ..models.delete_oss_bucket_file_remote_result import DeleteOssBucketFileRemoteResult
    from ..models.delete_oss_bucket_name_local_result import DeleteOssBucketNameLocalResult
    from ..models.delete_oss_bucket_remote_result import DeleteOssBucketRemoteResult
    from ..models.delete_virtual_border_router_local_result import (
        DeleteVirtualBorderRouterLocalResult,
    )
    from ..models.delete_virtual_router_local_result import DeleteVirtualRouterLocalResult
    from ..models.delete_vpc_ike_config_local_result import DeleteVpcIkeConfigLocalResult
    from ..models.delete_vpc_ip_sec_config_local_result import DeleteVpcIpSecConfigLocalResult
    from ..models.delete_vpc_user_vpn_gateway_local_result import DeleteVpcUserVpnGatewayLocalResult
    from ..models.delete_vpc_user_vpn_gateway_remote_result import (
        DeleteVpcUserVpnGatewayRemoteResult,
    )
    from ..models.delete_vpc_vpn_connection_local_result import DeleteVpcVpnConnectionLocalResult
    from ..models.delete_vpc_vpn_connection_remote_result import DeleteVpcVpnConnectionRemoteResult
    from ..models.delete_vpc_vpn_gateway_local_result import DeleteVpcVpnGatewayLocalResult
    from ..models.detach_aliyun_disk_from_ecs_result import DetachAliyunDiskFromEcsResult
    from ..models.detach_aliyun_key_result import DetachAliyunKeyResult
    from ..models.detach_hybrid_eip_from_ecs_result import DetachHybridEipFromEcsResult
    from ..models.detach_hybrid_key_result import DetachHybridKeyResult
    from ..models.detach_oss_bucket_from_ecs_data_center_result import (
        DetachOssBucketFromEcsDataCenterResult,
    )
    from ..models.download_backup_file_from_public_cloud_result import (
        DownloadBackupFileFromPublicCloudResult,
    )
    from ..models.gc_aliyun_snapshot_remote_result import GCAliyunSnapshotRemoteResult
    from ..models.get_connection_access_point_from_remote_result import (
        GetConnectionAccessPointFromRemoteResult,
    )
    from ..models.get_connection_between_l3_network_and_aliyun_v_switch_result import (
        GetConnectionBetweenL3NetworkAndAliyunVSwitchResult,
    )
    from ..models.get_create_ecs_image_progress_result import GetCreateEcsImageProgressResult
    from ..models.get_data_center_from_remote_result import GetDataCenterFromRemoteResult
    from ..models.get_ecs_instance_type_result import GetEcsInstanceTypeResult
    from ..models.get_ecs_instance_vnc_url_result import GetEcsInstanceVncUrlResult
    from ..models.get_identity_zone_from_remote_result import GetIdentityZoneFromRemoteResult
    from ..models.get_oss_backup_bucket_from_remote_result import GetOssBackupBucketFromRemoteResult
    from ..models.get_oss_bucket_file_from_remote_result import GetOssBucketFileFromRemoteResult
    from ..models.get_oss_bucket_name_from_remote_result import GetOssBucketNameFromRemoteResult
    from ..models.get_vpc_vpn_configuration_from_remote_result import (
        GetVpcVpnConfigurationFromRemoteResult,
    )
    from ..models.query_aliyun_disk_from_local_result import QueryAliyunDiskFromLocalResult
    from ..models.query_aliyun_route_entry_from_local_result import (
        QueryAliyunRouteEntryFromLocalResult,
    )
    from ..models.query_aliyun_router_interface_from_local_result import (
        QueryAliyunRouterInterfaceFromLocalResult,
    )
    from ..models.query_aliyun_snapshot_from_local_result import QueryAliyunSnapshotFromLocalResult
    from ..models.query_aliyun_virtual_router_from_local_result import (
        QueryAliyunVirtualRouterFromLocalResult,
    )
    from ..models.query_connection_access_point_from_local_result import (
        QueryConnectionAccessPointFromLocalResult,
    )
    from ..models.query_connection_between_l3_network_and_aliyun_v_switch_result import (
        QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult,
    )
    from ..models.query_data_center_from_local_result import QueryDataCenterFromLocalResult
    from ..models.query_ecs_image_from_local_result import QueryEcsImageFromLocalResult
    from ..models.query_ecs_instance_from_local_result import QueryEcsInstanceFromLocalResult
    from ..models.query_ecs_security_group_from_local_result import (
        QueryEcsSecurityGroupFromLocalResult,
    )
    from ..models.query_ecs_security_group_rule_from_local_result import (
        QueryEcsSecurityGroupRuleFromLocalResult,
    )
    from ..models.query_ecs_v_switch_from_local_result import QueryEcsVSwitchFromLocalResult
    from ..models.query_ecs_vpc_from_local_result import QueryEcsVpcFromLocalResult
    from ..models.query_hybrid_eip_from_local_result import QueryHybridEipFromLocalResult
    from ..models.query_hybrid_key_secret_result import QueryHybridKeySecretResult
    from ..models.query_identity_zone_from_local_result import QueryIdentityZoneFromLocalResult
    from ..models.query_oss_bucket_file_name_result import QueryOssBucketFileNameResult
    from ..models.query_virtual_border_router_from_local_result import (
        QueryVirtualBorderRouterFromLocalResult,
    )
    from ..models.query_vpc_ike_config_from_local_result import QueryVpcIkeConfigFromLocalResult
    from ..models.query_vpc_ip_sec_config_from_local_result import (
        QueryVpcIpSecConfigFromLocalResult,
    )
    from ..models.query_vpc_user_vpn_gateway_from_local_result import (
        QueryVpcUserVpnGatewayFromLocalResult,
    )
    from ..models.query_vpc_vpn_connection_from_local_result import (
        QueryVpcVpnConnectionFromLocalResult,
    )
    from ..models.query_vpc_vpn_gateway_from_local_result import QueryVpcVpnGatewayFromLocalResult
    from ..models.reboot_ecs_instance_result import RebootEcsInstanceResult
    from ..models.recovery_virtual_border_router_remote_result import (
        RecoveryVirtualBorderRouterRemoteResult,
    )
    from ..models.start_connection_between_aliyun_router_interface_result import (
        StartConnectionBetweenAliyunRouterInterfaceResult,
    )
    from ..models.start_ecs_instance_result import StartEcsInstanceResult
    from ..models.stop_ecs_instance_result import StopEcsInstanceResult
    from ..models.sync_aliyun_route_entry_from_remote_result import (
        SyncAliyunRouteEntryFromRemoteResult,
    )
    from ..models.sync_aliyun_router_interface_from_remote_result import (
        SyncAliyunRouterInterfaceFromRemoteResult,
    )
    from ..models.sync_aliyun_snapshot_remote_result import SyncAliyunSnapshotRemoteResult
    from ..models.sync_aliyun_virtual_router_from_remote_result import (
        SyncAliyunVirtualRouterFromRemoteResult,
    )
    from ..models.sync_connection_access_point_from_remote_result import (
        SyncConnectionAccessPointFromRemoteResult,
    )
    from ..models.sync_data_center_from_remote_result import SyncDataCenterFromRemoteResult
    from ..models.sync_disk_from_aliyun_from_remote_result import SyncDiskFromAliyunFromRemoteResult
    from ..models.sync_ecs_image_from_remote_result import SyncEcsImageFromRemoteResult
    from ..models.sync_ecs_instance_from_remote_result import SyncEcsInstanceFromRemoteResult
    from ..models.sync_ecs_security_group_from_remote_result import (
        SyncEcsSecurityGroupFromRemoteResult,
    )
    from ..models.sync_ecs_security_group_rule_from_remote_result import (
        SyncEcsSecurityGroupRuleFromRemoteResult,
    )
    from ..models.sync_ecs_v_switch_from_remote_result import SyncEcsVSwitchFromRemoteResult
    from ..models.sync_ecs_vpc_from_remote_result import SyncEcsVpcFromRemoteResult
    from ..models.sync_hybrid_eip_from_remote_result import SyncHybridEipFromRemoteResult
    from ..models.sync_identity_from_remote_result import SyncIdentityFromRemoteResult
    from ..models.sync_virtual_border_router_from_remote_result import (
        SyncVirtualBorderRouterFromRemoteResult,
    )
    from ..models.sync_vpc_user_vpn_gateway_from_remote_result import (
        SyncVpcUserVpnGatewayFromRemoteResult,
    )
    from ..models.sync_vpc_vpn_connection_from_remote_result import (
        SyncVpcVpnConnectionFromRemoteResult,
    )
    from ..models.sync_vpc_vpn_gateway_from_remote_result import SyncVpcVpnGatewayFromRemoteResult
    from ..models.terminate_virtual_border_router_remote_result import (
        TerminateVirtualBorderRouterRemoteResult,
    )
    from ..models.update_aliyun_disk_result import UpdateAliyunDiskResult
    from ..models.update_aliyun_key_secret_result import UpdateAliyunKeySecretResult
    from ..models.update_aliyun_route_interface_remote_result import (
        UpdateAliyunRouteInterfaceRemoteResult,
    )
    from ..models.update_aliyun_snapshot_result import UpdateAliyunSnapshotResult
    from ..models.update_aliyun_virtual_router_result import UpdateAliyunVirtualRouterResult
    from ..models.update_connection_between_l3_net_work_and_aliyun_v_switch_result import (
        UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult,
    )
    from ..models.update_ecs_image_result import UpdateEcsImageResult
    from ..models.update_ecs_instance_result import UpdateEcsInstanceResult
    from ..models.update_ecs_instance_vnc_password_result import UpdateEcsInstanceVncPasswordResult
    from ..models.update_ecs_security_group_result import UpdateEcsSecurityGroupResult
    from ..models.update_ecs_v_switch_result import UpdateEcsVSwitchResult
    from ..models.update_ecs_vpc_result import UpdateEcsVpcResult
    from ..models.update_hybrid_eip_result import UpdateHybridEipResult
    from ..models.update_hybrid_key_secret_result import UpdateHybridKeySecretResult
    from ..models.update_oss_bucket_result import UpdateOssBucketResult
    from ..models.update_virtual_border_router_remote_result import (
        UpdateVirtualBorderRouterRemoteResult,
    )
    from ..models.update_vpc_user_vpn_gateway_result import UpdateVpcUserVpnGatewayResult
    from ..models.update_vpc_vpn_connection_remote_result import UpdateVpcVpnConnectionRemoteResult
    from ..models.update_vpc_vpn_gateway_result import UpdateVpcVpnGatewayResult

__all__ = ["AsyncHybridApi", "HybridApi"]


ADD_ALIYUN_KEY_SECRET: Api[AddAliyunKeySecretResult] = Api(
    "AddAliyunKeySecret",
    "POST",
    "/hybrid/aliyun/key",
    params=(
        ("accountUuid", "body", None),
        ("description", "body", None),
        ("key", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("secret", "body", None),
        ("sync", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "account_uuid",
        "description",
        "key",
        "name",
        "resource_uuid",
        "secret",
        "sync",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("key", "name", "secret"),
    body_key="params",
    since=None,
    result=".models.add_aliyun_key_secret_result:AddAliyunKeySecretResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("key", "key", "minLength", 1),
        ("name", "name", "minLength", 1),
        ("secret", "secret", "minLength", 1),
    ),
)

ADD_CONNECTION_ACCESS_POINT_FROM_REMOTE: Api[AddConnectionAccessPointFromRemoteResult] = Api(
    "AddConnectionAccessPointFromRemote",
    "POST",
    "/hybrid/aliyun/access-point",
    params=(
        ("accessPointId", "body", None),
        ("dataCenterUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "access_point_id",
        "data_center_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("accessPointId", "dataCenterUuid"),
    body_key="params",
    since=None,
    result=".models.add_connection_access_point_from_remote_result:AddConnectionAccessPointFromRemoteResult",
    checks=(("accessPointId", "access_point_id", "minLength", 1),),
)

ADD_DATA_CENTER_FROM_REMOTE: Api[AddDataCenterFromRemoteResult] = Api(
    "AddDataCenterFromRemote",
    "POST",
    "/hybrid/data-center",
    params=(
        ("description", "body", None),
        ("endpoint", "body", None),
        ("regionId", "body", None),
        ("resourceUuid", "body", None),
        ("syncZones", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "endpoint",
        "region_id",
        "resource_uuid",
        "sync_zones",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("regionId", "type"),
    body_key="params",
    since=None,
    result=".models.add_data_center_from_remote_result:AddDataCenterFromRemoteResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("endpoint", "endpoint", "maxLength", 127),
        ("regionId", "region_id", "minLength", 1),
    ),
)

ADD_HYBRID_KEY_SECRET: Api[AddHybridKeySecretResult] = Api(
    "AddHybridKeySecret",
    "POST",
    "/hybrid/hybrid/key",
    params=(
        ("accountUuid", "body", None),
        ("description", "body", None),
        ("key", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("secret", "body", None),
        ("sync", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "account_uuid",
        "description",
        "key",
        "name",
        "resource_uuid",
        "secret",
        "sync",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("key", "name", "secret", "type"),
    body_key="params",
    since=None,
    result=".models.add_hybrid_key_secret_result:AddHybridKeySecretResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("key", "key", "minLength", 1),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("secret", "secret", "minLength", 1),
    ),
)

ADD_IDENTITY_ZONE_FROM_REMOTE: Api[AddIdentityZoneFromRemoteResult] = Api(
    "AddIdentityZoneFromRemote",
    "POST",
    "/hybrid/identity-zone",
    params=(
        ("dataCenterUuid", "body", None),
        ("description", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneId", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "description",
        "resource_uuid",
        "tag_uuids",
        "type",
        "zone_id",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid",),
    body_key="params",
    since=None,
    result=".models.add_identity_zone_from_remote_result:AddIdentityZoneFromRemoteResult",
    checks=(("description", "description", "maxLength", 1024),),
)

ADD_OSS_BUCKET_FROM_REMOTE: Api[AddOssBucketFromRemoteResult] = Api(
    "AddOssBucketFromRemote",
    "POST",
    "/hybrid/aliyun/oss-bucket",
    params=(
        ("bucketName", "body", None),
        ("dataCenterUuid", "body", None),
        ("description", "body", None),
        ("ossDomain", "body", None),
        ("ossKey", "body", None),
        ("ossSecret", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "bucket_name",
        "data_center_uuid",
        "description",
        "oss_domain",
        "oss_key",
        "oss_secret",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("bucketName", "dataCenterUuid"),
    body_key="params",
    since=None,
    result=".models.add_oss_bucket_from_remote_result:AddOssBucketFromRemoteResult",
    checks=(
        ("bucketName", "bucket_name", "minLength", 1),
        ("bucketName", "bucket_name", "maxLength", 128),
        ("description", "description", "maxLength", 1024),
        ("ossDomain", "oss_domain", "maxLength", 256),
        ("ossKey", "oss_key", "maxLength", 127),
        ("ossSecret", "oss_secret", "maxLength", 127),
    ),
)

ATTACH_ALIYUN_DISK_TO_ECS: Api[AttachAliyunDiskToEcsResult] = Api(
    "AttachAliyunDiskToEcs",
    "POST",
    "/hybrid/aliyun/disk/{diskUuid}/attach",
    params=(
        ("diskUuid", "path", None),
        ("deleteWithInstance", "body", None),
        ("ecsUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "disk_uuid",
        "delete_with_instance",
        "ecs_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("diskUuid", "ecsUuid"),
    body_key="params",
    since=None,
    result=".models.attach_aliyun_disk_to_ecs_result:AttachAliyunDiskToEcsResult",
)

ATTACH_ALIYUN_KEY: Api[AttachAliyunKeyResult] = Api(
    "AttachAliyunKey",
    "PUT",
    "/hybrid/aliyun/key/{uuid}/attach",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="attachAliyunKey",
    since=None,
    result=".models.attach_aliyun_key_result:AttachAliyunKeyResult",
)

ATTACH_HYBRID_EIP_TO_ECS: Api[AttachHybridEipToEcsResult] = Api(
    "AttachHybridEipToEcs",
    "POST",
    "/hybrid/eip/{eipUuid}/attach",
    params=(
        ("eipUuid", "path", None),
        ("ecsUuid", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("eip_uuid", "ecs_uuid", "type", "system_tags", "user_tags"),
    required=("eipUuid", "ecsUuid", "type"),
    body_key="params",
    since=None,
    result=".models.attach_hybrid_eip_to_ecs_result:AttachHybridEipToEcsResult",
    checks=(("type", "type", "enum", ("aliyun",)),),
)

ATTACH_HYBRID_KEY: Api[AttachHybridKeyResult] = Api(
    "AttachHybridKey",
    "PUT",
    "/hybrid/hybrid/key/{uuid}/attach",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="attachHybridKey",
    since=None,
    result=".models.attach_hybrid_key_result:AttachHybridKeyResult",
)

ATTACH_OSS_BUCKET_TO_ECS_DATA_CENTER: Api[AttachOssBucketToEcsDataCenterResult] = Api(
    "AttachOssBucketToEcsDataCenter",
    "PUT",
    "/hybrid/aliyun/oss-bucket/{ossBucketUuid}/attach",
    params=(
        ("ossBucketUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("oss_bucket_uuid", "system_tags", "user_tags"),
    required=("ossBucketUuid",),
    body_key="attachOssBucketToEcsDataCenter",
    since=None,
    result=".models.attach_oss_bucket_to_ecs_data_center_result:AttachOssBucketToEcsDataCenterResult",
)

BACKUP_DATABASE_TO_PUBLIC_CLOUD: Api[BackupDatabaseToPublicCloudResult] = Api(
    "BackupDatabaseToPublicCloud",
    "POST",
    "/hybrid/backup-mysql",
    params=(
        ("local", "body", None),
        ("regionId", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("local", "region_id", "type", "system_tags", "user_tags"),
    required=("regionId", "type"),
    body_key="params",
    since=None,
    result=".models.backup_database_to_public_cloud_result:BackupDatabaseToPublicCloudResult",
    checks=(
        ("regionId", "region_id", "minLength", 1),
        ("type", "type", "enum", ("aliyun",)),
    ),
)

CREATE_ALIYUN_DISK_FROM_REMOTE: Api[CreateAliyunDiskFromRemoteResult] = Api(
    "CreateAliyunDiskFromRemote",
    "POST",
    "/hybrid/aliyun/disk",
    params=(
        ("description", "body", None),
        ("diskCategory", "body", None),
        ("identityUuid", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("sizeWithGB", "body", None),
        ("snapshotUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "disk_category",
        "identity_uuid",
        "name",
        "resource_uuid",
        "size_with_gb",
        "snapshot_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("identityUuid", "name"),
    body_key="params",
    since=None,
    result=".models.create_aliyun_disk_from_remote_result:CreateAliyunDiskFromRemoteResult",
    checks=(
        ("description", "description", "minLength", 2),
        ("description", "description", "maxLength", 1024),
        ("diskCategory", "disk_category", "enum", ("cloud_efficiency", "cloud_ssd")),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$"),
        ("sizeWithGB", "size_with_gb", "minimum", 20),
        ("sizeWithGB", "size_with_gb", "maximum", 32768),
    ),
)

CREATE_ALIYUN_ROUTER_INTERFACE_REMOTE: Api[CreateAliyunRouterInterfaceRemoteResult] = Api(
    "CreateAliyunRouterInterfaceRemote",
    "POST",
    "/hybrid/aliyun/router-interface",
    params=(
        ("accessPointUuid", "body", None),
        ("dataCenterUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("routerType", "body", None),
        ("spec", "body", None),
        ("tagUuids", "body", None),
        ("vRouterUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "access_point_uuid",
        "data_center_uuid",
        "description",
        "name",
        "resource_uuid",
        "router_type",
        "spec",
        "tag_uuids",
        "v_router_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid", "name", "routerType", "vRouterUuid"),
    body_key="params",
    since=None,
    result=".models.create_aliyun_router_interface_remote_result:CreateAliyunRouterInterfaceRemoteResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("routerType", "router_type", "enum", ("VBR", "VRouter")),
        ("spec", "spec", "pattern", "^(?:[XxlL]{1}arge.(\\d+))$"),
    ),
)

CREATE_ALIYUN_SNAPSHOT_REMOTE: Api[CreateAliyunSnapshotRemoteResult] = Api(
    "CreateAliyunSnapshotRemote",
    "POST",
    "/hybrid/aliyun/snapshot",
    params=(
        ("description", "body", None),
        ("diskUuid", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "disk_uuid",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("diskUuid", "name"),
    body_key="params",
    since=None,
    result=".models.create_aliyun_snapshot_remote_result:CreateAliyunSnapshotRemoteResult",
    checks=(
        ("description", "description", "minLength", 2),
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$"),
    ),
)

CREATE_ALIYUN_VPC_VIRTUAL_ROUTER_ENTRY_REMOTE: Api[
    CreateAliyunVpcVirtualRouterEntryRemoteResult
] = Api(
    "CreateAliyunVpcVirtualRouterEntryRemote",
    "POST",
    "/hybrid/aliyun/route-entry",
    params=(
        ("dstCidrBlock", "body", None),
        ("nextHopType", "body", None),
        ("nextHopUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vRouterType", "body", None),
        ("vRouterUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "dst_cidr_block",
        "next_hop_type",
        "next_hop_uuid",
        "resource_uuid",
        "tag_uuids",
        "v_router_type",
        "v_router_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("dstCidrBlock", "nextHopType", "nextHopUuid", "vRouterType", "vRouterUuid"),
    body_key="params",
    since=None,
    result=".models.create_aliyun_vpc_virtual_router_entry_remote_result:CreateAliyunVpcVirtualRouterEntryRemoteResult",
    checks=(
        ("dstCidrBlock", "dst_cidr_block", "minLength", 1),
        ("nextHopType", "next_hop_type", "enum", ("Instance", "RouterInterface", "VpnGateway")),
        ("nextHopUuid", "next_hop_uuid", "minLength", 1),
        ("vRouterType", "v_router_type", "enum", ("vbr", "vrouter")),
        ("vRouterUuid", "v_router_uuid", "minLength", 1),
    ),
)

CREATE_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH: Api[
    CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult
] = Api(
    "CreateConnectionBetweenL3NetworkAndAliyunVSwitch",
    "POST",
    "/hybrid/aliyun/connections",
    params=(
        ("cpeIp", "body", None),
        ("description", "body", None),
        ("direction", "body", None),
        ("l3networkUuid", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vbrUuid", "body", None),
        ("vpcUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "cpe_ip",
        "description",
        "direction",
        "l3network_uuid",
        "name",
        "resource_uuid",
        "tag_uuids",
        "vbr_uuid",
        "vpc_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("cpeIp", "direction", "l3networkUuid", "name", "vbrUuid", "vpcUuid"),
    body_key="params",
    since=None,
    result=".models.create_connection_between_l3_network_and_aliyun_v_switch_result:CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult",
    checks=(
        ("cpeIp", "cpe_ip", "minLength", 1),
        ("description", "description", "maxLength", 1024),
        ("direction", "direction", "enum", ("in", "out", "both")),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 128),
    ),
)

CREATE_ECS_IMAGE_FROM_ECS_SNAPSHOT: Api[CreateEcsImageFromEcsSnapshotResult] = Api(
    "CreateEcsImageFromEcsSnapshot",
    "POST",
    "/hybrid/aliyun/image/snapshot",
    params=(
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("snapshotUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "snapshot_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "snapshotUuid"),
    body_key="params",
    since=None,
    result=".models.create_ecs_image_from_ecs_snapshot_result:CreateEcsImageFromEcsSnapshotResult",
    checks=(
        ("description", "description", "minLength", 2),
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$"),
    ),
)

CREATE_ECS_IMAGE_FROM_LOCAL_IMAGE: Api[CreateEcsImageFromLocalImageResult] = Api(
    "CreateEcsImageFromLocalImage",
    "POST",
    "/hybrid/aliyun/image",
    params=(
        ("backupStorageUuid", "body", None),
        ("dataCenterUuid", "body", None),
        ("description", "body", None),
        ("imageUuid", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "backup_storage_uuid",
        "data_center_uuid",
        "description",
        "image_uuid",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid", "imageUuid", "name"),
    body_key="params",
    since=None,
    result=".models.create_ecs_image_from_local_image_result:CreateEcsImageFromLocalImageResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        (
            "name",
            "name",
            "pattern",
            "^(?:[A-Za-z\\u4e00-\\u9fa5]{1}[A-Za-z0-9-_\\u4e00-\\u9fa5]{1,127})$",
        ),
    ),
)

CREATE_ECS_INSTANCE_FROM_ECS_IMAGE: Api[CreateEcsInstanceFromEcsImageResult] = Api(
    "CreateEcsInstanceFromEcsImage",
    "POST",
    "/hybrid/aliyun/ecs",
    params=(
        ("allocatePublicIp", "body", None),
        ("createMode", "body", None),
        ("description", "body", None),
        ("ecsBandWidth", "body", None),
        ("ecsConsolePassword", "body", None),
        ("ecsImageUuid", "body", None),
        ("ecsRootPassword", "body", None),
        ("ecsRootVolumeGBSize", "body", None),
        ("ecsRootVolumeType", "body", None),
        ("ecsSecurityGroupUuid", "body", None),
        ("ecsVSwitchUuid", "body", None),
        ("instanceOfferingUuid", "body", None),
        ("instanceType", "body", None),
        ("name", "body", None),
        ("privateIpAddress", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "allocate_public_ip",
        "create_mode",
        "description",
        "ecs_band_width",
        "ecs_console_password",
        "ecs_image_uuid",
        "ecs_root_password",
        "ecs_root_volume_gb_size",
        "ecs_root_volume_type",
        "ecs_security_group_uuid",
        "ecs_v_switch_uuid",
        "instance_offering_uuid",
        "instance_type",
        "name",
        "private_ip_address",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("ecsImageUuid", "ecsRootPassword", "ecsSecurityGroupUuid", "ecsVSwitchUuid", "name"),
    body_key="params",
    since=None,
    result=".models.create_ecs_instance_from_ecs_image_result:CreateEcsInstanceFromEcsImageResult",
    checks=(
        ("allocatePublicIp", "allocate_public_ip", "enum", ("true", "false")),
        ("createMode", "create_mode", "enum", ("atomic", "permissive")),
        ("description", "description", "minLength", 2),
        ("description", "description", "maxLength", 1024),
        ("ecsBandWidth", "ecs_band_width", "minimum", 1),
        ("ecsBandWidth", "ecs_band_width", "maximum", 200),
        ("ecsConsolePassword", "ecs_console_password", "minLength", 6),
        ("ecsConsolePassword", "ecs_console_password", "maxLength", 6),
        ("ecsConsolePassword", "ecs_console_password", "pattern", "^(?:[A-Za-z0-9]{6})$"),
        ("ecsRootPassword", "ecs_root_password", "minLength", 8),
        ("ecsRootPassword", "ecs_root_password", "maxLength", 30),
        ("ecsRootVolumeGBSize", "ecs_root_volume_gb_size", "minimum", 40),
        ("ecsRootVolumeGBSize", "ecs_root_volume_gb_size", "maximum", 500),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 128),
    ),
)

CREATE_ECS_SECURITY_GROUP_REMOTE: Api[CreateEcsSecurityGroupRemoteResult] = Api(
    "CreateEcsSecurityGroupRemote",
    "POST",
    "/hybrid/aliyun/security-group/remote",
    params=(
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("strategy", "body", None),
        ("tagUuids", "body", None),
        ("vpcUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "strategy",
        "tag_uuids",
        "vpc_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "vpcUuid"),
    body_key="params",
    since=None,
    result=".models.create_ecs_security_group_remote_result:CreateEcsSecurityGroupRemoteResult",
    checks=(
        ("description", "description", "maxLength", 256),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 64),
        ("strategy", "strategy", "enum", ("all", "security", "basic")),
    ),
)

CREATE_ECS_SECURITY_GROUP_RULE_REMOTE: Api[CreateEcsSecurityGroupRuleRemoteResult] = Api(
    "CreateEcsSecurityGroupRuleRemote",
    "POST",
    "/hybrid/aliyun/security-group-rule",
    params=(
        ("cidr", "body", None),
        ("description", "body", None),
        ("direction", "body", None),
        ("groupUuid", "body", None),
        ("nictype", "body", None),
        ("policy", "body", None),
        ("portRange", "body", None),
        ("priority", "body", None),
        ("protocol", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "cidr",
        "description",
        "direction",
        "group_uuid",
        "nictype",
        "policy",
        "port_range",
        "priority",
        "protocol",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("cidr", "direction", "groupUuid", "portRange", "protocol"),
    body_key="params",
    since=None,
    result=".models.create_ecs_security_group_rule_remote_result:CreateEcsSecurityGroupRuleRemoteResult",
    checks=(
        ("cidr", "cidr", "minLength", 1),
        ("description", "description", "maxLength", 256),
        ("portRange", "port_range", "minLength", 1),
        ("priority", "priority", "minimum", 1),
        ("priority", "priority", "maximum", 100),
    ),
)

CREATE_ECS_V_SWITCH_REMOTE: Api[CreateEcsVSwitchRemoteResult] = Api(
    "CreateEcsVSwitchRemote",
    "POST",
    "/hybrid/aliyun/vswitch",
    params=(
        ("cidrBlock", "body", None),
        ("description", "body", None),
        ("identityZoneUuid", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vpcUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "cidr_block",
        "description",
        "identity_zone_uuid",
        "name",
        "resource_uuid",
        "tag_uuids",
        "vpc_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("cidrBlock", "identityZoneUuid", "name", "vpcUuid"),
    body_key="params",
    since=None,
    result=".models.create_ecs_v_switch_remote_result:CreateEcsVSwitchRemoteResult",
    checks=(
        ("cidrBlock", "cidr_block", "minLength", 1),
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9-]+$"),
    ),
)

CREATE_ECS_VPC_REMOTE: Api[CreateEcsVpcRemoteResult] = Api(
    "CreateEcsVpcRemote",
    "POST",
    "/hybrid/aliyun/vpc",
    params=(
        ("cidrBlock", "body", None),
        ("dataCenterUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vRouterName", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "cidr_block",
        "data_center_uuid",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "v_router_name",
        "system_tags",
        "user_tags",
    ),
    required=("cidrBlock", "dataCenterUuid", "name", "vRouterName"),
    body_key="params",
    since=None,
    result=".models.create_ecs_vpc_remote_result:CreateEcsVpcRemoteResult",
    checks=(
        ("cidrBlock", "cidr_block", "minLength", 1),
        ("description", "description", "maxLength", 256),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 64),
        ("vRouterName", "v_router_name", "pattern", "^(?:[A-Za-z]{1}[A-Za-z0-9-_]{1,127})$"),
    ),
)

CREATE_HYBRID_EIP: Api[CreateHybridEipResult] = Api(
    "CreateHybridEip",
    "POST",
    "/hybrid/eip",
    params=(
        ("bandWidthMb", "body", None),
        ("chargeType", "body", None),
        ("dataCenterUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "band_width_mb",
        "charge_type",
        "data_center_uuid",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("bandWidthMb", "chargeType", "dataCenterUuid", "name", "type"),
    body_key="params",
    since=None,
    result=".models.create_hybrid_eip_result:CreateHybridEipResult",
    checks=(
        ("bandWidthMb", "band_width_mb", "minimum", 1),
        ("bandWidthMb", "band_width_mb", "maximum", 200),
        ("chargeType", "charge_type", "enum", ("PayByTraffic",)),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 128),
        ("type", "type", "enum", ("aliyun",)),
    ),
)

CREATE_OSS_BACKUP_BUCKET_REMOTE: Api[CreateOssBackupBucketRemoteResult] = Api(
    "CreateOssBackupBucketRemote",
    "POST",
    "/hybrid/backup-mysql/oss",
    params=(
        ("ossDomain", "body", None),
        ("ossKey", "body", None),
        ("ossSecret", "body", None),
        ("regionId", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "oss_domain",
        "oss_key",
        "oss_secret",
        "region_id",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("regionId",),
    body_key="params",
    since=None,
    result=".models.create_oss_backup_bucket_remote_result:CreateOssBackupBucketRemoteResult",
    checks=(
        ("ossDomain", "oss_domain", "maxLength", 127),
        ("ossKey", "oss_key", "maxLength", 127),
        ("ossSecret", "oss_secret", "maxLength", 127),
        ("regionId", "region_id", "minLength", 1),
    ),
)

CREATE_OSS_BUCKET_REMOTE: Api[CreateOssBucketRemoteResult] = Api(
    "CreateOssBucketRemote",
    "POST",
    "/hybrid/aliyun/oss-bucket/remote",
    params=(
        ("bucketName", "body", None),
        ("dataCenterUuid", "body", None),
        ("description", "body", None),
        ("ossDomain", "body", None),
        ("ossKey", "body", None),
        ("ossSecret", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "bucket_name",
        "data_center_uuid",
        "description",
        "oss_domain",
        "oss_key",
        "oss_secret",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("bucketName", "dataCenterUuid"),
    body_key="params",
    since=None,
    result=".models.create_oss_bucket_remote_result:CreateOssBucketRemoteResult",
    checks=(
        ("bucketName", "bucket_name", "minLength", 1),
        ("bucketName", "bucket_name", "maxLength", 128),
        ("description", "description", "maxLength", 1024),
        ("ossDomain", "oss_domain", "maxLength", 256),
        ("ossKey", "oss_key", "maxLength", 127),
        ("ossSecret", "oss_secret", "maxLength", 127),
    ),
)

CREATE_VPC_USER_VPN_GATEWAY_REMOTE: Api[CreateVpcUserVpnGatewayRemoteResult] = Api(
    "CreateVpcUserVpnGatewayRemote",
    "POST",
    "/hybrid/user-vpn",
    params=(
        ("dataCenterUuid", "body", None),
        ("description", "body", None),
        ("ip", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "description",
        "ip",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid", "ip", "name"),
    body_key="params",
    since=None,
    result=".models.create_vpc_user_vpn_gateway_remote_result:CreateVpcUserVpnGatewayRemoteResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("ip", "ip", "minLength", 1),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9-]+$"),
    ),
)

CREATE_VPC_VPN_CONNECTION_REMOTE: Api[CreateVpcVpnConnectionRemoteResult] = Api(
    "CreateVpcVpnConnectionRemote",
    "POST",
    "/hybrid/vpn-connection",
    params=(
        ("active", "body", None),
        ("ikeConfUuid", "body", None),
        ("ipsecConfUuid", "body", None),
        ("localCidr", "body", None),
        ("name", "body", None),
        ("remoteCidr", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("userGatewayUuid", "body", None),
        ("vpnGatewayUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "active",
        "ike_conf_uuid",
        "ipsec_conf_uuid",
        "local_cidr",
        "name",
        "remote_cidr",
        "resource_uuid",
        "tag_uuids",
        "user_gateway_uuid",
        "vpn_gateway_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "active",
        "ikeConfUuid",
        "ipsecConfUuid",
        "localCidr",
        "name",
        "remoteCidr",
        "userGatewayUuid",
        "vpnGatewayUuid",
    ),
    body_key="params",
    since=None,
    result=".models.create_vpc_vpn_connection_remote_result:CreateVpcVpnConnectionRemoteResult",
    checks=(
        ("localCidr", "local_cidr", "minLength", 1),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 64),
        ("remoteCidr", "remote_cidr", "minLength", 1),
    ),
)

CREATE_VPN_IKE_CONFIG: Api[CreateVpnIkeConfigResult] = Api(
    "CreateVpnIkeConfig",
    "POST",
    "/hybrid/vpn-connection/ike",
    params=(
        ("authAlg", "body", None),
        ("description", "body", None),
        ("encAlg", "body", None),
        ("lifetime", "body", None),
        ("localIp", "body", None),
        ("mode", "body", None),
        ("name", "body", None),
        ("pfs", "body", None),
        ("psk", "body", None),
        ("remoteIp", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("version", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "auth_alg",
        "description",
        "enc_alg",
        "lifetime",
        "local_ip",
        "mode",
        "name",
        "pfs",
        "psk",
        "remote_ip",
        "resource_uuid",
        "tag_uuids",
        "version",
        "system_tags",
        "user_tags",
    ),
    required=("localIp", "name", "psk", "remoteIp"),
    body_key="params",
    since=None,
    result=".models.create_vpn_ike_config_result:CreateVpnIkeConfigResult",
    checks=(
        ("authAlg", "auth_alg", "enum", ("md5", "sha1")),
        ("description", "description", "maxLength", 1024),
        ("encAlg", "enc_alg", "enum", ("3des", "aes-128", "aes-192", "aes-256", "des")),
        ("lifetime", "lifetime", "minimum", 60),
        ("lifetime", "lifetime", "maximum", 86400),
        ("localIp", "local_ip", "minLength", 1),
        ("mode", "mode", "enum", ("main", "aggressive")),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 64),
        ("pfs", "pfs", "enum", ("disabled", "group1", "group2", "group5", "group14", "group24")),
        ("psk", "psk", "minLength", 1),
        ("psk", "psk", "maxLength", 32),
        ("remoteIp", "remote_ip", "minLength", 1),
        ("version", "version", "enum", ("ikev1", "ikev2")),
    ),
)

CREATE_VPN_IPSEC_CONFIG: Api[CreateVpnIpsecConfigResult] = Api(
    "CreateVpnIpsecConfig",
    "POST",
    "/hybrid/vpn-connection/ipsec",
    params=(
        ("authAlg", "body", None),
        ("description", "body", None),
        ("encAlg", "body", None),
        ("lifetime", "body", None),
        ("name", "body", None),
        ("pfs", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "auth_alg",
        "description",
        "enc_alg",
        "lifetime",
        "name",
        "pfs",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since=None,
    result=".models.create_vpn_ipsec_config_result:CreateVpnIpsecConfigResult",
    checks=(
        ("authAlg", "auth_alg", "enum", ("md5", "sha1")),
        ("description", "description", "maxLength", 1024),
        ("encAlg", "enc_alg", "enum", ("3des", "aes-128", "aes-192", "aes-256", "des")),
        ("lifetime", "lifetime", "minimum", 60),
        ("lifetime", "lifetime", "maximum", 86400),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 64),
        ("pfs", "pfs", "enum", ("disabled", "group1", "group2", "group5", "group14", "group24")),
    ),
)

DELETE_ALIYUN_DISK_FROM_LOCAL: Api[DeleteAliyunDiskFromLocalResult] = Api(
    "DeleteAliyunDiskFromLocal",
    "DELETE",
    "/hybrid/aliyun/disk/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_disk_from_local_result:DeleteAliyunDiskFromLocalResult",
)

DELETE_ALIYUN_DISK_FROM_REMOTE: Api[DeleteAliyunDiskFromRemoteResult] = Api(
    "DeleteAliyunDiskFromRemote",
    "DELETE",
    "/hybrid/aliyun/disk/{uuid}/remote",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_disk_from_remote_result:DeleteAliyunDiskFromRemoteResult",
)

DELETE_ALIYUN_KEY_SECRET: Api[DeleteAliyunKeySecretResult] = Api(
    "DeleteAliyunKeySecret",
    "DELETE",
    "/hybrid/aliyun/key/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_key_secret_result:DeleteAliyunKeySecretResult",
)

DELETE_ALIYUN_ROUTE_ENTRY_REMOTE: Api[DeleteAliyunRouteEntryRemoteResult] = Api(
    "DeleteAliyunRouteEntryRemote",
    "DELETE",
    "/hybrid/aliyun/route-entry/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_route_entry_remote_result:DeleteAliyunRouteEntryRemoteResult",
)

DELETE_ALIYUN_ROUTER_INTERFACE_LOCAL: Api[DeleteAliyunRouterInterfaceLocalResult] = Api(
    "DeleteAliyunRouterInterfaceLocal",
    "DELETE",
    "/hybrid/aliyun/router-interface/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_router_interface_local_result:DeleteAliyunRouterInterfaceLocalResult",
)

DELETE_ALIYUN_ROUTER_INTERFACE_REMOTE: Api[DeleteAliyunRouterInterfaceRemoteResult] = Api(
    "DeleteAliyunRouterInterfaceRemote",
    "DELETE",
    "/hybrid/aliyun/router-interface/remote/{uuid}",
    params=(
        ("uuid", "path", None),
        ("vRouterType", "query", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "v_router_type", "delete_mode", "system_tags", "user_tags"),
    required=("uuid", "vRouterType"),
    since=None,
    result=".models.delete_aliyun_router_interface_remote_result:DeleteAliyunRouterInterfaceRemoteResult",
    checks=(("vRouterType", "v_router_type", "enum", ("vrouter", "vbr")),),
)

DELETE_ALIYUN_SNAPSHOT_FROM_LOCAL: Api[DeleteAliyunSnapshotFromLocalResult] = Api(
    "DeleteAliyunSnapshotFromLocal",
    "DELETE",
    "/hybrid/aliyun/snapshot/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_snapshot_from_local_result:DeleteAliyunSnapshotFromLocalResult",
)

DELETE_ALIYUN_SNAPSHOT_FROM_REMOTE: Api[DeleteAliyunSnapshotFromRemoteResult] = Api(
    "DeleteAliyunSnapshotFromRemote",
    "DELETE",
    "/hybrid/aliyun/snapshot/{uuid}/remote",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_snapshot_from_remote_result:DeleteAliyunSnapshotFromRemoteResult",
)

DELETE_ALL_ECS_INSTANCES_FROM_DATA_CENTER: Api[DeleteAllEcsInstancesFromDataCenterResult] = Api(
    "DeleteAllEcsInstancesFromDataCenter",
    "DELETE",
    "/hybrid/aliyun/dc-ecs/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_all_ecs_instances_from_data_center_result:DeleteAllEcsInstancesFromDataCenterResult",
)

DELETE_BACKUP_FILE_IN_PUBLIC: Api[DeleteBackupFileInPublicResult] = Api(
    "DeleteBackupFileInPublic",
    "DELETE",
    "/hybrid/backup-mysql",
    params=(
        ("type", "query", None),
        ("regionId", "query", None),
        ("file", "query", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("type", "region_id", "file", "delete_mode", "system_tags", "user_tags"),
    required=("type", "regionId", "file"),
    since=None,
    result=".models.delete_backup_file_in_public_result:DeleteBackupFileInPublicResult",
    checks=(
        ("type", "type", "enum", ("aliyun",)),
        ("regionId", "region_id", "minLength", 1),
        ("file", "file", "minLength", 1),
    ),
)

DELETE_CONNECTION_ACCESS_POINT_LOCAL: Api[DeleteConnectionAccessPointLocalResult] = Api(
    "DeleteConnectionAccessPointLocal",
    "DELETE",
    "/hybrid/aliyun/access-point/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_connection_access_point_local_result:DeleteConnectionAccessPointLocalResult",
)

DELETE_CONNECTION_BETWEEN_L3_NET_WORK_AND_ALIYUN_V_SWITCH: Api[
    DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult
] = Api(
    "DeleteConnectionBetweenL3NetWorkAndAliyunVSwitch",
    "DELETE",
    "/hybrid/aliyun/connections/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_connection_between_l3_net_work_and_aliyun_v_switch_result:DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult",
)

DELETE_DATA_CENTER_IN_LOCAL: Api[DeleteDataCenterInLocalResult] = Api(
    "DeleteDataCenterInLocal",
    "DELETE",
    "/hybrid/data-center/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_data_center_in_local_result:DeleteDataCenterInLocalResult",
)

DELETE_ECS_IMAGE_LOCAL: Api[DeleteEcsImageLocalResult] = Api(
    "DeleteEcsImageLocal",
    "DELETE",
    "/hybrid/aliyun/image/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_image_local_result:DeleteEcsImageLocalResult",
)

DELETE_ECS_IMAGE_REMOTE: Api[DeleteEcsImageRemoteResult] = Api(
    "DeleteEcsImageRemote",
    "DELETE",
    "/hybrid/aliyun/image/remote/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_image_remote_result:DeleteEcsImageRemoteResult",
)

DELETE_ECS_INSTANCE: Api[DeleteEcsInstanceResult] = Api(
    "DeleteEcsInstance",
    "DELETE",
    "/hybrid/aliyun/ecs/{uuid}/remote",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_instance_result:DeleteEcsInstanceResult",
)

DELETE_ECS_INSTANCE_LOCAL: Api[DeleteEcsInstanceLocalResult] = Api(
    "DeleteEcsInstanceLocal",
    "DELETE",
    "/hybrid/aliyun/ecs/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_instance_local_result:DeleteEcsInstanceLocalResult",
)

DELETE_ECS_SECURITY_GROUP_IN_LOCAL: Api[DeleteEcsSecurityGroupInLocalResult] = Api(
    "DeleteEcsSecurityGroupInLocal",
    "DELETE",
    "/hybrid/aliyun/security-group/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_security_group_in_local_result:DeleteEcsSecurityGroupInLocalResult",
)

DELETE_ECS_SECURITY_GROUP_REMOTE: Api[DeleteEcsSecurityGroupRemoteResult] = Api(
    "DeleteEcsSecurityGroupRemote",
    "DELETE",
    "/hybrid/aliyun/security-group/remote/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_security_group_remote_result:DeleteEcsSecurityGroupRemoteResult",
)

DELETE_ECS_SECURITY_GROUP_RULE_REMOTE: Api[DeleteEcsSecurityGroupRuleRemoteResult] = Api(
    "DeleteEcsSecurityGroupRuleRemote",
    "DELETE",
    "/hybrid/aliyun/security-group-rule/remote/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_security_group_rule_remote_result:DeleteEcsSecurityGroupRuleRemoteResult",
)

DELETE_ECS_V_SWITCH_IN_LOCAL: Api[DeleteEcsVSwitchInLocalResult] = Api(
    "DeleteEcsVSwitchInLocal",
    "DELETE",
    "/hybrid/aliyun/vswitch/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_v_switch_in_local_result:DeleteEcsVSwitchInLocalResult",
)

DELETE_ECS_V_SWITCH_REMOTE: Api[DeleteEcsVSwitchRemoteResult] = Api(
    "DeleteEcsVSwitchRemote",
    "DELETE",
    "/hybrid/aliyun/vswitch/remote/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_v_switch_remote_result:DeleteEcsVSwitchRemoteResult",
)

DELETE_ECS_VPC_IN_LOCAL: Api[DeleteEcsVpcInLocalResult] = Api(
    "DeleteEcsVpcInLocal",
    "DELETE",
    "/hybrid/aliyun/vpc/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_vpc_in_local_result:DeleteEcsVpcInLocalResult",
)

DELETE_ECS_VPC_REMOTE: Api[DeleteEcsVpcRemoteResult] = Api(
    "DeleteEcsVpcRemote",
    "DELETE",
    "/hybrid/aliyun/vpc/remote/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ecs_vpc_remote_result:DeleteEcsVpcRemoteResult",
)

DELETE_HYBRID_EIP_FROM_LOCAL: Api[DeleteHybridEipFromLocalResult] = Api(
    "DeleteHybridEipFromLocal",
    "DELETE",
    "/hybrid/eip/{uuid}",
    params=(
        ("uuid", "path", None),
        ("type", "query", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "type", "delete_mode", "system_tags", "user_tags"),
    required=("uuid", "type"),
    since=None,
    result=".models.delete_hybrid_eip_from_local_result:DeleteHybridEipFromLocalResult",
    checks=(("type", "type", "enum", ("aliyun",)),),
)

DELETE_HYBRID_EIP_REMOTE: Api[DeleteHybridEipRemoteResult] = Api(
    "DeleteHybridEipRemote",
    "DELETE",
    "/hybrid/eip/{uuid}/remote",
    params=(
        ("uuid", "path", None),
        ("type", "query", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "type", "delete_mode", "system_tags", "user_tags"),
    required=("uuid", "type"),
    since=None,
    result=".models.delete_hybrid_eip_remote_result:DeleteHybridEipRemoteResult",
    checks=(("type", "type", "enum", ("aliyun",)),),
)

DELETE_HYBRID_KEY_SECRET: Api[DeleteHybridKeySecretResult] = Api(
    "DeleteHybridKeySecret",
    "DELETE",
    "/hybrid/hybrid/key/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_hybrid_key_secret_result:DeleteHybridKeySecretResult",
)

DELETE_IDENTITY_ZONE_IN_LOCAL: Api[DeleteIdentityZoneInLocalResult] = Api(
    "DeleteIdentityZoneInLocal",
    "DELETE",
    "/hybrid/identity-zone/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_identity_zone_in_local_result:DeleteIdentityZoneInLocalResult",
)

DELETE_OSS_BUCKET_FILE_REMOTE: Api[DeleteOssBucketFileRemoteResult] = Api(
    "DeleteOssBucketFileRemote",
    "DELETE",
    "/hybrid/aliyun/oss-bucket-file/remote/{uuid}",
    params=(
        ("uuid", "path", None),
        ("fileName", "query", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "file_name", "delete_mode", "system_tags", "user_tags"),
    required=("uuid", "fileName"),
    since=None,
    result=".models.delete_oss_bucket_file_remote_result:DeleteOssBucketFileRemoteResult",
)

DELETE_OSS_BUCKET_NAME_LOCAL: Api[DeleteOssBucketNameLocalResult] = Api(
    "DeleteOssBucketNameLocal",
    "DELETE",
    "/hybrid/aliyun/oss-bucket/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_oss_bucket_name_local_result:DeleteOssBucketNameLocalResult",
)

DELETE_OSS_BUCKET_REMOTE: Api[DeleteOssBucketRemoteResult] = Api(
    "DeleteOssBucketRemote",
    "DELETE",
    "/hybrid/aliyun/oss-bucket/remote/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_oss_bucket_remote_result:DeleteOssBucketRemoteResult",
)

DELETE_VIRTUAL_BORDER_ROUTER_LOCAL: Api[DeleteVirtualBorderRouterLocalResult] = Api(
    "DeleteVirtualBorderRouterLocal",
    "DELETE",
    "/hybrid/aliyun/border-router/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_virtual_border_router_local_result:DeleteVirtualBorderRouterLocalResult",
)

DELETE_VIRTUAL_ROUTER_LOCAL: Api[DeleteVirtualRouterLocalResult] = Api(
    "DeleteVirtualRouterLocal",
    "DELETE",
    "/hybrid/aliyun/vrouter/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_virtual_router_local_result:DeleteVirtualRouterLocalResult",
)

DELETE_VPC_IKE_CONFIG_LOCAL: Api[DeleteVpcIkeConfigLocalResult] = Api(
    "DeleteVpcIkeConfigLocal",
    "DELETE",
    "/hybrid/vpn-connection/ike/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_vpc_ike_config_local_result:DeleteVpcIkeConfigLocalResult",
)

DELETE_VPC_IP_SEC_CONFIG_LOCAL: Api[DeleteVpcIpSecConfigLocalResult] = Api(
    "DeleteVpcIpSecConfigLocal",
    "DELETE",
    "/hybrid/vpn-connection/ipsec/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_vpc_ip_sec_config_local_result:DeleteVpcIpSecConfigLocalResult",
)

DELETE_VPC_USER_VPN_GATEWAY_LOCAL: Api[DeleteVpcUserVpnGatewayLocalResult] = Api(
    "DeleteVpcUserVpnGatewayLocal",
    "DELETE",
    "/hybrid/user-gateway/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_vpc_user_vpn_gateway_local_result:DeleteVpcUserVpnGatewayLocalResult",
)

DELETE_VPC_USER_VPN_GATEWAY_REMOTE: Api[DeleteVpcUserVpnGatewayRemoteResult] = Api(
    "DeleteVpcUserVpnGatewayRemote",
    "DELETE",
    "/hybrid/user-gateway/{uuid}/remote",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_vpc_user_vpn_gateway_remote_result:DeleteVpcUserVpnGatewayRemoteResult",
)

DELETE_VPC_VPN_CONNECTION_LOCAL: Api[DeleteVpcVpnConnectionLocalResult] = Api(
    "DeleteVpcVpnConnectionLocal",
    "DELETE",
    "/hybrid/vpn-connection/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_vpc_vpn_connection_local_result:DeleteVpcVpnConnectionLocalResult",
)

DELETE_VPC_VPN_CONNECTION_REMOTE: Api[DeleteVpcVpnConnectionRemoteResult] = Api(
    "DeleteVpcVpnConnectionRemote",
    "DELETE",
    "/hybrid/vpn-connection/{uuid}/remote",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_vpc_vpn_connection_remote_result:DeleteVpcVpnConnectionRemoteResult",
)

DELETE_VPC_VPN_GATEWAY_LOCAL: Api[DeleteVpcVpnGatewayLocalResult] = Api(
    "DeleteVpcVpnGatewayLocal",
    "DELETE",
    "/hybrid/vpn-gateway/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_vpc_vpn_gateway_local_result:DeleteVpcVpnGatewayLocalResult",
)

DETACH_ALIYUN_DISK_FROM_ECS: Api[DetachAliyunDiskFromEcsResult] = Api(
    "DetachAliyunDiskFromEcs",
    "POST",
    "/hybrid/aliyun/disk/{uuid}/detach",
    params=(
        ("uuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.detach_aliyun_disk_from_ecs_result:DetachAliyunDiskFromEcsResult",
)

DETACH_ALIYUN_KEY: Api[DetachAliyunKeyResult] = Api(
    "DetachAliyunKey",
    "PUT",
    "/hybrid/aliyun/key/{uuid}/detach",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="detachAliyunKey",
    since=None,
    result=".models.detach_aliyun_key_result:DetachAliyunKeyResult",
)

DETACH_HYBRID_EIP_FROM_ECS: Api[DetachHybridEipFromEcsResult] = Api(
    "DetachHybridEipFromEcs",
    "POST",
    "/hybrid/eip/{eipUuid}/detach",
    params=(
        ("eipUuid", "path", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("eip_uuid", "type", "system_tags", "user_tags"),
    required=("eipUuid", "type"),
    body_key="params",
    since=None,
    result=".models.detach_hybrid_eip_from_ecs_result:DetachHybridEipFromEcsResult",
    checks=(("type", "type", "enum", ("aliyun",)),),
)

DETACH_HYBRID_KEY: Api[DetachHybridKeyResult] = Api(
    "DetachHybridKey",
    "PUT",
    "/hybrid/hybrid/key/{uuid}/detach",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="detachHybridKey",
    since=None,
    result=".models.detach_hybrid_key_result:DetachHybridKeyResult",
)

DETACH_OSS_BUCKET_FROM_ECS_DATA_CENTER: Api[DetachOssBucketFromEcsDataCenterResult] = Api(
    "DetachOssBucketFromEcsDataCenter",
    "PUT",
    "/hybrid/aliyun/oss-bucket/{ossBucketUuid}/detach",
    params=(
        ("ossBucketUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("oss_bucket_uuid", "system_tags", "user_tags"),
    required=("ossBucketUuid",),
    body_key="detachOssBucketFromEcsDataCenter",
    since=None,
    result=".models.detach_oss_bucket_from_ecs_data_center_result:DetachOssBucketFromEcsDataCenterResult",
)

DOWNLOAD_BACKUP_FILE_FROM_PUBLIC_CLOUD: Api[DownloadBackupFileFromPublicCloudResult] = Api(
    "DownloadBackupFileFromPublicCloud",
    "POST",
    "/hybrid/backup-mysql/download",
    params=(
        ("file", "body", None),
        ("regionId", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("file", "region_id", "type", "system_tags", "user_tags"),
    required=("file", "regionId", "type"),
    body_key="params",
    since=None,
    result=".models.download_backup_file_from_public_cloud_result:DownloadBackupFileFromPublicCloudResult",
    checks=(
        ("file", "file", "minLength", 1),
        ("regionId", "region_id", "minLength", 1),
        ("type", "type", "enum", ("aliyun",)),
    ),
)

GC_ALIYUN_SNAPSHOT_REMOTE: Api[GCAliyunSnapshotRemoteResult] = Api(
    "GCAliyunSnapshotRemote",
    "POST",
    "/hybrid/aliyun/snapshot/{dataCenterUuid}/gc",
    params=(
        ("dataCenterUuid", "path", None),
        ("deleteMode", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("data_center_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    body_key="params",
    since=None,
    result=".models.gc_aliyun_snapshot_remote_result:GCAliyunSnapshotRemoteResult",
)

GET_CONNECTION_ACCESS_POINT_FROM_REMOTE: Api[GetConnectionAccessPointFromRemoteResult] = Api(
    "GetConnectionAccessPointFromRemote",
    "GET",
    "/hybrid/aliyun/access-point{dataCenterUuid}/remote",
    params=(
        ("dataCenterUuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("data_center_uuid", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    since=None,
    result=".models.get_connection_access_point_from_remote_result:GetConnectionAccessPointFromRemoteResult",
)

GET_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH: Api[
    GetConnectionBetweenL3NetworkAndAliyunVSwitchResult
] = Api(
    "GetConnectionBetweenL3NetworkAndAliyunVSwitch",
    "POST",
    "/hybrid/aliyun/relationships",
    params=(
        ("resourceType", "body", None),
        ("uuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("resource_type", "uuid", "system_tags", "user_tags"),
    required=("resourceType", "uuid"),
    body_key="params",
    since=None,
    result=".models.get_connection_between_l3_network_and_aliyun_v_switch_result:GetConnectionBetweenL3NetworkAndAliyunVSwitchResult",
    checks=(("resourceType", "resource_type", "enum", ("l3network", "vroutervm", "vbr", "vpc")),),
)

GET_CREATE_ECS_IMAGE_PROGRESS: Api[GetCreateEcsImageProgressResult] = Api(
    "GetCreateEcsImageProgress",
    "GET",
    "/hybrid/aliyun/image/{dataCenterUuid}/{imageUuid}/progress",
    params=(
        ("dataCenterUuid", "path", None),
        ("imageUuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("data_center_uuid", "image_uuid", "system_tags", "user_tags"),
    required=("dataCenterUuid", "imageUuid"),
    since=None,
    result=".models.get_create_ecs_image_progress_result:GetCreateEcsImageProgressResult",
)

GET_DATA_CENTER_FROM_REMOTE: Api[GetDataCenterFromRemoteResult] = Api(
    "GetDataCenterFromRemote",
    "GET",
    "/hybrid/data-center/remote",
    params=(
        ("type", "query", None),
        ("endpoint", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("type", "endpoint", "system_tags", "user_tags"),
    required=("type",),
    since=None,
    result=".models.get_data_center_from_remote_result:GetDataCenterFromRemoteResult",
)

GET_ECS_INSTANCE_TYPE: Api[GetEcsInstanceTypeResult] = Api(
    "GetEcsInstanceType",
    "GET",
    "/hybrid/ecs/type",
    params=(
        ("identityZoneUuid", "query", None),
        ("ecsImageUuid", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("identity_zone_uuid", "ecs_image_uuid", "system_tags", "user_tags"),
    required=("identityZoneUuid",),
    since=None,
    result=".models.get_ecs_instance_type_result:GetEcsInstanceTypeResult",
)

GET_ECS_INSTANCE_VNC_URL: Api[GetEcsInstanceVncUrlResult] = Api(
    "GetEcsInstanceVncUrl",
    "GET",
    "/hybrid/aliyun/ecs-vnc/{uuid}",
    params=(
        ("uuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.get_ecs_instance_vnc_url_result:GetEcsInstanceVncUrlResult",
)

GET_IDENTITY_ZONE_FROM_REMOTE: Api[GetIdentityZoneFromRemoteResult] = Api(
    "GetIdentityZoneFromRemote",
    "GET",
    "/hybrid/identity-zone/remote",
    params=(
        ("type", "query", None),
        ("dataCenterUuid", "query", None),
        ("regionId", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("type", "data_center_uuid", "region_id", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    since=None,
    result=".models.get_identity_zone_from_remote_result:GetIdentityZoneFromRemoteResult",
)

GET_OSS_BACKUP_BUCKET_FROM_REMOTE: Api[GetOssBackupBucketFromRemoteResult] = Api(
    "GetOssBackupBucketFromRemote",
    "GET",
    "/hybrid/backup-mysql/oss",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_oss_backup_bucket_from_remote_result:GetOssBackupBucketFromRemoteResult",
)

GET_OSS_BUCKET_FILE_FROM_REMOTE: Api[GetOssBucketFileFromRemoteResult] = Api(
    "GetOssBucketFileFromRemote",
    "GET",
    "/hybrid/oss/file/remote",
    params=(
        ("uuid", "query", None),
        ("ossDomain", "query", None),
        ("ossKey", "query", None),
        ("ossSecret", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "oss_domain", "oss_key", "oss_secret", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.get_oss_bucket_file_from_remote_result:GetOssBucketFileFromRemoteResult",
    checks=(
        ("ossDomain", "oss_domain", "maxLength", 127),
        ("ossKey", "oss_key", "maxLength", 127),
        ("ossSecret", "oss_secret", "maxLength", 127),
    ),
)

GET_OSS_BUCKET_NAME_FROM_REMOTE: Api[GetOssBucketNameFromRemoteResult] = Api(
    "GetOssBucketNameFromRemote",
    "GET",
    "/hybrid/oss/{dataCenterUuid}/remote",
    params=(
        ("dataCenterUuid", "path", None),
        ("ossDomain", "query", None),
        ("ossKey", "query", None),
        ("ossSecret", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("data_center_uuid", "oss_domain", "oss_key", "oss_secret", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    since=None,
    result=".models.get_oss_bucket_name_from_remote_result:GetOssBucketNameFromRemoteResult",
    checks=(
        ("ossDomain", "oss_domain", "maxLength", 256),
        ("ossKey", "oss_key", "maxLength", 127),
        ("ossSecret", "oss_secret", "maxLength", 127),
    ),
)

GET_VPC_VPN_CONFIGURATION_FROM_REMOTE: Api[GetVpcVpnConfigurationFromRemoteResult] = Api(
    "GetVpcVpnConfigurationFromRemote",
    "GET",
    "/hybrid/vpn-conf/{uuid}/remote",
    params=(
        ("uuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.get_vpc_vpn_configuration_from_remote_result:GetVpcVpnConfigurationFromRemoteResult",
)

QUERY_ALIYUN_DISK_FROM_LOCAL: Api[QueryAliyunDiskFromLocalResult] = Api(
    "QueryAliyunDiskFromLocal",
    "GET",
    "/hybrid/aliyun/disk",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_disk_from_local_result:QueryAliyunDiskFromLocalResult",
    query=True,
)

QUERY_ALIYUN_ROUTE_ENTRY_FROM_LOCAL: Api[QueryAliyunRouteEntryFromLocalResult] = Api(
    "QueryAliyunRouteEntryFromLocal",
    "GET",
    "/hybrid/aliyun/route-entry",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_route_entry_from_local_result:QueryAliyunRouteEntryFromLocalResult",
    query=True,
)

QUERY_ALIYUN_ROUTER_INTERFACE_FROM_LOCAL: Api[QueryAliyunRouterInterfaceFromLocalResult] = Api(
    "QueryAliyunRouterInterfaceFromLocal",
    "GET",
    "/hybrid/aliyun/router-interface",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_router_interface_from_local_result:QueryAliyunRouterInterfaceFromLocalResult",
    query=True,
)

QUERY_ALIYUN_SNAPSHOT_FROM_LOCAL: Api[QueryAliyunSnapshotFromLocalResult] = Api(
    "QueryAliyunSnapshotFromLocal",
    "GET",
    "/hybrid/aliyun/snapshot",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_snapshot_from_local_result:QueryAliyunSnapshotFromLocalResult",
    query=True,
)

QUERY_ALIYUN_VIRTUAL_ROUTER_FROM_LOCAL: Api[QueryAliyunVirtualRouterFromLocalResult] = Api(
    "QueryAliyunVirtualRouterFromLocal",
    "GET",
    "/hybrid/aliyun/vrouter",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_virtual_router_from_local_result:QueryAliyunVirtualRouterFromLocalResult",
    query=True,
)

QUERY_CONNECTION_ACCESS_POINT_FROM_LOCAL: Api[QueryConnectionAccessPointFromLocalResult] = Api(
    "QueryConnectionAccessPointFromLocal",
    "GET",
    "/hybrid/aliyun/access-point",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_connection_access_point_from_local_result:QueryConnectionAccessPointFromLocalResult",
    query=True,
)

QUERY_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH: Api[
    QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult
] = Api(
    "QueryConnectionBetweenL3NetworkAndAliyunVSwitch",
    "GET",
    "/hybrid/aliyun/relationships",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_connection_between_l3_network_and_aliyun_v_switch_result:QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult",
    query=True,
)

QUERY_DATA_CENTER_FROM_LOCAL: Api[QueryDataCenterFromLocalResult] = Api(
    "QueryDataCenterFromLocal",
    "GET",
    "/hybrid/data-center",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_data_center_from_local_result:QueryDataCenterFromLocalResult",
    query=True,
)

QUERY_ECS_IMAGE_FROM_LOCAL: Api[QueryEcsImageFromLocalResult] = Api(
    "QueryEcsImageFromLocal",
    "GET",
    "/hybrid/aliyun/image",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_ecs_image_from_local_result:QueryEcsImageFromLocalResult",
    query=True,
)

QUERY_ECS_INSTANCE_FROM_LOCAL: Api[QueryEcsInstanceFromLocalResult] = Api(
    "QueryEcsInstanceFromLocal",
    "GET",
    "/hybrid/aliyun/ecs",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_ecs_instance_from_local_result:QueryEcsInstanceFromLocalResult",
    query=True,
)

QUERY_ECS_SECURITY_GROUP_FROM_LOCAL: Api[QueryEcsSecurityGroupFromLocalResult] = Api(
    "QueryEcsSecurityGroupFromLocal",
    "GET",
    "/hybrid/aliyun/security-group",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_ecs_security_group_from_local_result:QueryEcsSecurityGroupFromLocalResult",
    query=True,
)

QUERY_ECS_SECURITY_GROUP_RULE_FROM_LOCAL: Api[QueryEcsSecurityGroupRuleFromLocalResult] = Api(
    "QueryEcsSecurityGroupRuleFromLocal",
    "GET",
    "/hybrid/aliyun/security-group-rule",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_ecs_security_group_rule_from_local_result:QueryEcsSecurityGroupRuleFromLocalResult",
    query=True,
)

QUERY_ECS_V_SWITCH_FROM_LOCAL: Api[QueryEcsVSwitchFromLocalResult] = Api(
    "QueryEcsVSwitchFromLocal",
    "GET",
    "/hybrid/aliyun/vswitch",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_ecs_v_switch_from_local_result:QueryEcsVSwitchFromLocalResult",
    query=True,
)

QUERY_ECS_VPC_FROM_LOCAL: Api[QueryEcsVpcFromLocalResult] = Api(
    "QueryEcsVpcFromLocal",
    "GET",
    "/hybrid/aliyun/vpc",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_ecs_vpc_from_local_result:QueryEcsVpcFromLocalResult",
    query=True,
)

QUERY_HYBRID_EIP_FROM_LOCAL: Api[QueryHybridEipFromLocalResult] = Api(
    "QueryHybridEipFromLocal",
    "GET",
    "/hybrid/eip",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_hybrid_eip_from_local_result:QueryHybridEipFromLocalResult",
    query=True,
)

QUERY_HYBRID_KEY_SECRET: Api[QueryHybridKeySecretResult] = Api(
    "QueryHybridKeySecret",
    "GET",
    "/hybrid/hybrid/key",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_hybrid_key_secret_result:QueryHybridKeySecretResult",
    query=True,
)

QUERY_IDENTITY_ZONE_FROM_LOCAL: Api[QueryIdentityZoneFromLocalResult] = Api(
    "QueryIdentityZoneFromLocal",
    "GET",
    "/hybrid/identity-zone",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_identity_zone_from_local_result:QueryIdentityZoneFromLocalResult",
    query=True,
)

QUERY_OSS_BUCKET_FILE_NAME: Api[QueryOssBucketFileNameResult] = Api(
    "QueryOssBucketFileName",
    "GET",
    "/hybrid/aliyun/oss-bucket",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_oss_bucket_file_name_result:QueryOssBucketFileNameResult",
    query=True,
)

QUERY_VIRTUAL_BORDER_ROUTER_FROM_LOCAL: Api[QueryVirtualBorderRouterFromLocalResult] = Api(
    "QueryVirtualBorderRouterFromLocal",
    "GET",
    "/hybrid/aliyun/border-router",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_virtual_border_router_from_local_result:QueryVirtualBorderRouterFromLocalResult",
    query=True,
)

QUERY_VPC_IKE_CONFIG_FROM_LOCAL: Api[QueryVpcIkeConfigFromLocalResult] = Api(
    "QueryVpcIkeConfigFromLocal",
    "GET",
    "/hybrid/vpn-connection/ike",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vpc_ike_config_from_local_result:QueryVpcIkeConfigFromLocalResult",
    query=True,
)

QUERY_VPC_IP_SEC_CONFIG_FROM_LOCAL: Api[QueryVpcIpSecConfigFromLocalResult] = Api(
    "QueryVpcIpSecConfigFromLocal",
    "GET",
    "/hybrid/vpn-connection/ipsec",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vpc_ip_sec_config_from_local_result:QueryVpcIpSecConfigFromLocalResult",
    query=True,
)

QUERY_VPC_USER_VPN_GATEWAY_FROM_LOCAL: Api[QueryVpcUserVpnGatewayFromLocalResult] = Api(
    "QueryVpcUserVpnGatewayFromLocal",
    "GET",
    "/hybrid/user-vpn",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vpc_user_vpn_gateway_from_local_result:QueryVpcUserVpnGatewayFromLocalResult",
    query=True,
)

QUERY_VPC_VPN_CONNECTION_FROM_LOCAL: Api[QueryVpcVpnConnectionFromLocalResult] = Api(
    "QueryVpcVpnConnectionFromLocal",
    "GET",
    "/hybrid/vpn-connection",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vpc_vpn_connection_from_local_result:QueryVpcVpnConnectionFromLocalResult",
    query=True,
)

QUERY_VPC_VPN_GATEWAY_FROM_LOCAL: Api[QueryVpcVpnGatewayFromLocalResult] = Api(
    "QueryVpcVpnGatewayFromLocal",
    "GET",
    "/hybrid/vpc-vpn",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vpc_vpn_gateway_from_local_result:QueryVpcVpnGatewayFromLocalResult",
    query=True,
)

REBOOT_ECS_INSTANCE: Api[RebootEcsInstanceResult] = Api(
    "RebootEcsInstance",
    "PUT",
    "/hybrid/aliyun/ecs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="rebootEcsInstance",
    since=None,
    result=".models.reboot_ecs_instance_result:RebootEcsInstanceResult",
)

RECOVERY_VIRTUAL_BORDER_ROUTER_REMOTE: Api[RecoveryVirtualBorderRouterRemoteResult] = Api(
    "RecoveryVirtualBorderRouterRemote",
    "PUT",
    "/hybrid/aliyun/border-router/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="recoveryVirtualBorderRouterRemote",
    since=None,
    result=".models.recovery_virtual_border_router_remote_result:RecoveryVirtualBorderRouterRemoteResult",
)

START_CONNECTION_BETWEEN_ALIYUN_ROUTER_INTERFACE: Api[
    StartConnectionBetweenAliyunRouterInterfaceResult
] = Api(
    "StartConnectionBetweenAliyunRouterInterface",
    "PUT",
    "/hybrid/aliyun/router-interface/{vbrInterfaceUuid}/actions",
    params=(
        ("vbrInterfaceUuid", "path", None),
        ("vrouterInterfaceUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("vbr_interface_uuid", "vrouter_interface_uuid", "system_tags", "user_tags"),
    required=("vbrInterfaceUuid", "vrouterInterfaceUuid"),
    body_key="startConnectionBetweenAliyunRouterInterface",
    since=None,
    result=".models.start_connection_between_aliyun_router_interface_result:StartConnectionBetweenAliyunRouterInterfaceResult",
)

START_ECS_INSTANCE: Api[StartEcsInstanceResult] = Api(
    "StartEcsInstance",
    "PUT",
    "/hybrid/aliyun/ecs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="startEcsInstance",
    since=None,
    result=".models.start_ecs_instance_result:StartEcsInstanceResult",
)

STOP_ECS_INSTANCE: Api[StopEcsInstanceResult] = Api(
    "StopEcsInstance",
    "PUT",
    "/hybrid/aliyun/ecs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="stopEcsInstance",
    since=None,
    result=".models.stop_ecs_instance_result:StopEcsInstanceResult",
)

SYNC_ALIYUN_ROUTE_ENTRY_FROM_REMOTE: Api[SyncAliyunRouteEntryFromRemoteResult] = Api(
    "SyncAliyunRouteEntryFromRemote",
    "PUT",
    "/hybrid/aliyun/route-entry/{vRouterUuid}/sync",
    params=(
        ("vRouterUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vRouterType", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "v_router_uuid",
        "resource_uuid",
        "tag_uuids",
        "v_router_type",
        "system_tags",
        "user_tags",
    ),
    required=("vRouterUuid", "vRouterType"),
    body_key="syncAliyunRouteEntryFromRemote",
    since=None,
    result=".models.sync_aliyun_route_entry_from_remote_result:SyncAliyunRouteEntryFromRemoteResult",
    checks=(("vRouterType", "v_router_type", "enum", ("vbr", "vrouter")),),
)

SYNC_ALIYUN_ROUTER_INTERFACE_FROM_REMOTE: Api[SyncAliyunRouterInterfaceFromRemoteResult] = Api(
    "SyncAliyunRouterInterfaceFromRemote",
    "PUT",
    "/hybrid/aliyun/router-interface/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("data_center_uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    body_key="syncAliyunRouterInterfaceFromRemote",
    since=None,
    result=".models.sync_aliyun_router_interface_from_remote_result:SyncAliyunRouterInterfaceFromRemoteResult",
)

SYNC_ALIYUN_SNAPSHOT_REMOTE: Api[SyncAliyunSnapshotRemoteResult] = Api(
    "SyncAliyunSnapshotRemote",
    "POST",
    "/hybrid/aliyun/snapshot/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("resourceUuid", "body", None),
        ("snapshotId", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "resource_uuid",
        "snapshot_id",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid",),
    body_key="params",
    since=None,
    result=".models.sync_aliyun_snapshot_remote_result:SyncAliyunSnapshotRemoteResult",
)

SYNC_ALIYUN_VIRTUAL_ROUTER_FROM_REMOTE: Api[SyncAliyunVirtualRouterFromRemoteResult] = Api(
    "SyncAliyunVirtualRouterFromRemote",
    "PUT",
    "/hybrid/aliyun/vrouter/{vpcUuid}/sync",
    params=(
        ("vpcUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("vpc_uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("vpcUuid",),
    body_key="syncAliyunVirtualRouterFromRemote",
    since=None,
    result=".models.sync_aliyun_virtual_router_from_remote_result:SyncAliyunVirtualRouterFromRemoteResult",
)

SYNC_CONNECTION_ACCESS_POINT_FROM_REMOTE: Api[SyncConnectionAccessPointFromRemoteResult] = Api(
    "SyncConnectionAccessPointFromRemote",
    "PUT",
    "/hybrid/aliyun/access-point/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("accessPointId", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "access_point_id",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid",),
    body_key="syncConnectionAccessPointFromRemote",
    since=None,
    result=".models.sync_connection_access_point_from_remote_result:SyncConnectionAccessPointFromRemoteResult",
)

SYNC_DATA_CENTER_FROM_REMOTE: Api[SyncDataCenterFromRemoteResult] = Api(
    "SyncDataCenterFromRemote",
    "GET",
    "/hybrid/data-center/{uuid}/sync",
    params=(
        ("uuid", "path", None),
        ("resourceUuid", "query", None),
        ("tagUuids", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.sync_data_center_from_remote_result:SyncDataCenterFromRemoteResult",
)

SYNC_DISK_FROM_ALIYUN_FROM_REMOTE: Api[SyncDiskFromAliyunFromRemoteResult] = Api(
    "SyncDiskFromAliyunFromRemote",
    "POST",
    "/hybrid/aliyun/disk/{identityUuid}/sync",
    params=(
        ("identityUuid", "path", None),
        ("diskId", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("identity_uuid", "disk_id", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("identityUuid",),
    body_key="params",
    since=None,
    result=".models.sync_disk_from_aliyun_from_remote_result:SyncDiskFromAliyunFromRemoteResult",
)

SYNC_ECS_IMAGE_FROM_REMOTE: Api[SyncEcsImageFromRemoteResult] = Api(
    "SyncEcsImageFromRemote",
    "POST",
    "/hybrid/aliyun/image/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("data_center_uuid", "resource_uuid", "tag_uuids", "type", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    body_key="params",
    since=None,
    result=".models.sync_ecs_image_from_remote_result:SyncEcsImageFromRemoteResult",
    checks=(("type", "type", "enum", ("system", "self")),),
)

SYNC_ECS_INSTANCE_FROM_REMOTE: Api[SyncEcsInstanceFromRemoteResult] = Api(
    "SyncEcsInstanceFromRemote",
    "POST",
    "/hybrid/aliyun/ecs/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("onlyZstack", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "only_zstack",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid",),
    body_key="params",
    since=None,
    result=".models.sync_ecs_instance_from_remote_result:SyncEcsInstanceFromRemoteResult",
)

SYNC_ECS_SECURITY_GROUP_FROM_REMOTE: Api[SyncEcsSecurityGroupFromRemoteResult] = Api(
    "SyncEcsSecurityGroupFromRemote",
    "PUT",
    "/hybrid/aliyun/security-group/{ecsVpcUuid}/sync",
    params=(
        ("ecsVpcUuid", "path", None),
        ("resourceUuid", "body", None),
        ("securityGroupId", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "ecs_vpc_uuid",
        "resource_uuid",
        "security_group_id",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("ecsVpcUuid",),
    body_key="syncEcsSecurityGroupFromRemote",
    since=None,
    result=".models.sync_ecs_security_group_from_remote_result:SyncEcsSecurityGroupFromRemoteResult",
)

SYNC_ECS_SECURITY_GROUP_RULE_FROM_REMOTE: Api[SyncEcsSecurityGroupRuleFromRemoteResult] = Api(
    "SyncEcsSecurityGroupRuleFromRemote",
    "PUT",
    "/hybrid/aliyun/security-group-rule/{uuid}/sync",
    params=(
        ("uuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="syncEcsSecurityGroupRuleFromRemote",
    since=None,
    result=".models.sync_ecs_security_group_rule_from_remote_result:SyncEcsSecurityGroupRuleFromRemoteResult",
)

SYNC_ECS_V_SWITCH_FROM_REMOTE: Api[SyncEcsVSwitchFromRemoteResult] = Api(
    "SyncEcsVSwitchFromRemote",
    "POST",
    "/hybrid/aliyun/vswitch/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vSwitchId", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "resource_uuid",
        "tag_uuids",
        "v_switch_id",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid",),
    body_key="params",
    since=None,
    result=".models.sync_ecs_v_switch_from_remote_result:SyncEcsVSwitchFromRemoteResult",
)

SYNC_ECS_VPC_FROM_REMOTE: Api[SyncEcsVpcFromRemoteResult] = Api(
    "SyncEcsVpcFromRemote",
    "POST",
    "/hybrid/aliyun/vpc/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("ecsVpcId", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "ecs_vpc_id",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid",),
    body_key="params",
    since=None,
    result=".models.sync_ecs_vpc_from_remote_result:SyncEcsVpcFromRemoteResult",
)

SYNC_HYBRID_EIP_FROM_REMOTE: Api[SyncHybridEipFromRemoteResult] = Api(
    "SyncHybridEipFromRemote",
    "PUT",
    "/hybrid/eip/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("data_center_uuid", "resource_uuid", "tag_uuids", "type", "system_tags", "user_tags"),
    required=("dataCenterUuid", "type"),
    body_key="syncHybridEipFromRemote",
    since=None,
    result=".models.sync_hybrid_eip_from_remote_result:SyncHybridEipFromRemoteResult",
    checks=(("type", "type", "enum", ("aliyun",)),),
)

SYNC_IDENTITY_FROM_REMOTE: Api[SyncIdentityFromRemoteResult] = Api(
    "SyncIdentityFromRemote",
    "GET",
    "/hybrid/identity-zone/{uuid}/sync",
    params=(
        ("uuid", "path", None),
        ("resourceUuid", "query", None),
        ("tagUuids", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.sync_identity_from_remote_result:SyncIdentityFromRemoteResult",
)

SYNC_VIRTUAL_BORDER_ROUTER_FROM_REMOTE: Api[SyncVirtualBorderRouterFromRemoteResult] = Api(
    "SyncVirtualBorderRouterFromRemote",
    "PUT",
    "/hybrid/aliyun/border-router/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("data_center_uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    body_key="syncVirtualBorderRouterFromRemote",
    since=None,
    result=".models.sync_virtual_border_router_from_remote_result:SyncVirtualBorderRouterFromRemoteResult",
)

SYNC_VPC_USER_VPN_GATEWAY_FROM_REMOTE: Api[SyncVpcUserVpnGatewayFromRemoteResult] = Api(
    "SyncVpcUserVpnGatewayFromRemote",
    "PUT",
    "/hybrid/user-vpn/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("data_center_uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    body_key="syncVpcUserVpnGatewayFromRemote",
    since=None,
    result=".models.sync_vpc_user_vpn_gateway_from_remote_result:SyncVpcUserVpnGatewayFromRemoteResult",
)

SYNC_VPC_VPN_CONNECTION_FROM_REMOTE: Api[SyncVpcVpnConnectionFromRemoteResult] = Api(
    "SyncVpcVpnConnectionFromRemote",
    "PUT",
    "/hybrid/vpn-connection/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("data_center_uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    body_key="syncVpcVpnConnectionFromRemote",
    since=None,
    result=".models.sync_vpc_vpn_connection_from_remote_result:SyncVpcVpnConnectionFromRemoteResult",
)

SYNC_VPC_VPN_GATEWAY_FROM_REMOTE: Api[SyncVpcVpnGatewayFromRemoteResult] = Api(
    "SyncVpcVpnGatewayFromRemote",
    "PUT",
    "/hybrid/vpc-vpn/{dataCenterUuid}/sync",
    params=(
        ("dataCenterUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("data_center_uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    body_key="syncVpcVpnGatewayFromRemote",
    since=None,
    result=".models.sync_vpc_vpn_gateway_from_remote_result:SyncVpcVpnGatewayFromRemoteResult",
)

TERMINATE_VIRTUAL_BORDER_ROUTER_REMOTE: Api[TerminateVirtualBorderRouterRemoteResult] = Api(
    "TerminateVirtualBorderRouterRemote",
    "PUT",
    "/hybrid/aliyun/border-router/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="terminateVirtualBorderRouterRemote",
    since=None,
    result=".models.terminate_virtual_border_router_remote_result:TerminateVirtualBorderRouterRemoteResult",
)

UPDATE_ALIYUN_DISK: Api[UpdateAliyunDiskResult] = Api(
    "UpdateAliyunDisk",
    "PUT",
    "/hybrid/aliyun/disk/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("deleteAutoSnapshot", "body", None),
        ("deleteWithInstance", "body", None),
        ("description", "body", None),
        ("enableAutoSnapshot", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "delete_auto_snapshot",
        "delete_with_instance",
        "description",
        "enable_auto_snapshot",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateAliyunDisk",
    since=None,
    result=".models.update_aliyun_disk_result:UpdateAliyunDiskResult",
    checks=(
        ("description", "description", "minLength", 2),
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$"),
    ),
)

UPDATE_ALIYUN_KEY_SECRET: Api[UpdateAliyunKeySecretResult] = Api(
    "UpdateAliyunKeySecret",
    "POST",
    "/hybrid/aliyun/{uuid}/key",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.update_aliyun_key_secret_result:UpdateAliyunKeySecretResult",
)

UPDATE_ALIYUN_ROUTE_INTERFACE_REMOTE: Api[UpdateAliyunRouteInterfaceRemoteResult] = Api(
    "UpdateAliyunRouteInterfaceRemote",
    "PUT",
    "/hybrid/aliyun/router-interface/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("op", "body", None),
        ("vRouterType", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "op", "v_router_type", "system_tags", "user_tags"),
    required=("uuid", "op", "vRouterType"),
    body_key="updateAliyunRouteInterfaceRemote",
    since=None,
    result=".models.update_aliyun_route_interface_remote_result:UpdateAliyunRouteInterfaceRemoteResult",
    checks=(
        ("op", "op", "enum", ("active", "inactive")),
        ("vRouterType", "v_router_type", "enum", ("vbr", "vrouter")),
    ),
)

UPDATE_ALIYUN_SNAPSHOT: Api[UpdateAliyunSnapshotResult] = Api(
    "UpdateAliyunSnapshot",
    "PUT",
    "/hybrid/aliyun/snapshot/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAliyunSnapshot",
    since=None,
    result=".models.update_aliyun_snapshot_result:UpdateAliyunSnapshotResult",
    checks=(
        ("description", "description", "minLength", 2),
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$"),
    ),
)

UPDATE_ALIYUN_VIRTUAL_ROUTER: Api[UpdateAliyunVirtualRouterResult] = Api(
    "UpdateAliyunVirtualRouter",
    "PUT",
    "/hybrid/aliyun/vrouter/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAliyunVirtualRouter",
    since=None,
    result=".models.update_aliyun_virtual_router_result:UpdateAliyunVirtualRouterResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        (
            "name",
            "name",
            "pattern",
            "^[\\\\u4e00-\\\\u9fa5a-zA-Z][\\\\u4e00-\\\\u9fa5_a-zA-Z0-9-]+$",
        ),
    ),
)

UPDATE_CONNECTION_BETWEEN_L3_NET_WORK_AND_ALIYUN_V_SWITCH: Api[
    UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult
] = Api(
    "UpdateConnectionBetweenL3NetWorkAndAliyunVSwitch",
    "PUT",
    "/hybrid/aliyun/connections/{uuid}",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateConnectionBetweenL3NetWorkAndAliyunVSwitch",
    since=None,
    result=".models.update_connection_between_l3_net_work_and_aliyun_v_switch_result:UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "maxLength", 64),
    ),
)

UPDATE_ECS_IMAGE: Api[UpdateEcsImageResult] = Api(
    "UpdateEcsImage",
    "PUT",
    "/hybrid/aliyun/image/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateEcsImage",
    since=None,
    result=".models.update_ecs_image_result:UpdateEcsImageResult",
    checks=(
        ("description", "description", "minLength", 1),
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        (
            "name",
            "name",
            "pattern",
            "^(?:[A-Za-z\\u4e00-\\u9fa5]{1}[A-Za-z0-9-_\\u4e00-\\u9fa5]{1,127})$",
        ),
    ),
)

UPDATE_ECS_INSTANCE: Api[UpdateEcsInstanceResult] = Api(
    "UpdateEcsInstance",
    "POST",
    "/hybrid/aliyun/{uuid}/ecs",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "password", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.update_ecs_instance_result:UpdateEcsInstanceResult",
    checks=(
        ("description", "description", "minLength", 2),
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 128),
        ("password", "password", "minLength", 8),
        ("password", "password", "maxLength", 30),
    ),
)

UPDATE_ECS_INSTANCE_VNC_PASSWORD: Api[UpdateEcsInstanceVncPasswordResult] = Api(
    "UpdateEcsInstanceVncPassword",
    "POST",
    "/hybrid/aliyun/{uuid}/ecs-vnc",
    params=(
        ("uuid", "path", None),
        ("password", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "password", "system_tags", "user_tags"),
    required=("uuid", "password"),
    body_key="params",
    since=None,
    result=".models.update_ecs_instance_vnc_password_result:UpdateEcsInstanceVncPasswordResult",
    checks=(
        ("password", "password", "minLength", 6),
        ("password", "password", "maxLength", 6),
        ("password", "password", "pattern", "^(?:[A-Za-z0-9]{6})$"),
    ),
)

UPDATE_ECS_SECURITY_GROUP: Api[UpdateEcsSecurityGroupResult] = Api(
    "UpdateEcsSecurityGroup",
    "PUT",
    "/hybrid/aliyun/security-group/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateEcsSecurityGroup",
    since=None,
    result=".models.update_ecs_security_group_result:UpdateEcsSecurityGroupResult",
    checks=(
        ("description", "description", "maxLength", 256),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 64),
    ),
)

UPDATE_ECS_V_SWITCH: Api[UpdateEcsVSwitchResult] = Api(
    "UpdateEcsVSwitch",
    "PUT",
    "/hybrid/aliyun/vswitch/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateEcsVSwitch",
    since=None,
    result=".models.update_ecs_v_switch_result:UpdateEcsVSwitchResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9-]+$"),
    ),
)

UPDATE_ECS_VPC: Api[UpdateEcsVpcResult] = Api(
    "UpdateEcsVpc",
    "PUT",
    "/hybrid/aliyun/vpc/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateEcsVpc",
    since=None,
    result=".models.update_ecs_vpc_result:UpdateEcsVpcResult",
    checks=(
        ("description", "description", "maxLength", 256),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 64),
    ),
)

UPDATE_HYBRID_EIP: Api[UpdateHybridEipResult] = Api(
    "UpdateHybridEip",
    "PUT",
    "/hybrid/eip/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "type", "system_tags", "user_tags"),
    required=("uuid", "type"),
    body_key="updateHybridEip",
    since=None,
    result=".models.update_hybrid_eip_result:UpdateHybridEipResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 128),
        ("type", "type", "enum", ("aliyun",)),
    ),
)

UPDATE_HYBRID_KEY_SECRET: Api[UpdateHybridKeySecretResult] = Api(
    "UpdateHybridKeySecret",
    "POST",
    "/hybrid/hybrid/{uuid}/key",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.update_hybrid_key_secret_result:UpdateHybridKeySecretResult",
    checks=(("name", "name", "maxLength", 255),),
)

UPDATE_OSS_BUCKET: Api[UpdateOssBucketResult] = Api(
    "UpdateOssBucket",
    "PUT",
    "/hybrid/aliyun/oss-bucket/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("ossDomain", "body", None),
        ("ossKey", "body", None),
        ("ossSecret", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "oss_domain",
        "oss_key",
        "oss_secret",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateOssBucket",
    since=None,
    result=".models.update_oss_bucket_result:UpdateOssBucketResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("ossDomain", "oss_domain", "maxLength", 256),
        ("ossKey", "oss_key", "maxLength", 127),
        ("ossSecret", "oss_secret", "maxLength", 127),
    ),
)

UPDATE_VIRTUAL_BORDER_ROUTER_REMOTE: Api[UpdateVirtualBorderRouterRemoteResult] = Api(
    "UpdateVirtualBorderRouterRemote",
    "PUT",
    "/hybrid/aliyun/border-router/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("circuitCode", "body", None),
        ("description", "body", None),
        ("localGatewayIp", "body", None),
        ("name", "body", None),
        ("peerGatewayIp", "body", None),
        ("peeringSubnetMask", "body", None),
        ("vlanId", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "circuit_code",
        "description",
        "local_gateway_ip",
        "name",
        "peer_gateway_ip",
        "peering_subnet_mask",
        "vlan_id",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateVirtualBorderRouterRemote",
    since=None,
    result=".models.update_virtual_border_router_remote_result:UpdateVirtualBorderRouterRemoteResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "maxLength", 64),
    ),
)

UPDATE_VPC_USER_VPN_GATEWAY: Api[UpdateVpcUserVpnGatewayResult] = Api(
    "UpdateVpcUserVpnGateway",
    "PUT",
    "/hybrid/user-vpn/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVpcUserVpnGateway",
    since=None,
    result=".models.update_vpc_user_vpn_gateway_result:UpdateVpcUserVpnGatewayResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 2),
        ("name", "name", "maxLength", 128),
        (
            "name",
            "name",
            "pattern",
            "^[\\\\u4e00-\\\\u9fa5a-zA-Z][\\\\u4e00-\\\\u9fa5_a-zA-Z0-9-]+$",
        ),
    ),
)

UPDATE_VPC_VPN_CONNECTION_REMOTE: Api[UpdateVpcVpnConnectionRemoteResult] = Api(
    "UpdateVpcVpnConnectionRemote",
    "PUT",
    "/hybrid/vpn-connection/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("active", "body", None),
        ("description", "body", None),
        ("ikeConfUuid", "body", None),
        ("ipsecConfUuid", "body", None),
        ("localCidr", "body", None),
        ("name", "body", None),
        ("remoteCidr", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "active",
        "description",
        "ike_conf_uuid",
        "ipsec_conf_uuid",
        "local_cidr",
        "name",
        "remote_cidr",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateVpcVpnConnectionRemote",
    since=None,
    result=".models.update_vpc_vpn_connection_remote_result:UpdateVpcVpnConnectionRemoteResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 64),
    ),
)

UPDATE_VPC_VPN_GATEWAY: Api[UpdateVpcVpnGatewayResult] = Api(
    "UpdateVpcVpnGateway",
    "PUT",
    "/hybrid/vpc-vpn/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVpcVpnGateway",
    since=None,
    result=".models.update_vpc_vpn_gateway_result:UpdateVpcVpnGatewayResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 128),
    ),
)


class HybridApi(SyncNamespace):
    """hybrid: 157 APIs (AddAliyunKeySecret, AddConnectionAccessPointFromRemote, AddDataCenterFromRemote, ...)."""

    __slots__ = ()

    def add_aliyun_key_secret(
        self,
        *,
        key: str,
        name: str,
        secret: str,
        account_uuid: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        sync: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunKeySecretResult:
        """Add aliyun key secret (AddAliyunKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            account_uuid: accountUuid
            description: description (maxLength 1024)
            key: key (minLength 1)
            name: name (minLength 1)
            resource_uuid: resourceUuid
            secret: secret (minLength 1)
            sync: sync
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ALIYUN_KEY_SECRET,
            {
                "accountUuid": account_uuid,
                "description": description,
                "key": key,
                "name": name,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "sync": sync,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_connection_access_point_from_remote(
        self,
        *,
        access_point_id: str,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddConnectionAccessPointFromRemoteResult:
        """Add connection access point from remote (AddConnectionAccessPointFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddConnectionAccessPointFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            access_point_id: accessPointId (minLength 1)
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_CONNECTION_ACCESS_POINT_FROM_REMOTE,
            {
                "accessPointId": access_point_id,
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_data_center_from_remote(
        self,
        *,
        region_id: str,
        type: str,
        description: str | None = None,
        endpoint: str | None = None,
        resource_uuid: str | None = None,
        sync_zones: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddDataCenterFromRemoteResult:
        """Add data center from remote (AddDataCenterFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddDataCenterFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 1024)
            endpoint: endpoint (maxLength 127)
            region_id: regionId (minLength 1)
            resource_uuid: resourceUuid
            sync_zones: syncZones
            tag_uuids: tagUuids
            type: type
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_DATA_CENTER_FROM_REMOTE,
            {
                "description": description,
                "endpoint": endpoint,
                "regionId": region_id,
                "resourceUuid": resource_uuid,
                "syncZones": sync_zones,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_hybrid_key_secret(
        self,
        *,
        key: str,
        name: str,
        secret: str,
        type: str,
        account_uuid: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        sync: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddHybridKeySecretResult:
        """Add hybrid key secret (AddHybridKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddHybridKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            account_uuid: accountUuid
            description: description (maxLength 1024)
            key: key (minLength 1)
            name: name (minLength 1; maxLength 255)
            resource_uuid: resourceUuid
            secret: secret (minLength 1)
            sync: sync
            tag_uuids: tagUuids
            type: type
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_HYBRID_KEY_SECRET,
            {
                "accountUuid": account_uuid,
                "description": description,
                "key": key,
                "name": name,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "sync": sync,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_identity_zone_from_remote(
        self,
        *,
        data_center_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        zone_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIdentityZoneFromRemoteResult:
        """Add identity zone from remote (AddIdentityZoneFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddIdentityZoneFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            zone_id: zoneId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IDENTITY_ZONE_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneId": zone_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_oss_bucket_from_remote(
        self,
        *,
        bucket_name: str,
        data_center_uuid: str,
        description: str | None = None,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddOssBucketFromRemoteResult:
        """Add oss bucket from remote (AddOssBucketFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddOssBucketFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            bucket_name: bucketName (minLength 1; maxLength 128)
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            oss_domain: ossDomain (maxLength 256)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_OSS_BUCKET_FROM_REMOTE,
            {
                "bucketName": bucket_name,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_aliyun_disk_to_ecs(
        self,
        *,
        disk_uuid: str,
        ecs_uuid: str,
        delete_with_instance: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachAliyunDiskToEcsResult:
        """Attach aliyun disk to ecs (AttachAliyunDiskToEcs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachAliyunDiskToEcsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            disk_uuid: diskUuid
            delete_with_instance: deleteWithInstance
            ecs_uuid: ecsUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_ALIYUN_DISK_TO_ECS,
            {
                "diskUuid": disk_uuid,
                "deleteWithInstance": delete_with_instance,
                "ecsUuid": ecs_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_aliyun_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachAliyunKeyResult:
        """Attach aliyun key (AttachAliyunKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachAliyunKeyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_ALIYUN_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_hybrid_eip_to_ecs(
        self,
        *,
        eip_uuid: str,
        ecs_uuid: str,
        type: Literal["aliyun"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachHybridEipToEcsResult:
        """Attach hybrid eip to ecs (AttachHybridEipToEcs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachHybridEipToEcsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            eip_uuid: eipUuid
            ecs_uuid: ecsUuid
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_HYBRID_EIP_TO_ECS,
            {
                "eipUuid": eip_uuid,
                "ecsUuid": ecs_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_hybrid_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachHybridKeyResult:
        """Attach hybrid key (AttachHybridKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachHybridKeyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_HYBRID_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_oss_bucket_to_ecs_data_center(
        self,
        *,
        oss_bucket_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachOssBucketToEcsDataCenterResult:
        """Attach oss bucket to ecs data center (AttachOssBucketToEcsDataCenter).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachOssBucketToEcsDataCenterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            oss_bucket_uuid: ossBucketUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_OSS_BUCKET_TO_ECS_DATA_CENTER,
            {
                "ossBucketUuid": oss_bucket_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def backup_database_to_public_cloud(
        self,
        *,
        region_id: str,
        type: Literal["aliyun"],
        local: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BackupDatabaseToPublicCloudResult:
        """Backup database to public cloud (BackupDatabaseToPublicCloud).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/BackupDatabaseToPublicCloudAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            local: local
            region_id: regionId (minLength 1)
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            BACKUP_DATABASE_TO_PUBLIC_CLOUD,
            {
                "local": local,
                "regionId": region_id,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_aliyun_disk_from_remote(
        self,
        *,
        identity_uuid: str,
        name: str,
        description: str | None = None,
        disk_category: Literal["cloud_efficiency", "cloud_ssd"] | None = None,
        resource_uuid: str | None = None,
        size_with_gb: int | None = None,
        snapshot_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunDiskFromRemoteResult:
        """Create aliyun disk from remote (CreateAliyunDiskFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunDiskFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (minLength 2; maxLength 1024)
            disk_category: diskCategory (enum {'cloud_efficiency', 'cloud_ssd'})
            identity_uuid: identityUuid
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$)
            resource_uuid: resourceUuid
            size_with_gb: sizeWithGB (minimum 20; maximum 32768)
            snapshot_uuid: snapshotUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_DISK_FROM_REMOTE,
            {
                "description": description,
                "diskCategory": disk_category,
                "identityUuid": identity_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "sizeWithGB": size_with_gb,
                "snapshotUuid": snapshot_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_aliyun_router_interface_remote(
        self,
        *,
        data_center_uuid: str,
        name: str,
        router_type: Literal["VBR", "VRouter"],
        v_router_uuid: str,
        access_point_uuid: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        spec: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunRouterInterfaceRemoteResult:
        """Create aliyun router interface remote (CreateAliyunRouterInterfaceRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunRouterInterfaceRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            access_point_uuid: accessPointUuid
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            resource_uuid: resourceUuid
            router_type: routerType (enum {'VBR', 'VRouter'})
            spec: spec (pattern ^(?:[XxlL]{1}arge.(\\d+))$)
            tag_uuids: tagUuids
            v_router_uuid: vRouterUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_ROUTER_INTERFACE_REMOTE,
            {
                "accessPointUuid": access_point_uuid,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "routerType": router_type,
                "spec": spec,
                "tagUuids": tag_uuids,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_aliyun_snapshot_remote(
        self,
        *,
        disk_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunSnapshotRemoteResult:
        """Create aliyun snapshot remote (CreateAliyunSnapshotRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunSnapshotRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (minLength 2; maxLength 1024)
            disk_uuid: diskUuid
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_SNAPSHOT_REMOTE,
            {
                "description": description,
                "diskUuid": disk_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_aliyun_vpc_virtual_router_entry_remote(
        self,
        *,
        dst_cidr_block: str,
        next_hop_type: Literal["Instance", "RouterInterface", "VpnGateway"],
        next_hop_uuid: str,
        v_router_type: Literal["vbr", "vrouter"],
        v_router_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunVpcVirtualRouterEntryRemoteResult:
        """Create aliyun vpc virtual router entry remote (CreateAliyunVpcVirtualRouterEntryRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunVpcVirtualRouterEntryRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            dst_cidr_block: dstCidrBlock (minLength 1)
            next_hop_type: nextHopType (enum {'Instance', 'RouterInterface', 'VpnGateway'})
            next_hop_uuid: nextHopUuid (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_router_type: vRouterType (enum {'vbr', 'vrouter'})
            v_router_uuid: vRouterUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_VPC_VIRTUAL_ROUTER_ENTRY_REMOTE,
            {
                "dstCidrBlock": dst_cidr_block,
                "nextHopType": next_hop_type,
                "nextHopUuid": next_hop_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterType": v_router_type,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_connection_between_l3_network_and_aliyun_v_switch(
        self,
        *,
        cpe_ip: str,
        direction: Literal["in", "out", "both"],
        l3network_uuid: str,
        name: str,
        vbr_uuid: str,
        vpc_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult:
        """Create connection between L3 network and aliyun V switch (CreateConnectionBetweenL3NetworkAndAliyunVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateConnectionBetweenL3NetworkAndAliyunVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cpe_ip: cpeIp (minLength 1)
            description: description (maxLength 1024)
            direction: direction (enum {'in', 'out', 'both'})
            l3network_uuid: l3networkUuid
            name: name (minLength 1; maxLength 128)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vbr_uuid: vbrUuid
            vpc_uuid: vpcUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH,
            {
                "cpeIp": cpe_ip,
                "description": description,
                "direction": direction,
                "l3networkUuid": l3network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vbrUuid": vbr_uuid,
                "vpcUuid": vpc_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ecs_image_from_ecs_snapshot(
        self,
        *,
        name: str,
        snapshot_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsImageFromEcsSnapshotResult:
        """Create ecs image from ecs snapshot (CreateEcsImageFromEcsSnapshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsImageFromEcsSnapshotAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (minLength 2; maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$)
            resource_uuid: resourceUuid
            snapshot_uuid: snapshotUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ECS_IMAGE_FROM_ECS_SNAPSHOT,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "snapshotUuid": snapshot_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ecs_image_from_local_image(
        self,
        *,
        data_center_uuid: str,
        image_uuid: str,
        name: str,
        backup_storage_uuid: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsImageFromLocalImageResult:
        """Create ecs image from local image (CreateEcsImageFromLocalImage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsImageFromLocalImageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_storage_uuid: backupStorageUuid
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            image_uuid: imageUuid
            name: name (minLength 2; maxLength 128; pattern ^(?:[A-Za-z\\u4e00-\\u9fa5]{1}[A-Za-z0-9-_\\u4e00-\\u9fa5]{1,127})$)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ECS_IMAGE_FROM_LOCAL_IMAGE,
            {
                "backupStorageUuid": backup_storage_uuid,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "imageUuid": image_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ecs_instance_from_ecs_image(
        self,
        *,
        ecs_image_uuid: str,
        ecs_root_password: str,
        ecs_security_group_uuid: str,
        ecs_v_switch_uuid: str,
        name: str,
        allocate_public_ip: Literal["true", "false"] | None = None,
        create_mode: Literal["atomic", "permissive"] | None = None,
        description: str | None = None,
        ecs_band_width: int | None = None,
        ecs_console_password: str | None = None,
        ecs_root_volume_gb_size: int | None = None,
        ecs_root_volume_type: str | None = None,
        instance_offering_uuid: str | None = None,
        instance_type: str | None = None,
        private_ip_address: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsInstanceFromEcsImageResult:
        """Create ecs instance from ecs image (CreateEcsInstanceFromEcsImage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsInstanceFromEcsImageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            allocate_public_ip: allocatePublicIp (enum {'true', 'false'})
            create_mode: createMode (enum {'atomic', 'permissive'})
            description: description (minLength 2; maxLength 1024)
            ecs_band_width: ecsBandWidth (minimum 1; maximum 200)
            ecs_console_password: ecsConsolePassword (minLength 6; maxLength 6; pattern ^(?:[A-Za-z0-9]{6})$)
            ecs_image_uuid: ecsImageUuid
            ecs_root_password: ecsRootPassword (minLength 8; maxLength 30)
            ecs_root_volume_gb_size: ecsRootVolumeGBSize (minimum 40; maximum 500)
            ecs_root_volume_type: ecsRootVolumeType
            ecs_security_group_uuid: ecsSecurityGroupUuid
            ecs_v_switch_uuid: ecsVSwitchUuid
            instance_offering_uuid: instanceOfferingUuid
            instance_type: instanceType
            name: name (minLength 1; maxLength 128)
            private_ip_address: privateIpAddress
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ECS_INSTANCE_FROM_ECS_IMAGE,
            {
                "allocatePublicIp": allocate_public_ip,
                "createMode": create_mode,
                "description": description,
                "ecsBandWidth": ecs_band_width,
                "ecsConsolePassword": ecs_console_password,
                "ecsImageUuid": ecs_image_uuid,
                "ecsRootPassword": ecs_root_password,
                "ecsRootVolumeGBSize": ecs_root_volume_gb_size,
                "ecsRootVolumeType": ecs_root_volume_type,
                "ecsSecurityGroupUuid": ecs_security_group_uuid,
                "ecsVSwitchUuid": ecs_v_switch_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "instanceType": instance_type,
                "name": name,
                "privateIpAddress": private_ip_address,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ecs_security_group_remote(
        self,
        *,
        name: str,
        vpc_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        strategy: Literal["all", "security", "basic"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsSecurityGroupRemoteResult:
        """Create ecs security group remote (CreateEcsSecurityGroupRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsSecurityGroupRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 256)
            name: name (minLength 1; maxLength 64)
            resource_uuid: resourceUuid
            strategy: strategy (enum {'all', 'security', 'basic'})
            tag_uuids: tagUuids
            vpc_uuid: vpcUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ECS_SECURITY_GROUP_REMOTE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "vpcUuid": vpc_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ecs_security_group_rule_remote(
        self,
        *,
        cidr: str,
        direction: str,
        group_uuid: str,
        port_range: str,
        protocol: str,
        description: str | None = None,
        nictype: str | None = None,
        policy: str | None = None,
        priority: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsSecurityGroupRuleRemoteResult:
        """Create ecs security group rule remote (CreateEcsSecurityGroupRuleRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsSecurityGroupRuleRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cidr: cidr (minLength 1)
            description: description (maxLength 256)
            direction: direction
            group_uuid: groupUuid
            nictype: nictype
            policy: policy
            port_range: portRange (minLength 1)
            priority: priority (minimum 1; maximum 100)
            protocol: protocol
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ECS_SECURITY_GROUP_RULE_REMOTE,
            {
                "cidr": cidr,
                "description": description,
                "direction": direction,
                "groupUuid": group_uuid,
                "nictype": nictype,
                "policy": policy,
                "portRange": port_range,
                "priority": priority,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ecs_v_switch_remote(
        self,
        *,
        cidr_block: str,
        identity_zone_uuid: str,
        name: str,
        vpc_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsVSwitchRemoteResult:
        """Create ecs V switch remote (CreateEcsVSwitchRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsVSwitchRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cidr_block: cidrBlock (minLength 1)
            description: description (maxLength 1024)
            identity_zone_uuid: identityZoneUuid
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9-]+$)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vpc_uuid: vpcUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ECS_V_SWITCH_REMOTE,
            {
                "cidrBlock": cidr_block,
                "description": description,
                "identityZoneUuid": identity_zone_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcUuid": vpc_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ecs_vpc_remote(
        self,
        *,
        cidr_block: str,
        data_center_uuid: str,
        name: str,
        v_router_name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsVpcRemoteResult:
        """Create ecs vpc remote (CreateEcsVpcRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsVpcRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cidr_block: cidrBlock (minLength 1)
            data_center_uuid: dataCenterUuid
            description: description (maxLength 256)
            name: name (minLength 1; maxLength 64)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_router_name: vRouterName (pattern ^(?:[A-Za-z]{1}[A-Za-z0-9-_]{1,127})$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ECS_VPC_REMOTE,
            {
                "cidrBlock": cidr_block,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterName": v_router_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_hybrid_eip(
        self,
        *,
        band_width_mb: int,
        charge_type: Literal["PayByTraffic"],
        data_center_uuid: str,
        name: str,
        type: Literal["aliyun"],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHybridEipResult:
        """Create hybrid eip (CreateHybridEip).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateHybridEipAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            band_width_mb: bandWidthMb (minimum 1; maximum 200)
            charge_type: chargeType (enum {'PayByTraffic'})
            data_center_uuid: dataCenterUuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 128)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_HYBRID_EIP,
            {
                "bandWidthMb": band_width_mb,
                "chargeType": charge_type,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_oss_backup_bucket_remote(
        self,
        *,
        region_id: str,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateOssBackupBucketRemoteResult:
        """Create oss backup bucket remote (CreateOssBackupBucketRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateOssBackupBucketRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            oss_domain: ossDomain (maxLength 127)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            region_id: regionId (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_OSS_BACKUP_BUCKET_REMOTE,
            {
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "regionId": region_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_oss_bucket_remote(
        self,
        *,
        bucket_name: str,
        data_center_uuid: str,
        description: str | None = None,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateOssBucketRemoteResult:
        """Create oss bucket remote (CreateOssBucketRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateOssBucketRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            bucket_name: bucketName (minLength 1; maxLength 128)
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            oss_domain: ossDomain (maxLength 256)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_OSS_BUCKET_REMOTE,
            {
                "bucketName": bucket_name,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vpc_user_vpn_gateway_remote(
        self,
        *,
        data_center_uuid: str,
        ip: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcUserVpnGatewayRemoteResult:
        """Create vpc user vpn gateway remote (CreateVpcUserVpnGatewayRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVpcUserVpnGatewayRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            ip: ip (minLength 1)
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9-]+$)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VPC_USER_VPN_GATEWAY_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "ip": ip,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vpc_vpn_connection_remote(
        self,
        *,
        active: bool,
        ike_conf_uuid: str,
        ipsec_conf_uuid: str,
        local_cidr: str,
        name: str,
        remote_cidr: str,
        user_gateway_uuid: str,
        vpn_gateway_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcVpnConnectionRemoteResult:
        """Create vpc vpn connection remote (CreateVpcVpnConnectionRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVpcVpnConnectionRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            active: active
            ike_conf_uuid: ikeConfUuid
            ipsec_conf_uuid: ipsecConfUuid
            local_cidr: localCidr (minLength 1)
            name: name (minLength 1; maxLength 64)
            remote_cidr: remoteCidr (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            user_gateway_uuid: userGatewayUuid
            vpn_gateway_uuid: vpnGatewayUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VPC_VPN_CONNECTION_REMOTE,
            {
                "active": active,
                "ikeConfUuid": ike_conf_uuid,
                "ipsecConfUuid": ipsec_conf_uuid,
                "localCidr": local_cidr,
                "name": name,
                "remoteCidr": remote_cidr,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userGatewayUuid": user_gateway_uuid,
                "vpnGatewayUuid": vpn_gateway_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vpn_ike_config(
        self,
        *,
        local_ip: str,
        name: str,
        psk: str,
        remote_ip: str,
        auth_alg: Literal["md5", "sha1"] | None = None,
        description: str | None = None,
        enc_alg: Literal["3des", "aes-128", "aes-192", "aes-256", "des"] | None = None,
        lifetime: int | None = None,
        mode: Literal["main", "aggressive"] | None = None,
        pfs: Literal["disabled", "group1", "group2", "group5", "group14", "group24"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        version: Literal["ikev1", "ikev2"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpnIkeConfigResult:
        """Create vpn ike config (CreateVpnIkeConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVpnIkeConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            auth_alg: authAlg (enum {'md5', 'sha1'})
            description: description (maxLength 1024)
            enc_alg: encAlg (enum {'3des', 'aes-128', 'aes-192', 'aes-256', 'des'})
            lifetime: lifetime (minimum 60; maximum 86400)
            local_ip: localIp (minLength 1)
            mode: mode (enum {'main', 'aggressive'})
            name: name (minLength 1; maxLength 64)
            pfs: pfs (enum {'disabled', 'group1', 'group2', 'group5', 'group14', 'group24'})
            psk: psk (minLength 1; maxLength 32)
            remote_ip: remoteIp (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            version: version (enum {'ikev1', 'ikev2'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VPN_IKE_CONFIG,
            {
                "authAlg": auth_alg,
                "description": description,
                "encAlg": enc_alg,
                "lifetime": lifetime,
                "localIp": local_ip,
                "mode": mode,
                "name": name,
                "pfs": pfs,
                "psk": psk,
                "remoteIp": remote_ip,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vpn_ipsec_config(
        self,
        *,
        name: str,
        auth_alg: Literal["md5", "sha1"] | None = None,
        description: str | None = None,
        enc_alg: Literal["3des", "aes-128", "aes-192", "aes-256", "des"] | None = None,
        lifetime: int | None = None,
        pfs: Literal["disabled", "group1", "group2", "group5", "group14", "group24"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpnIpsecConfigResult:
        """Create vpn ipsec config (CreateVpnIpsecConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVpnIpsecConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            auth_alg: authAlg (enum {'md5', 'sha1'})
            description: description (maxLength 1024)
            enc_alg: encAlg (enum {'3des', 'aes-128', 'aes-192', 'aes-256', 'des'})
            lifetime: lifetime (minimum 60; maximum 86400)
            name: name (minLength 1; maxLength 64)
            pfs: pfs (enum {'disabled', 'group1', 'group2', 'group5', 'group14', 'group24'})
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VPN_IPSEC_CONFIG,
            {
                "authAlg": auth_alg,
                "description": description,
                "encAlg": enc_alg,
                "lifetime": lifetime,
                "name": name,
                "pfs": pfs,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_disk_from_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunDiskFromLocalResult:
        """Delete aliyun disk from local (DeleteAliyunDiskFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunDiskFromLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_DISK_FROM_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_disk_from_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunDiskFromRemoteResult:
        """Delete aliyun disk from remote (DeleteAliyunDiskFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunDiskFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_DISK_FROM_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_key_secret(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunKeySecretResult:
        """Delete aliyun key secret (DeleteAliyunKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_KEY_SECRET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_route_entry_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunRouteEntryRemoteResult:
        """Delete aliyun route entry remote (DeleteAliyunRouteEntryRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunRouteEntryRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_ROUTE_ENTRY_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_router_interface_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunRouterInterfaceLocalResult:
        """Delete aliyun router interface local (DeleteAliyunRouterInterfaceLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunRouterInterfaceLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_ROUTER_INTERFACE_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_router_interface_remote(
        self,
        *,
        uuid: str,
        v_router_type: Literal["vrouter", "vbr"],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunRouterInterfaceRemoteResult:
        """Delete aliyun router interface remote (DeleteAliyunRouterInterfaceRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunRouterInterfaceRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            v_router_type: vRouterType (enum {'vrouter', 'vbr'})
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_ROUTER_INTERFACE_REMOTE,
            {
                "uuid": uuid,
                "vRouterType": v_router_type,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_snapshot_from_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunSnapshotFromLocalResult:
        """Delete aliyun snapshot from local (DeleteAliyunSnapshotFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunSnapshotFromLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_SNAPSHOT_FROM_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_snapshot_from_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunSnapshotFromRemoteResult:
        """Delete aliyun snapshot from remote (DeleteAliyunSnapshotFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunSnapshotFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_SNAPSHOT_FROM_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_all_ecs_instances_from_data_center(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAllEcsInstancesFromDataCenterResult:
        """Delete all ecs instances from data center (DeleteAllEcsInstancesFromDataCenter).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAllEcsInstancesFromDataCenterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALL_ECS_INSTANCES_FROM_DATA_CENTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_backup_file_in_public(
        self,
        *,
        type: Literal["aliyun"],
        region_id: str,
        file: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBackupFileInPublicResult:
        """Delete backup file in public (DeleteBackupFileInPublic).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteBackupFileInPublicAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            type: type (enum {'aliyun'})
            region_id: regionId (minLength 1)
            file: file (minLength 1)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BACKUP_FILE_IN_PUBLIC,
            {
                "type": type,
                "regionId": region_id,
                "file": file,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_connection_access_point_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteConnectionAccessPointLocalResult:
        """Delete connection access point local (DeleteConnectionAccessPointLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteConnectionAccessPointLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CONNECTION_ACCESS_POINT_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_connection_between_l3_net_work_and_aliyun_v_switch(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult:
        """Delete connection between L3 net work and aliyun V switch (DeleteConnectionBetweenL3NetWorkAndAliyunVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CONNECTION_BETWEEN_L3_NET_WORK_AND_ALIYUN_V_SWITCH,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_data_center_in_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDataCenterInLocalResult:
        """Delete data center in local (DeleteDataCenterInLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteDataCenterInLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_DATA_CENTER_IN_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_image_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsImageLocalResult:
        """Delete ecs image local (DeleteEcsImageLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsImageLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_IMAGE_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_image_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsImageRemoteResult:
        """Delete ecs image remote (DeleteEcsImageRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsImageRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_IMAGE_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_instance(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsInstanceResult:
        """Delete ecs instance (DeleteEcsInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_INSTANCE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_instance_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsInstanceLocalResult:
        """Delete ecs instance local (DeleteEcsInstanceLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsInstanceLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_INSTANCE_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_security_group_in_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsSecurityGroupInLocalResult:
        """Delete ecs security group in local (DeleteEcsSecurityGroupInLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsSecurityGroupInLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_SECURITY_GROUP_IN_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_security_group_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsSecurityGroupRemoteResult:
        """Delete ecs security group remote (DeleteEcsSecurityGroupRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsSecurityGroupRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_SECURITY_GROUP_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_security_group_rule_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsSecurityGroupRuleRemoteResult:
        """Delete ecs security group rule remote (DeleteEcsSecurityGroupRuleRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsSecurityGroupRuleRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_SECURITY_GROUP_RULE_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_v_switch_in_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsVSwitchInLocalResult:
        """Delete ecs V switch in local (DeleteEcsVSwitchInLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsVSwitchInLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_V_SWITCH_IN_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_v_switch_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsVSwitchRemoteResult:
        """Delete ecs V switch remote (DeleteEcsVSwitchRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsVSwitchRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_V_SWITCH_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_vpc_in_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsVpcInLocalResult:
        """Delete ecs vpc in local (DeleteEcsVpcInLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsVpcInLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_VPC_IN_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ecs_vpc_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsVpcRemoteResult:
        """Delete ecs vpc remote (DeleteEcsVpcRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsVpcRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ECS_VPC_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_hybrid_eip_from_local(
        self,
        *,
        uuid: str,
        type: Literal["aliyun"],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHybridEipFromLocalResult:
        """Delete hybrid eip from local (DeleteHybridEipFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteHybridEipFromLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            type: type (enum {'aliyun'})
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HYBRID_EIP_FROM_LOCAL,
            {
                "uuid": uuid,
                "type": type,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_hybrid_eip_remote(
        self,
        *,
        uuid: str,
        type: Literal["aliyun"],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHybridEipRemoteResult:
        """Delete hybrid eip remote (DeleteHybridEipRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteHybridEipRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            type: type (enum {'aliyun'})
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HYBRID_EIP_REMOTE,
            {
                "uuid": uuid,
                "type": type,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_hybrid_key_secret(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHybridKeySecretResult:
        """Delete hybrid key secret (DeleteHybridKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteHybridKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HYBRID_KEY_SECRET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_identity_zone_in_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIdentityZoneInLocalResult:
        """Delete identity zone in local (DeleteIdentityZoneInLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteIdentityZoneInLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IDENTITY_ZONE_IN_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_oss_bucket_file_remote(
        self,
        *,
        uuid: str,
        file_name: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteOssBucketFileRemoteResult:
        """Delete oss bucket file remote (DeleteOssBucketFileRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteOssBucketFileRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            file_name: fileName
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_OSS_BUCKET_FILE_REMOTE,
            {
                "uuid": uuid,
                "fileName": file_name,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_oss_bucket_name_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteOssBucketNameLocalResult:
        """Delete oss bucket name local (DeleteOssBucketNameLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteOssBucketNameLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_OSS_BUCKET_NAME_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_oss_bucket_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteOssBucketRemoteResult:
        """Delete oss bucket remote (DeleteOssBucketRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteOssBucketRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_OSS_BUCKET_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_virtual_border_router_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVirtualBorderRouterLocalResult:
        """Delete virtual border router local (DeleteVirtualBorderRouterLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVirtualBorderRouterLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VIRTUAL_BORDER_ROUTER_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_virtual_router_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVirtualRouterLocalResult:
        """Delete virtual router local (DeleteVirtualRouterLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVirtualRouterLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VIRTUAL_ROUTER_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vpc_ike_config_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcIkeConfigLocalResult:
        """Delete vpc ike config local (DeleteVpcIkeConfigLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcIkeConfigLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VPC_IKE_CONFIG_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vpc_ip_sec_config_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcIpSecConfigLocalResult:
        """Delete vpc ip sec config local (DeleteVpcIpSecConfigLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcIpSecConfigLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VPC_IP_SEC_CONFIG_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vpc_user_vpn_gateway_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcUserVpnGatewayLocalResult:
        """Delete vpc user vpn gateway local (DeleteVpcUserVpnGatewayLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcUserVpnGatewayLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VPC_USER_VPN_GATEWAY_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vpc_user_vpn_gateway_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcUserVpnGatewayRemoteResult:
        """Delete vpc user vpn gateway remote (DeleteVpcUserVpnGatewayRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcUserVpnGatewayRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VPC_USER_VPN_GATEWAY_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vpc_vpn_connection_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcVpnConnectionLocalResult:
        """Delete vpc vpn connection local (DeleteVpcVpnConnectionLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcVpnConnectionLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VPC_VPN_CONNECTION_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vpc_vpn_connection_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcVpnConnectionRemoteResult:
        """Delete vpc vpn connection remote (DeleteVpcVpnConnectionRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcVpnConnectionRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VPC_VPN_CONNECTION_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vpc_vpn_gateway_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcVpnGatewayLocalResult:
        """Delete vpc vpn gateway local (DeleteVpcVpnGatewayLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcVpnGatewayLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VPC_VPN_GATEWAY_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_aliyun_disk_from_ecs(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachAliyunDiskFromEcsResult:
        """Detach aliyun disk from ecs (DetachAliyunDiskFromEcs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachAliyunDiskFromEcsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_ALIYUN_DISK_FROM_ECS,
            {
                "uuid": uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_aliyun_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachAliyunKeyResult:
        """Detach aliyun key (DetachAliyunKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachAliyunKeyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_ALIYUN_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_hybrid_eip_from_ecs(
        self,
        *,
        eip_uuid: str,
        type: Literal["aliyun"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachHybridEipFromEcsResult:
        """Detach hybrid eip from ecs (DetachHybridEipFromEcs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachHybridEipFromEcsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            eip_uuid: eipUuid
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_HYBRID_EIP_FROM_ECS,
            {
                "eipUuid": eip_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_hybrid_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachHybridKeyResult:
        """Detach hybrid key (DetachHybridKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachHybridKeyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_HYBRID_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_oss_bucket_from_ecs_data_center(
        self,
        *,
        oss_bucket_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachOssBucketFromEcsDataCenterResult:
        """Detach oss bucket from ecs data center (DetachOssBucketFromEcsDataCenter).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachOssBucketFromEcsDataCenterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            oss_bucket_uuid: ossBucketUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_OSS_BUCKET_FROM_ECS_DATA_CENTER,
            {
                "ossBucketUuid": oss_bucket_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def download_backup_file_from_public_cloud(
        self,
        *,
        file: str,
        region_id: str,
        type: Literal["aliyun"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DownloadBackupFileFromPublicCloudResult:
        """Download backup file from public cloud (DownloadBackupFileFromPublicCloud).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DownloadBackupFileFromPublicCloudAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            file: file (minLength 1)
            region_id: regionId (minLength 1)
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DOWNLOAD_BACKUP_FILE_FROM_PUBLIC_CLOUD,
            {
                "file": file,
                "regionId": region_id,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def gc_aliyun_snapshot_remote(
        self,
        *,
        data_center_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GCAliyunSnapshotRemoteResult:
        """GC aliyun snapshot remote (GCAliyunSnapshotRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GCAliyunSnapshotRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GC_ALIYUN_SNAPSHOT_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_connection_access_point_from_remote(
        self,
        *,
        data_center_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetConnectionAccessPointFromRemoteResult:
        """Get connection access point from remote (GetConnectionAccessPointFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetConnectionAccessPointFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CONNECTION_ACCESS_POINT_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_connection_between_l3_network_and_aliyun_v_switch(
        self,
        *,
        resource_type: Literal["l3network", "vroutervm", "vbr", "vpc"],
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetConnectionBetweenL3NetworkAndAliyunVSwitchResult:
        """Get connection between L3 network and aliyun V switch (GetConnectionBetweenL3NetworkAndAliyunVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetConnectionBetweenL3NetworkAndAliyunVSwitchAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_type: resourceType (enum {'l3network', 'vroutervm', 'vbr', 'vpc'})
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH,
            {
                "resourceType": resource_type,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_create_ecs_image_progress(
        self,
        *,
        data_center_uuid: str,
        image_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCreateEcsImageProgressResult:
        """Get create ecs image progress (GetCreateEcsImageProgress).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCreateEcsImageProgressAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            image_uuid: imageUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CREATE_ECS_IMAGE_PROGRESS,
            {
                "dataCenterUuid": data_center_uuid,
                "imageUuid": image_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_data_center_from_remote(
        self,
        *,
        type: str,
        endpoint: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetDataCenterFromRemoteResult:
        """Get data center from remote (GetDataCenterFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetDataCenterFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            type: type
            endpoint: endpoint
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_DATA_CENTER_FROM_REMOTE,
            {
                "type": type,
                "endpoint": endpoint,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_ecs_instance_type(
        self,
        *,
        identity_zone_uuid: str,
        ecs_image_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetEcsInstanceTypeResult:
        """Get ecs instance type (GetEcsInstanceType).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetEcsInstanceTypeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            identity_zone_uuid: identityZoneUuid
            ecs_image_uuid: ecsImageUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ECS_INSTANCE_TYPE,
            {
                "identityZoneUuid": identity_zone_uuid,
                "ecsImageUuid": ecs_image_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_ecs_instance_vnc_url(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetEcsInstanceVncUrlResult:
        """Get ecs instance vnc url (GetEcsInstanceVncUrl).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetEcsInstanceVncUrlAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ECS_INSTANCE_VNC_URL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_identity_zone_from_remote(
        self,
        *,
        data_center_uuid: str,
        type: str | None = None,
        region_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIdentityZoneFromRemoteResult:
        """Get identity zone from remote (GetIdentityZoneFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetIdentityZoneFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            type: type
            data_center_uuid: dataCenterUuid
            region_id: regionId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IDENTITY_ZONE_FROM_REMOTE,
            {
                "type": type,
                "dataCenterUuid": data_center_uuid,
                "regionId": region_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_oss_backup_bucket_from_remote(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetOssBackupBucketFromRemoteResult:
        """Get oss backup bucket from remote (GetOssBackupBucketFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetOssBackupBucketFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_OSS_BACKUP_BUCKET_FROM_REMOTE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_oss_bucket_file_from_remote(
        self,
        *,
        uuid: str,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetOssBucketFileFromRemoteResult:
        """Get oss bucket file from remote (GetOssBucketFileFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetOssBucketFileFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            oss_domain: ossDomain (maxLength 127)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_OSS_BUCKET_FILE_FROM_REMOTE,
            {
                "uuid": uuid,
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_oss_bucket_name_from_remote(
        self,
        *,
        data_center_uuid: str,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetOssBucketNameFromRemoteResult:
        """Get oss bucket name from remote (GetOssBucketNameFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetOssBucketNameFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            oss_domain: ossDomain (maxLength 256)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_OSS_BUCKET_NAME_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_vpn_configuration_from_remote(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcVpnConfigurationFromRemoteResult:
        """Get vpc vpn configuration from remote (GetVpcVpnConfigurationFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcVpnConfigurationFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_VPN_CONFIGURATION_FROM_REMOTE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_aliyun_disk_from_local(
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
    ) -> QueryAliyunDiskFromLocalResult:
        """Query aliyun disk from local (QueryAliyunDiskFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunDiskFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_DISK_FROM_LOCAL,
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

    def query_aliyun_disk_from_local_pages(
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
        """Every result of ``query_aliyun_disk_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_DISK_FROM_LOCAL,
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

    def query_aliyun_route_entry_from_local(
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
    ) -> QueryAliyunRouteEntryFromLocalResult:
        """Query aliyun route entry from local (QueryAliyunRouteEntryFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunRouteEntryFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_ROUTE_ENTRY_FROM_LOCAL,
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

    def query_aliyun_route_entry_from_local_pages(
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
        """Every result of ``query_aliyun_route_entry_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_ROUTE_ENTRY_FROM_LOCAL,
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

    def query_aliyun_router_interface_from_local(
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
    ) -> QueryAliyunRouterInterfaceFromLocalResult:
        """Query aliyun router interface from local (QueryAliyunRouterInterfaceFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunRouterInterfaceFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_ROUTER_INTERFACE_FROM_LOCAL,
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

    def query_aliyun_router_interface_from_local_pages(
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
        """Every result of ``query_aliyun_router_interface_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_ROUTER_INTERFACE_FROM_LOCAL,
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

    def query_aliyun_snapshot_from_local(
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
    ) -> QueryAliyunSnapshotFromLocalResult:
        """Query aliyun snapshot from local (QueryAliyunSnapshotFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunSnapshotFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_SNAPSHOT_FROM_LOCAL,
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

    def query_aliyun_snapshot_from_local_pages(
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
        """Every result of ``query_aliyun_snapshot_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_SNAPSHOT_FROM_LOCAL,
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

    def query_aliyun_virtual_router_from_local(
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
    ) -> QueryAliyunVirtualRouterFromLocalResult:
        """Query aliyun virtual router from local (QueryAliyunVirtualRouterFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunVirtualRouterFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_VIRTUAL_ROUTER_FROM_LOCAL,
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

    def query_aliyun_virtual_router_from_local_pages(
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
        """Every result of ``query_aliyun_virtual_router_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_VIRTUAL_ROUTER_FROM_LOCAL,
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

    def query_connection_access_point_from_local(
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
    ) -> QueryConnectionAccessPointFromLocalResult:
        """Query connection access point from local (QueryConnectionAccessPointFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryConnectionAccessPointFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CONNECTION_ACCESS_POINT_FROM_LOCAL,
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

    def query_connection_access_point_from_local_pages(
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
        """Every result of ``query_connection_access_point_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CONNECTION_ACCESS_POINT_FROM_LOCAL,
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

    def query_connection_between_l3_network_and_aliyun_v_switch(
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
    ) -> QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult:
        """Query connection between L3 network and aliyun V switch (QueryConnectionBetweenL3NetworkAndAliyunVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryConnectionBetweenL3NetworkAndAliyunVSwitchAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH,
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

    def query_connection_between_l3_network_and_aliyun_v_switch_pages(
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
        """Every result of ``query_connection_between_l3_network_and_aliyun_v_switch``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH,
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

    def query_data_center_from_local(
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
    ) -> QueryDataCenterFromLocalResult:
        """Query data center from local (QueryDataCenterFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryDataCenterFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_DATA_CENTER_FROM_LOCAL,
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

    def query_data_center_from_local_pages(
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
        """Every result of ``query_data_center_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DATA_CENTER_FROM_LOCAL,
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

    def query_ecs_image_from_local(
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
    ) -> QueryEcsImageFromLocalResult:
        """Query ecs image from local (QueryEcsImageFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsImageFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ECS_IMAGE_FROM_LOCAL,
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

    def query_ecs_image_from_local_pages(
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
        """Every result of ``query_ecs_image_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_IMAGE_FROM_LOCAL,
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

    def query_ecs_instance_from_local(
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
    ) -> QueryEcsInstanceFromLocalResult:
        """Query ecs instance from local (QueryEcsInstanceFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsInstanceFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ECS_INSTANCE_FROM_LOCAL,
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

    def query_ecs_instance_from_local_pages(
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
        """Every result of ``query_ecs_instance_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_INSTANCE_FROM_LOCAL,
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

    def query_ecs_security_group_from_local(
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
    ) -> QueryEcsSecurityGroupFromLocalResult:
        """Query ecs security group from local (QueryEcsSecurityGroupFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsSecurityGroupFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ECS_SECURITY_GROUP_FROM_LOCAL,
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

    def query_ecs_security_group_from_local_pages(
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
        """Every result of ``query_ecs_security_group_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_SECURITY_GROUP_FROM_LOCAL,
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

    def query_ecs_security_group_rule_from_local(
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
    ) -> QueryEcsSecurityGroupRuleFromLocalResult:
        """Query ecs security group rule from local (QueryEcsSecurityGroupRuleFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsSecurityGroupRuleFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ECS_SECURITY_GROUP_RULE_FROM_LOCAL,
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

    def query_ecs_security_group_rule_from_local_pages(
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
        """Every result of ``query_ecs_security_group_rule_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_SECURITY_GROUP_RULE_FROM_LOCAL,
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

    def query_ecs_v_switch_from_local(
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
    ) -> QueryEcsVSwitchFromLocalResult:
        """Query ecs V switch from local (QueryEcsVSwitchFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsVSwitchFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ECS_V_SWITCH_FROM_LOCAL,
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

    def query_ecs_v_switch_from_local_pages(
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
        """Every result of ``query_ecs_v_switch_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_V_SWITCH_FROM_LOCAL,
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

    def query_ecs_vpc_from_local(
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
    ) -> QueryEcsVpcFromLocalResult:
        """Query ecs vpc from local (QueryEcsVpcFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsVpcFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ECS_VPC_FROM_LOCAL,
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

    def query_ecs_vpc_from_local_pages(
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
        """Every result of ``query_ecs_vpc_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_VPC_FROM_LOCAL,
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

    def query_hybrid_eip_from_local(
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
    ) -> QueryHybridEipFromLocalResult:
        """Query hybrid eip from local (QueryHybridEipFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryHybridEipFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HYBRID_EIP_FROM_LOCAL,
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

    def query_hybrid_eip_from_local_pages(
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
        """Every result of ``query_hybrid_eip_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HYBRID_EIP_FROM_LOCAL,
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

    def query_hybrid_key_secret(
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
    ) -> QueryHybridKeySecretResult:
        """Query hybrid key secret (QueryHybridKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryHybridKeySecretAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HYBRID_KEY_SECRET,
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

    def query_hybrid_key_secret_pages(
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
        """Every result of ``query_hybrid_key_secret``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HYBRID_KEY_SECRET,
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

    def query_identity_zone_from_local(
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
    ) -> QueryIdentityZoneFromLocalResult:
        """Query identity zone from local (QueryIdentityZoneFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryIdentityZoneFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IDENTITY_ZONE_FROM_LOCAL,
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

    def query_identity_zone_from_local_pages(
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
        """Every result of ``query_identity_zone_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IDENTITY_ZONE_FROM_LOCAL,
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

    def query_oss_bucket_file_name(
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
    ) -> QueryOssBucketFileNameResult:
        """Query oss bucket file name (QueryOssBucketFileName).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryOssBucketFileNameAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_OSS_BUCKET_FILE_NAME,
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

    def query_oss_bucket_file_name_pages(
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
        """Every result of ``query_oss_bucket_file_name``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_OSS_BUCKET_FILE_NAME,
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

    def query_virtual_border_router_from_local(
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
    ) -> QueryVirtualBorderRouterFromLocalResult:
        """Query virtual border router from local (QueryVirtualBorderRouterFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVirtualBorderRouterFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VIRTUAL_BORDER_ROUTER_FROM_LOCAL,
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

    def query_virtual_border_router_from_local_pages(
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
        """Every result of ``query_virtual_border_router_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_BORDER_ROUTER_FROM_LOCAL,
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

    def query_vpc_ike_config_from_local(
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
    ) -> QueryVpcIkeConfigFromLocalResult:
        """Query vpc ike config from local (QueryVpcIkeConfigFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcIkeConfigFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_IKE_CONFIG_FROM_LOCAL,
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

    def query_vpc_ike_config_from_local_pages(
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
        """Every result of ``query_vpc_ike_config_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_IKE_CONFIG_FROM_LOCAL,
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

    def query_vpc_ip_sec_config_from_local(
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
    ) -> QueryVpcIpSecConfigFromLocalResult:
        """Query vpc ip sec config from local (QueryVpcIpSecConfigFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcIpSecConfigFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_IP_SEC_CONFIG_FROM_LOCAL,
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

    def query_vpc_ip_sec_config_from_local_pages(
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
        """Every result of ``query_vpc_ip_sec_config_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_IP_SEC_CONFIG_FROM_LOCAL,
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

    def query_vpc_user_vpn_gateway_from_local(
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
    ) -> QueryVpcUserVpnGatewayFromLocalResult:
        """Query vpc user vpn gateway from local (QueryVpcUserVpnGatewayFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcUserVpnGatewayFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_USER_VPN_GATEWAY_FROM_LOCAL,
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

    def query_vpc_user_vpn_gateway_from_local_pages(
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
        """Every result of ``query_vpc_user_vpn_gateway_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_USER_VPN_GATEWAY_FROM_LOCAL,
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

    def query_vpc_vpn_connection_from_local(
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
    ) -> QueryVpcVpnConnectionFromLocalResult:
        """Query vpc vpn connection from local (QueryVpcVpnConnectionFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcVpnConnectionFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_VPN_CONNECTION_FROM_LOCAL,
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

    def query_vpc_vpn_connection_from_local_pages(
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
        """Every result of ``query_vpc_vpn_connection_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_VPN_CONNECTION_FROM_LOCAL,
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

    def query_vpc_vpn_gateway_from_local(
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
    ) -> QueryVpcVpnGatewayFromLocalResult:
        """Query vpc vpn gateway from local (QueryVpcVpnGatewayFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcVpnGatewayFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_VPN_GATEWAY_FROM_LOCAL,
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

    def query_vpc_vpn_gateway_from_local_pages(
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
        """Every result of ``query_vpc_vpn_gateway_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_VPN_GATEWAY_FROM_LOCAL,
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

    def reboot_ecs_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RebootEcsInstanceResult:
        """Reboot ecs instance (RebootEcsInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RebootEcsInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REBOOT_ECS_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def recovery_virtual_border_router_remote(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoveryVirtualBorderRouterRemoteResult:
        """Recovery virtual border router remote (RecoveryVirtualBorderRouterRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RecoveryVirtualBorderRouterRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECOVERY_VIRTUAL_BORDER_ROUTER_REMOTE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def start_connection_between_aliyun_router_interface(
        self,
        *,
        vbr_interface_uuid: str,
        vrouter_interface_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartConnectionBetweenAliyunRouterInterfaceResult:
        """Start connection between aliyun router interface (StartConnectionBetweenAliyunRouterInterface).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/StartConnectionBetweenAliyunRouterInterfaceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vbr_interface_uuid: vbrInterfaceUuid
            vrouter_interface_uuid: vrouterInterfaceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            START_CONNECTION_BETWEEN_ALIYUN_ROUTER_INTERFACE,
            {
                "vbrInterfaceUuid": vbr_interface_uuid,
                "vrouterInterfaceUuid": vrouter_interface_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def start_ecs_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartEcsInstanceResult:
        """Start ecs instance (StartEcsInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/StartEcsInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            START_ECS_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def stop_ecs_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopEcsInstanceResult:
        """Stop ecs instance (StopEcsInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/StopEcsInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            STOP_ECS_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_aliyun_route_entry_from_remote(
        self,
        *,
        v_router_uuid: str,
        v_router_type: Literal["vbr", "vrouter"],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncAliyunRouteEntryFromRemoteResult:
        """Sync aliyun route entry from remote (SyncAliyunRouteEntryFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncAliyunRouteEntryFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            v_router_uuid: vRouterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_router_type: vRouterType (enum {'vbr', 'vrouter'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_ALIYUN_ROUTE_ENTRY_FROM_REMOTE,
            {
                "vRouterUuid": v_router_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterType": v_router_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_aliyun_router_interface_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncAliyunRouterInterfaceFromRemoteResult:
        """Sync aliyun router interface from remote (SyncAliyunRouterInterfaceFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncAliyunRouterInterfaceFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_ALIYUN_ROUTER_INTERFACE_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_aliyun_snapshot_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        snapshot_id: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncAliyunSnapshotRemoteResult:
        """Sync aliyun snapshot remote (SyncAliyunSnapshotRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncAliyunSnapshotRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            snapshot_id: snapshotId
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_ALIYUN_SNAPSHOT_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "snapshotId": snapshot_id,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_aliyun_virtual_router_from_remote(
        self,
        *,
        vpc_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncAliyunVirtualRouterFromRemoteResult:
        """Sync aliyun virtual router from remote (SyncAliyunVirtualRouterFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncAliyunVirtualRouterFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vpc_uuid: vpcUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_ALIYUN_VIRTUAL_ROUTER_FROM_REMOTE,
            {
                "vpcUuid": vpc_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_connection_access_point_from_remote(
        self,
        *,
        data_center_uuid: str,
        access_point_id: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncConnectionAccessPointFromRemoteResult:
        """Sync connection access point from remote (SyncConnectionAccessPointFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncConnectionAccessPointFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            access_point_id: accessPointId
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_CONNECTION_ACCESS_POINT_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "accessPointId": access_point_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_data_center_from_remote(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncDataCenterFromRemoteResult:
        """Sync data center from remote (SyncDataCenterFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncDataCenterFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_DATA_CENTER_FROM_REMOTE,
            {
                "uuid": uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_disk_from_aliyun_from_remote(
        self,
        *,
        identity_uuid: str,
        disk_id: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncDiskFromAliyunFromRemoteResult:
        """Sync disk from aliyun from remote (SyncDiskFromAliyunFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncDiskFromAliyunFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            identity_uuid: identityUuid
            disk_id: diskId
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_DISK_FROM_ALIYUN_FROM_REMOTE,
            {
                "identityUuid": identity_uuid,
                "diskId": disk_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_ecs_image_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["system", "self"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsImageFromRemoteResult:
        """Sync ecs image from remote (SyncEcsImageFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsImageFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'system', 'self'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_ECS_IMAGE_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_ecs_instance_from_remote(
        self,
        *,
        data_center_uuid: str,
        only_zstack: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsInstanceFromRemoteResult:
        """Sync ecs instance from remote (SyncEcsInstanceFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsInstanceFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            only_zstack: onlyZstack
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_ECS_INSTANCE_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "onlyZstack": only_zstack,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_ecs_security_group_from_remote(
        self,
        *,
        ecs_vpc_uuid: str,
        resource_uuid: str | None = None,
        security_group_id: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsSecurityGroupFromRemoteResult:
        """Sync ecs security group from remote (SyncEcsSecurityGroupFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsSecurityGroupFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ecs_vpc_uuid: ecsVpcUuid
            resource_uuid: resourceUuid
            security_group_id: securityGroupId
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_ECS_SECURITY_GROUP_FROM_REMOTE,
            {
                "ecsVpcUuid": ecs_vpc_uuid,
                "resourceUuid": resource_uuid,
                "securityGroupId": security_group_id,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_ecs_security_group_rule_from_remote(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsSecurityGroupRuleFromRemoteResult:
        """Sync ecs security group rule from remote (SyncEcsSecurityGroupRuleFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsSecurityGroupRuleFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_ECS_SECURITY_GROUP_RULE_FROM_REMOTE,
            {
                "uuid": uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_ecs_v_switch_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        v_switch_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsVSwitchFromRemoteResult:
        """Sync ecs V switch from remote (SyncEcsVSwitchFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsVSwitchFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_switch_id: vSwitchId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_ECS_V_SWITCH_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vSwitchId": v_switch_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_ecs_vpc_from_remote(
        self,
        *,
        data_center_uuid: str,
        ecs_vpc_id: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsVpcFromRemoteResult:
        """Sync ecs vpc from remote (SyncEcsVpcFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsVpcFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            ecs_vpc_id: ecsVpcId
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_ECS_VPC_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "ecsVpcId": ecs_vpc_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_hybrid_eip_from_remote(
        self,
        *,
        data_center_uuid: str,
        type: Literal["aliyun"],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncHybridEipFromRemoteResult:
        """Sync hybrid eip from remote (SyncHybridEipFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncHybridEipFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_HYBRID_EIP_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_identity_from_remote(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncIdentityFromRemoteResult:
        """Sync identity from remote (SyncIdentityFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncIdentityFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_IDENTITY_FROM_REMOTE,
            {
                "uuid": uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_virtual_border_router_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVirtualBorderRouterFromRemoteResult:
        """Sync virtual border router from remote (SyncVirtualBorderRouterFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncVirtualBorderRouterFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_VIRTUAL_BORDER_ROUTER_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_vpc_user_vpn_gateway_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVpcUserVpnGatewayFromRemoteResult:
        """Sync vpc user vpn gateway from remote (SyncVpcUserVpnGatewayFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncVpcUserVpnGatewayFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_VPC_USER_VPN_GATEWAY_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_vpc_vpn_connection_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVpcVpnConnectionFromRemoteResult:
        """Sync vpc vpn connection from remote (SyncVpcVpnConnectionFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncVpcVpnConnectionFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_VPC_VPN_CONNECTION_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_vpc_vpn_gateway_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVpcVpnGatewayFromRemoteResult:
        """Sync vpc vpn gateway from remote (SyncVpcVpnGatewayFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncVpcVpnGatewayFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_VPC_VPN_GATEWAY_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def terminate_virtual_border_router_remote(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> TerminateVirtualBorderRouterRemoteResult:
        """Terminate virtual border router remote (TerminateVirtualBorderRouterRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/TerminateVirtualBorderRouterRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            TERMINATE_VIRTUAL_BORDER_ROUTER_REMOTE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_aliyun_disk(
        self,
        *,
        uuid: str,
        delete_auto_snapshot: bool | None = None,
        delete_with_instance: bool | None = None,
        description: str | None = None,
        enable_auto_snapshot: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunDiskResult:
        """Update aliyun disk (UpdateAliyunDisk).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunDiskAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_auto_snapshot: deleteAutoSnapshot
            delete_with_instance: deleteWithInstance
            description: description (minLength 2; maxLength 1024)
            enable_auto_snapshot: enableAutoSnapshot
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_DISK,
            {
                "uuid": uuid,
                "deleteAutoSnapshot": delete_auto_snapshot,
                "deleteWithInstance": delete_with_instance,
                "description": description,
                "enableAutoSnapshot": enable_auto_snapshot,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_aliyun_key_secret(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunKeySecretResult:
        """Update aliyun key secret (UpdateAliyunKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description
            name: name
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_KEY_SECRET,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_aliyun_route_interface_remote(
        self,
        *,
        uuid: str,
        op: Literal["active", "inactive"],
        v_router_type: Literal["vbr", "vrouter"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunRouteInterfaceRemoteResult:
        """Update aliyun route interface remote (UpdateAliyunRouteInterfaceRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunRouteInterfaceRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            op: op (enum {'active', 'inactive'})
            v_router_type: vRouterType (enum {'vbr', 'vrouter'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_ROUTE_INTERFACE_REMOTE,
            {
                "uuid": uuid,
                "op": op,
                "vRouterType": v_router_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_aliyun_snapshot(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunSnapshotResult:
        """Update aliyun snapshot (UpdateAliyunSnapshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunSnapshotAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (minLength 2; maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_SNAPSHOT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_aliyun_virtual_router(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunVirtualRouterResult:
        """Update aliyun virtual router (UpdateAliyunVirtualRouter).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunVirtualRouterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^[\\\\u4e00-\\\\u9fa5a-zA-Z][\\\\u4e00-\\\\u9fa5_a-zA-Z0-9-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_VIRTUAL_ROUTER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_connection_between_l3_net_work_and_aliyun_v_switch(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult:
        """Update connection between L3 net work and aliyun V switch (UpdateConnectionBetweenL3NetWorkAndAliyunVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CONNECTION_BETWEEN_L3_NET_WORK_AND_ALIYUN_V_SWITCH,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ecs_image(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsImageResult:
        """Update ecs image (UpdateEcsImage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsImageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (minLength 1; maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^(?:[A-Za-z\\u4e00-\\u9fa5]{1}[A-Za-z0-9-_\\u4e00-\\u9fa5]{1,127})$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ECS_IMAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ecs_instance(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsInstanceResult:
        """Update ecs instance (UpdateEcsInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (minLength 2; maxLength 1024)
            name: name (minLength 1; maxLength 128)
            password: password (minLength 8; maxLength 30)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ECS_INSTANCE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ecs_instance_vnc_password(
        self,
        *,
        uuid: str,
        password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsInstanceVncPasswordResult:
        """Update ecs instance vnc password (UpdateEcsInstanceVncPassword).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsInstanceVncPasswordAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            password: password (minLength 6; maxLength 6; pattern ^(?:[A-Za-z0-9]{6})$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ECS_INSTANCE_VNC_PASSWORD,
            {
                "uuid": uuid,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ecs_security_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsSecurityGroupResult:
        """Update ecs security group (UpdateEcsSecurityGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsSecurityGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 256)
            name: name (minLength 1; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ECS_SECURITY_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ecs_v_switch(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsVSwitchResult:
        """Update ecs V switch (UpdateEcsVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ECS_V_SWITCH,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ecs_vpc(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsVpcResult:
        """Update ecs vpc (UpdateEcsVpc).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsVpcAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 256)
            name: name (minLength 1; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ECS_VPC,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_hybrid_eip(
        self,
        *,
        uuid: str,
        type: Literal["aliyun"],
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHybridEipResult:
        """Update hybrid eip (UpdateHybridEip).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateHybridEipAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 128)
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HYBRID_EIP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_hybrid_key_secret(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHybridKeySecretResult:
        """Update hybrid key secret (UpdateHybridKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateHybridKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HYBRID_KEY_SECRET,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_oss_bucket(
        self,
        *,
        uuid: str,
        description: str | None = None,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateOssBucketResult:
        """Update oss bucket (UpdateOssBucket).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateOssBucketAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            oss_domain: ossDomain (maxLength 256)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_OSS_BUCKET,
            {
                "uuid": uuid,
                "description": description,
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_virtual_border_router_remote(
        self,
        *,
        uuid: str,
        circuit_code: str | None = None,
        description: str | None = None,
        local_gateway_ip: str | None = None,
        name: str | None = None,
        peer_gateway_ip: str | None = None,
        peering_subnet_mask: str | None = None,
        vlan_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVirtualBorderRouterRemoteResult:
        """Update virtual border router remote (UpdateVirtualBorderRouterRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVirtualBorderRouterRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            circuit_code: circuitCode
            description: description (maxLength 1024)
            local_gateway_ip: localGatewayIp
            name: name (maxLength 64)
            peer_gateway_ip: peerGatewayIp
            peering_subnet_mask: peeringSubnetMask
            vlan_id: vlanId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VIRTUAL_BORDER_ROUTER_REMOTE,
            {
                "uuid": uuid,
                "circuitCode": circuit_code,
                "description": description,
                "localGatewayIp": local_gateway_ip,
                "name": name,
                "peerGatewayIp": peer_gateway_ip,
                "peeringSubnetMask": peering_subnet_mask,
                "vlanId": vlan_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vpc_user_vpn_gateway(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcUserVpnGatewayResult:
        """Update vpc user vpn gateway (UpdateVpcUserVpnGateway).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVpcUserVpnGatewayAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^[\\\\u4e00-\\\\u9fa5a-zA-Z][\\\\u4e00-\\\\u9fa5_a-zA-Z0-9-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VPC_USER_VPN_GATEWAY,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vpc_vpn_connection_remote(
        self,
        *,
        uuid: str,
        active: bool | None = None,
        description: str | None = None,
        ike_conf_uuid: str | None = None,
        ipsec_conf_uuid: str | None = None,
        local_cidr: str | None = None,
        name: str | None = None,
        remote_cidr: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcVpnConnectionRemoteResult:
        """Update vpc vpn connection remote (UpdateVpcVpnConnectionRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVpcVpnConnectionRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            active: active
            description: description (maxLength 1024)
            ike_conf_uuid: ikeConfUuid
            ipsec_conf_uuid: ipsecConfUuid
            local_cidr: localCidr
            name: name (minLength 1; maxLength 64)
            remote_cidr: remoteCidr
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VPC_VPN_CONNECTION_REMOTE,
            {
                "uuid": uuid,
                "active": active,
                "description": description,
                "ikeConfUuid": ike_conf_uuid,
                "ipsecConfUuid": ipsec_conf_uuid,
                "localCidr": local_cidr,
                "name": name,
                "remoteCidr": remote_cidr,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vpc_vpn_gateway(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcVpnGatewayResult:
        """Update vpc vpn gateway (UpdateVpcVpnGateway).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVpcVpnGatewayAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VPC_VPN_GATEWAY,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncHybridApi(AsyncNamespace):
    """hybrid: 157 APIs (AddAliyunKeySecret, AddConnectionAccessPointFromRemote, AddDataCenterFromRemote, ...). (asyncio)"""

    __slots__ = ()

    async def add_aliyun_key_secret(
        self,
        *,
        key: str,
        name: str,
        secret: str,
        account_uuid: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        sync: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunKeySecretResult:
        """Add aliyun key secret (AddAliyunKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            account_uuid: accountUuid
            description: description (maxLength 1024)
            key: key (minLength 1)
            name: name (minLength 1)
            resource_uuid: resourceUuid
            secret: secret (minLength 1)
            sync: sync
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ALIYUN_KEY_SECRET,
            {
                "accountUuid": account_uuid,
                "description": description,
                "key": key,
                "name": name,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "sync": sync,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_connection_access_point_from_remote(
        self,
        *,
        access_point_id: str,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddConnectionAccessPointFromRemoteResult:
        """Add connection access point from remote (AddConnectionAccessPointFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddConnectionAccessPointFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            access_point_id: accessPointId (minLength 1)
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_CONNECTION_ACCESS_POINT_FROM_REMOTE,
            {
                "accessPointId": access_point_id,
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_data_center_from_remote(
        self,
        *,
        region_id: str,
        type: str,
        description: str | None = None,
        endpoint: str | None = None,
        resource_uuid: str | None = None,
        sync_zones: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddDataCenterFromRemoteResult:
        """Add data center from remote (AddDataCenterFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddDataCenterFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 1024)
            endpoint: endpoint (maxLength 127)
            region_id: regionId (minLength 1)
            resource_uuid: resourceUuid
            sync_zones: syncZones
            tag_uuids: tagUuids
            type: type
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_DATA_CENTER_FROM_REMOTE,
            {
                "description": description,
                "endpoint": endpoint,
                "regionId": region_id,
                "resourceUuid": resource_uuid,
                "syncZones": sync_zones,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_hybrid_key_secret(
        self,
        *,
        key: str,
        name: str,
        secret: str,
        type: str,
        account_uuid: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        sync: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddHybridKeySecretResult:
        """Add hybrid key secret (AddHybridKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddHybridKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            account_uuid: accountUuid
            description: description (maxLength 1024)
            key: key (minLength 1)
            name: name (minLength 1; maxLength 255)
            resource_uuid: resourceUuid
            secret: secret (minLength 1)
            sync: sync
            tag_uuids: tagUuids
            type: type
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_HYBRID_KEY_SECRET,
            {
                "accountUuid": account_uuid,
                "description": description,
                "key": key,
                "name": name,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "sync": sync,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_identity_zone_from_remote(
        self,
        *,
        data_center_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        zone_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIdentityZoneFromRemoteResult:
        """Add identity zone from remote (AddIdentityZoneFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddIdentityZoneFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            zone_id: zoneId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IDENTITY_ZONE_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneId": zone_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_oss_bucket_from_remote(
        self,
        *,
        bucket_name: str,
        data_center_uuid: str,
        description: str | None = None,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddOssBucketFromRemoteResult:
        """Add oss bucket from remote (AddOssBucketFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddOssBucketFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            bucket_name: bucketName (minLength 1; maxLength 128)
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            oss_domain: ossDomain (maxLength 256)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_OSS_BUCKET_FROM_REMOTE,
            {
                "bucketName": bucket_name,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_aliyun_disk_to_ecs(
        self,
        *,
        disk_uuid: str,
        ecs_uuid: str,
        delete_with_instance: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachAliyunDiskToEcsResult:
        """Attach aliyun disk to ecs (AttachAliyunDiskToEcs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachAliyunDiskToEcsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            disk_uuid: diskUuid
            delete_with_instance: deleteWithInstance
            ecs_uuid: ecsUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_ALIYUN_DISK_TO_ECS,
            {
                "diskUuid": disk_uuid,
                "deleteWithInstance": delete_with_instance,
                "ecsUuid": ecs_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_aliyun_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachAliyunKeyResult:
        """Attach aliyun key (AttachAliyunKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachAliyunKeyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_ALIYUN_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_hybrid_eip_to_ecs(
        self,
        *,
        eip_uuid: str,
        ecs_uuid: str,
        type: Literal["aliyun"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachHybridEipToEcsResult:
        """Attach hybrid eip to ecs (AttachHybridEipToEcs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachHybridEipToEcsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            eip_uuid: eipUuid
            ecs_uuid: ecsUuid
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_HYBRID_EIP_TO_ECS,
            {
                "eipUuid": eip_uuid,
                "ecsUuid": ecs_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_hybrid_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachHybridKeyResult:
        """Attach hybrid key (AttachHybridKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachHybridKeyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_HYBRID_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_oss_bucket_to_ecs_data_center(
        self,
        *,
        oss_bucket_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachOssBucketToEcsDataCenterResult:
        """Attach oss bucket to ecs data center (AttachOssBucketToEcsDataCenter).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachOssBucketToEcsDataCenterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            oss_bucket_uuid: ossBucketUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_OSS_BUCKET_TO_ECS_DATA_CENTER,
            {
                "ossBucketUuid": oss_bucket_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def backup_database_to_public_cloud(
        self,
        *,
        region_id: str,
        type: Literal["aliyun"],
        local: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BackupDatabaseToPublicCloudResult:
        """Backup database to public cloud (BackupDatabaseToPublicCloud).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/BackupDatabaseToPublicCloudAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            local: local
            region_id: regionId (minLength 1)
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            BACKUP_DATABASE_TO_PUBLIC_CLOUD,
            {
                "local": local,
                "regionId": region_id,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_aliyun_disk_from_remote(
        self,
        *,
        identity_uuid: str,
        name: str,
        description: str | None = None,
        disk_category: Literal["cloud_efficiency", "cloud_ssd"] | None = None,
        resource_uuid: str | None = None,
        size_with_gb: int | None = None,
        snapshot_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunDiskFromRemoteResult:
        """Create aliyun disk from remote (CreateAliyunDiskFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunDiskFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (minLength 2; maxLength 1024)
            disk_category: diskCategory (enum {'cloud_efficiency', 'cloud_ssd'})
            identity_uuid: identityUuid
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$)
            resource_uuid: resourceUuid
            size_with_gb: sizeWithGB (minimum 20; maximum 32768)
            snapshot_uuid: snapshotUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_DISK_FROM_REMOTE,
            {
                "description": description,
                "diskCategory": disk_category,
                "identityUuid": identity_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "sizeWithGB": size_with_gb,
                "snapshotUuid": snapshot_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_aliyun_router_interface_remote(
        self,
        *,
        data_center_uuid: str,
        name: str,
        router_type: Literal["VBR", "VRouter"],
        v_router_uuid: str,
        access_point_uuid: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        spec: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunRouterInterfaceRemoteResult:
        """Create aliyun router interface remote (CreateAliyunRouterInterfaceRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunRouterInterfaceRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            access_point_uuid: accessPointUuid
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            resource_uuid: resourceUuid
            router_type: routerType (enum {'VBR', 'VRouter'})
            spec: spec (pattern ^(?:[XxlL]{1}arge.(\\d+))$)
            tag_uuids: tagUuids
            v_router_uuid: vRouterUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_ROUTER_INTERFACE_REMOTE,
            {
                "accessPointUuid": access_point_uuid,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "routerType": router_type,
                "spec": spec,
                "tagUuids": tag_uuids,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_aliyun_snapshot_remote(
        self,
        *,
        disk_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunSnapshotRemoteResult:
        """Create aliyun snapshot remote (CreateAliyunSnapshotRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunSnapshotRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (minLength 2; maxLength 1024)
            disk_uuid: diskUuid
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_SNAPSHOT_REMOTE,
            {
                "description": description,
                "diskUuid": disk_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_aliyun_vpc_virtual_router_entry_remote(
        self,
        *,
        dst_cidr_block: str,
        next_hop_type: Literal["Instance", "RouterInterface", "VpnGateway"],
        next_hop_uuid: str,
        v_router_type: Literal["vbr", "vrouter"],
        v_router_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunVpcVirtualRouterEntryRemoteResult:
        """Create aliyun vpc virtual router entry remote (CreateAliyunVpcVirtualRouterEntryRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunVpcVirtualRouterEntryRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            dst_cidr_block: dstCidrBlock (minLength 1)
            next_hop_type: nextHopType (enum {'Instance', 'RouterInterface', 'VpnGateway'})
            next_hop_uuid: nextHopUuid (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_router_type: vRouterType (enum {'vbr', 'vrouter'})
            v_router_uuid: vRouterUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_VPC_VIRTUAL_ROUTER_ENTRY_REMOTE,
            {
                "dstCidrBlock": dst_cidr_block,
                "nextHopType": next_hop_type,
                "nextHopUuid": next_hop_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterType": v_router_type,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_connection_between_l3_network_and_aliyun_v_switch(
        self,
        *,
        cpe_ip: str,
        direction: Literal["in", "out", "both"],
        l3network_uuid: str,
        name: str,
        vbr_uuid: str,
        vpc_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult:
        """Create connection between L3 network and aliyun V switch (CreateConnectionBetweenL3NetworkAndAliyunVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateConnectionBetweenL3NetworkAndAliyunVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cpe_ip: cpeIp (minLength 1)
            description: description (maxLength 1024)
            direction: direction (enum {'in', 'out', 'both'})
            l3network_uuid: l3networkUuid
            name: name (minLength 1; maxLength 128)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vbr_uuid: vbrUuid
            vpc_uuid: vpcUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH,
            {
                "cpeIp": cpe_ip,
                "description": description,
                "direction": direction,
                "l3networkUuid": l3network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vbrUuid": vbr_uuid,
                "vpcUuid": vpc_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ecs_image_from_ecs_snapshot(
        self,
        *,
        name: str,
        snapshot_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsImageFromEcsSnapshotResult:
        """Create ecs image from ecs snapshot (CreateEcsImageFromEcsSnapshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsImageFromEcsSnapshotAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (minLength 2; maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$)
            resource_uuid: resourceUuid
            snapshot_uuid: snapshotUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ECS_IMAGE_FROM_ECS_SNAPSHOT,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "snapshotUuid": snapshot_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ecs_image_from_local_image(
        self,
        *,
        data_center_uuid: str,
        image_uuid: str,
        name: str,
        backup_storage_uuid: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsImageFromLocalImageResult:
        """Create ecs image from local image (CreateEcsImageFromLocalImage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsImageFromLocalImageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_storage_uuid: backupStorageUuid
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            image_uuid: imageUuid
            name: name (minLength 2; maxLength 128; pattern ^(?:[A-Za-z\\u4e00-\\u9fa5]{1}[A-Za-z0-9-_\\u4e00-\\u9fa5]{1,127})$)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ECS_IMAGE_FROM_LOCAL_IMAGE,
            {
                "backupStorageUuid": backup_storage_uuid,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "imageUuid": image_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ecs_instance_from_ecs_image(
        self,
        *,
        ecs_image_uuid: str,
        ecs_root_password: str,
        ecs_security_group_uuid: str,
        ecs_v_switch_uuid: str,
        name: str,
        allocate_public_ip: Literal["true", "false"] | None = None,
        create_mode: Literal["atomic", "permissive"] | None = None,
        description: str | None = None,
        ecs_band_width: int | None = None,
        ecs_console_password: str | None = None,
        ecs_root_volume_gb_size: int | None = None,
        ecs_root_volume_type: str | None = None,
        instance_offering_uuid: str | None = None,
        instance_type: str | None = None,
        private_ip_address: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsInstanceFromEcsImageResult:
        """Create ecs instance from ecs image (CreateEcsInstanceFromEcsImage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsInstanceFromEcsImageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            allocate_public_ip: allocatePublicIp (enum {'true', 'false'})
            create_mode: createMode (enum {'atomic', 'permissive'})
            description: description (minLength 2; maxLength 1024)
            ecs_band_width: ecsBandWidth (minimum 1; maximum 200)
            ecs_console_password: ecsConsolePassword (minLength 6; maxLength 6; pattern ^(?:[A-Za-z0-9]{6})$)
            ecs_image_uuid: ecsImageUuid
            ecs_root_password: ecsRootPassword (minLength 8; maxLength 30)
            ecs_root_volume_gb_size: ecsRootVolumeGBSize (minimum 40; maximum 500)
            ecs_root_volume_type: ecsRootVolumeType
            ecs_security_group_uuid: ecsSecurityGroupUuid
            ecs_v_switch_uuid: ecsVSwitchUuid
            instance_offering_uuid: instanceOfferingUuid
            instance_type: instanceType
            name: name (minLength 1; maxLength 128)
            private_ip_address: privateIpAddress
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ECS_INSTANCE_FROM_ECS_IMAGE,
            {
                "allocatePublicIp": allocate_public_ip,
                "createMode": create_mode,
                "description": description,
                "ecsBandWidth": ecs_band_width,
                "ecsConsolePassword": ecs_console_password,
                "ecsImageUuid": ecs_image_uuid,
                "ecsRootPassword": ecs_root_password,
                "ecsRootVolumeGBSize": ecs_root_volume_gb_size,
                "ecsRootVolumeType": ecs_root_volume_type,
                "ecsSecurityGroupUuid": ecs_security_group_uuid,
                "ecsVSwitchUuid": ecs_v_switch_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "instanceType": instance_type,
                "name": name,
                "privateIpAddress": private_ip_address,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ecs_security_group_remote(
        self,
        *,
        name: str,
        vpc_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        strategy: Literal["all", "security", "basic"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsSecurityGroupRemoteResult:
        """Create ecs security group remote (CreateEcsSecurityGroupRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsSecurityGroupRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 256)
            name: name (minLength 1; maxLength 64)
            resource_uuid: resourceUuid
            strategy: strategy (enum {'all', 'security', 'basic'})
            tag_uuids: tagUuids
            vpc_uuid: vpcUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ECS_SECURITY_GROUP_REMOTE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "vpcUuid": vpc_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ecs_security_group_rule_remote(
        self,
        *,
        cidr: str,
        direction: str,
        group_uuid: str,
        port_range: str,
        protocol: str,
        description: str | None = None,
        nictype: str | None = None,
        policy: str | None = None,
        priority: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsSecurityGroupRuleRemoteResult:
        """Create ecs security group rule remote (CreateEcsSecurityGroupRuleRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsSecurityGroupRuleRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cidr: cidr (minLength 1)
            description: description (maxLength 256)
            direction: direction
            group_uuid: groupUuid
            nictype: nictype
            policy: policy
            port_range: portRange (minLength 1)
            priority: priority (minimum 1; maximum 100)
            protocol: protocol
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ECS_SECURITY_GROUP_RULE_REMOTE,
            {
                "cidr": cidr,
                "description": description,
                "direction": direction,
                "groupUuid": group_uuid,
                "nictype": nictype,
                "policy": policy,
                "portRange": port_range,
                "priority": priority,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ecs_v_switch_remote(
        self,
        *,
        cidr_block: str,
        identity_zone_uuid: str,
        name: str,
        vpc_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsVSwitchRemoteResult:
        """Create ecs V switch remote (CreateEcsVSwitchRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsVSwitchRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cidr_block: cidrBlock (minLength 1)
            description: description (maxLength 1024)
            identity_zone_uuid: identityZoneUuid
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9-]+$)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vpc_uuid: vpcUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ECS_V_SWITCH_REMOTE,
            {
                "cidrBlock": cidr_block,
                "description": description,
                "identityZoneUuid": identity_zone_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcUuid": vpc_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ecs_vpc_remote(
        self,
        *,
        cidr_block: str,
        data_center_uuid: str,
        name: str,
        v_router_name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEcsVpcRemoteResult:
        """Create ecs vpc remote (CreateEcsVpcRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEcsVpcRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cidr_block: cidrBlock (minLength 1)
            data_center_uuid: dataCenterUuid
            description: description (maxLength 256)
            name: name (minLength 1; maxLength 64)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_router_name: vRouterName (pattern ^(?:[A-Za-z]{1}[A-Za-z0-9-_]{1,127})$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ECS_VPC_REMOTE,
            {
                "cidrBlock": cidr_block,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterName": v_router_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_hybrid_eip(
        self,
        *,
        band_width_mb: int,
        charge_type: Literal["PayByTraffic"],
        data_center_uuid: str,
        name: str,
        type: Literal["aliyun"],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHybridEipResult:
        """Create hybrid eip (CreateHybridEip).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateHybridEipAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            band_width_mb: bandWidthMb (minimum 1; maximum 200)
            charge_type: chargeType (enum {'PayByTraffic'})
            data_center_uuid: dataCenterUuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 128)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_HYBRID_EIP,
            {
                "bandWidthMb": band_width_mb,
                "chargeType": charge_type,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_oss_backup_bucket_remote(
        self,
        *,
        region_id: str,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateOssBackupBucketRemoteResult:
        """Create oss backup bucket remote (CreateOssBackupBucketRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateOssBackupBucketRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            oss_domain: ossDomain (maxLength 127)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            region_id: regionId (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_OSS_BACKUP_BUCKET_REMOTE,
            {
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "regionId": region_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_oss_bucket_remote(
        self,
        *,
        bucket_name: str,
        data_center_uuid: str,
        description: str | None = None,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateOssBucketRemoteResult:
        """Create oss bucket remote (CreateOssBucketRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateOssBucketRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            bucket_name: bucketName (minLength 1; maxLength 128)
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            oss_domain: ossDomain (maxLength 256)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_OSS_BUCKET_REMOTE,
            {
                "bucketName": bucket_name,
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vpc_user_vpn_gateway_remote(
        self,
        *,
        data_center_uuid: str,
        ip: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcUserVpnGatewayRemoteResult:
        """Create vpc user vpn gateway remote (CreateVpcUserVpnGatewayRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVpcUserVpnGatewayRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            ip: ip (minLength 1)
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9-]+$)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VPC_USER_VPN_GATEWAY_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "ip": ip,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vpc_vpn_connection_remote(
        self,
        *,
        active: bool,
        ike_conf_uuid: str,
        ipsec_conf_uuid: str,
        local_cidr: str,
        name: str,
        remote_cidr: str,
        user_gateway_uuid: str,
        vpn_gateway_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcVpnConnectionRemoteResult:
        """Create vpc vpn connection remote (CreateVpcVpnConnectionRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVpcVpnConnectionRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            active: active
            ike_conf_uuid: ikeConfUuid
            ipsec_conf_uuid: ipsecConfUuid
            local_cidr: localCidr (minLength 1)
            name: name (minLength 1; maxLength 64)
            remote_cidr: remoteCidr (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            user_gateway_uuid: userGatewayUuid
            vpn_gateway_uuid: vpnGatewayUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VPC_VPN_CONNECTION_REMOTE,
            {
                "active": active,
                "ikeConfUuid": ike_conf_uuid,
                "ipsecConfUuid": ipsec_conf_uuid,
                "localCidr": local_cidr,
                "name": name,
                "remoteCidr": remote_cidr,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userGatewayUuid": user_gateway_uuid,
                "vpnGatewayUuid": vpn_gateway_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vpn_ike_config(
        self,
        *,
        local_ip: str,
        name: str,
        psk: str,
        remote_ip: str,
        auth_alg: Literal["md5", "sha1"] | None = None,
        description: str | None = None,
        enc_alg: Literal["3des", "aes-128", "aes-192", "aes-256", "des"] | None = None,
        lifetime: int | None = None,
        mode: Literal["main", "aggressive"] | None = None,
        pfs: Literal["disabled", "group1", "group2", "group5", "group14", "group24"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        version: Literal["ikev1", "ikev2"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpnIkeConfigResult:
        """Create vpn ike config (CreateVpnIkeConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVpnIkeConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            auth_alg: authAlg (enum {'md5', 'sha1'})
            description: description (maxLength 1024)
            enc_alg: encAlg (enum {'3des', 'aes-128', 'aes-192', 'aes-256', 'des'})
            lifetime: lifetime (minimum 60; maximum 86400)
            local_ip: localIp (minLength 1)
            mode: mode (enum {'main', 'aggressive'})
            name: name (minLength 1; maxLength 64)
            pfs: pfs (enum {'disabled', 'group1', 'group2', 'group5', 'group14', 'group24'})
            psk: psk (minLength 1; maxLength 32)
            remote_ip: remoteIp (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            version: version (enum {'ikev1', 'ikev2'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VPN_IKE_CONFIG,
            {
                "authAlg": auth_alg,
                "description": description,
                "encAlg": enc_alg,
                "lifetime": lifetime,
                "localIp": local_ip,
                "mode": mode,
                "name": name,
                "pfs": pfs,
                "psk": psk,
                "remoteIp": remote_ip,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vpn_ipsec_config(
        self,
        *,
        name: str,
        auth_alg: Literal["md5", "sha1"] | None = None,
        description: str | None = None,
        enc_alg: Literal["3des", "aes-128", "aes-192", "aes-256", "des"] | None = None,
        lifetime: int | None = None,
        pfs: Literal["disabled", "group1", "group2", "group5", "group14", "group24"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpnIpsecConfigResult:
        """Create vpn ipsec config (CreateVpnIpsecConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVpnIpsecConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            auth_alg: authAlg (enum {'md5', 'sha1'})
            description: description (maxLength 1024)
            enc_alg: encAlg (enum {'3des', 'aes-128', 'aes-192', 'aes-256', 'des'})
            lifetime: lifetime (minimum 60; maximum 86400)
            name: name (minLength 1; maxLength 64)
            pfs: pfs (enum {'disabled', 'group1', 'group2', 'group5', 'group14', 'group24'})
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VPN_IPSEC_CONFIG,
            {
                "authAlg": auth_alg,
                "description": description,
                "encAlg": enc_alg,
                "lifetime": lifetime,
                "name": name,
                "pfs": pfs,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_disk_from_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunDiskFromLocalResult:
        """Delete aliyun disk from local (DeleteAliyunDiskFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunDiskFromLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_DISK_FROM_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_disk_from_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunDiskFromRemoteResult:
        """Delete aliyun disk from remote (DeleteAliyunDiskFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunDiskFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_DISK_FROM_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_key_secret(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunKeySecretResult:
        """Delete aliyun key secret (DeleteAliyunKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_KEY_SECRET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_route_entry_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunRouteEntryRemoteResult:
        """Delete aliyun route entry remote (DeleteAliyunRouteEntryRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunRouteEntryRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_ROUTE_ENTRY_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_router_interface_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunRouterInterfaceLocalResult:
        """Delete aliyun router interface local (DeleteAliyunRouterInterfaceLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunRouterInterfaceLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_ROUTER_INTERFACE_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_router_interface_remote(
        self,
        *,
        uuid: str,
        v_router_type: Literal["vrouter", "vbr"],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunRouterInterfaceRemoteResult:
        """Delete aliyun router interface remote (DeleteAliyunRouterInterfaceRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunRouterInterfaceRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            v_router_type: vRouterType (enum {'vrouter', 'vbr'})
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_ROUTER_INTERFACE_REMOTE,
            {
                "uuid": uuid,
                "vRouterType": v_router_type,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_snapshot_from_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunSnapshotFromLocalResult:
        """Delete aliyun snapshot from local (DeleteAliyunSnapshotFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunSnapshotFromLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_SNAPSHOT_FROM_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_snapshot_from_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunSnapshotFromRemoteResult:
        """Delete aliyun snapshot from remote (DeleteAliyunSnapshotFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunSnapshotFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_SNAPSHOT_FROM_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_all_ecs_instances_from_data_center(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAllEcsInstancesFromDataCenterResult:
        """Delete all ecs instances from data center (DeleteAllEcsInstancesFromDataCenter).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAllEcsInstancesFromDataCenterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALL_ECS_INSTANCES_FROM_DATA_CENTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_backup_file_in_public(
        self,
        *,
        type: Literal["aliyun"],
        region_id: str,
        file: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBackupFileInPublicResult:
        """Delete backup file in public (DeleteBackupFileInPublic).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteBackupFileInPublicAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            type: type (enum {'aliyun'})
            region_id: regionId (minLength 1)
            file: file (minLength 1)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BACKUP_FILE_IN_PUBLIC,
            {
                "type": type,
                "regionId": region_id,
                "file": file,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_connection_access_point_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteConnectionAccessPointLocalResult:
        """Delete connection access point local (DeleteConnectionAccessPointLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteConnectionAccessPointLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CONNECTION_ACCESS_POINT_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_connection_between_l3_net_work_and_aliyun_v_switch(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult:
        """Delete connection between L3 net work and aliyun V switch (DeleteConnectionBetweenL3NetWorkAndAliyunVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CONNECTION_BETWEEN_L3_NET_WORK_AND_ALIYUN_V_SWITCH,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_data_center_in_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDataCenterInLocalResult:
        """Delete data center in local (DeleteDataCenterInLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteDataCenterInLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_DATA_CENTER_IN_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_image_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsImageLocalResult:
        """Delete ecs image local (DeleteEcsImageLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsImageLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_IMAGE_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_image_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsImageRemoteResult:
        """Delete ecs image remote (DeleteEcsImageRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsImageRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_IMAGE_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_instance(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsInstanceResult:
        """Delete ecs instance (DeleteEcsInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_INSTANCE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_instance_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsInstanceLocalResult:
        """Delete ecs instance local (DeleteEcsInstanceLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsInstanceLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_INSTANCE_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_security_group_in_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsSecurityGroupInLocalResult:
        """Delete ecs security group in local (DeleteEcsSecurityGroupInLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsSecurityGroupInLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_SECURITY_GROUP_IN_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_security_group_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsSecurityGroupRemoteResult:
        """Delete ecs security group remote (DeleteEcsSecurityGroupRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsSecurityGroupRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_SECURITY_GROUP_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_security_group_rule_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsSecurityGroupRuleRemoteResult:
        """Delete ecs security group rule remote (DeleteEcsSecurityGroupRuleRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsSecurityGroupRuleRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_SECURITY_GROUP_RULE_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_v_switch_in_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsVSwitchInLocalResult:
        """Delete ecs V switch in local (DeleteEcsVSwitchInLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsVSwitchInLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_V_SWITCH_IN_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_v_switch_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsVSwitchRemoteResult:
        """Delete ecs V switch remote (DeleteEcsVSwitchRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsVSwitchRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_V_SWITCH_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_vpc_in_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsVpcInLocalResult:
        """Delete ecs vpc in local (DeleteEcsVpcInLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsVpcInLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_VPC_IN_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ecs_vpc_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEcsVpcRemoteResult:
        """Delete ecs vpc remote (DeleteEcsVpcRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteEcsVpcRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ECS_VPC_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_hybrid_eip_from_local(
        self,
        *,
        uuid: str,
        type: Literal["aliyun"],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHybridEipFromLocalResult:
        """Delete hybrid eip from local (DeleteHybridEipFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteHybridEipFromLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            type: type (enum {'aliyun'})
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HYBRID_EIP_FROM_LOCAL,
            {
                "uuid": uuid,
                "type": type,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_hybrid_eip_remote(
        self,
        *,
        uuid: str,
        type: Literal["aliyun"],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHybridEipRemoteResult:
        """Delete hybrid eip remote (DeleteHybridEipRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteHybridEipRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            type: type (enum {'aliyun'})
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HYBRID_EIP_REMOTE,
            {
                "uuid": uuid,
                "type": type,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_hybrid_key_secret(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHybridKeySecretResult:
        """Delete hybrid key secret (DeleteHybridKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteHybridKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HYBRID_KEY_SECRET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_identity_zone_in_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIdentityZoneInLocalResult:
        """Delete identity zone in local (DeleteIdentityZoneInLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteIdentityZoneInLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IDENTITY_ZONE_IN_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_oss_bucket_file_remote(
        self,
        *,
        uuid: str,
        file_name: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteOssBucketFileRemoteResult:
        """Delete oss bucket file remote (DeleteOssBucketFileRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteOssBucketFileRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            file_name: fileName
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_OSS_BUCKET_FILE_REMOTE,
            {
                "uuid": uuid,
                "fileName": file_name,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_oss_bucket_name_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteOssBucketNameLocalResult:
        """Delete oss bucket name local (DeleteOssBucketNameLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteOssBucketNameLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_OSS_BUCKET_NAME_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_oss_bucket_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteOssBucketRemoteResult:
        """Delete oss bucket remote (DeleteOssBucketRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteOssBucketRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_OSS_BUCKET_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_virtual_border_router_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVirtualBorderRouterLocalResult:
        """Delete virtual border router local (DeleteVirtualBorderRouterLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVirtualBorderRouterLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VIRTUAL_BORDER_ROUTER_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_virtual_router_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVirtualRouterLocalResult:
        """Delete virtual router local (DeleteVirtualRouterLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVirtualRouterLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VIRTUAL_ROUTER_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vpc_ike_config_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcIkeConfigLocalResult:
        """Delete vpc ike config local (DeleteVpcIkeConfigLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcIkeConfigLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VPC_IKE_CONFIG_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vpc_ip_sec_config_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcIpSecConfigLocalResult:
        """Delete vpc ip sec config local (DeleteVpcIpSecConfigLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcIpSecConfigLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VPC_IP_SEC_CONFIG_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vpc_user_vpn_gateway_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcUserVpnGatewayLocalResult:
        """Delete vpc user vpn gateway local (DeleteVpcUserVpnGatewayLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcUserVpnGatewayLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VPC_USER_VPN_GATEWAY_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vpc_user_vpn_gateway_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcUserVpnGatewayRemoteResult:
        """Delete vpc user vpn gateway remote (DeleteVpcUserVpnGatewayRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcUserVpnGatewayRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VPC_USER_VPN_GATEWAY_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vpc_vpn_connection_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcVpnConnectionLocalResult:
        """Delete vpc vpn connection local (DeleteVpcVpnConnectionLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcVpnConnectionLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VPC_VPN_CONNECTION_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vpc_vpn_connection_remote(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcVpnConnectionRemoteResult:
        """Delete vpc vpn connection remote (DeleteVpcVpnConnectionRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcVpnConnectionRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VPC_VPN_CONNECTION_REMOTE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vpc_vpn_gateway_local(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcVpnGatewayLocalResult:
        """Delete vpc vpn gateway local (DeleteVpcVpnGatewayLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcVpnGatewayLocalAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VPC_VPN_GATEWAY_LOCAL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_aliyun_disk_from_ecs(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachAliyunDiskFromEcsResult:
        """Detach aliyun disk from ecs (DetachAliyunDiskFromEcs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachAliyunDiskFromEcsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_ALIYUN_DISK_FROM_ECS,
            {
                "uuid": uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_aliyun_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachAliyunKeyResult:
        """Detach aliyun key (DetachAliyunKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachAliyunKeyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_ALIYUN_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_hybrid_eip_from_ecs(
        self,
        *,
        eip_uuid: str,
        type: Literal["aliyun"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachHybridEipFromEcsResult:
        """Detach hybrid eip from ecs (DetachHybridEipFromEcs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachHybridEipFromEcsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            eip_uuid: eipUuid
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_HYBRID_EIP_FROM_ECS,
            {
                "eipUuid": eip_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_hybrid_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachHybridKeyResult:
        """Detach hybrid key (DetachHybridKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachHybridKeyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_HYBRID_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_oss_bucket_from_ecs_data_center(
        self,
        *,
        oss_bucket_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachOssBucketFromEcsDataCenterResult:
        """Detach oss bucket from ecs data center (DetachOssBucketFromEcsDataCenter).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachOssBucketFromEcsDataCenterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            oss_bucket_uuid: ossBucketUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_OSS_BUCKET_FROM_ECS_DATA_CENTER,
            {
                "ossBucketUuid": oss_bucket_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def download_backup_file_from_public_cloud(
        self,
        *,
        file: str,
        region_id: str,
        type: Literal["aliyun"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DownloadBackupFileFromPublicCloudResult:
        """Download backup file from public cloud (DownloadBackupFileFromPublicCloud).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DownloadBackupFileFromPublicCloudAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            file: file (minLength 1)
            region_id: regionId (minLength 1)
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DOWNLOAD_BACKUP_FILE_FROM_PUBLIC_CLOUD,
            {
                "file": file,
                "regionId": region_id,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def gc_aliyun_snapshot_remote(
        self,
        *,
        data_center_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GCAliyunSnapshotRemoteResult:
        """GC aliyun snapshot remote (GCAliyunSnapshotRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GCAliyunSnapshotRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GC_ALIYUN_SNAPSHOT_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_connection_access_point_from_remote(
        self,
        *,
        data_center_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetConnectionAccessPointFromRemoteResult:
        """Get connection access point from remote (GetConnectionAccessPointFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetConnectionAccessPointFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CONNECTION_ACCESS_POINT_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_connection_between_l3_network_and_aliyun_v_switch(
        self,
        *,
        resource_type: Literal["l3network", "vroutervm", "vbr", "vpc"],
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetConnectionBetweenL3NetworkAndAliyunVSwitchResult:
        """Get connection between L3 network and aliyun V switch (GetConnectionBetweenL3NetworkAndAliyunVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetConnectionBetweenL3NetworkAndAliyunVSwitchAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_type: resourceType (enum {'l3network', 'vroutervm', 'vbr', 'vpc'})
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH,
            {
                "resourceType": resource_type,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_create_ecs_image_progress(
        self,
        *,
        data_center_uuid: str,
        image_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCreateEcsImageProgressResult:
        """Get create ecs image progress (GetCreateEcsImageProgress).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCreateEcsImageProgressAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            image_uuid: imageUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CREATE_ECS_IMAGE_PROGRESS,
            {
                "dataCenterUuid": data_center_uuid,
                "imageUuid": image_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_data_center_from_remote(
        self,
        *,
        type: str,
        endpoint: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetDataCenterFromRemoteResult:
        """Get data center from remote (GetDataCenterFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetDataCenterFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            type: type
            endpoint: endpoint
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_DATA_CENTER_FROM_REMOTE,
            {
                "type": type,
                "endpoint": endpoint,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_ecs_instance_type(
        self,
        *,
        identity_zone_uuid: str,
        ecs_image_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetEcsInstanceTypeResult:
        """Get ecs instance type (GetEcsInstanceType).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetEcsInstanceTypeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            identity_zone_uuid: identityZoneUuid
            ecs_image_uuid: ecsImageUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ECS_INSTANCE_TYPE,
            {
                "identityZoneUuid": identity_zone_uuid,
                "ecsImageUuid": ecs_image_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_ecs_instance_vnc_url(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetEcsInstanceVncUrlResult:
        """Get ecs instance vnc url (GetEcsInstanceVncUrl).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetEcsInstanceVncUrlAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ECS_INSTANCE_VNC_URL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_identity_zone_from_remote(
        self,
        *,
        data_center_uuid: str,
        type: str | None = None,
        region_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIdentityZoneFromRemoteResult:
        """Get identity zone from remote (GetIdentityZoneFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetIdentityZoneFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            type: type
            data_center_uuid: dataCenterUuid
            region_id: regionId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IDENTITY_ZONE_FROM_REMOTE,
            {
                "type": type,
                "dataCenterUuid": data_center_uuid,
                "regionId": region_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_oss_backup_bucket_from_remote(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetOssBackupBucketFromRemoteResult:
        """Get oss backup bucket from remote (GetOssBackupBucketFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetOssBackupBucketFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_OSS_BACKUP_BUCKET_FROM_REMOTE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_oss_bucket_file_from_remote(
        self,
        *,
        uuid: str,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetOssBucketFileFromRemoteResult:
        """Get oss bucket file from remote (GetOssBucketFileFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetOssBucketFileFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            oss_domain: ossDomain (maxLength 127)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_OSS_BUCKET_FILE_FROM_REMOTE,
            {
                "uuid": uuid,
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_oss_bucket_name_from_remote(
        self,
        *,
        data_center_uuid: str,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetOssBucketNameFromRemoteResult:
        """Get oss bucket name from remote (GetOssBucketNameFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetOssBucketNameFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            oss_domain: ossDomain (maxLength 256)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_OSS_BUCKET_NAME_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_vpn_configuration_from_remote(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcVpnConfigurationFromRemoteResult:
        """Get vpc vpn configuration from remote (GetVpcVpnConfigurationFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcVpnConfigurationFromRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_VPN_CONFIGURATION_FROM_REMOTE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_aliyun_disk_from_local(
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
    ) -> QueryAliyunDiskFromLocalResult:
        """Query aliyun disk from local (QueryAliyunDiskFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunDiskFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_DISK_FROM_LOCAL,
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

    def query_aliyun_disk_from_local_pages(
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
        """Every result of ``query_aliyun_disk_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_DISK_FROM_LOCAL,
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

    async def query_aliyun_route_entry_from_local(
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
    ) -> QueryAliyunRouteEntryFromLocalResult:
        """Query aliyun route entry from local (QueryAliyunRouteEntryFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunRouteEntryFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_ROUTE_ENTRY_FROM_LOCAL,
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

    def query_aliyun_route_entry_from_local_pages(
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
        """Every result of ``query_aliyun_route_entry_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_ROUTE_ENTRY_FROM_LOCAL,
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

    async def query_aliyun_router_interface_from_local(
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
    ) -> QueryAliyunRouterInterfaceFromLocalResult:
        """Query aliyun router interface from local (QueryAliyunRouterInterfaceFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunRouterInterfaceFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_ROUTER_INTERFACE_FROM_LOCAL,
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

    def query_aliyun_router_interface_from_local_pages(
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
        """Every result of ``query_aliyun_router_interface_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_ROUTER_INTERFACE_FROM_LOCAL,
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

    async def query_aliyun_snapshot_from_local(
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
    ) -> QueryAliyunSnapshotFromLocalResult:
        """Query aliyun snapshot from local (QueryAliyunSnapshotFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunSnapshotFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_SNAPSHOT_FROM_LOCAL,
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

    def query_aliyun_snapshot_from_local_pages(
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
        """Every result of ``query_aliyun_snapshot_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_SNAPSHOT_FROM_LOCAL,
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

    async def query_aliyun_virtual_router_from_local(
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
    ) -> QueryAliyunVirtualRouterFromLocalResult:
        """Query aliyun virtual router from local (QueryAliyunVirtualRouterFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunVirtualRouterFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_VIRTUAL_ROUTER_FROM_LOCAL,
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

    def query_aliyun_virtual_router_from_local_pages(
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
        """Every result of ``query_aliyun_virtual_router_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_VIRTUAL_ROUTER_FROM_LOCAL,
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

    async def query_connection_access_point_from_local(
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
    ) -> QueryConnectionAccessPointFromLocalResult:
        """Query connection access point from local (QueryConnectionAccessPointFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryConnectionAccessPointFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CONNECTION_ACCESS_POINT_FROM_LOCAL,
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

    def query_connection_access_point_from_local_pages(
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
        """Every result of ``query_connection_access_point_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CONNECTION_ACCESS_POINT_FROM_LOCAL,
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

    async def query_connection_between_l3_network_and_aliyun_v_switch(
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
    ) -> QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult:
        """Query connection between L3 network and aliyun V switch (QueryConnectionBetweenL3NetworkAndAliyunVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryConnectionBetweenL3NetworkAndAliyunVSwitchAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH,
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

    def query_connection_between_l3_network_and_aliyun_v_switch_pages(
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
        """Every result of ``query_connection_between_l3_network_and_aliyun_v_switch``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CONNECTION_BETWEEN_L3_NETWORK_AND_ALIYUN_V_SWITCH,
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

    async def query_data_center_from_local(
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
    ) -> QueryDataCenterFromLocalResult:
        """Query data center from local (QueryDataCenterFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryDataCenterFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_DATA_CENTER_FROM_LOCAL,
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

    def query_data_center_from_local_pages(
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
        """Every result of ``query_data_center_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DATA_CENTER_FROM_LOCAL,
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

    async def query_ecs_image_from_local(
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
    ) -> QueryEcsImageFromLocalResult:
        """Query ecs image from local (QueryEcsImageFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsImageFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ECS_IMAGE_FROM_LOCAL,
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

    def query_ecs_image_from_local_pages(
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
        """Every result of ``query_ecs_image_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_IMAGE_FROM_LOCAL,
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

    async def query_ecs_instance_from_local(
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
    ) -> QueryEcsInstanceFromLocalResult:
        """Query ecs instance from local (QueryEcsInstanceFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsInstanceFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ECS_INSTANCE_FROM_LOCAL,
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

    def query_ecs_instance_from_local_pages(
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
        """Every result of ``query_ecs_instance_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_INSTANCE_FROM_LOCAL,
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

    async def query_ecs_security_group_from_local(
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
    ) -> QueryEcsSecurityGroupFromLocalResult:
        """Query ecs security group from local (QueryEcsSecurityGroupFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsSecurityGroupFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ECS_SECURITY_GROUP_FROM_LOCAL,
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

    def query_ecs_security_group_from_local_pages(
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
        """Every result of ``query_ecs_security_group_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_SECURITY_GROUP_FROM_LOCAL,
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

    async def query_ecs_security_group_rule_from_local(
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
    ) -> QueryEcsSecurityGroupRuleFromLocalResult:
        """Query ecs security group rule from local (QueryEcsSecurityGroupRuleFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsSecurityGroupRuleFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ECS_SECURITY_GROUP_RULE_FROM_LOCAL,
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

    def query_ecs_security_group_rule_from_local_pages(
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
        """Every result of ``query_ecs_security_group_rule_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_SECURITY_GROUP_RULE_FROM_LOCAL,
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

    async def query_ecs_v_switch_from_local(
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
    ) -> QueryEcsVSwitchFromLocalResult:
        """Query ecs V switch from local (QueryEcsVSwitchFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsVSwitchFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ECS_V_SWITCH_FROM_LOCAL,
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

    def query_ecs_v_switch_from_local_pages(
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
        """Every result of ``query_ecs_v_switch_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_V_SWITCH_FROM_LOCAL,
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

    async def query_ecs_vpc_from_local(
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
    ) -> QueryEcsVpcFromLocalResult:
        """Query ecs vpc from local (QueryEcsVpcFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEcsVpcFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ECS_VPC_FROM_LOCAL,
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

    def query_ecs_vpc_from_local_pages(
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
        """Every result of ``query_ecs_vpc_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ECS_VPC_FROM_LOCAL,
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

    async def query_hybrid_eip_from_local(
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
    ) -> QueryHybridEipFromLocalResult:
        """Query hybrid eip from local (QueryHybridEipFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryHybridEipFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HYBRID_EIP_FROM_LOCAL,
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

    def query_hybrid_eip_from_local_pages(
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
        """Every result of ``query_hybrid_eip_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HYBRID_EIP_FROM_LOCAL,
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

    async def query_hybrid_key_secret(
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
    ) -> QueryHybridKeySecretResult:
        """Query hybrid key secret (QueryHybridKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryHybridKeySecretAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HYBRID_KEY_SECRET,
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

    def query_hybrid_key_secret_pages(
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
        """Every result of ``query_hybrid_key_secret``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HYBRID_KEY_SECRET,
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

    async def query_identity_zone_from_local(
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
    ) -> QueryIdentityZoneFromLocalResult:
        """Query identity zone from local (QueryIdentityZoneFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryIdentityZoneFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IDENTITY_ZONE_FROM_LOCAL,
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

    def query_identity_zone_from_local_pages(
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
        """Every result of ``query_identity_zone_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IDENTITY_ZONE_FROM_LOCAL,
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

    async def query_oss_bucket_file_name(
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
    ) -> QueryOssBucketFileNameResult:
        """Query oss bucket file name (QueryOssBucketFileName).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryOssBucketFileNameAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_OSS_BUCKET_FILE_NAME,
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

    def query_oss_bucket_file_name_pages(
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
        """Every result of ``query_oss_bucket_file_name``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_OSS_BUCKET_FILE_NAME,
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

    async def query_virtual_border_router_from_local(
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
    ) -> QueryVirtualBorderRouterFromLocalResult:
        """Query virtual border router from local (QueryVirtualBorderRouterFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVirtualBorderRouterFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VIRTUAL_BORDER_ROUTER_FROM_LOCAL,
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

    def query_virtual_border_router_from_local_pages(
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
        """Every result of ``query_virtual_border_router_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_BORDER_ROUTER_FROM_LOCAL,
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

    async def query_vpc_ike_config_from_local(
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
    ) -> QueryVpcIkeConfigFromLocalResult:
        """Query vpc ike config from local (QueryVpcIkeConfigFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcIkeConfigFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_IKE_CONFIG_FROM_LOCAL,
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

    def query_vpc_ike_config_from_local_pages(
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
        """Every result of ``query_vpc_ike_config_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_IKE_CONFIG_FROM_LOCAL,
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

    async def query_vpc_ip_sec_config_from_local(
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
    ) -> QueryVpcIpSecConfigFromLocalResult:
        """Query vpc ip sec config from local (QueryVpcIpSecConfigFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcIpSecConfigFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_IP_SEC_CONFIG_FROM_LOCAL,
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

    def query_vpc_ip_sec_config_from_local_pages(
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
        """Every result of ``query_vpc_ip_sec_config_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_IP_SEC_CONFIG_FROM_LOCAL,
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

    async def query_vpc_user_vpn_gateway_from_local(
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
    ) -> QueryVpcUserVpnGatewayFromLocalResult:
        """Query vpc user vpn gateway from local (QueryVpcUserVpnGatewayFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcUserVpnGatewayFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_USER_VPN_GATEWAY_FROM_LOCAL,
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

    def query_vpc_user_vpn_gateway_from_local_pages(
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
        """Every result of ``query_vpc_user_vpn_gateway_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_USER_VPN_GATEWAY_FROM_LOCAL,
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

    async def query_vpc_vpn_connection_from_local(
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
    ) -> QueryVpcVpnConnectionFromLocalResult:
        """Query vpc vpn connection from local (QueryVpcVpnConnectionFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcVpnConnectionFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_VPN_CONNECTION_FROM_LOCAL,
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

    def query_vpc_vpn_connection_from_local_pages(
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
        """Every result of ``query_vpc_vpn_connection_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_VPN_CONNECTION_FROM_LOCAL,
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

    async def query_vpc_vpn_gateway_from_local(
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
    ) -> QueryVpcVpnGatewayFromLocalResult:
        """Query vpc vpn gateway from local (QueryVpcVpnGatewayFromLocal).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcVpnGatewayFromLocalAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_VPN_GATEWAY_FROM_LOCAL,
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

    def query_vpc_vpn_gateway_from_local_pages(
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
        """Every result of ``query_vpc_vpn_gateway_from_local``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_VPN_GATEWAY_FROM_LOCAL,
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

    async def reboot_ecs_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RebootEcsInstanceResult:
        """Reboot ecs instance (RebootEcsInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RebootEcsInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REBOOT_ECS_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def recovery_virtual_border_router_remote(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoveryVirtualBorderRouterRemoteResult:
        """Recovery virtual border router remote (RecoveryVirtualBorderRouterRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RecoveryVirtualBorderRouterRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECOVERY_VIRTUAL_BORDER_ROUTER_REMOTE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def start_connection_between_aliyun_router_interface(
        self,
        *,
        vbr_interface_uuid: str,
        vrouter_interface_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartConnectionBetweenAliyunRouterInterfaceResult:
        """Start connection between aliyun router interface (StartConnectionBetweenAliyunRouterInterface).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/StartConnectionBetweenAliyunRouterInterfaceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vbr_interface_uuid: vbrInterfaceUuid
            vrouter_interface_uuid: vrouterInterfaceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            START_CONNECTION_BETWEEN_ALIYUN_ROUTER_INTERFACE,
            {
                "vbrInterfaceUuid": vbr_interface_uuid,
                "vrouterInterfaceUuid": vrouter_interface_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def start_ecs_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartEcsInstanceResult:
        """Start ecs instance (StartEcsInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/StartEcsInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            START_ECS_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def stop_ecs_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopEcsInstanceResult:
        """Stop ecs instance (StopEcsInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/StopEcsInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            STOP_ECS_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_aliyun_route_entry_from_remote(
        self,
        *,
        v_router_uuid: str,
        v_router_type: Literal["vbr", "vrouter"],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncAliyunRouteEntryFromRemoteResult:
        """Sync aliyun route entry from remote (SyncAliyunRouteEntryFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncAliyunRouteEntryFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            v_router_uuid: vRouterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_router_type: vRouterType (enum {'vbr', 'vrouter'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_ALIYUN_ROUTE_ENTRY_FROM_REMOTE,
            {
                "vRouterUuid": v_router_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterType": v_router_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_aliyun_router_interface_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncAliyunRouterInterfaceFromRemoteResult:
        """Sync aliyun router interface from remote (SyncAliyunRouterInterfaceFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncAliyunRouterInterfaceFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_ALIYUN_ROUTER_INTERFACE_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_aliyun_snapshot_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        snapshot_id: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncAliyunSnapshotRemoteResult:
        """Sync aliyun snapshot remote (SyncAliyunSnapshotRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncAliyunSnapshotRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            snapshot_id: snapshotId
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_ALIYUN_SNAPSHOT_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "snapshotId": snapshot_id,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_aliyun_virtual_router_from_remote(
        self,
        *,
        vpc_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncAliyunVirtualRouterFromRemoteResult:
        """Sync aliyun virtual router from remote (SyncAliyunVirtualRouterFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncAliyunVirtualRouterFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vpc_uuid: vpcUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_ALIYUN_VIRTUAL_ROUTER_FROM_REMOTE,
            {
                "vpcUuid": vpc_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_connection_access_point_from_remote(
        self,
        *,
        data_center_uuid: str,
        access_point_id: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncConnectionAccessPointFromRemoteResult:
        """Sync connection access point from remote (SyncConnectionAccessPointFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncConnectionAccessPointFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            access_point_id: accessPointId
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_CONNECTION_ACCESS_POINT_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "accessPointId": access_point_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_data_center_from_remote(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncDataCenterFromRemoteResult:
        """Sync data center from remote (SyncDataCenterFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncDataCenterFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_DATA_CENTER_FROM_REMOTE,
            {
                "uuid": uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_disk_from_aliyun_from_remote(
        self,
        *,
        identity_uuid: str,
        disk_id: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncDiskFromAliyunFromRemoteResult:
        """Sync disk from aliyun from remote (SyncDiskFromAliyunFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncDiskFromAliyunFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            identity_uuid: identityUuid
            disk_id: diskId
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_DISK_FROM_ALIYUN_FROM_REMOTE,
            {
                "identityUuid": identity_uuid,
                "diskId": disk_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_ecs_image_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["system", "self"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsImageFromRemoteResult:
        """Sync ecs image from remote (SyncEcsImageFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsImageFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'system', 'self'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_ECS_IMAGE_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_ecs_instance_from_remote(
        self,
        *,
        data_center_uuid: str,
        only_zstack: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsInstanceFromRemoteResult:
        """Sync ecs instance from remote (SyncEcsInstanceFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsInstanceFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            only_zstack: onlyZstack
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_ECS_INSTANCE_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "onlyZstack": only_zstack,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_ecs_security_group_from_remote(
        self,
        *,
        ecs_vpc_uuid: str,
        resource_uuid: str | None = None,
        security_group_id: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsSecurityGroupFromRemoteResult:
        """Sync ecs security group from remote (SyncEcsSecurityGroupFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsSecurityGroupFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ecs_vpc_uuid: ecsVpcUuid
            resource_uuid: resourceUuid
            security_group_id: securityGroupId
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_ECS_SECURITY_GROUP_FROM_REMOTE,
            {
                "ecsVpcUuid": ecs_vpc_uuid,
                "resourceUuid": resource_uuid,
                "securityGroupId": security_group_id,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_ecs_security_group_rule_from_remote(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsSecurityGroupRuleFromRemoteResult:
        """Sync ecs security group rule from remote (SyncEcsSecurityGroupRuleFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsSecurityGroupRuleFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_ECS_SECURITY_GROUP_RULE_FROM_REMOTE,
            {
                "uuid": uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_ecs_v_switch_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        v_switch_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsVSwitchFromRemoteResult:
        """Sync ecs V switch from remote (SyncEcsVSwitchFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsVSwitchFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_switch_id: vSwitchId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_ECS_V_SWITCH_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vSwitchId": v_switch_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_ecs_vpc_from_remote(
        self,
        *,
        data_center_uuid: str,
        ecs_vpc_id: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncEcsVpcFromRemoteResult:
        """Sync ecs vpc from remote (SyncEcsVpcFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncEcsVpcFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            ecs_vpc_id: ecsVpcId
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_ECS_VPC_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "ecsVpcId": ecs_vpc_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_hybrid_eip_from_remote(
        self,
        *,
        data_center_uuid: str,
        type: Literal["aliyun"],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncHybridEipFromRemoteResult:
        """Sync hybrid eip from remote (SyncHybridEipFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncHybridEipFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_HYBRID_EIP_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_identity_from_remote(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncIdentityFromRemoteResult:
        """Sync identity from remote (SyncIdentityFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncIdentityFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_IDENTITY_FROM_REMOTE,
            {
                "uuid": uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_virtual_border_router_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVirtualBorderRouterFromRemoteResult:
        """Sync virtual border router from remote (SyncVirtualBorderRouterFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncVirtualBorderRouterFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_VIRTUAL_BORDER_ROUTER_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_vpc_user_vpn_gateway_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVpcUserVpnGatewayFromRemoteResult:
        """Sync vpc user vpn gateway from remote (SyncVpcUserVpnGatewayFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncVpcUserVpnGatewayFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_VPC_USER_VPN_GATEWAY_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_vpc_vpn_connection_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVpcVpnConnectionFromRemoteResult:
        """Sync vpc vpn connection from remote (SyncVpcVpnConnectionFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncVpcVpnConnectionFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_VPC_VPN_CONNECTION_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_vpc_vpn_gateway_from_remote(
        self,
        *,
        data_center_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVpcVpnGatewayFromRemoteResult:
        """Sync vpc vpn gateway from remote (SyncVpcVpnGatewayFromRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncVpcVpnGatewayFromRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_VPC_VPN_GATEWAY_FROM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def terminate_virtual_border_router_remote(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> TerminateVirtualBorderRouterRemoteResult:
        """Terminate virtual border router remote (TerminateVirtualBorderRouterRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/TerminateVirtualBorderRouterRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            TERMINATE_VIRTUAL_BORDER_ROUTER_REMOTE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_aliyun_disk(
        self,
        *,
        uuid: str,
        delete_auto_snapshot: bool | None = None,
        delete_with_instance: bool | None = None,
        description: str | None = None,
        enable_auto_snapshot: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunDiskResult:
        """Update aliyun disk (UpdateAliyunDisk).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunDiskAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_auto_snapshot: deleteAutoSnapshot
            delete_with_instance: deleteWithInstance
            description: description (minLength 2; maxLength 1024)
            enable_auto_snapshot: enableAutoSnapshot
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_DISK,
            {
                "uuid": uuid,
                "deleteAutoSnapshot": delete_auto_snapshot,
                "deleteWithInstance": delete_with_instance,
                "description": description,
                "enableAutoSnapshot": enable_auto_snapshot,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_aliyun_key_secret(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunKeySecretResult:
        """Update aliyun key secret (UpdateAliyunKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description
            name: name
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_KEY_SECRET,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_aliyun_route_interface_remote(
        self,
        *,
        uuid: str,
        op: Literal["active", "inactive"],
        v_router_type: Literal["vbr", "vrouter"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunRouteInterfaceRemoteResult:
        """Update aliyun route interface remote (UpdateAliyunRouteInterfaceRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunRouteInterfaceRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            op: op (enum {'active', 'inactive'})
            v_router_type: vRouterType (enum {'vbr', 'vrouter'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_ROUTE_INTERFACE_REMOTE,
            {
                "uuid": uuid,
                "op": op,
                "vRouterType": v_router_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_aliyun_snapshot(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunSnapshotResult:
        """Update aliyun snapshot (UpdateAliyunSnapshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunSnapshotAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (minLength 2; maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_SNAPSHOT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_aliyun_virtual_router(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunVirtualRouterResult:
        """Update aliyun virtual router (UpdateAliyunVirtualRouter).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunVirtualRouterAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^[\\\\u4e00-\\\\u9fa5a-zA-Z][\\\\u4e00-\\\\u9fa5_a-zA-Z0-9-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_VIRTUAL_ROUTER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_connection_between_l3_net_work_and_aliyun_v_switch(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult:
        """Update connection between L3 net work and aliyun V switch (UpdateConnectionBetweenL3NetWorkAndAliyunVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CONNECTION_BETWEEN_L3_NET_WORK_AND_ALIYUN_V_SWITCH,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ecs_image(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsImageResult:
        """Update ecs image (UpdateEcsImage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsImageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (minLength 1; maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^(?:[A-Za-z\\u4e00-\\u9fa5]{1}[A-Za-z0-9-_\\u4e00-\\u9fa5]{1,127})$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ECS_IMAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ecs_instance(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsInstanceResult:
        """Update ecs instance (UpdateEcsInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (minLength 2; maxLength 1024)
            name: name (minLength 1; maxLength 128)
            password: password (minLength 8; maxLength 30)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ECS_INSTANCE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ecs_instance_vnc_password(
        self,
        *,
        uuid: str,
        password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsInstanceVncPasswordResult:
        """Update ecs instance vnc password (UpdateEcsInstanceVncPassword).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsInstanceVncPasswordAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            password: password (minLength 6; maxLength 6; pattern ^(?:[A-Za-z0-9]{6})$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ECS_INSTANCE_VNC_PASSWORD,
            {
                "uuid": uuid,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ecs_security_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsSecurityGroupResult:
        """Update ecs security group (UpdateEcsSecurityGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsSecurityGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 256)
            name: name (minLength 1; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ECS_SECURITY_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ecs_v_switch(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsVSwitchResult:
        """Update ecs V switch (UpdateEcsVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ECS_V_SWITCH,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ecs_vpc(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEcsVpcResult:
        """Update ecs vpc (UpdateEcsVpc).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEcsVpcAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 256)
            name: name (minLength 1; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ECS_VPC,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_hybrid_eip(
        self,
        *,
        uuid: str,
        type: Literal["aliyun"],
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHybridEipResult:
        """Update hybrid eip (UpdateHybridEip).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateHybridEipAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 128)
            type: type (enum {'aliyun'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HYBRID_EIP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_hybrid_key_secret(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHybridKeySecretResult:
        """Update hybrid key secret (UpdateHybridKeySecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateHybridKeySecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HYBRID_KEY_SECRET,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_oss_bucket(
        self,
        *,
        uuid: str,
        description: str | None = None,
        oss_domain: str | None = None,
        oss_key: str | None = None,
        oss_secret: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateOssBucketResult:
        """Update oss bucket (UpdateOssBucket).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateOssBucketAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            oss_domain: ossDomain (maxLength 256)
            oss_key: ossKey (maxLength 127)
            oss_secret: ossSecret (maxLength 127)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_OSS_BUCKET,
            {
                "uuid": uuid,
                "description": description,
                "ossDomain": oss_domain,
                "ossKey": oss_key,
                "ossSecret": oss_secret,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_virtual_border_router_remote(
        self,
        *,
        uuid: str,
        circuit_code: str | None = None,
        description: str | None = None,
        local_gateway_ip: str | None = None,
        name: str | None = None,
        peer_gateway_ip: str | None = None,
        peering_subnet_mask: str | None = None,
        vlan_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVirtualBorderRouterRemoteResult:
        """Update virtual border router remote (UpdateVirtualBorderRouterRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVirtualBorderRouterRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            circuit_code: circuitCode
            description: description (maxLength 1024)
            local_gateway_ip: localGatewayIp
            name: name (maxLength 64)
            peer_gateway_ip: peerGatewayIp
            peering_subnet_mask: peeringSubnetMask
            vlan_id: vlanId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VIRTUAL_BORDER_ROUTER_REMOTE,
            {
                "uuid": uuid,
                "circuitCode": circuit_code,
                "description": description,
                "localGatewayIp": local_gateway_ip,
                "name": name,
                "peerGatewayIp": peer_gateway_ip,
                "peeringSubnetMask": peering_subnet_mask,
                "vlanId": vlan_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vpc_user_vpn_gateway(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcUserVpnGatewayResult:
        """Update vpc user vpn gateway (UpdateVpcUserVpnGateway).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVpcUserVpnGatewayAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 2; maxLength 128; pattern ^[\\\\u4e00-\\\\u9fa5a-zA-Z][\\\\u4e00-\\\\u9fa5_a-zA-Z0-9-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VPC_USER_VPN_GATEWAY,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vpc_vpn_connection_remote(
        self,
        *,
        uuid: str,
        active: bool | None = None,
        description: str | None = None,
        ike_conf_uuid: str | None = None,
        ipsec_conf_uuid: str | None = None,
        local_cidr: str | None = None,
        name: str | None = None,
        remote_cidr: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcVpnConnectionRemoteResult:
        """Update vpc vpn connection remote (UpdateVpcVpnConnectionRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVpcVpnConnectionRemoteAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            active: active
            description: description (maxLength 1024)
            ike_conf_uuid: ikeConfUuid
            ipsec_conf_uuid: ipsecConfUuid
            local_cidr: localCidr
            name: name (minLength 1; maxLength 64)
            remote_cidr: remoteCidr
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VPC_VPN_CONNECTION_REMOTE,
            {
                "uuid": uuid,
                "active": active,
                "description": description,
                "ikeConfUuid": ike_conf_uuid,
                "ipsecConfUuid": ipsec_conf_uuid,
                "localCidr": local_cidr,
                "name": name,
                "remoteCidr": remote_cidr,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vpc_vpn_gateway(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcVpnGatewayResult:
        """Update vpc vpn gateway (UpdateVpcVpnGateway).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVpcVpnGatewayAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VPC_VPN_GATEWAY,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
