"""``client.baremetal``: 29 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_preconfiguration_template_result import AddPreconfigurationTemplateResult
    from ..models.baremetal_bonding_inventory import BaremetalBondingInventory
    from ..models.baremetal_chassis_inventory import BaremetalChassisInventory
    from ..models.baremetal_instance_inventory import BaremetalInstanceInventory
    from ..models.batch_create_baremetal_chassis_result import BatchCreateBaremetalChassisResult
    from ..models.change_baremetal_chassis_state_result import ChangeBaremetalChassisStateResult
    from ..models.change_preconfiguration_template_state_result import (
        ChangePreconfigurationTemplateStateResult,
    )
    from ..models.check_baremetal_chassis_config_file_result import (
        CheckBaremetalChassisConfigFileResult,
    )
    from ..models.clean_up_baremetal_chassis_bonding_result import (
        CleanUpBaremetalChassisBondingResult,
    )
    from ..models.create_baremetal_bonding_result import CreateBaremetalBondingResult
    from ..models.create_baremetal_chassis_result import CreateBaremetalChassisResult
    from ..models.create_baremetal_instance_result import CreateBaremetalInstanceResult
    from ..models.delete_baremetal_chassis_result import DeleteBaremetalChassisResult
    from ..models.delete_preconfiguration_template_result import (
        DeletePreconfigurationTemplateResult,
    )
    from ..models.destroy_baremetal_instance_result import DestroyBaremetalInstanceResult
    from ..models.expunge_baremetal_instance_result import ExpungeBaremetalInstanceResult
    from ..models.get_baremetal_chassis_power_status_result import (
        GetBaremetalChassisPowerStatusResult,
    )
    from ..models.inspect_baremetal_chassis_result import InspectBaremetalChassisResult
    from ..models.power_off_baremetal_chassis_result import PowerOffBaremetalChassisResult
    from ..models.power_on_baremetal_chassis_result import PowerOnBaremetalChassisResult
    from ..models.power_reset_baremetal_chassis_result import PowerResetBaremetalChassisResult
    from ..models.preconfiguration_template_inventory import PreconfigurationTemplateInventory
    from ..models.query_baremetal_bonding_result import QueryBaremetalBondingResult
    from ..models.query_baremetal_chassis_result import QueryBaremetalChassisResult
    from ..models.query_baremetal_instance_result import QueryBaremetalInstanceResult
    from ..models.query_preconfiguration_template_result import QueryPreconfigurationTemplateResult
    from ..models.reboot_baremetal_instance_result import RebootBaremetalInstanceResult
    from ..models.recover_baremetal_instance_result import RecoverBaremetalInstanceResult
    from ..models.start_baremetal_instance_result import StartBaremetalInstanceResult
    from ..models.stop_baremetal_instance_result import StopBaremetalInstanceResult
    from ..models.update_baremetal_chassis_result import UpdateBaremetalChassisResult
    from ..models.update_baremetal_instance_result import UpdateBaremetalInstanceResult
    from ..models.update_preconfiguration_template_result import (
        UpdatePreconfigurationTemplateResult,
    )

__all__ = ["AsyncBaremetalApi", "BaremetalApi"]


ADD_PRECONFIGURATION_TEMPLATE: Api[AddPreconfigurationTemplateResult] = Api(
    "AddPreconfigurationTemplate",
    "POST",
    "/baremetal/preconfigurations",
    params=(
        ("content", "body", "3.4.0"),
        ("description", "body", "3.4.0"),
        ("distribution", "body", "3.4.0"),
        ("name", "body", "3.4.0"),
        ("resourceUuid", "body", "3.4.0"),
        ("tagUuids", "body", None),
        ("type", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=(
        "content",
        "description",
        "distribution",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("content", "distribution", "name", "type"),
    body_key="params",
    since="3.4.0",
    result=".models.add_preconfiguration_template_result:AddPreconfigurationTemplateResult",
    checks=(
        ("content", "content", "maxLength", 16777215),
        ("description", "description", "maxLength", 2048),
        ("distribution", "distribution", "maxLength", 64),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("kickstart", "preseed", "autoyast")),
    ),
)

BATCH_CREATE_BAREMETAL_CHASSIS: Api[BatchCreateBaremetalChassisResult] = Api(
    "BatchCreateBaremetalChassis",
    "POST",
    "/baremetal/chassis/from-file",
    params=(
        ("baremetalChassisInfo", "body", "3.1.1"),
        ("longJobDescription", "body", "3.1.1"),
        ("longJobName", "body", "3.1.1"),
        ("resourceUuid", "body", "3.1.1"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.1.1"),
        ("userTags", "root", "3.1.1"),
    ),
    names=(
        "baremetal_chassis_info",
        "long_job_description",
        "long_job_name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("baremetalChassisInfo",),
    body_key="params",
    since="3.1.1",
    result=".models.batch_create_baremetal_chassis_result:BatchCreateBaremetalChassisResult",
    checks=(
        ("baremetalChassisInfo", "baremetal_chassis_info", "minLength", 1),
        ("longJobDescription", "long_job_description", "maxLength", 2048),
        ("longJobName", "long_job_name", "maxLength", 255),
    ),
)

CHANGE_BAREMETAL_CHASSIS_STATE: Api[ChangeBaremetalChassisStateResult] = Api(
    "ChangeBaremetalChassisState",
    "PUT",
    "/baremetal/chassis/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("stateEvent", "body", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeBaremetalChassisState",
    since="2.6.0",
    result=".models.change_baremetal_chassis_state_result:ChangeBaremetalChassisStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_PRECONFIGURATION_TEMPLATE_STATE: Api[ChangePreconfigurationTemplateStateResult] = Api(
    "ChangePreconfigurationTemplateState",
    "PUT",
    "/baremetal/preconfigurations/{uuid}/actions",
    params=(
        ("uuid", "path", "3.4.0"),
        ("stateEvent", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changePreconfigurationTemplateState",
    since="3.4.0",
    result=".models.change_preconfiguration_template_state_result:ChangePreconfigurationTemplateStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHECK_BAREMETAL_CHASSIS_CONFIG_FILE: Api[CheckBaremetalChassisConfigFileResult] = Api(
    "CheckBaremetalChassisConfigFile",
    "POST",
    "/baremetal/chassis/from-file/check",
    params=(
        ("baremetalChassisInfo", "body", "3.1.1"),
        ("systemTags", "root", "3.1.1"),
        ("userTags", "root", "3.1.1"),
    ),
    names=("baremetal_chassis_info", "system_tags", "user_tags"),
    required=("baremetalChassisInfo",),
    body_key="params",
    since="3.1.1",
    result=".models.check_baremetal_chassis_config_file_result:CheckBaremetalChassisConfigFileResult",
    checks=(("baremetalChassisInfo", "baremetal_chassis_info", "minLength", 1),),
)

CLEAN_UP_BAREMETAL_CHASSIS_BONDING: Api[CleanUpBaremetalChassisBondingResult] = Api(
    "CleanUpBaremetalChassisBonding",
    "PUT",
    "/baremetal/chassis/{chassisUuid}/actions",
    params=(
        ("chassisUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("chassis_uuid", "system_tags", "user_tags"),
    required=("chassisUuid",),
    body_key="cleanUpBaremetalChassisBonding",
    since=None,
    result=".models.clean_up_baremetal_chassis_bonding_result:CleanUpBaremetalChassisBondingResult",
)

CREATE_BAREMETAL_BONDING: Api[CreateBaremetalBondingResult] = Api(
    "CreateBaremetalBonding",
    "POST",
    "/baremetal/network/bondings",
    params=(
        ("chassisUuid", "body", "3.3.0"),
        ("mode", "body", "3.3.0"),
        ("name", "body", "3.3.0"),
        ("opts", "body", "3.3.0"),
        ("resourceUuid", "body", "3.3.0"),
        ("slaves", "body", "3.3.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.3.0"),
        ("userTags", "root", "3.3.0"),
    ),
    names=(
        "chassis_uuid",
        "mode",
        "name",
        "opts",
        "resource_uuid",
        "slaves",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("chassisUuid", "mode", "name", "slaves"),
    body_key="params",
    since="3.3.0",
    result=".models.create_baremetal_bonding_result:CreateBaremetalBondingResult",
    checks=(
        ("mode", "mode", "minimum", 0),
        ("mode", "mode", "maximum", 6),
        ("name", "name", "maxLength", 255),
        ("opts", "opts", "maxLength", 1024),
        ("slaves", "slaves", "maxLength", 2048),
    ),
)

CREATE_BAREMETAL_CHASSIS: Api[CreateBaremetalChassisResult] = Api(
    "CreateBaremetalChassis",
    "POST",
    "/baremetal/chassis",
    params=(
        ("clusterUuid", "body", "2.6.0"),
        ("description", "body", "2.6.0"),
        ("ipmiAddress", "body", "2.6.0"),
        ("ipmiPassword", "body", "2.6.0"),
        ("ipmiPort", "body", "2.6.0"),
        ("ipmiUsername", "body", "2.6.0"),
        ("name", "body", "2.6.0"),
        ("resourceUuid", "body", "2.6.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=(
        "cluster_uuid",
        "description",
        "ipmi_address",
        "ipmi_password",
        "ipmi_port",
        "ipmi_username",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("clusterUuid", "ipmiAddress", "ipmiPassword", "ipmiUsername", "name"),
    body_key="params",
    since="2.6.0",
    result=".models.create_baremetal_chassis_result:CreateBaremetalChassisResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipmiPassword", "ipmi_password", "maxLength", 255),
        ("ipmiPort", "ipmi_port", "minimum", 1),
        ("ipmiPort", "ipmi_port", "maximum", 65535),
        ("ipmiUsername", "ipmi_username", "maxLength", 255),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_BAREMETAL_INSTANCE: Api[CreateBaremetalInstanceResult] = Api(
    "CreateBaremetalInstance",
    "POST",
    "/baremetal/instances",
    params=(
        ("bondingCfgs", "body", "3.3.0"),
        ("chassisUuid", "body", "2.6.0"),
        ("customConfigurations", "body", "3.3.0"),
        ("description", "body", "2.6.0"),
        ("imageUuid", "body", "2.6.0"),
        ("name", "body", "2.6.0"),
        ("nicCfgs", "body", "2.6.0"),
        ("password", "body", "2.6.0"),
        ("resourceUuid", "body", "2.6.0"),
        ("strategy", "body", "2.6.0"),
        ("tagUuids", "body", None),
        ("templateUuid", "body", "3.3.0"),
        ("username", "body", "3.3.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=(
        "bonding_cfgs",
        "chassis_uuid",
        "custom_configurations",
        "description",
        "image_uuid",
        "name",
        "nic_cfgs",
        "password",
        "resource_uuid",
        "strategy",
        "tag_uuids",
        "template_uuid",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("chassisUuid", "imageUuid", "name", "password"),
    body_key="params",
    since="2.6.0",
    result=".models.create_baremetal_instance_result:CreateBaremetalInstanceResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("strategy", "strategy", "enum", ("InstantStart", "JustCreate")),
        ("username", "username", "maxLength", 255),
    ),
)

DELETE_BAREMETAL_CHASSIS: Api[DeleteBaremetalChassisResult] = Api(
    "DeleteBaremetalChassis",
    "DELETE",
    "/baremetal/chassis/{uuid}",
    params=(
        ("uuid", "path", "2.6.0"),
        ("deleteMode", "query", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.6.0",
    result=".models.delete_baremetal_chassis_result:DeleteBaremetalChassisResult",
)

DELETE_PRECONFIGURATION_TEMPLATE: Api[DeletePreconfigurationTemplateResult] = Api(
    "DeletePreconfigurationTemplate",
    "DELETE",
    "/baremetal/preconfigurations/{uuid}",
    params=(
        ("uuid", "path", "3.4.0"),
        ("deleteMode", "query", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.4.0",
    result=".models.delete_preconfiguration_template_result:DeletePreconfigurationTemplateResult",
)

DESTROY_BAREMETAL_INSTANCE: Api[DestroyBaremetalInstanceResult] = Api(
    "DestroyBaremetalInstance",
    "DELETE",
    "/baremetal/instances/{uuid}",
    params=(
        ("uuid", "path", "2.6.0"),
        ("deleteMode", "query", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.6.0",
    result=".models.destroy_baremetal_instance_result:DestroyBaremetalInstanceResult",
)

EXPUNGE_BAREMETAL_INSTANCE: Api[ExpungeBaremetalInstanceResult] = Api(
    "ExpungeBaremetalInstance",
    "PUT",
    "/baremetal/instances/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="expungeBaremetalInstance",
    since="2.6.0",
    result=".models.expunge_baremetal_instance_result:ExpungeBaremetalInstanceResult",
)

GET_BAREMETAL_CHASSIS_POWER_STATUS: Api[GetBaremetalChassisPowerStatusResult] = Api(
    "GetBaremetalChassisPowerStatus",
    "GET",
    "/baremetal/chassis/{uuid}/powerstatus",
    params=(
        ("uuid", "path", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.6.0",
    result=".models.get_baremetal_chassis_power_status_result:GetBaremetalChassisPowerStatusResult",
)

INSPECT_BAREMETAL_CHASSIS: Api[InspectBaremetalChassisResult] = Api(
    "InspectBaremetalChassis",
    "PUT",
    "/baremetal/chassis/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="inspectBaremetalChassis",
    since="2.6.0",
    result=".models.inspect_baremetal_chassis_result:InspectBaremetalChassisResult",
)

POWER_OFF_BAREMETAL_CHASSIS: Api[PowerOffBaremetalChassisResult] = Api(
    "PowerOffBaremetalChassis",
    "PUT",
    "/baremetal/chassis/{chassisUuid}/actions",
    params=(
        ("chassisUuid", "path", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("chassis_uuid", "system_tags", "user_tags"),
    required=("chassisUuid",),
    body_key="powerOffBaremetalChassis",
    since="2.6.0",
    result=".models.power_off_baremetal_chassis_result:PowerOffBaremetalChassisResult",
)

POWER_ON_BAREMETAL_CHASSIS: Api[PowerOnBaremetalChassisResult] = Api(
    "PowerOnBaremetalChassis",
    "PUT",
    "/baremetal/chassis/{chassisUuid}/actions",
    params=(
        ("chassisUuid", "path", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("chassis_uuid", "system_tags", "user_tags"),
    required=("chassisUuid",),
    body_key="powerOnBaremetalChassis",
    since="2.6.0",
    result=".models.power_on_baremetal_chassis_result:PowerOnBaremetalChassisResult",
)

POWER_RESET_BAREMETAL_CHASSIS: Api[PowerResetBaremetalChassisResult] = Api(
    "PowerResetBaremetalChassis",
    "PUT",
    "/baremetal/chassis/{chassisUuid}/actions",
    params=(
        ("chassisUuid", "path", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("chassis_uuid", "system_tags", "user_tags"),
    required=("chassisUuid",),
    body_key="powerResetBaremetalChassis",
    since="2.6.0",
    result=".models.power_reset_baremetal_chassis_result:PowerResetBaremetalChassisResult",
)

QUERY_BAREMETAL_BONDING: Api[QueryBaremetalBondingResult] = Api(
    "QueryBaremetalBonding",
    "GET",
    "/baremetal/network/bondings",
    params=(
        ("uuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.4.0",
    result=".models.query_baremetal_bonding_result:QueryBaremetalBondingResult",
    query=True,
    alt_paths=("/baremetal/network/bondings/{uuid}",),
)

QUERY_BAREMETAL_CHASSIS: Api[QueryBaremetalChassisResult] = Api(
    "QueryBaremetalChassis",
    "GET",
    "/baremetal/chassis",
    params=(
        ("uuid", "path", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.6.0",
    result=".models.query_baremetal_chassis_result:QueryBaremetalChassisResult",
    query=True,
    alt_paths=("/baremetal/chassis/{uuid}",),
)

QUERY_BAREMETAL_INSTANCE: Api[QueryBaremetalInstanceResult] = Api(
    "QueryBaremetalInstance",
    "GET",
    "/baremetal/instances",
    params=(
        ("uuid", "path", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.6.0",
    result=".models.query_baremetal_instance_result:QueryBaremetalInstanceResult",
    query=True,
    alt_paths=("/baremetal/instances/{uuid}",),
)

QUERY_PRECONFIGURATION_TEMPLATE: Api[QueryPreconfigurationTemplateResult] = Api(
    "QueryPreconfigurationTemplate",
    "GET",
    "/baremetal/preconfigurations",
    params=(
        ("uuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.4.0",
    result=".models.query_preconfiguration_template_result:QueryPreconfigurationTemplateResult",
    query=True,
    alt_paths=("/baremetal/preconfigurations/{uuid}",),
)

REBOOT_BAREMETAL_INSTANCE: Api[RebootBaremetalInstanceResult] = Api(
    "RebootBaremetalInstance",
    "PUT",
    "/baremetal/instances/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("pxeBoot", "body", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "pxe_boot", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="rebootBaremetalInstance",
    since="2.6.0",
    result=".models.reboot_baremetal_instance_result:RebootBaremetalInstanceResult",
)

RECOVER_BAREMETAL_INSTANCE: Api[RecoverBaremetalInstanceResult] = Api(
    "RecoverBaremetalInstance",
    "PUT",
    "/baremetal/instances/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="recoverBaremetalInstance",
    since="2.6.0",
    result=".models.recover_baremetal_instance_result:RecoverBaremetalInstanceResult",
)

START_BAREMETAL_INSTANCE: Api[StartBaremetalInstanceResult] = Api(
    "StartBaremetalInstance",
    "PUT",
    "/baremetal/instances/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("pxeBoot", "body", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "pxe_boot", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="startBaremetalInstance",
    since="2.6.0",
    result=".models.start_baremetal_instance_result:StartBaremetalInstanceResult",
)

STOP_BAREMETAL_INSTANCE: Api[StopBaremetalInstanceResult] = Api(
    "StopBaremetalInstance",
    "PUT",
    "/baremetal/instances/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("type", "body", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "type", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="stopBaremetalInstance",
    since="2.6.0",
    result=".models.stop_baremetal_instance_result:StopBaremetalInstanceResult",
    checks=(("type", "type", "enum", ("grace", "cold")),),
)

UPDATE_BAREMETAL_CHASSIS: Api[UpdateBaremetalChassisResult] = Api(
    "UpdateBaremetalChassis",
    "PUT",
    "/baremetal/chassis/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("description", "body", "2.6.0"),
        ("ipmiAddress", "body", "2.6.0"),
        ("ipmiPassword", "body", "2.6.0"),
        ("ipmiPort", "body", "2.6.0"),
        ("ipmiUsername", "body", "2.6.0"),
        ("name", "body", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=(
        "uuid",
        "description",
        "ipmi_address",
        "ipmi_password",
        "ipmi_port",
        "ipmi_username",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateBaremetalChassis",
    since="2.6.0",
    result=".models.update_baremetal_chassis_result:UpdateBaremetalChassisResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipmiPassword", "ipmi_password", "maxLength", 255),
        ("ipmiPort", "ipmi_port", "minimum", 1),
        ("ipmiPort", "ipmi_port", "maximum", 65535),
        ("ipmiUsername", "ipmi_username", "maxLength", 255),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_BAREMETAL_INSTANCE: Api[UpdateBaremetalInstanceResult] = Api(
    "UpdateBaremetalInstance",
    "PUT",
    "/baremetal/instances/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("description", "body", "2.6.0"),
        ("name", "body", "2.6.0"),
        ("password", "body", "2.6.0"),
        ("platform", "body", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "description", "name", "password", "platform", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateBaremetalInstance",
    since="2.6.0",
    result=".models.update_baremetal_instance_result:UpdateBaremetalInstanceResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("platform", "platform", "enum", ("Linux",)),
    ),
)

UPDATE_PRECONFIGURATION_TEMPLATE: Api[UpdatePreconfigurationTemplateResult] = Api(
    "UpdatePreconfigurationTemplate",
    "PUT",
    "/baremetal/preconfigurations/{uuid}/actions",
    params=(
        ("uuid", "path", "3.4.0"),
        ("content", "body", "3.4.0"),
        ("description", "body", "3.4.0"),
        ("distribution", "body", "3.4.0"),
        ("name", "body", "3.4.0"),
        ("type", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=(
        "uuid",
        "content",
        "description",
        "distribution",
        "name",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updatePreconfigurationTemplate",
    since="3.4.0",
    result=".models.update_preconfiguration_template_result:UpdatePreconfigurationTemplateResult",
    checks=(
        ("content", "content", "maxLength", 16777215),
        ("description", "description", "maxLength", 2048),
        ("distribution", "distribution", "maxLength", 64),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("kickstart", "preseed", "autoyast")),
    ),
)


class BaremetalApi(SyncNamespace):
    """baremetal: 29 APIs (AddPreconfigurationTemplate, BatchCreateBaremetalChassis, ChangeBaremetalChassisState, ...)."""

    __slots__ = ()

    def add_preconfiguration_template(
        self,
        *,
        content: str,
        distribution: str,
        name: str,
        type: Literal["kickstart", "preseed", "autoyast"],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddPreconfigurationTemplateResult:
        """添加预配置模板 (AddPreconfigurationTemplate).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            content: 模板内容 (since 3.4.0; maxLength 16777215)
            description: 资源的详细描述 (since 3.4.0; maxLength 2048)
            distribution: 适用操作系统发行版 (since 3.4.0; maxLength 64)
            name: 资源名称 (since 3.4.0; maxLength 255)
            resource_uuid: 资源UUID (since 3.4.0)
            tag_uuids: tagUuids
            type: 模板类型 (since 3.4.0; enum {'kickstart', 'preseed', 'autoyast'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_PRECONFIGURATION_TEMPLATE,
            {
                "content": content,
                "description": description,
                "distribution": distribution,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def batch_create_baremetal_chassis(
        self,
        *,
        baremetal_chassis_info: str,
        long_job_description: str | None = None,
        long_job_name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchCreateBaremetalChassisResult:
        """批量添加裸金属设备 (BatchCreateBaremetalChassis).

        Since ZStack 3.1.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            baremetal_chassis_info: 经过base64编码的裸金属设备信息 (since 3.1.1; minLength 1)
            long_job_description: 长任务简介 (since 3.1.1; maxLength 2048)
            long_job_name: 长任务名称 (since 3.1.1; maxLength 255)
            resource_uuid: 资源UUID (since 3.1.1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            BATCH_CREATE_BAREMETAL_CHASSIS,
            {
                "baremetalChassisInfo": baremetal_chassis_info,
                "longJobDescription": long_job_description,
                "longJobName": long_job_name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_baremetal_chassis_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBaremetalChassisStateResult:
        """修改裸机设备状态 (ChangeBaremetalChassisState).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            state_event: 状态事件 (since 2.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_BAREMETAL_CHASSIS_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_preconfiguration_template_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangePreconfigurationTemplateStateResult:
        """修改预配置模板状态 (ChangePreconfigurationTemplateState).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            state_event: 状态事件 (since 3.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_PRECONFIGURATION_TEMPLATE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_baremetal_chassis_config_file(
        self,
        *,
        baremetal_chassis_info: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckBaremetalChassisConfigFileResult:
        """检查批量添加裸金属设备文件合法性 (CheckBaremetalChassisConfigFile).

        Since ZStack 3.1.1. Synchronous (a 202 is still followed).

        Args:
            baremetal_chassis_info: 经过base64编码的裸金属设备信息 (since 3.1.1; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_BAREMETAL_CHASSIS_CONFIG_FILE,
            {
                "baremetalChassisInfo": baremetal_chassis_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def clean_up_baremetal_chassis_bonding(
        self,
        *,
        chassis_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpBaremetalChassisBondingResult:
        """Clean up baremetal chassis bonding (CleanUpBaremetalChassisBonding).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanUpBaremetalChassisBondingAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            chassis_uuid: chassisUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_UP_BAREMETAL_CHASSIS_BONDING,
            {
                "chassisUuid": chassis_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_baremetal_bonding(
        self,
        *,
        chassis_uuid: str,
        mode: int,
        name: str,
        slaves: str,
        opts: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBaremetalBondingResult:
        """创建裸金属网卡绑定 (CreateBaremetalBonding).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: 裸金属设备UUID (since 3.3.0)
            mode: 网卡绑定模式 (since 3.3.0; minimum 0; maximum 6)
            name: 网卡绑定名称 (since 3.3.0; maxLength 255)
            opts: 网卡绑定选项 (since 3.3.0; maxLength 1024)
            resource_uuid: 资源UUID (since 3.3.0)
            slaves: 网卡绑定Slaves MAC地址 (since 3.3.0; maxLength 2048)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BAREMETAL_BONDING,
            {
                "chassisUuid": chassis_uuid,
                "mode": mode,
                "name": name,
                "opts": opts,
                "resourceUuid": resource_uuid,
                "slaves": slaves,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_baremetal_chassis(
        self,
        *,
        cluster_uuid: str,
        ipmi_address: str,
        ipmi_password: str,
        ipmi_username: str,
        name: str,
        description: str | None = None,
        ipmi_port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBaremetalChassisResult:
        """创建裸机设备 (CreateBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            ipmi_address: IPMI地址 (since 2.6.0)
            ipmi_password: IPMI密码 (since 2.6.0; maxLength 255)
            ipmi_port: IPMI端口 (since 2.6.0; minimum 1; maximum 65535)
            ipmi_username: IPMI用户名 (since 2.6.0; maxLength 255)
            name: 资源名称 (since 2.6.0; minLength 1; maxLength 255)
            resource_uuid: 资源UUID (since 2.6.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BAREMETAL_CHASSIS,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "ipmiAddress": ipmi_address,
                "ipmiPassword": ipmi_password,
                "ipmiPort": ipmi_port,
                "ipmiUsername": ipmi_username,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_baremetal_instance(
        self,
        *,
        chassis_uuid: str,
        image_uuid: str,
        name: str,
        password: str,
        bonding_cfgs: Mapping[str, Any] | None = None,
        custom_configurations: Mapping[str, Any] | None = None,
        description: str | None = None,
        nic_cfgs: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        strategy: Literal["InstantStart", "JustCreate"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        template_uuid: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBaremetalInstanceResult:
        """创建裸机实例 (CreateBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_cfgs: 网卡绑定配置 (since 3.3.0)
            chassis_uuid: 裸机设备UUID (since 2.6.0)
            custom_configurations: 自定义变量 (since 3.3.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            image_uuid: 镜像UUID (since 2.6.0)
            name: 资源名称 (since 2.6.0; maxLength 255)
            nic_cfgs: 裸机网络配置 (since 2.6.0)
            password: 系统密码 (since 2.6.0; maxLength 255)
            resource_uuid: 资源UUID。若指定，则裸机实例会以该字段值作为UUID。 (since 2.6.0)
            strategy: 裸机实例创建策略 (since 2.6.0; enum {'InstantStart', 'JustCreate'})
            tag_uuids: tagUuids
            template_uuid: 预配置模板UUID (since 3.3.0)
            username: 系统用户 (since 3.3.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BAREMETAL_INSTANCE,
            {
                "bondingCfgs": bonding_cfgs,
                "chassisUuid": chassis_uuid,
                "customConfigurations": custom_configurations,
                "description": description,
                "imageUuid": image_uuid,
                "name": name,
                "nicCfgs": nic_cfgs,
                "password": password,
                "resourceUuid": resource_uuid,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "templateUuid": template_uuid,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_baremetal_chassis(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBaremetalChassisResult:
        """删除裸机设备 (DeleteBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            delete_mode: 删除模式 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BAREMETAL_CHASSIS,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_preconfiguration_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePreconfigurationTemplateResult:
        """删除预配置模板 (DeletePreconfigurationTemplate).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            delete_mode: 删除模式 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PRECONFIGURATION_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def destroy_baremetal_instance(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DestroyBaremetalInstanceResult:
        """删除裸机实例 (DestroyBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            delete_mode: 删除模式 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DESTROY_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def expunge_baremetal_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeBaremetalInstanceResult:
        """彻底删除裸机实例 (ExpungeBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPUNGE_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_baremetal_chassis_power_status(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBaremetalChassisPowerStatusResult:
        """获取裸机设备电源状态 (GetBaremetalChassisPowerStatus).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BAREMETAL_CHASSIS_POWER_STATUS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def inspect_baremetal_chassis(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> InspectBaremetalChassisResult:
        """下发获取裸机硬件信息命令 (InspectBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 裸机设备UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            INSPECT_BAREMETAL_CHASSIS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def power_off_baremetal_chassis(
        self,
        *,
        chassis_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOffBaremetalChassisResult:
        """关闭裸机设备电源 (PowerOffBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: 裸机设备UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            POWER_OFF_BAREMETAL_CHASSIS,
            {
                "chassisUuid": chassis_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def power_on_baremetal_chassis(
        self,
        *,
        chassis_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOnBaremetalChassisResult:
        """开启裸机设备电源 (PowerOnBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: 裸机设备UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            POWER_ON_BAREMETAL_CHASSIS,
            {
                "chassisUuid": chassis_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def power_reset_baremetal_chassis(
        self,
        *,
        chassis_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerResetBaremetalChassisResult:
        """重启裸机设备电源 (PowerResetBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: 裸机设备UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            POWER_RESET_BAREMETAL_CHASSIS,
            {
                "chassisUuid": chassis_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_baremetal_bonding(
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
    ) -> QueryBaremetalBondingResult:
        """查询裸金属网卡绑定 (QueryBaremetalBonding).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BAREMETAL_BONDING,
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

    def query_baremetal_bonding_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BaremetalBondingInventory]:
        """Every result of ``query_baremetal_bonding``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BAREMETAL_BONDING,
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

    def query_baremetal_chassis(
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
    ) -> QueryBaremetalChassisResult:
        """查询裸机设备 (QueryBaremetalChassis).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BAREMETAL_CHASSIS,
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

    def query_baremetal_chassis_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BaremetalChassisInventory]:
        """Every result of ``query_baremetal_chassis``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BAREMETAL_CHASSIS,
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

    def query_baremetal_instance(
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
    ) -> QueryBaremetalInstanceResult:
        """查询裸机实例 (QueryBaremetalInstance).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BAREMETAL_INSTANCE,
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

    def query_baremetal_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BaremetalInstanceInventory]:
        """Every result of ``query_baremetal_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BAREMETAL_INSTANCE,
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

    def query_preconfiguration_template(
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
    ) -> QueryPreconfigurationTemplateResult:
        """查询预配置模板 (QueryPreconfigurationTemplate).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PRECONFIGURATION_TEMPLATE,
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

    def query_preconfiguration_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PreconfigurationTemplateInventory]:
        """Every result of ``query_preconfiguration_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PRECONFIGURATION_TEMPLATE,
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

    def reboot_baremetal_instance(
        self,
        *,
        uuid: str,
        pxe_boot: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RebootBaremetalInstanceResult:
        """重启裸机实例 (RebootBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            pxe_boot: 是否通过网络PXE启动 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REBOOT_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "pxeBoot": pxe_boot,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def recover_baremetal_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverBaremetalInstanceResult:
        """恢复已删除的裸机实例 (RecoverBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECOVER_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def start_baremetal_instance(
        self,
        *,
        uuid: str,
        pxe_boot: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartBaremetalInstanceResult:
        """启动裸机实例 (StartBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            pxe_boot: 是否通过网络PXE启动 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            START_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "pxeBoot": pxe_boot,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def stop_baremetal_instance(
        self,
        *,
        uuid: str,
        type: Literal["grace", "cold"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopBaremetalInstanceResult:
        """关闭裸机实例 (StopBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            type: 裸机实例关闭方式 (since 2.6.0; enum {'grace', 'cold'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            STOP_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_baremetal_chassis(
        self,
        *,
        uuid: str,
        description: str | None = None,
        ipmi_address: str | None = None,
        ipmi_password: str | None = None,
        ipmi_port: int | None = None,
        ipmi_username: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBaremetalChassisResult:
        """更新裸机设备 (UpdateBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            ipmi_address: IPMI地址 (since 2.6.0)
            ipmi_password: IPMI密码 (since 2.6.0; maxLength 255)
            ipmi_port: IPMI端口 (since 2.6.0; minimum 1; maximum 65535)
            ipmi_username: IPMI用户名 (since 2.6.0; maxLength 255)
            name: 资源名称 (since 2.6.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BAREMETAL_CHASSIS,
            {
                "uuid": uuid,
                "description": description,
                "ipmiAddress": ipmi_address,
                "ipmiPassword": ipmi_password,
                "ipmiPort": ipmi_port,
                "ipmiUsername": ipmi_username,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_baremetal_instance(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        platform: Literal["Linux"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBaremetalInstanceResult:
        """更新裸机实例 (UpdateBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            name: 资源名称 (since 2.6.0; maxLength 255)
            password: 系统ROOT密码 (since 2.6.0; maxLength 255)
            platform: 系统平台 (since 2.6.0; enum {'Linux'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "platform": platform,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_preconfiguration_template(
        self,
        *,
        uuid: str,
        content: str | None = None,
        description: str | None = None,
        distribution: str | None = None,
        name: str | None = None,
        type: Literal["kickstart", "preseed", "autoyast"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePreconfigurationTemplateResult:
        """更新预配置模板 (UpdatePreconfigurationTemplate).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            content: 模板内容 (since 3.4.0; maxLength 16777215)
            description: 资源的详细描述 (since 3.4.0; maxLength 2048)
            distribution: 适用操作系统发行版 (since 3.4.0; maxLength 64)
            name: 资源名称 (since 3.4.0; maxLength 255)
            type: 模板类型 (since 3.4.0; enum {'kickstart', 'preseed', 'autoyast'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PRECONFIGURATION_TEMPLATE,
            {
                "uuid": uuid,
                "content": content,
                "description": description,
                "distribution": distribution,
                "name": name,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncBaremetalApi(AsyncNamespace):
    """baremetal: 29 APIs (AddPreconfigurationTemplate, BatchCreateBaremetalChassis, ChangeBaremetalChassisState, ...). (asyncio)"""

    __slots__ = ()

    async def add_preconfiguration_template(
        self,
        *,
        content: str,
        distribution: str,
        name: str,
        type: Literal["kickstart", "preseed", "autoyast"],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddPreconfigurationTemplateResult:
        """添加预配置模板 (AddPreconfigurationTemplate).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            content: 模板内容 (since 3.4.0; maxLength 16777215)
            description: 资源的详细描述 (since 3.4.0; maxLength 2048)
            distribution: 适用操作系统发行版 (since 3.4.0; maxLength 64)
            name: 资源名称 (since 3.4.0; maxLength 255)
            resource_uuid: 资源UUID (since 3.4.0)
            tag_uuids: tagUuids
            type: 模板类型 (since 3.4.0; enum {'kickstart', 'preseed', 'autoyast'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_PRECONFIGURATION_TEMPLATE,
            {
                "content": content,
                "description": description,
                "distribution": distribution,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def batch_create_baremetal_chassis(
        self,
        *,
        baremetal_chassis_info: str,
        long_job_description: str | None = None,
        long_job_name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchCreateBaremetalChassisResult:
        """批量添加裸金属设备 (BatchCreateBaremetalChassis).

        Since ZStack 3.1.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            baremetal_chassis_info: 经过base64编码的裸金属设备信息 (since 3.1.1; minLength 1)
            long_job_description: 长任务简介 (since 3.1.1; maxLength 2048)
            long_job_name: 长任务名称 (since 3.1.1; maxLength 255)
            resource_uuid: 资源UUID (since 3.1.1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            BATCH_CREATE_BAREMETAL_CHASSIS,
            {
                "baremetalChassisInfo": baremetal_chassis_info,
                "longJobDescription": long_job_description,
                "longJobName": long_job_name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_baremetal_chassis_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBaremetalChassisStateResult:
        """修改裸机设备状态 (ChangeBaremetalChassisState).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            state_event: 状态事件 (since 2.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_BAREMETAL_CHASSIS_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_preconfiguration_template_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangePreconfigurationTemplateStateResult:
        """修改预配置模板状态 (ChangePreconfigurationTemplateState).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            state_event: 状态事件 (since 3.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_PRECONFIGURATION_TEMPLATE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_baremetal_chassis_config_file(
        self,
        *,
        baremetal_chassis_info: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckBaremetalChassisConfigFileResult:
        """检查批量添加裸金属设备文件合法性 (CheckBaremetalChassisConfigFile).

        Since ZStack 3.1.1. Synchronous (a 202 is still followed).

        Args:
            baremetal_chassis_info: 经过base64编码的裸金属设备信息 (since 3.1.1; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_BAREMETAL_CHASSIS_CONFIG_FILE,
            {
                "baremetalChassisInfo": baremetal_chassis_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def clean_up_baremetal_chassis_bonding(
        self,
        *,
        chassis_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpBaremetalChassisBondingResult:
        """Clean up baremetal chassis bonding (CleanUpBaremetalChassisBonding).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanUpBaremetalChassisBondingAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            chassis_uuid: chassisUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_UP_BAREMETAL_CHASSIS_BONDING,
            {
                "chassisUuid": chassis_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_baremetal_bonding(
        self,
        *,
        chassis_uuid: str,
        mode: int,
        name: str,
        slaves: str,
        opts: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBaremetalBondingResult:
        """创建裸金属网卡绑定 (CreateBaremetalBonding).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: 裸金属设备UUID (since 3.3.0)
            mode: 网卡绑定模式 (since 3.3.0; minimum 0; maximum 6)
            name: 网卡绑定名称 (since 3.3.0; maxLength 255)
            opts: 网卡绑定选项 (since 3.3.0; maxLength 1024)
            resource_uuid: 资源UUID (since 3.3.0)
            slaves: 网卡绑定Slaves MAC地址 (since 3.3.0; maxLength 2048)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BAREMETAL_BONDING,
            {
                "chassisUuid": chassis_uuid,
                "mode": mode,
                "name": name,
                "opts": opts,
                "resourceUuid": resource_uuid,
                "slaves": slaves,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_baremetal_chassis(
        self,
        *,
        cluster_uuid: str,
        ipmi_address: str,
        ipmi_password: str,
        ipmi_username: str,
        name: str,
        description: str | None = None,
        ipmi_port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBaremetalChassisResult:
        """创建裸机设备 (CreateBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            ipmi_address: IPMI地址 (since 2.6.0)
            ipmi_password: IPMI密码 (since 2.6.0; maxLength 255)
            ipmi_port: IPMI端口 (since 2.6.0; minimum 1; maximum 65535)
            ipmi_username: IPMI用户名 (since 2.6.0; maxLength 255)
            name: 资源名称 (since 2.6.0; minLength 1; maxLength 255)
            resource_uuid: 资源UUID (since 2.6.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BAREMETAL_CHASSIS,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "ipmiAddress": ipmi_address,
                "ipmiPassword": ipmi_password,
                "ipmiPort": ipmi_port,
                "ipmiUsername": ipmi_username,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_baremetal_instance(
        self,
        *,
        chassis_uuid: str,
        image_uuid: str,
        name: str,
        password: str,
        bonding_cfgs: Mapping[str, Any] | None = None,
        custom_configurations: Mapping[str, Any] | None = None,
        description: str | None = None,
        nic_cfgs: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        strategy: Literal["InstantStart", "JustCreate"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        template_uuid: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBaremetalInstanceResult:
        """创建裸机实例 (CreateBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_cfgs: 网卡绑定配置 (since 3.3.0)
            chassis_uuid: 裸机设备UUID (since 2.6.0)
            custom_configurations: 自定义变量 (since 3.3.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            image_uuid: 镜像UUID (since 2.6.0)
            name: 资源名称 (since 2.6.0; maxLength 255)
            nic_cfgs: 裸机网络配置 (since 2.6.0)
            password: 系统密码 (since 2.6.0; maxLength 255)
            resource_uuid: 资源UUID。若指定，则裸机实例会以该字段值作为UUID。 (since 2.6.0)
            strategy: 裸机实例创建策略 (since 2.6.0; enum {'InstantStart', 'JustCreate'})
            tag_uuids: tagUuids
            template_uuid: 预配置模板UUID (since 3.3.0)
            username: 系统用户 (since 3.3.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BAREMETAL_INSTANCE,
            {
                "bondingCfgs": bonding_cfgs,
                "chassisUuid": chassis_uuid,
                "customConfigurations": custom_configurations,
                "description": description,
                "imageUuid": image_uuid,
                "name": name,
                "nicCfgs": nic_cfgs,
                "password": password,
                "resourceUuid": resource_uuid,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "templateUuid": template_uuid,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_baremetal_chassis(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBaremetalChassisResult:
        """删除裸机设备 (DeleteBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            delete_mode: 删除模式 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BAREMETAL_CHASSIS,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_preconfiguration_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePreconfigurationTemplateResult:
        """删除预配置模板 (DeletePreconfigurationTemplate).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            delete_mode: 删除模式 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PRECONFIGURATION_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def destroy_baremetal_instance(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DestroyBaremetalInstanceResult:
        """删除裸机实例 (DestroyBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            delete_mode: 删除模式 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DESTROY_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def expunge_baremetal_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeBaremetalInstanceResult:
        """彻底删除裸机实例 (ExpungeBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPUNGE_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_baremetal_chassis_power_status(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBaremetalChassisPowerStatusResult:
        """获取裸机设备电源状态 (GetBaremetalChassisPowerStatus).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BAREMETAL_CHASSIS_POWER_STATUS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def inspect_baremetal_chassis(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> InspectBaremetalChassisResult:
        """下发获取裸机硬件信息命令 (InspectBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 裸机设备UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            INSPECT_BAREMETAL_CHASSIS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def power_off_baremetal_chassis(
        self,
        *,
        chassis_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOffBaremetalChassisResult:
        """关闭裸机设备电源 (PowerOffBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: 裸机设备UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            POWER_OFF_BAREMETAL_CHASSIS,
            {
                "chassisUuid": chassis_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def power_on_baremetal_chassis(
        self,
        *,
        chassis_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOnBaremetalChassisResult:
        """开启裸机设备电源 (PowerOnBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: 裸机设备UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            POWER_ON_BAREMETAL_CHASSIS,
            {
                "chassisUuid": chassis_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def power_reset_baremetal_chassis(
        self,
        *,
        chassis_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerResetBaremetalChassisResult:
        """重启裸机设备电源 (PowerResetBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: 裸机设备UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            POWER_RESET_BAREMETAL_CHASSIS,
            {
                "chassisUuid": chassis_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_baremetal_bonding(
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
    ) -> QueryBaremetalBondingResult:
        """查询裸金属网卡绑定 (QueryBaremetalBonding).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BAREMETAL_BONDING,
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

    def query_baremetal_bonding_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BaremetalBondingInventory]:
        """Every result of ``query_baremetal_bonding``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BAREMETAL_BONDING,
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

    async def query_baremetal_chassis(
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
    ) -> QueryBaremetalChassisResult:
        """查询裸机设备 (QueryBaremetalChassis).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BAREMETAL_CHASSIS,
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

    def query_baremetal_chassis_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BaremetalChassisInventory]:
        """Every result of ``query_baremetal_chassis``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BAREMETAL_CHASSIS,
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

    async def query_baremetal_instance(
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
    ) -> QueryBaremetalInstanceResult:
        """查询裸机实例 (QueryBaremetalInstance).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BAREMETAL_INSTANCE,
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

    def query_baremetal_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BaremetalInstanceInventory]:
        """Every result of ``query_baremetal_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BAREMETAL_INSTANCE,
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

    async def query_preconfiguration_template(
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
    ) -> QueryPreconfigurationTemplateResult:
        """查询预配置模板 (QueryPreconfigurationTemplate).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PRECONFIGURATION_TEMPLATE,
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

    def query_preconfiguration_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PreconfigurationTemplateInventory]:
        """Every result of ``query_preconfiguration_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PRECONFIGURATION_TEMPLATE,
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

    async def reboot_baremetal_instance(
        self,
        *,
        uuid: str,
        pxe_boot: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RebootBaremetalInstanceResult:
        """重启裸机实例 (RebootBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            pxe_boot: 是否通过网络PXE启动 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REBOOT_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "pxeBoot": pxe_boot,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def recover_baremetal_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverBaremetalInstanceResult:
        """恢复已删除的裸机实例 (RecoverBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECOVER_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def start_baremetal_instance(
        self,
        *,
        uuid: str,
        pxe_boot: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartBaremetalInstanceResult:
        """启动裸机实例 (StartBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            pxe_boot: 是否通过网络PXE启动 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            START_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "pxeBoot": pxe_boot,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def stop_baremetal_instance(
        self,
        *,
        uuid: str,
        type: Literal["grace", "cold"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopBaremetalInstanceResult:
        """关闭裸机实例 (StopBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            type: 裸机实例关闭方式 (since 2.6.0; enum {'grace', 'cold'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            STOP_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_baremetal_chassis(
        self,
        *,
        uuid: str,
        description: str | None = None,
        ipmi_address: str | None = None,
        ipmi_password: str | None = None,
        ipmi_port: int | None = None,
        ipmi_username: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBaremetalChassisResult:
        """更新裸机设备 (UpdateBaremetalChassis).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            ipmi_address: IPMI地址 (since 2.6.0)
            ipmi_password: IPMI密码 (since 2.6.0; maxLength 255)
            ipmi_port: IPMI端口 (since 2.6.0; minimum 1; maximum 65535)
            ipmi_username: IPMI用户名 (since 2.6.0; maxLength 255)
            name: 资源名称 (since 2.6.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BAREMETAL_CHASSIS,
            {
                "uuid": uuid,
                "description": description,
                "ipmiAddress": ipmi_address,
                "ipmiPassword": ipmi_password,
                "ipmiPort": ipmi_port,
                "ipmiUsername": ipmi_username,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_baremetal_instance(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        platform: Literal["Linux"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBaremetalInstanceResult:
        """更新裸机实例 (UpdateBaremetalInstance).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            name: 资源名称 (since 2.6.0; maxLength 255)
            password: 系统ROOT密码 (since 2.6.0; maxLength 255)
            platform: 系统平台 (since 2.6.0; enum {'Linux'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BAREMETAL_INSTANCE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "platform": platform,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_preconfiguration_template(
        self,
        *,
        uuid: str,
        content: str | None = None,
        description: str | None = None,
        distribution: str | None = None,
        name: str | None = None,
        type: Literal["kickstart", "preseed", "autoyast"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePreconfigurationTemplateResult:
        """更新预配置模板 (UpdatePreconfigurationTemplate).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            content: 模板内容 (since 3.4.0; maxLength 16777215)
            description: 资源的详细描述 (since 3.4.0; maxLength 2048)
            distribution: 适用操作系统发行版 (since 3.4.0; maxLength 64)
            name: 资源名称 (since 3.4.0; maxLength 255)
            type: 模板类型 (since 3.4.0; enum {'kickstart', 'preseed', 'autoyast'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PRECONFIGURATION_TEMPLATE,
            {
                "uuid": uuid,
                "content": content,
                "description": description,
                "distribution": distribution,
                "name": name,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
