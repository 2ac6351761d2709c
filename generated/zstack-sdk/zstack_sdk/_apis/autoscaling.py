"""``client.autoscaling``: 27 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_auto_scaling_template_to_group_result import (
        AttachAutoScalingTemplateToGroupResult,
    )
    from ..models.auto_scaling_group_activity_inventory import AutoScalingGroupActivityInventory
    from ..models.auto_scaling_group_instance_inventory import AutoScalingGroupInstanceInventory
    from ..models.auto_scaling_group_inventory import AutoScalingGroupInventory
    from ..models.auto_scaling_rule_inventory import AutoScalingRuleInventory
    from ..models.auto_scaling_rule_trigger_inventory import AutoScalingRuleTriggerInventory
    from ..models.auto_scaling_vm_template_inventory import AutoScalingVmTemplateInventory
    from ..models.change_auto_scaling_group_state_result import ChangeAutoScalingGroupStateResult
    from ..models.create_auto_scaling_group_adding_new_instance_rule_result import (
        CreateAutoScalingGroupAddingNewInstanceRuleResult,
    )
    from ..models.create_auto_scaling_group_removal_instance_rule_result import (
        CreateAutoScalingGroupRemovalInstanceRuleResult,
    )
    from ..models.create_auto_scaling_group_result import CreateAutoScalingGroupResult
    from ..models.create_auto_scaling_rule_alarm_trigger_result import (
        CreateAutoScalingRuleAlarmTriggerResult,
    )
    from ..models.create_auto_scaling_rule_scheduler_job_trigger_result import (
        CreateAutoScalingRuleSchedulerJobTriggerResult,
    )
    from ..models.create_auto_scaling_vm_template_result import CreateAutoScalingVmTemplateResult
    from ..models.delete_auto_scaling_group_instance_result import (
        DeleteAutoScalingGroupInstanceResult,
    )
    from ..models.delete_auto_scaling_group_result import DeleteAutoScalingGroupResult
    from ..models.delete_auto_scaling_rule_result import DeleteAutoScalingRuleResult
    from ..models.delete_auto_scaling_rule_trigger_result import DeleteAutoScalingRuleTriggerResult
    from ..models.delete_auto_scaling_template_result import DeleteAutoScalingTemplateResult
    from ..models.detach_auto_scaling_template_from_group_result import (
        DetachAutoScalingTemplateFromGroupResult,
    )
    from ..models.execute_auto_scaling_rule_result import ExecuteAutoScalingRuleResult
    from ..models.query_auto_scaling_group_activity_result import (
        QueryAutoScalingGroupActivityResult,
    )
    from ..models.query_auto_scaling_group_instance_result import (
        QueryAutoScalingGroupInstanceResult,
    )
    from ..models.query_auto_scaling_group_result import QueryAutoScalingGroupResult
    from ..models.query_auto_scaling_rule_result import QueryAutoScalingRuleResult
    from ..models.query_auto_scaling_rule_trigger_result import QueryAutoScalingRuleTriggerResult
    from ..models.query_auto_scaling_vm_template_result import QueryAutoScalingVmTemplateResult
    from ..models.update_auto_scaling_group_adding_new_instance_rule_result import (
        UpdateAutoScalingGroupAddingNewInstanceRuleResult,
    )
    from ..models.update_auto_scaling_group_instance_result import (
        UpdateAutoScalingGroupInstanceResult,
    )
    from ..models.update_auto_scaling_group_removal_instance_rule_result import (
        UpdateAutoScalingGroupRemovalInstanceRuleResult,
    )
    from ..models.update_auto_scaling_group_result import UpdateAutoScalingGroupResult
    from ..models.update_auto_scaling_rule_result import UpdateAutoScalingRuleResult
    from ..models.update_auto_scaling_vm_template_result import UpdateAutoScalingVmTemplateResult

__all__ = ["AsyncAutoscalingApi", "AutoscalingApi"]


ATTACH_AUTO_SCALING_TEMPLATE_TO_GROUP: Api[AttachAutoScalingTemplateToGroupResult] = Api(
    "AttachAutoScalingTemplateToGroup",
    "POST",
    "/autoscaling/template/{uuid}/groups/{groupUuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("groupUuid", "path", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("uuid", "group_uuid", "system_tags", "user_tags"),
    required=("uuid", "groupUuid"),
    body_key="params",
    since="3.1.0",
    result=".models.attach_auto_scaling_template_to_group_result:AttachAutoScalingTemplateToGroupResult",
)

CHANGE_AUTO_SCALING_GROUP_STATE: Api[ChangeAutoScalingGroupStateResult] = Api(
    "ChangeAutoScalingGroupState",
    "PUT",
    "/autoscaling/groups/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("stateEvent", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeAutoScalingGroupState",
    since="3.1.0",
    result=".models.change_auto_scaling_group_state_result:ChangeAutoScalingGroupStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_AUTO_SCALING_GROUP: Api[CreateAutoScalingGroupResult] = Api(
    "CreateAutoScalingGroup",
    "POST",
    "/autoscaling/groups",
    params=(
        ("defaultCooldown", "body", "3.1.0"),
        ("defaultEnable", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("maxResourceSize", "body", "3.1.0"),
        ("minResourceSize", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("removalPolicy", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("scalingResourceType", "body", "3.1.0"),
        ("tagUuids", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=(
        "default_cooldown",
        "default_enable",
        "description",
        "max_resource_size",
        "min_resource_size",
        "name",
        "removal_policy",
        "resource_uuid",
        "scaling_resource_type",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=(
        "defaultCooldown",
        "maxResourceSize",
        "minResourceSize",
        "name",
        "removalPolicy",
        "scalingResourceType",
    ),
    body_key="params",
    since="3.1.0",
    result=".models.create_auto_scaling_group_result:CreateAutoScalingGroupResult",
    checks=(
        ("defaultCooldown", "default_cooldown", "minimum", 0),
        ("defaultCooldown", "default_cooldown", "maximum", 2147483647),
        ("description", "description", "maxLength", 2048),
        ("maxResourceSize", "max_resource_size", "minimum", 0),
        ("maxResourceSize", "max_resource_size", "maximum", 2147483647),
        ("minResourceSize", "min_resource_size", "minimum", 0),
        ("minResourceSize", "min_resource_size", "maximum", 2147483647),
        ("name", "name", "maxLength", 255),
        (
            "removalPolicy",
            "removal_policy",
            "enum",
            (
                "OldestInstance",
                "NewestInstance",
                "OldestScalingConfiguration",
                "MinimumCPUUsageInstance",
                "MinimumMemoryUsageInstance",
            ),
        ),
        ("scalingResourceType", "scaling_resource_type", "enum", ("VmInstance",)),
    ),
)

CREATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE: Api[
    CreateAutoScalingGroupAddingNewInstanceRuleResult
] = Api(
    "CreateAutoScalingGroupAddingNewInstanceRule",
    "POST",
    "/autoscaling/rules/adding-new-instance",
    params=(
        ("adjustmentType", "body", "3.1.0"),
        ("adjustmentValue", "body", "3.1.0"),
        ("autoScalingGroupUuid", "body", "3.1.0"),
        ("cooldown", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("tagUuids", "body", "3.1.0"),
        ("type", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=(
        "adjustment_type",
        "adjustment_value",
        "auto_scaling_group_uuid",
        "cooldown",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("adjustmentType", "adjustmentValue", "autoScalingGroupUuid", "name"),
    body_key="params",
    since="3.1.0",
    result=".models.create_auto_scaling_group_adding_new_instance_rule_result:CreateAutoScalingGroupAddingNewInstanceRuleResult",
    checks=(
        (
            "adjustmentType",
            "adjustment_type",
            "enum",
            ("QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"),
        ),
        ("adjustmentValue", "adjustment_value", "minimum", 1),
        ("adjustmentValue", "adjustment_value", "maximum", 9223372036854775807),
        ("cooldown", "cooldown", "minimum", 1),
        ("cooldown", "cooldown", "maximum", 2147483647),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE: Api[
    CreateAutoScalingGroupRemovalInstanceRuleResult
] = Api(
    "CreateAutoScalingGroupRemovalInstanceRule",
    "POST",
    "/autoscaling/rules/removal-instance",
    params=(
        ("adjustmentType", "body", "3.1.0"),
        ("adjustmentValue", "body", "3.1.0"),
        ("autoScalingGroupUuid", "body", "3.1.0"),
        ("cooldown", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("removalPolicy", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("tagUuids", "body", "3.1.0"),
        ("type", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=(
        "adjustment_type",
        "adjustment_value",
        "auto_scaling_group_uuid",
        "cooldown",
        "description",
        "name",
        "removal_policy",
        "resource_uuid",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("adjustmentType", "adjustmentValue", "autoScalingGroupUuid", "name", "removalPolicy"),
    body_key="params",
    since="3.1.0",
    result=".models.create_auto_scaling_group_removal_instance_rule_result:CreateAutoScalingGroupRemovalInstanceRuleResult",
    checks=(
        (
            "adjustmentType",
            "adjustment_type",
            "enum",
            ("QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"),
        ),
        ("adjustmentValue", "adjustment_value", "minimum", 1),
        ("adjustmentValue", "adjustment_value", "maximum", 9223372036854775807),
        ("cooldown", "cooldown", "minimum", 1),
        ("cooldown", "cooldown", "maximum", 2147483647),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        (
            "removalPolicy",
            "removal_policy",
            "enum",
            (
                "OldestInstance",
                "NewestInstance",
                "OldestScalingConfiguration",
                "MinimumCPUUsageInstance",
                "MinimumMemoryUsageInstance",
            ),
        ),
    ),
)

CREATE_AUTO_SCALING_RULE_ALARM_TRIGGER: Api[CreateAutoScalingRuleAlarmTriggerResult] = Api(
    "CreateAutoScalingRuleAlarmTrigger",
    "POST",
    "/zwatch/alarms/{alarmUuid}/autoscaling/rules/{ruleUuid}",
    params=(
        ("alarmUuid", "path", "3.1.0"),
        ("ruleUuid", "path", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("tagUuids", "body", "3.1.0"),
        ("triggerType", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=(
        "alarm_uuid",
        "rule_uuid",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "trigger_type",
        "system_tags",
        "user_tags",
    ),
    required=("alarmUuid", "ruleUuid", "name"),
    body_key="params",
    since="3.1.0",
    result=".models.create_auto_scaling_rule_alarm_trigger_result:CreateAutoScalingRuleAlarmTriggerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 256),
    ),
)

CREATE_AUTO_SCALING_RULE_SCHEDULER_JOB_TRIGGER: Api[
    CreateAutoScalingRuleSchedulerJobTriggerResult
] = Api(
    "CreateAutoScalingRuleSchedulerJobTrigger",
    "POST",
    "/scheduler/jobs/{schedulerJobUuid}/autoscaling/rules/{ruleUuid}",
    params=(
        ("schedulerJobUuid", "path", "4.1.0"),
        ("ruleUuid", "path", "4.1.0"),
        ("description", "body", "4.1.0"),
        ("name", "body", "4.1.0"),
        ("resourceUuid", "body", "4.1.0"),
        ("tagUuids", "body", "4.1.0"),
        ("triggerType", "body", "4.1.0"),
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    names=(
        "scheduler_job_uuid",
        "rule_uuid",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "trigger_type",
        "system_tags",
        "user_tags",
    ),
    required=("schedulerJobUuid", "ruleUuid", "name"),
    body_key="params",
    since="4.1.0",
    result=".models.create_auto_scaling_rule_scheduler_job_trigger_result:CreateAutoScalingRuleSchedulerJobTriggerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 256),
    ),
)

CREATE_AUTO_SCALING_VM_TEMPLATE: Api[CreateAutoScalingVmTemplateResult] = Api(
    "CreateAutoScalingVmTemplate",
    "POST",
    "/autoscaling/vmtemplate",
    params=(
        ("dataDiskOfferingUuids", "body", "3.1.0"),
        ("defaultL3NetworkUuid", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("hostUuid", "body", "3.1.0"),
        ("imageUuid", "body", "3.1.0"),
        ("l3NetworkUuids", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("primaryStorageUuidForRootVolume", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("rootDiskOfferingUuid", "body", "3.1.0"),
        ("strategy", "body", None),
        ("tagUuids", "body", "3.1.0"),
        ("type", "body", "3.1.0"),
        ("vmInstanceClusterUuid", "body", "3.1.0"),
        ("vmInstanceDescription", "body", "3.1.0"),
        ("vmInstanceName", "body", "3.1.0"),
        ("vmInstanceOfferingUuid", "body", "3.1.0"),
        ("vmInstanceType", "body", None),
        ("vmInstanceZoneUuid", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=(
        "data_disk_offering_uuids",
        "default_l3_network_uuid",
        "description",
        "host_uuid",
        "image_uuid",
        "l3_network_uuids",
        "name",
        "primary_storage_uuid_for_root_volume",
        "resource_uuid",
        "root_disk_offering_uuid",
        "strategy",
        "tag_uuids",
        "type",
        "vm_instance_cluster_uuid",
        "vm_instance_description",
        "vm_instance_name",
        "vm_instance_offering_uuid",
        "vm_instance_type",
        "vm_instance_zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "defaultL3NetworkUuid",
        "imageUuid",
        "l3NetworkUuids",
        "name",
        "vmInstanceName",
        "vmInstanceOfferingUuid",
    ),
    body_key="params",
    since="3.1.0",
    result=".models.create_auto_scaling_vm_template_result:CreateAutoScalingVmTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
        ("name", "name", "maxLength", 255),
        ("strategy", "strategy", "enum", ("InstantStart", "CreateStopped")),
        ("vmInstanceDescription", "vm_instance_description", "maxLength", 2048),
        ("vmInstanceName", "vm_instance_name", "maxLength", 255),
        ("vmInstanceType", "vm_instance_type", "enum", ("UserVm", "ApplianceVm")),
    ),
)

DELETE_AUTO_SCALING_GROUP: Api[DeleteAutoScalingGroupResult] = Api(
    "DeleteAutoScalingGroup",
    "DELETE",
    "/autoscaling/groups/{uuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
        ("deleteMode", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags", "delete_mode"),
    required=("uuid",),
    since="3.1.0",
    result=".models.delete_auto_scaling_group_result:DeleteAutoScalingGroupResult",
)

DELETE_AUTO_SCALING_GROUP_INSTANCE: Api[DeleteAutoScalingGroupInstanceResult] = Api(
    "DeleteAutoScalingGroupInstance",
    "DELETE",
    "/autoscaling/groups/instances/{instanceUuid}",
    params=(
        ("instanceUuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
        ("deleteMode", "query", None),
    ),
    names=("instance_uuid", "system_tags", "user_tags", "delete_mode"),
    required=("instanceUuid",),
    since="3.1.0",
    result=".models.delete_auto_scaling_group_instance_result:DeleteAutoScalingGroupInstanceResult",
)

DELETE_AUTO_SCALING_RULE: Api[DeleteAutoScalingRuleResult] = Api(
    "DeleteAutoScalingRule",
    "DELETE",
    "/autoscaling/rules/{uuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
        ("deleteMode", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags", "delete_mode"),
    required=("uuid",),
    since="3.1.0",
    result=".models.delete_auto_scaling_rule_result:DeleteAutoScalingRuleResult",
)

DELETE_AUTO_SCALING_RULE_TRIGGER: Api[DeleteAutoScalingRuleTriggerResult] = Api(
    "DeleteAutoScalingRuleTrigger",
    "DELETE",
    "/autoscaling/groups/rules/triggers/{uuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
        ("deleteMode", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags", "delete_mode"),
    required=("uuid",),
    since="3.1.0",
    result=".models.delete_auto_scaling_rule_trigger_result:DeleteAutoScalingRuleTriggerResult",
)

DELETE_AUTO_SCALING_TEMPLATE: Api[DeleteAutoScalingTemplateResult] = Api(
    "DeleteAutoScalingTemplate",
    "DELETE",
    "/autoscaling/template/{uuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
        ("deleteMode", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags", "delete_mode"),
    required=("uuid",),
    since="3.1.0",
    result=".models.delete_auto_scaling_template_result:DeleteAutoScalingTemplateResult",
)

DETACH_AUTO_SCALING_TEMPLATE_FROM_GROUP: Api[DetachAutoScalingTemplateFromGroupResult] = Api(
    "DetachAutoScalingTemplateFromGroup",
    "DELETE",
    "/autoscaling/template/{templateUuid}/groups/{groupUuid}",
    params=(
        ("templateUuid", "path", "3.1.0"),
        ("groupUuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("template_uuid", "group_uuid", "system_tags", "user_tags"),
    required=("templateUuid", "groupUuid"),
    since="3.1.0",
    result=".models.detach_auto_scaling_template_from_group_result:DetachAutoScalingTemplateFromGroupResult",
)

EXECUTE_AUTO_SCALING_RULE: Api[ExecuteAutoScalingRuleResult] = Api(
    "ExecuteAutoScalingRule",
    "PUT",
    "/autoscaling/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="executeAutoScalingRule",
    since="3.9.0",
    result=".models.execute_auto_scaling_rule_result:ExecuteAutoScalingRuleResult",
)

QUERY_AUTO_SCALING_GROUP: Api[QueryAutoScalingGroupResult] = Api(
    "QueryAutoScalingGroup",
    "GET",
    "/autoscaling/groups",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.1.0",
    result=".models.query_auto_scaling_group_result:QueryAutoScalingGroupResult",
    query=True,
    alt_paths=("/autoscaling/groups/{uuid}",),
)

QUERY_AUTO_SCALING_GROUP_ACTIVITY: Api[QueryAutoScalingGroupActivityResult] = Api(
    "QueryAutoScalingGroupActivity",
    "GET",
    "/autoscaling/groups/activities",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.1.0",
    result=".models.query_auto_scaling_group_activity_result:QueryAutoScalingGroupActivityResult",
    query=True,
    alt_paths=("/autoscaling/groups/activities/{uuid}",),
)

QUERY_AUTO_SCALING_GROUP_INSTANCE: Api[QueryAutoScalingGroupInstanceResult] = Api(
    "QueryAutoScalingGroupInstance",
    "GET",
    "/autoscaling/groups/instances",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.1.0",
    result=".models.query_auto_scaling_group_instance_result:QueryAutoScalingGroupInstanceResult",
    query=True,
    alt_paths=("/autoscaling/groups/instances/{uuid}",),
)

QUERY_AUTO_SCALING_RULE: Api[QueryAutoScalingRuleResult] = Api(
    "QueryAutoScalingRule",
    "GET",
    "/autoscaling/groups/rules",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.1.0",
    result=".models.query_auto_scaling_rule_result:QueryAutoScalingRuleResult",
    query=True,
    alt_paths=("/autoscaling/groups/rules/{uuid}",),
)

QUERY_AUTO_SCALING_RULE_TRIGGER: Api[QueryAutoScalingRuleTriggerResult] = Api(
    "QueryAutoScalingRuleTrigger",
    "GET",
    "/autoscaling/groups/rules/trigger",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.1.0",
    result=".models.query_auto_scaling_rule_trigger_result:QueryAutoScalingRuleTriggerResult",
    query=True,
    alt_paths=("/autoscaling/groups/rules/trigger/{uuid}",),
)

QUERY_AUTO_SCALING_VM_TEMPLATE: Api[QueryAutoScalingVmTemplateResult] = Api(
    "QueryAutoScalingVmTemplate",
    "GET",
    "/autoscaling/vmtemplate",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.1.0",
    result=".models.query_auto_scaling_vm_template_result:QueryAutoScalingVmTemplateResult",
    query=True,
    alt_paths=("/autoscaling/vmtemplate/{uuid}",),
)

UPDATE_AUTO_SCALING_GROUP: Api[UpdateAutoScalingGroupResult] = Api(
    "UpdateAutoScalingGroup",
    "PUT",
    "/autoscaling/groups/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("maxResourceSize", "body", "3.1.0"),
        ("minResourceSize", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("removalPolicy", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=(
        "uuid",
        "description",
        "max_resource_size",
        "min_resource_size",
        "name",
        "removal_policy",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateAutoScalingGroup",
    since="3.1.0",
    result=".models.update_auto_scaling_group_result:UpdateAutoScalingGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("maxResourceSize", "max_resource_size", "minimum", 0),
        ("maxResourceSize", "max_resource_size", "maximum", 2147483647),
        ("minResourceSize", "min_resource_size", "minimum", 0),
        ("minResourceSize", "min_resource_size", "maximum", 2147483647),
        ("name", "name", "maxLength", 255),
        (
            "removalPolicy",
            "removal_policy",
            "enum",
            (
                "OldestInstance",
                "NewestInstance",
                "OldestScalingConfiguration",
                "MinimumCPUUsageInstance",
                "MinimumMemoryUsageInstance",
            ),
        ),
    ),
)

UPDATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE: Api[
    UpdateAutoScalingGroupAddingNewInstanceRuleResult
] = Api(
    "UpdateAutoScalingGroupAddingNewInstanceRule",
    "PUT",
    "/autoscaling/rules/adding-new-instance/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("adjustmentType", "body", "3.1.0"),
        ("adjustmentValue", "body", "3.1.0"),
        ("cooldown", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=(
        "uuid",
        "adjustment_type",
        "adjustment_value",
        "cooldown",
        "description",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateAutoScalingGroupAddingNewInstanceRule",
    since="3.1.0",
    result=".models.update_auto_scaling_group_adding_new_instance_rule_result:UpdateAutoScalingGroupAddingNewInstanceRuleResult",
    checks=(
        (
            "adjustmentType",
            "adjustment_type",
            "enum",
            ("QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"),
        ),
        ("adjustmentValue", "adjustment_value", "minimum", 1),
        ("adjustmentValue", "adjustment_value", "maximum", 9223372036854775807),
        ("cooldown", "cooldown", "minimum", 1),
        ("cooldown", "cooldown", "maximum", 900),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_AUTO_SCALING_GROUP_INSTANCE: Api[UpdateAutoScalingGroupInstanceResult] = Api(
    "UpdateAutoScalingGroupInstance",
    "PUT",
    "/autoscaling/groups/instances/{instanceUuid}/actions",
    params=(
        ("instanceUuid", "path", "3.9.0"),
        ("groupUuid", "body", "3.9.0"),
        ("protectionStrategy", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=("instance_uuid", "group_uuid", "protection_strategy", "system_tags", "user_tags"),
    required=("instanceUuid", "groupUuid"),
    body_key="updateAutoScalingGroupInstance",
    since="3.9.0",
    result=".models.update_auto_scaling_group_instance_result:UpdateAutoScalingGroupInstanceResult",
    checks=(
        ("protectionStrategy", "protection_strategy", "maxLength", 128),
        ("protectionStrategy", "protection_strategy", "enum", ("Protected", "Unprotected")),
    ),
)

UPDATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE: Api[
    UpdateAutoScalingGroupRemovalInstanceRuleResult
] = Api(
    "UpdateAutoScalingGroupRemovalInstanceRule",
    "PUT",
    "/autoscaling/rules/removal-instance/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("adjustmentType", "body", "3.1.0"),
        ("adjustmentValue", "body", "3.1.0"),
        ("cooldown", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("removalPolicy", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=(
        "uuid",
        "adjustment_type",
        "adjustment_value",
        "cooldown",
        "description",
        "name",
        "removal_policy",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateAutoScalingGroupRemovalInstanceRule",
    since="3.1.0",
    result=".models.update_auto_scaling_group_removal_instance_rule_result:UpdateAutoScalingGroupRemovalInstanceRuleResult",
    checks=(
        (
            "adjustmentType",
            "adjustment_type",
            "enum",
            ("QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"),
        ),
        ("adjustmentValue", "adjustment_value", "minimum", 1),
        ("adjustmentValue", "adjustment_value", "maximum", 9223372036854775807),
        ("cooldown", "cooldown", "minimum", 1),
        ("cooldown", "cooldown", "maximum", 900),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        (
            "removalPolicy",
            "removal_policy",
            "enum",
            (
                "OldestInstance",
                "NewestInstance",
                "OldestScalingConfiguration",
                "MinimumCPUUsageInstance",
                "MinimumMemoryUsageInstance",
            ),
        ),
    ),
)

UPDATE_AUTO_SCALING_RULE: Api[UpdateAutoScalingRuleResult] = Api(
    "UpdateAutoScalingRule",
    "PUT",
    "/autoscaling/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("cooldown", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("uuid", "cooldown", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAutoScalingRule",
    since="3.1.0",
    result=".models.update_auto_scaling_rule_result:UpdateAutoScalingRuleResult",
    checks=(
        ("cooldown", "cooldown", "minimum", 1),
        ("cooldown", "cooldown", "maximum", 900),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_AUTO_SCALING_VM_TEMPLATE: Api[UpdateAutoScalingVmTemplateResult] = Api(
    "UpdateAutoScalingVmTemplate",
    "PUT",
    "/autoscaling/vmtemplate/{uuid}/actions",
    params=(
        ("uuid", "path", "3.9.0"),
        ("description", "body", "3.9.0"),
        ("hostUuid", "body", None),
        ("imageUuid", "body", "3.9.0"),
        ("name", "body", "3.9.0"),
        ("vmInstanceClusterUuid", "body", None),
        ("vmInstanceDescription", "body", "3.9.0"),
        ("vmInstanceName", "body", "3.9.0"),
        ("vmInstanceOfferingUuid", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=(
        "uuid",
        "description",
        "host_uuid",
        "image_uuid",
        "name",
        "vm_instance_cluster_uuid",
        "vm_instance_description",
        "vm_instance_name",
        "vm_instance_offering_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateAutoScalingVmTemplate",
    since="3.9.0",
    result=".models.update_auto_scaling_vm_template_result:UpdateAutoScalingVmTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("vmInstanceDescription", "vm_instance_description", "maxLength", 2048),
        ("vmInstanceName", "vm_instance_name", "maxLength", 255),
    ),
)


class AutoscalingApi(SyncNamespace):
    """autoscaling: 27 APIs (AttachAutoScalingTemplateToGroup, ChangeAutoScalingGroupState, CreateAutoScalingGroup, ...)."""

    __slots__ = ()

    def attach_auto_scaling_template_to_group(
        self,
        *,
        uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachAutoScalingTemplateToGroupResult:
        """将云主机模块添加到弹性伸缩组 (AttachAutoScalingTemplateToGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板UUID (since 3.1.0)
            group_uuid: 伸缩组UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_AUTO_SCALING_TEMPLATE_TO_GROUP,
            {
                "uuid": uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_auto_scaling_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAutoScalingGroupStateResult:
        """修改弹性伸缩组启用状态 (ChangeAutoScalingGroupState).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            state_event: 设置为开启或者关闭 (since 3.1.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_AUTO_SCALING_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_group(
        self,
        *,
        default_cooldown: int,
        max_resource_size: int,
        min_resource_size: int,
        name: str,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ],
        scaling_resource_type: Literal["VmInstance"],
        default_enable: bool | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupResult:
        """创建弹性伸缩组 (CreateAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            default_cooldown: 伸缩组规则默认冷却时间 (since 3.1.0; minimum 0; maximum 2147483647)
            default_enable: 创建完成后，是否默认启用 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            max_resource_size: 伸缩组内云主机最多数量 (since 3.1.0; minimum 0; maximum 2147483647)
            min_resource_size: 伸缩组内云主机最少数量 (since 3.1.0; minimum 0; maximum 2147483647)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机规则 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            resource_uuid: resourceUuid (since 3.1.0)
            scaling_resource_type: 伸缩组伸缩资源类型，目前只支持云主机 (since 3.1.0; enum {'VmInstance'})
            tag_uuids: 标签UUID列表 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_GROUP,
            {
                "defaultCooldown": default_cooldown,
                "defaultEnable": default_enable,
                "description": description,
                "maxResourceSize": max_resource_size,
                "minResourceSize": min_resource_size,
                "name": name,
                "removalPolicy": removal_policy,
                "resourceUuid": resource_uuid,
                "scalingResourceType": scaling_resource_type,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_group_adding_new_instance_rule(
        self,
        *,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ],
        adjustment_value: int,
        auto_scaling_group_uuid: str,
        name: str,
        cooldown: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupAddingNewInstanceRuleResult:
        """创建伸缩组云主机扩容规则 (CreateAutoScalingGroupAddingNewInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            adjustment_type: 扩容方式：增加指定数量云主机，按百分比增加云主机，增加云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 增加大小 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            auto_scaling_group_uuid: 伸缩组UUID (since 3.1.0)
            cooldown: 伸缩规则触发后的冷却时间 (since 3.1.0; minimum 1; maximum 2147483647)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 伸缩规则类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE,
            {
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "autoScalingGroupUuid": auto_scaling_group_uuid,
                "cooldown": cooldown,
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

    def create_auto_scaling_group_removal_instance_rule(
        self,
        *,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ],
        adjustment_value: int,
        auto_scaling_group_uuid: str,
        name: str,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ],
        cooldown: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupRemovalInstanceRuleResult:
        """创建伸缩组云主机缩容规则 (CreateAutoScalingGroupRemovalInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            adjustment_type: 缩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 减少数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            auto_scaling_group_uuid: 伸缩组UUID (since 3.1.0)
            cooldown: 伸缩规则触发后的冷却时间 (since 3.1.0; minimum 1; maximum 2147483647)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 伸缩规则类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE,
            {
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "autoScalingGroupUuid": auto_scaling_group_uuid,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "removalPolicy": removal_policy,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_rule_alarm_trigger(
        self,
        *,
        alarm_uuid: str,
        rule_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        trigger_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingRuleAlarmTriggerResult:
        """创建伸缩规则报警触发器 (CreateAutoScalingRuleAlarmTrigger).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警UUID (since 3.1.0)
            rule_uuid: 伸缩规则UUID (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 触发器名称 (since 3.1.0; maxLength 256)
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            trigger_type: 触发器类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_RULE_ALARM_TRIGGER,
            {
                "alarmUuid": alarm_uuid,
                "ruleUuid": rule_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "triggerType": trigger_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_rule_scheduler_job_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        rule_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        trigger_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingRuleSchedulerJobTriggerResult:
        """创建伸缩规则定时任务触发器 (CreateAutoScalingRuleSchedulerJobTrigger).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务Uuid (since 4.1.0)
            rule_uuid: 伸缩规则UUID (since 4.1.0)
            description: 资源的详细描述 (since 4.1.0; maxLength 2048)
            name: 触发器名称 (since 4.1.0; maxLength 256)
            resource_uuid: 资源UUID (since 4.1.0)
            tag_uuids: 标签UUID列表 (since 4.1.0)
            trigger_type: 触发器类型 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_RULE_SCHEDULER_JOB_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "ruleUuid": rule_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "triggerType": trigger_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_vm_template(
        self,
        *,
        default_l3_network_uuid: str,
        image_uuid: str,
        l3_network_uuids: Sequence[str],
        name: str,
        vm_instance_name: str,
        vm_instance_offering_uuid: str,
        data_disk_offering_uuids: Sequence[str] | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_disk_offering_uuid: str | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        vm_instance_cluster_uuid: str | None = None,
        vm_instance_description: str | None = None,
        vm_instance_type: Literal["UserVm", "ApplianceVm"] | None = None,
        vm_instance_zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingVmTemplateResult:
        """创建伸缩组云主机模块 (CreateAutoScalingVmTemplate).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_disk_offering_uuids: 数据盘规格列表 (since 3.1.0)
            default_l3_network_uuid: 云主机默认三层网络 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            host_uuid: 物理机UUID (since 3.1.0)
            image_uuid: 云主机镜像UUID (since 3.1.0)
            l3_network_uuids: 云主机三层网络列表 (since 3.1.0; minItems 1)
            name: 资源名称 (since 3.1.0; maxLength 255)
            primary_storage_uuid_for_root_volume: 根云盘主存储UUID (since 3.1.0)
            resource_uuid: resourceUuid (since 3.1.0)
            root_disk_offering_uuid: 云主机根云盘规格 (since 3.1.0)
            strategy: strategy (enum {'InstantStart', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 模板类型 (since 3.1.0)
            vm_instance_cluster_uuid: 云主机所属集群 (since 3.1.0)
            vm_instance_description: 云主机描述 (since 3.1.0; maxLength 2048)
            vm_instance_name: 云主机名称 (since 3.1.0; maxLength 255)
            vm_instance_offering_uuid: 云主机实例规则 (since 3.1.0)
            vm_instance_type: vmInstanceType (enum {'UserVm', 'ApplianceVm'})
            vm_instance_zone_uuid: 云主机所属地区 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_VM_TEMPLATE,
            {
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootDiskOfferingUuid": root_disk_offering_uuid,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "vmInstanceClusterUuid": vm_instance_cluster_uuid,
                "vmInstanceDescription": vm_instance_description,
                "vmInstanceName": vm_instance_name,
                "vmInstanceOfferingUuid": vm_instance_offering_uuid,
                "vmInstanceType": vm_instance_type,
                "vmInstanceZoneUuid": vm_instance_zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_auto_scaling_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingGroupResult:
        """删除弹性伸缩组 (DeleteAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AUTO_SCALING_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def delete_auto_scaling_group_instance(
        self,
        *,
        instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingGroupInstanceResult:
        """手动删除弹性伸缩组内云主机 (DeleteAutoScalingGroupInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            instance_uuid: 云主机UUID (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AUTO_SCALING_GROUP_INSTANCE,
            {
                "instanceUuid": instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def delete_auto_scaling_rule(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingRuleResult:
        """删除伸缩规则 (DeleteAutoScalingRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 伸缩规则UUID (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def delete_auto_scaling_rule_trigger(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingRuleTriggerResult:
        """删除伸缩规则触发器 (DeleteAutoScalingRuleTrigger).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AUTO_SCALING_RULE_TRIGGER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def delete_auto_scaling_template(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingTemplateResult:
        """删除伸缩组模板 (DeleteAutoScalingTemplate).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AUTO_SCALING_TEMPLATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def detach_auto_scaling_template_from_group(
        self,
        *,
        template_uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachAutoScalingTemplateFromGroupResult:
        """卸载伸缩组模板 (DetachAutoScalingTemplateFromGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板UUID (since 3.1.0)
            group_uuid: 伸缩组UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_AUTO_SCALING_TEMPLATE_FROM_GROUP,
            {
                "templateUuid": template_uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def execute_auto_scaling_rule(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExecuteAutoScalingRuleResult:
        """手动执行伸缩组规则 (ExecuteAutoScalingRule).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 伸缩组规则UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXECUTE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_auto_scaling_group(
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
    ) -> QueryAutoScalingGroupResult:
        """查询弹性伸缩组 (QueryAutoScalingGroup).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_GROUP,
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

    def query_auto_scaling_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingGroupInventory]:
        """Every result of ``query_auto_scaling_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP,
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

    def query_auto_scaling_group_activity(
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
    ) -> QueryAutoScalingGroupActivityResult:
        """查询弹性伸缩组活动列表 (QueryAutoScalingGroupActivity).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_GROUP_ACTIVITY,
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

    def query_auto_scaling_group_activity_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingGroupActivityInventory]:
        """Every result of ``query_auto_scaling_group_activity``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP_ACTIVITY,
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

    def query_auto_scaling_group_instance(
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
    ) -> QueryAutoScalingGroupInstanceResult:
        """查询弹性伸缩组内云主机列表 (QueryAutoScalingGroupInstance).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_GROUP_INSTANCE,
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

    def query_auto_scaling_group_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingGroupInstanceInventory]:
        """Every result of ``query_auto_scaling_group_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP_INSTANCE,
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

    def query_auto_scaling_rule(
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
    ) -> QueryAutoScalingRuleResult:
        """查询伸缩规则 (QueryAutoScalingRule).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_RULE,
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

    def query_auto_scaling_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingRuleInventory]:
        """Every result of ``query_auto_scaling_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_RULE,
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

    def query_auto_scaling_rule_trigger(
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
    ) -> QueryAutoScalingRuleTriggerResult:
        """查询伸缩规则触发器列表 (QueryAutoScalingRuleTrigger).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_RULE_TRIGGER,
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

    def query_auto_scaling_rule_trigger_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingRuleTriggerInventory]:
        """Every result of ``query_auto_scaling_rule_trigger``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_RULE_TRIGGER,
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

    def query_auto_scaling_vm_template(
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
    ) -> QueryAutoScalingVmTemplateResult:
        """查询伸缩组云主机模板 (QueryAutoScalingVmTemplate).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_VM_TEMPLATE,
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

    def query_auto_scaling_vm_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingVmTemplateInventory]:
        """Every result of ``query_auto_scaling_vm_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_VM_TEMPLATE,
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

    def update_auto_scaling_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        max_resource_size: int | None = None,
        min_resource_size: int | None = None,
        name: str | None = None,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ]
        | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupResult:
        """修改弹性伸缩组 (UpdateAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            max_resource_size: 伸缩组内最大云主机数量 (since 3.1.0; minimum 0; maximum 2147483647)
            min_resource_size: 伸缩组内最少云主机数量 (since 3.1.0; minimum 0; maximum 2147483647)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略：创建时间最久的主机优先，新创建的云主机优先 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "maxResourceSize": max_resource_size,
                "minResourceSize": min_resource_size,
                "name": name,
                "removalPolicy": removal_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_group_adding_new_instance_rule(
        self,
        *,
        uuid: str,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ]
        | None = None,
        adjustment_value: int | None = None,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupAddingNewInstanceRuleResult:
        """修改伸缩组扩容规则 (UpdateAutoScalingGroupAddingNewInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            adjustment_type: 扩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 扩容数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE,
            {
                "uuid": uuid,
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_group_instance(
        self,
        *,
        instance_uuid: str,
        group_uuid: str,
        protection_strategy: Literal["Protected", "Unprotected"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupInstanceResult:
        """更新伸缩组实例信息 (UpdateAutoScalingGroupInstance).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            instance_uuid: 伸缩组内实例UUID (since 3.9.0)
            group_uuid: 伸缩组UUID (since 3.9.0)
            protection_strategy: 伸缩组内实例保护策略 (since 3.9.0; maxLength 128; enum {'Protected', 'Unprotected'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_GROUP_INSTANCE,
            {
                "instanceUuid": instance_uuid,
                "groupUuid": group_uuid,
                "protectionStrategy": protection_strategy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_group_removal_instance_rule(
        self,
        *,
        uuid: str,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ]
        | None = None,
        adjustment_value: int | None = None,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ]
        | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupRemovalInstanceRuleResult:
        """修改伸缩组缩容规则 (UpdateAutoScalingGroupRemovalInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            adjustment_type: 缩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 缩容数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE,
            {
                "uuid": uuid,
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "removalPolicy": removal_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_rule(
        self,
        *,
        uuid: str,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingRuleResult:
        """修改弹性伸缩组规则 (UpdateAutoScalingRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_vm_template(
        self,
        *,
        uuid: str,
        description: str | None = None,
        host_uuid: str | None = None,
        image_uuid: str | None = None,
        name: str | None = None,
        vm_instance_cluster_uuid: str | None = None,
        vm_instance_description: str | None = None,
        vm_instance_name: str | None = None,
        vm_instance_offering_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingVmTemplateResult:
        """更新伸缩组云主机模板 (UpdateAutoScalingVmTemplate).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机模板UUID (since 3.9.0)
            description: 详细描述 (since 3.9.0; maxLength 2048)
            host_uuid: hostUuid
            image_uuid: 云主机镜像UUID (since 3.9.0)
            name: 模板名称 (since 3.9.0; maxLength 255)
            vm_instance_cluster_uuid: vmInstanceClusterUuid
            vm_instance_description: 云主机描述 (since 3.9.0; maxLength 2048)
            vm_instance_name: 云主机名称 (since 3.9.0; maxLength 255)
            vm_instance_offering_uuid: 云主机实例规格UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_VM_TEMPLATE,
            {
                "uuid": uuid,
                "description": description,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "name": name,
                "vmInstanceClusterUuid": vm_instance_cluster_uuid,
                "vmInstanceDescription": vm_instance_description,
                "vmInstanceName": vm_instance_name,
                "vmInstanceOfferingUuid": vm_instance_offering_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncAutoscalingApi(AsyncNamespace):
    """autoscaling: 27 APIs (AttachAutoScalingTemplateToGroup, ChangeAutoScalingGroupState, CreateAutoScalingGroup, ...). (asyncio)"""

    __slots__ = ()

    async def attach_auto_scaling_template_to_group(
        self,
        *,
        uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachAutoScalingTemplateToGroupResult:
        """将云主机模块添加到弹性伸缩组 (AttachAutoScalingTemplateToGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板UUID (since 3.1.0)
            group_uuid: 伸缩组UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_AUTO_SCALING_TEMPLATE_TO_GROUP,
            {
                "uuid": uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_auto_scaling_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAutoScalingGroupStateResult:
        """修改弹性伸缩组启用状态 (ChangeAutoScalingGroupState).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            state_event: 设置为开启或者关闭 (since 3.1.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_AUTO_SCALING_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_group(
        self,
        *,
        default_cooldown: int,
        max_resource_size: int,
        min_resource_size: int,
        name: str,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ],
        scaling_resource_type: Literal["VmInstance"],
        default_enable: bool | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupResult:
        """创建弹性伸缩组 (CreateAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            default_cooldown: 伸缩组规则默认冷却时间 (since 3.1.0; minimum 0; maximum 2147483647)
            default_enable: 创建完成后，是否默认启用 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            max_resource_size: 伸缩组内云主机最多数量 (since 3.1.0; minimum 0; maximum 2147483647)
            min_resource_size: 伸缩组内云主机最少数量 (since 3.1.0; minimum 0; maximum 2147483647)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机规则 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            resource_uuid: resourceUuid (since 3.1.0)
            scaling_resource_type: 伸缩组伸缩资源类型，目前只支持云主机 (since 3.1.0; enum {'VmInstance'})
            tag_uuids: 标签UUID列表 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_GROUP,
            {
                "defaultCooldown": default_cooldown,
                "defaultEnable": default_enable,
                "description": description,
                "maxResourceSize": max_resource_size,
                "minResourceSize": min_resource_size,
                "name": name,
                "removalPolicy": removal_policy,
                "resourceUuid": resource_uuid,
                "scalingResourceType": scaling_resource_type,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_group_adding_new_instance_rule(
        self,
        *,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ],
        adjustment_value: int,
        auto_scaling_group_uuid: str,
        name: str,
        cooldown: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupAddingNewInstanceRuleResult:
        """创建伸缩组云主机扩容规则 (CreateAutoScalingGroupAddingNewInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            adjustment_type: 扩容方式：增加指定数量云主机，按百分比增加云主机，增加云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 增加大小 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            auto_scaling_group_uuid: 伸缩组UUID (since 3.1.0)
            cooldown: 伸缩规则触发后的冷却时间 (since 3.1.0; minimum 1; maximum 2147483647)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 伸缩规则类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE,
            {
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "autoScalingGroupUuid": auto_scaling_group_uuid,
                "cooldown": cooldown,
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

    async def create_auto_scaling_group_removal_instance_rule(
        self,
        *,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ],
        adjustment_value: int,
        auto_scaling_group_uuid: str,
        name: str,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ],
        cooldown: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupRemovalInstanceRuleResult:
        """创建伸缩组云主机缩容规则 (CreateAutoScalingGroupRemovalInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            adjustment_type: 缩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 减少数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            auto_scaling_group_uuid: 伸缩组UUID (since 3.1.0)
            cooldown: 伸缩规则触发后的冷却时间 (since 3.1.0; minimum 1; maximum 2147483647)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 伸缩规则类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE,
            {
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "autoScalingGroupUuid": auto_scaling_group_uuid,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "removalPolicy": removal_policy,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_rule_alarm_trigger(
        self,
        *,
        alarm_uuid: str,
        rule_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        trigger_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingRuleAlarmTriggerResult:
        """创建伸缩规则报警触发器 (CreateAutoScalingRuleAlarmTrigger).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警UUID (since 3.1.0)
            rule_uuid: 伸缩规则UUID (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 触发器名称 (since 3.1.0; maxLength 256)
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            trigger_type: 触发器类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_RULE_ALARM_TRIGGER,
            {
                "alarmUuid": alarm_uuid,
                "ruleUuid": rule_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "triggerType": trigger_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_rule_scheduler_job_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        rule_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        trigger_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingRuleSchedulerJobTriggerResult:
        """创建伸缩规则定时任务触发器 (CreateAutoScalingRuleSchedulerJobTrigger).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务Uuid (since 4.1.0)
            rule_uuid: 伸缩规则UUID (since 4.1.0)
            description: 资源的详细描述 (since 4.1.0; maxLength 2048)
            name: 触发器名称 (since 4.1.0; maxLength 256)
            resource_uuid: 资源UUID (since 4.1.0)
            tag_uuids: 标签UUID列表 (since 4.1.0)
            trigger_type: 触发器类型 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_RULE_SCHEDULER_JOB_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "ruleUuid": rule_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "triggerType": trigger_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_vm_template(
        self,
        *,
        default_l3_network_uuid: str,
        image_uuid: str,
        l3_network_uuids: Sequence[str],
        name: str,
        vm_instance_name: str,
        vm_instance_offering_uuid: str,
        data_disk_offering_uuids: Sequence[str] | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_disk_offering_uuid: str | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        vm_instance_cluster_uuid: str | None = None,
        vm_instance_description: str | None = None,
        vm_instance_type: Literal["UserVm", "ApplianceVm"] | None = None,
        vm_instance_zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingVmTemplateResult:
        """创建伸缩组云主机模块 (CreateAutoScalingVmTemplate).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_disk_offering_uuids: 数据盘规格列表 (since 3.1.0)
            default_l3_network_uuid: 云主机默认三层网络 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            host_uuid: 物理机UUID (since 3.1.0)
            image_uuid: 云主机镜像UUID (since 3.1.0)
            l3_network_uuids: 云主机三层网络列表 (since 3.1.0; minItems 1)
            name: 资源名称 (since 3.1.0; maxLength 255)
            primary_storage_uuid_for_root_volume: 根云盘主存储UUID (since 3.1.0)
            resource_uuid: resourceUuid (since 3.1.0)
            root_disk_offering_uuid: 云主机根云盘规格 (since 3.1.0)
            strategy: strategy (enum {'InstantStart', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 模板类型 (since 3.1.0)
            vm_instance_cluster_uuid: 云主机所属集群 (since 3.1.0)
            vm_instance_description: 云主机描述 (since 3.1.0; maxLength 2048)
            vm_instance_name: 云主机名称 (since 3.1.0; maxLength 255)
            vm_instance_offering_uuid: 云主机实例规则 (since 3.1.0)
            vm_instance_type: vmInstanceType (enum {'UserVm', 'ApplianceVm'})
            vm_instance_zone_uuid: 云主机所属地区 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_VM_TEMPLATE,
            {
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootDiskOfferingUuid": root_disk_offering_uuid,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "vmInstanceClusterUuid": vm_instance_cluster_uuid,
                "vmInstanceDescription": vm_instance_description,
                "vmInstanceName": vm_instance_name,
                "vmInstanceOfferingUuid": vm_instance_offering_uuid,
                "vmInstanceType": vm_instance_type,
                "vmInstanceZoneUuid": vm_instance_zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_auto_scaling_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingGroupResult:
        """删除弹性伸缩组 (DeleteAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AUTO_SCALING_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def delete_auto_scaling_group_instance(
        self,
        *,
        instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingGroupInstanceResult:
        """手动删除弹性伸缩组内云主机 (DeleteAutoScalingGroupInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            instance_uuid: 云主机UUID (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AUTO_SCALING_GROUP_INSTANCE,
            {
                "instanceUuid": instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def delete_auto_scaling_rule(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingRuleResult:
        """删除伸缩规则 (DeleteAutoScalingRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 伸缩规则UUID (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def delete_auto_scaling_rule_trigger(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingRuleTriggerResult:
        """删除伸缩规则触发器 (DeleteAutoScalingRuleTrigger).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AUTO_SCALING_RULE_TRIGGER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def delete_auto_scaling_template(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingTemplateResult:
        """删除伸缩组模板 (DeleteAutoScalingTemplate).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AUTO_SCALING_TEMPLATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def detach_auto_scaling_template_from_group(
        self,
        *,
        template_uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachAutoScalingTemplateFromGroupResult:
        """卸载伸缩组模板 (DetachAutoScalingTemplateFromGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板UUID (since 3.1.0)
            group_uuid: 伸缩组UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_AUTO_SCALING_TEMPLATE_FROM_GROUP,
            {
                "templateUuid": template_uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def execute_auto_scaling_rule(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExecuteAutoScalingRuleResult:
        """手动执行伸缩组规则 (ExecuteAutoScalingRule).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 伸缩组规则UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXECUTE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_auto_scaling_group(
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
    ) -> QueryAutoScalingGroupResult:
        """查询弹性伸缩组 (QueryAutoScalingGroup).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_GROUP,
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

    def query_auto_scaling_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingGroupInventory]:
        """Every result of ``query_auto_scaling_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP,
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

    async def query_auto_scaling_group_activity(
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
    ) -> QueryAutoScalingGroupActivityResult:
        """查询弹性伸缩组活动列表 (QueryAutoScalingGroupActivity).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_GROUP_ACTIVITY,
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

    def query_auto_scaling_group_activity_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingGroupActivityInventory]:
        """Every result of ``query_auto_scaling_group_activity``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP_ACTIVITY,
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

    async def query_auto_scaling_group_instance(
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
    ) -> QueryAutoScalingGroupInstanceResult:
        """查询弹性伸缩组内云主机列表 (QueryAutoScalingGroupInstance).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_GROUP_INSTANCE,
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

    def query_auto_scaling_group_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingGroupInstanceInventory]:
        """Every result of ``query_auto_scaling_group_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP_INSTANCE,
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

    async def query_auto_scaling_rule(
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
    ) -> QueryAutoScalingRuleResult:
        """查询伸缩规则 (QueryAutoScalingRule).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_RULE,
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

    def query_auto_scaling_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingRuleInventory]:
        """Every result of ``query_auto_scaling_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_RULE,
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

    async def query_auto_scaling_rule_trigger(
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
    ) -> QueryAutoScalingRuleTriggerResult:
        """查询伸缩规则触发器列表 (QueryAutoScalingRuleTrigger).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_RULE_TRIGGER,
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

    def query_auto_scaling_rule_trigger_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingRuleTriggerInventory]:
        """Every result of ``query_auto_scaling_rule_trigger``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_RULE_TRIGGER,
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

    async def query_auto_scaling_vm_template(
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
    ) -> QueryAutoScalingVmTemplateResult:
        """查询伸缩组云主机模板 (QueryAutoScalingVmTemplate).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_VM_TEMPLATE,
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

    def query_auto_scaling_vm_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingVmTemplateInventory]:
        """Every result of ``query_auto_scaling_vm_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_VM_TEMPLATE,
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

    async def update_auto_scaling_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        max_resource_size: int | None = None,
        min_resource_size: int | None = None,
        name: str | None = None,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ]
        | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupResult:
        """修改弹性伸缩组 (UpdateAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            max_resource_size: 伸缩组内最大云主机数量 (since 3.1.0; minimum 0; maximum 2147483647)
            min_resource_size: 伸缩组内最少云主机数量 (since 3.1.0; minimum 0; maximum 2147483647)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略：创建时间最久的主机优先，新创建的云主机优先 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "maxResourceSize": max_resource_size,
                "minResourceSize": min_resource_size,
                "name": name,
                "removalPolicy": removal_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_group_adding_new_instance_rule(
        self,
        *,
        uuid: str,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ]
        | None = None,
        adjustment_value: int | None = None,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupAddingNewInstanceRuleResult:
        """修改伸缩组扩容规则 (UpdateAutoScalingGroupAddingNewInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            adjustment_type: 扩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 扩容数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE,
            {
                "uuid": uuid,
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_group_instance(
        self,
        *,
        instance_uuid: str,
        group_uuid: str,
        protection_strategy: Literal["Protected", "Unprotected"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupInstanceResult:
        """更新伸缩组实例信息 (UpdateAutoScalingGroupInstance).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            instance_uuid: 伸缩组内实例UUID (since 3.9.0)
            group_uuid: 伸缩组UUID (since 3.9.0)
            protection_strategy: 伸缩组内实例保护策略 (since 3.9.0; maxLength 128; enum {'Protected', 'Unprotected'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_GROUP_INSTANCE,
            {
                "instanceUuid": instance_uuid,
                "groupUuid": group_uuid,
                "protectionStrategy": protection_strategy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_group_removal_instance_rule(
        self,
        *,
        uuid: str,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ]
        | None = None,
        adjustment_value: int | None = None,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ]
        | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupRemovalInstanceRuleResult:
        """修改伸缩组缩容规则 (UpdateAutoScalingGroupRemovalInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            adjustment_type: 缩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 缩容数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE,
            {
                "uuid": uuid,
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "removalPolicy": removal_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_rule(
        self,
        *,
        uuid: str,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingRuleResult:
        """修改弹性伸缩组规则 (UpdateAutoScalingRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_vm_template(
        self,
        *,
        uuid: str,
        description: str | None = None,
        host_uuid: str | None = None,
        image_uuid: str | None = None,
        name: str | None = None,
        vm_instance_cluster_uuid: str | None = None,
        vm_instance_description: str | None = None,
        vm_instance_name: str | None = None,
        vm_instance_offering_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingVmTemplateResult:
        """更新伸缩组云主机模板 (UpdateAutoScalingVmTemplate).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机模板UUID (since 3.9.0)
            description: 详细描述 (since 3.9.0; maxLength 2048)
            host_uuid: hostUuid
            image_uuid: 云主机镜像UUID (since 3.9.0)
            name: 模板名称 (since 3.9.0; maxLength 255)
            vm_instance_cluster_uuid: vmInstanceClusterUuid
            vm_instance_description: 云主机描述 (since 3.9.0; maxLength 2048)
            vm_instance_name: 云主机名称 (since 3.9.0; maxLength 255)
            vm_instance_offering_uuid: 云主机实例规格UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_VM_TEMPLATE,
            {
                "uuid": uuid,
                "description": description,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "name": name,
                "vmInstanceClusterUuid": vm_instance_cluster_uuid,
                "vmInstanceDescription": vm_instance_description,
                "vmInstanceName": vm_instance_name,
                "vmInstanceOfferingUuid": vm_instance_offering_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
