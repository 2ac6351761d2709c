"""``client.nfvinstgroup``: 34 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_l3_network_to_group_result import AddL3NetworkToGroupResult
    from ..models.add_sdn_controller_result import AddSdnControllerResult
    from ..models.attach_nfv_inst_to_group_result import AttachNfvInstToGroupResult
    from ..models.change_nfv_inst_group_operation_mode_result import (
        ChangeNfvInstGroupOperationModeResult,
    )
    from ..models.change_sdn_controller_result import ChangeSdnControllerResult
    from ..models.create_huawei_i_master_v_router_result import CreateHuaweiIMasterVRouterResult
    from ..models.create_nfv_inst_group_result import CreateNfvInstGroupResult
    from ..models.create_nfv_inst_offering_result import CreateNfvInstOfferingResult
    from ..models.create_nfv_inst_result import CreateNfvInstResult
    from ..models.create_ovn_controller_offering_result import CreateOvnControllerOfferingResult
    from ..models.delete_huawei_i_master_fabric_result import DeleteHuaweiIMasterFabricResult
    from ..models.delete_huawei_i_master_tenant_result import DeleteHuaweiIMasterTenantResult
    from ..models.delete_huawei_i_master_v_router_result import DeleteHuaweiIMasterVRouterResult
    from ..models.delete_huawei_i_master_vpc_result import DeleteHuaweiIMasterVpcResult
    from ..models.delete_nfv_inst_group_result import DeleteNfvInstGroupResult
    from ..models.detach_nfv_inst_from_group_result import DetachNfvInstFromGroupResult
    from ..models.huawei_i_master_fabric_inventory import HuaweiIMasterFabricInventory
    from ..models.huawei_i_master_tenant_inventory import HuaweiIMasterTenantInventory
    from ..models.huawei_i_master_v_router_inventory import HuaweiIMasterVRouterInventory
    from ..models.huawei_i_master_vpc_inventory import HuaweiIMasterVpcInventory
    from ..models.provision_nfv_inst_config_result import ProvisionNfvInstConfigResult
    from ..models.provision_nfv_inst_group_result import ProvisionNfvInstGroupResult
    from ..models.pull_huawei_i_master_controller_result import PullHuaweiIMasterControllerResult
    from ..models.pull_sdn_controller_tenant_result import PullSdnControllerTenantResult
    from ..models.query_huawei_i_master_fabric_result import QueryHuaweiIMasterFabricResult
    from ..models.query_huawei_i_master_tenant_result import QueryHuaweiIMasterTenantResult
    from ..models.query_huawei_i_master_v_router_result import QueryHuaweiIMasterVRouterResult
    from ..models.query_huawei_i_master_vpc_result import QueryHuaweiIMasterVpcResult
    from ..models.query_sdn_controller_result import QuerySdnControllerResult
    from ..models.reconnect_nfv_inst_result import ReconnectNfvInstResult
    from ..models.reconnect_sdn_controller_result import ReconnectSdnControllerResult
    from ..models.remove_sdn_controller_result import RemoveSdnControllerResult
    from ..models.sdn_controller_add_host_result import SdnControllerAddHostResult
    from ..models.sdn_controller_change_host_result import SdnControllerChangeHostResult
    from ..models.sdn_controller_inventory import SdnControllerInventory
    from ..models.sdn_controller_remove_host_result import SdnControllerRemoveHostResult
    from ..models.sync_nfv_inst_group_result import SyncNfvInstGroupResult
    from ..models.update_nfv_inst_group_result import UpdateNfvInstGroupResult
    from ..models.update_sdn_controller_result import UpdateSdnControllerResult

__all__ = ["AsyncNfvinstgroupApi", "NfvinstgroupApi"]


ADD_L3_NETWORK_TO_GROUP: Api[AddL3NetworkToGroupResult] = Api(
    "AddL3NetworkToGroup",
    "POST",
    "/nfvinstgroup/group/{nfvInstGroupUuid}/service/{networkServiceUuid}",
    params=(
        ("nfvInstGroupUuid", "path", "0.6"),
        ("networkServiceUuid", "path", "0.6"),
        ("backendL3NetworkUuids", "body", "0.6"),
        ("frontEndL3NetworkUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "nfv_inst_group_uuid",
        "network_service_uuid",
        "backend_l3_network_uuids",
        "front_end_l3_network_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "nfvInstGroupUuid",
        "networkServiceUuid",
        "backendL3NetworkUuids",
        "frontEndL3NetworkUuid",
    ),
    body_key="params",
    since="0.6",
    result=".models.add_l3_network_to_group_result:AddL3NetworkToGroupResult",
)

ADD_SDN_CONTROLLER: Api[AddSdnControllerResult] = Api(
    "AddSdnController",
    "POST",
    "/sdn-controllers",
    params=(
        ("description", "body", "3.7"),
        ("ip", "body", "3.7"),
        ("name", "body", "3.7"),
        ("password", "body", "3.7"),
        ("resourceUuid", "body", "3.7"),
        ("tagUuids", "body", "3.7"),
        ("userName", "body", "3.7"),
        ("vendorType", "body", "3.7"),
        ("zoneUuid", "body", "5.3.0"),
        ("systemTags", "root", "3.7"),
        ("userTags", "root", "3.7"),
    ),
    names=(
        "description",
        "ip",
        "name",
        "password",
        "resource_uuid",
        "tag_uuids",
        "user_name",
        "vendor_type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("ip", "name", "password", "userName", "vendorType"),
    body_key="params",
    since="3.7",
    result=".models.add_sdn_controller_result:AddSdnControllerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ip", "ip", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("userName", "user_name", "maxLength", 255),
        ("vendorType", "vendor_type", "maxLength", 255),
    ),
)

ATTACH_NFV_INST_TO_GROUP: Api[AttachNfvInstToGroupResult] = Api(
    "AttachNfvInstToGroup",
    "PUT",
    "/nfvinstgroup/group/{groupUuid}/instances/{nfvInstUuid}/actions",
    params=(
        ("groupUuid", "path", "5.4.2"),
        ("nfvInstUuid", "path", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    names=("group_uuid", "nfv_inst_uuid", "system_tags", "user_tags"),
    required=("groupUuid", "nfvInstUuid"),
    body_key="attachNfvInstToGroup",
    since="5.4.2",
    result=".models.attach_nfv_inst_to_group_result:AttachNfvInstToGroupResult",
)

CHANGE_NFV_INST_GROUP_OPERATION_MODE: Api[ChangeNfvInstGroupOperationModeResult] = Api(
    "ChangeNfvInstGroupOperationMode",
    "PUT",
    "/nfvinstgroup/group/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.2"),
        ("operationMode", "body", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    names=("uuid", "operation_mode", "system_tags", "user_tags"),
    required=("uuid", "operationMode"),
    body_key="changeNfvInstGroupOperationMode",
    since="5.4.2",
    result=".models.change_nfv_inst_group_operation_mode_result:ChangeNfvInstGroupOperationModeResult",
    checks=(("operationMode", "operation_mode", "enum", ("Normal", "Maintenance")),),
)

CHANGE_SDN_CONTROLLER: Api[ChangeSdnControllerResult] = Api(
    "ChangeSdnController",
    "PUT",
    "/sdn-controllers/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.0"),
        ("password", "body", "5.4.0"),
        ("userName", "body", "5.4.0"),
        ("vlanRanges", "body", "5.4.0"),
        ("systemTags", "root", "5.4.0"),
        ("userTags", "root", "5.4.0"),
    ),
    names=("uuid", "password", "user_name", "vlan_ranges", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="changeSdnController",
    since="5.4.0",
    result=".models.change_sdn_controller_result:ChangeSdnControllerResult",
)

CREATE_HUAWEI_I_MASTER_V_ROUTER: Api[CreateHuaweiIMasterVRouterResult] = Api(
    "CreateHuaweiIMasterVRouter",
    "POST",
    "/sdn-controller/huawei-imaster/vrouters",
    params=(
        ("description", "body", "5.4.0"),
        ("huaweiVpcUuid", "body", "5.4.0"),
        ("name", "body", "5.4.0"),
        ("resourceUuid", "body", "5.4.0"),
        ("tagUuids", "body", "5.4.0"),
        ("systemTags", "root", "5.4.0"),
        ("userTags", "root", "5.4.0"),
    ),
    names=(
        "description",
        "huawei_vpc_uuid",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("huaweiVpcUuid", "name"),
    body_key="params",
    since="5.4.0",
    result=".models.create_huawei_i_master_v_router_result:CreateHuaweiIMasterVRouterResult",
)

CREATE_NFV_INST: Api[CreateNfvInstResult] = Api(
    "CreateNfvInst",
    "POST",
    "/nfvinstgroup/inst",
    params=(
        ("clusterUuid", "body", "0.6"),
        ("description", "body", "0.6"),
        ("hostUuid", "body", "0.6"),
        ("name", "body", "0.6"),
        ("nfvInstGroupUuid", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "cluster_uuid",
        "description",
        "host_uuid",
        "name",
        "nfv_inst_group_uuid",
        "resource_uuid",
        "tag_uuids",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "nfvInstGroupUuid"),
    body_key="params",
    since="0.6",
    result=".models.create_nfv_inst_result:CreateNfvInstResult",
)

CREATE_NFV_INST_GROUP: Api[CreateNfvInstGroupResult] = Api(
    "CreateNfvInstGroup",
    "POST",
    "/nfvinstgroup/group",
    params=(
        ("backendL3NetworkUuids", "body", "0.6"),
        ("baseOsDistro", "body", "5.4.2"),
        ("clusterUuid", "body", "5.4.2"),
        ("description", "body", "0.6"),
        ("frontEndL3NetworkUuid", "body", "0.6"),
        ("funcType", "body", "0.6"),
        ("instType", "body", "0.6"),
        ("ipv6VipUuid", "body", "5.4.2"),
        ("monitorIps", "body", "0.6"),
        ("name", "body", "0.6"),
        ("netOsDistro", "body", "5.4.2"),
        ("nfvInstOfferingUuid", "body", "0.6"),
        ("primaryStoragePoolUuid", "body", "5.4.2"),
        ("primaryStorageUuid", "body", "5.4.2"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "0.6"),
        ("vipUuid", "body", "5.4.2"),
        ("zoneUuid", "body", "5.4.2"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "backend_l3_network_uuids",
        "base_os_distro",
        "cluster_uuid",
        "description",
        "front_end_l3_network_uuid",
        "func_type",
        "inst_type",
        "ipv6_vip_uuid",
        "monitor_ips",
        "name",
        "net_os_distro",
        "nfv_inst_offering_uuid",
        "primary_storage_pool_uuid",
        "primary_storage_uuid",
        "resource_uuid",
        "tag_uuids",
        "vip_uuid",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("funcType", "instType", "name", "nfvInstOfferingUuid"),
    body_key="params",
    since="0.6",
    result=".models.create_nfv_inst_group_result:CreateNfvInstGroupResult",
    checks=(
        ("funcType", "func_type", "enum", ("DEDICATED_SLB",)),
        ("instType", "inst_type", "enum", ("KVM",)),
    ),
)

CREATE_NFV_INST_OFFERING: Api[CreateNfvInstOfferingResult] = Api(
    "CreateNfvInstOffering",
    "POST",
    "/instance-offerings/nfvinst",
    params=(
        ("allocatorStrategy", "body", "0.6"),
        ("cpuNum", "body", "0.6"),
        ("description", "body", "0.6"),
        ("imageUuid", "body", "0.6"),
        ("managementNetworkUuid", "body", "0.6"),
        ("memorySize", "body", "0.6"),
        ("name", "body", "0.6"),
        ("reservedMemorySize", "body", "5.4.2"),
        ("resourceUuid", "body", "0.6"),
        ("sortKey", "body", "0.6"),
        ("tagUuids", "body", "0.6"),
        ("type", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "allocator_strategy",
        "cpu_num",
        "description",
        "image_uuid",
        "management_network_uuid",
        "memory_size",
        "name",
        "reserved_memory_size",
        "resource_uuid",
        "sort_key",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("cpuNum", "imageUuid", "managementNetworkUuid", "memorySize", "name", "zoneUuid"),
    body_key="params",
    since="0.6",
    result=".models.create_nfv_inst_offering_result:CreateNfvInstOfferingResult",
)

CREATE_OVN_CONTROLLER_OFFERING: Api[CreateOvnControllerOfferingResult] = Api(
    "CreateOvnControllerOffering",
    "POST",
    "/instance-offerings/ovn",
    params=(
        ("allocatorStrategy", "body", "5.3.20"),
        ("cpuNum", "body", "5.3.20"),
        ("description", "body", "5.3.20"),
        ("imageUuid", "body", "5.3.20"),
        ("managementNetworkUuid", "body", "5.3.20"),
        ("memorySize", "body", "5.3.20"),
        ("name", "body", "5.3.20"),
        ("reservedMemorySize", "body", "5.3.20"),
        ("resourceUuid", "body", "5.3.20"),
        ("sortKey", "body", "5.3.20"),
        ("tagUuids", "body", "5.3.20"),
        ("type", "body", "5.3.20"),
        ("zoneUuid", "body", "5.3.20"),
        ("systemTags", "root", "5.3.20"),
        ("userTags", "root", "5.3.20"),
    ),
    names=(
        "allocator_strategy",
        "cpu_num",
        "description",
        "image_uuid",
        "management_network_uuid",
        "memory_size",
        "name",
        "reserved_memory_size",
        "resource_uuid",
        "sort_key",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("cpuNum", "imageUuid", "managementNetworkUuid", "memorySize", "name", "zoneUuid"),
    body_key="params",
    since="5.3.20",
    result=".models.create_ovn_controller_offering_result:CreateOvnControllerOfferingResult",
)

DELETE_HUAWEI_I_MASTER_FABRIC: Api[DeleteHuaweiIMasterFabricResult] = Api(
    "DeleteHuaweiIMasterFabric",
    "DELETE",
    "/sdn-controller/huawei-imaster/fabrics/{uuid}",
    params=(
        ("uuid", "path", "5.4.0"),
        ("sdnControllerUuid", "query", "5.4.0"),
        ("deleteMode", "query", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    names=("uuid", "sdn_controller_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="5.4.0",
    result=".models.delete_huawei_i_master_fabric_result:DeleteHuaweiIMasterFabricResult",
)

DELETE_HUAWEI_I_MASTER_TENANT: Api[DeleteHuaweiIMasterTenantResult] = Api(
    "DeleteHuaweiIMasterTenant",
    "DELETE",
    "/sdn-controller/huawei-imaster/tenants/{uuid}",
    params=(
        ("uuid", "path", "5.4.0"),
        ("sdnControllerUuid", "query", "5.4.0"),
        ("deleteMode", "query", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    names=("uuid", "sdn_controller_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="5.4.0",
    result=".models.delete_huawei_i_master_tenant_result:DeleteHuaweiIMasterTenantResult",
)

DELETE_HUAWEI_I_MASTER_V_ROUTER: Api[DeleteHuaweiIMasterVRouterResult] = Api(
    "DeleteHuaweiIMasterVRouter",
    "DELETE",
    "/sdn-controller/huawei-imaster/vrouters/{uuid}",
    params=(
        ("uuid", "path", "5.4.0"),
        ("sdnControllerUuid", "query", "5.4.0"),
        ("deleteMode", "query", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    names=("uuid", "sdn_controller_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="5.4.0",
    result=".models.delete_huawei_i_master_v_router_result:DeleteHuaweiIMasterVRouterResult",
)

DELETE_HUAWEI_I_MASTER_VPC: Api[DeleteHuaweiIMasterVpcResult] = Api(
    "DeleteHuaweiIMasterVpc",
    "DELETE",
    "/sdn-controller/huawei-imaster/vpcs/{uuid}",
    params=(
        ("uuid", "path", "5.4.0"),
        ("sdnControllerUuid", "query", "5.4.0"),
        ("deleteMode", "query", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    names=("uuid", "sdn_controller_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid", "sdnControllerUuid"),
    since="5.4.0",
    result=".models.delete_huawei_i_master_vpc_result:DeleteHuaweiIMasterVpcResult",
)

DELETE_NFV_INST_GROUP: Api[DeleteNfvInstGroupResult] = Api(
    "DeleteNfvInstGroup",
    "DELETE",
    "/nfvinstgroup/group/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_nfv_inst_group_result:DeleteNfvInstGroupResult",
)

DETACH_NFV_INST_FROM_GROUP: Api[DetachNfvInstFromGroupResult] = Api(
    "DetachNfvInstFromGroup",
    "PUT",
    "/nfvinstgroup/group/{groupUuid}/instances/{nfvInstUuid}/actions",
    params=(
        ("groupUuid", "path", "5.4.2"),
        ("nfvInstUuid", "path", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    names=("group_uuid", "nfv_inst_uuid", "system_tags", "user_tags"),
    required=("groupUuid", "nfvInstUuid"),
    body_key="detachNfvInstFromGroup",
    since="5.4.2",
    result=".models.detach_nfv_inst_from_group_result:DetachNfvInstFromGroupResult",
)

PROVISION_NFV_INST_CONFIG: Api[ProvisionNfvInstConfigResult] = Api(
    "ProvisionNfvInstConfig",
    "PUT",
    "/vm-instances/appliances/nfvinst/{vmInstanceUuid}/provision",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    body_key="provisionNfvInstConfig",
    since="0.6",
    result=".models.provision_nfv_inst_config_result:ProvisionNfvInstConfigResult",
)

PROVISION_NFV_INST_GROUP: Api[ProvisionNfvInstGroupResult] = Api(
    "ProvisionNfvInstGroup",
    "PUT",
    "/nfvinstgroup/group/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="provisionNfvInstGroup",
    since="5.4.2",
    result=".models.provision_nfv_inst_group_result:ProvisionNfvInstGroupResult",
)

PULL_HUAWEI_I_MASTER_CONTROLLER: Api[PullHuaweiIMasterControllerResult] = Api(
    "PullHuaweiIMasterController",
    "PUT",
    "/sdn-controller/huawei-imaster/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.0"),
        ("pullSwitch", "body", "5.4.0"),
        ("systemTags", "root", "5.4.0"),
        ("userTags", "root", "5.4.0"),
    ),
    names=("uuid", "pull_switch", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="pullHuaweiIMasterController",
    since="5.4.0",
    result=".models.pull_huawei_i_master_controller_result:PullHuaweiIMasterControllerResult",
)

PULL_SDN_CONTROLLER_TENANT: Api[PullSdnControllerTenantResult] = Api(
    "PullSdnControllerTenant",
    "PUT",
    "/sdn-controllers/{uuid}/tenant/actions",
    params=(
        ("uuid", "path", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="pullSdnControllerTenant",
    since="5.3.28",
    result=".models.pull_sdn_controller_tenant_result:PullSdnControllerTenantResult",
)

QUERY_HUAWEI_I_MASTER_FABRIC: Api[QueryHuaweiIMasterFabricResult] = Api(
    "QueryHuaweiIMasterFabric",
    "GET",
    "/sdn-controller/huawei-imaster/fabrics",
    params=(
        ("uuid", "path", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.4.0",
    result=".models.query_huawei_i_master_fabric_result:QueryHuaweiIMasterFabricResult",
    query=True,
    alt_paths=("/sdn-controller/huawei-imaster/fabrics/{uuid}",),
)

QUERY_HUAWEI_I_MASTER_TENANT: Api[QueryHuaweiIMasterTenantResult] = Api(
    "QueryHuaweiIMasterTenant",
    "GET",
    "/sdn-controller/huawei-imaster/tenants",
    params=(
        ("uuid", "path", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.4.0",
    result=".models.query_huawei_i_master_tenant_result:QueryHuaweiIMasterTenantResult",
    query=True,
    alt_paths=("/sdn-controller/huawei-imaster/tenants/{uuid}",),
)

QUERY_HUAWEI_I_MASTER_V_ROUTER: Api[QueryHuaweiIMasterVRouterResult] = Api(
    "QueryHuaweiIMasterVRouter",
    "GET",
    "/sdn-controller/huawei-imaster/vrouters",
    params=(
        ("uuid", "path", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.4.0",
    result=".models.query_huawei_i_master_v_router_result:QueryHuaweiIMasterVRouterResult",
    query=True,
    alt_paths=("/sdn-controller/huawei-imaster/vrouters/{uuid}",),
)

QUERY_HUAWEI_I_MASTER_VPC: Api[QueryHuaweiIMasterVpcResult] = Api(
    "QueryHuaweiIMasterVpc",
    "GET",
    "/sdn-controller/huawei-imaster/vpcs",
    params=(
        ("uuid", "path", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.4.0",
    result=".models.query_huawei_i_master_vpc_result:QueryHuaweiIMasterVpcResult",
    query=True,
    alt_paths=("/sdn-controller/huawei-imaster/vpcs/{uuid}",),
)

QUERY_SDN_CONTROLLER: Api[QuerySdnControllerResult] = Api(
    "QuerySdnController",
    "GET",
    "/sdn-controllers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_sdn_controller_result:QuerySdnControllerResult",
    query=True,
    alt_paths=("/sdn-controllers/{uuid}",),
)

RECONNECT_NFV_INST: Api[ReconnectNfvInstResult] = Api(
    "ReconnectNfvInst",
    "PUT",
    "/vm-instances/appliances/nfvinst/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    body_key="reconnectNfvInst",
    since="0.6",
    result=".models.reconnect_nfv_inst_result:ReconnectNfvInstResult",
)

RECONNECT_SDN_CONTROLLER: Api[ReconnectSdnControllerResult] = Api(
    "ReconnectSdnController",
    "PUT",
    "/sdn-controllers/{sdnControllerUuid}/actions",
    params=(
        ("sdnControllerUuid", "path", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    names=("sdn_controller_uuid", "system_tags", "user_tags"),
    required=("sdnControllerUuid",),
    body_key="reconnectSdnController",
    since="5.3.0",
    result=".models.reconnect_sdn_controller_result:ReconnectSdnControllerResult",
)

REMOVE_SDN_CONTROLLER: Api[RemoveSdnControllerResult] = Api(
    "RemoveSdnController",
    "DELETE",
    "/sdn-controllers/{uuid}",
    params=(
        ("uuid", "path", "3.7.0"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.7.0",
    result=".models.remove_sdn_controller_result:RemoveSdnControllerResult",
)

SDN_CONTROLLER_ADD_HOST: Api[SdnControllerAddHostResult] = Api(
    "SdnControllerAddHost",
    "POST",
    "/sdn-controllers/{sdnControllerUuid}/hosts/{hostUuid}",
    params=(
        ("sdnControllerUuid", "path", "5.3.0"),
        ("hostUuid", "path", "5.3.0"),
        ("bondMode", "body", "5.3.0"),
        ("lacpMode", "body", "5.3.0"),
        ("netmask", "body", "5.3.0"),
        ("nicNames", "body", "5.3.0"),
        ("vSwitchType", "body", "5.3.0"),
        ("vtepIp", "body", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    names=(
        "sdn_controller_uuid",
        "host_uuid",
        "bond_mode",
        "lacp_mode",
        "netmask",
        "nic_names",
        "v_switch_type",
        "vtep_ip",
        "system_tags",
        "user_tags",
    ),
    required=("sdnControllerUuid", "hostUuid", "nicNames"),
    since="5.3.0",
    result=".models.sdn_controller_add_host_result:SdnControllerAddHostResult",
    checks=(("vSwitchType", "v_switch_type", "enum", ("OvsKernel", "OvsDpdk", "SRIOV")),),
)

SDN_CONTROLLER_CHANGE_HOST: Api[SdnControllerChangeHostResult] = Api(
    "SdnControllerChangeHost",
    "PUT",
    "/sdn-controllers/{sdnControllerUuid}/hosts/{hostUuid}/actions",
    params=(
        ("sdnControllerUuid", "path", "5.3.0"),
        ("hostUuid", "path", "5.3.0"),
        ("bondMode", "body", "5.3.0"),
        ("lacpMode", "body", "5.3.0"),
        ("netmask", "body", "5.3.0"),
        ("nicNames", "body", "5.3.0"),
        ("vSwitchType", "body", "5.3.0"),
        ("vtepIp", "body", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    names=(
        "sdn_controller_uuid",
        "host_uuid",
        "bond_mode",
        "lacp_mode",
        "netmask",
        "nic_names",
        "v_switch_type",
        "vtep_ip",
        "system_tags",
        "user_tags",
    ),
    required=("sdnControllerUuid", "hostUuid"),
    body_key="sdnControllerChangeHost",
    since="5.3.0",
    result=".models.sdn_controller_change_host_result:SdnControllerChangeHostResult",
    checks=(("vSwitchType", "v_switch_type", "enum", ("OvnDpdk", "OvnKernel")),),
)

SDN_CONTROLLER_REMOVE_HOST: Api[SdnControllerRemoveHostResult] = Api(
    "SdnControllerRemoveHost",
    "DELETE",
    "/sdn-controllers/{sdnControllerUuid}/hosts/{hostUuid}",
    params=(
        ("sdnControllerUuid", "path", "5.3.0"),
        ("hostUuid", "path", "5.3.0"),
        ("vSwitchType", "query", "5.3.0"),
        ("systemTags", "query", "5.3.0"),
        ("userTags", "query", "5.3.0"),
    ),
    names=("sdn_controller_uuid", "host_uuid", "v_switch_type", "system_tags", "user_tags"),
    required=("sdnControllerUuid", "hostUuid"),
    since="5.3.0",
    result=".models.sdn_controller_remove_host_result:SdnControllerRemoveHostResult",
    checks=(("vSwitchType", "v_switch_type", "enum", ("OvnDpdk", "OvnKernel")),),
)

SYNC_NFV_INST_GROUP: Api[SyncNfvInstGroupResult] = Api(
    "SyncNfvInstGroup",
    "PUT",
    "/nfvinstgroup/group/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="syncNfvInstGroup",
    since="5.4.2",
    result=".models.sync_nfv_inst_group_result:SyncNfvInstGroupResult",
)

UPDATE_NFV_INST_GROUP: Api[UpdateNfvInstGroupResult] = Api(
    "UpdateNfvInstGroup",
    "PUT",
    "/nfvinstgroup/group/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5"),
        ("description", "body", "5.5"),
        ("name", "body", "5.5"),
        ("systemTags", "root", "3.5"),
        ("userTags", "root", "3.5"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateNfvInstGroup",
    since="3.5",
    result=".models.update_nfv_inst_group_result:UpdateNfvInstGroupResult",
)

UPDATE_SDN_CONTROLLER: Api[UpdateSdnControllerResult] = Api(
    "UpdateSdnController",
    "PUT",
    "/sdn-controllers/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("description", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSdnController",
    since="3.7.0",
    result=".models.update_sdn_controller_result:UpdateSdnControllerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class NfvinstgroupApi(SyncNamespace):
    """nfvinstgroup: 34 APIs (AddL3NetworkToGroup, AddSdnController, AttachNfvInstToGroup, ...)."""

    __slots__ = ()

    def add_l3_network_to_group(
        self,
        *,
        nfv_inst_group_uuid: str,
        network_service_uuid: str,
        backend_l3_network_uuids: Sequence[str],
        front_end_l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddL3NetworkToGroupResult:
        """添加L3网络到NVF组 (AddL3NetworkToGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            nfv_inst_group_uuid: nfvInstGroupUuid (since 0.6)
            network_service_uuid: networkServiceUuid (since 0.6)
            backend_l3_network_uuids: backendL3NetworkUuids (since 0.6)
            front_end_l3_network_uuid: frontEndL3NetworkUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_L3_NETWORK_TO_GROUP,
            {
                "nfvInstGroupUuid": nfv_inst_group_uuid,
                "networkServiceUuid": network_service_uuid,
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_sdn_controller(
        self,
        *,
        ip: str,
        name: str,
        password: str,
        user_name: str,
        vendor_type: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSdnControllerResult:
        """添加SDN控制器 (AddSdnController).

        Since ZStack 3.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7; maxLength 2048)
            ip: ip (since 3.7; maxLength 255)
            name: 资源名称 (since 3.7; maxLength 255)
            password: password (since 3.7; maxLength 255)
            resource_uuid: resourceUuid (since 3.7)
            tag_uuids: 标签UUID列表 (since 3.7)
            user_name: userName (since 3.7; maxLength 255)
            vendor_type: vendorType (since 3.7; maxLength 255)
            zone_uuid: 区域UUID (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SDN_CONTROLLER,
            {
                "description": description,
                "ip": ip,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userName": user_name,
                "vendorType": vendor_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_nfv_inst_to_group(
        self,
        *,
        group_uuid: str,
        nfv_inst_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNfvInstToGroupResult:
        """添加NFV实例到NFV组 (AttachNfvInstToGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            group_uuid: groupUuid (since 5.4.2)
            nfv_inst_uuid: nfvInstUuid (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_NFV_INST_TO_GROUP,
            {
                "groupUuid": group_uuid,
                "nfvInstUuid": nfv_inst_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_nfv_inst_group_operation_mode(
        self,
        *,
        uuid: str,
        operation_mode: Literal["Normal", "Maintenance"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeNfvInstGroupOperationModeResult:
        """修改NFV组的操作模式 (ChangeNfvInstGroupOperationMode).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            operation_mode: operationMode (since 5.4.2; enum {'Normal', 'Maintenance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_NFV_INST_GROUP_OPERATION_MODE,
            {
                "uuid": uuid,
                "operationMode": operation_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_sdn_controller(
        self,
        *,
        uuid: str,
        password: str | None = None,
        user_name: str | None = None,
        vlan_ranges: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSdnControllerResult:
        """修改SDN控制器 (ChangeSdnController).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: SDN控制器资源UUID (since 5.4.0)
            password: SDN控制器新密码 (since 5.4.0)
            user_name: SDN控制器新用户名 (since 5.4.0)
            vlan_ranges: vlanRanges (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "password": password,
                "userName": user_name,
                "vlanRanges": vlan_ranges,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_huawei_i_master_v_router(
        self,
        *,
        huawei_vpc_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHuaweiIMasterVRouterResult:
        """创建华为SDN虚拟路由器 (CreateHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            description: 资源的详细描述 (since 5.4.0)
            huawei_vpc_uuid: huaweiVpcUuid (since 5.4.0)
            name: 资源名称 (since 5.4.0)
            resource_uuid: 资源UUID (since 5.4.0)
            tag_uuids: 标签UUID列表 (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_HUAWEI_I_MASTER_V_ROUTER,
            {
                "description": description,
                "huaweiVpcUuid": huawei_vpc_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_nfv_inst(
        self,
        *,
        name: str,
        nfv_inst_group_uuid: str,
        cluster_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstResult:
        """创建NFV实例 (CreateNfvInst).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            description: 资源的详细描述 (since 0.6)
            host_uuid: 物理机UUID (since 0.6)
            name: 资源名称 (since 0.6)
            nfv_inst_group_uuid: nfvInstGroupUuid (since 0.6)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_NFV_INST,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "nfvInstGroupUuid": nfv_inst_group_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_nfv_inst_group(
        self,
        *,
        func_type: Literal["DEDICATED_SLB"],
        inst_type: Literal["KVM"],
        name: str,
        nfv_inst_offering_uuid: str,
        backend_l3_network_uuids: Sequence[str] | None = None,
        base_os_distro: str | None = None,
        cluster_uuid: str | None = None,
        description: str | None = None,
        front_end_l3_network_uuid: str | None = None,
        ipv6_vip_uuid: str | None = None,
        monitor_ips: Sequence[str] | None = None,
        net_os_distro: str | None = None,
        primary_storage_pool_uuid: str | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        vip_uuid: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstGroupResult:
        """创建NFV高可用组 (CreateNfvInstGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            backend_l3_network_uuids: backendL3NetworkUuids (since 0.6)
            base_os_distro: baseOsDistro (since 5.4.2)
            cluster_uuid: 集群UUID (since 5.4.2)
            description: 资源的详细描述 (since 0.6)
            front_end_l3_network_uuid: frontEndL3NetworkUuid (since 0.6)
            func_type: funcType (since 0.6; enum {'DEDICATED_SLB'})
            inst_type: instType (since 0.6; enum {'KVM'})
            ipv6_vip_uuid: ipv6VipUuid (since 5.4.2)
            monitor_ips: monitorIps (since 0.6)
            name: 资源名称 (since 0.6)
            net_os_distro: netOsDistro (since 5.4.2)
            nfv_inst_offering_uuid: nfvInstOfferingUuid (since 0.6)
            primary_storage_pool_uuid: primaryStoragePoolUuid (since 5.4.2)
            primary_storage_uuid: 主存储UUID (since 5.4.2)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            vip_uuid: VIP UUID (since 5.4.2)
            zone_uuid: 区域UUID (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_NFV_INST_GROUP,
            {
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "baseOsDistro": base_os_distro,
                "clusterUuid": cluster_uuid,
                "description": description,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "funcType": func_type,
                "instType": inst_type,
                "ipv6VipUuid": ipv6_vip_uuid,
                "monitorIps": monitor_ips,
                "name": name,
                "netOsDistro": net_os_distro,
                "nfvInstOfferingUuid": nfv_inst_offering_uuid,
                "primaryStoragePoolUuid": primary_storage_pool_uuid,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vipUuid": vip_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_nfv_inst_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstOfferingResult:
        """创建NFV实例规格 (CreateNfvInstOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            allocator_strategy: allocatorStrategy (since 0.6)
            cpu_num: cpuNum (since 0.6)
            description: 资源的详细描述 (since 0.6)
            image_uuid: 镜像UUID (since 0.6)
            management_network_uuid: managementNetworkUuid (since 0.6)
            memory_size: memorySize (since 0.6)
            name: 资源名称 (since 0.6)
            reserved_memory_size: reservedMemorySize (since 5.4.2)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: sortKey (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            type: type (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_NFV_INST_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ovn_controller_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateOvnControllerOfferingResult:
        """创建OVN控制器规格 (CreateOvnControllerOffering).

        Since ZStack 5.3.20. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            allocator_strategy: 分配策略 (since 5.3.20)
            cpu_num: CPU数目 (since 5.3.20)
            description: 资源的详细描述 (since 5.3.20)
            image_uuid: 镜像UUID (since 5.3.20)
            management_network_uuid: 管理网UUID (since 5.3.20)
            memory_size: 内存大小，单位Byte (since 5.3.20)
            name: 规格名称 (since 5.3.20)
            reserved_memory_size: reservedMemorySize (since 5.3.20)
            resource_uuid: 资源UUID (since 5.3.20)
            sort_key: sortKey (since 5.3.20)
            tag_uuids: 标签UUID列表 (since 5.3.20)
            type: type (since 5.3.20)
            zone_uuid: 区域UUID (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_OVN_CONTROLLER_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_huawei_i_master_fabric(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterFabricResult:
        """删除华为SDN Fabric (DeleteHuaweiIMasterFabric).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HUAWEI_I_MASTER_FABRIC,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_huawei_i_master_tenant(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterTenantResult:
        """删除华为SDN租户 (DeleteHuaweiIMasterTenant).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: 指定的华为iMaster租户 (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HUAWEI_I_MASTER_TENANT,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_huawei_i_master_v_router(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterVRouterResult:
        """删除华为SDN虚拟路由器 (DeleteHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HUAWEI_I_MASTER_V_ROUTER,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_huawei_i_master_vpc(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterVpcResult:
        """删除华为SDN VPC (DeleteHuaweiIMasterVpc).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HUAWEI_I_MASTER_VPC,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_nfv_inst_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNfvInstGroupResult:
        """删除NFV组 (DeleteNfvInstGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_nfv_inst_from_group(
        self,
        *,
        group_uuid: str,
        nfv_inst_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachNfvInstFromGroupResult:
        """从NFV组删除实例 (DetachNfvInstFromGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            group_uuid: groupUuid (since 5.4.2)
            nfv_inst_uuid: nfvInstUuid (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_NFV_INST_FROM_GROUP,
            {
                "groupUuid": group_uuid,
                "nfvInstUuid": nfv_inst_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def provision_nfv_inst_config(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionNfvInstConfigResult:
        """部署NFV实例配置 (ProvisionNfvInstConfig).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROVISION_NFV_INST_CONFIG,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def provision_nfv_inst_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionNfvInstGroupResult:
        """部署NFV组 (ProvisionNfvInstGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROVISION_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def pull_huawei_i_master_controller(
        self,
        *,
        uuid: str,
        pull_switch: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PullHuaweiIMasterControllerResult:
        """拉取华为SDN最新配置 (PullHuaweiIMasterController).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            pull_switch: 是否拉取交换机信息 (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PULL_HUAWEI_I_MASTER_CONTROLLER,
            {
                "uuid": uuid,
                "pullSwitch": pull_switch,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def pull_sdn_controller_tenant(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PullSdnControllerTenantResult:
        """拉取SDN控制器租户 (PullSdnControllerTenant).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PULL_SDN_CONTROLLER_TENANT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_huawei_i_master_fabric(
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
    ) -> QueryHuaweiIMasterFabricResult:
        """查询华为SDN Fabric (QueryHuaweiIMasterFabric).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HUAWEI_I_MASTER_FABRIC,
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

    def query_huawei_i_master_fabric_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HuaweiIMasterFabricInventory]:
        """Every result of ``query_huawei_i_master_fabric``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_FABRIC,
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

    def query_huawei_i_master_tenant(
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
    ) -> QueryHuaweiIMasterTenantResult:
        """查询华为SDN租户 (QueryHuaweiIMasterTenant).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HUAWEI_I_MASTER_TENANT,
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

    def query_huawei_i_master_tenant_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HuaweiIMasterTenantInventory]:
        """Every result of ``query_huawei_i_master_tenant``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_TENANT,
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

    def query_huawei_i_master_v_router(
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
    ) -> QueryHuaweiIMasterVRouterResult:
        """查询华为SDN虚拟路由器 (QueryHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HUAWEI_I_MASTER_V_ROUTER,
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

    def query_huawei_i_master_v_router_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HuaweiIMasterVRouterInventory]:
        """Every result of ``query_huawei_i_master_v_router``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_V_ROUTER,
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

    def query_huawei_i_master_vpc(
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
    ) -> QueryHuaweiIMasterVpcResult:
        """查询华为SDN VPC (QueryHuaweiIMasterVpc).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HUAWEI_I_MASTER_VPC,
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

    def query_huawei_i_master_vpc_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HuaweiIMasterVpcInventory]:
        """Every result of ``query_huawei_i_master_vpc``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_VPC,
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

    def query_sdn_controller(
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
    ) -> QuerySdnControllerResult:
        """查询SDN控制器 (QuerySdnController).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SDN_CONTROLLER,
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

    def query_sdn_controller_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SdnControllerInventory]:
        """Every result of ``query_sdn_controller``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SDN_CONTROLLER,
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

    def reconnect_nfv_inst(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectNfvInstResult:
        """重连NFV实例 (ReconnectNfvInst).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_NFV_INST,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reconnect_sdn_controller(
        self,
        *,
        sdn_controller_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectSdnControllerResult:
        """重连SDN控制器 (ReconnectSdnController).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: sdnControllerUuid (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_SDN_CONTROLLER,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_sdn_controller(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSdnControllerResult:
        """删除SDN控制器 (RemoveSdnController).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sdn_controller_add_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        nic_names: Sequence[str],
        bond_mode: str | None = None,
        lacp_mode: str | None = None,
        netmask: str | None = None,
        v_switch_type: Literal["OvsKernel", "OvsDpdk", "SRIOV"] | None = None,
        vtep_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerAddHostResult:
        """SDN控制器绑定物理机 (SdnControllerAddHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            bond_mode: 物理机网卡bond模式 (since 5.3.0)
            lacp_mode: 物理机网卡LACP模式 (since 5.3.0)
            netmask: 物理机VTEP IP掩码 (since 5.3.0)
            nic_names: 物理机网卡名称列表 (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvsKernel', 'OvsDpdk', 'SRIOV'})
            vtep_ip: 物理机VTEP IP (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SDN_CONTROLLER_ADD_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "bondMode": bond_mode,
                "lacpMode": lacp_mode,
                "netmask": netmask,
                "nicNames": nic_names,
                "vSwitchType": v_switch_type,
                "vtepIp": vtep_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sdn_controller_change_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        bond_mode: str | None = None,
        lacp_mode: str | None = None,
        netmask: str | None = None,
        nic_names: Sequence[str] | None = None,
        v_switch_type: Literal["OvnDpdk", "OvnKernel"] | None = None,
        vtep_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerChangeHostResult:
        """SDN控制器更改物理机 (SdnControllerChangeHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            bond_mode: 物理机网卡bond模式 (since 5.3.0)
            lacp_mode: 物理机网卡LACP模式 (since 5.3.0)
            netmask: 物理机VTEP IP掩码 (since 5.3.0)
            nic_names: 物理机网卡名称列表 (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvnDpdk', 'OvnKernel'})
            vtep_ip: 物理机VTEP IP (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SDN_CONTROLLER_CHANGE_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "bondMode": bond_mode,
                "lacpMode": lacp_mode,
                "netmask": netmask,
                "nicNames": nic_names,
                "vSwitchType": v_switch_type,
                "vtepIp": vtep_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sdn_controller_remove_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        v_switch_type: Literal["OvnDpdk", "OvnKernel"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerRemoveHostResult:
        """SDN控制器解绑物理机 (SdnControllerRemoveHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvnDpdk', 'OvnKernel'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SDN_CONTROLLER_REMOVE_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "vSwitchType": v_switch_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_nfv_inst_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncNfvInstGroupResult:
        """同步NFV组 (SyncNfvInstGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_nfv_inst_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateNfvInstGroupResult:
        """更新NFV组 (UpdateNfvInstGroup).

        Since ZStack 3.5. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5)
            description: 资源的详细描述 (since 5.5)
            name: 资源名称 (since 5.5)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sdn_controller(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSdnControllerResult:
        """更新SDN控制器 (UpdateSdnController).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            description: 资源的详细描述 (since 3.7.0; maxLength 2048)
            name: 资源名称 (since 3.7.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncNfvinstgroupApi(AsyncNamespace):
    """nfvinstgroup: 34 APIs (AddL3NetworkToGroup, AddSdnController, AttachNfvInstToGroup, ...). (asyncio)"""

    __slots__ = ()

    async def add_l3_network_to_group(
        self,
        *,
        nfv_inst_group_uuid: str,
        network_service_uuid: str,
        backend_l3_network_uuids: Sequence[str],
        front_end_l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddL3NetworkToGroupResult:
        """添加L3网络到NVF组 (AddL3NetworkToGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            nfv_inst_group_uuid: nfvInstGroupUuid (since 0.6)
            network_service_uuid: networkServiceUuid (since 0.6)
            backend_l3_network_uuids: backendL3NetworkUuids (since 0.6)
            front_end_l3_network_uuid: frontEndL3NetworkUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_L3_NETWORK_TO_GROUP,
            {
                "nfvInstGroupUuid": nfv_inst_group_uuid,
                "networkServiceUuid": network_service_uuid,
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_sdn_controller(
        self,
        *,
        ip: str,
        name: str,
        password: str,
        user_name: str,
        vendor_type: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSdnControllerResult:
        """添加SDN控制器 (AddSdnController).

        Since ZStack 3.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7; maxLength 2048)
            ip: ip (since 3.7; maxLength 255)
            name: 资源名称 (since 3.7; maxLength 255)
            password: password (since 3.7; maxLength 255)
            resource_uuid: resourceUuid (since 3.7)
            tag_uuids: 标签UUID列表 (since 3.7)
            user_name: userName (since 3.7; maxLength 255)
            vendor_type: vendorType (since 3.7; maxLength 255)
            zone_uuid: 区域UUID (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SDN_CONTROLLER,
            {
                "description": description,
                "ip": ip,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userName": user_name,
                "vendorType": vendor_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_nfv_inst_to_group(
        self,
        *,
        group_uuid: str,
        nfv_inst_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNfvInstToGroupResult:
        """添加NFV实例到NFV组 (AttachNfvInstToGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            group_uuid: groupUuid (since 5.4.2)
            nfv_inst_uuid: nfvInstUuid (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_NFV_INST_TO_GROUP,
            {
                "groupUuid": group_uuid,
                "nfvInstUuid": nfv_inst_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_nfv_inst_group_operation_mode(
        self,
        *,
        uuid: str,
        operation_mode: Literal["Normal", "Maintenance"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeNfvInstGroupOperationModeResult:
        """修改NFV组的操作模式 (ChangeNfvInstGroupOperationMode).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            operation_mode: operationMode (since 5.4.2; enum {'Normal', 'Maintenance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_NFV_INST_GROUP_OPERATION_MODE,
            {
                "uuid": uuid,
                "operationMode": operation_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_sdn_controller(
        self,
        *,
        uuid: str,
        password: str | None = None,
        user_name: str | None = None,
        vlan_ranges: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSdnControllerResult:
        """修改SDN控制器 (ChangeSdnController).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: SDN控制器资源UUID (since 5.4.0)
            password: SDN控制器新密码 (since 5.4.0)
            user_name: SDN控制器新用户名 (since 5.4.0)
            vlan_ranges: vlanRanges (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "password": password,
                "userName": user_name,
                "vlanRanges": vlan_ranges,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_huawei_i_master_v_router(
        self,
        *,
        huawei_vpc_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHuaweiIMasterVRouterResult:
        """创建华为SDN虚拟路由器 (CreateHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            description: 资源的详细描述 (since 5.4.0)
            huawei_vpc_uuid: huaweiVpcUuid (since 5.4.0)
            name: 资源名称 (since 5.4.0)
            resource_uuid: 资源UUID (since 5.4.0)
            tag_uuids: 标签UUID列表 (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_HUAWEI_I_MASTER_V_ROUTER,
            {
                "description": description,
                "huaweiVpcUuid": huawei_vpc_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_nfv_inst(
        self,
        *,
        name: str,
        nfv_inst_group_uuid: str,
        cluster_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstResult:
        """创建NFV实例 (CreateNfvInst).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            description: 资源的详细描述 (since 0.6)
            host_uuid: 物理机UUID (since 0.6)
            name: 资源名称 (since 0.6)
            nfv_inst_group_uuid: nfvInstGroupUuid (since 0.6)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_NFV_INST,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "nfvInstGroupUuid": nfv_inst_group_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_nfv_inst_group(
        self,
        *,
        func_type: Literal["DEDICATED_SLB"],
        inst_type: Literal["KVM"],
        name: str,
        nfv_inst_offering_uuid: str,
        backend_l3_network_uuids: Sequence[str] | None = None,
        base_os_distro: str | None = None,
        cluster_uuid: str | None = None,
        description: str | None = None,
        front_end_l3_network_uuid: str | None = None,
        ipv6_vip_uuid: str | None = None,
        monitor_ips: Sequence[str] | None = None,
        net_os_distro: str | None = None,
        primary_storage_pool_uuid: str | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        vip_uuid: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstGroupResult:
        """创建NFV高可用组 (CreateNfvInstGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            backend_l3_network_uuids: backendL3NetworkUuids (since 0.6)
            base_os_distro: baseOsDistro (since 5.4.2)
            cluster_uuid: 集群UUID (since 5.4.2)
            description: 资源的详细描述 (since 0.6)
            front_end_l3_network_uuid: frontEndL3NetworkUuid (since 0.6)
            func_type: funcType (since 0.6; enum {'DEDICATED_SLB'})
            inst_type: instType (since 0.6; enum {'KVM'})
            ipv6_vip_uuid: ipv6VipUuid (since 5.4.2)
            monitor_ips: monitorIps (since 0.6)
            name: 资源名称 (since 0.6)
            net_os_distro: netOsDistro (since 5.4.2)
            nfv_inst_offering_uuid: nfvInstOfferingUuid (since 0.6)
            primary_storage_pool_uuid: primaryStoragePoolUuid (since 5.4.2)
            primary_storage_uuid: 主存储UUID (since 5.4.2)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            vip_uuid: VIP UUID (since 5.4.2)
            zone_uuid: 区域UUID (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_NFV_INST_GROUP,
            {
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "baseOsDistro": base_os_distro,
                "clusterUuid": cluster_uuid,
                "description": description,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "funcType": func_type,
                "instType": inst_type,
                "ipv6VipUuid": ipv6_vip_uuid,
                "monitorIps": monitor_ips,
                "name": name,
                "netOsDistro": net_os_distro,
                "nfvInstOfferingUuid": nfv_inst_offering_uuid,
                "primaryStoragePoolUuid": primary_storage_pool_uuid,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vipUuid": vip_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_nfv_inst_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstOfferingResult:
        """创建NFV实例规格 (CreateNfvInstOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            allocator_strategy: allocatorStrategy (since 0.6)
            cpu_num: cpuNum (since 0.6)
            description: 资源的详细描述 (since 0.6)
            image_uuid: 镜像UUID (since 0.6)
            management_network_uuid: managementNetworkUuid (since 0.6)
            memory_size: memorySize (since 0.6)
            name: 资源名称 (since 0.6)
            reserved_memory_size: reservedMemorySize (since 5.4.2)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: sortKey (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            type: type (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_NFV_INST_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ovn_controller_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateOvnControllerOfferingResult:
        """创建OVN控制器规格 (CreateOvnControllerOffering).

        Since ZStack 5.3.20. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            allocator_strategy: 分配策略 (since 5.3.20)
            cpu_num: CPU数目 (since 5.3.20)
            description: 资源的详细描述 (since 5.3.20)
            image_uuid: 镜像UUID (since 5.3.20)
            management_network_uuid: 管理网UUID (since 5.3.20)
            memory_size: 内存大小，单位Byte (since 5.3.20)
            name: 规格名称 (since 5.3.20)
            reserved_memory_size: reservedMemorySize (since 5.3.20)
            resource_uuid: 资源UUID (since 5.3.20)
            sort_key: sortKey (since 5.3.20)
            tag_uuids: 标签UUID列表 (since 5.3.20)
            type: type (since 5.3.20)
            zone_uuid: 区域UUID (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_OVN_CONTROLLER_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_huawei_i_master_fabric(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterFabricResult:
        """删除华为SDN Fabric (DeleteHuaweiIMasterFabric).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HUAWEI_I_MASTER_FABRIC,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_huawei_i_master_tenant(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterTenantResult:
        """删除华为SDN租户 (DeleteHuaweiIMasterTenant).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: 指定的华为iMaster租户 (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HUAWEI_I_MASTER_TENANT,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_huawei_i_master_v_router(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterVRouterResult:
        """删除华为SDN虚拟路由器 (DeleteHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HUAWEI_I_MASTER_V_ROUTER,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_huawei_i_master_vpc(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterVpcResult:
        """删除华为SDN VPC (DeleteHuaweiIMasterVpc).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HUAWEI_I_MASTER_VPC,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_nfv_inst_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNfvInstGroupResult:
        """删除NFV组 (DeleteNfvInstGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_nfv_inst_from_group(
        self,
        *,
        group_uuid: str,
        nfv_inst_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachNfvInstFromGroupResult:
        """从NFV组删除实例 (DetachNfvInstFromGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            group_uuid: groupUuid (since 5.4.2)
            nfv_inst_uuid: nfvInstUuid (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_NFV_INST_FROM_GROUP,
            {
                "groupUuid": group_uuid,
                "nfvInstUuid": nfv_inst_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def provision_nfv_inst_config(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionNfvInstConfigResult:
        """部署NFV实例配置 (ProvisionNfvInstConfig).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROVISION_NFV_INST_CONFIG,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def provision_nfv_inst_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionNfvInstGroupResult:
        """部署NFV组 (ProvisionNfvInstGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROVISION_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def pull_huawei_i_master_controller(
        self,
        *,
        uuid: str,
        pull_switch: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PullHuaweiIMasterControllerResult:
        """拉取华为SDN最新配置 (PullHuaweiIMasterController).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            pull_switch: 是否拉取交换机信息 (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PULL_HUAWEI_I_MASTER_CONTROLLER,
            {
                "uuid": uuid,
                "pullSwitch": pull_switch,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def pull_sdn_controller_tenant(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PullSdnControllerTenantResult:
        """拉取SDN控制器租户 (PullSdnControllerTenant).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PULL_SDN_CONTROLLER_TENANT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_huawei_i_master_fabric(
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
    ) -> QueryHuaweiIMasterFabricResult:
        """查询华为SDN Fabric (QueryHuaweiIMasterFabric).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HUAWEI_I_MASTER_FABRIC,
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

    def query_huawei_i_master_fabric_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HuaweiIMasterFabricInventory]:
        """Every result of ``query_huawei_i_master_fabric``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_FABRIC,
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

    async def query_huawei_i_master_tenant(
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
    ) -> QueryHuaweiIMasterTenantResult:
        """查询华为SDN租户 (QueryHuaweiIMasterTenant).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HUAWEI_I_MASTER_TENANT,
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

    def query_huawei_i_master_tenant_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HuaweiIMasterTenantInventory]:
        """Every result of ``query_huawei_i_master_tenant``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_TENANT,
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

    async def query_huawei_i_master_v_router(
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
    ) -> QueryHuaweiIMasterVRouterResult:
        """查询华为SDN虚拟路由器 (QueryHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HUAWEI_I_MASTER_V_ROUTER,
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

    def query_huawei_i_master_v_router_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HuaweiIMasterVRouterInventory]:
        """Every result of ``query_huawei_i_master_v_router``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_V_ROUTER,
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

    async def query_huawei_i_master_vpc(
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
    ) -> QueryHuaweiIMasterVpcResult:
        """查询华为SDN VPC (QueryHuaweiIMasterVpc).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HUAWEI_I_MASTER_VPC,
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

    def query_huawei_i_master_vpc_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HuaweiIMasterVpcInventory]:
        """Every result of ``query_huawei_i_master_vpc``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_VPC,
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

    async def query_sdn_controller(
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
    ) -> QuerySdnControllerResult:
        """查询SDN控制器 (QuerySdnController).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SDN_CONTROLLER,
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

    def query_sdn_controller_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SdnControllerInventory]:
        """Every result of ``query_sdn_controller``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SDN_CONTROLLER,
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

    async def reconnect_nfv_inst(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectNfvInstResult:
        """重连NFV实例 (ReconnectNfvInst).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_NFV_INST,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reconnect_sdn_controller(
        self,
        *,
        sdn_controller_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectSdnControllerResult:
        """重连SDN控制器 (ReconnectSdnController).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: sdnControllerUuid (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_SDN_CONTROLLER,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_sdn_controller(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSdnControllerResult:
        """删除SDN控制器 (RemoveSdnController).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sdn_controller_add_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        nic_names: Sequence[str],
        bond_mode: str | None = None,
        lacp_mode: str | None = None,
        netmask: str | None = None,
        v_switch_type: Literal["OvsKernel", "OvsDpdk", "SRIOV"] | None = None,
        vtep_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerAddHostResult:
        """SDN控制器绑定物理机 (SdnControllerAddHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            bond_mode: 物理机网卡bond模式 (since 5.3.0)
            lacp_mode: 物理机网卡LACP模式 (since 5.3.0)
            netmask: 物理机VTEP IP掩码 (since 5.3.0)
            nic_names: 物理机网卡名称列表 (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvsKernel', 'OvsDpdk', 'SRIOV'})
            vtep_ip: 物理机VTEP IP (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SDN_CONTROLLER_ADD_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "bondMode": bond_mode,
                "lacpMode": lacp_mode,
                "netmask": netmask,
                "nicNames": nic_names,
                "vSwitchType": v_switch_type,
                "vtepIp": vtep_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sdn_controller_change_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        bond_mode: str | None = None,
        lacp_mode: str | None = None,
        netmask: str | None = None,
        nic_names: Sequence[str] | None = None,
        v_switch_type: Literal["OvnDpdk", "OvnKernel"] | None = None,
        vtep_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerChangeHostResult:
        """SDN控制器更改物理机 (SdnControllerChangeHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            bond_mode: 物理机网卡bond模式 (since 5.3.0)
            lacp_mode: 物理机网卡LACP模式 (since 5.3.0)
            netmask: 物理机VTEP IP掩码 (since 5.3.0)
            nic_names: 物理机网卡名称列表 (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvnDpdk', 'OvnKernel'})
            vtep_ip: 物理机VTEP IP (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SDN_CONTROLLER_CHANGE_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "bondMode": bond_mode,
                "lacpMode": lacp_mode,
                "netmask": netmask,
                "nicNames": nic_names,
                "vSwitchType": v_switch_type,
                "vtepIp": vtep_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sdn_controller_remove_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        v_switch_type: Literal["OvnDpdk", "OvnKernel"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerRemoveHostResult:
        """SDN控制器解绑物理机 (SdnControllerRemoveHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvnDpdk', 'OvnKernel'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SDN_CONTROLLER_REMOVE_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "vSwitchType": v_switch_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_nfv_inst_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncNfvInstGroupResult:
        """同步NFV组 (SyncNfvInstGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_nfv_inst_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateNfvInstGroupResult:
        """更新NFV组 (UpdateNfvInstGroup).

        Since ZStack 3.5. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5)
            description: 资源的详细描述 (since 5.5)
            name: 资源名称 (since 5.5)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sdn_controller(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSdnControllerResult:
        """更新SDN控制器 (UpdateSdnController).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            description: 资源的详细描述 (since 3.7.0; maxLength 2048)
            name: 资源名称 (since 3.7.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
