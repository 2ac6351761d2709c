"""Result models, imported on first use: ``from zstack_sdk.models import X`` loads
only X's module (and the models it refers to), never all 2466."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_control_list_entry_inventory import (
        AccessControlListEntryInventory as AccessControlListEntryInventory,
    )
    from .access_control_list_inventory import (
        AccessControlListInventory as AccessControlListInventory,
    )
    from .access_control_rule_inventory import (
        AccessControlRuleInventory as AccessControlRuleInventory,
    )
    from .access_key_inventory import AccessKeyInventory as AccessKeyInventory
    from .account_inventory import AccountInventory as AccountInventory
    from .account_price_table_ref_inventory import (
        AccountPriceTableRefInventory as AccountPriceTableRefInventory,
    )
    from .account_resource_ref_inventory import (
        AccountResourceRefInventory as AccountResourceRefInventory,
    )
    from .ack_alarm_data_result import AckAlarmDataResult as AckAlarmDataResult
    from .ack_event_data_result import AckEventDataResult as AckEventDataResult
    from .action_struct import ActionStruct as ActionStruct
    from .active_alarm_template_inventory import (
        ActiveAlarmTemplateInventory as ActiveAlarmTemplateInventory,
    )
    from .add_access_control_list_entry_result import (
        AddAccessControlListEntryResult as AddAccessControlListEntryResult,
    )
    from .add_access_control_list_redirect_rule_result import (
        AddAccessControlListRedirectRuleResult as AddAccessControlListRedirectRuleResult,
    )
    from .add_access_control_list_to_load_balancer_result import (
        AddAccessControlListToLoadBalancerResult as AddAccessControlListToLoadBalancerResult,
    )
    from .add_access_control_rule_result import (
        AddAccessControlRuleResult as AddAccessControlRuleResult,
    )
    from .add_action_to_alarm_result import AddActionToAlarmResult as AddActionToAlarmResult
    from .add_action_to_event_subscription_result import (
        AddActionToEventSubscriptionResult as AddActionToEventSubscriptionResult,
    )
    from .add_aliyun_ebs_backup_storage_result import (
        AddAliyunEbsBackupStorageResult as AddAliyunEbsBackupStorageResult,
    )
    from .add_aliyun_ebs_primary_storage_result import (
        AddAliyunEbsPrimaryStorageResult as AddAliyunEbsPrimaryStorageResult,
    )
    from .add_aliyun_key_secret_result import AddAliyunKeySecretResult as AddAliyunKeySecretResult
    from .add_aliyun_nas_access_group_result import (
        AddAliyunNasAccessGroupResult as AddAliyunNasAccessGroupResult,
    )
    from .add_aliyun_nas_file_system_result import (
        AddAliyunNasFileSystemResult as AddAliyunNasFileSystemResult,
    )
    from .add_aliyun_nas_mount_target_result import (
        AddAliyunNasMountTargetResult as AddAliyunNasMountTargetResult,
    )
    from .add_aliyun_nas_primary_storage_result import (
        AddAliyunNasPrimaryStorageResult as AddAliyunNasPrimaryStorageResult,
    )
    from .add_aliyun_pangu_partition_result import (
        AddAliyunPanguPartitionResult as AddAliyunPanguPartitionResult,
    )
    from .add_app_build_system_result import AddAppBuildSystemResult as AddAppBuildSystemResult
    from .add_attributes_to_iam2_organization_result import (
        AddAttributesToIAM2OrganizationResult as AddAttributesToIAM2OrganizationResult,
    )
    from .add_attributes_to_iam2_project_result import (
        AddAttributesToIAM2ProjectResult as AddAttributesToIAM2ProjectResult,
    )
    from .add_attributes_to_iam2_virtual_id_group_result import (
        AddAttributesToIAM2VirtualIDGroupResult as AddAttributesToIAM2VirtualIDGroupResult,
    )
    from .add_attributes_to_iam2_virtual_id_result import (
        AddAttributesToIAM2VirtualIDResult as AddAttributesToIAM2VirtualIDResult,
    )
    from .add_backend_server_to_server_group_result import (
        AddBackendServerToServerGroupResult as AddBackendServerToServerGroupResult,
    )
    from .add_backup_storages_to_replication_group_result import (
        AddBackupStoragesToReplicationGroupResult as AddBackupStoragesToReplicationGroupResult,
    )
    from .add_bare_metal2_gateway_result import (
        AddBareMetal2GatewayResult as AddBareMetal2GatewayResult,
    )
    from .add_bare_metal2_ipmi_chassis_result import (
        AddBareMetal2IpmiChassisResult as AddBareMetal2IpmiChassisResult,
    )
    from .add_block_primary_storage_result import (
        AddBlockPrimaryStorageResult as AddBlockPrimaryStorageResult,
    )
    from .add_build_app_result import AddBuildAppResult as AddBuildAppResult
    from .add_ccs_certificate_result import AddCCSCertificateResult as AddCCSCertificateResult
    from .add_ceph_backup_storage_result import (
        AddCephBackupStorageResult as AddCephBackupStorageResult,
    )
    from .add_ceph_primary_storage_pool_result import (
        AddCephPrimaryStoragePoolResult as AddCephPrimaryStoragePoolResult,
    )
    from .add_ceph_primary_storage_result import (
        AddCephPrimaryStorageResult as AddCephPrimaryStorageResult,
    )
    from .add_certificate_to_load_balancer_listener_result import (
        AddCertificateToLoadBalancerListenerResult as AddCertificateToLoadBalancerListenerResult,
    )
    from .add_connection_access_point_from_remote_result import (
        AddConnectionAccessPointFromRemoteResult as AddConnectionAccessPointFromRemoteResult,
    )
    from .add_data_center_from_remote_result import (
        AddDataCenterFromRemoteResult as AddDataCenterFromRemoteResult,
    )
    from .add_disaster_image_store_backup_storage_result import (
        AddDisasterImageStoreBackupStorageResult as AddDisasterImageStoreBackupStorageResult,
    )
    from .add_dns_to_l3_network_result import AddDnsToL3NetworkResult as AddDnsToL3NetworkResult
    from .add_dns_to_vpc_router_result import AddDnsToVpcRouterResult as AddDnsToVpcRouterResult
    from .add_email_address_to_sns_email_endpoint_result import (
        AddEmailAddressToSNSEmailEndpointResult as AddEmailAddressToSNSEmailEndpointResult,
    )
    from .add_event_rule_template_result import (
        AddEventRuleTemplateResult as AddEventRuleTemplateResult,
    )
    from .add_external_backup_storage_result import (
        AddExternalBackupStorageResult as AddExternalBackupStorageResult,
    )
    from .add_external_primary_storage_result import (
        AddExternalPrimaryStorageResult as AddExternalPrimaryStorageResult,
    )
    from .add_fi_sec_security_machine_result import (
        AddFiSecSecurityMachineResult as AddFiSecSecurityMachineResult,
    )
    from .add_flk_sec_security_machine_result import (
        AddFlkSecSecurityMachineResult as AddFlkSecSecurityMachineResult,
    )
    from .add_host_from_file_result import AddHostFromFileResult as AddHostFromFileResult
    from .add_host_route_to_l3_network_result import (
        AddHostRouteToL3NetworkResult as AddHostRouteToL3NetworkResult,
    )
    from .add_host_to_host_scheduling_rule_group_result import (
        AddHostToHostSchedulingRuleGroupResult as AddHostToHostSchedulingRuleGroupResult,
    )
    from .add_hybrid_key_secret_result import AddHybridKeySecretResult as AddHybridKeySecretResult
    from .add_iam2_ticket_flow_result import AddIAM2TicketFlowResult as AddIAM2TicketFlowResult
    from .add_iam2_virtual_id_group_to_projects_result import (
        AddIAM2VirtualIDGroupToProjectsResult as AddIAM2VirtualIDGroupToProjectsResult,
    )
    from .add_iam2_virtual_ids_to_group_result import (
        AddIAM2VirtualIDsToGroupResult as AddIAM2VirtualIDsToGroupResult,
    )
    from .add_iam2_virtual_ids_to_organization_result import (
        AddIAM2VirtualIDsToOrganizationResult as AddIAM2VirtualIDsToOrganizationResult,
    )
    from .add_iam2_virtual_ids_to_project_result import (
        AddIAM2VirtualIDsToProjectResult as AddIAM2VirtualIDsToProjectResult,
    )
    from .add_iam2_virtual_ids_to_projects_result import (
        AddIAM2VirtualIDsToProjectsResult as AddIAM2VirtualIDsToProjectsResult,
    )
    from .add_identity_zone_from_remote_result import (
        AddIdentityZoneFromRemoteResult as AddIdentityZoneFromRemoteResult,
    )
    from .add_image_result import AddImageResult as AddImageResult
    from .add_image_store_backup_storage_result import (
        AddImageStoreBackupStorageResult as AddImageStoreBackupStorageResult,
    )
    from .add_info_sec_security_machine_result import (
        AddInfoSecSecurityMachineResult as AddInfoSecSecurityMachineResult,
    )
    from .add_instance_to_monitor_group_result import (
        AddInstanceToMonitorGroupResult as AddInstanceToMonitorGroupResult,
    )
    from .add_integrity_resource_result import (
        AddIntegrityResourceResult as AddIntegrityResourceResult,
    )
    from .add_ip_range_by_network_cidr_result import (
        AddIpRangeByNetworkCidrResult as AddIpRangeByNetworkCidrResult,
    )
    from .add_ip_range_result import AddIpRangeResult as AddIpRangeResult
    from .add_ipv6_range_by_network_cidr_result import (
        AddIpv6RangeByNetworkCidrResult as AddIpv6RangeByNetworkCidrResult,
    )
    from .add_ipv6_range_result import AddIpv6RangeResult as AddIpv6RangeResult
    from .add_iscsi_server_result import AddIscsiServerResult as AddIscsiServerResult
    from .add_jit_security_machine_result import (
        AddJitSecurityMachineResult as AddJitSecurityMachineResult,
    )
    from .add_kvm_host_from_config_file_result import (
        AddKVMHostFromConfigFileResult as AddKVMHostFromConfigFileResult,
    )
    from .add_kvm_host_result import AddKVMHostResult as AddKVMHostResult
    from .add_l3_network_to_group_result import (
        AddL3NetworkToGroupResult as AddL3NetworkToGroupResult,
    )
    from .add_label_to_alarm_result import AddLabelToAlarmResult as AddLabelToAlarmResult
    from .add_label_to_event_subscription_result import (
        AddLabelToEventSubscriptionResult as AddLabelToEventSubscriptionResult,
    )
    from .add_ldap_server_result import AddLdapServerResult as AddLdapServerResult
    from .add_local_primary_storage_result import (
        AddLocalPrimaryStorageResult as AddLocalPrimaryStorageResult,
    )
    from .add_log_configuration_result import AddLogConfigurationResult as AddLogConfigurationResult
    from .add_log_server_result import AddLogServerResult as AddLogServerResult
    from .add_mdev_device_spec_to_vm_instance_result import (
        AddMdevDeviceSpecToVmInstanceResult as AddMdevDeviceSpecToVmInstanceResult,
    )
    from .add_metric_rule_template_result import (
        AddMetricRuleTemplateResult as AddMetricRuleTemplateResult,
    )
    from .add_mini_storage_result import AddMiniStorageResult as AddMiniStorageResult
    from .add_mon_to_ceph_backup_storage_result import (
        AddMonToCephBackupStorageResult as AddMonToCephBackupStorageResult,
    )
    from .add_mon_to_ceph_primary_storage_result import (
        AddMonToCephPrimaryStorageResult as AddMonToCephPrimaryStorageResult,
    )
    from .add_nfs_primary_storage_result import (
        AddNfsPrimaryStorageResult as AddNfsPrimaryStorageResult,
    )
    from .add_nvme_server_result import AddNvmeServerResult as AddNvmeServerResult
    from .add_oss_bucket_from_remote_result import (
        AddOssBucketFromRemoteResult as AddOssBucketFromRemoteResult,
    )
    from .add_pci_device_spec_to_vm_instance_result import (
        AddPciDeviceSpecToVmInstanceResult as AddPciDeviceSpecToVmInstanceResult,
    )
    from .add_policy_statements_to_role_result import (
        AddPolicyStatementsToRoleResult as AddPolicyStatementsToRoleResult,
    )
    from .add_preconfiguration_template_result import (
        AddPreconfigurationTemplateResult as AddPreconfigurationTemplateResult,
    )
    from .add_remote_cidrs_to_ipsec_connection_result import (
        AddRemoteCidrsToIPsecConnectionResult as AddRemoteCidrsToIPsecConnectionResult,
    )
    from .add_rendezvous_point_to_multicast_router_result import (
        AddRendezvousPointToMulticastRouterResult as AddRendezvousPointToMulticastRouterResult,
    )
    from .add_reserved_ip_range_result import AddReservedIpRangeResult as AddReservedIpRangeResult
    from .add_resource_stack_vm_port_monitor_result import (
        AddResourceStackVmPortMonitorResult as AddResourceStackVmPortMonitorResult,
    )
    from .add_resource_to_iam2_project_result import (
        AddResourceToIAM2ProjectResult as AddResourceToIAM2ProjectResult,
    )
    from .add_resources_to_directory_result import (
        AddResourcesToDirectoryResult as AddResourcesToDirectoryResult,
    )
    from .add_roles_to_iam2_virtual_id_group_result import (
        AddRolesToIAM2VirtualIDGroupResult as AddRolesToIAM2VirtualIDGroupResult,
    )
    from .add_roles_to_iam2_virtual_id_result import (
        AddRolesToIAM2VirtualIDResult as AddRolesToIAM2VirtualIDResult,
    )
    from .add_san_sec_security_machine_result import (
        AddSanSecSecurityMachineResult as AddSanSecSecurityMachineResult,
    )
    from .add_scheduler_job_group_to_scheduler_trigger_result import (
        AddSchedulerJobGroupToSchedulerTriggerResult as AddSchedulerJobGroupToSchedulerTriggerResult,
    )
    from .add_scheduler_job_to_scheduler_trigger_result import (
        AddSchedulerJobToSchedulerTriggerResult as AddSchedulerJobToSchedulerTriggerResult,
    )
    from .add_scheduler_jobs_to_scheduler_job_group_result import (
        AddSchedulerJobsToSchedulerJobGroupResult as AddSchedulerJobsToSchedulerJobGroupResult,
    )
    from .add_sdn_controller_result import AddSdnControllerResult as AddSdnControllerResult
    from .add_security_group_rule_result import (
        AddSecurityGroupRuleResult as AddSecurityGroupRuleResult,
    )
    from .add_server_group_to_load_balancer_listener_result import (
        AddServerGroupToLoadBalancerListenerResult as AddServerGroupToLoadBalancerListenerResult,
    )
    from .add_sftp_backup_storage_result import (
        AddSftpBackupStorageResult as AddSftpBackupStorageResult,
    )
    from .add_shared_block_group_primary_storage_result import (
        AddSharedBlockGroupPrimaryStorageResult as AddSharedBlockGroupPrimaryStorageResult,
    )
    from .add_shared_block_to_shared_block_group_result import (
        AddSharedBlockToSharedBlockGroupResult as AddSharedBlockToSharedBlockGroupResult,
    )
    from .add_shared_mount_point_primary_storage_result import (
        AddSharedMountPointPrimaryStorageResult as AddSharedMountPointPrimaryStorageResult,
    )
    from .add_simulator_backup_storage_result import (
        AddSimulatorBackupStorageResult as AddSimulatorBackupStorageResult,
    )
    from .add_simulator_host_result import AddSimulatorHostResult as AddSimulatorHostResult
    from .add_simulator_primary_storage_result import (
        AddSimulatorPrimaryStorageResult as AddSimulatorPrimaryStorageResult,
    )
    from .add_sns_ding_talk_at_person_result import (
        AddSNSDingTalkAtPersonResult as AddSNSDingTalkAtPersonResult,
    )
    from .add_sns_fei_shu_at_person_result import (
        AddSNSFeiShuAtPersonResult as AddSNSFeiShuAtPersonResult,
    )
    from .add_sns_sms_receiver_result import AddSNSSmsReceiverResult as AddSNSSmsReceiverResult
    from .add_sns_we_com_at_person_result import (
        AddSNSWeComAtPersonResult as AddSNSWeComAtPersonResult,
    )
    from .add_stack_template_result import AddStackTemplateResult as AddStackTemplateResult
    from .add_storage_protocol_result import AddStorageProtocolResult as AddStorageProtocolResult
    from .add_thirdparty_platform_result import (
        AddThirdpartyPlatformResult as AddThirdpartyPlatformResult,
    )
    from .add_ticket_types_to_ticket_flow_collection_result import (
        AddTicketTypesToTicketFlowCollectionResult as AddTicketTypesToTicketFlowCollectionResult,
    )
    from .add_user_to_group_result import AddUserToGroupResult as AddUserToGroupResult
    from .add_v2_v_conversion_host_result import (
        AddV2VConversionHostResult as AddV2VConversionHostResult,
    )
    from .add_v_center_result import AddVCenterResult as AddVCenterResult
    from .add_v_router_networks_to_flow_meter_result import (
        AddVRouterNetworksToFlowMeterResult as AddVRouterNetworksToFlowMeterResult,
    )
    from .add_v_router_networks_to_ospf_area_result import (
        AddVRouterNetworksToOspfAreaResult as AddVRouterNetworksToOspfAreaResult,
    )
    from .add_v_router_route_entry_result import (
        AddVRouterRouteEntryResult as AddVRouterRouteEntryResult,
    )
    from .add_vm_nic_to_load_balancer_result import (
        AddVmNicToLoadBalancerResult as AddVmNicToLoadBalancerResult,
    )
    from .add_vm_nic_to_security_group_result import (
        AddVmNicToSecurityGroupResult as AddVmNicToSecurityGroupResult,
    )
    from .add_vm_to_affinity_group_result import (
        AddVmToAffinityGroupResult as AddVmToAffinityGroupResult,
    )
    from .add_vm_to_vm_scheduling_rule_group_result import (
        AddVmToVmSchedulingRuleGroupResult as AddVmToVmSchedulingRuleGroupResult,
    )
    from .add_x_dragon_host_result import AddXDragonHostResult as AddXDragonHostResult
    from .add_z_box_result import AddZBoxResult as AddZBoxResult
    from .address_pool_inventory import AddressPoolInventory as AddressPoolInventory
    from .affinity_group_inventory import AffinityGroupInventory as AffinityGroupInventory
    from .affinity_group_usage_inventory import (
        AffinityGroupUsageInventory as AffinityGroupUsageInventory,
    )
    from .agent_version_inventory import AgentVersionInventory as AgentVersionInventory
    from .alarm_action_inventory import AlarmActionInventory as AlarmActionInventory
    from .alarm_inventory import AlarmInventory as AlarmInventory
    from .alarm_label_inventory import AlarmLabelInventory as AlarmLabelInventory
    from .alert_data_ack_inventory import AlertDataAckInventory as AlertDataAckInventory
    from .aliyun_disk_inventory import AliyunDiskInventory as AliyunDiskInventory
    from .aliyun_nas_access_group_inventory import (
        AliyunNasAccessGroupInventory as AliyunNasAccessGroupInventory,
    )
    from .aliyun_nas_access_rule_inventory import (
        AliyunNasAccessRuleInventory as AliyunNasAccessRuleInventory,
    )
    from .aliyun_nas_file_system_inventory import (
        AliyunNasFileSystemInventory as AliyunNasFileSystemInventory,
    )
    from .aliyun_nas_mount_target_inventory import (
        AliyunNasMountTargetInventory as AliyunNasMountTargetInventory,
    )
    from .aliyun_pangu_partition_inventory import (
        AliyunPanguPartitionInventory as AliyunPanguPartitionInventory,
    )
    from .aliyun_proxy_v_switch_inventory import (
        AliyunProxyVSwitchInventory as AliyunProxyVSwitchInventory,
    )
    from .aliyun_proxy_vpc_inventory import AliyunProxyVpcInventory as AliyunProxyVpcInventory
    from .aliyun_router_interface_inventory import (
        AliyunRouterInterfaceInventory as AliyunRouterInterfaceInventory,
    )
    from .aliyun_sms_sns_text_template_inventory import (
        AliyunSmsSNSTextTemplateInventory as AliyunSmsSNSTextTemplateInventory,
    )
    from .aliyun_snapshot_inventory import AliyunSnapshotInventory as AliyunSnapshotInventory
    from .all_volume import AllVolume as AllVolume
    from .allocate_host_resource_result import (
        AllocateHostResourceResult as AllocateHostResourceResult,
    )
    from .app_build_system_inventory import AppBuildSystemInventory as AppBuildSystemInventory
    from .app_build_system_zone_ref_inventory import (
        AppBuildSystemZoneRefInventory as AppBuildSystemZoneRefInventory,
    )
    from .appliance_vm_inventory import ApplianceVmInventory as ApplianceVmInventory
    from .apply_drs_advice_result import ApplyDRSAdviceResult as ApplyDRSAdviceResult
    from .apply_monitor_template_to_monitor_group_result import (
        ApplyMonitorTemplateToMonitorGroupResult as ApplyMonitorTemplateToMonitorGroupResult,
    )
    from .apply_rule_set_changes_result import (
        ApplyRuleSetChangesResult as ApplyRuleSetChangesResult,
    )
    from .apply_template_config_result import ApplyTemplateConfigResult as ApplyTemplateConfigResult
    from .attach_aliyun_disk_to_ecs_result import (
        AttachAliyunDiskToEcsResult as AttachAliyunDiskToEcsResult,
    )
    from .attach_aliyun_key_result import AttachAliyunKeyResult as AttachAliyunKeyResult
    from .attach_app_build_system_to_zone_result import (
        AttachAppBuildSystemToZoneResult as AttachAppBuildSystemToZoneResult,
    )
    from .attach_auto_scaling_template_to_group_result import (
        AttachAutoScalingTemplateToGroupResult as AttachAutoScalingTemplateToGroupResult,
    )
    from .attach_backup_storage_to_zone_result import (
        AttachBackupStorageToZoneResult as AttachBackupStorageToZoneResult,
    )
    from .attach_bare_metal2_gateway_to_cluster_result import (
        AttachBareMetal2GatewayToClusterResult as AttachBareMetal2GatewayToClusterResult,
    )
    from .attach_bare_metal2_provision_network_to_cluster_result import (
        AttachBareMetal2ProvisionNetworkToClusterResult as AttachBareMetal2ProvisionNetworkToClusterResult,
    )
    from .attach_baremetal_pxe_server_to_cluster_result import (
        AttachBaremetalPxeServerToClusterResult as AttachBaremetalPxeServerToClusterResult,
    )
    from .attach_ccs_certificate_to_user_result import (
        AttachCCSCertificateToUserResult as AttachCCSCertificateToUserResult,
    )
    from .attach_data_volume_to_host_result import (
        AttachDataVolumeToHostResult as AttachDataVolumeToHostResult,
    )
    from .attach_data_volume_to_vm_result import (
        AttachDataVolumeToVmResult as AttachDataVolumeToVmResult,
    )
    from .attach_eip_result import AttachEipResult as AttachEipResult
    from .attach_firewall_rule_set_to_l3_result import (
        AttachFirewallRuleSetToL3Result as AttachFirewallRuleSetToL3Result,
    )
    from .attach_guest_tools_iso_to_vm_result import (
        AttachGuestToolsIsoToVmResult as AttachGuestToolsIsoToVmResult,
    )
    from .attach_hybrid_eip_to_ecs_result import (
        AttachHybridEipToEcsResult as AttachHybridEipToEcsResult,
    )
    from .attach_hybrid_key_result import AttachHybridKeyResult as AttachHybridKeyResult
    from .attach_iam2_project_to_iam2_organization_result import (
        AttachIAM2ProjectToIAM2OrganizationResult as AttachIAM2ProjectToIAM2OrganizationResult,
    )
    from .attach_iscsi_server_to_cluster_result import (
        AttachIscsiServerToClusterResult as AttachIscsiServerToClusterResult,
    )
    from .attach_iso_to_vm_instance_result import (
        AttachIsoToVmInstanceResult as AttachIsoToVmInstanceResult,
    )
    from .attach_l2_network_to_cluster_result import (
        AttachL2NetworkToClusterResult as AttachL2NetworkToClusterResult,
    )
    from .attach_l3_network_to_vm_nic_result import (
        AttachL3NetworkToVmNicResult as AttachL3NetworkToVmNicResult,
    )
    from .attach_l3_network_to_vm_result import (
        AttachL3NetworkToVmResult as AttachL3NetworkToVmResult,
    )
    from .attach_l3_networks_to_ipsec_connection_result import (
        AttachL3NetworksToIPsecConnectionResult as AttachL3NetworksToIPsecConnectionResult,
    )
    from .attach_mdev_device_to_vm_result import (
        AttachMdevDeviceToVmResult as AttachMdevDeviceToVmResult,
    )
    from .attach_monitor_trigger_action_to_trigger_result import (
        AttachMonitorTriggerActionToTriggerResult as AttachMonitorTriggerActionToTriggerResult,
    )
    from .attach_network_service_to_l3_network_result import (
        AttachNetworkServiceToL3NetworkResult as AttachNetworkServiceToL3NetworkResult,
    )
    from .attach_nfv_inst_to_group_result import (
        AttachNfvInstToGroupResult as AttachNfvInstToGroupResult,
    )
    from .attach_nic_to_bonding_result import AttachNicToBondingResult as AttachNicToBondingResult
    from .attach_nvme_server_to_cluster_result import (
        AttachNvmeServerToClusterResult as AttachNvmeServerToClusterResult,
    )
    from .attach_oss_bucket_to_ecs_data_center_result import (
        AttachOssBucketToEcsDataCenterResult as AttachOssBucketToEcsDataCenterResult,
    )
    from .attach_pci_device_to_vm_result import (
        AttachPciDeviceToVmResult as AttachPciDeviceToVmResult,
    )
    from .attach_policies_to_user_result import (
        AttachPoliciesToUserResult as AttachPoliciesToUserResult,
    )
    from .attach_policy_route_rule_set_to_l3_result import (
        AttachPolicyRouteRuleSetToL3Result as AttachPolicyRouteRuleSetToL3Result,
    )
    from .attach_policy_to_role_result import AttachPolicyToRoleResult as AttachPolicyToRoleResult
    from .attach_policy_to_user_group_result import (
        AttachPolicyToUserGroupResult as AttachPolicyToUserGroupResult,
    )
    from .attach_policy_to_user_result import AttachPolicyToUserResult as AttachPolicyToUserResult
    from .attach_port_forwarding_rule_result import (
        AttachPortForwardingRuleResult as AttachPortForwardingRuleResult,
    )
    from .attach_price_table_to_account_result import (
        AttachPriceTableToAccountResult as AttachPriceTableToAccountResult,
    )
    from .attach_primary_storage_to_cluster_result import (
        AttachPrimaryStorageToClusterResult as AttachPrimaryStorageToClusterResult,
    )
    from .attach_provision_nic_to_bonding_result import (
        AttachProvisionNicToBondingResult as AttachProvisionNicToBondingResult,
    )
    from .attach_role_to_account_result import (
        AttachRoleToAccountResult as AttachRoleToAccountResult,
    )
    from .attach_scsi_lun_to_vm_instance_result import (
        AttachScsiLunToVmInstanceResult as AttachScsiLunToVmInstanceResult,
    )
    from .attach_security_group_to_l3_network_result import (
        AttachSecurityGroupToL3NetworkResult as AttachSecurityGroupToL3NetworkResult,
    )
    from .attach_service_to_observability_server_result import (
        AttachServiceToObservabilityServerResult as AttachServiceToObservabilityServerResult,
    )
    from .attach_ssh_key_pair_to_vm_instance_result import (
        AttachSshKeyPairToVmInstanceResult as AttachSshKeyPairToVmInstanceResult,
    )
    from .attach_tag_result import AttachTagResult as AttachTagResult
    from .attach_tag_to_resources_result import (
        AttachTagToResourcesResult as AttachTagToResourcesResult,
    )
    from .attach_usb_device_to_vm_result import (
        AttachUsbDeviceToVmResult as AttachUsbDeviceToVmResult,
    )
    from .attach_user_defined_xml_hook_script_to_vm_result import (
        AttachUserDefinedXmlHookScriptToVmResult as AttachUserDefinedXmlHookScriptToVmResult,
    )
    from .attach_v_router_route_table_to_v_router_result import (
        AttachVRouterRouteTableToVRouterResult as AttachVRouterRouteTableToVRouterResult,
    )
    from .attach_vip_to_load_balancer_result import (
        AttachVipToLoadBalancerResult as AttachVipToLoadBalancerResult,
    )
    from .attach_vip_to_vpc_shared_qos_result import (
        AttachVipToVpcSharedQosResult as AttachVipToVpcSharedQosResult,
    )
    from .attach_vm_nic_to_vm_result import AttachVmNicToVmResult as AttachVmNicToVmResult
    from .attached_vni_range import AttachedVniRange as AttachedVniRange
    from .attached_vtep_ref import AttachedVtepRef as AttachedVtepRef
    from .attached_vxlan_network_ref import AttachedVxlanNetworkRef as AttachedVxlanNetworkRef
    from .auto_scaling_group_activity_inventory import (
        AutoScalingGroupActivityInventory as AutoScalingGroupActivityInventory,
    )
    from .auto_scaling_group_instance_inventory import (
        AutoScalingGroupInstanceInventory as AutoScalingGroupInstanceInventory,
    )
    from .auto_scaling_group_inventory import AutoScalingGroupInventory as AutoScalingGroupInventory
    from .auto_scaling_rule_inventory import AutoScalingRuleInventory as AutoScalingRuleInventory
    from .auto_scaling_rule_trigger_inventory import (
        AutoScalingRuleTriggerInventory as AutoScalingRuleTriggerInventory,
    )
    from .auto_scaling_template_inventory import (
        AutoScalingTemplateInventory as AutoScalingTemplateInventory,
    )
    from .auto_scaling_vm_template_inventory import (
        AutoScalingVmTemplateInventory as AutoScalingVmTemplateInventory,
    )
    from .backup_database_to_public_cloud_result import (
        BackupDatabaseToPublicCloudResult as BackupDatabaseToPublicCloudResult,
    )
    from .backup_storage_inventory import BackupStorageInventory as BackupStorageInventory
    from .backup_storage_migrate_image_result import (
        BackupStorageMigrateImageResult as BackupStorageMigrateImageResult,
    )
    from .bare_metal2_bonding_inventory import (
        BareMetal2BondingInventory as BareMetal2BondingInventory,
    )
    from .bare_metal2_chassis_disk_inventory import (
        BareMetal2ChassisDiskInventory as BareMetal2ChassisDiskInventory,
    )
    from .bare_metal2_chassis_gpu_device_inventory import (
        BareMetal2ChassisGpuDeviceInventory as BareMetal2ChassisGpuDeviceInventory,
    )
    from .bare_metal2_chassis_inventory import (
        BareMetal2ChassisInventory as BareMetal2ChassisInventory,
    )
    from .bare_metal2_chassis_nic_inventory import (
        BareMetal2ChassisNicInventory as BareMetal2ChassisNicInventory,
    )
    from .bare_metal2_chassis_offering_inventory import (
        BareMetal2ChassisOfferingInventory as BareMetal2ChassisOfferingInventory,
    )
    from .bare_metal2_chassis_pci_device_inventory import (
        BareMetal2ChassisPciDeviceInventory as BareMetal2ChassisPciDeviceInventory,
    )
    from .bare_metal2_gateway_inventory import (
        BareMetal2GatewayInventory as BareMetal2GatewayInventory,
    )
    from .bare_metal2_gateway_provision_nic_inventory import (
        BareMetal2GatewayProvisionNicInventory as BareMetal2GatewayProvisionNicInventory,
    )
    from .bare_metal2_instance_inventory import (
        BareMetal2InstanceInventory as BareMetal2InstanceInventory,
    )
    from .bare_metal2_instance_provision_nic_inventory import (
        BareMetal2InstanceProvisionNicInventory as BareMetal2InstanceProvisionNicInventory,
    )
    from .bare_metal2_provision_network_inventory import (
        BareMetal2ProvisionNetworkInventory as BareMetal2ProvisionNetworkInventory,
    )
    from .bare_metal2_provision_network_ip_capacity import (
        BareMetal2ProvisionNetworkIpCapacity as BareMetal2ProvisionNetworkIpCapacity,
    )
    from .baremetal_bonding_inventory import BaremetalBondingInventory as BaremetalBondingInventory
    from .baremetal_chassis_inventory import BaremetalChassisInventory as BaremetalChassisInventory
    from .baremetal_instance_inventory import (
        BaremetalInstanceInventory as BaremetalInstanceInventory,
    )
    from .baremetal_nic_inventory import BaremetalNicInventory as BaremetalNicInventory
    from .baremetal_pxe_server_inventory import (
        BaremetalPxeServerInventory as BaremetalPxeServerInventory,
    )
    from .batch_add_bare_metal2_ipmi_chassis_result import (
        BatchAddBareMetal2IpmiChassisResult as BatchAddBareMetal2IpmiChassisResult,
    )
    from .batch_create_baremetal_chassis_result import (
        BatchCreateBaremetalChassisResult as BatchCreateBaremetalChassisResult,
    )
    from .batch_create_iam2_virtual_id_from_config_file_result import (
        BatchCreateIAM2VirtualIDFromConfigFileResult as BatchCreateIAM2VirtualIDFromConfigFileResult,
    )
    from .batch_delete_volume_snapshot_result import (
        BatchDeleteVolumeSnapshotResult as BatchDeleteVolumeSnapshotResult,
    )
    from .batch_delete_volume_snapshot_struct import (
        BatchDeleteVolumeSnapshotStruct as BatchDeleteVolumeSnapshotStruct,
    )
    from .batch_query_result import BatchQueryResult as BatchQueryResult
    from .batch_sync_volume_size_result import (
        BatchSyncVolumeSizeResult as BatchSyncVolumeSizeResult,
    )
    from .billing_inventory import BillingInventory as BillingInventory
    from .block_primary_storage_inventory import (
        BlockPrimaryStorageInventory as BlockPrimaryStorageInventory,
    )
    from .block_volume_inventory import BlockVolumeInventory as BlockVolumeInventory
    from .bootstrap_mini_host_result import BootstrapMiniHostResult as BootstrapMiniHostResult
    from .build_app_export_history_inventory import (
        BuildAppExportHistoryInventory as BuildAppExportHistoryInventory,
    )
    from .build_application_inventory import BuildApplicationInventory as BuildApplicationInventory
    from .calculate_account_billing_spending_result import (
        CalculateAccountBillingSpendingResult as CalculateAccountBillingSpendingResult,
    )
    from .calculate_account_spending_result import (
        CalculateAccountSpendingResult as CalculateAccountSpendingResult,
    )
    from .calculate_image_hash_result import CalculateImageHashResult as CalculateImageHashResult
    from .calculate_resource_spending_result import (
        CalculateResourceSpendingResult as CalculateResourceSpendingResult,
    )
    from .cancel_long_job_result import CancelLongJobResult as CancelLongJobResult
    from .cas_client_inventory import CasClientInventory as CasClientInventory
    from .cbt_task_inventory import CbtTaskInventory as CbtTaskInventory
    from .ccs_certificate_inventory import CCSCertificateInventory as CCSCertificateInventory
    from .cdp_policy_inventory import CdpPolicyInventory as CdpPolicyInventory
    from .cdp_task_inventory import CdpTaskInventory as CdpTaskInventory
    from .cdp_task_resource_ref_inventory import (
        CdpTaskResourceRefInventory as CdpTaskResourceRefInventory,
    )
    from .ceph_backup_storage_inventory import (
        CephBackupStorageInventory as CephBackupStorageInventory,
    )
    from .ceph_backup_storage_mon_inventory import (
        CephBackupStorageMonInventory as CephBackupStorageMonInventory,
    )
    from .ceph_osd_group_inventory import CephOsdGroupInventory as CephOsdGroupInventory
    from .ceph_primary_storage_inventory import (
        CephPrimaryStorageInventory as CephPrimaryStorageInventory,
    )
    from .ceph_primary_storage_mon_inventory import (
        CephPrimaryStorageMonInventory as CephPrimaryStorageMonInventory,
    )
    from .ceph_primary_storage_pool_inventory import (
        CephPrimaryStoragePoolInventory as CephPrimaryStoragePoolInventory,
    )
    from .certificate_inventory import CertificateInventory as CertificateInventory
    from .chain_info import ChainInfo as ChainInfo
    from .change_access_control_list_redirect_rule_result import (
        ChangeAccessControlListRedirectRuleResult as ChangeAccessControlListRedirectRuleResult,
    )
    from .change_access_control_list_server_group_result import (
        ChangeAccessControlListServerGroupResult as ChangeAccessControlListServerGroupResult,
    )
    from .change_access_key_state_result import (
        ChangeAccessKeyStateResult as ChangeAccessKeyStateResult,
    )
    from .change_account_price_table_binding_result import (
        ChangeAccountPriceTableBindingResult as ChangeAccountPriceTableBindingResult,
    )
    from .change_active_alarm_state_result import (
        ChangeActiveAlarmStateResult as ChangeActiveAlarmStateResult,
    )
    from .change_affinity_group_state_result import (
        ChangeAffinityGroupStateResult as ChangeAffinityGroupStateResult,
    )
    from .change_alarm_state_result import ChangeAlarmStateResult as ChangeAlarmStateResult
    from .change_app_build_system_state_result import (
        ChangeAppBuildSystemStateResult as ChangeAppBuildSystemStateResult,
    )
    from .change_auto_scaling_group_state_result import (
        ChangeAutoScalingGroupStateResult as ChangeAutoScalingGroupStateResult,
    )
    from .change_backup_storage_state_result import (
        ChangeBackupStorageStateResult as ChangeBackupStorageStateResult,
    )
    from .change_bare_metal2_chassis_offering_state_result import (
        ChangeBareMetal2ChassisOfferingStateResult as ChangeBareMetal2ChassisOfferingStateResult,
    )
    from .change_bare_metal2_chassis_state_result import (
        ChangeBareMetal2ChassisStateResult as ChangeBareMetal2ChassisStateResult,
    )
    from .change_bare_metal2_gateway_cluster_result import (
        ChangeBareMetal2GatewayClusterResult as ChangeBareMetal2GatewayClusterResult,
    )
    from .change_bare_metal2_gateway_state_result import (
        ChangeBareMetal2GatewayStateResult as ChangeBareMetal2GatewayStateResult,
    )
    from .change_bare_metal2_instance_password_result import (
        ChangeBareMetal2InstancePasswordResult as ChangeBareMetal2InstancePasswordResult,
    )
    from .change_bare_metal2_provision_network_state_result import (
        ChangeBareMetal2ProvisionNetworkStateResult as ChangeBareMetal2ProvisionNetworkStateResult,
    )
    from .change_baremetal_chassis_state_result import (
        ChangeBaremetalChassisStateResult as ChangeBaremetalChassisStateResult,
    )
    from .change_cluster_state_result import ChangeClusterStateResult as ChangeClusterStateResult
    from .change_disk_offering_state_result import (
        ChangeDiskOfferingStateResult as ChangeDiskOfferingStateResult,
    )
    from .change_eip_state_result import ChangeEipStateResult as ChangeEipStateResult
    from .change_event_subscription_state_result import (
        ChangeEventSubscriptionStateResult as ChangeEventSubscriptionStateResult,
    )
    from .change_firewall_rule_state_result import (
        ChangeFirewallRuleStateResult as ChangeFirewallRuleStateResult,
    )
    from .change_host_network_interface_lldp_mode_result import (
        ChangeHostNetworkInterfaceLldpModeResult as ChangeHostNetworkInterfaceLldpModeResult,
    )
    from .change_host_password_result import ChangeHostPasswordResult as ChangeHostPasswordResult
    from .change_host_state_result import ChangeHostStateResult as ChangeHostStateResult
    from .change_iam2_organization_parent_result import (
        ChangeIAM2OrganizationParentResult as ChangeIAM2OrganizationParentResult,
    )
    from .change_iam2_organization_state_result import (
        ChangeIAM2OrganizationStateResult as ChangeIAM2OrganizationStateResult,
    )
    from .change_iam2_project_state_result import (
        ChangeIAM2ProjectStateResult as ChangeIAM2ProjectStateResult,
    )
    from .change_iam2_virtual_id_group_state_result import (
        ChangeIAM2VirtualIDGroupStateResult as ChangeIAM2VirtualIDGroupStateResult,
    )
    from .change_iam2_virtual_id_state_result import (
        ChangeIAM2VirtualIDStateResult as ChangeIAM2VirtualIDStateResult,
    )
    from .change_iam2_virtual_id_type_result import (
        ChangeIAM2VirtualIDTypeResult as ChangeIAM2VirtualIDTypeResult,
    )
    from .change_image_state_result import ChangeImageStateResult as ChangeImageStateResult
    from .change_instance_offering_result import (
        ChangeInstanceOfferingResult as ChangeInstanceOfferingResult,
    )
    from .change_instance_offering_state_result import (
        ChangeInstanceOfferingStateResult as ChangeInstanceOfferingStateResult,
    )
    from .change_ip_sec_connection_state_result import (
        ChangeIPSecConnectionStateResult as ChangeIPSecConnectionStateResult,
    )
    from .change_ipsec_connection_result import (
        ChangeIPsecConnectionResult as ChangeIPsecConnectionResult,
    )
    from .change_l2_network_vlan_id_result import (
        ChangeL2NetworkVlanIdResult as ChangeL2NetworkVlanIdResult,
    )
    from .change_l3_network_dhcp_ip_address_result import (
        ChangeL3NetworkDhcpIpAddressResult as ChangeL3NetworkDhcpIpAddressResult,
    )
    from .change_l3_network_state_result import (
        ChangeL3NetworkStateResult as ChangeL3NetworkStateResult,
    )
    from .change_load_balancer_backend_server_result import (
        ChangeLoadBalancerBackendServerResult as ChangeLoadBalancerBackendServerResult,
    )
    from .change_load_balancer_listener_result import (
        ChangeLoadBalancerListenerResult as ChangeLoadBalancerListenerResult,
    )
    from .change_media_state_result import ChangeMediaStateResult as ChangeMediaStateResult
    from .change_monitor_trigger_action_state_result import (
        ChangeMonitorTriggerActionStateResult as ChangeMonitorTriggerActionStateResult,
    )
    from .change_monitor_trigger_state_result import (
        ChangeMonitorTriggerStateResult as ChangeMonitorTriggerStateResult,
    )
    from .change_multicast_router_state_result import (
        ChangeMulticastRouterStateResult as ChangeMulticastRouterStateResult,
    )
    from .change_nfv_inst_group_operation_mode_result import (
        ChangeNfvInstGroupOperationModeResult as ChangeNfvInstGroupOperationModeResult,
    )
    from .change_port_forwarding_rule_state_result import (
        ChangePortForwardingRuleStateResult as ChangePortForwardingRuleStateResult,
    )
    from .change_port_mirror_state_result import (
        ChangePortMirrorStateResult as ChangePortMirrorStateResult,
    )
    from .change_preconfiguration_template_state_result import (
        ChangePreconfigurationTemplateStateResult as ChangePreconfigurationTemplateStateResult,
    )
    from .change_primary_storage_state_result import (
        ChangePrimaryStorageStateResult as ChangePrimaryStorageStateResult,
    )
    from .change_resource_owner_result import ChangeResourceOwnerResult as ChangeResourceOwnerResult
    from .change_role_state_result import ChangeRoleStateResult as ChangeRoleStateResult
    from .change_scheduler_state_result import (
        ChangeSchedulerStateResult as ChangeSchedulerStateResult,
    )
    from .change_sdn_controller_result import ChangeSdnControllerResult as ChangeSdnControllerResult
    from .change_secret_resource_pool_state_result import (
        ChangeSecretResourcePoolStateResult as ChangeSecretResourcePoolStateResult,
    )
    from .change_security_group_rule_result import (
        ChangeSecurityGroupRuleResult as ChangeSecurityGroupRuleResult,
    )
    from .change_security_group_rule_state_result import (
        ChangeSecurityGroupRuleStateResult as ChangeSecurityGroupRuleStateResult,
    )
    from .change_security_group_state_result import (
        ChangeSecurityGroupStateResult as ChangeSecurityGroupStateResult,
    )
    from .change_security_machine_state_result import (
        ChangeSecurityMachineStateResult as ChangeSecurityMachineStateResult,
    )
    from .change_slb_group_deploy_type_result import (
        ChangeSlbGroupDeployTypeResult as ChangeSlbGroupDeployTypeResult,
    )
    from .change_slb_group_monitor_ips_result import (
        ChangeSlbGroupMonitorIpsResult as ChangeSlbGroupMonitorIpsResult,
    )
    from .change_sns_application_endpoint_state_result import (
        ChangeSNSApplicationEndpointStateResult as ChangeSNSApplicationEndpointStateResult,
    )
    from .change_sns_application_platform_state_result import (
        ChangeSNSApplicationPlatformStateResult as ChangeSNSApplicationPlatformStateResult,
    )
    from .change_sns_topic_state_result import (
        ChangeSNSTopicStateResult as ChangeSNSTopicStateResult,
    )
    from .change_ticket_flow_collection_state_result import (
        ChangeTicketFlowCollectionStateResult as ChangeTicketFlowCollectionStateResult,
    )
    from .change_ticket_status_result import ChangeTicketStatusResult as ChangeTicketStatusResult
    from .change_v2_v_conversion_host_state_result import (
        ChangeV2VConversionHostStateResult as ChangeV2VConversionHostStateResult,
    )
    from .change_vf_nic_ha_state_result import ChangeVfNicHaStateResult as ChangeVfNicHaStateResult
    from .change_vip_state_result import ChangeVipStateResult as ChangeVipStateResult
    from .change_vm_image_result import ChangeVmImageResult as ChangeVmImageResult
    from .change_vm_nic_network_result import ChangeVmNicNetworkResult as ChangeVmNicNetworkResult
    from .change_vm_nic_security_policy_result import (
        ChangeVmNicSecurityPolicyResult as ChangeVmNicSecurityPolicyResult,
    )
    from .change_vm_nic_state_result import ChangeVmNicStateResult as ChangeVmNicStateResult
    from .change_vm_nic_type_result import ChangeVmNicTypeResult as ChangeVmNicTypeResult
    from .change_vm_password_result import ChangeVmPasswordResult as ChangeVmPasswordResult
    from .change_vm_scheduling_rule_state_result import (
        ChangeVmSchedulingRuleStateResult as ChangeVmSchedulingRuleStateResult,
    )
    from .change_volume_state_result import ChangeVolumeStateResult as ChangeVolumeStateResult
    from .change_vpc_ha_group_monitor_ips_result import (
        ChangeVpcHaGroupMonitorIpsResult as ChangeVpcHaGroupMonitorIpsResult,
    )
    from .change_vpc_shared_qos_bandwidth_result import (
        ChangeVpcSharedQosBandwidthResult as ChangeVpcSharedQosBandwidthResult,
    )
    from .change_zone_state_result import ChangeZoneStateResult as ChangeZoneStateResult
    from .check_api_permission_result import CheckApiPermissionResult as CheckApiPermissionResult
    from .check_bare_metal2_ipmi_chassis_config_file_result import (
        CheckBareMetal2IpmiChassisConfigFileResult as CheckBareMetal2IpmiChassisConfigFileResult,
    )
    from .check_baremetal_chassis_config_file_result import (
        CheckBaremetalChassisConfigFileResult as CheckBaremetalChassisConfigFileResult,
    )
    from .check_batch_data_integrity_result import (
        CheckBatchDataIntegrityResult as CheckBatchDataIntegrityResult,
    )
    from .check_build_app_parameters_result import (
        CheckBuildAppParametersResult as CheckBuildAppParametersResult,
    )
    from .check_elaboration_content_result import (
        CheckElaborationContentResult as CheckElaborationContentResult,
    )
    from .check_firewall_rule_config_file_result import (
        CheckFirewallRuleConfigFileResult as CheckFirewallRuleConfigFileResult,
    )
    from .check_iam2_organization_availability_result import (
        CheckIAM2OrganizationAvailabilityResult as CheckIAM2OrganizationAvailabilityResult,
    )
    from .check_iam2_virtual_id_config_file_result import (
        CheckIAM2VirtualIDConfigFileResult as CheckIAM2VirtualIDConfigFileResult,
    )
    from .check_ip_availability_result import CheckIpAvailabilityResult as CheckIpAvailabilityResult
    from .check_kvm_host_config_file_result import (
        CheckKVMHostConfigFileResult as CheckKVMHostConfigFileResult,
    )
    from .check_network_reachable_result import (
        CheckNetworkReachableResult as CheckNetworkReachableResult,
    )
    from .check_resource_permission_result import (
        CheckResourcePermissionResult as CheckResourcePermissionResult,
    )
    from .check_scsi_lun_cluster_status_result import (
        CheckScsiLunClusterStatusResult as CheckScsiLunClusterStatusResult,
    )
    from .check_stack_template_parameters_result import (
        CheckStackTemplateParametersResult as CheckStackTemplateParametersResult,
    )
    from .check_static_provision_ip_result import (
        CheckStaticProvisionIpResult as CheckStaticProvisionIpResult,
    )
    from .check_vip_port_availability_result import (
        CheckVipPortAvailabilityResult as CheckVipPortAvailabilityResult,
    )
    from .check_volume_snapshot_group_availability_result import (
        CheckVolumeSnapshotGroupAvailabilityResult as CheckVolumeSnapshotGroupAvailabilityResult,
    )
    from .chrony_server_info import ChronyServerInfo as ChronyServerInfo
    from .chrony_server_info_pair import ChronyServerInfoPair as ChronyServerInfoPair
    from .clean_invalid_ldap_binding_result import (
        CleanInvalidLdapBindingResult as CleanInvalidLdapBindingResult,
    )
    from .clean_invalid_ldap_iam2_binding_result import (
        CleanInvalidLdapIAM2BindingResult as CleanInvalidLdapIAM2BindingResult,
    )
    from .clean_long_job_result import CleanLongJobResult as CleanLongJobResult
    from .clean_queue_result import CleanQueueResult as CleanQueueResult
    from .clean_trash_result import CleanTrashResult as CleanTrashResult
    from .clean_up_bare_metal2_bonding_result import (
        CleanUpBareMetal2BondingResult as CleanUpBareMetal2BondingResult,
    )
    from .clean_up_baremetal_chassis_bonding_result import (
        CleanUpBaremetalChassisBondingResult as CleanUpBaremetalChassisBondingResult,
    )
    from .clean_up_image_cache_on_primary_storage_result import (
        CleanUpImageCacheOnPrimaryStorageResult as CleanUpImageCacheOnPrimaryStorageResult,
    )
    from .clean_up_storage_trash_on_primary_storage_result import (
        CleanUpStorageTrashOnPrimaryStorageResult as CleanUpStorageTrashOnPrimaryStorageResult,
    )
    from .clean_up_trash_on_backup_storage_result import (
        CleanUpTrashOnBackupStorageResult as CleanUpTrashOnBackupStorageResult,
    )
    from .clean_up_trash_on_primary_storage_result import (
        CleanUpTrashOnPrimaryStorageResult as CleanUpTrashOnPrimaryStorageResult,
    )
    from .clean_v2_v_conversion_cache_result import (
        CleanV2VConversionCacheResult as CleanV2VConversionCacheResult,
    )
    from .cleanup_billing_usage_result import CleanupBillingUsageResult as CleanupBillingUsageResult
    from .clone_monitor_template_result import (
        CloneMonitorTemplateResult as CloneMonitorTemplateResult,
    )
    from .clone_vm_instance_inventory import CloneVmInstanceInventory as CloneVmInstanceInventory
    from .clone_vm_instance_result import CloneVmInstanceResult as CloneVmInstanceResult
    from .clone_vm_instance_results import CloneVmInstanceResults as CloneVmInstanceResults
    from .cloud_formation_stack_event_inventory import (
        CloudFormationStackEventInventory as CloudFormationStackEventInventory,
    )
    from .cluster_drs_inventory import ClusterDRSInventory as ClusterDRSInventory
    from .cluster_inventory import ClusterInventory as ClusterInventory
    from .config_task import ConfigTask as ConfigTask
    from .connection_access_point_inventory import (
        ConnectionAccessPointInventory as ConnectionAccessPointInventory,
    )
    from .connection_relation_ship_inventory import (
        ConnectionRelationShipInventory as ConnectionRelationShipInventory,
    )
    from .console_inventory import ConsoleInventory as ConsoleInventory
    from .console_proxy_agent_inventory import (
        ConsoleProxyAgentInventory as ConsoleProxyAgentInventory,
    )
    from .convert_vm_from_foreign_hypervisor_result import (
        ConvertVmFromForeignHypervisorResult as ConvertVmFromForeignHypervisorResult,
    )
    from .cpu_memory_capacity_data import CpuMemoryCapacityData as CpuMemoryCapacityData
    from .create_access_control_list_result import (
        CreateAccessControlListResult as CreateAccessControlListResult,
    )
    from .create_access_key_result import CreateAccessKeyResult as CreateAccessKeyResult
    from .create_account_result import CreateAccountResult as CreateAccountResult
    from .create_affinity_group_result import CreateAffinityGroupResult as CreateAffinityGroupResult
    from .create_ai_si_no_secret_resource_pool_result import (
        CreateAiSiNoSecretResourcePoolResult as CreateAiSiNoSecretResourcePoolResult,
    )
    from .create_alarm_result import CreateAlarmResult as CreateAlarmResult
    from .create_aliyun_disk_from_remote_result import (
        CreateAliyunDiskFromRemoteResult as CreateAliyunDiskFromRemoteResult,
    )
    from .create_aliyun_nas_access_group_result import (
        CreateAliyunNasAccessGroupResult as CreateAliyunNasAccessGroupResult,
    )
    from .create_aliyun_nas_access_group_rule_result import (
        CreateAliyunNasAccessGroupRuleResult as CreateAliyunNasAccessGroupRuleResult,
    )
    from .create_aliyun_nas_file_system_result import (
        CreateAliyunNasFileSystemResult as CreateAliyunNasFileSystemResult,
    )
    from .create_aliyun_nas_mount_target_result import (
        CreateAliyunNasMountTargetResult as CreateAliyunNasMountTargetResult,
    )
    from .create_aliyun_proxy_v_switch_result import (
        CreateAliyunProxyVSwitchResult as CreateAliyunProxyVSwitchResult,
    )
    from .create_aliyun_proxy_vpc_result import (
        CreateAliyunProxyVpcResult as CreateAliyunProxyVpcResult,
    )
    from .create_aliyun_router_interface_remote_result import (
        CreateAliyunRouterInterfaceRemoteResult as CreateAliyunRouterInterfaceRemoteResult,
    )
    from .create_aliyun_sms_sns_text_template_result import (
        CreateAliyunSmsSNSTextTemplateResult as CreateAliyunSmsSNSTextTemplateResult,
    )
    from .create_aliyun_snapshot_remote_result import (
        CreateAliyunSnapshotRemoteResult as CreateAliyunSnapshotRemoteResult,
    )
    from .create_aliyun_vpc_virtual_router_entry_remote_result import (
        CreateAliyunVpcVirtualRouterEntryRemoteResult as CreateAliyunVpcVirtualRouterEntryRemoteResult,
    )
    from .create_auto_scaling_group_adding_new_instance_rule_result import (
        CreateAutoScalingGroupAddingNewInstanceRuleResult as CreateAutoScalingGroupAddingNewInstanceRuleResult,
    )
    from .create_auto_scaling_group_removal_instance_rule_result import (
        CreateAutoScalingGroupRemovalInstanceRuleResult as CreateAutoScalingGroupRemovalInstanceRuleResult,
    )
    from .create_auto_scaling_group_result import (
        CreateAutoScalingGroupResult as CreateAutoScalingGroupResult,
    )
    from .create_auto_scaling_rule_alarm_trigger_result import (
        CreateAutoScalingRuleAlarmTriggerResult as CreateAutoScalingRuleAlarmTriggerResult,
    )
    from .create_auto_scaling_rule_scheduler_job_trigger_result import (
        CreateAutoScalingRuleSchedulerJobTriggerResult as CreateAutoScalingRuleSchedulerJobTriggerResult,
    )
    from .create_auto_scaling_vm_template_result import (
        CreateAutoScalingVmTemplateResult as CreateAutoScalingVmTemplateResult,
    )
    from .create_bare_metal2_bonding_result import (
        CreateBareMetal2BondingResult as CreateBareMetal2BondingResult,
    )
    from .create_bare_metal2_instance_from_vm_backup_result import (
        CreateBareMetal2InstanceFromVmBackupResult as CreateBareMetal2InstanceFromVmBackupResult,
    )
    from .create_bare_metal2_instance_from_volume_backup_result import (
        CreateBareMetal2InstanceFromVolumeBackupResult as CreateBareMetal2InstanceFromVolumeBackupResult,
    )
    from .create_bare_metal2_instance_result import (
        CreateBareMetal2InstanceResult as CreateBareMetal2InstanceResult,
    )
    from .create_bare_metal2_ipmi_chassis_hardware_info_result import (
        CreateBareMetal2IpmiChassisHardwareInfoResult as CreateBareMetal2IpmiChassisHardwareInfoResult,
    )
    from .create_bare_metal2_provision_network_result import (
        CreateBareMetal2ProvisionNetworkResult as CreateBareMetal2ProvisionNetworkResult,
    )
    from .create_baremetal_bonding_result import (
        CreateBaremetalBondingResult as CreateBaremetalBondingResult,
    )
    from .create_baremetal_chassis_result import (
        CreateBaremetalChassisResult as CreateBaremetalChassisResult,
    )
    from .create_baremetal_instance_result import (
        CreateBaremetalInstanceResult as CreateBaremetalInstanceResult,
    )
    from .create_baremetal_pxe_server_result import (
        CreateBaremetalPxeServerResult as CreateBaremetalPxeServerResult,
    )
    from .create_block_volume_result import CreateBlockVolumeResult as CreateBlockVolumeResult
    from .create_bonding_result import CreateBondingResult as CreateBondingResult
    from .create_build_app_result import CreateBuildAppResult as CreateBuildAppResult
    from .create_cas_client_result import CreateCasClientResult as CreateCasClientResult
    from .create_cbt_task_result import CreateCbtTaskResult as CreateCbtTaskResult
    from .create_cdp_policy_result import CreateCdpPolicyResult as CreateCdpPolicyResult
    from .create_cdp_task_result import CreateCdpTaskResult as CreateCdpTaskResult
    from .create_certificate_result import CreateCertificateResult as CreateCertificateResult
    from .create_cluster_drs_result import CreateClusterDRSResult as CreateClusterDRSResult
    from .create_cluster_result import CreateClusterResult as CreateClusterResult
    from .create_connection_between_l3_network_and_aliyun_v_switch_result import (
        CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult as CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult,
    )
    from .create_csp_secret_resource_pool_result import (
        CreateCSPSecretResourcePoolResult as CreateCSPSecretResourcePoolResult,
    )
    from .create_data_volume_from_volume_backup_result import (
        CreateDataVolumeFromVolumeBackupResult as CreateDataVolumeFromVolumeBackupResult,
    )
    from .create_data_volume_from_volume_snapshot_result import (
        CreateDataVolumeFromVolumeSnapshotResult as CreateDataVolumeFromVolumeSnapshotResult,
    )
    from .create_data_volume_from_volume_template_result import (
        CreateDataVolumeFromVolumeTemplateResult as CreateDataVolumeFromVolumeTemplateResult,
    )
    from .create_data_volume_result import CreateDataVolumeResult as CreateDataVolumeResult
    from .create_data_volume_template_from_volume_backup_result import (
        CreateDataVolumeTemplateFromVolumeBackupResult as CreateDataVolumeTemplateFromVolumeBackupResult,
    )
    from .create_data_volume_template_from_volume_result import (
        CreateDataVolumeTemplateFromVolumeResult as CreateDataVolumeTemplateFromVolumeResult,
    )
    from .create_data_volume_template_from_volume_snapshot_failure import (
        CreateDataVolumeTemplateFromVolumeSnapshotFailure as CreateDataVolumeTemplateFromVolumeSnapshotFailure,
    )
    from .create_data_volume_template_from_volume_snapshot_result import (
        CreateDataVolumeTemplateFromVolumeSnapshotResult as CreateDataVolumeTemplateFromVolumeSnapshotResult,
    )
    from .create_database_backup_result import (
        CreateDatabaseBackupResult as CreateDatabaseBackupResult,
    )
    from .create_directory_result import CreateDirectoryResult as CreateDirectoryResult
    from .create_disk_offering_result import CreateDiskOfferingResult as CreateDiskOfferingResult
    from .create_ecs_image_from_ecs_snapshot_result import (
        CreateEcsImageFromEcsSnapshotResult as CreateEcsImageFromEcsSnapshotResult,
    )
    from .create_ecs_image_from_local_image_result import (
        CreateEcsImageFromLocalImageResult as CreateEcsImageFromLocalImageResult,
    )
    from .create_ecs_instance_from_ecs_image_result import (
        CreateEcsInstanceFromEcsImageResult as CreateEcsInstanceFromEcsImageResult,
    )
    from .create_ecs_security_group_remote_result import (
        CreateEcsSecurityGroupRemoteResult as CreateEcsSecurityGroupRemoteResult,
    )
    from .create_ecs_security_group_rule_remote_result import (
        CreateEcsSecurityGroupRuleRemoteResult as CreateEcsSecurityGroupRuleRemoteResult,
    )
    from .create_ecs_v_switch_remote_result import (
        CreateEcsVSwitchRemoteResult as CreateEcsVSwitchRemoteResult,
    )
    from .create_ecs_vpc_remote_result import CreateEcsVpcRemoteResult as CreateEcsVpcRemoteResult
    from .create_eip_result import CreateEipResult as CreateEipResult
    from .create_email_media_result import CreateEmailMediaResult as CreateEmailMediaResult
    from .create_email_monitor_trigger_action_result import (
        CreateEmailMonitorTriggerActionResult as CreateEmailMonitorTriggerActionResult,
    )
    from .create_fault_tolerance_vm_instance_result import (
        CreateFaultToleranceVmInstanceResult as CreateFaultToleranceVmInstanceResult,
    )
    from .create_fi_sec_secret_resource_pool_result import (
        CreateFiSecSecretResourcePoolResult as CreateFiSecSecretResourcePoolResult,
    )
    from .create_firewall_ip_set_template_result import (
        CreateFirewallIpSetTemplateResult as CreateFirewallIpSetTemplateResult,
    )
    from .create_firewall_rule_from_config_file_result import (
        CreateFirewallRuleFromConfigFileResult as CreateFirewallRuleFromConfigFileResult,
    )
    from .create_firewall_rule_result import CreateFirewallRuleResult as CreateFirewallRuleResult
    from .create_firewall_rule_set_result import (
        CreateFirewallRuleSetResult as CreateFirewallRuleSetResult,
    )
    from .create_firewall_rule_template_result import (
        CreateFirewallRuleTemplateResult as CreateFirewallRuleTemplateResult,
    )
    from .create_flk_sec_secret_resource_pool_result import (
        CreateFlkSecSecretResourcePoolResult as CreateFlkSecSecretResourcePoolResult,
    )
    from .create_flow_collector_result import CreateFlowCollectorResult as CreateFlowCollectorResult
    from .create_flow_meter_result import CreateFlowMeterResult as CreateFlowMeterResult
    from .create_guest_vm_script_result import (
        CreateGuestVmScriptResult as CreateGuestVmScriptResult,
    )
    from .create_hai_tai_secret_resource_pool_result import (
        CreateHaiTaiSecretResourcePoolResult as CreateHaiTaiSecretResourcePoolResult,
    )
    from .create_host_network_service_type_result import (
        CreateHostNetworkServiceTypeResult as CreateHostNetworkServiceTypeResult,
    )
    from .create_host_scheduling_rule_group_result import (
        CreateHostSchedulingRuleGroupResult as CreateHostSchedulingRuleGroupResult,
    )
    from .create_huawei_i_master_v_router_result import (
        CreateHuaweiIMasterVRouterResult as CreateHuaweiIMasterVRouterResult,
    )
    from .create_hybrid_eip_result import CreateHybridEipResult as CreateHybridEipResult
    from .create_iam2_organization_result import (
        CreateIAM2OrganizationResult as CreateIAM2OrganizationResult,
    )
    from .create_iam2_project_from_template_result import (
        CreateIAM2ProjectFromTemplateResult as CreateIAM2ProjectFromTemplateResult,
    )
    from .create_iam2_project_result import CreateIAM2ProjectResult as CreateIAM2ProjectResult
    from .create_iam2_project_role_result import (
        CreateIAM2ProjectRoleResult as CreateIAM2ProjectRoleResult,
    )
    from .create_iam2_project_template_from_project_result import (
        CreateIAM2ProjectTemplateFromProjectResult as CreateIAM2ProjectTemplateFromProjectResult,
    )
    from .create_iam2_project_template_result import (
        CreateIAM2ProjectTemplateResult as CreateIAM2ProjectTemplateResult,
    )
    from .create_iam2_tick_flow_collection_result import (
        CreateIAM2TickFlowCollectionResult as CreateIAM2TickFlowCollectionResult,
    )
    from .create_iam2_virtual_id_from_ldap_uid_result import (
        CreateIAM2VirtualIDFromLdapUidResult as CreateIAM2VirtualIDFromLdapUidResult,
    )
    from .create_iam2_virtual_id_group_result import (
        CreateIAM2VirtualIDGroupResult as CreateIAM2VirtualIDGroupResult,
    )
    from .create_iam2_virtual_id_ldap_binding_result import (
        CreateIAM2VirtualIDLdapBindingResult as CreateIAM2VirtualIDLdapBindingResult,
    )
    from .create_iam2_virtual_id_result import (
        CreateIAM2VirtualIDResult as CreateIAM2VirtualIDResult,
    )
    from .create_image_replication_group_result import (
        CreateImageReplicationGroupResult as CreateImageReplicationGroupResult,
    )
    from .create_info_sec_secret_resource_pool_result import (
        CreateInfoSecSecretResourcePoolResult as CreateInfoSecSecretResourcePoolResult,
    )
    from .create_instance_offering_result import (
        CreateInstanceOfferingResult as CreateInstanceOfferingResult,
    )
    from .create_ipsec_connection_result import (
        CreateIPsecConnectionResult as CreateIPsecConnectionResult,
    )
    from .create_jit_secret_resource_pool_result import (
        CreateJitSecretResourcePoolResult as CreateJitSecretResourcePoolResult,
    )
    from .create_l2_hardware_vxlan_network_pool_result import (
        CreateL2HardwareVxlanNetworkPoolResult as CreateL2HardwareVxlanNetworkPoolResult,
    )
    from .create_l2_hardware_vxlan_network_result import (
        CreateL2HardwareVxlanNetworkResult as CreateL2HardwareVxlanNetworkResult,
    )
    from .create_l2_no_vlan_network_result import (
        CreateL2NoVlanNetworkResult as CreateL2NoVlanNetworkResult,
    )
    from .create_l2_port_group_result import CreateL2PortGroupResult as CreateL2PortGroupResult
    from .create_l2_tf_network_result import CreateL2TfNetworkResult as CreateL2TfNetworkResult
    from .create_l2_virtual_switch_result import (
        CreateL2VirtualSwitchResult as CreateL2VirtualSwitchResult,
    )
    from .create_l2_vlan_network_result import (
        CreateL2VlanNetworkResult as CreateL2VlanNetworkResult,
    )
    from .create_l2_vxlan_network_pool_result import (
        CreateL2VxlanNetworkPoolResult as CreateL2VxlanNetworkPoolResult,
    )
    from .create_l2_vxlan_network_result import (
        CreateL2VxlanNetworkResult as CreateL2VxlanNetworkResult,
    )
    from .create_l3_network_result import CreateL3NetworkResult as CreateL3NetworkResult
    from .create_ldap_binding_result import CreateLdapBindingResult as CreateLdapBindingResult
    from .create_load_balancer_listener_result import (
        CreateLoadBalancerListenerResult as CreateLoadBalancerListenerResult,
    )
    from .create_load_balancer_result import CreateLoadBalancerResult as CreateLoadBalancerResult
    from .create_load_balancer_server_group_result import (
        CreateLoadBalancerServerGroupResult as CreateLoadBalancerServerGroupResult,
    )
    from .create_metric_data_http_receiver_result import (
        CreateMetricDataHttpReceiverResult as CreateMetricDataHttpReceiverResult,
    )
    from .create_metric_template_result import (
        CreateMetricTemplateResult as CreateMetricTemplateResult,
    )
    from .create_mini_cluster_result import CreateMiniClusterResult as CreateMiniClusterResult
    from .create_monitor_group_result import CreateMonitorGroupResult as CreateMonitorGroupResult
    from .create_monitor_template_result import (
        CreateMonitorTemplateResult as CreateMonitorTemplateResult,
    )
    from .create_monitor_trigger_result import (
        CreateMonitorTriggerResult as CreateMonitorTriggerResult,
    )
    from .create_multicast_router_result import (
        CreateMulticastRouterResult as CreateMulticastRouterResult,
    )
    from .create_nfv_inst_group_result import CreateNfvInstGroupResult as CreateNfvInstGroupResult
    from .create_nfv_inst_offering_result import (
        CreateNfvInstOfferingResult as CreateNfvInstOfferingResult,
    )
    from .create_nfv_inst_result import CreateNfvInstResult as CreateNfvInstResult
    from .create_o_auth_client_result import CreateOAuthClientResult as CreateOAuthClientResult
    from .create_observability_server_offering_result import (
        CreateObservabilityServerOfferingResult as CreateObservabilityServerOfferingResult,
    )
    from .create_observability_server_result import (
        CreateObservabilityServerResult as CreateObservabilityServerResult,
    )
    from .create_oss_backup_bucket_remote_result import (
        CreateOssBackupBucketRemoteResult as CreateOssBackupBucketRemoteResult,
    )
    from .create_oss_bucket_remote_result import (
        CreateOssBucketRemoteResult as CreateOssBucketRemoteResult,
    )
    from .create_ovn_controller_offering_result import (
        CreateOvnControllerOfferingResult as CreateOvnControllerOfferingResult,
    )
    from .create_pci_device_offering_result import (
        CreatePciDeviceOfferingResult as CreatePciDeviceOfferingResult,
    )
    from .create_policy_result import CreatePolicyResult as CreatePolicyResult
    from .create_policy_route_rule_result import (
        CreatePolicyRouteRuleResult as CreatePolicyRouteRuleResult,
    )
    from .create_policy_route_rule_set_result import (
        CreatePolicyRouteRuleSetResult as CreatePolicyRouteRuleSetResult,
    )
    from .create_policy_route_table_result import (
        CreatePolicyRouteTableResult as CreatePolicyRouteTableResult,
    )
    from .create_policy_route_table_route_entry_result import (
        CreatePolicyRouteTableRouteEntryResult as CreatePolicyRouteTableRouteEntryResult,
    )
    from .create_port_forwarding_rule_result import (
        CreatePortForwardingRuleResult as CreatePortForwardingRuleResult,
    )
    from .create_port_mirror_result import CreatePortMirrorResult as CreatePortMirrorResult
    from .create_port_mirror_session_result import (
        CreatePortMirrorSessionResult as CreatePortMirrorSessionResult,
    )
    from .create_price_table_result import CreatePriceTableResult as CreatePriceTableResult
    from .create_reboot_vm_instance_scheduler_result import (
        CreateRebootVmInstanceSchedulerResult as CreateRebootVmInstanceSchedulerResult,
    )
    from .create_resource_price_result import CreateResourcePriceResult as CreateResourcePriceResult
    from .create_resource_stack_from_app_result import (
        CreateResourceStackFromAppResult as CreateResourceStackFromAppResult,
    )
    from .create_resource_stack_result import CreateResourceStackResult as CreateResourceStackResult
    from .create_role_result import CreateRoleResult as CreateRoleResult
    from .create_root_volume_template_from_root_volume_result import (
        CreateRootVolumeTemplateFromRootVolumeResult as CreateRootVolumeTemplateFromRootVolumeResult,
    )
    from .create_root_volume_template_from_volume_backup_result import (
        CreateRootVolumeTemplateFromVolumeBackupResult as CreateRootVolumeTemplateFromVolumeBackupResult,
    )
    from .create_root_volume_template_from_volume_snapshot_failure import (
        CreateRootVolumeTemplateFromVolumeSnapshotFailure as CreateRootVolumeTemplateFromVolumeSnapshotFailure,
    )
    from .create_root_volume_template_from_volume_snapshot_result import (
        CreateRootVolumeTemplateFromVolumeSnapshotResult as CreateRootVolumeTemplateFromVolumeSnapshotResult,
    )
    from .create_san_sec_secret_resource_pool_result import (
        CreateSanSecSecretResourcePoolResult as CreateSanSecSecretResourcePoolResult,
    )
    from .create_scheduler_job_group_result import (
        CreateSchedulerJobGroupResult as CreateSchedulerJobGroupResult,
    )
    from .create_scheduler_job_result import CreateSchedulerJobResult as CreateSchedulerJobResult
    from .create_scheduler_trigger_result import (
        CreateSchedulerTriggerResult as CreateSchedulerTriggerResult,
    )
    from .create_security_group_result import CreateSecurityGroupResult as CreateSecurityGroupResult
    from .create_slb_group_result import CreateSlbGroupResult as CreateSlbGroupResult
    from .create_slb_instance_result import CreateSlbInstanceResult as CreateSlbInstanceResult
    from .create_slb_offering_result import CreateSlbOfferingResult as CreateSlbOfferingResult
    from .create_snmp_agent_result import CreateSnmpAgentResult as CreateSnmpAgentResult
    from .create_sns_aliyun_sms_endpoint_result import (
        CreateSNSAliyunSmsEndpointResult as CreateSNSAliyunSmsEndpointResult,
    )
    from .create_sns_ding_talk_endpoint_result import (
        CreateSNSDingTalkEndpointResult as CreateSNSDingTalkEndpointResult,
    )
    from .create_sns_email_endpoint_result import (
        CreateSNSEmailEndpointResult as CreateSNSEmailEndpointResult,
    )
    from .create_sns_email_platform_result import (
        CreateSNSEmailPlatformResult as CreateSNSEmailPlatformResult,
    )
    from .create_sns_fei_shu_endpoint_result import (
        CreateSNSFeiShuEndpointResult as CreateSNSFeiShuEndpointResult,
    )
    from .create_sns_http_endpoint_result import (
        CreateSNSHttpEndpointResult as CreateSNSHttpEndpointResult,
    )
    from .create_sns_microsoft_teams_endpoint_result import (
        CreateSNSMicrosoftTeamsEndpointResult as CreateSNSMicrosoftTeamsEndpointResult,
    )
    from .create_sns_snmp_endpoint_result import (
        CreateSNSSnmpEndpointResult as CreateSNSSnmpEndpointResult,
    )
    from .create_sns_snmp_platform_result import (
        CreateSNSSnmpPlatformResult as CreateSNSSnmpPlatformResult,
    )
    from .create_sns_text_template_result import (
        CreateSNSTextTemplateResult as CreateSNSTextTemplateResult,
    )
    from .create_sns_topic_result import CreateSNSTopicResult as CreateSNSTopicResult
    from .create_sns_universal_sms_endpoint_result import (
        CreateSNSUniversalSmsEndpointResult as CreateSNSUniversalSmsEndpointResult,
    )
    from .create_sns_we_com_endpoint_result import (
        CreateSNSWeComEndpointResult as CreateSNSWeComEndpointResult,
    )
    from .create_ssh_key_pair_result import CreateSshKeyPairResult as CreateSshKeyPairResult
    from .create_sso_redirect_template_result import (
        CreateSSORedirectTemplateResult as CreateSSORedirectTemplateResult,
    )
    from .create_start_vm_instance_scheduler_result import (
        CreateStartVmInstanceSchedulerResult as CreateStartVmInstanceSchedulerResult,
    )
    from .create_stop_vm_instance_scheduler_result import (
        CreateStopVmInstanceSchedulerResult as CreateStopVmInstanceSchedulerResult,
    )
    from .create_system_tag_result import CreateSystemTagResult as CreateSystemTagResult
    from .create_system_tags_result import CreateSystemTagsResult as CreateSystemTagsResult
    from .create_tag_result import CreateTagResult as CreateTagResult
    from .create_ticket_result import CreateTicketResult as CreateTicketResult
    from .create_user_group_result import CreateUserGroupResult as CreateUserGroupResult
    from .create_user_result import CreateUserResult as CreateUserResult
    from .create_user_tag_result import CreateUserTagResult as CreateUserTagResult
    from .create_v_router_ospf_area_result import (
        CreateVRouterOspfAreaResult as CreateVRouterOspfAreaResult,
    )
    from .create_v_router_route_table_result import (
        CreateVRouterRouteTableResult as CreateVRouterRouteTableResult,
    )
    from .create_vip_result import CreateVipResult as CreateVipResult
    from .create_virtual_router_offering_result import (
        CreateVirtualRouterOfferingResult as CreateVirtualRouterOfferingResult,
    )
    from .create_vm_backup_result import CreateVmBackupResult as CreateVmBackupResult
    from .create_vm_cd_rom_result import CreateVmCdRomResult as CreateVmCdRomResult
    from .create_vm_from_cdp_backup_result import (
        CreateVmFromCdpBackupResult as CreateVmFromCdpBackupResult,
    )
    from .create_vm_from_vm_backup_result import (
        CreateVmFromVmBackupResult as CreateVmFromVmBackupResult,
    )
    from .create_vm_from_volume_backup_result import (
        CreateVmFromVolumeBackupResult as CreateVmFromVolumeBackupResult,
    )
    from .create_vm_instance_from_ovf_result import (
        CreateVmInstanceFromOvfResult as CreateVmInstanceFromOvfResult,
    )
    from .create_vm_instance_from_volume_result import (
        CreateVmInstanceFromVolumeResult as CreateVmInstanceFromVolumeResult,
    )
    from .create_vm_instance_from_volume_snapshot_group_result import (
        CreateVmInstanceFromVolumeSnapshotGroupResult as CreateVmInstanceFromVolumeSnapshotGroupResult,
    )
    from .create_vm_instance_from_volume_snapshot_result import (
        CreateVmInstanceFromVolumeSnapshotResult as CreateVmInstanceFromVolumeSnapshotResult,
    )
    from .create_vm_instance_result import CreateVmInstanceResult as CreateVmInstanceResult
    from .create_vm_nic_result import CreateVmNicResult as CreateVmNicResult
    from .create_vm_scheduling_rule_group_result import (
        CreateVmSchedulingRuleGroupResult as CreateVmSchedulingRuleGroupResult,
    )
    from .create_vm_scheduling_rule_result import (
        CreateVmSchedulingRuleResult as CreateVmSchedulingRuleResult,
    )
    from .create_vm_user_defined_xml_hook_script_result import (
        CreateVmUserDefinedXmlHookScriptResult as CreateVmUserDefinedXmlHookScriptResult,
    )
    from .create_vni_range_result import CreateVniRangeResult as CreateVniRangeResult
    from .create_volume_backup_result import CreateVolumeBackupResult as CreateVolumeBackupResult
    from .create_volume_snapshot_group_result import (
        CreateVolumeSnapshotGroupResult as CreateVolumeSnapshotGroupResult,
    )
    from .create_volume_snapshot_result import (
        CreateVolumeSnapshotResult as CreateVolumeSnapshotResult,
    )
    from .create_volumes_snapshot_result import (
        CreateVolumesSnapshotResult as CreateVolumesSnapshotResult,
    )
    from .create_vpc_firewall_result import CreateVpcFirewallResult as CreateVpcFirewallResult
    from .create_vpc_ha_group_result import CreateVpcHaGroupResult as CreateVpcHaGroupResult
    from .create_vpc_shared_qos_result import CreateVpcSharedQosResult as CreateVpcSharedQosResult
    from .create_vpc_user_vpn_gateway_remote_result import (
        CreateVpcUserVpnGatewayRemoteResult as CreateVpcUserVpnGatewayRemoteResult,
    )
    from .create_vpc_v_router_result import CreateVpcVRouterResult as CreateVpcVRouterResult
    from .create_vpc_vpn_connection_remote_result import (
        CreateVpcVpnConnectionRemoteResult as CreateVpcVpnConnectionRemoteResult,
    )
    from .create_vpn_ike_config_result import CreateVpnIkeConfigResult as CreateVpnIkeConfigResult
    from .create_vpn_ipsec_config_result import (
        CreateVpnIpsecConfigResult as CreateVpnIpsecConfigResult,
    )
    from .create_vxlan_pool_remote_vtep_result import (
        CreateVxlanPoolRemoteVtepResult as CreateVxlanPoolRemoteVtepResult,
    )
    from .create_vxlan_vtep_result import CreateVxlanVtepResult as CreateVxlanVtepResult
    from .create_webhook_result import CreateWebhookResult as CreateWebhookResult
    from .create_z_box_backup_result import CreateZBoxBackupResult as CreateZBoxBackupResult
    from .create_zone_result import CreateZoneResult as CreateZoneResult
    from .data_center_inventory import DataCenterInventory as DataCenterInventory
    from .database_backup_inventory import DatabaseBackupInventory as DatabaseBackupInventory
    from .database_backup_storage_ref_inventory import (
        DatabaseBackupStorageRefInventory as DatabaseBackupStorageRefInventory,
    )
    from .datapoint import Datapoint as Datapoint
    from .debug_signal_result import DebugSignalResult as DebugSignalResult
    from .decode_stack_template_result import DecodeStackTemplateResult as DecodeStackTemplateResult
    from .delete_access_control_list_result import (
        DeleteAccessControlListResult as DeleteAccessControlListResult,
    )
    from .delete_access_control_rule_result import (
        DeleteAccessControlRuleResult as DeleteAccessControlRuleResult,
    )
    from .delete_access_key_result import DeleteAccessKeyResult as DeleteAccessKeyResult
    from .delete_account_result import DeleteAccountResult as DeleteAccountResult
    from .delete_affinity_group_result import DeleteAffinityGroupResult as DeleteAffinityGroupResult
    from .delete_alarm_result import DeleteAlarmResult as DeleteAlarmResult
    from .delete_alert_result import DeleteAlertResult as DeleteAlertResult
    from .delete_aliyun_disk_from_local_result import (
        DeleteAliyunDiskFromLocalResult as DeleteAliyunDiskFromLocalResult,
    )
    from .delete_aliyun_disk_from_remote_result import (
        DeleteAliyunDiskFromRemoteResult as DeleteAliyunDiskFromRemoteResult,
    )
    from .delete_aliyun_key_secret_result import (
        DeleteAliyunKeySecretResult as DeleteAliyunKeySecretResult,
    )
    from .delete_aliyun_nas_access_group_result import (
        DeleteAliyunNasAccessGroupResult as DeleteAliyunNasAccessGroupResult,
    )
    from .delete_aliyun_nas_access_group_rule_result import (
        DeleteAliyunNasAccessGroupRuleResult as DeleteAliyunNasAccessGroupRuleResult,
    )
    from .delete_aliyun_pangu_partition_result import (
        DeleteAliyunPanguPartitionResult as DeleteAliyunPanguPartitionResult,
    )
    from .delete_aliyun_proxy_v_switch_result import (
        DeleteAliyunProxyVSwitchResult as DeleteAliyunProxyVSwitchResult,
    )
    from .delete_aliyun_proxy_vpc_result import (
        DeleteAliyunProxyVpcResult as DeleteAliyunProxyVpcResult,
    )
    from .delete_aliyun_route_entry_remote_result import (
        DeleteAliyunRouteEntryRemoteResult as DeleteAliyunRouteEntryRemoteResult,
    )
    from .delete_aliyun_router_interface_local_result import (
        DeleteAliyunRouterInterfaceLocalResult as DeleteAliyunRouterInterfaceLocalResult,
    )
    from .delete_aliyun_router_interface_remote_result import (
        DeleteAliyunRouterInterfaceRemoteResult as DeleteAliyunRouterInterfaceRemoteResult,
    )
    from .delete_aliyun_snapshot_from_local_result import (
        DeleteAliyunSnapshotFromLocalResult as DeleteAliyunSnapshotFromLocalResult,
    )
    from .delete_aliyun_snapshot_from_remote_result import (
        DeleteAliyunSnapshotFromRemoteResult as DeleteAliyunSnapshotFromRemoteResult,
    )
    from .delete_all_ecs_instances_from_data_center_result import (
        DeleteAllEcsInstancesFromDataCenterResult as DeleteAllEcsInstancesFromDataCenterResult,
    )
    from .delete_app_build_system_result import (
        DeleteAppBuildSystemResult as DeleteAppBuildSystemResult,
    )
    from .delete_auto_scaling_group_instance_result import (
        DeleteAutoScalingGroupInstanceResult as DeleteAutoScalingGroupInstanceResult,
    )
    from .delete_auto_scaling_group_result import (
        DeleteAutoScalingGroupResult as DeleteAutoScalingGroupResult,
    )
    from .delete_auto_scaling_rule_result import (
        DeleteAutoScalingRuleResult as DeleteAutoScalingRuleResult,
    )
    from .delete_auto_scaling_rule_trigger_result import (
        DeleteAutoScalingRuleTriggerResult as DeleteAutoScalingRuleTriggerResult,
    )
    from .delete_auto_scaling_template_result import (
        DeleteAutoScalingTemplateResult as DeleteAutoScalingTemplateResult,
    )
    from .delete_backup_file_in_public_result import (
        DeleteBackupFileInPublicResult as DeleteBackupFileInPublicResult,
    )
    from .delete_backup_storage_result import DeleteBackupStorageResult as DeleteBackupStorageResult
    from .delete_bare_metal2_chassis_result import (
        DeleteBareMetal2ChassisResult as DeleteBareMetal2ChassisResult,
    )
    from .delete_bare_metal2_gateway_result import (
        DeleteBareMetal2GatewayResult as DeleteBareMetal2GatewayResult,
    )
    from .delete_bare_metal2_provision_network_result import (
        DeleteBareMetal2ProvisionNetworkResult as DeleteBareMetal2ProvisionNetworkResult,
    )
    from .delete_baremetal_chassis_result import (
        DeleteBaremetalChassisResult as DeleteBaremetalChassisResult,
    )
    from .delete_baremetal_pxe_server_result import (
        DeleteBaremetalPxeServerResult as DeleteBaremetalPxeServerResult,
    )
    from .delete_billing_result import DeleteBillingResult as DeleteBillingResult
    from .delete_bonding_result import DeleteBondingResult as DeleteBondingResult
    from .delete_build_app_export_history_result import (
        DeleteBuildAppExportHistoryResult as DeleteBuildAppExportHistoryResult,
    )
    from .delete_build_app_result import DeleteBuildAppResult as DeleteBuildAppResult
    from .delete_cbt_task_result import DeleteCbtTaskResult as DeleteCbtTaskResult
    from .delete_ccs_certificate_result import (
        DeleteCCSCertificateResult as DeleteCCSCertificateResult,
    )
    from .delete_cdp_policy_result import DeleteCdpPolicyResult as DeleteCdpPolicyResult
    from .delete_cdp_task_data_result import DeleteCdpTaskDataResult as DeleteCdpTaskDataResult
    from .delete_cdp_task_result import DeleteCdpTaskResult as DeleteCdpTaskResult
    from .delete_ceph_primary_storage_pool_result import (
        DeleteCephPrimaryStoragePoolResult as DeleteCephPrimaryStoragePoolResult,
    )
    from .delete_certificate_result import DeleteCertificateResult as DeleteCertificateResult
    from .delete_cluster_drs_result import DeleteClusterDRSResult as DeleteClusterDRSResult
    from .delete_cluster_result import DeleteClusterResult as DeleteClusterResult
    from .delete_connection_access_point_local_result import (
        DeleteConnectionAccessPointLocalResult as DeleteConnectionAccessPointLocalResult,
    )
    from .delete_connection_between_l3_net_work_and_aliyun_v_switch_result import (
        DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult as DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult,
    )
    from .delete_data_center_in_local_result import (
        DeleteDataCenterInLocalResult as DeleteDataCenterInLocalResult,
    )
    from .delete_data_volume_result import DeleteDataVolumeResult as DeleteDataVolumeResult
    from .delete_database_backup_result import (
        DeleteDatabaseBackupResult as DeleteDatabaseBackupResult,
    )
    from .delete_directory_result import DeleteDirectoryResult as DeleteDirectoryResult
    from .delete_disk_offering_result import DeleteDiskOfferingResult as DeleteDiskOfferingResult
    from .delete_ecs_image_local_result import (
        DeleteEcsImageLocalResult as DeleteEcsImageLocalResult,
    )
    from .delete_ecs_image_remote_result import (
        DeleteEcsImageRemoteResult as DeleteEcsImageRemoteResult,
    )
    from .delete_ecs_instance_local_result import (
        DeleteEcsInstanceLocalResult as DeleteEcsInstanceLocalResult,
    )
    from .delete_ecs_instance_result import DeleteEcsInstanceResult as DeleteEcsInstanceResult
    from .delete_ecs_security_group_in_local_result import (
        DeleteEcsSecurityGroupInLocalResult as DeleteEcsSecurityGroupInLocalResult,
    )
    from .delete_ecs_security_group_remote_result import (
        DeleteEcsSecurityGroupRemoteResult as DeleteEcsSecurityGroupRemoteResult,
    )
    from .delete_ecs_security_group_rule_remote_result import (
        DeleteEcsSecurityGroupRuleRemoteResult as DeleteEcsSecurityGroupRuleRemoteResult,
    )
    from .delete_ecs_v_switch_in_local_result import (
        DeleteEcsVSwitchInLocalResult as DeleteEcsVSwitchInLocalResult,
    )
    from .delete_ecs_v_switch_remote_result import (
        DeleteEcsVSwitchRemoteResult as DeleteEcsVSwitchRemoteResult,
    )
    from .delete_ecs_vpc_in_local_result import (
        DeleteEcsVpcInLocalResult as DeleteEcsVpcInLocalResult,
    )
    from .delete_ecs_vpc_remote_result import DeleteEcsVpcRemoteResult as DeleteEcsVpcRemoteResult
    from .delete_eip_result import DeleteEipResult as DeleteEipResult
    from .delete_email_address_of_sns_email_endpoint_result import (
        DeleteEmailAddressOfSNSEmailEndpointResult as DeleteEmailAddressOfSNSEmailEndpointResult,
    )
    from .delete_event_rule_template_result import (
        DeleteEventRuleTemplateResult as DeleteEventRuleTemplateResult,
    )
    from .delete_exported_database_backup_from_backup_storage_result import (
        DeleteExportedDatabaseBackupFromBackupStorageResult as DeleteExportedDatabaseBackupFromBackupStorageResult,
    )
    from .delete_exported_image_from_backup_storage_result import (
        DeleteExportedImageFromBackupStorageResult as DeleteExportedImageFromBackupStorageResult,
    )
    from .delete_external_backup_result import (
        DeleteExternalBackupResult as DeleteExternalBackupResult,
    )
    from .delete_firewall_ip_set_template_result import (
        DeleteFirewallIpSetTemplateResult as DeleteFirewallIpSetTemplateResult,
    )
    from .delete_firewall_result import DeleteFirewallResult as DeleteFirewallResult
    from .delete_firewall_rule_result import DeleteFirewallRuleResult as DeleteFirewallRuleResult
    from .delete_firewall_rule_set_result import (
        DeleteFirewallRuleSetResult as DeleteFirewallRuleSetResult,
    )
    from .delete_firewall_rule_template_result import (
        DeleteFirewallRuleTemplateResult as DeleteFirewallRuleTemplateResult,
    )
    from .delete_flow_collector_result import DeleteFlowCollectorResult as DeleteFlowCollectorResult
    from .delete_flow_meter_result import DeleteFlowMeterResult as DeleteFlowMeterResult
    from .delete_gc_job_result import DeleteGCJobResult as DeleteGCJobResult
    from .delete_guest_vm_script_result import (
        DeleteGuestVmScriptResult as DeleteGuestVmScriptResult,
    )
    from .delete_host_network_service_type_result import (
        DeleteHostNetworkServiceTypeResult as DeleteHostNetworkServiceTypeResult,
    )
    from .delete_host_result import DeleteHostResult as DeleteHostResult
    from .delete_host_scheduling_rule_group_result import (
        DeleteHostSchedulingRuleGroupResult as DeleteHostSchedulingRuleGroupResult,
    )
    from .delete_huawei_i_master_fabric_result import (
        DeleteHuaweiIMasterFabricResult as DeleteHuaweiIMasterFabricResult,
    )
    from .delete_huawei_i_master_tenant_result import (
        DeleteHuaweiIMasterTenantResult as DeleteHuaweiIMasterTenantResult,
    )
    from .delete_huawei_i_master_v_router_result import (
        DeleteHuaweiIMasterVRouterResult as DeleteHuaweiIMasterVRouterResult,
    )
    from .delete_huawei_i_master_vpc_result import (
        DeleteHuaweiIMasterVpcResult as DeleteHuaweiIMasterVpcResult,
    )
    from .delete_hybrid_eip_from_local_result import (
        DeleteHybridEipFromLocalResult as DeleteHybridEipFromLocalResult,
    )
    from .delete_hybrid_eip_remote_result import (
        DeleteHybridEipRemoteResult as DeleteHybridEipRemoteResult,
    )
    from .delete_hybrid_key_secret_result import (
        DeleteHybridKeySecretResult as DeleteHybridKeySecretResult,
    )
    from .delete_iam2_organization_result import (
        DeleteIAM2OrganizationResult as DeleteIAM2OrganizationResult,
    )
    from .delete_iam2_project_result import DeleteIAM2ProjectResult as DeleteIAM2ProjectResult
    from .delete_iam2_project_template_result import (
        DeleteIAM2ProjectTemplateResult as DeleteIAM2ProjectTemplateResult,
    )
    from .delete_iam2_ticket_flow_result import (
        DeleteIAM2TicketFlowResult as DeleteIAM2TicketFlowResult,
    )
    from .delete_iam2_virtual_id_group_result import (
        DeleteIAM2VirtualIDGroupResult as DeleteIAM2VirtualIDGroupResult,
    )
    from .delete_iam2_virtual_id_ldap_binding_result import (
        DeleteIAM2VirtualIDLdapBindingResult as DeleteIAM2VirtualIDLdapBindingResult,
    )
    from .delete_iam2_virtual_id_result import (
        DeleteIAM2VirtualIDResult as DeleteIAM2VirtualIDResult,
    )
    from .delete_identity_zone_in_local_result import (
        DeleteIdentityZoneInLocalResult as DeleteIdentityZoneInLocalResult,
    )
    from .delete_image_package_result import DeleteImagePackageResult as DeleteImagePackageResult
    from .delete_image_replication_group_result import (
        DeleteImageReplicationGroupResult as DeleteImageReplicationGroupResult,
    )
    from .delete_image_result import DeleteImageResult as DeleteImageResult
    from .delete_instance_offering_result import (
        DeleteInstanceOfferingResult as DeleteInstanceOfferingResult,
    )
    from .delete_ip_address_result import DeleteIpAddressResult as DeleteIpAddressResult
    from .delete_ip_range_result import DeleteIpRangeResult as DeleteIpRangeResult
    from .delete_ipsec_connection_result import (
        DeleteIPsecConnectionResult as DeleteIPsecConnectionResult,
    )
    from .delete_iscsi_server_result import DeleteIscsiServerResult as DeleteIscsiServerResult
    from .delete_l2_network_result import DeleteL2NetworkResult as DeleteL2NetworkResult
    from .delete_l3_network_result import DeleteL3NetworkResult as DeleteL3NetworkResult
    from .delete_ldap_binding_result import DeleteLdapBindingResult as DeleteLdapBindingResult
    from .delete_ldap_server_result import DeleteLdapServerResult as DeleteLdapServerResult
    from .delete_license_result import DeleteLicenseResult as DeleteLicenseResult
    from .delete_load_balancer_listener_result import (
        DeleteLoadBalancerListenerResult as DeleteLoadBalancerListenerResult,
    )
    from .delete_load_balancer_result import DeleteLoadBalancerResult as DeleteLoadBalancerResult
    from .delete_load_balancer_server_group_result import (
        DeleteLoadBalancerServerGroupResult as DeleteLoadBalancerServerGroupResult,
    )
    from .delete_log_configuration_result import (
        DeleteLogConfigurationResult as DeleteLogConfigurationResult,
    )
    from .delete_log_sever_result import DeleteLogSeverResult as DeleteLogSeverResult
    from .delete_long_job_result import DeleteLongJobResult as DeleteLongJobResult
    from .delete_mdev_device_result import DeleteMdevDeviceResult as DeleteMdevDeviceResult
    from .delete_media_result import DeleteMediaResult as DeleteMediaResult
    from .delete_metric_data_http_receiver_result import (
        DeleteMetricDataHttpReceiverResult as DeleteMetricDataHttpReceiverResult,
    )
    from .delete_metric_data_result import DeleteMetricDataResult as DeleteMetricDataResult
    from .delete_metric_rule_template_result import (
        DeleteMetricRuleTemplateResult as DeleteMetricRuleTemplateResult,
    )
    from .delete_metric_template_result import (
        DeleteMetricTemplateResult as DeleteMetricTemplateResult,
    )
    from .delete_monitor_group_result import DeleteMonitorGroupResult as DeleteMonitorGroupResult
    from .delete_monitor_template_result import (
        DeleteMonitorTemplateResult as DeleteMonitorTemplateResult,
    )
    from .delete_monitor_trigger_action_result import (
        DeleteMonitorTriggerActionResult as DeleteMonitorTriggerActionResult,
    )
    from .delete_monitor_trigger_result import (
        DeleteMonitorTriggerResult as DeleteMonitorTriggerResult,
    )
    from .delete_multicast_router_result import (
        DeleteMulticastRouterResult as DeleteMulticastRouterResult,
    )
    from .delete_nas_file_system_result import (
        DeleteNasFileSystemResult as DeleteNasFileSystemResult,
    )
    from .delete_nas_mount_target_result import (
        DeleteNasMountTargetResult as DeleteNasMountTargetResult,
    )
    from .delete_nfv_inst_group_result import DeleteNfvInstGroupResult as DeleteNfvInstGroupResult
    from .delete_nic_qos_result import DeleteNicQosResult as DeleteNicQosResult
    from .delete_nvme_server_result import DeleteNvmeServerResult as DeleteNvmeServerResult
    from .delete_oss_bucket_file_remote_result import (
        DeleteOssBucketFileRemoteResult as DeleteOssBucketFileRemoteResult,
    )
    from .delete_oss_bucket_name_local_result import (
        DeleteOssBucketNameLocalResult as DeleteOssBucketNameLocalResult,
    )
    from .delete_oss_bucket_remote_result import (
        DeleteOssBucketRemoteResult as DeleteOssBucketRemoteResult,
    )
    from .delete_pci_device_offering_result import (
        DeletePciDeviceOfferingResult as DeletePciDeviceOfferingResult,
    )
    from .delete_pci_device_result import DeletePciDeviceResult as DeletePciDeviceResult
    from .delete_plugin_drivers_result import DeletePluginDriversResult as DeletePluginDriversResult
    from .delete_policy_result import DeletePolicyResult as DeletePolicyResult
    from .delete_policy_route_rule_result import (
        DeletePolicyRouteRuleResult as DeletePolicyRouteRuleResult,
    )
    from .delete_policy_route_rule_set_result import (
        DeletePolicyRouteRuleSetResult as DeletePolicyRouteRuleSetResult,
    )
    from .delete_policy_route_table_result import (
        DeletePolicyRouteTableResult as DeletePolicyRouteTableResult,
    )
    from .delete_policy_route_table_route_entry_result import (
        DeletePolicyRouteTableRouteEntryResult as DeletePolicyRouteTableRouteEntryResult,
    )
    from .delete_port_forwarding_rule_result import (
        DeletePortForwardingRuleResult as DeletePortForwardingRuleResult,
    )
    from .delete_port_mirror_result import DeletePortMirrorResult as DeletePortMirrorResult
    from .delete_port_mirror_session_result import (
        DeletePortMirrorSessionResult as DeletePortMirrorSessionResult,
    )
    from .delete_preconfiguration_template_result import (
        DeletePreconfigurationTemplateResult as DeletePreconfigurationTemplateResult,
    )
    from .delete_price_table_result import DeletePriceTableResult as DeletePriceTableResult
    from .delete_primary_storage_result import (
        DeletePrimaryStorageResult as DeletePrimaryStorageResult,
    )
    from .delete_publish_app_result import DeletePublishAppResult as DeletePublishAppResult
    from .delete_reserved_ip_range_result import (
        DeleteReservedIpRangeResult as DeleteReservedIpRangeResult,
    )
    from .delete_resource_config_result import (
        DeleteResourceConfigResult as DeleteResourceConfigResult,
    )
    from .delete_resource_price_result import DeleteResourcePriceResult as DeleteResourcePriceResult
    from .delete_resource_stack_result import DeleteResourceStackResult as DeleteResourceStackResult
    from .delete_resource_stack_vm_port_monitor_result import (
        DeleteResourceStackVmPortMonitorResult as DeleteResourceStackVmPortMonitorResult,
    )
    from .delete_role_result import DeleteRoleResult as DeleteRoleResult
    from .delete_scheduler_job_group_result import (
        DeleteSchedulerJobGroupResult as DeleteSchedulerJobGroupResult,
    )
    from .delete_scheduler_job_result import DeleteSchedulerJobResult as DeleteSchedulerJobResult
    from .delete_scheduler_trigger_result import (
        DeleteSchedulerTriggerResult as DeleteSchedulerTriggerResult,
    )
    from .delete_secret_resource_pool_result import (
        DeleteSecretResourcePoolResult as DeleteSecretResourcePoolResult,
    )
    from .delete_security_group_result import DeleteSecurityGroupResult as DeleteSecurityGroupResult
    from .delete_security_group_rule_result import (
        DeleteSecurityGroupRuleResult as DeleteSecurityGroupRuleResult,
    )
    from .delete_security_machine_result import (
        DeleteSecurityMachineResult as DeleteSecurityMachineResult,
    )
    from .delete_slb_group_result import DeleteSlbGroupResult as DeleteSlbGroupResult
    from .delete_snapshot_group_result import DeleteSnapshotGroupResult as DeleteSnapshotGroupResult
    from .delete_sns_application_endpoint_result import (
        DeleteSNSApplicationEndpointResult as DeleteSNSApplicationEndpointResult,
    )
    from .delete_sns_application_platform_result import (
        DeleteSNSApplicationPlatformResult as DeleteSNSApplicationPlatformResult,
    )
    from .delete_sns_text_template_result import (
        DeleteSNSTextTemplateResult as DeleteSNSTextTemplateResult,
    )
    from .delete_sns_topic_result import DeleteSNSTopicResult as DeleteSNSTopicResult
    from .delete_ssh_key_pair_result import DeleteSshKeyPairResult as DeleteSshKeyPairResult
    from .delete_sso_client_result import DeleteSSOClientResult as DeleteSSOClientResult
    from .delete_sso_redirect_template_result import (
        DeleteSSORedirectTemplateResult as DeleteSSORedirectTemplateResult,
    )
    from .delete_stack_template_result import DeleteStackTemplateResult as DeleteStackTemplateResult
    from .delete_tag_result import DeleteTagResult as DeleteTagResult
    from .delete_thirdparty_platform_result import (
        DeleteThirdpartyPlatformResult as DeleteThirdpartyPlatformResult,
    )
    from .delete_ticket_flow_collection_result import (
        DeleteTicketFlowCollectionResult as DeleteTicketFlowCollectionResult,
    )
    from .delete_ticket_result import DeleteTicketResult as DeleteTicketResult
    from .delete_user_group_result import DeleteUserGroupResult as DeleteUserGroupResult
    from .delete_user_result import DeleteUserResult as DeleteUserResult
    from .delete_v2_v_conversion_host_result import (
        DeleteV2VConversionHostResult as DeleteV2VConversionHostResult,
    )
    from .delete_v_center_result import DeleteVCenterResult as DeleteVCenterResult
    from .delete_v_router_ospf_area_result import (
        DeleteVRouterOspfAreaResult as DeleteVRouterOspfAreaResult,
    )
    from .delete_v_router_route_entry_result import (
        DeleteVRouterRouteEntryResult as DeleteVRouterRouteEntryResult,
    )
    from .delete_v_router_route_table_result import (
        DeleteVRouterRouteTableResult as DeleteVRouterRouteTableResult,
    )
    from .delete_vip_qos_result import DeleteVipQosResult as DeleteVipQosResult
    from .delete_vip_result import DeleteVipResult as DeleteVipResult
    from .delete_virtual_border_router_local_result import (
        DeleteVirtualBorderRouterLocalResult as DeleteVirtualBorderRouterLocalResult,
    )
    from .delete_virtual_router_local_result import (
        DeleteVirtualRouterLocalResult as DeleteVirtualRouterLocalResult,
    )
    from .delete_vm_backup_result import DeleteVmBackupResult as DeleteVmBackupResult
    from .delete_vm_boot_mode_result import DeleteVmBootModeResult as DeleteVmBootModeResult
    from .delete_vm_cd_rom_result import DeleteVmCdRomResult as DeleteVmCdRomResult
    from .delete_vm_console_password_result import (
        DeleteVmConsolePasswordResult as DeleteVmConsolePasswordResult,
    )
    from .delete_vm_hostname_result import DeleteVmHostnameResult as DeleteVmHostnameResult
    from .delete_vm_instance_ha_level_result import (
        DeleteVmInstanceHaLevelResult as DeleteVmInstanceHaLevelResult,
    )
    from .delete_vm_nic_from_security_group_result import (
        DeleteVmNicFromSecurityGroupResult as DeleteVmNicFromSecurityGroupResult,
    )
    from .delete_vm_nic_result import DeleteVmNicResult as DeleteVmNicResult
    from .delete_vm_scheduling_rule_group_result import (
        DeleteVmSchedulingRuleGroupResult as DeleteVmSchedulingRuleGroupResult,
    )
    from .delete_vm_ssh_key_result import DeleteVmSshKeyResult as DeleteVmSshKeyResult
    from .delete_vm_static_ip_result import DeleteVmStaticIpResult as DeleteVmStaticIpResult
    from .delete_vm_user_defined_xml_hook_script_result import (
        DeleteVmUserDefinedXmlHookScriptResult as DeleteVmUserDefinedXmlHookScriptResult,
    )
    from .delete_vm_user_defined_xml_result import (
        DeleteVmUserDefinedXmlResult as DeleteVmUserDefinedXmlResult,
    )
    from .delete_vni_range_result import DeleteVniRangeResult as DeleteVniRangeResult
    from .delete_volume_backup_result import DeleteVolumeBackupResult as DeleteVolumeBackupResult
    from .delete_volume_qos_result import DeleteVolumeQosResult as DeleteVolumeQosResult
    from .delete_volume_snapshot_group_result import (
        DeleteVolumeSnapshotGroupResult as DeleteVolumeSnapshotGroupResult,
    )
    from .delete_volume_snapshot_result import (
        DeleteVolumeSnapshotResult as DeleteVolumeSnapshotResult,
    )
    from .delete_vpc_ha_group_result import DeleteVpcHaGroupResult as DeleteVpcHaGroupResult
    from .delete_vpc_ike_config_local_result import (
        DeleteVpcIkeConfigLocalResult as DeleteVpcIkeConfigLocalResult,
    )
    from .delete_vpc_ip_sec_config_local_result import (
        DeleteVpcIpSecConfigLocalResult as DeleteVpcIpSecConfigLocalResult,
    )
    from .delete_vpc_shared_qos_result import DeleteVpcSharedQosResult as DeleteVpcSharedQosResult
    from .delete_vpc_user_vpn_gateway_local_result import (
        DeleteVpcUserVpnGatewayLocalResult as DeleteVpcUserVpnGatewayLocalResult,
    )
    from .delete_vpc_user_vpn_gateway_remote_result import (
        DeleteVpcUserVpnGatewayRemoteResult as DeleteVpcUserVpnGatewayRemoteResult,
    )
    from .delete_vpc_vpn_connection_local_result import (
        DeleteVpcVpnConnectionLocalResult as DeleteVpcVpnConnectionLocalResult,
    )
    from .delete_vpc_vpn_connection_remote_result import (
        DeleteVpcVpnConnectionRemoteResult as DeleteVpcVpnConnectionRemoteResult,
    )
    from .delete_vpc_vpn_gateway_local_result import (
        DeleteVpcVpnGatewayLocalResult as DeleteVpcVpnGatewayLocalResult,
    )
    from .delete_vxlan_l2_network_result import (
        DeleteVxlanL2NetworkResult as DeleteVxlanL2NetworkResult,
    )
    from .delete_vxlan_pool_remote_vtep_result import (
        DeleteVxlanPoolRemoteVtepResult as DeleteVxlanPoolRemoteVtepResult,
    )
    from .delete_webhook_result import DeleteWebhookResult as DeleteWebhookResult
    from .delete_zone_result import DeleteZoneResult as DeleteZoneResult
    from .describe_vm_instance_recovery_point_result import (
        DescribeVmInstanceRecoveryPointResult as DescribeVmInstanceRecoveryPointResult,
    )
    from .destroy_baremetal_instance_result import (
        DestroyBaremetalInstanceResult as DestroyBaremetalInstanceResult,
    )
    from .destroy_vm_instance_result import DestroyVmInstanceResult as DestroyVmInstanceResult
    from .detach_aliyun_disk_from_ecs_result import (
        DetachAliyunDiskFromEcsResult as DetachAliyunDiskFromEcsResult,
    )
    from .detach_aliyun_key_result import DetachAliyunKeyResult as DetachAliyunKeyResult
    from .detach_app_build_system_to_zone_result import (
        DetachAppBuildSystemToZoneResult as DetachAppBuildSystemToZoneResult,
    )
    from .detach_auto_scaling_template_from_group_result import (
        DetachAutoScalingTemplateFromGroupResult as DetachAutoScalingTemplateFromGroupResult,
    )
    from .detach_backup_storage_from_zone_result import (
        DetachBackupStorageFromZoneResult as DetachBackupStorageFromZoneResult,
    )
    from .detach_bare_metal2_gateway_from_cluster_result import (
        DetachBareMetal2GatewayFromClusterResult as DetachBareMetal2GatewayFromClusterResult,
    )
    from .detach_bare_metal2_provision_network_from_cluster_result import (
        DetachBareMetal2ProvisionNetworkFromClusterResult as DetachBareMetal2ProvisionNetworkFromClusterResult,
    )
    from .detach_baremetal_pxe_server_from_cluster_result import (
        DetachBaremetalPxeServerFromClusterResult as DetachBaremetalPxeServerFromClusterResult,
    )
    from .detach_ccs_certificate_from_user_result import (
        DetachCCSCertificateFromUserResult as DetachCCSCertificateFromUserResult,
    )
    from .detach_data_volume_from_host_result import (
        DetachDataVolumeFromHostResult as DetachDataVolumeFromHostResult,
    )
    from .detach_data_volume_from_vm_result import (
        DetachDataVolumeFromVmResult as DetachDataVolumeFromVmResult,
    )
    from .detach_eip_result import DetachEipResult as DetachEipResult
    from .detach_firewall_rule_set_from_l3_result import (
        DetachFirewallRuleSetFromL3Result as DetachFirewallRuleSetFromL3Result,
    )
    from .detach_host_from_host_scheduling_rule_group_result import (
        DetachHostFromHostSchedulingRuleGroupResult as DetachHostFromHostSchedulingRuleGroupResult,
    )
    from .detach_hybrid_eip_from_ecs_result import (
        DetachHybridEipFromEcsResult as DetachHybridEipFromEcsResult,
    )
    from .detach_hybrid_key_result import DetachHybridKeyResult as DetachHybridKeyResult
    from .detach_iam2_project_from_iam2_organization_result import (
        DetachIAM2ProjectFromIAM2OrganizationResult as DetachIAM2ProjectFromIAM2OrganizationResult,
    )
    from .detach_iscsi_server_from_cluster_result import (
        DetachIscsiServerFromClusterResult as DetachIscsiServerFromClusterResult,
    )
    from .detach_iso_from_vm_instance_result import (
        DetachIsoFromVmInstanceResult as DetachIsoFromVmInstanceResult,
    )
    from .detach_l2_network_from_cluster_result import (
        DetachL2NetworkFromClusterResult as DetachL2NetworkFromClusterResult,
    )
    from .detach_l3_network_from_vm_result import (
        DetachL3NetworkFromVmResult as DetachL3NetworkFromVmResult,
    )
    from .detach_l3_networks_from_ipsec_connection_result import (
        DetachL3NetworksFromIPsecConnectionResult as DetachL3NetworksFromIPsecConnectionResult,
    )
    from .detach_mdev_device_from_vm_result import (
        DetachMdevDeviceFromVmResult as DetachMdevDeviceFromVmResult,
    )
    from .detach_monitor_trigger_action_from_trigger_result import (
        DetachMonitorTriggerActionFromTriggerResult as DetachMonitorTriggerActionFromTriggerResult,
    )
    from .detach_network_service_from_l3_network_result import (
        DetachNetworkServiceFromL3NetworkResult as DetachNetworkServiceFromL3NetworkResult,
    )
    from .detach_nfv_inst_from_group_result import (
        DetachNfvInstFromGroupResult as DetachNfvInstFromGroupResult,
    )
    from .detach_nic_from_bonding_result import (
        DetachNicFromBondingResult as DetachNicFromBondingResult,
    )
    from .detach_nvme_server_from_cluster_result import (
        DetachNvmeServerFromClusterResult as DetachNvmeServerFromClusterResult,
    )
    from .detach_oss_bucket_from_ecs_data_center_result import (
        DetachOssBucketFromEcsDataCenterResult as DetachOssBucketFromEcsDataCenterResult,
    )
    from .detach_pci_device_from_vm_result import (
        DetachPciDeviceFromVmResult as DetachPciDeviceFromVmResult,
    )
    from .detach_policies_from_user_result import (
        DetachPoliciesFromUserResult as DetachPoliciesFromUserResult,
    )
    from .detach_policy_from_role_result import (
        DetachPolicyFromRoleResult as DetachPolicyFromRoleResult,
    )
    from .detach_policy_from_user_group_result import (
        DetachPolicyFromUserGroupResult as DetachPolicyFromUserGroupResult,
    )
    from .detach_policy_from_user_result import (
        DetachPolicyFromUserResult as DetachPolicyFromUserResult,
    )
    from .detach_policy_route_rule_set_from_l3_result import (
        DetachPolicyRouteRuleSetFromL3Result as DetachPolicyRouteRuleSetFromL3Result,
    )
    from .detach_port_forwarding_rule_result import (
        DetachPortForwardingRuleResult as DetachPortForwardingRuleResult,
    )
    from .detach_price_table_from_account_result import (
        DetachPriceTableFromAccountResult as DetachPriceTableFromAccountResult,
    )
    from .detach_primary_storage_from_cluster_result import (
        DetachPrimaryStorageFromClusterResult as DetachPrimaryStorageFromClusterResult,
    )
    from .detach_provision_nic_from_bonding_result import (
        DetachProvisionNicFromBondingResult as DetachProvisionNicFromBondingResult,
    )
    from .detach_role_from_account_result import (
        DetachRoleFromAccountResult as DetachRoleFromAccountResult,
    )
    from .detach_scsi_lun_from_host_result import (
        DetachScsiLunFromHostResult as DetachScsiLunFromHostResult,
    )
    from .detach_scsi_lun_from_vm_instance_result import (
        DetachScsiLunFromVmInstanceResult as DetachScsiLunFromVmInstanceResult,
    )
    from .detach_security_group_from_l3_network_result import (
        DetachSecurityGroupFromL3NetworkResult as DetachSecurityGroupFromL3NetworkResult,
    )
    from .detach_service_from_observability_server_result import (
        DetachServiceFromObservabilityServerResult as DetachServiceFromObservabilityServerResult,
    )
    from .detach_ssh_key_pair_from_vm_instance_result import (
        DetachSshKeyPairFromVmInstanceResult as DetachSshKeyPairFromVmInstanceResult,
    )
    from .detach_tag_from_resources_result import (
        DetachTagFromResourcesResult as DetachTagFromResourcesResult,
    )
    from .detach_usb_device_from_vm_result import (
        DetachUsbDeviceFromVmResult as DetachUsbDeviceFromVmResult,
    )
    from .detach_user_defined_xml_hook_script_from_vm_result import (
        DetachUserDefinedXmlHookScriptFromVmResult as DetachUserDefinedXmlHookScriptFromVmResult,
    )
    from .detach_v_router_route_table_from_v_router_result import (
        DetachVRouterRouteTableFromVRouterResult as DetachVRouterRouteTableFromVRouterResult,
    )
    from .detach_vip_from_vpc_shared_qos_result import (
        DetachVipFromVpcSharedQosResult as DetachVipFromVpcSharedQosResult,
    )
    from .detach_vm_from_vm_scheduling_rule_group_result import (
        DetachVmFromVmSchedulingRuleGroupResult as DetachVmFromVmSchedulingRuleGroupResult,
    )
    from .device import Device as Device
    from .directory_inventory import DirectoryInventory as DirectoryInventory
    from .disable_cbt_task_result import DisableCbtTaskResult as DisableCbtTaskResult
    from .disable_cdp_task_result import DisableCdpTaskResult as DisableCdpTaskResult
    from .discover_external_primary_storage_result import (
        DiscoverExternalPrimaryStorageResult as DiscoverExternalPrimaryStorageResult,
    )
    from .disk_offering_inventory import DiskOfferingInventory as DiskOfferingInventory
    from .download_backup_file_from_public_cloud_result import (
        DownloadBackupFileFromPublicCloudResult as DownloadBackupFileFromPublicCloudResult,
    )
    from .ecs_image_inventory import EcsImageInventory as EcsImageInventory
    from .ecs_instance_inventory import EcsInstanceInventory as EcsInstanceInventory
    from .ecs_security_group_inventory import EcsSecurityGroupInventory as EcsSecurityGroupInventory
    from .ecs_security_group_rule_inventory import (
        EcsSecurityGroupRuleInventory as EcsSecurityGroupRuleInventory,
    )
    from .ecs_v_switch_inventory import EcsVSwitchInventory as EcsVSwitchInventory
    from .ecs_vpc_inventory import EcsVpcInventory as EcsVpcInventory
    from .eip_inventory import EipInventory as EipInventory
    from .eject_z_box_result import EjectZBoxResult as EjectZBoxResult
    from .elaboration_category import ElaborationCategory as ElaborationCategory
    from .elaboration_check_result import ElaborationCheckResult as ElaborationCheckResult
    from .elaboration_content import ElaborationContent as ElaborationContent
    from .email_media_inventory import EmailMediaInventory as EmailMediaInventory
    from .enable_cbt_task_result import EnableCbtTaskResult as EnableCbtTaskResult
    from .enable_cdp_task_result import EnableCdpTaskResult as EnableCdpTaskResult
    from .error_code import ErrorCode as ErrorCode
    from .error_result import ErrorResult as ErrorResult
    from .event_log_inventory import EventLogInventory as EventLogInventory
    from .event_records_inventory import EventRecordsInventory as EventRecordsInventory
    from .event_rule_template_inventory import (
        EventRuleTemplateInventory as EventRuleTemplateInventory,
    )
    from .event_struct import EventStruct as EventStruct
    from .event_subscription_action_inventory import (
        EventSubscriptionActionInventory as EventSubscriptionActionInventory,
    )
    from .event_subscription_inventory import (
        EventSubscriptionInventory as EventSubscriptionInventory,
    )
    from .event_subscription_label_inventory import (
        EventSubscriptionLabelInventory as EventSubscriptionLabelInventory,
    )
    from .execute_auto_scaling_rule_result import (
        ExecuteAutoScalingRuleResult as ExecuteAutoScalingRuleResult,
    )
    from .execute_drs_scheduling_result import (
        ExecuteDRSSchedulingResult as ExecuteDRSSchedulingResult,
    )
    from .execute_guest_vm_command_result import (
        ExecuteGuestVmCommandResult as ExecuteGuestVmCommandResult,
    )
    from .execute_guest_vm_script_result import (
        ExecuteGuestVmScriptResult as ExecuteGuestVmScriptResult,
    )
    from .export_build_app_result import ExportBuildAppResult as ExportBuildAppResult
    from .export_database_backup_from_backup_storage_result import (
        ExportDatabaseBackupFromBackupStorageResult as ExportDatabaseBackupFromBackupStorageResult,
    )
    from .export_image_from_backup_storage_result import (
        ExportImageFromBackupStorageResult as ExportImageFromBackupStorageResult,
    )
    from .export_nbd_volumes_result import ExportNbdVolumesResult as ExportNbdVolumesResult
    from .export_vm_ova_package_result import ExportVmOvaPackageResult as ExportVmOvaPackageResult
    from .expunge_baremetal_instance_result import (
        ExpungeBaremetalInstanceResult as ExpungeBaremetalInstanceResult,
    )
    from .expunge_data_volume_result import ExpungeDataVolumeResult as ExpungeDataVolumeResult
    from .expunge_iam2_project_result import ExpungeIAM2ProjectResult as ExpungeIAM2ProjectResult
    from .expunge_image_result import ExpungeImageResult as ExpungeImageResult
    from .expunge_vm_instance_result import ExpungeVmInstanceResult as ExpungeVmInstanceResult
    from .expunge_vm_user_defined_xml_hook_script_result import (
        ExpungeVmUserDefinedXmlHookScriptResult as ExpungeVmUserDefinedXmlHookScriptResult,
    )
    from .external_backup_inventory import ExternalBackupInventory as ExternalBackupInventory
    from .external_backup_storage_inventory import (
        ExternalBackupStorageInventory as ExternalBackupStorageInventory,
    )
    from .external_primary_storage_inventory import (
        ExternalPrimaryStorageInventory as ExternalPrimaryStorageInventory,
    )
    from .external_service_capabilities import (
        ExternalServiceCapabilities as ExternalServiceCapabilities,
    )
    from .external_service_inventory import ExternalServiceInventory as ExternalServiceInventory
    from .failover_fault_tolerance_vm_result import (
        FailoverFaultToleranceVmResult as FailoverFaultToleranceVmResult,
    )
    from .fiber_channel_lun_inventory import FiberChannelLunInventory as FiberChannelLunInventory
    from .fiber_channel_storage_inventory import (
        FiberChannelStorageInventory as FiberChannelStorageInventory,
    )
    from .flatten_vm_instance_result import FlattenVmInstanceResult as FlattenVmInstanceResult
    from .flatten_volume_result import FlattenVolumeResult as FlattenVolumeResult
    from .flow_collector_inventory import FlowCollectorInventory as FlowCollectorInventory
    from .flow_counter import FlowCounter as FlowCounter
    from .flow_meter_inventory import FlowMeterInventory as FlowMeterInventory
    from .free_ip_inventory import FreeIpInventory as FreeIpInventory
    from .fstrim_vm_result import FstrimVmResult as FstrimVmResult
    from .garbage_collector_inventory import GarbageCollectorInventory as GarbageCollectorInventory
    from .gc_aliyun_snapshot_remote_result import (
        GCAliyunSnapshotRemoteResult as GCAliyunSnapshotRemoteResult,
    )
    from .generate_account_billing_result import (
        GenerateAccountBillingResult as GenerateAccountBillingResult,
    )
    from .generate_hygon_mdev_devices_result import (
        GenerateHygonMdevDevicesResult as GenerateHygonMdevDevicesResult,
    )
    from .generate_mdev_devices_result import GenerateMdevDevicesResult as GenerateMdevDevicesResult
    from .generate_se_mdev_devices_result import (
        GenerateSeMdevDevicesResult as GenerateSeMdevDevicesResult,
    )
    from .generate_sriov_pci_devices_result import (
        GenerateSriovPciDevicesResult as GenerateSriovPciDevicesResult,
    )
    from .generate_ssh_key_pair_result import GenerateSshKeyPairResult as GenerateSshKeyPairResult
    from .get_access_path_result import GetAccessPathResult as GetAccessPathResult
    from .get_account_price_table_ref_result import (
        GetAccountPriceTableRefResult as GetAccountPriceTableRefResult,
    )
    from .get_account_quota_usage_result import (
        GetAccountQuotaUsageResult as GetAccountQuotaUsageResult,
    )
    from .get_active_alarm_status_result import (
        GetActiveAlarmStatusResult as GetActiveAlarmStatusResult,
    )
    from .get_alarm_data_result import GetAlarmDataResult as GetAlarmDataResult
    from .get_aliyun_nas_access_group_remote_result import (
        GetAliyunNasAccessGroupRemoteResult as GetAliyunNasAccessGroupRemoteResult,
    )
    from .get_aliyun_nas_file_system_remote_result import (
        GetAliyunNasFileSystemRemoteResult as GetAliyunNasFileSystemRemoteResult,
    )
    from .get_aliyun_nas_mount_target_remote_result import (
        GetAliyunNasMountTargetRemoteResult as GetAliyunNasMountTargetRemoteResult,
    )
    from .get_all_event_metadata_result import (
        GetAllEventMetadataResult as GetAllEventMetadataResult,
    )
    from .get_all_metric_metadata_result import (
        GetAllMetricMetadataResult as GetAllMetricMetadataResult,
    )
    from .get_app_build_system_capacity_result import (
        GetAppBuildSystemCapacityResult as GetAppBuildSystemCapacityResult,
    )
    from .get_attachable_public_l3_for_v_router_result import (
        GetAttachablePublicL3ForVRouterResult as GetAttachablePublicL3ForVRouterResult,
    )
    from .get_attachable_vpc_l3_network_result import (
        GetAttachableVpcL3NetworkResult as GetAttachableVpcL3NetworkResult,
    )
    from .get_audit_data_result import GetAuditDataResult as GetAuditDataResult
    from .get_available_triggers_result import (
        GetAvailableTriggersResult as GetAvailableTriggersResult,
    )
    from .get_backup_storage_candidates_for_image_migration_result import (
        GetBackupStorageCandidatesForImageMigrationResult as GetBackupStorageCandidatesForImageMigrationResult,
    )
    from .get_backup_storage_capacity_result import (
        GetBackupStorageCapacityResult as GetBackupStorageCapacityResult,
    )
    from .get_backup_storage_for_creating_image_from_volume_result import (
        GetBackupStorageForCreatingImageFromVolumeResult as GetBackupStorageForCreatingImageFromVolumeResult,
    )
    from .get_backup_storage_for_creating_image_from_volume_snapshot_result import (
        GetBackupStorageForCreatingImageFromVolumeSnapshotResult as GetBackupStorageForCreatingImageFromVolumeSnapshotResult,
    )
    from .get_backup_storage_types_result import (
        GetBackupStorageTypesResult as GetBackupStorageTypesResult,
    )
    from .get_bare_metal2_chassis_power_status_result import (
        GetBareMetal2ChassisPowerStatusResult as GetBareMetal2ChassisPowerStatusResult,
    )
    from .get_bare_metal2_gateway_allocator_strategies_result import (
        GetBareMetal2GatewayAllocatorStrategiesResult as GetBareMetal2GatewayAllocatorStrategiesResult,
    )
    from .get_bare_metal2_provision_network_ip_address_capacity_result import (
        GetBareMetal2ProvisionNetworkIpAddressCapacityResult as GetBareMetal2ProvisionNetworkIpAddressCapacityResult,
    )
    from .get_bare_metal2_supported_boot_mode_result import (
        GetBareMetal2SupportedBootModeResult as GetBareMetal2SupportedBootModeResult,
    )
    from .get_baremetal_chassis_power_status_result import (
        GetBaremetalChassisPowerStatusResult as GetBaremetalChassisPowerStatusResult,
    )
    from .get_block_primary_storage_metadata_result import (
        GetBlockPrimaryStorageMetadataResult as GetBlockPrimaryStorageMetadataResult,
    )
    from .get_candidate_affinity_group_for_attaching_vm_result import (
        GetCandidateAffinityGroupForAttachingVmResult as GetCandidateAffinityGroupForAttachingVmResult,
    )
    from .get_candidate_affinity_group_for_creating_vm_result import (
        GetCandidateAffinityGroupForCreatingVmResult as GetCandidateAffinityGroupForCreatingVmResult,
    )
    from .get_candidate_backup_storage_for_creating_image_result import (
        GetCandidateBackupStorageForCreatingImageResult as GetCandidateBackupStorageForCreatingImageResult,
    )
    from .get_candidate_clusters_for_attaching_l2_network_result import (
        GetCandidateClustersForAttachingL2NetworkResult as GetCandidateClustersForAttachingL2NetworkResult,
    )
    from .get_candidate_interface_vlan_ids_result import (
        GetCandidateInterfaceVlanIdsResult as GetCandidateInterfaceVlanIdsResult,
    )
    from .get_candidate_iso_for_attaching_vm_result import (
        GetCandidateIsoForAttachingVmResult as GetCandidateIsoForAttachingVmResult,
    )
    from .get_candidate_l2_networks_for_attaching_cluster_result import (
        GetCandidateL2NetworksForAttachingClusterResult as GetCandidateL2NetworksForAttachingClusterResult,
    )
    from .get_candidate_l3_networks_for_change_vm_nic_network_result import (
        GetCandidateL3NetworksForChangeVmNicNetworkResult as GetCandidateL3NetworksForChangeVmNicNetworkResult,
    )
    from .get_candidate_l3_networks_for_ip_sec_connection_result import (
        GetCandidateL3NetworksForIpSecConnectionResult as GetCandidateL3NetworksForIpSecConnectionResult,
    )
    from .get_candidate_l3_networks_for_load_balancer_result import (
        GetCandidateL3NetworksForLoadBalancerResult as GetCandidateL3NetworksForLoadBalancerResult,
    )
    from .get_candidate_l3_networks_for_server_group_result import (
        GetCandidateL3NetworksForServerGroupResult as GetCandidateL3NetworksForServerGroupResult,
    )
    from .get_candidate_ldap_entry_for_binding_result import (
        GetCandidateLdapEntryForBindingResult as GetCandidateLdapEntryForBindingResult,
    )
    from .get_candidate_ldap_entry_for_iam2_binding_result import (
        GetCandidateLdapEntryForIAM2BindingResult as GetCandidateLdapEntryForIAM2BindingResult,
    )
    from .get_candidate_mini_hosts_result import (
        GetCandidateMiniHostsResult as GetCandidateMiniHostsResult,
    )
    from .get_candidate_network_interfaces_result import (
        GetCandidateNetworkInterfacesResult as GetCandidateNetworkInterfacesResult,
    )
    from .get_candidate_primary_storages_for_creating_vm_result import (
        GetCandidatePrimaryStoragesForCreatingVmResult as GetCandidatePrimaryStoragesForCreatingVmResult,
    )
    from .get_candidate_vm_for_attaching_affinity_group_result import (
        GetCandidateVMForAttachingAffinityGroupResult as GetCandidateVMForAttachingAffinityGroupResult,
    )
    from .get_candidate_vm_for_attaching_iso_result import (
        GetCandidateVmForAttachingIsoResult as GetCandidateVmForAttachingIsoResult,
    )
    from .get_candidate_vm_nic_for_security_group_result import (
        GetCandidateVmNicForSecurityGroupResult as GetCandidateVmNicForSecurityGroupResult,
    )
    from .get_candidate_vm_nics_for_load_balancer_result import (
        GetCandidateVmNicsForLoadBalancerResult as GetCandidateVmNicsForLoadBalancerResult,
    )
    from .get_candidate_vm_nics_for_load_balancer_server_group_result import (
        GetCandidateVmNicsForLoadBalancerServerGroupResult as GetCandidateVmNicsForLoadBalancerServerGroupResult,
    )
    from .get_candidate_vm_nics_for_port_mirror_result import (
        GetCandidateVmNicsForPortMirrorResult as GetCandidateVmNicsForPortMirrorResult,
    )
    from .get_candidate_zones_clusters_hosts_for_creating_vm_result import (
        GetCandidateZonesClustersHostsForCreatingVmResult as GetCandidateZonesClustersHostsForCreatingVmResult,
    )
    from .get_cdp_backup_storage_requirement_result import (
        GetCdpBackupStorageRequirementResult as GetCdpBackupStorageRequirementResult,
    )
    from .get_chain_task_result import GetChainTaskResult as GetChainTaskResult
    from .get_chrony_servers_result import GetChronyServersResult as GetChronyServersResult
    from .get_cluster_drs_status_result import (
        GetClusterDRSStatusResult as GetClusterDRSStatusResult,
    )
    from .get_cluster_host_network_facts_result import (
        GetClusterHostNetworkFactsResult as GetClusterHostNetworkFactsResult,
    )
    from .get_connection_access_point_from_remote_result import (
        GetConnectionAccessPointFromRemoteResult as GetConnectionAccessPointFromRemoteResult,
    )
    from .get_connection_between_l3_network_and_aliyun_v_switch_result import (
        GetConnectionBetweenL3NetworkAndAliyunVSwitchResult as GetConnectionBetweenL3NetworkAndAliyunVSwitchResult,
    )
    from .get_cpu_memory_capacity_result import (
        GetCpuMemoryCapacityResult as GetCpuMemoryCapacityResult,
    )
    from .get_create_ecs_image_progress_result import (
        GetCreateEcsImageProgressResult as GetCreateEcsImageProgressResult,
    )
    from .get_current_time_result import GetCurrentTimeResult as GetCurrentTimeResult
    from .get_data_center_from_remote_result import (
        GetDataCenterFromRemoteResult as GetDataCenterFromRemoteResult,
    )
    from .get_data_volume_attachable_vm_result import (
        GetDataVolumeAttachableVmResult as GetDataVolumeAttachableVmResult,
    )
    from .get_database_backup_from_image_store_result import (
        GetDatabaseBackupFromImageStoreResult as GetDatabaseBackupFromImageStoreResult,
    )
    from .get_debug_signal_result import GetDebugSignalResult as GetDebugSignalResult
    from .get_ecs_instance_type_result import GetEcsInstanceTypeResult as GetEcsInstanceTypeResult
    from .get_ecs_instance_vnc_url_result import (
        GetEcsInstanceVncUrlResult as GetEcsInstanceVncUrlResult,
    )
    from .get_eip_attachable_vm_nics_result import (
        GetEipAttachableVmNicsResult as GetEipAttachableVmNicsResult,
    )
    from .get_elaboration_categories_result import (
        GetElaborationCategoriesResult as GetElaborationCategoriesResult,
    )
    from .get_elaborations_result import GetElaborationsResult as GetElaborationsResult
    from .get_encrypted_field_result import GetEncryptedFieldResult as GetEncryptedFieldResult
    from .get_event_data_result import GetEventDataResult as GetEventDataResult
    from .get_external_services_result import GetExternalServicesResult as GetExternalServicesResult
    from .get_factory_mode_state_result import (
        GetFactoryModeStateResult as GetFactoryModeStateResult,
    )
    from .get_fault_tolerance_vms_result import (
        GetFaultToleranceVmsResult as GetFaultToleranceVmsResult,
    )
    from .get_flow_meter_router_id_result import (
        GetFlowMeterRouterIdResult as GetFlowMeterRouterIdResult,
    )
    from .get_free_ip_of_ip_range_result import GetFreeIpOfIpRangeResult as GetFreeIpOfIpRangeResult
    from .get_free_ip_of_l3_network_result import (
        GetFreeIpOfL3NetworkResult as GetFreeIpOfL3NetworkResult,
    )
    from .get_free_ip_result import GetFreeIpResult as GetFreeIpResult
    from .get_global_config_options_result import (
        GetGlobalConfigOptionsResult as GetGlobalConfigOptionsResult,
    )
    from .get_guest_os_metadata_result import GetGuestOsMetadataResult as GetGuestOsMetadataResult
    from .get_host_allocator_strategies_result import (
        GetHostAllocatorStrategiesResult as GetHostAllocatorStrategiesResult,
    )
    from .get_host_candidates_for_vm_migration_result import (
        GetHostCandidatesForVmMigrationResult as GetHostCandidatesForVmMigrationResult,
    )
    from .get_host_iommu_state_result import GetHostIommuStateResult as GetHostIommuStateResult
    from .get_host_iommu_status_result import GetHostIommuStatusResult as GetHostIommuStatusResult
    from .get_host_multipath_topology_result import (
        GetHostMultipathTopologyResult as GetHostMultipathTopologyResult,
    )
    from .get_host_network_facts_result import (
        GetHostNetworkFactsResult as GetHostNetworkFactsResult,
    )
    from .get_host_network_interface_lldp_result import (
        GetHostNetworkInterfaceLldpResult as GetHostNetworkInterfaceLldpResult,
    )
    from .get_host_numa_topology_result import (
        GetHostNUMATopologyResult as GetHostNUMATopologyResult,
    )
    from .get_host_physical_memory_facts_result import (
        GetHostPhysicalMemoryFactsResult as GetHostPhysicalMemoryFactsResult,
    )
    from .get_host_power_status_result import GetHostPowerStatusResult as GetHostPowerStatusResult
    from .get_host_resource_allocation_result import (
        GetHostResourceAllocationResult as GetHostResourceAllocationResult,
    )
    from .get_host_task_result import GetHostTaskResult as GetHostTaskResult
    from .get_host_web_ssh_url_result import GetHostWebSshUrlResult as GetHostWebSshUrlResult
    from .get_hypervisor_types_result import GetHypervisorTypesResult as GetHypervisorTypesResult
    from .get_iam2_organization_virtual_id_number_result import (
        GetIAM2OrganizationVirtualIDNumberResult as GetIAM2OrganizationVirtualIDNumberResult,
    )
    from .get_iam2_projects_of_virtual_id_result import (
        GetIAM2ProjectsOfVirtualIDResult as GetIAM2ProjectsOfVirtualIDResult,
    )
    from .get_iam2_system_attributes_result import (
        GetIAM2SystemAttributesResult as GetIAM2SystemAttributesResult,
    )
    from .get_iam2_virtual_id_in_group_result import (
        GetIAM2VirtualIDInGroupResult as GetIAM2VirtualIDInGroupResult,
    )
    from .get_iam2_virtual_idapi_permission_result import (
        GetIAM2VirtualIDAPIPermissionResult as GetIAM2VirtualIDAPIPermissionResult,
    )
    from .get_identity_zone_from_remote_result import (
        GetIdentityZoneFromRemoteResult as GetIdentityZoneFromRemoteResult,
    )
    from .get_image_candidates_for_vm_to_change_result import (
        GetImageCandidatesForVmToChangeResult as GetImageCandidatesForVmToChangeResult,
    )
    from .get_image_qga_result import GetImageQgaResult as GetImageQgaResult
    from .get_images_from_image_store_backup_storage_result import (
        GetImagesFromImageStoreBackupStorageResult as GetImagesFromImageStoreBackupStorageResult,
    )
    from .get_interdependent_l3_networks_backup_storages_result import (
        GetInterdependentL3NetworksBackupStoragesResult as GetInterdependentL3NetworksBackupStoragesResult,
    )
    from .get_interdependent_l3_networks_images_result import (
        GetInterdependentL3NetworksImagesResult as GetInterdependentL3NetworksImagesResult,
    )
    from .get_interface_service_type_statistic_result import (
        GetInterfaceServiceTypeStatisticResult as GetInterfaceServiceTypeStatisticResult,
    )
    from .get_ip_address_capacity_result import (
        GetIpAddressCapacityResult as GetIpAddressCapacityResult,
    )
    from .get_l2_network_types_result import GetL2NetworkTypesResult as GetL2NetworkTypesResult
    from .get_l3_network_dhcp_ip_address_result import (
        GetL3NetworkDhcpIpAddressResult as GetL3NetworkDhcpIpAddressResult,
    )
    from .get_l3_network_ip_statistic_result import (
        GetL3NetworkIpStatisticResult as GetL3NetworkIpStatisticResult,
    )
    from .get_l3_network_mtu_result import GetL3NetworkMtuResult as GetL3NetworkMtuResult
    from .get_l3_network_router_interface_ip_result import (
        GetL3NetworkRouterInterfaceIpResult as GetL3NetworkRouterInterfaceIpResult,
    )
    from .get_l3_network_types_result import GetL3NetworkTypesResult as GetL3NetworkTypesResult
    from .get_latest_guest_tools_for_vm_result import (
        GetLatestGuestToolsForVmResult as GetLatestGuestToolsForVmResult,
    )
    from .get_ldap_entry_result import GetLdapEntryResult as GetLdapEntryResult
    from .get_ldap_server_available_attributes_result import (
        GetLdapServerAvailableAttributesResult as GetLdapServerAvailableAttributesResult,
    )
    from .get_license_add_ons_result import GetLicenseAddOnsResult as GetLicenseAddOnsResult
    from .get_license_capabilities_result import (
        GetLicenseCapabilitiesResult as GetLicenseCapabilitiesResult,
    )
    from .get_license_info_result import GetLicenseInfoResult as GetLicenseInfoResult
    from .get_license_records_result import GetLicenseRecordsResult as GetLicenseRecordsResult
    from .get_license_u_key_status_result import (
        GetLicenseUKeyStatusResult as GetLicenseUKeyStatusResult,
    )
    from .get_load_balancer_listener_acl_entries_result import (
        GetLoadBalancerListenerACLEntriesResult as GetLoadBalancerListenerACLEntriesResult,
    )
    from .get_load_balancer_owner_result import (
        GetLoadBalancerOwnerResult as GetLoadBalancerOwnerResult,
    )
    from .get_local_raid_physical_drive_smart_result import (
        GetLocalRaidPhysicalDriveSmartResult as GetLocalRaidPhysicalDriveSmartResult,
    )
    from .get_local_storage_host_disk_capacity_result import (
        GetLocalStorageHostDiskCapacityResult as GetLocalStorageHostDiskCapacityResult,
    )
    from .get_log_configuration_result import GetLogConfigurationResult as GetLogConfigurationResult
    from .get_login_captcha_result import GetLoginCaptchaResult as GetLoginCaptchaResult
    from .get_login_procedures_result import GetLoginProceduresResult as GetLoginProceduresResult
    from .get_management_node_arch_result import (
        GetManagementNodeArchResult as GetManagementNodeArchResult,
    )
    from .get_management_node_dir_capacity_result import (
        GetManagementNodeDirCapacityResult as GetManagementNodeDirCapacityResult,
    )
    from .get_management_node_os_result import (
        GetManagementNodeOSResult as GetManagementNodeOSResult,
    )
    from .get_mdev_device_candidates_result import (
        GetMdevDeviceCandidatesResult as GetMdevDeviceCandidatesResult,
    )
    from .get_mdev_device_spec_candidates_result import (
        GetMdevDeviceSpecCandidatesResult as GetMdevDeviceSpecCandidatesResult,
    )
    from .get_memory_snapshot_group_reference_result import (
        GetMemorySnapshotGroupReferenceResult as GetMemorySnapshotGroupReferenceResult,
    )
    from .get_metric_data_result import GetMetricDataResult as GetMetricDataResult
    from .get_metric_label_value_result import (
        GetMetricLabelValueResult as GetMetricLabelValueResult,
    )
    from .get_monitor_item_result import GetMonitorItemResult as GetMonitorItemResult
    from .get_network_service_types_result import (
        GetNetworkServiceTypesResult as GetNetworkServiceTypesResult,
    )
    from .get_nic_qos_result import GetNicQosResult as GetNicQosResult
    from .get_no_trigger_scheduler_jobs_result import (
        GetNoTriggerSchedulerJobsResult as GetNoTriggerSchedulerJobsResult,
    )
    from .get_o_auth2_token_result import GetOAuth2TokenResult as GetOAuth2TokenResult
    from .get_observability_server_service_data_result import (
        GetObservabilityServerServiceDataResult as GetObservabilityServerServiceDataResult,
    )
    from .get_organization_quota_usage_result import (
        GetOrganizationQuotaUsageResult as GetOrganizationQuotaUsageResult,
    )
    from .get_oss_backup_bucket_from_remote_result import (
        GetOssBackupBucketFromRemoteResult as GetOssBackupBucketFromRemoteResult,
    )
    from .get_oss_bucket_file_from_remote_result import (
        GetOssBucketFileFromRemoteResult as GetOssBucketFileFromRemoteResult,
    )
    from .get_oss_bucket_name_from_remote_result import (
        GetOssBucketNameFromRemoteResult as GetOssBucketNameFromRemoteResult,
    )
    from .get_pci_device_candidates_for_attaching_vm_result import (
        GetPciDeviceCandidatesForAttachingVmResult as GetPciDeviceCandidatesForAttachingVmResult,
    )
    from .get_pci_device_candidates_for_new_create_vm_result import (
        GetPciDeviceCandidatesForNewCreateVmResult as GetPciDeviceCandidatesForNewCreateVmResult,
    )
    from .get_pci_device_spec_candidates_result import (
        GetPciDeviceSpecCandidatesResult as GetPciDeviceSpecCandidatesResult,
    )
    from .get_platform_time_zone_result import (
        GetPlatformTimeZoneResult as GetPlatformTimeZoneResult,
    )
    from .get_policy_route_rule_set_from_virtual_router_result import (
        GetPolicyRouteRuleSetFromVirtualRouterResult as GetPolicyRouteRuleSetFromVirtualRouterResult,
    )
    from .get_port_forwarding_attachable_vm_nics_result import (
        GetPortForwardingAttachableVmNicsResult as GetPortForwardingAttachableVmNicsResult,
    )
    from .get_primary_storage_allocator_strategies_result import (
        GetPrimaryStorageAllocatorStrategiesResult as GetPrimaryStorageAllocatorStrategiesResult,
    )
    from .get_primary_storage_candidates_for_vm_migration_result import (
        GetPrimaryStorageCandidatesForVmMigrationResult as GetPrimaryStorageCandidatesForVmMigrationResult,
    )
    from .get_primary_storage_candidates_for_volume_migration_result import (
        GetPrimaryStorageCandidatesForVolumeMigrationResult as GetPrimaryStorageCandidatesForVolumeMigrationResult,
    )
    from .get_primary_storage_capacity_result import (
        GetPrimaryStorageCapacityResult as GetPrimaryStorageCapacityResult,
    )
    from .get_primary_storage_license_info_result import (
        GetPrimaryStorageLicenseInfoResult as GetPrimaryStorageLicenseInfoResult,
    )
    from .get_primary_storage_types_result import (
        GetPrimaryStorageTypesResult as GetPrimaryStorageTypesResult,
    )
    from .get_primary_storage_usage_report_result import (
        GetPrimaryStorageUsageReportResult as GetPrimaryStorageUsageReportResult,
    )
    from .get_resource_account_result import GetResourceAccountResult as GetResourceAccountResult
    from .get_resource_bindable_config_result import (
        GetResourceBindableConfigResult as GetResourceBindableConfigResult,
    )
    from .get_resource_config_result import GetResourceConfigResult as GetResourceConfigResult
    from .get_resource_configs_result import GetResourceConfigsResult as GetResourceConfigsResult
    from .get_resource_from_publish_app_result import (
        GetResourceFromPublishAppResult as GetResourceFromPublishAppResult,
    )
    from .get_resource_from_resource_stack_result import (
        GetResourceFromResourceStackResult as GetResourceFromResourceStackResult,
    )
    from .get_resource_names_result import GetResourceNamesResult as GetResourceNamesResult
    from .get_resource_stack_from_resource_result import (
        GetResourceStackFromResourceResult as GetResourceStackFromResourceResult,
    )
    from .get_resource_stack_vm_status_result import (
        GetResourceStackVmStatusResult as GetResourceStackVmStatusResult,
    )
    from .get_route_table_vpc_v_router_candidate_result import (
        GetRouteTableVpcVRouterCandidateResult as GetRouteTableVpcVRouterCandidateResult,
    )
    from .get_scheduler_execution_report_result import (
        GetSchedulerExecutionReportResult as GetSchedulerExecutionReportResult,
    )
    from .get_scsi_lun_candidates_for_attaching_vm_result import (
        GetScsiLunCandidatesForAttachingVmResult as GetScsiLunCandidatesForAttachingVmResult,
    )
    from .get_shared_block_candidate_result import (
        GetSharedBlockCandidateResult as GetSharedBlockCandidateResult,
    )
    from .get_signature_server_encrypt_public_key_result import (
        GetSignatureServerEncryptPublicKeyResult as GetSignatureServerEncryptPublicKeyResult,
    )
    from .get_spice_certificates_result import (
        GetSpiceCertificatesResult as GetSpiceCertificatesResult,
    )
    from .get_sso_client_result import GetSSOClientResult as GetSSOClientResult
    from .get_support_apis_result import GetSupportAPIsResult as GetSupportAPIsResult
    from .get_supported_cloud_formation_resources_result import (
        GetSupportedCloudFormationResourcesResult as GetSupportedCloudFormationResourcesResult,
    )
    from .get_supported_identity_models_result import (
        GetSupportedIdentityModelsResult as GetSupportedIdentityModelsResult,
    )
    from .get_task_progress_result import GetTaskProgressResult as GetTaskProgressResult
    from .get_text_template_arg_result import GetTextTemplateArgResult as GetTextTemplateArgResult
    from .get_trash_on_backup_storage_result import (
        GetTrashOnBackupStorageResult as GetTrashOnBackupStorageResult,
    )
    from .get_trash_on_primary_storage_result import (
        GetTrashOnPrimaryStorageResult as GetTrashOnPrimaryStorageResult,
    )
    from .get_two_factor_authentication_secret_result import (
        GetTwoFactorAuthenticationSecretResult as GetTwoFactorAuthenticationSecretResult,
    )
    from .get_two_factor_authentication_state_result import (
        GetTwoFactorAuthenticationStateResult as GetTwoFactorAuthenticationStateResult,
    )
    from .get_upload_image_job_details_result import (
        GetUploadImageJobDetailsResult as GetUploadImageJobDetailsResult,
    )
    from .get_usb_device_candidates_for_attaching_vm_result import (
        GetUsbDeviceCandidatesForAttachingVmResult as GetUsbDeviceCandidatesForAttachingVmResult,
    )
    from .get_v_router_flow_counter_result import (
        GetVRouterFlowCounterResult as GetVRouterFlowCounterResult,
    )
    from .get_v_router_ospf_neighbor_result import (
        GetVRouterOspfNeighborResult as GetVRouterOspfNeighborResult,
    )
    from .get_v_router_route_table_result import (
        GetVRouterRouteTableResult as GetVRouterRouteTableResult,
    )
    from .get_v_router_router_id_result import GetVRouterRouterIdResult as GetVRouterRouterIdResult
    from .get_v_switch_types_result import GetVSwitchTypesResult as GetVSwitchTypesResult
    from .get_version_result import GetVersionResult as GetVersionResult
    from .get_vf_pci_device_available_in_l2_network_result import (
        GetVfPciDeviceAvailableInL2NetworkResult as GetVfPciDeviceAvailableInL2NetworkResult,
    )
    from .get_vip_available_port_result import (
        GetVipAvailablePortResult as GetVipAvailablePortResult,
    )
    from .get_vip_qos_result import GetVipQosResult as GetVipQosResult
    from .get_vip_used_ports_result import GetVipUsedPortsResult as GetVipUsedPortsResult
    from .get_virtual_router_software_version_result import (
        GetVirtualRouterSoftwareVersionResult as GetVirtualRouterSoftwareVersionResult,
    )
    from .get_virtualizer_info_result import GetVirtualizerInfoResult as GetVirtualizerInfoResult
    from .get_vm_attachable_data_volume_result import (
        GetVmAttachableDataVolumeResult as GetVmAttachableDataVolumeResult,
    )
    from .get_vm_attachable_l3_network_result import (
        GetVmAttachableL3NetworkResult as GetVmAttachableL3NetworkResult,
    )
    from .get_vm_boot_order_result import GetVmBootOrderResult as GetVmBootOrderResult
    from .get_vm_capabilities_result import GetVmCapabilitiesResult as GetVmCapabilitiesResult
    from .get_vm_console_address_result import (
        GetVmConsoleAddressResult as GetVmConsoleAddressResult,
    )
    from .get_vm_console_password_result import (
        GetVmConsolePasswordResult as GetVmConsolePasswordResult,
    )
    from .get_vm_device_address_result import GetVmDeviceAddressResult as GetVmDeviceAddressResult
    from .get_vm_emulator_pinning_result import (
        GetVmEmulatorPinningResult as GetVmEmulatorPinningResult,
    )
    from .get_vm_guest_tools_info_result import (
        GetVmGuestToolsInfoResult as GetVmGuestToolsInfoResult,
    )
    from .get_vm_hostname_result import GetVmHostnameResult as GetVmHostnameResult
    from .get_vm_instance_first_boot_device_result import (
        GetVmInstanceFirstBootDeviceResult as GetVmInstanceFirstBootDeviceResult,
    )
    from .get_vm_instance_ha_level_result import (
        GetVmInstanceHaLevelResult as GetVmInstanceHaLevelResult,
    )
    from .get_vm_instance_protected_recovery_points_result import (
        GetVmInstanceProtectedRecoveryPointsResult as GetVmInstanceProtectedRecoveryPointsResult,
    )
    from .get_vm_instance_recovery_points_result import (
        GetVmInstanceRecoveryPointsResult as GetVmInstanceRecoveryPointsResult,
    )
    from .get_vm_migration_candidate_hosts_result import (
        GetVmMigrationCandidateHostsResult as GetVmMigrationCandidateHostsResult,
    )
    from .get_vm_monitor_number_result import GetVmMonitorNumberResult as GetVmMonitorNumberResult
    from .get_vm_nic_attachable_eips_result import (
        GetVmNicAttachableEipsResult as GetVmNicAttachableEipsResult,
    )
    from .get_vm_nic_attached_network_service_result import (
        GetVmNicAttachedNetworkServiceResult as GetVmNicAttachedNetworkServiceResult,
    )
    from .get_vm_numa_result import GetVmNumaResult as GetVmNumaResult
    from .get_vm_qga_result import GetVmQgaResult as GetVmQgaResult
    from .get_vm_rdp_result import GetVmRDPResult as GetVmRDPResult
    from .get_vm_scheduling_rules_execute_state_result import (
        GetVmSchedulingRulesExecuteStateResult as GetVmSchedulingRulesExecuteStateResult,
    )
    from .get_vm_ssh_key_result import GetVmSshKeyResult as GetVmSshKeyResult
    from .get_vm_starting_candidate_clusters_hosts_result import (
        GetVmStartingCandidateClustersHostsResult as GetVmStartingCandidateClustersHostsResult,
    )
    from .get_vm_task_result import GetVmTaskResult as GetVmTaskResult
    from .get_vm_usb_redirect_result import GetVmUsbRedirectResult as GetVmUsbRedirectResult
    from .get_vm_xml_hook_script_result import GetVmXmlHookScriptResult as GetVmXmlHookScriptResult
    from .get_vm_xml_result import GetVmXmlResult as GetVmXmlResult
    from .get_vms_capabilities_result import GetVmsCapabilitiesResult as GetVmsCapabilitiesResult
    from .get_vms_scheduling_state_from_scheduling_rule_result import (
        GetVmsSchedulingStateFromSchedulingRuleResult as GetVmsSchedulingStateFromSchedulingRuleResult,
    )
    from .get_vmv_numa_topology_result import GetVmvNUMATopologyResult as GetVmvNUMATopologyResult
    from .get_volume_capabilities_result import (
        GetVolumeCapabilitiesResult as GetVolumeCapabilitiesResult,
    )
    from .get_volume_format_result import GetVolumeFormatResult as GetVolumeFormatResult
    from .get_volume_io_thread_pin_result import (
        GetVolumeIoThreadPinResult as GetVolumeIoThreadPinResult,
    )
    from .get_volume_qos_result import GetVolumeQosResult as GetVolumeQosResult
    from .get_volume_snapshot_size_result import (
        GetVolumeSnapshotSizeResult as GetVolumeSnapshotSizeResult,
    )
    from .get_vpc_attached_eip_result import GetVpcAttachedEipResult as GetVpcAttachedEipResult
    from .get_vpc_attached_ipsec_result import (
        GetVpcAttachedIpsecResult as GetVpcAttachedIpsecResult,
    )
    from .get_vpc_attached_load_balancer_result import (
        GetVpcAttachedLoadBalancerResult as GetVpcAttachedLoadBalancerResult,
    )
    from .get_vpc_attached_netflow_result import (
        GetVpcAttachedNetflowResult as GetVpcAttachedNetflowResult,
    )
    from .get_vpc_attached_ospf_result import GetVpcAttachedOspfResult as GetVpcAttachedOspfResult
    from .get_vpc_attached_port_forwarding_rules_result import (
        GetVpcAttachedPortForwardingRulesResult as GetVpcAttachedPortForwardingRulesResult,
    )
    from .get_vpc_attached_vip_result import GetVpcAttachedVipResult as GetVpcAttachedVipResult
    from .get_vpc_ipsec_log_result import GetVpcIPsecLogResult as GetVpcIPsecLogResult
    from .get_vpc_multicast_route_result import (
        GetVpcMulticastRouteResult as GetVpcMulticastRouteResult,
    )
    from .get_vpc_v_router_distributed_routing_connections_result import (
        GetVpcVRouterDistributedRoutingConnectionsResult as GetVpcVRouterDistributedRoutingConnectionsResult,
    )
    from .get_vpc_v_router_distributed_routing_enabled_result import (
        GetVpcVRouterDistributedRoutingEnabledResult as GetVpcVRouterDistributedRoutingEnabledResult,
    )
    from .get_vpc_v_router_network_service_state_result import (
        GetVpcVRouterNetworkServiceStateResult as GetVpcVRouterNetworkServiceStateResult,
    )
    from .get_vpc_vpn_configuration_from_remote_result import (
        GetVpcVpnConfigurationFromRemoteResult as GetVpcVpnConfigurationFromRemoteResult,
    )
    from .get_z_box_backup_details_result import (
        GetZBoxBackupDetailsResult as GetZBoxBackupDetailsResult,
    )
    from .get_z_watch_alert_histogram_result import (
        GetZWatchAlertHistogramResult as GetZWatchAlertHistogramResult,
    )
    from .get_zone_result import GetZoneResult as GetZoneResult
    from .global_config_inventory import GlobalConfigInventory as GlobalConfigInventory
    from .global_config_options import GlobalConfigOptions as GlobalConfigOptions
    from .global_config_template_inventory import (
        GlobalConfigTemplateInventory as GlobalConfigTemplateInventory,
    )
    from .gpu_device_inventory import GpuDeviceInventory as GpuDeviceInventory
    from .guest_os_character_inventory import GuestOsCharacterInventory as GuestOsCharacterInventory
    from .guest_tools_inventory import GuestToolsInventory as GuestToolsInventory
    from .guest_tools_state_inventory import GuestToolsStateInventory as GuestToolsStateInventory
    from .guest_vm_script_executed_record_detail_inventory import (
        GuestVmScriptExecutedRecordDetailInventory as GuestVmScriptExecutedRecordDetailInventory,
    )
    from .guest_vm_script_executed_record_inventory import (
        GuestVmScriptExecutedRecordInventory as GuestVmScriptExecutedRecordInventory,
    )
    from .guest_vm_script_inventory import GuestVmScriptInventory as GuestVmScriptInventory
    from .ha_strategy_condition_inventory import (
        HaStrategyConditionInventory as HaStrategyConditionInventory,
    )
    from .hardware_l2_vxlan_network_pool_inventory import (
        HardwareL2VxlanNetworkPoolInventory as HardwareL2VxlanNetworkPoolInventory,
    )
    from .hba_device_inventory import HBADeviceInventory as HBADeviceInventory
    from .host_disk_capacity import HostDiskCapacity as HostDiskCapacity
    from .host_inventory import HostInventory as HostInventory
    from .host_ipmi_inventory import HostIpmiInventory as HostIpmiInventory
    from .host_network_bonding_inventory import (
        HostNetworkBondingInventory as HostNetworkBondingInventory,
    )
    from .host_network_bonding_service_ref_inventory import (
        HostNetworkBondingServiceRefInventory as HostNetworkBondingServiceRefInventory,
    )
    from .host_network_interface_inventory import (
        HostNetworkInterfaceInventory as HostNetworkInterfaceInventory,
    )
    from .host_network_interface_lldp_inventory import (
        HostNetworkInterfaceLldpInventory as HostNetworkInterfaceLldpInventory,
    )
    from .host_network_interface_lldp_ref_inventory import (
        HostNetworkInterfaceLldpRefInventory as HostNetworkInterfaceLldpRefInventory,
    )
    from .host_network_interface_service_ref_inventory import (
        HostNetworkInterfaceServiceRefInventory as HostNetworkInterfaceServiceRefInventory,
    )
    from .host_network_label_inventory import HostNetworkLabelInventory as HostNetworkLabelInventory
    from .host_numa_node import HostNUMANode as HostNUMANode
    from .host_os_category_inventory import HostOsCategoryInventory as HostOsCategoryInventory
    from .host_ref import HostRef as HostRef
    from .host_scheduling_rule_group_inventory import (
        HostSchedulingRuleGroupInventory as HostSchedulingRuleGroupInventory,
    )
    from .huawei_i_master_fabric_inventory import (
        HuaweiIMasterFabricInventory as HuaweiIMasterFabricInventory,
    )
    from .huawei_i_master_tenant_inventory import (
        HuaweiIMasterTenantInventory as HuaweiIMasterTenantInventory,
    )
    from .huawei_i_master_v_router_inventory import (
        HuaweiIMasterVRouterInventory as HuaweiIMasterVRouterInventory,
    )
    from .huawei_i_master_vpc_inventory import (
        HuaweiIMasterVpcInventory as HuaweiIMasterVpcInventory,
    )
    from .hybrid_account_inventory import HybridAccountInventory as HybridAccountInventory
    from .hybrid_eip_address_inventory import HybridEipAddressInventory as HybridEipAddressInventory
    from .iam2_attribute_inventory import IAM2AttributeInventory as IAM2AttributeInventory
    from .iam2_organization_attribute_inventory import (
        IAM2OrganizationAttributeInventory as IAM2OrganizationAttributeInventory,
    )
    from .iam2_organization_inventory import IAM2OrganizationInventory as IAM2OrganizationInventory
    from .iam2_organization_project_ref_inventory import (
        IAM2OrganizationProjectRefInventory as IAM2OrganizationProjectRefInventory,
    )
    from .iam2_project_account_ref_inventory import (
        IAM2ProjectAccountRefInventory as IAM2ProjectAccountRefInventory,
    )
    from .iam2_project_attribute_inventory import (
        IAM2ProjectAttributeInventory as IAM2ProjectAttributeInventory,
    )
    from .iam2_project_inventory import IAM2ProjectInventory as IAM2ProjectInventory
    from .iam2_project_template_inventory import (
        IAM2ProjectTemplateInventory as IAM2ProjectTemplateInventory,
    )
    from .iam2_virtual_id_attribute_inventory import (
        IAM2VirtualIDAttributeInventory as IAM2VirtualIDAttributeInventory,
    )
    from .iam2_virtual_id_group_attribute_inventory import (
        IAM2VirtualIDGroupAttributeInventory as IAM2VirtualIDGroupAttributeInventory,
    )
    from .iam2_virtual_id_group_inventory import (
        IAM2VirtualIDGroupInventory as IAM2VirtualIDGroupInventory,
    )
    from .iam2_virtual_id_inventory import IAM2VirtualIDInventory as IAM2VirtualIDInventory
    from .identify_host_result import IdentifyHostResult as IdentifyHostResult
    from .identity_zone_inventory import IdentityZoneInventory as IdentityZoneInventory
    from .image_backup_storage_ref_inventory import (
        ImageBackupStorageRefInventory as ImageBackupStorageRefInventory,
    )
    from .image_cache_inventory import ImageCacheInventory as ImageCacheInventory
    from .image_inventory import ImageInventory as ImageInventory
    from .image_package_inventory import ImagePackageInventory as ImagePackageInventory
    from .image_replication_group_inventory import (
        ImageReplicationGroupInventory as ImageReplicationGroupInventory,
    )
    from .image_store_backup_storage_inventory import (
        ImageStoreBackupStorageInventory as ImageStoreBackupStorageInventory,
    )
    from .image_store_gc_result import ImageStoreGcResult as ImageStoreGcResult
    from .inspect_bare_metal2_chassis_by_instance_result import (
        InspectBareMetal2ChassisByInstanceResult as InspectBareMetal2ChassisByInstanceResult,
    )
    from .inspect_bare_metal2_chassis_result import (
        InspectBareMetal2ChassisResult as InspectBareMetal2ChassisResult,
    )
    from .inspect_baremetal_chassis_result import (
        InspectBaremetalChassisResult as InspectBaremetalChassisResult,
    )
    from .install_path_recycle_inventory import (
        InstallPathRecycleInventory as InstallPathRecycleInventory,
    )
    from .instance_offering_inventory import InstanceOfferingInventory as InstanceOfferingInventory
    from .ip_capacity_data import IpCapacityData as IpCapacityData
    from .ip_range_inventory import IpRangeInventory as IpRangeInventory
    from .ip_statistic_data import IpStatisticData as IpStatisticData
    from .ipsec_connection_inventory import IPsecConnectionInventory as IPsecConnectionInventory
    from .ipsec_l3_network_ref_inventory import (
        IPsecL3NetworkRefInventory as IPsecL3NetworkRefInventory,
    )
    from .ipsec_peer_cidr_inventory import IPsecPeerCidrInventory as IPsecPeerCidrInventory
    from .is_opensource_version_result import IsOpensourceVersionResult as IsOpensourceVersionResult
    from .is_ready_to_go_result import IsReadyToGoResult as IsReadyToGoResult
    from .is_vf_nic_available_in_l3_network_result import (
        IsVfNicAvailableInL3NetworkResult as IsVfNicAvailableInL3NetworkResult,
    )
    from .iscsi_lun_inventory import IscsiLunInventory as IscsiLunInventory
    from .iscsi_server_cluster_ref_inventory import (
        IscsiServerClusterRefInventory as IscsiServerClusterRefInventory,
    )
    from .iscsi_server_inventory import IscsiServerInventory as IscsiServerInventory
    from .iscsi_target_inventory import IscsiTargetInventory as IscsiTargetInventory
    from .job_details import JobDetails as JobDetails
    from .json_label_inventory import JsonLabelInventory as JsonLabelInventory
    from .kvm_host_hypervisor_metadata_inventory import (
        KvmHostHypervisorMetadataInventory as KvmHostHypervisorMetadataInventory,
    )
    from .kvm_hypervisor_info_inventory import (
        KvmHypervisorInfoInventory as KvmHypervisorInfoInventory,
    )
    from .kvm_run_shell_result import KvmRunShellResult as KvmRunShellResult
    from .l2_network_data import L2NetworkData as L2NetworkData
    from .l2_network_inventory import L2NetworkInventory as L2NetworkInventory
    from .l2_vlan_network_inventory import L2VlanNetworkInventory as L2VlanNetworkInventory
    from .l2_vxlan_network_inventory import L2VxlanNetworkInventory as L2VxlanNetworkInventory
    from .l2_vxlan_network_pool_inventory import (
        L2VxlanNetworkPoolInventory as L2VxlanNetworkPoolInventory,
    )
    from .l3_network import L3Network as L3Network
    from .l3_network_host_route_inventory import (
        L3NetworkHostRouteInventory as L3NetworkHostRouteInventory,
    )
    from .l3_network_inventory import L3NetworkInventory as L3NetworkInventory
    from .ldap_account_ref_inventory import LdapAccountRefInventory as LdapAccountRefInventory
    from .ldap_resource_ref_inventory import LdapResourceRefInventory as LdapResourceRefInventory
    from .ldap_server_inventory import LdapServerInventory as LdapServerInventory
    from .license_inventory import LicenseInventory as LicenseInventory
    from .list_vm_scheduling_rules_from_execute_state_result import (
        ListVmSchedulingRulesFromExecuteStateResult as ListVmSchedulingRulesFromExecuteStateResult,
    )
    from .list_vms_from_kvm_host_result import ListVMsFromKVMHostResult as ListVMsFromKVMHostResult
    from .list_vms_from_scheduling_state_result import (
        ListVmsFromSchedulingStateResult as ListVmsFromSchedulingStateResult,
    )
    from .load_balancer_inventory import LoadBalancerInventory as LoadBalancerInventory
    from .load_balancer_listener_acl_ref_inventory import (
        LoadBalancerListenerACLRefInventory as LoadBalancerListenerACLRefInventory,
    )
    from .load_balancer_listener_certificate_ref_inventory import (
        LoadBalancerListenerCertificateRefInventory as LoadBalancerListenerCertificateRefInventory,
    )
    from .load_balancer_listener_inventory import (
        LoadBalancerListenerInventory as LoadBalancerListenerInventory,
    )
    from .load_balancer_listener_server_group_ref_inventory import (
        LoadBalancerListenerServerGroupRefInventory as LoadBalancerListenerServerGroupRefInventory,
    )
    from .load_balancer_listener_vm_nic_ref_inventory import (
        LoadBalancerListenerVmNicRefInventory as LoadBalancerListenerVmNicRefInventory,
    )
    from .load_balancer_lister_acl import LoadBalancerListerAcl as LoadBalancerListerAcl
    from .load_balancer_server_group_inventory import (
        LoadBalancerServerGroupInventory as LoadBalancerServerGroupInventory,
    )
    from .load_balancer_server_group_server_ip_inventory import (
        LoadBalancerServerGroupServerIpInventory as LoadBalancerServerGroupServerIpInventory,
    )
    from .load_balancer_server_group_vm_nic_ref_inventory import (
        LoadBalancerServerGroupVmNicRefInventory as LoadBalancerServerGroupVmNicRefInventory,
    )
    from .local_storage_get_volume_migratable_hosts_result import (
        LocalStorageGetVolumeMigratableHostsResult as LocalStorageGetVolumeMigratableHostsResult,
    )
    from .local_storage_migrate_volume_result import (
        LocalStorageMigrateVolumeResult as LocalStorageMigrateVolumeResult,
    )
    from .local_storage_resource_ref_inventory import (
        LocalStorageResourceRefInventory as LocalStorageResourceRefInventory,
    )
    from .locate_host_network_interface_result import (
        LocateHostNetworkInterfaceResult as LocateHostNetworkInterfaceResult,
    )
    from .locate_local_raid_physical_drive_result import (
        LocateLocalRaidPhysicalDriveResult as LocateLocalRaidPhysicalDriveResult,
    )
    from .log_in_by_account_result import LogInByAccountResult as LogInByAccountResult
    from .log_in_by_ldap_result import LogInByLdapResult as LogInByLdapResult
    from .log_in_by_user_result import LogInByUserResult as LogInByUserResult
    from .log_in_result import LogInResult as LogInResult
    from .log_out_result import LogOutResult as LogOutResult
    from .log_server_inventory import LogServerInventory as LogServerInventory
    from .login_authentication_procedure_desc import (
        LoginAuthenticationProcedureDesc as LoginAuthenticationProcedureDesc,
    )
    from .login_by_cas_result import LoginByCasResult as LoginByCasResult
    from .login_iam2_platform_result import LoginIAM2PlatformResult as LoginIAM2PlatformResult
    from .login_iam2_project_result import LoginIAM2ProjectResult as LoginIAM2ProjectResult
    from .login_iam2_virtual_id_result import LoginIAM2VirtualIDResult as LoginIAM2VirtualIDResult
    from .login_iam2_virtual_id_with_ldap_result import (
        LoginIAM2VirtualIDWithLdapResult as LoginIAM2VirtualIDWithLdapResult,
    )
    from .long_job_inventory import LongJobInventory as LongJobInventory
    from .management_node_inventory import ManagementNodeInventory as ManagementNodeInventory
    from .mdev_device_inventory import MdevDeviceInventory as MdevDeviceInventory
    from .mdev_device_spec_inventory import MdevDeviceSpecInventory as MdevDeviceSpecInventory
    from .media_inventory import MediaInventory as MediaInventory
    from .merge_data_on_backup_storage_result import (
        MergeDataOnBackupStorageResult as MergeDataOnBackupStorageResult,
    )
    from .metric_data_http_receiver_inventory import (
        MetricDataHttpReceiverInventory as MetricDataHttpReceiverInventory,
    )
    from .metric_rule_template_inventory import (
        MetricRuleTemplateInventory as MetricRuleTemplateInventory,
    )
    from .metric_template_inventory import MetricTemplateInventory as MetricTemplateInventory
    from .migrate_vm_result import MigrateVmResult as MigrateVmResult
    from .mirror_network_used_ip_inventory import (
        MirrorNetworkUsedIpInventory as MirrorNetworkUsedIpInventory,
    )
    from .monitor import Monitor as Monitor
    from .monitor_group_instance_inventory import (
        MonitorGroupInstanceInventory as MonitorGroupInstanceInventory,
    )
    from .monitor_group_inventory import MonitorGroupInventory as MonitorGroupInventory
    from .monitor_group_template_ref_inventory import (
        MonitorGroupTemplateRefInventory as MonitorGroupTemplateRefInventory,
    )
    from .monitor_template_inventory import MonitorTemplateInventory as MonitorTemplateInventory
    from .monitor_trigger_action_inventory import (
        MonitorTriggerActionInventory as MonitorTriggerActionInventory,
    )
    from .monitor_trigger_inventory import MonitorTriggerInventory as MonitorTriggerInventory
    from .mount_vm_instance_recovery_point_result import (
        MountVmInstanceRecoveryPointResult as MountVmInstanceRecoveryPointResult,
    )
    from .move_directory_result import MoveDirectoryResult as MoveDirectoryResult
    from .move_resources_to_directory_result import (
        MoveResourcesToDirectoryResult as MoveResourcesToDirectoryResult,
    )
    from .mtty_device_inventory import MttyDeviceInventory as MttyDeviceInventory
    from .multicast_route_inventory import MulticastRouteInventory as MulticastRouteInventory
    from .multicast_router_inventory import MulticastRouterInventory as MulticastRouterInventory
    from .multicast_router_rendezvous_point_inventory import (
        MulticastRouterRendezvousPointInventory as MulticastRouterRendezvousPointInventory,
    )
    from .multicast_router_vpc_v_router_ref_inventory import (
        MulticastRouterVpcVRouterRefInventory as MulticastRouterVpcVRouterRefInventory,
    )
    from .nas_file_system_inventory import NasFileSystemInventory as NasFileSystemInventory
    from .nas_mount_target_inventory import NasMountTargetInventory as NasMountTargetInventory
    from .neighbor import Neighbor as Neighbor
    from .network_reachable_pair import NetworkReachablePair as NetworkReachablePair
    from .network_router_area_ref_inventory import (
        NetworkRouterAreaRefInventory as NetworkRouterAreaRefInventory,
    )
    from .network_router_flow_meter_ref_inventory import (
        NetworkRouterFlowMeterRefInventory as NetworkRouterFlowMeterRefInventory,
    )
    from .network_service_l3_network_ref_inventory import (
        NetworkServiceL3NetworkRefInventory as NetworkServiceL3NetworkRefInventory,
    )
    from .network_service_provider_inventory import (
        NetworkServiceProviderInventory as NetworkServiceProviderInventory,
    )
    from .nfv_inst_group_inventory import NfvInstGroupInventory as NfvInstGroupInventory
    from .nfv_inst_inventory import NfvInstInventory as NfvInstInventory
    from .nvme_lun_host_ref_inventory import NvmeLunHostRefInventory as NvmeLunHostRefInventory
    from .nvme_lun_inventory import NvmeLunInventory as NvmeLunInventory
    from .nvme_server_inventory import NvmeServerInventory as NvmeServerInventory
    from .nvme_target_inventory import NvmeTargetInventory as NvmeTargetInventory
    from .o_auth2_client_inventory import OAuth2ClientInventory as OAuth2ClientInventory
    from .o_auth2_token_inventory import OAuth2TokenInventory as OAuth2TokenInventory
    from .observability_server_service_data_inventory import (
        ObservabilityServerServiceDataInventory as ObservabilityServerServiceDataInventory,
    )
    from .observability_server_vm_inventory import (
        ObservabilityServerVmInventory as ObservabilityServerVmInventory,
    )
    from .oss_bucket_inventory import OssBucketInventory as OssBucketInventory
    from .ovf_cd_driver_info import OvfCdDriverInfo as OvfCdDriverInfo
    from .ovf_cpu_info import OvfCpuInfo as OvfCpuInfo
    from .ovf_disk_info import OvfDiskInfo as OvfDiskInfo
    from .ovf_ethernet_adapter_info import OvfEthernetAdapterInfo as OvfEthernetAdapterInfo
    from .ovf_info import OvfInfo as OvfInfo
    from .ovf_memory_info import OvfMemoryInfo as OvfMemoryInfo
    from .ovf_os_info import OvfOSInfo as OvfOSInfo
    from .ovf_system_info import OvfSystemInfo as OvfSystemInfo
    from .ovf_volume_info import OvfVolumeInfo as OvfVolumeInfo
    from .pagination import Pagination as Pagination
    from .parse_ovf_result import ParseOvfResult as ParseOvfResult
    from .pause_vm_instance_result import PauseVmInstanceResult as PauseVmInstanceResult
    from .pci_device_inventory import PciDeviceInventory as PciDeviceInventory
    from .pci_device_mdev_spec_ref_inventory import (
        PciDeviceMdevSpecRefInventory as PciDeviceMdevSpecRefInventory,
    )
    from .pci_device_meta_data import PciDeviceMetaData as PciDeviceMetaData
    from .pci_device_meta_data_entry import PciDeviceMetaDataEntry as PciDeviceMetaDataEntry
    from .pci_device_offering_instance_offering_ref_inventory import (
        PciDeviceOfferingInstanceOfferingRefInventory as PciDeviceOfferingInstanceOfferingRefInventory,
    )
    from .pci_device_offering_inventory import (
        PciDeviceOfferingInventory as PciDeviceOfferingInventory,
    )
    from .pci_device_pci_device_offering_ref_inventory import (
        PciDevicePciDeviceOfferingRefInventory as PciDevicePciDeviceOfferingRefInventory,
    )
    from .pci_device_spec_inventory import PciDeviceSpecInventory as PciDeviceSpecInventory
    from .pending_task_info import PendingTaskInfo as PendingTaskInfo
    from .policy_inventory import PolicyInventory as PolicyInventory
    from .policy_route_rule_inventory import PolicyRouteRuleInventory as PolicyRouteRuleInventory
    from .policy_route_rule_set_inventory import (
        PolicyRouteRuleSetInventory as PolicyRouteRuleSetInventory,
    )
    from .policy_route_rule_set_l3_ref_inventory import (
        PolicyRouteRuleSetL3RefInventory as PolicyRouteRuleSetL3RefInventory,
    )
    from .policy_route_rule_set_v_router_ref_inventory import (
        PolicyRouteRuleSetVRouterRefInventory as PolicyRouteRuleSetVRouterRefInventory,
    )
    from .policy_route_table_inventory import PolicyRouteTableInventory as PolicyRouteTableInventory
    from .policy_route_table_route_entry_inventory import (
        PolicyRouteTableRouteEntryInventory as PolicyRouteTableRouteEntryInventory,
    )
    from .policy_statement import PolicyStatement as PolicyStatement
    from .port_forwarding_rule_inventory import (
        PortForwardingRuleInventory as PortForwardingRuleInventory,
    )
    from .port_mirror_inventory import PortMirrorInventory as PortMirrorInventory
    from .port_mirror_session_inventory import (
        PortMirrorSessionInventory as PortMirrorSessionInventory,
    )
    from .power_off_bare_metal2_chassis_result import (
        PowerOffBareMetal2ChassisResult as PowerOffBareMetal2ChassisResult,
    )
    from .power_off_baremetal_chassis_result import (
        PowerOffBaremetalChassisResult as PowerOffBaremetalChassisResult,
    )
    from .power_off_host_result import PowerOffHostResult as PowerOffHostResult
    from .power_on_bare_metal2_chassis_result import (
        PowerOnBareMetal2ChassisResult as PowerOnBareMetal2ChassisResult,
    )
    from .power_on_baremetal_chassis_result import (
        PowerOnBaremetalChassisResult as PowerOnBaremetalChassisResult,
    )
    from .power_on_host_result import PowerOnHostResult as PowerOnHostResult
    from .power_reset_bare_metal2_chassis_result import (
        PowerResetBareMetal2ChassisResult as PowerResetBareMetal2ChassisResult,
    )
    from .power_reset_baremetal_chassis_result import (
        PowerResetBaremetalChassisResult as PowerResetBaremetalChassisResult,
    )
    from .power_reset_host_result import PowerResetHostResult as PowerResetHostResult
    from .preconfiguration_template_inventory import (
        PreconfigurationTemplateInventory as PreconfigurationTemplateInventory,
    )
    from .preview_resource_from_app_result import (
        PreviewResourceFromAppResult as PreviewResourceFromAppResult,
    )
    from .preview_resource_stack_result import (
        PreviewResourceStackResult as PreviewResourceStackResult,
    )
    from .preview_resource_struct import PreviewResourceStruct as PreviewResourceStruct
    from .price_inventory import PriceInventory as PriceInventory
    from .price_pci_device_offering_ref_inventory import (
        PricePciDeviceOfferingRefInventory as PricePciDeviceOfferingRefInventory,
    )
    from .price_table_inventory import PriceTableInventory as PriceTableInventory
    from .primary_storage_inventory import PrimaryStorageInventory as PrimaryStorageInventory
    from .primary_storage_migrate_vm_result import (
        PrimaryStorageMigrateVmResult as PrimaryStorageMigrateVmResult,
    )
    from .primary_storage_migrate_volume_result import (
        PrimaryStorageMigrateVolumeResult as PrimaryStorageMigrateVolumeResult,
    )
    from .progress_property import ProgressProperty as ProgressProperty
    from .prometheus_query_label_values_result import (
        PrometheusQueryLabelValuesResult as PrometheusQueryLabelValuesResult,
    )
    from .prometheus_query_metadata_result import (
        PrometheusQueryMetadataResult as PrometheusQueryMetadataResult,
    )
    from .prometheus_query_pass_through_result import (
        PrometheusQueryPassThroughResult as PrometheusQueryPassThroughResult,
    )
    from .prometheus_query_vm_monitoring_data_result import (
        PrometheusQueryVmMonitoringDataResult as PrometheusQueryVmMonitoringDataResult,
    )
    from .protect_vm_instance_recovery_point_result import (
        ProtectVmInstanceRecoveryPointResult as ProtectVmInstanceRecoveryPointResult,
    )
    from .provision_nfv_inst_config_result import (
        ProvisionNfvInstConfigResult as ProvisionNfvInstConfigResult,
    )
    from .provision_nfv_inst_group_result import (
        ProvisionNfvInstGroupResult as ProvisionNfvInstGroupResult,
    )
    from .provision_slb_instance_result import (
        ProvisionSlbInstanceResult as ProvisionSlbInstanceResult,
    )
    from .provision_virtual_router_config_result import (
        ProvisionVirtualRouterConfigResult as ProvisionVirtualRouterConfigResult,
    )
    from .publish_app_inventory import PublishAppInventory as PublishAppInventory
    from .publish_app_result import PublishAppResult as PublishAppResult
    from .pull_huawei_i_master_controller_inventory import (
        PullHuaweiIMasterControllerInventory as PullHuaweiIMasterControllerInventory,
    )
    from .pull_huawei_i_master_controller_result import (
        PullHuaweiIMasterControllerResult as PullHuaweiIMasterControllerResult,
    )
    from .pull_sdn_controller_tenant_inventory import (
        PullSdnControllerTenantInventory as PullSdnControllerTenantInventory,
    )
    from .pull_sdn_controller_tenant_result import (
        PullSdnControllerTenantResult as PullSdnControllerTenantResult,
    )
    from .push_license_add_ons_usage_result import (
        PushLicenseAddOnsUsageResult as PushLicenseAddOnsUsageResult,
    )
    from .put_metric_data_result import PutMetricDataResult as PutMetricDataResult
    from .query_access_control_list_result import (
        QueryAccessControlListResult as QueryAccessControlListResult,
    )
    from .query_access_control_rule_result import (
        QueryAccessControlRuleResult as QueryAccessControlRuleResult,
    )
    from .query_access_key_result import QueryAccessKeyResult as QueryAccessKeyResult
    from .query_account_billing_result import QueryAccountBillingResult as QueryAccountBillingResult
    from .query_account_price_table_ref_result import (
        QueryAccountPriceTableRefResult as QueryAccountPriceTableRefResult,
    )
    from .query_account_resource_ref_result import (
        QueryAccountResourceRefResult as QueryAccountResourceRefResult,
    )
    from .query_account_result import QueryAccountResult as QueryAccountResult
    from .query_active_alarm_result import QueryActiveAlarmResult as QueryActiveAlarmResult
    from .query_active_alarm_template_result import (
        QueryActiveAlarmTemplateResult as QueryActiveAlarmTemplateResult,
    )
    from .query_address_pool_result import QueryAddressPoolResult as QueryAddressPoolResult
    from .query_affinity_group_result import QueryAffinityGroupResult as QueryAffinityGroupResult
    from .query_agent_version_result import QueryAgentVersionResult as QueryAgentVersionResult
    from .query_alarm_record_result import QueryAlarmRecordResult as QueryAlarmRecordResult
    from .query_alarm_result import QueryAlarmResult as QueryAlarmResult
    from .query_alert_data_ack_result import QueryAlertDataAckResult as QueryAlertDataAckResult
    from .query_alert_result import QueryAlertResult as QueryAlertResult
    from .query_aliyun_disk_from_local_result import (
        QueryAliyunDiskFromLocalResult as QueryAliyunDiskFromLocalResult,
    )
    from .query_aliyun_ebs_backup_storage_result import (
        QueryAliyunEbsBackupStorageResult as QueryAliyunEbsBackupStorageResult,
    )
    from .query_aliyun_ebs_primary_storage_result import (
        QueryAliyunEbsPrimaryStorageResult as QueryAliyunEbsPrimaryStorageResult,
    )
    from .query_aliyun_nas_access_group_result import (
        QueryAliyunNasAccessGroupResult as QueryAliyunNasAccessGroupResult,
    )
    from .query_aliyun_pangu_partition_result import (
        QueryAliyunPanguPartitionResult as QueryAliyunPanguPartitionResult,
    )
    from .query_aliyun_proxy_v_switch_result import (
        QueryAliyunProxyVSwitchResult as QueryAliyunProxyVSwitchResult,
    )
    from .query_aliyun_proxy_vpc_result import (
        QueryAliyunProxyVpcResult as QueryAliyunProxyVpcResult,
    )
    from .query_aliyun_route_entry_from_local_result import (
        QueryAliyunRouteEntryFromLocalResult as QueryAliyunRouteEntryFromLocalResult,
    )
    from .query_aliyun_router_interface_from_local_result import (
        QueryAliyunRouterInterfaceFromLocalResult as QueryAliyunRouterInterfaceFromLocalResult,
    )
    from .query_aliyun_sms_sns_text_template_result import (
        QueryAliyunSmsSNSTextTemplateResult as QueryAliyunSmsSNSTextTemplateResult,
    )
    from .query_aliyun_snapshot_from_local_result import (
        QueryAliyunSnapshotFromLocalResult as QueryAliyunSnapshotFromLocalResult,
    )
    from .query_aliyun_virtual_router_from_local_result import (
        QueryAliyunVirtualRouterFromLocalResult as QueryAliyunVirtualRouterFromLocalResult,
    )
    from .query_app_build_system_result import (
        QueryAppBuildSystemResult as QueryAppBuildSystemResult,
    )
    from .query_appliance_vm_result import QueryApplianceVmResult as QueryApplianceVmResult
    from .query_archive_ticket_history_result import (
        QueryArchiveTicketHistoryResult as QueryArchiveTicketHistoryResult,
    )
    from .query_archive_ticket_result import QueryArchiveTicketResult as QueryArchiveTicketResult
    from .query_audit_result import QueryAuditResult as QueryAuditResult
    from .query_auto_scaling_group_activity_result import (
        QueryAutoScalingGroupActivityResult as QueryAutoScalingGroupActivityResult,
    )
    from .query_auto_scaling_group_instance_result import (
        QueryAutoScalingGroupInstanceResult as QueryAutoScalingGroupInstanceResult,
    )
    from .query_auto_scaling_group_result import (
        QueryAutoScalingGroupResult as QueryAutoScalingGroupResult,
    )
    from .query_auto_scaling_rule_result import (
        QueryAutoScalingRuleResult as QueryAutoScalingRuleResult,
    )
    from .query_auto_scaling_rule_trigger_result import (
        QueryAutoScalingRuleTriggerResult as QueryAutoScalingRuleTriggerResult,
    )
    from .query_auto_scaling_vm_template_result import (
        QueryAutoScalingVmTemplateResult as QueryAutoScalingVmTemplateResult,
    )
    from .query_backup_storage_result import QueryBackupStorageResult as QueryBackupStorageResult
    from .query_bare_metal2_bonding_nic_ref_result import (
        QueryBareMetal2BondingNicRefResult as QueryBareMetal2BondingNicRefResult,
    )
    from .query_bare_metal2_bonding_result import (
        QueryBareMetal2BondingResult as QueryBareMetal2BondingResult,
    )
    from .query_bare_metal2_chassis_gpu_device_result import (
        QueryBareMetal2ChassisGpuDeviceResult as QueryBareMetal2ChassisGpuDeviceResult,
    )
    from .query_bare_metal2_chassis_offering_result import (
        QueryBareMetal2ChassisOfferingResult as QueryBareMetal2ChassisOfferingResult,
    )
    from .query_bare_metal2_chassis_pci_device_result import (
        QueryBareMetal2ChassisPciDeviceResult as QueryBareMetal2ChassisPciDeviceResult,
    )
    from .query_bare_metal2_chassis_result import (
        QueryBareMetal2ChassisResult as QueryBareMetal2ChassisResult,
    )
    from .query_bare_metal2_gateway_result import (
        QueryBareMetal2GatewayResult as QueryBareMetal2GatewayResult,
    )
    from .query_bare_metal2_instance_result import (
        QueryBareMetal2InstanceResult as QueryBareMetal2InstanceResult,
    )
    from .query_bare_metal2_provision_network_result import (
        QueryBareMetal2ProvisionNetworkResult as QueryBareMetal2ProvisionNetworkResult,
    )
    from .query_baremetal_bonding_result import (
        QueryBaremetalBondingResult as QueryBaremetalBondingResult,
    )
    from .query_baremetal_chassis_result import (
        QueryBaremetalChassisResult as QueryBaremetalChassisResult,
    )
    from .query_baremetal_instance_result import (
        QueryBaremetalInstanceResult as QueryBaremetalInstanceResult,
    )
    from .query_baremetal_pxe_server_result import (
        QueryBaremetalPxeServerResult as QueryBaremetalPxeServerResult,
    )
    from .query_block_primary_storage_result import (
        QueryBlockPrimaryStorageResult as QueryBlockPrimaryStorageResult,
    )
    from .query_block_volume_result import QueryBlockVolumeResult as QueryBlockVolumeResult
    from .query_build_app_export_history_result import (
        QueryBuildAppExportHistoryResult as QueryBuildAppExportHistoryResult,
    )
    from .query_build_app_result import QueryBuildAppResult as QueryBuildAppResult
    from .query_cbt_task_result import QueryCbtTaskResult as QueryCbtTaskResult
    from .query_ccs_certificate_result import QueryCCSCertificateResult as QueryCCSCertificateResult
    from .query_cdp_policy_result import QueryCdpPolicyResult as QueryCdpPolicyResult
    from .query_cdp_task_result import QueryCdpTaskResult as QueryCdpTaskResult
    from .query_ceph_backup_storage_result import (
        QueryCephBackupStorageResult as QueryCephBackupStorageResult,
    )
    from .query_ceph_osd_group_result import QueryCephOsdGroupResult as QueryCephOsdGroupResult
    from .query_ceph_primary_storage_pool_result import (
        QueryCephPrimaryStoragePoolResult as QueryCephPrimaryStoragePoolResult,
    )
    from .query_ceph_primary_storage_result import (
        QueryCephPrimaryStorageResult as QueryCephPrimaryStorageResult,
    )
    from .query_certificate_result import QueryCertificateResult as QueryCertificateResult
    from .query_cluster_drs_result import QueryClusterDRSResult as QueryClusterDRSResult
    from .query_cluster_result import QueryClusterResult as QueryClusterResult
    from .query_connection_access_point_from_local_result import (
        QueryConnectionAccessPointFromLocalResult as QueryConnectionAccessPointFromLocalResult,
    )
    from .query_connection_between_l3_network_and_aliyun_v_switch_result import (
        QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult as QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult,
    )
    from .query_console_proxy_agent_result import (
        QueryConsoleProxyAgentResult as QueryConsoleProxyAgentResult,
    )
    from .query_data_center_from_local_result import (
        QueryDataCenterFromLocalResult as QueryDataCenterFromLocalResult,
    )
    from .query_database_backup_result import QueryDatabaseBackupResult as QueryDatabaseBackupResult
    from .query_directory_result import QueryDirectoryResult as QueryDirectoryResult
    from .query_disk_offering_result import QueryDiskOfferingResult as QueryDiskOfferingResult
    from .query_drs_advice_result import QueryDRSAdviceResult as QueryDRSAdviceResult
    from .query_drs_vm_migration_activity_result import (
        QueryDRSVmMigrationActivityResult as QueryDRSVmMigrationActivityResult,
    )
    from .query_ecs_image_from_local_result import (
        QueryEcsImageFromLocalResult as QueryEcsImageFromLocalResult,
    )
    from .query_ecs_instance_from_local_result import (
        QueryEcsInstanceFromLocalResult as QueryEcsInstanceFromLocalResult,
    )
    from .query_ecs_security_group_from_local_result import (
        QueryEcsSecurityGroupFromLocalResult as QueryEcsSecurityGroupFromLocalResult,
    )
    from .query_ecs_security_group_rule_from_local_result import (
        QueryEcsSecurityGroupRuleFromLocalResult as QueryEcsSecurityGroupRuleFromLocalResult,
    )
    from .query_ecs_v_switch_from_local_result import (
        QueryEcsVSwitchFromLocalResult as QueryEcsVSwitchFromLocalResult,
    )
    from .query_ecs_vpc_from_local_result import (
        QueryEcsVpcFromLocalResult as QueryEcsVpcFromLocalResult,
    )
    from .query_eip_result import QueryEipResult as QueryEipResult
    from .query_email_media_result import QueryEmailMediaResult as QueryEmailMediaResult
    from .query_email_trigger_action_result import (
        QueryEmailTriggerActionResult as QueryEmailTriggerActionResult,
    )
    from .query_ethernet_vf_result import QueryEthernetVFResult as QueryEthernetVFResult
    from .query_event_from_resource_stack_result import (
        QueryEventFromResourceStackResult as QueryEventFromResourceStackResult,
    )
    from .query_event_log_result import QueryEventLogResult as QueryEventLogResult
    from .query_event_record_result import QueryEventRecordResult as QueryEventRecordResult
    from .query_event_rule_template_result import (
        QueryEventRuleTemplateResult as QueryEventRuleTemplateResult,
    )
    from .query_event_subscription_result import (
        QueryEventSubscriptionResult as QueryEventSubscriptionResult,
    )
    from .query_expon_block_volume_result import (
        QueryExponBlockVolumeResult as QueryExponBlockVolumeResult,
    )
    from .query_external_backup_result import QueryExternalBackupResult as QueryExternalBackupResult
    from .query_fault_tolerance_vm_result import (
        QueryFaultToleranceVmResult as QueryFaultToleranceVmResult,
    )
    from .query_fiber_channel_lun_result import (
        QueryFiberChannelLunResult as QueryFiberChannelLunResult,
    )
    from .query_fiber_channel_storage_result import (
        QueryFiberChannelStorageResult as QueryFiberChannelStorageResult,
    )
    from .query_firewall_ip_set_template_result import (
        QueryFirewallIpSetTemplateResult as QueryFirewallIpSetTemplateResult,
    )
    from .query_firewall_rule_result import QueryFirewallRuleResult as QueryFirewallRuleResult
    from .query_firewall_rule_set_l3_ref_result import (
        QueryFirewallRuleSetL3RefResult as QueryFirewallRuleSetL3RefResult,
    )
    from .query_firewall_rule_set_result import (
        QueryFirewallRuleSetResult as QueryFirewallRuleSetResult,
    )
    from .query_firewall_rule_template_result import (
        QueryFirewallRuleTemplateResult as QueryFirewallRuleTemplateResult,
    )
    from .query_flow_collector_result import QueryFlowCollectorResult as QueryFlowCollectorResult
    from .query_flow_meter_result import QueryFlowMeterResult as QueryFlowMeterResult
    from .query_gc_job_result import QueryGCJobResult as QueryGCJobResult
    from .query_global_config_result import QueryGlobalConfigResult as QueryGlobalConfigResult
    from .query_global_config_template_result import (
        QueryGlobalConfigTemplateResult as QueryGlobalConfigTemplateResult,
    )
    from .query_gpu_device_result import QueryGpuDeviceResult as QueryGpuDeviceResult
    from .query_guest_tools_state_result import (
        QueryGuestToolsStateResult as QueryGuestToolsStateResult,
    )
    from .query_guest_vm_script_executed_record_detail_result import (
        QueryGuestVmScriptExecutedRecordDetailResult as QueryGuestVmScriptExecutedRecordDetailResult,
    )
    from .query_guest_vm_script_executed_record_result import (
        QueryGuestVmScriptExecutedRecordResult as QueryGuestVmScriptExecutedRecordResult,
    )
    from .query_guest_vm_script_result import QueryGuestVmScriptResult as QueryGuestVmScriptResult
    from .query_hba_device_result import QueryHBADeviceResult as QueryHBADeviceResult
    from .query_host_network_bonding_result import (
        QueryHostNetworkBondingResult as QueryHostNetworkBondingResult,
    )
    from .query_host_network_interface_lldp_result import (
        QueryHostNetworkInterfaceLldpResult as QueryHostNetworkInterfaceLldpResult,
    )
    from .query_host_network_interface_result import (
        QueryHostNetworkInterfaceResult as QueryHostNetworkInterfaceResult,
    )
    from .query_host_os_category_result import (
        QueryHostOsCategoryResult as QueryHostOsCategoryResult,
    )
    from .query_host_physical_memory_result import (
        QueryHostPhysicalMemoryResult as QueryHostPhysicalMemoryResult,
    )
    from .query_host_result import QueryHostResult as QueryHostResult
    from .query_host_scheduling_rule_group_result import (
        QueryHostSchedulingRuleGroupResult as QueryHostSchedulingRuleGroupResult,
    )
    from .query_huawei_i_master_fabric_result import (
        QueryHuaweiIMasterFabricResult as QueryHuaweiIMasterFabricResult,
    )
    from .query_huawei_i_master_tenant_result import (
        QueryHuaweiIMasterTenantResult as QueryHuaweiIMasterTenantResult,
    )
    from .query_huawei_i_master_v_router_result import (
        QueryHuaweiIMasterVRouterResult as QueryHuaweiIMasterVRouterResult,
    )
    from .query_huawei_i_master_vpc_result import (
        QueryHuaweiIMasterVpcResult as QueryHuaweiIMasterVpcResult,
    )
    from .query_hybrid_eip_from_local_result import (
        QueryHybridEipFromLocalResult as QueryHybridEipFromLocalResult,
    )
    from .query_hybrid_key_secret_result import (
        QueryHybridKeySecretResult as QueryHybridKeySecretResult,
    )
    from .query_iam2_ldap_binding_result import (
        QueryIAM2LdapBindingResult as QueryIAM2LdapBindingResult,
    )
    from .query_iam2_organization_attribute_result import (
        QueryIAM2OrganizationAttributeResult as QueryIAM2OrganizationAttributeResult,
    )
    from .query_iam2_organization_project_ref_result import (
        QueryIAM2OrganizationProjectRefResult as QueryIAM2OrganizationProjectRefResult,
    )
    from .query_iam2_organization_result import (
        QueryIAM2OrganizationResult as QueryIAM2OrganizationResult,
    )
    from .query_iam2_project_account_ref_result import (
        QueryIAM2ProjectAccountRefResult as QueryIAM2ProjectAccountRefResult,
    )
    from .query_iam2_project_attribute_result import (
        QueryIAM2ProjectAttributeResult as QueryIAM2ProjectAttributeResult,
    )
    from .query_iam2_project_result import QueryIAM2ProjectResult as QueryIAM2ProjectResult
    from .query_iam2_project_role_result import (
        QueryIAM2ProjectRoleResult as QueryIAM2ProjectRoleResult,
    )
    from .query_iam2_project_template_result import (
        QueryIAM2ProjectTemplateResult as QueryIAM2ProjectTemplateResult,
    )
    from .query_iam2_virtual_id_attribute_result import (
        QueryIAM2VirtualIDAttributeResult as QueryIAM2VirtualIDAttributeResult,
    )
    from .query_iam2_virtual_id_group_attribute_result import (
        QueryIAM2VirtualIDGroupAttributeResult as QueryIAM2VirtualIDGroupAttributeResult,
    )
    from .query_iam2_virtual_id_group_result import (
        QueryIAM2VirtualIDGroupResult as QueryIAM2VirtualIDGroupResult,
    )
    from .query_iam2_virtual_id_result import QueryIAM2VirtualIDResult as QueryIAM2VirtualIDResult
    from .query_identity_zone_from_local_result import (
        QueryIdentityZoneFromLocalResult as QueryIdentityZoneFromLocalResult,
    )
    from .query_image_cache_result import QueryImageCacheResult as QueryImageCacheResult
    from .query_image_package_result import QueryImagePackageResult as QueryImagePackageResult
    from .query_image_replication_group_result import (
        QueryImageReplicationGroupResult as QueryImageReplicationGroupResult,
    )
    from .query_image_result import QueryImageResult as QueryImageResult
    from .query_image_store_backup_storage_result import (
        QueryImageStoreBackupStorageResult as QueryImageStoreBackupStorageResult,
    )
    from .query_instance_offering_result import (
        QueryInstanceOfferingResult as QueryInstanceOfferingResult,
    )
    from .query_ip_address_result import QueryIpAddressResult as QueryIpAddressResult
    from .query_ip_range_result import QueryIpRangeResult as QueryIpRangeResult
    from .query_ip_sec_connection_result import (
        QueryIPSecConnectionResult as QueryIPSecConnectionResult,
    )
    from .query_iscsi_lun_result import QueryIscsiLunResult as QueryIscsiLunResult
    from .query_iscsi_server_result import QueryIscsiServerResult as QueryIscsiServerResult
    from .query_kvm_hypervisor_info_result import (
        QueryKvmHypervisorInfoResult as QueryKvmHypervisorInfoResult,
    )
    from .query_l2_network_result import QueryL2NetworkResult as QueryL2NetworkResult
    from .query_l2_port_group_network_result import (
        QueryL2PortGroupNetworkResult as QueryL2PortGroupNetworkResult,
    )
    from .query_l2_virtual_switch_network_result import (
        QueryL2VirtualSwitchNetworkResult as QueryL2VirtualSwitchNetworkResult,
    )
    from .query_l2_vlan_network_result import QueryL2VlanNetworkResult as QueryL2VlanNetworkResult
    from .query_l2_vxlan_network_pool_result import (
        QueryL2VxlanNetworkPoolResult as QueryL2VxlanNetworkPoolResult,
    )
    from .query_l2_vxlan_network_result import (
        QueryL2VxlanNetworkResult as QueryL2VxlanNetworkResult,
    )
    from .query_l3_network_result import QueryL3NetworkResult as QueryL3NetworkResult
    from .query_ldap_binding_result import QueryLdapBindingResult as QueryLdapBindingResult
    from .query_ldap_server_result import QueryLdapServerResult as QueryLdapServerResult
    from .query_load_balancer_listener_result import (
        QueryLoadBalancerListenerResult as QueryLoadBalancerListenerResult,
    )
    from .query_load_balancer_result import QueryLoadBalancerResult as QueryLoadBalancerResult
    from .query_load_balancer_server_group_result import (
        QueryLoadBalancerServerGroupResult as QueryLoadBalancerServerGroupResult,
    )
    from .query_local_raid_controller_result import (
        QueryLocalRaidControllerResult as QueryLocalRaidControllerResult,
    )
    from .query_local_raid_physical_drive_result import (
        QueryLocalRaidPhysicalDriveResult as QueryLocalRaidPhysicalDriveResult,
    )
    from .query_local_storage_resource_ref_result import (
        QueryLocalStorageResourceRefResult as QueryLocalStorageResourceRefResult,
    )
    from .query_log_server_result import QueryLogServerResult as QueryLogServerResult
    from .query_long_job_result import QueryLongJobResult as QueryLongJobResult
    from .query_management_node_result import QueryManagementNodeResult as QueryManagementNodeResult
    from .query_mdev_device_result import QueryMdevDeviceResult as QueryMdevDeviceResult
    from .query_mdev_device_spec_result import (
        QueryMdevDeviceSpecResult as QueryMdevDeviceSpecResult,
    )
    from .query_media_result import QueryMediaResult as QueryMediaResult
    from .query_metric_data_http_receiver_result import (
        QueryMetricDataHttpReceiverResult as QueryMetricDataHttpReceiverResult,
    )
    from .query_metric_rule_template_result import (
        QueryMetricRuleTemplateResult as QueryMetricRuleTemplateResult,
    )
    from .query_metric_template_result import QueryMetricTemplateResult as QueryMetricTemplateResult
    from .query_mini_storage_host_ref_result import (
        QueryMiniStorageHostRefResult as QueryMiniStorageHostRefResult,
    )
    from .query_mini_storage_resource_replication_result import (
        QueryMiniStorageResourceReplicationResult as QueryMiniStorageResourceReplicationResult,
    )
    from .query_mini_storage_result import QueryMiniStorageResult as QueryMiniStorageResult
    from .query_monitor_group_alarm_result import (
        QueryMonitorGroupAlarmResult as QueryMonitorGroupAlarmResult,
    )
    from .query_monitor_group_event_subscription_result import (
        QueryMonitorGroupEventSubscriptionResult as QueryMonitorGroupEventSubscriptionResult,
    )
    from .query_monitor_group_instance_result import (
        QueryMonitorGroupInstanceResult as QueryMonitorGroupInstanceResult,
    )
    from .query_monitor_group_result import QueryMonitorGroupResult as QueryMonitorGroupResult
    from .query_monitor_group_template_ref_result import (
        QueryMonitorGroupTemplateRefResult as QueryMonitorGroupTemplateRefResult,
    )
    from .query_monitor_template_result import (
        QueryMonitorTemplateResult as QueryMonitorTemplateResult,
    )
    from .query_monitor_trigger_action_result import (
        QueryMonitorTriggerActionResult as QueryMonitorTriggerActionResult,
    )
    from .query_monitor_trigger_result import QueryMonitorTriggerResult as QueryMonitorTriggerResult
    from .query_mtty_device_result import QueryMttyDeviceResult as QueryMttyDeviceResult
    from .query_multicast_router_result import (
        QueryMulticastRouterResult as QueryMulticastRouterResult,
    )
    from .query_nas_file_system_result import QueryNasFileSystemResult as QueryNasFileSystemResult
    from .query_nas_mount_target_result import (
        QueryNasMountTargetResult as QueryNasMountTargetResult,
    )
    from .query_network_service_l3_network_ref_result import (
        QueryNetworkServiceL3NetworkRefResult as QueryNetworkServiceL3NetworkRefResult,
    )
    from .query_network_service_provider_result import (
        QueryNetworkServiceProviderResult as QueryNetworkServiceProviderResult,
    )
    from .query_nvme_lun_result import QueryNvmeLunResult as QueryNvmeLunResult
    from .query_nvme_server_result import QueryNvmeServerResult as QueryNvmeServerResult
    from .query_nvme_target_result import QueryNvmeTargetResult as QueryNvmeTargetResult
    from .query_oss_bucket_file_name_result import (
        QueryOssBucketFileNameResult as QueryOssBucketFileNameResult,
    )
    from .query_pci_device_offering_result import (
        QueryPciDeviceOfferingResult as QueryPciDeviceOfferingResult,
    )
    from .query_pci_device_pci_device_offering_result import (
        QueryPciDevicePciDeviceOfferingResult as QueryPciDevicePciDeviceOfferingResult,
    )
    from .query_pci_device_result import QueryPciDeviceResult as QueryPciDeviceResult
    from .query_pci_device_spec_result import QueryPciDeviceSpecResult as QueryPciDeviceSpecResult
    from .query_physical_drive_self_test_history_result import (
        QueryPhysicalDriveSelfTestHistoryResult as QueryPhysicalDriveSelfTestHistoryResult,
    )
    from .query_policy_result import QueryPolicyResult as QueryPolicyResult
    from .query_policy_route_rule_result import (
        QueryPolicyRouteRuleResult as QueryPolicyRouteRuleResult,
    )
    from .query_policy_route_rule_set_l3_ref_result import (
        QueryPolicyRouteRuleSetL3RefResult as QueryPolicyRouteRuleSetL3RefResult,
    )
    from .query_policy_route_rule_set_result import (
        QueryPolicyRouteRuleSetResult as QueryPolicyRouteRuleSetResult,
    )
    from .query_policy_route_rule_set_v_router_ref_result import (
        QueryPolicyRouteRuleSetVRouterRefResult as QueryPolicyRouteRuleSetVRouterRefResult,
    )
    from .query_policy_route_table_result import (
        QueryPolicyRouteTableResult as QueryPolicyRouteTableResult,
    )
    from .query_policy_route_table_route_entry_result import (
        QueryPolicyRouteTableRouteEntryResult as QueryPolicyRouteTableRouteEntryResult,
    )
    from .query_policy_route_table_v_router_ref_result import (
        QueryPolicyRouteTableVRouterRefResult as QueryPolicyRouteTableVRouterRefResult,
    )
    from .query_port_forwarding_rule_result import (
        QueryPortForwardingRuleResult as QueryPortForwardingRuleResult,
    )
    from .query_port_mirror_network_used_ip_result import (
        QueryPortMirrorNetworkUsedIpResult as QueryPortMirrorNetworkUsedIpResult,
    )
    from .query_port_mirror_result import QueryPortMirrorResult as QueryPortMirrorResult
    from .query_port_mirror_session_result import (
        QueryPortMirrorSessionResult as QueryPortMirrorSessionResult,
    )
    from .query_preconfiguration_template_result import (
        QueryPreconfigurationTemplateResult as QueryPreconfigurationTemplateResult,
    )
    from .query_price_table_result import QueryPriceTableResult as QueryPriceTableResult
    from .query_primary_storage_result import QueryPrimaryStorageResult as QueryPrimaryStorageResult
    from .query_publish_app_result import QueryPublishAppResult as QueryPublishAppResult
    from .query_quota_result import QueryQuotaResult as QueryQuotaResult
    from .query_resource_config_result import QueryResourceConfigResult as QueryResourceConfigResult
    from .query_resource_price_result import QueryResourcePriceResult as QueryResourcePriceResult
    from .query_resource_stack_result import QueryResourceStackResult as QueryResourceStackResult
    from .query_role_result import QueryRoleResult as QueryRoleResult
    from .query_scheduler_job_group_result import (
        QuerySchedulerJobGroupResult as QuerySchedulerJobGroupResult,
    )
    from .query_scheduler_job_history_result import (
        QuerySchedulerJobHistoryResult as QuerySchedulerJobHistoryResult,
    )
    from .query_scheduler_job_result import QuerySchedulerJobResult as QuerySchedulerJobResult
    from .query_scheduler_trigger_result import (
        QuerySchedulerTriggerResult as QuerySchedulerTriggerResult,
    )
    from .query_scsi_lun_result import QueryScsiLunResult as QueryScsiLunResult
    from .query_sdn_controller_result import QuerySdnControllerResult as QuerySdnControllerResult
    from .query_secret_resource_pool_result import (
        QuerySecretResourcePoolResult as QuerySecretResourcePoolResult,
    )
    from .query_security_group_result import QuerySecurityGroupResult as QuerySecurityGroupResult
    from .query_security_group_rule_result import (
        QuerySecurityGroupRuleResult as QuerySecurityGroupRuleResult,
    )
    from .query_security_machine_result import (
        QuerySecurityMachineResult as QuerySecurityMachineResult,
    )
    from .query_sftp_backup_storage_result import (
        QuerySftpBackupStorageResult as QuerySftpBackupStorageResult,
    )
    from .query_shareable_volume_vm_instance_ref_result import (
        QueryShareableVolumeVmInstanceRefResult as QueryShareableVolumeVmInstanceRefResult,
    )
    from .query_shared_block_group_primary_storage_host_ref_result import (
        QuerySharedBlockGroupPrimaryStorageHostRefResult as QuerySharedBlockGroupPrimaryStorageHostRefResult,
    )
    from .query_shared_block_group_primary_storage_result import (
        QuerySharedBlockGroupPrimaryStorageResult as QuerySharedBlockGroupPrimaryStorageResult,
    )
    from .query_shared_block_result import QuerySharedBlockResult as QuerySharedBlockResult
    from .query_shared_resource_result import QuerySharedResourceResult as QuerySharedResourceResult
    from .query_slb_group_result import QuerySlbGroupResult as QuerySlbGroupResult
    from .query_slb_offering_result import QuerySlbOfferingResult as QuerySlbOfferingResult
    from .query_slb_vm_instance_result import QuerySlbVmInstanceResult as QuerySlbVmInstanceResult
    from .query_snmp_agent_result import QuerySnmpAgentResult as QuerySnmpAgentResult
    from .query_sns_application_endpoint_result import (
        QuerySNSApplicationEndpointResult as QuerySNSApplicationEndpointResult,
    )
    from .query_sns_application_platform_result import (
        QuerySNSApplicationPlatformResult as QuerySNSApplicationPlatformResult,
    )
    from .query_sns_ding_talk_at_person_result import (
        QuerySNSDingTalkAtPersonResult as QuerySNSDingTalkAtPersonResult,
    )
    from .query_sns_ding_talk_endpoint_result import (
        QuerySNSDingTalkEndpointResult as QuerySNSDingTalkEndpointResult,
    )
    from .query_sns_email_address_result import (
        QuerySNSEmailAddressResult as QuerySNSEmailAddressResult,
    )
    from .query_sns_email_endpoint_result import (
        QuerySNSEmailEndpointResult as QuerySNSEmailEndpointResult,
    )
    from .query_sns_email_platform_result import (
        QuerySNSEmailPlatformResult as QuerySNSEmailPlatformResult,
    )
    from .query_sns_endpoint_thirdparty_alert_history_result import (
        QuerySNSEndpointThirdpartyAlertHistoryResult as QuerySNSEndpointThirdpartyAlertHistoryResult,
    )
    from .query_sns_fei_shu_at_person_result import (
        QuerySNSFeiShuAtPersonResult as QuerySNSFeiShuAtPersonResult,
    )
    from .query_sns_fei_shu_endpoint_result import (
        QuerySNSFeiShuEndpointResult as QuerySNSFeiShuEndpointResult,
    )
    from .query_sns_http_endpoint_result import (
        QuerySNSHttpEndpointResult as QuerySNSHttpEndpointResult,
    )
    from .query_sns_microsoft_teams_endpoint_result import (
        QuerySNSMicrosoftTeamsEndpointResult as QuerySNSMicrosoftTeamsEndpointResult,
    )
    from .query_sns_sms_endpoint_result import (
        QuerySNSSmsEndpointResult as QuerySNSSmsEndpointResult,
    )
    from .query_sns_snmp_platform_result import (
        QuerySNSSnmpPlatformResult as QuerySNSSnmpPlatformResult,
    )
    from .query_sns_text_template_result import (
        QuerySNSTextTemplateResult as QuerySNSTextTemplateResult,
    )
    from .query_sns_topic_result import QuerySNSTopicResult as QuerySNSTopicResult
    from .query_sns_topic_subscriber_result import (
        QuerySNSTopicSubscriberResult as QuerySNSTopicSubscriberResult,
    )
    from .query_sns_universal_sms_endpoint_result import (
        QuerySNSUniversalSmsEndpointResult as QuerySNSUniversalSmsEndpointResult,
    )
    from .query_sns_we_com_at_person_result import (
        QuerySNSWeComAtPersonResult as QuerySNSWeComAtPersonResult,
    )
    from .query_sns_we_com_endpoint_result import (
        QuerySNSWeComEndpointResult as QuerySNSWeComEndpointResult,
    )
    from .query_ssh_key_pair_result import QuerySshKeyPairResult as QuerySshKeyPairResult
    from .query_stack_template_result import QueryStackTemplateResult as QueryStackTemplateResult
    from .query_system_tag_result import QuerySystemTagResult as QuerySystemTagResult
    from .query_tag_result import QueryTagResult as QueryTagResult
    from .query_template_config_result import QueryTemplateConfigResult as QueryTemplateConfigResult
    from .query_thirdparty_alert_result import (
        QueryThirdpartyAlertResult as QueryThirdpartyAlertResult,
    )
    from .query_thirdparty_platform_result import (
        QueryThirdpartyPlatformResult as QueryThirdpartyPlatformResult,
    )
    from .query_ticket_flow_collection_result import (
        QueryTicketFlowCollectionResult as QueryTicketFlowCollectionResult,
    )
    from .query_ticket_flow_result import QueryTicketFlowResult as QueryTicketFlowResult
    from .query_ticket_history_result import QueryTicketHistoryResult as QueryTicketHistoryResult
    from .query_ticket_result import QueryTicketResult as QueryTicketResult
    from .query_ticket_type_result import QueryTicketTypeResult as QueryTicketTypeResult
    from .query_two_factor_authentication_result import (
        QueryTwoFactorAuthenticationResult as QueryTwoFactorAuthenticationResult,
    )
    from .query_usb_device_result import QueryUsbDeviceResult as QueryUsbDeviceResult
    from .query_user_group_result import QueryUserGroupResult as QueryUserGroupResult
    from .query_user_result import QueryUserResult as QueryUserResult
    from .query_user_tag_result import QueryUserTagResult as QueryUserTagResult
    from .query_v2_v_conversion_host_result import (
        QueryV2VConversionHostResult as QueryV2VConversionHostResult,
    )
    from .query_v_center_backup_storage_result import (
        QueryVCenterBackupStorageResult as QueryVCenterBackupStorageResult,
    )
    from .query_v_center_cluster_result import (
        QueryVCenterClusterResult as QueryVCenterClusterResult,
    )
    from .query_v_center_datacenter_result import (
        QueryVCenterDatacenterResult as QueryVCenterDatacenterResult,
    )
    from .query_v_center_primary_storage_result import (
        QueryVCenterPrimaryStorageResult as QueryVCenterPrimaryStorageResult,
    )
    from .query_v_center_resource_pool_result import (
        QueryVCenterResourcePoolResult as QueryVCenterResourcePoolResult,
    )
    from .query_v_center_result import QueryVCenterResult as QueryVCenterResult
    from .query_v_router_flow_meter_network_result import (
        QueryVRouterFlowMeterNetworkResult as QueryVRouterFlowMeterNetworkResult,
    )
    from .query_v_router_ospf_area_result import (
        QueryVRouterOspfAreaResult as QueryVRouterOspfAreaResult,
    )
    from .query_v_router_ospf_network_result import (
        QueryVRouterOspfNetworkResult as QueryVRouterOspfNetworkResult,
    )
    from .query_v_router_route_entry_result import (
        QueryVRouterRouteEntryResult as QueryVRouterRouteEntryResult,
    )
    from .query_v_router_route_table_result import (
        QueryVRouterRouteTableResult as QueryVRouterRouteTableResult,
    )
    from .query_vip_result import QueryVipResult as QueryVipResult
    from .query_virtual_border_router_from_local_result import (
        QueryVirtualBorderRouterFromLocalResult as QueryVirtualBorderRouterFromLocalResult,
    )
    from .query_virtual_router_offering_result import (
        QueryVirtualRouterOfferingResult as QueryVirtualRouterOfferingResult,
    )
    from .query_virtual_router_v_router_route_table_ref_result import (
        QueryVirtualRouterVRouterRouteTableRefResult as QueryVirtualRouterVRouterRouteTableRefResult,
    )
    from .query_virtual_router_vm_result import (
        QueryVirtualRouterVmResult as QueryVirtualRouterVmResult,
    )
    from .query_vm_cd_rom_result import QueryVmCdRomResult as QueryVmCdRomResult
    from .query_vm_instance_device_address_archive_result import (
        QueryVmInstanceDeviceAddressArchiveResult as QueryVmInstanceDeviceAddressArchiveResult,
    )
    from .query_vm_instance_device_address_group_result import (
        QueryVmInstanceDeviceAddressGroupResult as QueryVmInstanceDeviceAddressGroupResult,
    )
    from .query_vm_instance_mdev_device_spec_ref_result import (
        QueryVmInstanceMdevDeviceSpecRefResult as QueryVmInstanceMdevDeviceSpecRefResult,
    )
    from .query_vm_instance_pci_device_spec_ref_result import (
        QueryVmInstancePciDeviceSpecRefResult as QueryVmInstancePciDeviceSpecRefResult,
    )
    from .query_vm_instance_result import QueryVmInstanceResult as QueryVmInstanceResult
    from .query_vm_nic_in_security_group_result import (
        QueryVmNicInSecurityGroupResult as QueryVmNicInSecurityGroupResult,
    )
    from .query_vm_nic_result import QueryVmNicResult as QueryVmNicResult
    from .query_vm_nic_security_policy_result import (
        QueryVmNicSecurityPolicyResult as QueryVmNicSecurityPolicyResult,
    )
    from .query_vm_priority_config_result import (
        QueryVmPriorityConfigResult as QueryVmPriorityConfigResult,
    )
    from .query_vm_sched_history_result import (
        QueryVmSchedHistoryResult as QueryVmSchedHistoryResult,
    )
    from .query_vm_scheduling_rule_group_result import (
        QueryVmSchedulingRuleGroupResult as QueryVmSchedulingRuleGroupResult,
    )
    from .query_vm_scheduling_rule_result import (
        QueryVmSchedulingRuleResult as QueryVmSchedulingRuleResult,
    )
    from .query_vm_user_defined_xml_hook_script_result import (
        QueryVmUserDefinedXmlHookScriptResult as QueryVmUserDefinedXmlHookScriptResult,
    )
    from .query_vni_range_result import QueryVniRangeResult as QueryVniRangeResult
    from .query_volume_backup_result import QueryVolumeBackupResult as QueryVolumeBackupResult
    from .query_volume_result import QueryVolumeResult as QueryVolumeResult
    from .query_volume_snapshot_group_result import (
        QueryVolumeSnapshotGroupResult as QueryVolumeSnapshotGroupResult,
    )
    from .query_volume_snapshot_result import QueryVolumeSnapshotResult as QueryVolumeSnapshotResult
    from .query_volume_snapshot_tree_result import (
        QueryVolumeSnapshotTreeResult as QueryVolumeSnapshotTreeResult,
    )
    from .query_vpc_firewall_result import QueryVpcFirewallResult as QueryVpcFirewallResult
    from .query_vpc_firewall_v_router_ref_result import (
        QueryVpcFirewallVRouterRefResult as QueryVpcFirewallVRouterRefResult,
    )
    from .query_vpc_ha_group_network_service_ref_result import (
        QueryVpcHaGroupNetworkServiceRefResult as QueryVpcHaGroupNetworkServiceRefResult,
    )
    from .query_vpc_ha_group_result import QueryVpcHaGroupResult as QueryVpcHaGroupResult
    from .query_vpc_ike_config_from_local_result import (
        QueryVpcIkeConfigFromLocalResult as QueryVpcIkeConfigFromLocalResult,
    )
    from .query_vpc_ip_sec_config_from_local_result import (
        QueryVpcIpSecConfigFromLocalResult as QueryVpcIpSecConfigFromLocalResult,
    )
    from .query_vpc_router_result import QueryVpcRouterResult as QueryVpcRouterResult
    from .query_vpc_shared_qos_result import QueryVpcSharedQosResult as QueryVpcSharedQosResult
    from .query_vpc_snat_state_result import QueryVpcSnatStateResult as QueryVpcSnatStateResult
    from .query_vpc_user_vpn_gateway_from_local_result import (
        QueryVpcUserVpnGatewayFromLocalResult as QueryVpcUserVpnGatewayFromLocalResult,
    )
    from .query_vpc_vpn_connection_from_local_result import (
        QueryVpcVpnConnectionFromLocalResult as QueryVpcVpnConnectionFromLocalResult,
    )
    from .query_vpc_vpn_gateway_from_local_result import (
        QueryVpcVpnGatewayFromLocalResult as QueryVpcVpnGatewayFromLocalResult,
    )
    from .query_vtep_result import QueryVtepResult as QueryVtepResult
    from .query_webhook_result import QueryWebhookResult as QueryWebhookResult
    from .query_xsky_block_volume_result import (
        QueryXskyBlockVolumeResult as QueryXskyBlockVolumeResult,
    )
    from .query_z_box_backup_result import QueryZBoxBackupResult as QueryZBoxBackupResult
    from .query_z_box_result import QueryZBoxResult as QueryZBoxResult
    from .query_zone_result import QueryZoneResult as QueryZoneResult
    from .quota_inventory import QuotaInventory as QuotaInventory
    from .quota_usage import QuotaUsage as QuotaUsage
    from .raid_physical_drive_inventory import (
        RaidPhysicalDriveInventory as RaidPhysicalDriveInventory,
    )
    from .reboot_baremetal_instance_result import (
        RebootBaremetalInstanceResult as RebootBaremetalInstanceResult,
    )
    from .reboot_ecs_instance_result import RebootEcsInstanceResult as RebootEcsInstanceResult
    from .reboot_vm_instance_result import RebootVmInstanceResult as RebootVmInstanceResult
    from .reclaim_space_from_image_store_result import (
        ReclaimSpaceFromImageStoreResult as ReclaimSpaceFromImageStoreResult,
    )
    from .reconnect_app_build_system_result import (
        ReconnectAppBuildSystemResult as ReconnectAppBuildSystemResult,
    )
    from .reconnect_backup_storage_result import (
        ReconnectBackupStorageResult as ReconnectBackupStorageResult,
    )
    from .reconnect_bare_metal2_gateway_result import (
        ReconnectBareMetal2GatewayResult as ReconnectBareMetal2GatewayResult,
    )
    from .reconnect_bare_metal2_instance_result import (
        ReconnectBareMetal2InstanceResult as ReconnectBareMetal2InstanceResult,
    )
    from .reconnect_baremetal_pxe_server_result import (
        ReconnectBaremetalPxeServerResult as ReconnectBaremetalPxeServerResult,
    )
    from .reconnect_console_proxy_agent_result import (
        ReconnectConsoleProxyAgentResult as ReconnectConsoleProxyAgentResult,
    )
    from .reconnect_host_result import ReconnectHostResult as ReconnectHostResult
    from .reconnect_image_store_backup_storage_result import (
        ReconnectImageStoreBackupStorageResult as ReconnectImageStoreBackupStorageResult,
    )
    from .reconnect_ipsec_connection_result import (
        ReconnectIPsecConnectionResult as ReconnectIPsecConnectionResult,
    )
    from .reconnect_nfv_inst_result import ReconnectNfvInstResult as ReconnectNfvInstResult
    from .reconnect_primary_storage_result import (
        ReconnectPrimaryStorageResult as ReconnectPrimaryStorageResult,
    )
    from .reconnect_sdn_controller_result import (
        ReconnectSdnControllerResult as ReconnectSdnControllerResult,
    )
    from .reconnect_sftp_backup_storage_result import (
        ReconnectSftpBackupStorageResult as ReconnectSftpBackupStorageResult,
    )
    from .reconnect_virtual_router_result import (
        ReconnectVirtualRouterResult as ReconnectVirtualRouterResult,
    )
    from .recover_backup_from_image_store_backup_storage_result import (
        RecoverBackupFromImageStoreBackupStorageResult as RecoverBackupFromImageStoreBackupStorageResult,
    )
    from .recover_baremetal_instance_result import (
        RecoverBaremetalInstanceResult as RecoverBaremetalInstanceResult,
    )
    from .recover_data_volume_result import RecoverDataVolumeResult as RecoverDataVolumeResult
    from .recover_database_from_backup_result import (
        RecoverDatabaseFromBackupResult as RecoverDatabaseFromBackupResult,
    )
    from .recover_iam2_project_result import RecoverIAM2ProjectResult as RecoverIAM2ProjectResult
    from .recover_image_result import RecoverImageResult as RecoverImageResult
    from .recover_resource_split_brain_result import (
        RecoverResourceSplitBrainResult as RecoverResourceSplitBrainResult,
    )
    from .recover_vm_backup_from_image_store_backup_storage_result import (
        RecoverVmBackupFromImageStoreBackupStorageResult as RecoverVmBackupFromImageStoreBackupStorageResult,
    )
    from .recover_vm_instance_result import RecoverVmInstanceResult as RecoverVmInstanceResult
    from .recovery_image_from_image_store_backup_storage_result import (
        RecoveryImageFromImageStoreBackupStorageResult as RecoveryImageFromImageStoreBackupStorageResult,
    )
    from .recovery_virtual_border_router_remote_result import (
        RecoveryVirtualBorderRouterRemoteResult as RecoveryVirtualBorderRouterRemoteResult,
    )
    from .refresh_captcha_result import RefreshCaptchaResult as RefreshCaptchaResult
    from .refresh_fiber_channel_storage_result import (
        RefreshFiberChannelStorageResult as RefreshFiberChannelStorageResult,
    )
    from .refresh_firewall_result import RefreshFirewallResult as RefreshFirewallResult
    from .refresh_guest_os_metadata_result import (
        RefreshGuestOsMetadataResult as RefreshGuestOsMetadataResult,
    )
    from .refresh_iscsi_server_result import RefreshIscsiServerResult as RefreshIscsiServerResult
    from .refresh_load_balancer_result import RefreshLoadBalancerResult as RefreshLoadBalancerResult
    from .refresh_local_raid_result import RefreshLocalRaidResult as RefreshLocalRaidResult
    from .refresh_nvme_target_result import RefreshNvmeTargetResult as RefreshNvmeTargetResult
    from .refresh_plugin_drivers_result import (
        RefreshPluginDriversResult as RefreshPluginDriversResult,
    )
    from .refresh_search_indexes_result import (
        RefreshSearchIndexesResult as RefreshSearchIndexesResult,
    )
    from .refresh_sharedblock_device_capacity_result import (
        RefreshSharedblockDeviceCapacityResult as RefreshSharedblockDeviceCapacityResult,
    )
    from .register_license_requested_application_result import (
        RegisterLicenseRequestedApplicationResult as RegisterLicenseRequestedApplicationResult,
    )
    from .reimage_vm_instance_result import ReimageVmInstanceResult as ReimageVmInstanceResult
    from .reload_elaboration_result import ReloadElaborationResult as ReloadElaborationResult
    from .reload_external_service_result import (
        ReloadExternalServiceResult as ReloadExternalServiceResult,
    )
    from .reload_license_result import ReloadLicenseResult as ReloadLicenseResult
    from .remote_vtep import RemoteVtep as RemoteVtep
    from .remote_vtep_inventory import RemoteVtepInventory as RemoteVtepInventory
    from .remove_access_control_list_entry_result import (
        RemoveAccessControlListEntryResult as RemoveAccessControlListEntryResult,
    )
    from .remove_access_control_list_from_load_balancer_result import (
        RemoveAccessControlListFromLoadBalancerResult as RemoveAccessControlListFromLoadBalancerResult,
    )
    from .remove_action_from_alarm_result import (
        RemoveActionFromAlarmResult as RemoveActionFromAlarmResult,
    )
    from .remove_action_from_event_subscription_result import (
        RemoveActionFromEventSubscriptionResult as RemoveActionFromEventSubscriptionResult,
    )
    from .remove_attributes_from_iam2_organization_result import (
        RemoveAttributesFromIAM2OrganizationResult as RemoveAttributesFromIAM2OrganizationResult,
    )
    from .remove_attributes_from_iam2_project_result import (
        RemoveAttributesFromIAM2ProjectResult as RemoveAttributesFromIAM2ProjectResult,
    )
    from .remove_attributes_from_iam2_virtual_id_group_result import (
        RemoveAttributesFromIAM2VirtualIDGroupResult as RemoveAttributesFromIAM2VirtualIDGroupResult,
    )
    from .remove_attributes_from_iam2_virtual_id_result import (
        RemoveAttributesFromIAM2VirtualIDResult as RemoveAttributesFromIAM2VirtualIDResult,
    )
    from .remove_backend_server_from_server_group_result import (
        RemoveBackendServerFromServerGroupResult as RemoveBackendServerFromServerGroupResult,
    )
    from .remove_certificate_from_load_balancer_listener_result import (
        RemoveCertificateFromLoadBalancerListenerResult as RemoveCertificateFromLoadBalancerListenerResult,
    )
    from .remove_dns_from_l3_network_result import (
        RemoveDnsFromL3NetworkResult as RemoveDnsFromL3NetworkResult,
    )
    from .remove_dns_from_vpc_router_result import (
        RemoveDnsFromVpcRouterResult as RemoveDnsFromVpcRouterResult,
    )
    from .remove_host_route_from_l3_network_result import (
        RemoveHostRouteFromL3NetworkResult as RemoveHostRouteFromL3NetworkResult,
    )
    from .remove_iam2_project_login_expired_result import (
        RemoveIAM2ProjectLoginExpiredResult as RemoveIAM2ProjectLoginExpiredResult,
    )
    from .remove_iam2_virtual_id_group_from_projects_result import (
        RemoveIAM2VirtualIDGroupFromProjectsResult as RemoveIAM2VirtualIDGroupFromProjectsResult,
    )
    from .remove_iam2_virtual_ids_from_group_result import (
        RemoveIAM2VirtualIDsFromGroupResult as RemoveIAM2VirtualIDsFromGroupResult,
    )
    from .remove_iam2_virtual_ids_from_organization_result import (
        RemoveIAM2VirtualIDsFromOrganizationResult as RemoveIAM2VirtualIDsFromOrganizationResult,
    )
    from .remove_iam2_virtual_ids_from_project_result import (
        RemoveIAM2VirtualIDsFromProjectResult as RemoveIAM2VirtualIDsFromProjectResult,
    )
    from .remove_iam2_virtual_ids_from_projects_result import (
        RemoveIAM2VirtualIDsFromProjectsResult as RemoveIAM2VirtualIDsFromProjectsResult,
    )
    from .remove_instance_from_monitor_group_result import (
        RemoveInstanceFromMonitorGroupResult as RemoveInstanceFromMonitorGroupResult,
    )
    from .remove_label_from_alarm_result import (
        RemoveLabelFromAlarmResult as RemoveLabelFromAlarmResult,
    )
    from .remove_label_from_event_subscription_result import (
        RemoveLabelFromEventSubscriptionResult as RemoveLabelFromEventSubscriptionResult,
    )
    from .remove_mdev_device_spec_from_vm_instance_result import (
        RemoveMdevDeviceSpecFromVmInstanceResult as RemoveMdevDeviceSpecFromVmInstanceResult,
    )
    from .remove_mon_from_ceph_backup_storage_result import (
        RemoveMonFromCephBackupStorageResult as RemoveMonFromCephBackupStorageResult,
    )
    from .remove_mon_from_ceph_primary_storage_result import (
        RemoveMonFromCephPrimaryStorageResult as RemoveMonFromCephPrimaryStorageResult,
    )
    from .remove_pci_device_spec_from_vm_instance_result import (
        RemovePciDeviceSpecFromVmInstanceResult as RemovePciDeviceSpecFromVmInstanceResult,
    )
    from .remove_policy_statements_from_role_result import (
        RemovePolicyStatementsFromRoleResult as RemovePolicyStatementsFromRoleResult,
    )
    from .remove_remote_cidrs_from_ipsec_connection_result import (
        RemoveRemoteCidrsFromIPsecConnectionResult as RemoveRemoteCidrsFromIPsecConnectionResult,
    )
    from .remove_rendezvous_point_from_multicast_router_result import (
        RemoveRendezvousPointFromMulticastRouterResult as RemoveRendezvousPointFromMulticastRouterResult,
    )
    from .remove_resources_from_directory_result import (
        RemoveResourcesFromDirectoryResult as RemoveResourcesFromDirectoryResult,
    )
    from .remove_roles_from_iam2_virtual_id_group_result import (
        RemoveRolesFromIAM2VirtualIDGroupResult as RemoveRolesFromIAM2VirtualIDGroupResult,
    )
    from .remove_roles_from_iam2_virtual_id_result import (
        RemoveRolesFromIAM2VirtualIDResult as RemoveRolesFromIAM2VirtualIDResult,
    )
    from .remove_scheduler_job_from_scheduler_trigger_result import (
        RemoveSchedulerJobFromSchedulerTriggerResult as RemoveSchedulerJobFromSchedulerTriggerResult,
    )
    from .remove_scheduler_job_group_from_scheduler_trigger_result import (
        RemoveSchedulerJobGroupFromSchedulerTriggerResult as RemoveSchedulerJobGroupFromSchedulerTriggerResult,
    )
    from .remove_scheduler_jobs_from_scheduler_job_group_result import (
        RemoveSchedulerJobsFromSchedulerJobGroupResult as RemoveSchedulerJobsFromSchedulerJobGroupResult,
    )
    from .remove_sdn_controller_result import RemoveSdnControllerResult as RemoveSdnControllerResult
    from .remove_server_group_from_load_balancer_listener_result import (
        RemoveServerGroupFromLoadBalancerListenerResult as RemoveServerGroupFromLoadBalancerListenerResult,
    )
    from .remove_sns_ding_talk_at_person_result import (
        RemoveSNSDingTalkAtPersonResult as RemoveSNSDingTalkAtPersonResult,
    )
    from .remove_sns_fei_shu_at_person_result import (
        RemoveSNSFeiShuAtPersonResult as RemoveSNSFeiShuAtPersonResult,
    )
    from .remove_sns_sms_receiver_result import (
        RemoveSNSSmsReceiverResult as RemoveSNSSmsReceiverResult,
    )
    from .remove_sns_we_com_at_person_result import (
        RemoveSNSWeComAtPersonResult as RemoveSNSWeComAtPersonResult,
    )
    from .remove_ticket_types_from_ticket_flow_collection_result import (
        RemoveTicketTypesFromTicketFlowCollectionResult as RemoveTicketTypesFromTicketFlowCollectionResult,
    )
    from .remove_user_from_group_result import (
        RemoveUserFromGroupResult as RemoveUserFromGroupResult,
    )
    from .remove_v_router_networks_from_flow_meter_result import (
        RemoveVRouterNetworksFromFlowMeterResult as RemoveVRouterNetworksFromFlowMeterResult,
    )
    from .remove_v_router_networks_from_ospf_area_result import (
        RemoveVRouterNetworksFromOspfAreaResult as RemoveVRouterNetworksFromOspfAreaResult,
    )
    from .remove_vm_from_affinity_group_result import (
        RemoveVmFromAffinityGroupResult as RemoveVmFromAffinityGroupResult,
    )
    from .remove_vm_nic_from_load_balancer_result import (
        RemoveVmNicFromLoadBalancerResult as RemoveVmNicFromLoadBalancerResult,
    )
    from .remove_vm_scheduling_rule_result import (
        RemoveVmSchedulingRuleResult as RemoveVmSchedulingRuleResult,
    )
    from .renew_session_result import RenewSessionResult as RenewSessionResult
    from .request_console_access_result import (
        RequestConsoleAccessResult as RequestConsoleAccessResult,
    )
    from .rerun_long_job_result import RerunLongJobResult as RerunLongJobResult
    from .reserved_ip_range_inventory import ReservedIpRangeInventory as ReservedIpRangeInventory
    from .reset_global_config_result import ResetGlobalConfigResult as ResetGlobalConfigResult
    from .reset_template_config_result import ResetTemplateConfigResult as ResetTemplateConfigResult
    from .reset_two_factor_authentication_secret_result import (
        ResetTwoFactorAuthenticationSecretResult as ResetTwoFactorAuthenticationSecretResult,
    )
    from .resize_data_volume_result import ResizeDataVolumeResult as ResizeDataVolumeResult
    from .resize_root_volume_result import ResizeRootVolumeResult as ResizeRootVolumeResult
    from .resource_bindable_config_struct import (
        ResourceBindableConfigStruct as ResourceBindableConfigStruct,
    )
    from .resource_config_inventory import ResourceConfigInventory as ResourceConfigInventory
    from .resource_config_struct import ResourceConfigStruct as ResourceConfigStruct
    from .resource_inventory import ResourceInventory as ResourceInventory
    from .resource_stack_inventory import ResourceStackInventory as ResourceStackInventory
    from .resource_struct import ResourceStruct as ResourceStruct
    from .restart_resource_stack_result import (
        RestartResourceStackResult as RestartResourceStackResult,
    )
    from .result import Result as Result
    from .resume_long_job_result import ResumeLongJobResult as ResumeLongJobResult
    from .resume_vm_instance_result import ResumeVmInstanceResult as ResumeVmInstanceResult
    from .revert_snapshot_group_result import RevertSnapshotGroupResult as RevertSnapshotGroupResult
    from .revert_template_config_result import (
        RevertTemplateConfigResult as RevertTemplateConfigResult,
    )
    from .revert_vm_from_cdp_backup_result import (
        RevertVmFromCdpBackupResult as RevertVmFromCdpBackupResult,
    )
    from .revert_vm_from_snapshot_group_result import (
        RevertVmFromSnapshotGroupResult as RevertVmFromSnapshotGroupResult,
    )
    from .revert_vm_from_vm_backup_result import (
        RevertVmFromVmBackupResult as RevertVmFromVmBackupResult,
    )
    from .revert_volume_from_snapshot_result import (
        RevertVolumeFromSnapshotResult as RevertVolumeFromSnapshotResult,
    )
    from .revert_volume_from_volume_backup_result import (
        RevertVolumeFromVolumeBackupResult as RevertVolumeFromVolumeBackupResult,
    )
    from .revoke_monitor_template_from_monitor_group_result import (
        RevokeMonitorTemplateFromMonitorGroupResult as RevokeMonitorTemplateFromMonitorGroupResult,
    )
    from .revoke_resource_sharing_result import (
        RevokeResourceSharingResult as RevokeResourceSharingResult,
    )
    from .role_inventory import RoleInventory as RoleInventory
    from .role_policy_ref_inventory import RolePolicyRefInventory as RolePolicyRefInventory
    from .role_policy_statement_inventory import (
        RolePolicyStatementInventory as RolePolicyStatementInventory,
    )
    from .router_area_inventory import RouterAreaInventory as RouterAreaInventory
    from .run_iam2_script_result import RunIAM2ScriptResult as RunIAM2ScriptResult
    from .run_scheduler_trigger_result import RunSchedulerTriggerResult as RunSchedulerTriggerResult
    from .running_task_info import RunningTaskInfo as RunningTaskInfo
    from .scheduler_inventory import SchedulerInventory as SchedulerInventory
    from .scheduler_job_group_inventory import (
        SchedulerJobGroupInventory as SchedulerJobGroupInventory,
    )
    from .scheduler_job_group_scheduler_trigger_ref_inventory import (
        SchedulerJobGroupSchedulerTriggerRefInventory as SchedulerJobGroupSchedulerTriggerRefInventory,
    )
    from .scheduler_job_history_inventory import (
        SchedulerJobHistoryInventory as SchedulerJobHistoryInventory,
    )
    from .scheduler_job_inventory import SchedulerJobInventory as SchedulerJobInventory
    from .scheduler_job_scheduler_trigger_inventory import (
        SchedulerJobSchedulerTriggerInventory as SchedulerJobSchedulerTriggerInventory,
    )
    from .scheduler_trigger_inventory import SchedulerTriggerInventory as SchedulerTriggerInventory
    from .scsi_lun_cluster_status_inventory import (
        ScsiLunClusterStatusInventory as ScsiLunClusterStatusInventory,
    )
    from .scsi_lun_host_ref_inventory import ScsiLunHostRefInventory as ScsiLunHostRefInventory
    from .scsi_lun_inventory import ScsiLunInventory as ScsiLunInventory
    from .scsi_lun_vm_instance_ref_inventory import (
        ScsiLunVmInstanceRefInventory as ScsiLunVmInstanceRefInventory,
    )
    from .sdn_controller_add_host_result import (
        SdnControllerAddHostResult as SdnControllerAddHostResult,
    )
    from .sdn_controller_change_host_result import (
        SdnControllerChangeHostResult as SdnControllerChangeHostResult,
    )
    from .sdn_controller_inventory import SdnControllerInventory as SdnControllerInventory
    from .sdn_controller_remove_host_result import (
        SdnControllerRemoveHostResult as SdnControllerRemoveHostResult,
    )
    from .sdn_vni_range import SdnVniRange as SdnVniRange
    from .secret_resource_pool_inventory import (
        SecretResourcePoolInventory as SecretResourcePoolInventory,
    )
    from .security_group_inventory import SecurityGroupInventory as SecurityGroupInventory
    from .security_group_rule_inventory import (
        SecurityGroupRuleInventory as SecurityGroupRuleInventory,
    )
    from .security_machine_detect_sync_result import (
        SecurityMachineDetectSyncResult as SecurityMachineDetectSyncResult,
    )
    from .security_machine_encrypt_result import (
        SecurityMachineEncryptResult as SecurityMachineEncryptResult,
    )
    from .security_machine_inventory import SecurityMachineInventory as SecurityMachineInventory
    from .self_test_local_raid_result import SelfTestLocalRaidResult as SelfTestLocalRaidResult
    from .service import Service as Service
    from .service_type_statistic_data import ServiceTypeStatisticData as ServiceTypeStatisticData
    from .session_inventory import SessionInventory as SessionInventory
    from .set_flow_meter_router_id_result import (
        SetFlowMeterRouterIdResult as SetFlowMeterRouterIdResult,
    )
    from .set_iam2_project_login_expired_result import (
        SetIAM2ProjectLoginExpiredResult as SetIAM2ProjectLoginExpiredResult,
    )
    from .set_iam2_project_retire_policy_result import (
        SetIAM2ProjectRetirePolicyResult as SetIAM2ProjectRetirePolicyResult,
    )
    from .set_image_boot_mode_result import SetImageBootModeResult as SetImageBootModeResult
    from .set_image_qga_result import SetImageQgaResult as SetImageQgaResult
    from .set_image_security_level_result import (
        SetImageSecurityLevelResult as SetImageSecurityLevelResult,
    )
    from .set_image_store_backup_storage_quota_result import (
        SetImageStoreBackupStorageQuotaResult as SetImageStoreBackupStorageQuotaResult,
    )
    from .set_ip_on_host_network_bonding_result import (
        SetIpOnHostNetworkBondingResult as SetIpOnHostNetworkBondingResult,
    )
    from .set_ip_on_host_network_interface_result import (
        SetIpOnHostNetworkInterfaceResult as SetIpOnHostNetworkInterfaceResult,
    )
    from .set_l3_network_mtu_result import SetL3NetworkMtuResult as SetL3NetworkMtuResult
    from .set_l3_network_router_interface_ip_result import (
        SetL3NetworkRouterInterfaceIpResult as SetL3NetworkRouterInterfaceIpResult,
    )
    from .set_nic_qos_result import SetNicQosResult as SetNicQosResult
    from .set_organization_operation_result import (
        SetOrganizationOperationResult as SetOrganizationOperationResult,
    )
    from .set_organization_supervisor_result import (
        SetOrganizationSupervisorResult as SetOrganizationSupervisorResult,
    )
    from .set_security_machine_key_result import (
        SetSecurityMachineKeyResult as SetSecurityMachineKeyResult,
    )
    from .set_service_type_on_host_network_bonding_result import (
        SetServiceTypeOnHostNetworkBondingResult as SetServiceTypeOnHostNetworkBondingResult,
    )
    from .set_service_type_on_host_network_interface_result import (
        SetServiceTypeOnHostNetworkInterfaceResult as SetServiceTypeOnHostNetworkInterfaceResult,
    )
    from .set_v_router_router_id_result import SetVRouterRouterIdResult as SetVRouterRouterIdResult
    from .set_vip_qos_result import SetVipQosResult as SetVipQosResult
    from .set_vm_boot_mode_result import SetVmBootModeResult as SetVmBootModeResult
    from .set_vm_boot_order_result import SetVmBootOrderResult as SetVmBootOrderResult
    from .set_vm_boot_volume_result import SetVmBootVolumeResult as SetVmBootVolumeResult
    from .set_vm_clean_traffic_result import SetVmCleanTrafficResult as SetVmCleanTrafficResult
    from .set_vm_clock_track_result import SetVmClockTrackResult as SetVmClockTrackResult
    from .set_vm_console_mode_result import SetVmConsoleModeResult as SetVmConsoleModeResult
    from .set_vm_console_password_result import (
        SetVmConsolePasswordResult as SetVmConsolePasswordResult,
    )
    from .set_vm_emulator_pinning_result import (
        SetVmEmulatorPinningResult as SetVmEmulatorPinningResult,
    )
    from .set_vm_hostname_result import SetVmHostnameResult as SetVmHostnameResult
    from .set_vm_instance_default_cd_rom_result import (
        SetVmInstanceDefaultCdRomResult as SetVmInstanceDefaultCdRomResult,
    )
    from .set_vm_instance_ha_level_result import (
        SetVmInstanceHaLevelResult as SetVmInstanceHaLevelResult,
    )
    from .set_vm_instance_hygon_mdev_result import (
        SetVmInstanceHygonMdevResult as SetVmInstanceHygonMdevResult,
    )
    from .set_vm_monitor_number_result import SetVmMonitorNumberResult as SetVmMonitorNumberResult
    from .set_vm_nic_security_group_result import (
        SetVmNicSecurityGroupResult as SetVmNicSecurityGroupResult,
    )
    from .set_vm_numa_result import SetVmNumaResult as SetVmNumaResult
    from .set_vm_qga_result import SetVmQgaResult as SetVmQgaResult
    from .set_vm_qxl_memory_result import SetVmQxlMemoryResult as SetVmQxlMemoryResult
    from .set_vm_rdp_result import SetVmRDPResult as SetVmRDPResult
    from .set_vm_security_level_result import SetVmSecurityLevelResult as SetVmSecurityLevelResult
    from .set_vm_sound_type_result import SetVmSoundTypeResult as SetVmSoundTypeResult
    from .set_vm_ssh_key_result import SetVmSshKeyResult as SetVmSshKeyResult
    from .set_vm_static_ip_result import SetVmStaticIpResult as SetVmStaticIpResult
    from .set_vm_usb_redirect_result import SetVmUsbRedirectResult as SetVmUsbRedirectResult
    from .set_vm_user_defined_xml_hook_script_result import (
        SetVmUserDefinedXmlHookScriptResult as SetVmUserDefinedXmlHookScriptResult,
    )
    from .set_vm_user_defined_xml_result import (
        SetVmUserDefinedXmlResult as SetVmUserDefinedXmlResult,
    )
    from .set_volume_io_thread_pin_result import (
        SetVolumeIoThreadPinResult as SetVolumeIoThreadPinResult,
    )
    from .set_volume_qos_result import SetVolumeQosResult as SetVolumeQosResult
    from .set_vpc_v_router_distributed_routing_enabled_result import (
        SetVpcVRouterDistributedRoutingEnabledResult as SetVpcVRouterDistributedRoutingEnabledResult,
    )
    from .set_vpc_v_router_network_service_state_result import (
        SetVpcVRouterNetworkServiceStateResult as SetVpcVRouterNetworkServiceStateResult,
    )
    from .sftp_backup_storage_inventory import (
        SftpBackupStorageInventory as SftpBackupStorageInventory,
    )
    from .share_resource_result import ShareResourceResult as ShareResourceResult
    from .shared_block_candidate_struct import (
        SharedBlockCandidateStruct as SharedBlockCandidateStruct,
    )
    from .shared_block_group_primary_storage_host_ref_inventory import (
        SharedBlockGroupPrimaryStorageHostRefInventory as SharedBlockGroupPrimaryStorageHostRefInventory,
    )
    from .shared_block_group_primary_storage_inventory import (
        SharedBlockGroupPrimaryStorageInventory as SharedBlockGroupPrimaryStorageInventory,
    )
    from .shared_block_inventory import SharedBlockInventory as SharedBlockInventory
    from .shared_resource_inventory import SharedResourceInventory as SharedResourceInventory
    from .shell_result import ShellResult as ShellResult
    from .shrink_result import ShrinkResult as ShrinkResult
    from .shrink_volume_snapshot_result import (
        ShrinkVolumeSnapshotResult as ShrinkVolumeSnapshotResult,
    )
    from .shutdown_host_result import ShutdownHostResult as ShutdownHostResult
    from .slb_group_inventory import SlbGroupInventory as SlbGroupInventory
    from .slb_group_l3_network_ref_inventory import (
        SlbGroupL3NetworkRefInventory as SlbGroupL3NetworkRefInventory,
    )
    from .slb_group_monitor_ip_inventory import (
        SlbGroupMonitorIpInventory as SlbGroupMonitorIpInventory,
    )
    from .slb_load_balancer_inventory import SlbLoadBalancerInventory as SlbLoadBalancerInventory
    from .slb_offering_inventory import SlbOfferingInventory as SlbOfferingInventory
    from .slb_vm_instance_config_task_inventory import (
        SlbVmInstanceConfigTaskInventory as SlbVmInstanceConfigTaskInventory,
    )
    from .slb_vm_instance_inventory import SlbVmInstanceInventory as SlbVmInstanceInventory
    from .snapshot_leaf_inventory import SnapshotLeafInventory as SnapshotLeafInventory
    from .snmp_agent_inventory import SnmpAgentInventory as SnmpAgentInventory
    from .sns_aliyun_sms_endpoint_inventory import (
        SNSAliyunSmsEndpointInventory as SNSAliyunSmsEndpointInventory,
    )
    from .sns_application_endpoint_inventory import (
        SNSApplicationEndpointInventory as SNSApplicationEndpointInventory,
    )
    from .sns_application_platform_inventory import (
        SNSApplicationPlatformInventory as SNSApplicationPlatformInventory,
    )
    from .sns_ding_talk_at_person_inventory import (
        SNSDingTalkAtPersonInventory as SNSDingTalkAtPersonInventory,
    )
    from .sns_ding_talk_endpoint_inventory import (
        SNSDingTalkEndpointInventory as SNSDingTalkEndpointInventory,
    )
    from .sns_ding_talk_test_connection_result import (
        SNSDingTalkTestConnectionResult as SNSDingTalkTestConnectionResult,
    )
    from .sns_email_address_inventory import SNSEmailAddressInventory as SNSEmailAddressInventory
    from .sns_email_test_connection_result import (
        SNSEmailTestConnectionResult as SNSEmailTestConnectionResult,
    )
    from .sns_fei_shu_at_person_inventory import (
        SNSFeiShuAtPersonInventory as SNSFeiShuAtPersonInventory,
    )
    from .sns_fei_shu_endpoint_inventory import (
        SNSFeiShuEndpointInventory as SNSFeiShuEndpointInventory,
    )
    from .sns_fei_shu_test_connection_result import (
        SNSFeiShuTestConnectionResult as SNSFeiShuTestConnectionResult,
    )
    from .sns_http_endpoint_inventory import SNSHttpEndpointInventory as SNSHttpEndpointInventory
    from .sns_http_test_connection_result import (
        SNSHttpTestConnectionResult as SNSHttpTestConnectionResult,
    )
    from .sns_microsoft_teams_endpoint_inventory import (
        SNSMicrosoftTeamsEndpointInventory as SNSMicrosoftTeamsEndpointInventory,
    )
    from .sns_microsoft_teams_test_connection_result import (
        SNSMicrosoftTeamsTestConnectionResult as SNSMicrosoftTeamsTestConnectionResult,
    )
    from .sns_sms_receiver_inventory import SNSSmsReceiverInventory as SNSSmsReceiverInventory
    from .sns_snmp_test_connection_result import (
        SNSSnmpTestConnectionResult as SNSSnmpTestConnectionResult,
    )
    from .sns_subscriber_inventory import SNSSubscriberInventory as SNSSubscriberInventory
    from .sns_text_template_inventory import SNSTextTemplateInventory as SNSTextTemplateInventory
    from .sns_topic_inventory import SNSTopicInventory as SNSTopicInventory
    from .sns_universal_sms_endpoint_inventory import (
        SNSUniversalSmsEndpointInventory as SNSUniversalSmsEndpointInventory,
    )
    from .sns_we_com_at_person_inventory import (
        SNSWeComAtPersonInventory as SNSWeComAtPersonInventory,
    )
    from .sns_we_com_endpoint_inventory import (
        SNSWeComEndpointInventory as SNSWeComEndpointInventory,
    )
    from .sns_we_com_test_connection_result import (
        SNSWeComTestConnectionResult as SNSWeComTestConnectionResult,
    )
    from .spending import Spending as Spending
    from .spending_details import SpendingDetails as SpendingDetails
    from .ssh_key_pair_inventory import SshKeyPairInventory as SshKeyPairInventory
    from .ssh_private_key_pair_inventory import (
        SshPrivateKeyPairInventory as SshPrivateKeyPairInventory,
    )
    from .sso_client_inventory import SSOClientInventory as SSOClientInventory
    from .sso_redirect_template_inventory import (
        SSORedirectTemplateInventory as SSORedirectTemplateInventory,
    )
    from .sso_server_token_inventory import SSOServerTokenInventory as SSOServerTokenInventory
    from .stack_template_inventory import StackTemplateInventory as StackTemplateInventory
    from .start_bare_metal2_instance_result import (
        StartBareMetal2InstanceResult as StartBareMetal2InstanceResult,
    )
    from .start_baremetal_instance_result import (
        StartBaremetalInstanceResult as StartBaremetalInstanceResult,
    )
    from .start_baremetal_pxe_server_result import (
        StartBaremetalPxeServerResult as StartBaremetalPxeServerResult,
    )
    from .start_connection_between_aliyun_router_interface_result import (
        StartConnectionBetweenAliyunRouterInterfaceResult as StartConnectionBetweenAliyunRouterInterfaceResult,
    )
    from .start_data_protection_result import StartDataProtectionResult as StartDataProtectionResult
    from .start_ecs_instance_result import StartEcsInstanceResult as StartEcsInstanceResult
    from .start_snmp_agent_result import StartSnmpAgentResult as StartSnmpAgentResult
    from .start_vm_instance_result import StartVmInstanceResult as StartVmInstanceResult
    from .stop_all_resources_in_iam2_project_result import (
        StopAllResourcesInIAM2ProjectResult as StopAllResourcesInIAM2ProjectResult,
    )
    from .stop_baremetal_instance_result import (
        StopBaremetalInstanceResult as StopBaremetalInstanceResult,
    )
    from .stop_baremetal_pxe_server_result import (
        StopBaremetalPxeServerResult as StopBaremetalPxeServerResult,
    )
    from .stop_ecs_instance_result import StopEcsInstanceResult as StopEcsInstanceResult
    from .stop_snmp_agent_result import StopSnmpAgentResult as StopSnmpAgentResult
    from .stop_vm_instance_result import StopVmInstanceResult as StopVmInstanceResult
    from .submit_long_job_result import SubmitLongJobResult as SubmitLongJobResult
    from .subscribe_event_result import SubscribeEventResult as SubscribeEventResult
    from .subscribe_sns_topic_result import SubscribeSNSTopicResult as SubscribeSNSTopicResult
    from .supported_resource_struct import SupportedResourceStruct as SupportedResourceStruct
    from .sync_aliyun_route_entry_from_remote_result import (
        SyncAliyunRouteEntryFromRemoteResult as SyncAliyunRouteEntryFromRemoteResult,
    )
    from .sync_aliyun_router_interface_from_remote_result import (
        SyncAliyunRouterInterfaceFromRemoteResult as SyncAliyunRouterInterfaceFromRemoteResult,
    )
    from .sync_aliyun_snapshot_remote_result import (
        SyncAliyunSnapshotRemoteResult as SyncAliyunSnapshotRemoteResult,
    )
    from .sync_aliyun_virtual_router_from_remote_result import (
        SyncAliyunVirtualRouterFromRemoteResult as SyncAliyunVirtualRouterFromRemoteResult,
    )
    from .sync_backup_from_image_store_backup_storage_result import (
        SyncBackupFromImageStoreBackupStorageResult as SyncBackupFromImageStoreBackupStorageResult,
    )
    from .sync_backup_result import SyncBackupResult as SyncBackupResult
    from .sync_chrony_servers_result import SyncChronyServersResult as SyncChronyServersResult
    from .sync_connection_access_point_from_remote_result import (
        SyncConnectionAccessPointFromRemoteResult as SyncConnectionAccessPointFromRemoteResult,
    )
    from .sync_data_center_from_remote_result import (
        SyncDataCenterFromRemoteResult as SyncDataCenterFromRemoteResult,
    )
    from .sync_database_backup_from_image_store_backup_storage_result import (
        SyncDatabaseBackupFromImageStoreBackupStorageResult as SyncDatabaseBackupFromImageStoreBackupStorageResult,
    )
    from .sync_database_backup_result import SyncDatabaseBackupResult as SyncDatabaseBackupResult
    from .sync_disk_from_aliyun_from_remote_result import (
        SyncDiskFromAliyunFromRemoteResult as SyncDiskFromAliyunFromRemoteResult,
    )
    from .sync_ecs_image_from_remote_result import (
        SyncEcsImageFromRemoteResult as SyncEcsImageFromRemoteResult,
    )
    from .sync_ecs_instance_from_remote_result import (
        SyncEcsInstanceFromRemoteResult as SyncEcsInstanceFromRemoteResult,
    )
    from .sync_ecs_security_group_from_remote_result import (
        SyncEcsSecurityGroupFromRemoteResult as SyncEcsSecurityGroupFromRemoteResult,
    )
    from .sync_ecs_security_group_rule_from_remote_result import (
        SyncEcsSecurityGroupRuleFromRemoteResult as SyncEcsSecurityGroupRuleFromRemoteResult,
    )
    from .sync_ecs_v_switch_from_remote_result import (
        SyncEcsVSwitchFromRemoteResult as SyncEcsVSwitchFromRemoteResult,
    )
    from .sync_ecs_vpc_from_remote_result import (
        SyncEcsVpcFromRemoteResult as SyncEcsVpcFromRemoteResult,
    )
    from .sync_hybrid_eip_from_remote_result import (
        SyncHybridEipFromRemoteResult as SyncHybridEipFromRemoteResult,
    )
    from .sync_identity_from_remote_result import (
        SyncIdentityFromRemoteResult as SyncIdentityFromRemoteResult,
    )
    from .sync_image_from_image_store_backup_storage_result import (
        SyncImageFromImageStoreBackupStorageResult as SyncImageFromImageStoreBackupStorageResult,
    )
    from .sync_image_result import SyncImageResult as SyncImageResult
    from .sync_image_size_result import SyncImageSizeResult as SyncImageSizeResult
    from .sync_ldap_server_result import SyncLdapServerResult as SyncLdapServerResult
    from .sync_nfv_inst_group_result import SyncNfvInstGroupResult as SyncNfvInstGroupResult
    from .sync_primary_storage_capacity_result import (
        SyncPrimaryStorageCapacityResult as SyncPrimaryStorageCapacityResult,
    )
    from .sync_v_center_result import SyncVCenterResult as SyncVCenterResult
    from .sync_virtual_border_router_from_remote_result import (
        SyncVirtualBorderRouterFromRemoteResult as SyncVirtualBorderRouterFromRemoteResult,
    )
    from .sync_vm_backup_from_image_store_backup_storage_result import (
        SyncVmBackupFromImageStoreBackupStorageResult as SyncVmBackupFromImageStoreBackupStorageResult,
    )
    from .sync_vm_backup_result import SyncVmBackupResult as SyncVmBackupResult
    from .sync_vm_clock_result import SyncVmClockResult as SyncVmClockResult
    from .sync_volume_backup_result import SyncVolumeBackupResult as SyncVolumeBackupResult
    from .sync_volume_size_result import SyncVolumeSizeResult as SyncVolumeSizeResult
    from .sync_vpc_user_vpn_gateway_from_remote_result import (
        SyncVpcUserVpnGatewayFromRemoteResult as SyncVpcUserVpnGatewayFromRemoteResult,
    )
    from .sync_vpc_vpn_connection_from_remote_result import (
        SyncVpcVpnConnectionFromRemoteResult as SyncVpcVpnConnectionFromRemoteResult,
    )
    from .sync_vpc_vpn_gateway_from_remote_result import (
        SyncVpcVpnGatewayFromRemoteResult as SyncVpcVpnGatewayFromRemoteResult,
    )
    from .sync_z_box_capacity_result import SyncZBoxCapacityResult as SyncZBoxCapacityResult
    from .system_tag_inventory import SystemTagInventory as SystemTagInventory
    from .tag_pattern_inventory import TagPatternInventory as TagPatternInventory
    from .take_vm_console_screenshot_result import (
        TakeVmConsoleScreenshotResult as TakeVmConsoleScreenshotResult,
    )
    from .task_progress_inventory import TaskProgressInventory as TaskProgressInventory
    from .template import Template as Template
    from .template_config_inventory import TemplateConfigInventory as TemplateConfigInventory
    from .terminate_virtual_border_router_remote_result import (
        TerminateVirtualBorderRouterRemoteResult as TerminateVirtualBorderRouterRemoteResult,
    )
    from .thirdparty_platform_inventory import (
        ThirdpartyPlatformInventory as ThirdpartyPlatformInventory,
    )
    from .ticket_flow_collection_inventory import (
        TicketFlowCollectionInventory as TicketFlowCollectionInventory,
    )
    from .ticket_flow_inventory import TicketFlowInventory as TicketFlowInventory
    from .ticket_inventory import TicketInventory as TicketInventory
    from .ticket_request import TicketRequest as TicketRequest
    from .ticket_status_history_inventory import (
        TicketStatusHistoryInventory as TicketStatusHistoryInventory,
    )
    from .ticket_type_inventory import TicketTypeInventory as TicketTypeInventory
    from .token_introspection_result import TokenIntrospectionResult as TokenIntrospectionResult
    from .trash_cleanup_result import TrashCleanupResult as TrashCleanupResult
    from .trigger_gc_job_result import TriggerGCJobResult as TriggerGCJobResult
    from .two_factor_authentication_inventory import (
        TwoFactorAuthenticationInventory as TwoFactorAuthenticationInventory,
    )
    from .two_factor_authentication_secret_inventory import (
        TwoFactorAuthenticationSecretInventory as TwoFactorAuthenticationSecretInventory,
    )
    from .undo_snapshot_creation_result import (
        UndoSnapshotCreationResult as UndoSnapshotCreationResult,
    )
    from .unexport_nbd_volumes_result import UnexportNbdVolumesResult as UnexportNbdVolumesResult
    from .ungenerate_hygon_mdev_devices_result import (
        UngenerateHygonMdevDevicesResult as UngenerateHygonMdevDevicesResult,
    )
    from .ungenerate_mdev_devices_result import (
        UngenerateMdevDevicesResult as UngenerateMdevDevicesResult,
    )
    from .ungenerate_se_mdev_devices_result import (
        UngenerateSeMdevDevicesResult as UngenerateSeMdevDevicesResult,
    )
    from .ungenerate_sriov_pci_devices_result import (
        UngenerateSriovPciDevicesResult as UngenerateSriovPciDevicesResult,
    )
    from .ungroup_volume_snapshot_group_result import (
        UngroupVolumeSnapshotGroupResult as UngroupVolumeSnapshotGroupResult,
    )
    from .unlock_identity_result import UnlockIdentityResult as UnlockIdentityResult
    from .unmount_vm_instance_recovery_point_result import (
        UnmountVmInstanceRecoveryPointResult as UnmountVmInstanceRecoveryPointResult,
    )
    from .unprotect_vm_instance_recovery_point_result import (
        UnprotectVmInstanceRecoveryPointResult as UnprotectVmInstanceRecoveryPointResult,
    )
    from .unsubscribe_event_result import UnsubscribeEventResult as UnsubscribeEventResult
    from .unsubscribe_sns_topic_result import UnsubscribeSNSTopicResult as UnsubscribeSNSTopicResult
    from .update_access_control_rule_result import (
        UpdateAccessControlRuleResult as UpdateAccessControlRuleResult,
    )
    from .update_account_result import UpdateAccountResult as UpdateAccountResult
    from .update_active_alarm_template_result import (
        UpdateActiveAlarmTemplateResult as UpdateActiveAlarmTemplateResult,
    )
    from .update_affinity_group_result import UpdateAffinityGroupResult as UpdateAffinityGroupResult
    from .update_alarm_data_result import UpdateAlarmDataResult as UpdateAlarmDataResult
    from .update_alarm_label_result import UpdateAlarmLabelResult as UpdateAlarmLabelResult
    from .update_alarm_result import UpdateAlarmResult as UpdateAlarmResult
    from .update_alert_data_ack_result import UpdateAlertDataAckResult as UpdateAlertDataAckResult
    from .update_aliyun_disk_result import UpdateAliyunDiskResult as UpdateAliyunDiskResult
    from .update_aliyun_ebs_backup_storage_result import (
        UpdateAliyunEbsBackupStorageResult as UpdateAliyunEbsBackupStorageResult,
    )
    from .update_aliyun_ebs_primary_storage_result import (
        UpdateAliyunEbsPrimaryStorageResult as UpdateAliyunEbsPrimaryStorageResult,
    )
    from .update_aliyun_key_secret_result import (
        UpdateAliyunKeySecretResult as UpdateAliyunKeySecretResult,
    )
    from .update_aliyun_mount_target_result import (
        UpdateAliyunMountTargetResult as UpdateAliyunMountTargetResult,
    )
    from .update_aliyun_nas_access_group_result import (
        UpdateAliyunNasAccessGroupResult as UpdateAliyunNasAccessGroupResult,
    )
    from .update_aliyun_pangu_partition_result import (
        UpdateAliyunPanguPartitionResult as UpdateAliyunPanguPartitionResult,
    )
    from .update_aliyun_proxy_v_switch_result import (
        UpdateAliyunProxyVSwitchResult as UpdateAliyunProxyVSwitchResult,
    )
    from .update_aliyun_proxy_vpc_result import (
        UpdateAliyunProxyVpcResult as UpdateAliyunProxyVpcResult,
    )
    from .update_aliyun_route_interface_remote_result import (
        UpdateAliyunRouteInterfaceRemoteResult as UpdateAliyunRouteInterfaceRemoteResult,
    )
    from .update_aliyun_sms_sns_text_template_result import (
        UpdateAliyunSmsSNSTextTemplateResult as UpdateAliyunSmsSNSTextTemplateResult,
    )
    from .update_aliyun_snapshot_result import (
        UpdateAliyunSnapshotResult as UpdateAliyunSnapshotResult,
    )
    from .update_aliyun_virtual_router_result import (
        UpdateAliyunVirtualRouterResult as UpdateAliyunVirtualRouterResult,
    )
    from .update_app_build_system_result import (
        UpdateAppBuildSystemResult as UpdateAppBuildSystemResult,
    )
    from .update_at_person_of_at_ding_talk_endpoint_result import (
        UpdateAtPersonOfAtDingTalkEndpointResult as UpdateAtPersonOfAtDingTalkEndpointResult,
    )
    from .update_at_person_of_at_fei_shu_endpoint_result import (
        UpdateAtPersonOfAtFeiShuEndpointResult as UpdateAtPersonOfAtFeiShuEndpointResult,
    )
    from .update_at_person_of_at_we_com_endpoint_result import (
        UpdateAtPersonOfAtWeComEndpointResult as UpdateAtPersonOfAtWeComEndpointResult,
    )
    from .update_auto_scaling_group_adding_new_instance_rule_result import (
        UpdateAutoScalingGroupAddingNewInstanceRuleResult as UpdateAutoScalingGroupAddingNewInstanceRuleResult,
    )
    from .update_auto_scaling_group_instance_result import (
        UpdateAutoScalingGroupInstanceResult as UpdateAutoScalingGroupInstanceResult,
    )
    from .update_auto_scaling_group_removal_instance_rule_result import (
        UpdateAutoScalingGroupRemovalInstanceRuleResult as UpdateAutoScalingGroupRemovalInstanceRuleResult,
    )
    from .update_auto_scaling_group_result import (
        UpdateAutoScalingGroupResult as UpdateAutoScalingGroupResult,
    )
    from .update_auto_scaling_rule_result import (
        UpdateAutoScalingRuleResult as UpdateAutoScalingRuleResult,
    )
    from .update_auto_scaling_vm_template_result import (
        UpdateAutoScalingVmTemplateResult as UpdateAutoScalingVmTemplateResult,
    )
    from .update_backup_storage_result import UpdateBackupStorageResult as UpdateBackupStorageResult
    from .update_bare_metal2_chassis_offering_result import (
        UpdateBareMetal2ChassisOfferingResult as UpdateBareMetal2ChassisOfferingResult,
    )
    from .update_bare_metal2_chassis_pci_device_result import (
        UpdateBareMetal2ChassisPciDeviceResult as UpdateBareMetal2ChassisPciDeviceResult,
    )
    from .update_bare_metal2_chassis_result import (
        UpdateBareMetal2ChassisResult as UpdateBareMetal2ChassisResult,
    )
    from .update_bare_metal2_gateway_result import (
        UpdateBareMetal2GatewayResult as UpdateBareMetal2GatewayResult,
    )
    from .update_bare_metal2_instance_result import (
        UpdateBareMetal2InstanceResult as UpdateBareMetal2InstanceResult,
    )
    from .update_bare_metal2_ipmi_chassis_result import (
        UpdateBareMetal2IpmiChassisResult as UpdateBareMetal2IpmiChassisResult,
    )
    from .update_bare_metal2_provision_network_result import (
        UpdateBareMetal2ProvisionNetworkResult as UpdateBareMetal2ProvisionNetworkResult,
    )
    from .update_baremetal_chassis_result import (
        UpdateBaremetalChassisResult as UpdateBaremetalChassisResult,
    )
    from .update_baremetal_instance_result import (
        UpdateBaremetalInstanceResult as UpdateBaremetalInstanceResult,
    )
    from .update_baremetal_pxe_server_result import (
        UpdateBaremetalPxeServerResult as UpdateBaremetalPxeServerResult,
    )
    from .update_block_primary_storage_result import (
        UpdateBlockPrimaryStorageResult as UpdateBlockPrimaryStorageResult,
    )
    from .update_block_volume_result import UpdateBlockVolumeResult as UpdateBlockVolumeResult
    from .update_bonding_result import UpdateBondingResult as UpdateBondingResult
    from .update_build_app_result import UpdateBuildAppResult as UpdateBuildAppResult
    from .update_cas_client_result import UpdateCasClientResult as UpdateCasClientResult
    from .update_ccs_certificate_user_state_result import (
        UpdateCCSCertificateUserStateResult as UpdateCCSCertificateUserStateResult,
    )
    from .update_cdp_policy_result import UpdateCdpPolicyResult as UpdateCdpPolicyResult
    from .update_cdp_task_result import UpdateCdpTaskResult as UpdateCdpTaskResult
    from .update_ceph_backup_storage_mon_result import (
        UpdateCephBackupStorageMonResult as UpdateCephBackupStorageMonResult,
    )
    from .update_ceph_primary_storage_mon_result import (
        UpdateCephPrimaryStorageMonResult as UpdateCephPrimaryStorageMonResult,
    )
    from .update_ceph_primary_storage_pool_result import (
        UpdateCephPrimaryStoragePoolResult as UpdateCephPrimaryStoragePoolResult,
    )
    from .update_certificate_result import UpdateCertificateResult as UpdateCertificateResult
    from .update_chrony_servers_result import UpdateChronyServersResult as UpdateChronyServersResult
    from .update_cluster_drs_result import UpdateClusterDRSResult as UpdateClusterDRSResult
    from .update_cluster_os_result import UpdateClusterOSResult as UpdateClusterOSResult
    from .update_cluster_result import UpdateClusterResult as UpdateClusterResult
    from .update_connection_between_l3_net_work_and_aliyun_v_switch_result import (
        UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult as UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult,
    )
    from .update_console_password_result import (
        UpdateConsolePasswordResult as UpdateConsolePasswordResult,
    )
    from .update_console_proxy_agent_result import (
        UpdateConsoleProxyAgentResult as UpdateConsoleProxyAgentResult,
    )
    from .update_csp_secret_resource_pool_result import (
        UpdateCSPSecretResourcePoolResult as UpdateCSPSecretResourcePoolResult,
    )
    from .update_directory_result import UpdateDirectoryResult as UpdateDirectoryResult
    from .update_disk_offering_result import UpdateDiskOfferingResult as UpdateDiskOfferingResult
    from .update_ecs_image_result import UpdateEcsImageResult as UpdateEcsImageResult
    from .update_ecs_instance_result import UpdateEcsInstanceResult as UpdateEcsInstanceResult
    from .update_ecs_instance_vnc_password_result import (
        UpdateEcsInstanceVncPasswordResult as UpdateEcsInstanceVncPasswordResult,
    )
    from .update_ecs_security_group_result import (
        UpdateEcsSecurityGroupResult as UpdateEcsSecurityGroupResult,
    )
    from .update_ecs_v_switch_result import UpdateEcsVSwitchResult as UpdateEcsVSwitchResult
    from .update_ecs_vpc_result import UpdateEcsVpcResult as UpdateEcsVpcResult
    from .update_eip_result import UpdateEipResult as UpdateEipResult
    from .update_email_address_of_sns_email_endpoint_result import (
        UpdateEmailAddressOfSNSEmailEndpointResult as UpdateEmailAddressOfSNSEmailEndpointResult,
    )
    from .update_email_media_result import UpdateEmailMediaResult as UpdateEmailMediaResult
    from .update_email_monitor_trigger_action_result import (
        UpdateEmailMonitorTriggerActionResult as UpdateEmailMonitorTriggerActionResult,
    )
    from .update_event_data_result import UpdateEventDataResult as UpdateEventDataResult
    from .update_event_rule_template_result import (
        UpdateEventRuleTemplateResult as UpdateEventRuleTemplateResult,
    )
    from .update_event_subscription_label_result import (
        UpdateEventSubscriptionLabelResult as UpdateEventSubscriptionLabelResult,
    )
    from .update_external_primary_storage_result import (
        UpdateExternalPrimaryStorageResult as UpdateExternalPrimaryStorageResult,
    )
    from .update_factory_mode_state_result import (
        UpdateFactoryModeStateResult as UpdateFactoryModeStateResult,
    )
    from .update_fi_sec_secret_resource_pool_result import (
        UpdateFiSecSecretResourcePoolResult as UpdateFiSecSecretResourcePoolResult,
    )
    from .update_fi_sec_security_machine_result import (
        UpdateFiSecSecurityMachineResult as UpdateFiSecSecurityMachineResult,
    )
    from .update_firewall_ip_set_template_result import (
        UpdateFirewallIpSetTemplateResult as UpdateFirewallIpSetTemplateResult,
    )
    from .update_firewall_rule_result import UpdateFirewallRuleResult as UpdateFirewallRuleResult
    from .update_firewall_rule_set_result import (
        UpdateFirewallRuleSetResult as UpdateFirewallRuleSetResult,
    )
    from .update_firewall_rule_template_result import (
        UpdateFirewallRuleTemplateResult as UpdateFirewallRuleTemplateResult,
    )
    from .update_flk_sec_secret_resource_pool_result import (
        UpdateFlkSecSecretResourcePoolResult as UpdateFlkSecSecretResourcePoolResult,
    )
    from .update_flk_sec_security_machine_result import (
        UpdateFlkSecSecurityMachineResult as UpdateFlkSecSecurityMachineResult,
    )
    from .update_flow_collector_result import UpdateFlowCollectorResult as UpdateFlowCollectorResult
    from .update_flow_meter_result import UpdateFlowMeterResult as UpdateFlowMeterResult
    from .update_global_config_result import UpdateGlobalConfigResult as UpdateGlobalConfigResult
    from .update_guest_tools_state_result import (
        UpdateGuestToolsStateResult as UpdateGuestToolsStateResult,
    )
    from .update_guest_vm_script_result import (
        UpdateGuestVmScriptResult as UpdateGuestVmScriptResult,
    )
    from .update_ha_strategy_condition_result import (
        UpdateHaStrategyConditionResult as UpdateHaStrategyConditionResult,
    )
    from .update_host_iommu_state_result import (
        UpdateHostIommuStateResult as UpdateHostIommuStateResult,
    )
    from .update_host_ipmi_result import UpdateHostIpmiResult as UpdateHostIpmiResult
    from .update_host_network_interface_result import (
        UpdateHostNetworkInterfaceResult as UpdateHostNetworkInterfaceResult,
    )
    from .update_host_network_service_type_result import (
        UpdateHostNetworkServiceTypeResult as UpdateHostNetworkServiceTypeResult,
    )
    from .update_host_result import UpdateHostResult as UpdateHostResult
    from .update_host_scheduling_rule_group_result import (
        UpdateHostSchedulingRuleGroupResult as UpdateHostSchedulingRuleGroupResult,
    )
    from .update_hybrid_eip_result import UpdateHybridEipResult as UpdateHybridEipResult
    from .update_hybrid_key_secret_result import (
        UpdateHybridKeySecretResult as UpdateHybridKeySecretResult,
    )
    from .update_iam2_organization_attribute_result import (
        UpdateIAM2OrganizationAttributeResult as UpdateIAM2OrganizationAttributeResult,
    )
    from .update_iam2_organization_result import (
        UpdateIAM2OrganizationResult as UpdateIAM2OrganizationResult,
    )
    from .update_iam2_project_attribute_result import (
        UpdateIAM2ProjectAttributeResult as UpdateIAM2ProjectAttributeResult,
    )
    from .update_iam2_project_result import UpdateIAM2ProjectResult as UpdateIAM2ProjectResult
    from .update_iam2_project_template_result import (
        UpdateIAM2ProjectTemplateResult as UpdateIAM2ProjectTemplateResult,
    )
    from .update_iam2_ticket_flow_collection_result import (
        UpdateIAM2TicketFlowCollectionResult as UpdateIAM2TicketFlowCollectionResult,
    )
    from .update_iam2_ticket_flow_result import (
        UpdateIAM2TicketFlowResult as UpdateIAM2TicketFlowResult,
    )
    from .update_iam2_virtual_id_attribute_result import (
        UpdateIAM2VirtualIDAttributeResult as UpdateIAM2VirtualIDAttributeResult,
    )
    from .update_iam2_virtual_id_group_attribute_result import (
        UpdateIAM2VirtualIDGroupAttributeResult as UpdateIAM2VirtualIDGroupAttributeResult,
    )
    from .update_iam2_virtual_id_group_result import (
        UpdateIAM2VirtualIDGroupResult as UpdateIAM2VirtualIDGroupResult,
    )
    from .update_iam2_virtual_id_result import (
        UpdateIAM2VirtualIDResult as UpdateIAM2VirtualIDResult,
    )
    from .update_image_package_result import UpdateImagePackageResult as UpdateImagePackageResult
    from .update_image_result import UpdateImageResult as UpdateImageResult
    from .update_image_store_backup_storage_result import (
        UpdateImageStoreBackupStorageResult as UpdateImageStoreBackupStorageResult,
    )
    from .update_info_sec_secret_resource_pool_result import (
        UpdateInfoSecSecretResourcePoolResult as UpdateInfoSecSecretResourcePoolResult,
    )
    from .update_info_sec_security_machine_result import (
        UpdateInfoSecSecurityMachineResult as UpdateInfoSecSecurityMachineResult,
    )
    from .update_instance_offering_result import (
        UpdateInstanceOfferingResult as UpdateInstanceOfferingResult,
    )
    from .update_ip_range_result import UpdateIpRangeResult as UpdateIpRangeResult
    from .update_ipsec_connection_result import (
        UpdateIPsecConnectionResult as UpdateIPsecConnectionResult,
    )
    from .update_iscsi_server_result import UpdateIscsiServerResult as UpdateIscsiServerResult
    from .update_jit_security_machine_result import (
        UpdateJitSecurityMachineResult as UpdateJitSecurityMachineResult,
    )
    from .update_kvm_host_result import UpdateKVMHostResult as UpdateKVMHostResult
    from .update_l2_network_result import UpdateL2NetworkResult as UpdateL2NetworkResult
    from .update_l3_network_result import UpdateL3NetworkResult as UpdateL3NetworkResult
    from .update_ldap_server_result import UpdateLdapServerResult as UpdateLdapServerResult
    from .update_license_result import UpdateLicenseResult as UpdateLicenseResult
    from .update_load_balancer_listener_result import (
        UpdateLoadBalancerListenerResult as UpdateLoadBalancerListenerResult,
    )
    from .update_load_balancer_result import UpdateLoadBalancerResult as UpdateLoadBalancerResult
    from .update_load_balancer_server_group_result import (
        UpdateLoadBalancerServerGroupResult as UpdateLoadBalancerServerGroupResult,
    )
    from .update_log_configuration_result import (
        UpdateLogConfigurationResult as UpdateLogConfigurationResult,
    )
    from .update_log_server_result import UpdateLogServerResult as UpdateLogServerResult
    from .update_long_job_result import UpdateLongJobResult as UpdateLongJobResult
    from .update_mdev_device_result import UpdateMdevDeviceResult as UpdateMdevDeviceResult
    from .update_mdev_device_spec_result import (
        UpdateMdevDeviceSpecResult as UpdateMdevDeviceSpecResult,
    )
    from .update_metric_rule_template_result import (
        UpdateMetricRuleTemplateResult as UpdateMetricRuleTemplateResult,
    )
    from .update_monitor_group_result import UpdateMonitorGroupResult as UpdateMonitorGroupResult
    from .update_monitor_template_result import (
        UpdateMonitorTemplateResult as UpdateMonitorTemplateResult,
    )
    from .update_monitor_trigger_result import (
        UpdateMonitorTriggerResult as UpdateMonitorTriggerResult,
    )
    from .update_nas_file_system_result import (
        UpdateNasFileSystemResult as UpdateNasFileSystemResult,
    )
    from .update_nas_mount_target_result import (
        UpdateNasMountTargetResult as UpdateNasMountTargetResult,
    )
    from .update_nfv_inst_group_result import UpdateNfvInstGroupResult as UpdateNfvInstGroupResult
    from .update_o_auth_client_result import UpdateOAuthClientResult as UpdateOAuthClientResult
    from .update_organization_quota_result import (
        UpdateOrganizationQuotaResult as UpdateOrganizationQuotaResult,
    )
    from .update_oss_bucket_result import UpdateOssBucketResult as UpdateOssBucketResult
    from .update_pci_device_result import UpdatePciDeviceResult as UpdatePciDeviceResult
    from .update_pci_device_spec_result import (
        UpdatePciDeviceSpecResult as UpdatePciDeviceSpecResult,
    )
    from .update_policy_route_rule_set_result import (
        UpdatePolicyRouteRuleSetResult as UpdatePolicyRouteRuleSetResult,
    )
    from .update_port_forwarding_rule_result import (
        UpdatePortForwardingRuleResult as UpdatePortForwardingRuleResult,
    )
    from .update_port_mirror_result import UpdatePortMirrorResult as UpdatePortMirrorResult
    from .update_preconfiguration_template_result import (
        UpdatePreconfigurationTemplateResult as UpdatePreconfigurationTemplateResult,
    )
    from .update_price_table_result import UpdatePriceTableResult as UpdatePriceTableResult
    from .update_primary_storage_result import (
        UpdatePrimaryStorageResult as UpdatePrimaryStorageResult,
    )
    from .update_priority_config_result import (
        UpdatePriorityConfigResult as UpdatePriorityConfigResult,
    )
    from .update_publish_app_result import UpdatePublishAppResult as UpdatePublishAppResult
    from .update_quota_result import UpdateQuotaResult as UpdateQuotaResult
    from .update_resource_config_result import (
        UpdateResourceConfigResult as UpdateResourceConfigResult,
    )
    from .update_resource_configs_result import (
        UpdateResourceConfigsResult as UpdateResourceConfigsResult,
    )
    from .update_resource_price_result import UpdateResourcePriceResult as UpdateResourcePriceResult
    from .update_resource_stack_result import UpdateResourceStackResult as UpdateResourceStackResult
    from .update_role_result import UpdateRoleResult as UpdateRoleResult
    from .update_san_sec_secret_resource_pool_result import (
        UpdateSanSecSecretResourcePoolResult as UpdateSanSecSecretResourcePoolResult,
    )
    from .update_san_sec_security_machine_result import (
        UpdateSanSecSecurityMachineResult as UpdateSanSecSecurityMachineResult,
    )
    from .update_scheduler_job_group_result import (
        UpdateSchedulerJobGroupResult as UpdateSchedulerJobGroupResult,
    )
    from .update_scheduler_job_result import UpdateSchedulerJobResult as UpdateSchedulerJobResult
    from .update_scheduler_trigger_result import (
        UpdateSchedulerTriggerResult as UpdateSchedulerTriggerResult,
    )
    from .update_scsi_lun_result import UpdateScsiLunResult as UpdateScsiLunResult
    from .update_sdn_controller_result import UpdateSdnControllerResult as UpdateSdnControllerResult
    from .update_secret_resource_pool_result import (
        UpdateSecretResourcePoolResult as UpdateSecretResourcePoolResult,
    )
    from .update_security_group_result import UpdateSecurityGroupResult as UpdateSecurityGroupResult
    from .update_security_group_rule_priority_result import (
        UpdateSecurityGroupRulePriorityResult as UpdateSecurityGroupRulePriorityResult,
    )
    from .update_security_machine_result import (
        UpdateSecurityMachineResult as UpdateSecurityMachineResult,
    )
    from .update_sftp_backup_storage_result import (
        UpdateSftpBackupStorageResult as UpdateSftpBackupStorageResult,
    )
    from .update_shared_block_result import UpdateSharedBlockResult as UpdateSharedBlockResult
    from .update_slb_group_result import UpdateSlbGroupResult as UpdateSlbGroupResult
    from .update_snmp_agent_result import UpdateSnmpAgentResult as UpdateSnmpAgentResult
    from .update_sns_application_endpoint_result import (
        UpdateSNSApplicationEndpointResult as UpdateSNSApplicationEndpointResult,
    )
    from .update_sns_application_platform_result import (
        UpdateSNSApplicationPlatformResult as UpdateSNSApplicationPlatformResult,
    )
    from .update_sns_ding_talk_endpoint_result import (
        UpdateSNSDingTalkEndpointResult as UpdateSNSDingTalkEndpointResult,
    )
    from .update_sns_fei_shu_endpoint_result import (
        UpdateSNSFeiShuEndpointResult as UpdateSNSFeiShuEndpointResult,
    )
    from .update_sns_http_endpoint_result import (
        UpdateSNSHttpEndpointResult as UpdateSNSHttpEndpointResult,
    )
    from .update_sns_microsoft_teams_endpoint_result import (
        UpdateSNSMicrosoftTeamsEndpointResult as UpdateSNSMicrosoftTeamsEndpointResult,
    )
    from .update_sns_snmp_platform_result import (
        UpdateSNSSnmpPlatformResult as UpdateSNSSnmpPlatformResult,
    )
    from .update_sns_text_template_result import (
        UpdateSNSTextTemplateResult as UpdateSNSTextTemplateResult,
    )
    from .update_sns_topic_result import UpdateSNSTopicResult as UpdateSNSTopicResult
    from .update_sns_universal_sms_endpoint_result import (
        UpdateSNSUniversalSmsEndpointResult as UpdateSNSUniversalSmsEndpointResult,
    )
    from .update_sns_we_com_endpoint_result import (
        UpdateSNSWeComEndpointResult as UpdateSNSWeComEndpointResult,
    )
    from .update_ssh_key_pair_result import UpdateSshKeyPairResult as UpdateSshKeyPairResult
    from .update_sso_redirect_template_result import (
        UpdateSSORedirectTemplateResult as UpdateSSORedirectTemplateResult,
    )
    from .update_stack_template_result import UpdateStackTemplateResult as UpdateStackTemplateResult
    from .update_subscribe_event_result import (
        UpdateSubscribeEventResult as UpdateSubscribeEventResult,
    )
    from .update_system_tag_result import UpdateSystemTagResult as UpdateSystemTagResult
    from .update_tag_result import UpdateTagResult as UpdateTagResult
    from .update_template_config_result import (
        UpdateTemplateConfigResult as UpdateTemplateConfigResult,
    )
    from .update_thirdparty_alerts_result import (
        UpdateThirdpartyAlertsResult as UpdateThirdpartyAlertsResult,
    )
    from .update_thirdparty_platform_result import (
        UpdateThirdpartyPlatformResult as UpdateThirdpartyPlatformResult,
    )
    from .update_ticket_request_result import UpdateTicketRequestResult as UpdateTicketRequestResult
    from .update_usb_device_result import UpdateUsbDeviceResult as UpdateUsbDeviceResult
    from .update_user_group_result import UpdateUserGroupResult as UpdateUserGroupResult
    from .update_user_result import UpdateUserResult as UpdateUserResult
    from .update_v2_v_conversion_host_result import (
        UpdateV2VConversionHostResult as UpdateV2VConversionHostResult,
    )
    from .update_v_center_result import UpdateVCenterResult as UpdateVCenterResult
    from .update_v_router_ospf_area_result import (
        UpdateVRouterOspfAreaResult as UpdateVRouterOspfAreaResult,
    )
    from .update_v_router_route_table_result import (
        UpdateVRouterRouteTableResult as UpdateVRouterRouteTableResult,
    )
    from .update_vip_result import UpdateVipResult as UpdateVipResult
    from .update_virtual_border_router_remote_result import (
        UpdateVirtualBorderRouterRemoteResult as UpdateVirtualBorderRouterRemoteResult,
    )
    from .update_virtual_router_offering_result import (
        UpdateVirtualRouterOfferingResult as UpdateVirtualRouterOfferingResult,
    )
    from .update_virtual_router_result import UpdateVirtualRouterResult as UpdateVirtualRouterResult
    from .update_virtual_router_software_version_result import (
        UpdateVirtualRouterSoftwareVersionResult as UpdateVirtualRouterSoftwareVersionResult,
    )
    from .update_vm_cd_rom_result import UpdateVmCdRomResult as UpdateVmCdRomResult
    from .update_vm_instance_result import UpdateVmInstanceResult as UpdateVmInstanceResult
    from .update_vm_network_config_result import (
        UpdateVmNetworkConfigResult as UpdateVmNetworkConfigResult,
    )
    from .update_vm_nic_driver_result import UpdateVmNicDriverResult as UpdateVmNicDriverResult
    from .update_vm_nic_mac_result import UpdateVmNicMacResult as UpdateVmNicMacResult
    from .update_vm_priority_result import UpdateVmPriorityResult as UpdateVmPriorityResult
    from .update_vm_scheduling_rule_group_result import (
        UpdateVmSchedulingRuleGroupResult as UpdateVmSchedulingRuleGroupResult,
    )
    from .update_vm_scheduling_rule_result import (
        UpdateVmSchedulingRuleResult as UpdateVmSchedulingRuleResult,
    )
    from .update_vm_user_defined_xml_hook_script_result import (
        UpdateVmUserDefinedXmlHookScriptResult as UpdateVmUserDefinedXmlHookScriptResult,
    )
    from .update_vni_range_result import UpdateVniRangeResult as UpdateVniRangeResult
    from .update_volume_result import UpdateVolumeResult as UpdateVolumeResult
    from .update_volume_snapshot_group_result import (
        UpdateVolumeSnapshotGroupResult as UpdateVolumeSnapshotGroupResult,
    )
    from .update_volume_snapshot_result import (
        UpdateVolumeSnapshotResult as UpdateVolumeSnapshotResult,
    )
    from .update_vpc_firewall_result import UpdateVpcFirewallResult as UpdateVpcFirewallResult
    from .update_vpc_ha_group_result import UpdateVpcHaGroupResult as UpdateVpcHaGroupResult
    from .update_vpc_shared_qos_result import UpdateVpcSharedQosResult as UpdateVpcSharedQosResult
    from .update_vpc_user_vpn_gateway_result import (
        UpdateVpcUserVpnGatewayResult as UpdateVpcUserVpnGatewayResult,
    )
    from .update_vpc_vpn_connection_remote_result import (
        UpdateVpcVpnConnectionRemoteResult as UpdateVpcVpnConnectionRemoteResult,
    )
    from .update_vpc_vpn_gateway_result import (
        UpdateVpcVpnGatewayResult as UpdateVpcVpnGatewayResult,
    )
    from .update_webhook_result import UpdateWebhookResult as UpdateWebhookResult
    from .update_xsky_block_volume_result import (
        UpdateXskyBlockVolumeResult as UpdateXskyBlockVolumeResult,
    )
    from .update_zone_result import UpdateZoneResult as UpdateZoneResult
    from .upgrade_backup_storage_cdp_tasks_result import (
        UpgradeBackupStorageCdpTasksResult as UpgradeBackupStorageCdpTasksResult,
    )
    from .upload_file_to_vm_result import UploadFileToVmResult as UploadFileToVmResult
    from .usage_report import UsageReport as UsageReport
    from .usb_device_inventory import UsbDeviceInventory as UsbDeviceInventory
    from .used_ip import UsedIp as UsedIp
    from .used_ip_inventory import UsedIpInventory as UsedIpInventory
    from .user_group_inventory import UserGroupInventory as UserGroupInventory
    from .user_inventory import UserInventory as UserInventory
    from .user_tag_inventory import UserTagInventory as UserTagInventory
    from .v2_v_conversion_host_inventory import (
        V2VConversionHostInventory as V2VConversionHostInventory,
    )
    from .v_center_cluster_inventory import VCenterClusterInventory as VCenterClusterInventory
    from .v_center_inventory import VCenterInventory as VCenterInventory
    from .v_center_resource_pool_inventory import (
        VCenterResourcePoolInventory as VCenterResourcePoolInventory,
    )
    from .v_center_resource_pool_usage_inventory import (
        VCenterResourcePoolUsageInventory as VCenterResourcePoolUsageInventory,
    )
    from .v_router_route_entry_ao import VRouterRouteEntryAO as VRouterRouteEntryAO
    from .v_router_route_entry_inventory import (
        VRouterRouteEntryInventory as VRouterRouteEntryInventory,
    )
    from .v_router_route_table_inventory import (
        VRouterRouteTableInventory as VRouterRouteTableInventory,
    )
    from .validate_cluster_support_drs_result import (
        ValidateClusterSupportDRSResult as ValidateClusterSupportDRSResult,
    )
    from .validate_disk_offering_user_config_result import (
        ValidateDiskOfferingUserConfigResult as ValidateDiskOfferingUserConfigResult,
    )
    from .validate_instance_offering_user_config_result import (
        ValidateInstanceOfferingUserConfigResult as ValidateInstanceOfferingUserConfigResult,
    )
    from .validate_password_result import ValidatePasswordResult as ValidatePasswordResult
    from .validate_price_user_config_result import (
        ValidatePriceUserConfigResult as ValidatePriceUserConfigResult,
    )
    from .validate_security_group_rule_result import (
        ValidateSecurityGroupRuleResult as ValidateSecurityGroupRuleResult,
    )
    from .validate_session_result import ValidateSessionResult as ValidateSessionResult
    from .validate_sns_aliyun_sms_endpoint_result import (
        ValidateSNSAliyunSmsEndpointResult as ValidateSNSAliyunSmsEndpointResult,
    )
    from .validate_sns_email_platform_result import (
        ValidateSNSEmailPlatformResult as ValidateSNSEmailPlatformResult,
    )
    from .validate_sns_universal_sms_endpoint_result import (
        ValidateSNSUniversalSmsEndpointResult as ValidateSNSUniversalSmsEndpointResult,
    )
    from .validate_vm_scheduling_rule_result import (
        ValidateVmSchedulingRuleResult as ValidateVmSchedulingRuleResult,
    )
    from .validate_volume_snapshot_chain_result import (
        ValidateVolumeSnapshotChainResult as ValidateVolumeSnapshotChainResult,
    )
    from .vdi_port_info import VdiPortInfo as VdiPortInfo
    from .vip_inventory import VipInventory as VipInventory
    from .vip_network_services_ref_inventory import (
        VipNetworkServicesRefInventory as VipNetworkServicesRefInventory,
    )
    from .vip_port_range_inventory import VipPortRangeInventory as VipPortRangeInventory
    from .vip_qos_inventory import VipQosInventory as VipQosInventory
    from .virtual_border_router_inventory import (
        VirtualBorderRouterInventory as VirtualBorderRouterInventory,
    )
    from .virtual_router_offering_inventory import (
        VirtualRouterOfferingInventory as VirtualRouterOfferingInventory,
    )
    from .virtual_router_software_version_inventory import (
        VirtualRouterSoftwareVersionInventory as VirtualRouterSoftwareVersionInventory,
    )
    from .virtual_router_v_router_route_table_ref_inventory import (
        VirtualRouterVRouterRouteTableRefInventory as VirtualRouterVRouterRouteTableRefInventory,
    )
    from .virtual_router_vm_inventory import VirtualRouterVmInventory as VirtualRouterVmInventory
    from .virtualizer_info import VirtualizerInfo as VirtualizerInfo
    from .virtualizer_info_inventory import VirtualizerInfoInventory as VirtualizerInfoInventory
    from .vm_capabilities import VmCapabilities as VmCapabilities
    from .vm_cd_rom import VmCdRom as VmCdRom
    from .vm_cd_rom_inventory import VmCdRomInventory as VmCdRomInventory
    from .vm_instance_device_address_archive_inventory import (
        VmInstanceDeviceAddressArchiveInventory as VmInstanceDeviceAddressArchiveInventory,
    )
    from .vm_instance_device_address_group_inventory import (
        VmInstanceDeviceAddressGroupInventory as VmInstanceDeviceAddressGroupInventory,
    )
    from .vm_instance_inventory import VmInstanceInventory as VmInstanceInventory
    from .vm_instance_mdev_device_spec_ref_inventory import (
        VmInstanceMdevDeviceSpecRefInventory as VmInstanceMdevDeviceSpecRefInventory,
    )
    from .vm_instance_pci_device_spec_ref_inventory import (
        VmInstancePciDeviceSpecRefInventory as VmInstancePciDeviceSpecRefInventory,
    )
    from .vm_nic import VmNic as VmNic
    from .vm_nic_inventory import VmNicInventory as VmNicInventory
    from .vm_nic_security_group_ref_inventory import (
        VmNicSecurityGroupRefInventory as VmNicSecurityGroupRefInventory,
    )
    from .vm_nic_security_policy_inventory import (
        VmNicSecurityPolicyInventory as VmNicSecurityPolicyInventory,
    )
    from .vm_priority_config_inventory import VmPriorityConfigInventory as VmPriorityConfigInventory
    from .vm_sched_history_inventory import VmSchedHistoryInventory as VmSchedHistoryInventory
    from .vm_scheduling_rule_group_inventory import (
        VmSchedulingRuleGroupInventory as VmSchedulingRuleGroupInventory,
    )
    from .vm_scheduling_rule_inventory import VmSchedulingRuleInventory as VmSchedulingRuleInventory
    from .vm_vf_nic_inventory import VmVfNicInventory as VmVfNicInventory
    from .vni_range import VniRange as VniRange
    from .vni_range_inventory import VniRangeInventory as VniRangeInventory
    from .volume_backup_inventory import VolumeBackupInventory as VolumeBackupInventory
    from .volume_backup_storage_ref_inventory import (
        VolumeBackupStorageRefInventory as VolumeBackupStorageRefInventory,
    )
    from .volume_format_reply_struct import VolumeFormatReplyStruct as VolumeFormatReplyStruct
    from .volume_inventory import VolumeInventory as VolumeInventory
    from .volume_snapshot_backup_storage_ref_inventory import (
        VolumeSnapshotBackupStorageRefInventory as VolumeSnapshotBackupStorageRefInventory,
    )
    from .volume_snapshot_group_availability import (
        VolumeSnapshotGroupAvailability as VolumeSnapshotGroupAvailability,
    )
    from .volume_snapshot_group_inventory import (
        VolumeSnapshotGroupInventory as VolumeSnapshotGroupInventory,
    )
    from .volume_snapshot_group_ref_inventory import (
        VolumeSnapshotGroupRefInventory as VolumeSnapshotGroupRefInventory,
    )
    from .volume_snapshot_inventory import VolumeSnapshotInventory as VolumeSnapshotInventory
    from .volume_snapshot_tree_inventory import (
        VolumeSnapshotTreeInventory as VolumeSnapshotTreeInventory,
    )
    from .vpc_firewall_inventory import VpcFirewallInventory as VpcFirewallInventory
    from .vpc_firewall_ip_set_template_inventory import (
        VpcFirewallIpSetTemplateInventory as VpcFirewallIpSetTemplateInventory,
    )
    from .vpc_firewall_rule_inventory import VpcFirewallRuleInventory as VpcFirewallRuleInventory
    from .vpc_firewall_rule_set_inventory import (
        VpcFirewallRuleSetInventory as VpcFirewallRuleSetInventory,
    )
    from .vpc_firewall_rule_set_l3_ref_inventory import (
        VpcFirewallRuleSetL3RefInventory as VpcFirewallRuleSetL3RefInventory,
    )
    from .vpc_firewall_rule_template_inventory import (
        VpcFirewallRuleTemplateInventory as VpcFirewallRuleTemplateInventory,
    )
    from .vpc_firewall_v_router_ref_inventory import (
        VpcFirewallVRouterRefInventory as VpcFirewallVRouterRefInventory,
    )
    from .vpc_ha_group_appliance_vm_ref_inventory import (
        VpcHaGroupApplianceVmRefInventory as VpcHaGroupApplianceVmRefInventory,
    )
    from .vpc_ha_group_inventory import VpcHaGroupInventory as VpcHaGroupInventory
    from .vpc_ha_group_monitor_ip_inventory import (
        VpcHaGroupMonitorIpInventory as VpcHaGroupMonitorIpInventory,
    )
    from .vpc_ha_group_network_service_ref_inventory import (
        VpcHaGroupNetworkServiceRefInventory as VpcHaGroupNetworkServiceRefInventory,
    )
    from .vpc_ha_group_vip_ref_inventory import (
        VpcHaGroupVipRefInventory as VpcHaGroupVipRefInventory,
    )
    from .vpc_router_dns_inventory import VpcRouterDnsInventory as VpcRouterDnsInventory
    from .vpc_router_vm_inventory import VpcRouterVmInventory as VpcRouterVmInventory
    from .vpc_shared_qos_inventory import VpcSharedQosInventory as VpcSharedQosInventory
    from .vpc_user_vpn_gateway_inventory import (
        VpcUserVpnGatewayInventory as VpcUserVpnGatewayInventory,
    )
    from .vpc_virtual_route_entry_inventory import (
        VpcVirtualRouteEntryInventory as VpcVirtualRouteEntryInventory,
    )
    from .vpc_virtual_router_inventory import VpcVirtualRouterInventory as VpcVirtualRouterInventory
    from .vpc_vpn_connection_inventory import VpcVpnConnectionInventory as VpcVpnConnectionInventory
    from .vpc_vpn_gateway_inventory import VpcVpnGatewayInventory as VpcVpnGatewayInventory
    from .vpc_vpn_ike_config_inventory import VpcVpnIkeConfigInventory as VpcVpnIkeConfigInventory
    from .vpc_vpn_ike_config_struct import VpcVpnIkeConfigStruct as VpcVpnIkeConfigStruct
    from .vpc_vpn_ip_sec_config_inventory import (
        VpcVpnIpSecConfigInventory as VpcVpnIpSecConfigInventory,
    )
    from .vpc_vpn_ip_sec_config_struct import VpcVpnIpSecConfigStruct as VpcVpnIpSecConfigStruct
    from .vtep_inventory import VtepInventory as VtepInventory
    from .vxlan_pool import VxlanPool as VxlanPool
    from .webhook_inventory import WebhookInventory as WebhookInventory
    from .xml_hook_inventory import XmlHookInventory as XmlHookInventory
    from .z_box_inventory import ZBoxInventory as ZBoxInventory
    from .zone_inventory import ZoneInventory as ZoneInventory
    from .zql_query_result import ZQLQueryResult as ZQLQueryResult
    from .zql_query_return import ZQLQueryReturn as ZQLQueryReturn

_MODULES = {
    "AccessControlListEntryInventory": "access_control_list_entry_inventory",
    "AccessControlListInventory": "access_control_list_inventory",
    "AccessControlRuleInventory": "access_control_rule_inventory",
    "AccessKeyInventory": "access_key_inventory",
    "AccountInventory": "account_inventory",
    "AccountPriceTableRefInventory": "account_price_table_ref_inventory",
    "AccountResourceRefInventory": "account_resource_ref_inventory",
    "AckAlarmDataResult": "ack_alarm_data_result",
    "AckEventDataResult": "ack_event_data_result",
    "ActionStruct": "action_struct",
    "ActiveAlarmTemplateInventory": "active_alarm_template_inventory",
    "AddAccessControlListEntryResult": "add_access_control_list_entry_result",
    "AddAccessControlListRedirectRuleResult": "add_access_control_list_redirect_rule_result",
    "AddAccessControlListToLoadBalancerResult": "add_access_control_list_to_load_balancer_result",
    "AddAccessControlRuleResult": "add_access_control_rule_result",
    "AddActionToAlarmResult": "add_action_to_alarm_result",
    "AddActionToEventSubscriptionResult": "add_action_to_event_subscription_result",
    "AddAliyunEbsBackupStorageResult": "add_aliyun_ebs_backup_storage_result",
    "AddAliyunEbsPrimaryStorageResult": "add_aliyun_ebs_primary_storage_result",
    "AddAliyunKeySecretResult": "add_aliyun_key_secret_result",
    "AddAliyunNasAccessGroupResult": "add_aliyun_nas_access_group_result",
    "AddAliyunNasFileSystemResult": "add_aliyun_nas_file_system_result",
    "AddAliyunNasMountTargetResult": "add_aliyun_nas_mount_target_result",
    "AddAliyunNasPrimaryStorageResult": "add_aliyun_nas_primary_storage_result",
    "AddAliyunPanguPartitionResult": "add_aliyun_pangu_partition_result",
    "AddAppBuildSystemResult": "add_app_build_system_result",
    "AddAttributesToIAM2OrganizationResult": "add_attributes_to_iam2_organization_result",
    "AddAttributesToIAM2ProjectResult": "add_attributes_to_iam2_project_result",
    "AddAttributesToIAM2VirtualIDGroupResult": "add_attributes_to_iam2_virtual_id_group_result",
    "AddAttributesToIAM2VirtualIDResult": "add_attributes_to_iam2_virtual_id_result",
    "AddBackendServerToServerGroupResult": "add_backend_server_to_server_group_result",
    "AddBackupStoragesToReplicationGroupResult": "add_backup_storages_to_replication_group_result",
    "AddBareMetal2GatewayResult": "add_bare_metal2_gateway_result",
    "AddBareMetal2IpmiChassisResult": "add_bare_metal2_ipmi_chassis_result",
    "AddBlockPrimaryStorageResult": "add_block_primary_storage_result",
    "AddBuildAppResult": "add_build_app_result",
    "AddCCSCertificateResult": "add_ccs_certificate_result",
    "AddCephBackupStorageResult": "add_ceph_backup_storage_result",
    "AddCephPrimaryStoragePoolResult": "add_ceph_primary_storage_pool_result",
    "AddCephPrimaryStorageResult": "add_ceph_primary_storage_result",
    "AddCertificateToLoadBalancerListenerResult": "add_certificate_to_load_balancer_listener_result",
    "AddConnectionAccessPointFromRemoteResult": "add_connection_access_point_from_remote_result",
    "AddDataCenterFromRemoteResult": "add_data_center_from_remote_result",
    "AddDisasterImageStoreBackupStorageResult": "add_disaster_image_store_backup_storage_result",
    "AddDnsToL3NetworkResult": "add_dns_to_l3_network_result",
    "AddDnsToVpcRouterResult": "add_dns_to_vpc_router_result",
    "AddEmailAddressToSNSEmailEndpointResult": "add_email_address_to_sns_email_endpoint_result",
    "AddEventRuleTemplateResult": "add_event_rule_template_result",
    "AddExternalBackupStorageResult": "add_external_backup_storage_result",
    "AddExternalPrimaryStorageResult": "add_external_primary_storage_result",
    "AddFiSecSecurityMachineResult": "add_fi_sec_security_machine_result",
    "AddFlkSecSecurityMachineResult": "add_flk_sec_security_machine_result",
    "AddHostFromFileResult": "add_host_from_file_result",
    "AddHostRouteToL3NetworkResult": "add_host_route_to_l3_network_result",
    "AddHostToHostSchedulingRuleGroupResult": "add_host_to_host_scheduling_rule_group_result",
    "AddHybridKeySecretResult": "add_hybrid_key_secret_result",
    "AddIAM2TicketFlowResult": "add_iam2_ticket_flow_result",
    "AddIAM2VirtualIDGroupToProjectsResult": "add_iam2_virtual_id_group_to_projects_result",
    "AddIAM2VirtualIDsToGroupResult": "add_iam2_virtual_ids_to_group_result",
    "AddIAM2VirtualIDsToOrganizationResult": "add_iam2_virtual_ids_to_organization_result",
    "AddIAM2VirtualIDsToProjectResult": "add_iam2_virtual_ids_to_project_result",
    "AddIAM2VirtualIDsToProjectsResult": "add_iam2_virtual_ids_to_projects_result",
    "AddIdentityZoneFromRemoteResult": "add_identity_zone_from_remote_result",
    "AddImageResult": "add_image_result",
    "AddImageStoreBackupStorageResult": "add_image_store_backup_storage_result",
    "AddInfoSecSecurityMachineResult": "add_info_sec_security_machine_result",
    "AddInstanceToMonitorGroupResult": "add_instance_to_monitor_group_result",
    "AddIntegrityResourceResult": "add_integrity_resource_result",
    "AddIpRangeByNetworkCidrResult": "add_ip_range_by_network_cidr_result",
    "AddIpRangeResult": "add_ip_range_result",
    "AddIpv6RangeByNetworkCidrResult": "add_ipv6_range_by_network_cidr_result",
    "AddIpv6RangeResult": "add_ipv6_range_result",
    "AddIscsiServerResult": "add_iscsi_server_result",
    "AddJitSecurityMachineResult": "add_jit_security_machine_result",
    "AddKVMHostFromConfigFileResult": "add_kvm_host_from_config_file_result",
    "AddKVMHostResult": "add_kvm_host_result",
    "AddL3NetworkToGroupResult": "add_l3_network_to_group_result",
    "AddLabelToAlarmResult": "add_label_to_alarm_result",
    "AddLabelToEventSubscriptionResult": "add_label_to_event_subscription_result",
    "AddLdapServerResult": "add_ldap_server_result",
    "AddLocalPrimaryStorageResult": "add_local_primary_storage_result",
    "AddLogConfigurationResult": "add_log_configuration_result",
    "AddLogServerResult": "add_log_server_result",
    "AddMdevDeviceSpecToVmInstanceResult": "add_mdev_device_spec_to_vm_instance_result",
    "AddMetricRuleTemplateResult": "add_metric_rule_template_result",
    "AddMiniStorageResult": "add_mini_storage_result",
    "AddMonToCephBackupStorageResult": "add_mon_to_ceph_backup_storage_result",
    "AddMonToCephPrimaryStorageResult": "add_mon_to_ceph_primary_storage_result",
    "AddNfsPrimaryStorageResult": "add_nfs_primary_storage_result",
    "AddNvmeServerResult": "add_nvme_server_result",
    "AddOssBucketFromRemoteResult": "add_oss_bucket_from_remote_result",
    "AddPciDeviceSpecToVmInstanceResult": "add_pci_device_spec_to_vm_instance_result",
    "AddPolicyStatementsToRoleResult": "add_policy_statements_to_role_result",
    "AddPreconfigurationTemplateResult": "add_preconfiguration_template_result",
    "AddRemoteCidrsToIPsecConnectionResult": "add_remote_cidrs_to_ipsec_connection_result",
    "AddRendezvousPointToMulticastRouterResult": "add_rendezvous_point_to_multicast_router_result",
    "AddReservedIpRangeResult": "add_reserved_ip_range_result",
    "AddResourceStackVmPortMonitorResult": "add_resource_stack_vm_port_monitor_result",
    "AddResourceToIAM2ProjectResult": "add_resource_to_iam2_project_result",
    "AddResourcesToDirectoryResult": "add_resources_to_directory_result",
    "AddRolesToIAM2VirtualIDGroupResult": "add_roles_to_iam2_virtual_id_group_result",
    "AddRolesToIAM2VirtualIDResult": "add_roles_to_iam2_virtual_id_result",
    "AddSNSDingTalkAtPersonResult": "add_sns_ding_talk_at_person_result",
    "AddSNSFeiShuAtPersonResult": "add_sns_fei_shu_at_person_result",
    "AddSNSSmsReceiverResult": "add_sns_sms_receiver_result",
    "AddSNSWeComAtPersonResult": "add_sns_we_com_at_person_result",
    "AddSanSecSecurityMachineResult": "add_san_sec_security_machine_result",
    "AddSchedulerJobGroupToSchedulerTriggerResult": "add_scheduler_job_group_to_scheduler_trigger_result",
    "AddSchedulerJobToSchedulerTriggerResult": "add_scheduler_job_to_scheduler_trigger_result",
    "AddSchedulerJobsToSchedulerJobGroupResult": "add_scheduler_jobs_to_scheduler_job_group_result",
    "AddSdnControllerResult": "add_sdn_controller_result",
    "AddSecurityGroupRuleResult": "add_security_group_rule_result",
    "AddServerGroupToLoadBalancerListenerResult": "add_server_group_to_load_balancer_listener_result",
    "AddSftpBackupStorageResult": "add_sftp_backup_storage_result",
    "AddSharedBlockGroupPrimaryStorageResult": "add_shared_block_group_primary_storage_result",
    "AddSharedBlockToSharedBlockGroupResult": "add_shared_block_to_shared_block_group_result",
    "AddSharedMountPointPrimaryStorageResult": "add_shared_mount_point_primary_storage_result",
    "AddSimulatorBackupStorageResult": "add_simulator_backup_storage_result",
    "AddSimulatorHostResult": "add_simulator_host_result",
    "AddSimulatorPrimaryStorageResult": "add_simulator_primary_storage_result",
    "AddStackTemplateResult": "add_stack_template_result",
    "AddStorageProtocolResult": "add_storage_protocol_result",
    "AddThirdpartyPlatformResult": "add_thirdparty_platform_result",
    "AddTicketTypesToTicketFlowCollectionResult": "add_ticket_types_to_ticket_flow_collection_result",
    "AddUserToGroupResult": "add_user_to_group_result",
    "AddV2VConversionHostResult": "add_v2_v_conversion_host_result",
    "AddVCenterResult": "add_v_center_result",
    "AddVRouterNetworksToFlowMeterResult": "add_v_router_networks_to_flow_meter_result",
    "AddVRouterNetworksToOspfAreaResult": "add_v_router_networks_to_ospf_area_result",
    "AddVRouterRouteEntryResult": "add_v_router_route_entry_result",
    "AddVmNicToLoadBalancerResult": "add_vm_nic_to_load_balancer_result",
    "AddVmNicToSecurityGroupResult": "add_vm_nic_to_security_group_result",
    "AddVmToAffinityGroupResult": "add_vm_to_affinity_group_result",
    "AddVmToVmSchedulingRuleGroupResult": "add_vm_to_vm_scheduling_rule_group_result",
    "AddXDragonHostResult": "add_x_dragon_host_result",
    "AddZBoxResult": "add_z_box_result",
    "AddressPoolInventory": "address_pool_inventory",
    "AffinityGroupInventory": "affinity_group_inventory",
    "AffinityGroupUsageInventory": "affinity_group_usage_inventory",
    "AgentVersionInventory": "agent_version_inventory",
    "AlarmActionInventory": "alarm_action_inventory",
    "AlarmInventory": "alarm_inventory",
    "AlarmLabelInventory": "alarm_label_inventory",
    "AlertDataAckInventory": "alert_data_ack_inventory",
    "AliyunDiskInventory": "aliyun_disk_inventory",
    "AliyunNasAccessGroupInventory": "aliyun_nas_access_group_inventory",
    "AliyunNasAccessRuleInventory": "aliyun_nas_access_rule_inventory",
    "AliyunNasFileSystemInventory": "aliyun_nas_file_system_inventory",
    "AliyunNasMountTargetInventory": "aliyun_nas_mount_target_inventory",
    "AliyunPanguPartitionInventory": "aliyun_pangu_partition_inventory",
    "AliyunProxyVSwitchInventory": "aliyun_proxy_v_switch_inventory",
    "AliyunProxyVpcInventory": "aliyun_proxy_vpc_inventory",
    "AliyunRouterInterfaceInventory": "aliyun_router_interface_inventory",
    "AliyunSmsSNSTextTemplateInventory": "aliyun_sms_sns_text_template_inventory",
    "AliyunSnapshotInventory": "aliyun_snapshot_inventory",
    "AllVolume": "all_volume",
    "AllocateHostResourceResult": "allocate_host_resource_result",
    "AppBuildSystemInventory": "app_build_system_inventory",
    "AppBuildSystemZoneRefInventory": "app_build_system_zone_ref_inventory",
    "ApplianceVmInventory": "appliance_vm_inventory",
    "ApplyDRSAdviceResult": "apply_drs_advice_result",
    "ApplyMonitorTemplateToMonitorGroupResult": "apply_monitor_template_to_monitor_group_result",
    "ApplyRuleSetChangesResult": "apply_rule_set_changes_result",
    "ApplyTemplateConfigResult": "apply_template_config_result",
    "AttachAliyunDiskToEcsResult": "attach_aliyun_disk_to_ecs_result",
    "AttachAliyunKeyResult": "attach_aliyun_key_result",
    "AttachAppBuildSystemToZoneResult": "attach_app_build_system_to_zone_result",
    "AttachAutoScalingTemplateToGroupResult": "attach_auto_scaling_template_to_group_result",
    "AttachBackupStorageToZoneResult": "attach_backup_storage_to_zone_result",
    "AttachBareMetal2GatewayToClusterResult": "attach_bare_metal2_gateway_to_cluster_result",
    "AttachBareMetal2ProvisionNetworkToClusterResult": "attach_bare_metal2_provision_network_to_cluster_result",
    "AttachBaremetalPxeServerToClusterResult": "attach_baremetal_pxe_server_to_cluster_result",
    "AttachCCSCertificateToUserResult": "attach_ccs_certificate_to_user_result",
    "AttachDataVolumeToHostResult": "attach_data_volume_to_host_result",
    "AttachDataVolumeToVmResult": "attach_data_volume_to_vm_result",
    "AttachEipResult": "attach_eip_result",
    "AttachFirewallRuleSetToL3Result": "attach_firewall_rule_set_to_l3_result",
    "AttachGuestToolsIsoToVmResult": "attach_guest_tools_iso_to_vm_result",
    "AttachHybridEipToEcsResult": "attach_hybrid_eip_to_ecs_result",
    "AttachHybridKeyResult": "attach_hybrid_key_result",
    "AttachIAM2ProjectToIAM2OrganizationResult": "attach_iam2_project_to_iam2_organization_result",
    "AttachIscsiServerToClusterResult": "attach_iscsi_server_to_cluster_result",
    "AttachIsoToVmInstanceResult": "attach_iso_to_vm_instance_result",
    "AttachL2NetworkToClusterResult": "attach_l2_network_to_cluster_result",
    "AttachL3NetworkToVmNicResult": "attach_l3_network_to_vm_nic_result",
    "AttachL3NetworkToVmResult": "attach_l3_network_to_vm_result",
    "AttachL3NetworksToIPsecConnectionResult": "attach_l3_networks_to_ipsec_connection_result",
    "AttachMdevDeviceToVmResult": "attach_mdev_device_to_vm_result",
    "AttachMonitorTriggerActionToTriggerResult": "attach_monitor_trigger_action_to_trigger_result",
    "AttachNetworkServiceToL3NetworkResult": "attach_network_service_to_l3_network_result",
    "AttachNfvInstToGroupResult": "attach_nfv_inst_to_group_result",
    "AttachNicToBondingResult": "attach_nic_to_bonding_result",
    "AttachNvmeServerToClusterResult": "attach_nvme_server_to_cluster_result",
    "AttachOssBucketToEcsDataCenterResult": "attach_oss_bucket_to_ecs_data_center_result",
    "AttachPciDeviceToVmResult": "attach_pci_device_to_vm_result",
    "AttachPoliciesToUserResult": "attach_policies_to_user_result",
    "AttachPolicyRouteRuleSetToL3Result": "attach_policy_route_rule_set_to_l3_result",
    "AttachPolicyToRoleResult": "attach_policy_to_role_result",
    "AttachPolicyToUserGroupResult": "attach_policy_to_user_group_result",
    "AttachPolicyToUserResult": "attach_policy_to_user_result",
    "AttachPortForwardingRuleResult": "attach_port_forwarding_rule_result",
    "AttachPriceTableToAccountResult": "attach_price_table_to_account_result",
    "AttachPrimaryStorageToClusterResult": "attach_primary_storage_to_cluster_result",
    "AttachProvisionNicToBondingResult": "attach_provision_nic_to_bonding_result",
    "AttachRoleToAccountResult": "attach_role_to_account_result",
    "AttachScsiLunToVmInstanceResult": "attach_scsi_lun_to_vm_instance_result",
    "AttachSecurityGroupToL3NetworkResult": "attach_security_group_to_l3_network_result",
    "AttachServiceToObservabilityServerResult": "attach_service_to_observability_server_result",
    "AttachSshKeyPairToVmInstanceResult": "attach_ssh_key_pair_to_vm_instance_result",
    "AttachTagResult": "attach_tag_result",
    "AttachTagToResourcesResult": "attach_tag_to_resources_result",
    "AttachUsbDeviceToVmResult": "attach_usb_device_to_vm_result",
    "AttachUserDefinedXmlHookScriptToVmResult": "attach_user_defined_xml_hook_script_to_vm_result",
    "AttachVRouterRouteTableToVRouterResult": "attach_v_router_route_table_to_v_router_result",
    "AttachVipToLoadBalancerResult": "attach_vip_to_load_balancer_result",
    "AttachVipToVpcSharedQosResult": "attach_vip_to_vpc_shared_qos_result",
    "AttachVmNicToVmResult": "attach_vm_nic_to_vm_result",
    "AttachedVniRange": "attached_vni_range",
    "AttachedVtepRef": "attached_vtep_ref",
    "AttachedVxlanNetworkRef": "attached_vxlan_network_ref",
    "AutoScalingGroupActivityInventory": "auto_scaling_group_activity_inventory",
    "AutoScalingGroupInstanceInventory": "auto_scaling_group_instance_inventory",
    "AutoScalingGroupInventory": "auto_scaling_group_inventory",
    "AutoScalingRuleInventory": "auto_scaling_rule_inventory",
    "AutoScalingRuleTriggerInventory": "auto_scaling_rule_trigger_inventory",
    "AutoScalingTemplateInventory": "auto_scaling_template_inventory",
    "AutoScalingVmTemplateInventory": "auto_scaling_vm_template_inventory",
    "BackupDatabaseToPublicCloudResult": "backup_database_to_public_cloud_result",
    "BackupStorageInventory": "backup_storage_inventory",
    "BackupStorageMigrateImageResult": "backup_storage_migrate_image_result",
    "BareMetal2BondingInventory": "bare_metal2_bonding_inventory",
    "BareMetal2ChassisDiskInventory": "bare_metal2_chassis_disk_inventory",
    "BareMetal2ChassisGpuDeviceInventory": "bare_metal2_chassis_gpu_device_inventory",
    "BareMetal2ChassisInventory": "bare_metal2_chassis_inventory",
    "BareMetal2ChassisNicInventory": "bare_metal2_chassis_nic_inventory",
    "BareMetal2ChassisOfferingInventory": "bare_metal2_chassis_offering_inventory",
    "BareMetal2ChassisPciDeviceInventory": "bare_metal2_chassis_pci_device_inventory",
    "BareMetal2GatewayInventory": "bare_metal2_gateway_inventory",
    "BareMetal2GatewayProvisionNicInventory": "bare_metal2_gateway_provision_nic_inventory",
    "BareMetal2InstanceInventory": "bare_metal2_instance_inventory",
    "BareMetal2InstanceProvisionNicInventory": "bare_metal2_instance_provision_nic_inventory",
    "BareMetal2ProvisionNetworkInventory": "bare_metal2_provision_network_inventory",
    "BareMetal2ProvisionNetworkIpCapacity": "bare_metal2_provision_network_ip_capacity",
    "BaremetalBondingInventory": "baremetal_bonding_inventory",
    "BaremetalChassisInventory": "baremetal_chassis_inventory",
    "BaremetalInstanceInventory": "baremetal_instance_inventory",
    "BaremetalNicInventory": "baremetal_nic_inventory",
    "BaremetalPxeServerInventory": "baremetal_pxe_server_inventory",
    "BatchAddBareMetal2IpmiChassisResult": "batch_add_bare_metal2_ipmi_chassis_result",
    "BatchCreateBaremetalChassisResult": "batch_create_baremetal_chassis_result",
    "BatchCreateIAM2VirtualIDFromConfigFileResult": "batch_create_iam2_virtual_id_from_config_file_result",
    "BatchDeleteVolumeSnapshotResult": "batch_delete_volume_snapshot_result",
    "BatchDeleteVolumeSnapshotStruct": "batch_delete_volume_snapshot_struct",
    "BatchQueryResult": "batch_query_result",
    "BatchSyncVolumeSizeResult": "batch_sync_volume_size_result",
    "BillingInventory": "billing_inventory",
    "BlockPrimaryStorageInventory": "block_primary_storage_inventory",
    "BlockVolumeInventory": "block_volume_inventory",
    "BootstrapMiniHostResult": "bootstrap_mini_host_result",
    "BuildAppExportHistoryInventory": "build_app_export_history_inventory",
    "BuildApplicationInventory": "build_application_inventory",
    "CCSCertificateInventory": "ccs_certificate_inventory",
    "CalculateAccountBillingSpendingResult": "calculate_account_billing_spending_result",
    "CalculateAccountSpendingResult": "calculate_account_spending_result",
    "CalculateImageHashResult": "calculate_image_hash_result",
    "CalculateResourceSpendingResult": "calculate_resource_spending_result",
    "CancelLongJobResult": "cancel_long_job_result",
    "CasClientInventory": "cas_client_inventory",
    "CbtTaskInventory": "cbt_task_inventory",
    "CdpPolicyInventory": "cdp_policy_inventory",
    "CdpTaskInventory": "cdp_task_inventory",
    "CdpTaskResourceRefInventory": "cdp_task_resource_ref_inventory",
    "CephBackupStorageInventory": "ceph_backup_storage_inventory",
    "CephBackupStorageMonInventory": "ceph_backup_storage_mon_inventory",
    "CephOsdGroupInventory": "ceph_osd_group_inventory",
    "CephPrimaryStorageInventory": "ceph_primary_storage_inventory",
    "CephPrimaryStorageMonInventory": "ceph_primary_storage_mon_inventory",
    "CephPrimaryStoragePoolInventory": "ceph_primary_storage_pool_inventory",
    "CertificateInventory": "certificate_inventory",
    "ChainInfo": "chain_info",
    "ChangeAccessControlListRedirectRuleResult": "change_access_control_list_redirect_rule_result",
    "ChangeAccessControlListServerGroupResult": "change_access_control_list_server_group_result",
    "ChangeAccessKeyStateResult": "change_access_key_state_result",
    "ChangeAccountPriceTableBindingResult": "change_account_price_table_binding_result",
    "ChangeActiveAlarmStateResult": "change_active_alarm_state_result",
    "ChangeAffinityGroupStateResult": "change_affinity_group_state_result",
    "ChangeAlarmStateResult": "change_alarm_state_result",
    "ChangeAppBuildSystemStateResult": "change_app_build_system_state_result",
    "ChangeAutoScalingGroupStateResult": "change_auto_scaling_group_state_result",
    "ChangeBackupStorageStateResult": "change_backup_storage_state_result",
    "ChangeBareMetal2ChassisOfferingStateResult": "change_bare_metal2_chassis_offering_state_result",
    "ChangeBareMetal2ChassisStateResult": "change_bare_metal2_chassis_state_result",
    "ChangeBareMetal2GatewayClusterResult": "change_bare_metal2_gateway_cluster_result",
    "ChangeBareMetal2GatewayStateResult": "change_bare_metal2_gateway_state_result",
    "ChangeBareMetal2InstancePasswordResult": "change_bare_metal2_instance_password_result",
    "ChangeBareMetal2ProvisionNetworkStateResult": "change_bare_metal2_provision_network_state_result",
    "ChangeBaremetalChassisStateResult": "change_baremetal_chassis_state_result",
    "ChangeClusterStateResult": "change_cluster_state_result",
    "ChangeDiskOfferingStateResult": "change_disk_offering_state_result",
    "ChangeEipStateResult": "change_eip_state_result",
    "ChangeEventSubscriptionStateResult": "change_event_subscription_state_result",
    "ChangeFirewallRuleStateResult": "change_firewall_rule_state_result",
    "ChangeHostNetworkInterfaceLldpModeResult": "change_host_network_interface_lldp_mode_result",
    "ChangeHostPasswordResult": "change_host_password_result",
    "ChangeHostStateResult": "change_host_state_result",
    "ChangeIAM2OrganizationParentResult": "change_iam2_organization_parent_result",
    "ChangeIAM2OrganizationStateResult": "change_iam2_organization_state_result",
    "ChangeIAM2ProjectStateResult": "change_iam2_project_state_result",
    "ChangeIAM2VirtualIDGroupStateResult": "change_iam2_virtual_id_group_state_result",
    "ChangeIAM2VirtualIDStateResult": "change_iam2_virtual_id_state_result",
    "ChangeIAM2VirtualIDTypeResult": "change_iam2_virtual_id_type_result",
    "ChangeIPSecConnectionStateResult": "change_ip_sec_connection_state_result",
    "ChangeIPsecConnectionResult": "change_ipsec_connection_result",
    "ChangeImageStateResult": "change_image_state_result",
    "ChangeInstanceOfferingResult": "change_instance_offering_result",
    "ChangeInstanceOfferingStateResult": "change_instance_offering_state_result",
    "ChangeL2NetworkVlanIdResult": "change_l2_network_vlan_id_result",
    "ChangeL3NetworkDhcpIpAddressResult": "change_l3_network_dhcp_ip_address_result",
    "ChangeL3NetworkStateResult": "change_l3_network_state_result",
    "ChangeLoadBalancerBackendServerResult": "change_load_balancer_backend_server_result",
    "ChangeLoadBalancerListenerResult": "change_load_balancer_listener_result",
    "ChangeMediaStateResult": "change_media_state_result",
    "ChangeMonitorTriggerActionStateResult": "change_monitor_trigger_action_state_result",
    "ChangeMonitorTriggerStateResult": "change_monitor_trigger_state_result",
    "ChangeMulticastRouterStateResult": "change_multicast_router_state_result",
    "ChangeNfvInstGroupOperationModeResult": "change_nfv_inst_group_operation_mode_result",
    "ChangePortForwardingRuleStateResult": "change_port_forwarding_rule_state_result",
    "ChangePortMirrorStateResult": "change_port_mirror_state_result",
    "ChangePreconfigurationTemplateStateResult": "change_preconfiguration_template_state_result",
    "ChangePrimaryStorageStateResult": "change_primary_storage_state_result",
    "ChangeResourceOwnerResult": "change_resource_owner_result",
    "ChangeRoleStateResult": "change_role_state_result",
    "ChangeSNSApplicationEndpointStateResult": "change_sns_application_endpoint_state_result",
    "ChangeSNSApplicationPlatformStateResult": "change_sns_application_platform_state_result",
    "ChangeSNSTopicStateResult": "change_sns_topic_state_result",
    "ChangeSchedulerStateResult": "change_scheduler_state_result",
    "ChangeSdnControllerResult": "change_sdn_controller_result",
    "ChangeSecretResourcePoolStateResult": "change_secret_resource_pool_state_result",
    "ChangeSecurityGroupRuleResult": "change_security_group_rule_result",
    "ChangeSecurityGroupRuleStateResult": "change_security_group_rule_state_result",
    "ChangeSecurityGroupStateResult": "change_security_group_state_result",
    "ChangeSecurityMachineStateResult": "change_security_machine_state_result",
    "ChangeSlbGroupDeployTypeResult": "change_slb_group_deploy_type_result",
    "ChangeSlbGroupMonitorIpsResult": "change_slb_group_monitor_ips_result",
    "ChangeTicketFlowCollectionStateResult": "change_ticket_flow_collection_state_result",
    "ChangeTicketStatusResult": "change_ticket_status_result",
    "ChangeV2VConversionHostStateResult": "change_v2_v_conversion_host_state_result",
    "ChangeVfNicHaStateResult": "change_vf_nic_ha_state_result",
    "ChangeVipStateResult": "change_vip_state_result",
    "ChangeVmImageResult": "change_vm_image_result",
    "ChangeVmNicNetworkResult": "change_vm_nic_network_result",
    "ChangeVmNicSecurityPolicyResult": "change_vm_nic_security_policy_result",
    "ChangeVmNicStateResult": "change_vm_nic_state_result",
    "ChangeVmNicTypeResult": "change_vm_nic_type_result",
    "ChangeVmPasswordResult": "change_vm_password_result",
    "ChangeVmSchedulingRuleStateResult": "change_vm_scheduling_rule_state_result",
    "ChangeVolumeStateResult": "change_volume_state_result",
    "ChangeVpcHaGroupMonitorIpsResult": "change_vpc_ha_group_monitor_ips_result",
    "ChangeVpcSharedQosBandwidthResult": "change_vpc_shared_qos_bandwidth_result",
    "ChangeZoneStateResult": "change_zone_state_result",
    "CheckApiPermissionResult": "check_api_permission_result",
    "CheckBareMetal2IpmiChassisConfigFileResult": "check_bare_metal2_ipmi_chassis_config_file_result",
    "CheckBaremetalChassisConfigFileResult": "check_baremetal_chassis_config_file_result",
    "CheckBatchDataIntegrityResult": "check_batch_data_integrity_result",
    "CheckBuildAppParametersResult": "check_build_app_parameters_result",
    "CheckElaborationContentResult": "check_elaboration_content_result",
    "CheckFirewallRuleConfigFileResult": "check_firewall_rule_config_file_result",
    "CheckIAM2OrganizationAvailabilityResult": "check_iam2_organization_availability_result",
    "CheckIAM2VirtualIDConfigFileResult": "check_iam2_virtual_id_config_file_result",
    "CheckIpAvailabilityResult": "check_ip_availability_result",
    "CheckKVMHostConfigFileResult": "check_kvm_host_config_file_result",
    "CheckNetworkReachableResult": "check_network_reachable_result",
    "CheckResourcePermissionResult": "check_resource_permission_result",
    "CheckScsiLunClusterStatusResult": "check_scsi_lun_cluster_status_result",
    "CheckStackTemplateParametersResult": "check_stack_template_parameters_result",
    "CheckStaticProvisionIpResult": "check_static_provision_ip_result",
    "CheckVipPortAvailabilityResult": "check_vip_port_availability_result",
    "CheckVolumeSnapshotGroupAvailabilityResult": "check_volume_snapshot_group_availability_result",
    "ChronyServerInfo": "chrony_server_info",
    "ChronyServerInfoPair": "chrony_server_info_pair",
    "CleanInvalidLdapBindingResult": "clean_invalid_ldap_binding_result",
    "CleanInvalidLdapIAM2BindingResult": "clean_invalid_ldap_iam2_binding_result",
    "CleanLongJobResult": "clean_long_job_result",
    "CleanQueueResult": "clean_queue_result",
    "CleanTrashResult": "clean_trash_result",
    "CleanUpBareMetal2BondingResult": "clean_up_bare_metal2_bonding_result",
    "CleanUpBaremetalChassisBondingResult": "clean_up_baremetal_chassis_bonding_result",
    "CleanUpImageCacheOnPrimaryStorageResult": "clean_up_image_cache_on_primary_storage_result",
    "CleanUpStorageTrashOnPrimaryStorageResult": "clean_up_storage_trash_on_primary_storage_result",
    "CleanUpTrashOnBackupStorageResult": "clean_up_trash_on_backup_storage_result",
    "CleanUpTrashOnPrimaryStorageResult": "clean_up_trash_on_primary_storage_result",
    "CleanV2VConversionCacheResult": "clean_v2_v_conversion_cache_result",
    "CleanupBillingUsageResult": "cleanup_billing_usage_result",
    "CloneMonitorTemplateResult": "clone_monitor_template_result",
    "CloneVmInstanceInventory": "clone_vm_instance_inventory",
    "CloneVmInstanceResult": "clone_vm_instance_result",
    "CloneVmInstanceResults": "clone_vm_instance_results",
    "CloudFormationStackEventInventory": "cloud_formation_stack_event_inventory",
    "ClusterDRSInventory": "cluster_drs_inventory",
    "ClusterInventory": "cluster_inventory",
    "ConfigTask": "config_task",
    "ConnectionAccessPointInventory": "connection_access_point_inventory",
    "ConnectionRelationShipInventory": "connection_relation_ship_inventory",
    "ConsoleInventory": "console_inventory",
    "ConsoleProxyAgentInventory": "console_proxy_agent_inventory",
    "ConvertVmFromForeignHypervisorResult": "convert_vm_from_foreign_hypervisor_result",
    "CpuMemoryCapacityData": "cpu_memory_capacity_data",
    "CreateAccessControlListResult": "create_access_control_list_result",
    "CreateAccessKeyResult": "create_access_key_result",
    "CreateAccountResult": "create_account_result",
    "CreateAffinityGroupResult": "create_affinity_group_result",
    "CreateAiSiNoSecretResourcePoolResult": "create_ai_si_no_secret_resource_pool_result",
    "CreateAlarmResult": "create_alarm_result",
    "CreateAliyunDiskFromRemoteResult": "create_aliyun_disk_from_remote_result",
    "CreateAliyunNasAccessGroupResult": "create_aliyun_nas_access_group_result",
    "CreateAliyunNasAccessGroupRuleResult": "create_aliyun_nas_access_group_rule_result",
    "CreateAliyunNasFileSystemResult": "create_aliyun_nas_file_system_result",
    "CreateAliyunNasMountTargetResult": "create_aliyun_nas_mount_target_result",
    "CreateAliyunProxyVSwitchResult": "create_aliyun_proxy_v_switch_result",
    "CreateAliyunProxyVpcResult": "create_aliyun_proxy_vpc_result",
    "CreateAliyunRouterInterfaceRemoteResult": "create_aliyun_router_interface_remote_result",
    "CreateAliyunSmsSNSTextTemplateResult": "create_aliyun_sms_sns_text_template_result",
    "CreateAliyunSnapshotRemoteResult": "create_aliyun_snapshot_remote_result",
    "CreateAliyunVpcVirtualRouterEntryRemoteResult": "create_aliyun_vpc_virtual_router_entry_remote_result",
    "CreateAutoScalingGroupAddingNewInstanceRuleResult": "create_auto_scaling_group_adding_new_instance_rule_result",
    "CreateAutoScalingGroupRemovalInstanceRuleResult": "create_auto_scaling_group_removal_instance_rule_result",
    "CreateAutoScalingGroupResult": "create_auto_scaling_group_result",
    "CreateAutoScalingRuleAlarmTriggerResult": "create_auto_scaling_rule_alarm_trigger_result",
    "CreateAutoScalingRuleSchedulerJobTriggerResult": "create_auto_scaling_rule_scheduler_job_trigger_result",
    "CreateAutoScalingVmTemplateResult": "create_auto_scaling_vm_template_result",
    "CreateBareMetal2BondingResult": "create_bare_metal2_bonding_result",
    "CreateBareMetal2InstanceFromVmBackupResult": "create_bare_metal2_instance_from_vm_backup_result",
    "CreateBareMetal2InstanceFromVolumeBackupResult": "create_bare_metal2_instance_from_volume_backup_result",
    "CreateBareMetal2InstanceResult": "create_bare_metal2_instance_result",
    "CreateBareMetal2IpmiChassisHardwareInfoResult": "create_bare_metal2_ipmi_chassis_hardware_info_result",
    "CreateBareMetal2ProvisionNetworkResult": "create_bare_metal2_provision_network_result",
    "CreateBaremetalBondingResult": "create_baremetal_bonding_result",
    "CreateBaremetalChassisResult": "create_baremetal_chassis_result",
    "CreateBaremetalInstanceResult": "create_baremetal_instance_result",
    "CreateBaremetalPxeServerResult": "create_baremetal_pxe_server_result",
    "CreateBlockVolumeResult": "create_block_volume_result",
    "CreateBondingResult": "create_bonding_result",
    "CreateBuildAppResult": "create_build_app_result",
    "CreateCSPSecretResourcePoolResult": "create_csp_secret_resource_pool_result",
    "CreateCasClientResult": "create_cas_client_result",
    "CreateCbtTaskResult": "create_cbt_task_result",
    "CreateCdpPolicyResult": "create_cdp_policy_result",
    "CreateCdpTaskResult": "create_cdp_task_result",
    "CreateCertificateResult": "create_certificate_result",
    "CreateClusterDRSResult": "create_cluster_drs_result",
    "CreateClusterResult": "create_cluster_result",
    "CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult": "create_connection_between_l3_network_and_aliyun_v_switch_result",
    "CreateDataVolumeFromVolumeBackupResult": "create_data_volume_from_volume_backup_result",
    "CreateDataVolumeFromVolumeSnapshotResult": "create_data_volume_from_volume_snapshot_result",
    "CreateDataVolumeFromVolumeTemplateResult": "create_data_volume_from_volume_template_result",
    "CreateDataVolumeResult": "create_data_volume_result",
    "CreateDataVolumeTemplateFromVolumeBackupResult": "create_data_volume_template_from_volume_backup_result",
    "CreateDataVolumeTemplateFromVolumeResult": "create_data_volume_template_from_volume_result",
    "CreateDataVolumeTemplateFromVolumeSnapshotFailure": "create_data_volume_template_from_volume_snapshot_failure",
    "CreateDataVolumeTemplateFromVolumeSnapshotResult": "create_data_volume_template_from_volume_snapshot_result",
    "CreateDatabaseBackupResult": "create_database_backup_result",
    "CreateDirectoryResult": "create_directory_result",
    "CreateDiskOfferingResult": "create_disk_offering_result",
    "CreateEcsImageFromEcsSnapshotResult": "create_ecs_image_from_ecs_snapshot_result",
    "CreateEcsImageFromLocalImageResult": "create_ecs_image_from_local_image_result",
    "CreateEcsInstanceFromEcsImageResult": "create_ecs_instance_from_ecs_image_result",
    "CreateEcsSecurityGroupRemoteResult": "create_ecs_security_group_remote_result",
    "CreateEcsSecurityGroupRuleRemoteResult": "create_ecs_security_group_rule_remote_result",
    "CreateEcsVSwitchRemoteResult": "create_ecs_v_switch_remote_result",
    "CreateEcsVpcRemoteResult": "create_ecs_vpc_remote_result",
    "CreateEipResult": "create_eip_result",
    "CreateEmailMediaResult": "create_email_media_result",
    "CreateEmailMonitorTriggerActionResult": "create_email_monitor_trigger_action_result",
    "CreateFaultToleranceVmInstanceResult": "create_fault_tolerance_vm_instance_result",
    "CreateFiSecSecretResourcePoolResult": "create_fi_sec_secret_resource_pool_result",
    "CreateFirewallIpSetTemplateResult": "create_firewall_ip_set_template_result",
    "CreateFirewallRuleFromConfigFileResult": "create_firewall_rule_from_config_file_result",
    "CreateFirewallRuleResult": "create_firewall_rule_result",
    "CreateFirewallRuleSetResult": "create_firewall_rule_set_result",
    "CreateFirewallRuleTemplateResult": "create_firewall_rule_template_result",
    "CreateFlkSecSecretResourcePoolResult": "create_flk_sec_secret_resource_pool_result",
    "CreateFlowCollectorResult": "create_flow_collector_result",
    "CreateFlowMeterResult": "create_flow_meter_result",
    "CreateGuestVmScriptResult": "create_guest_vm_script_result",
    "CreateHaiTaiSecretResourcePoolResult": "create_hai_tai_secret_resource_pool_result",
    "CreateHostNetworkServiceTypeResult": "create_host_network_service_type_result",
    "CreateHostSchedulingRuleGroupResult": "create_host_scheduling_rule_group_result",
    "CreateHuaweiIMasterVRouterResult": "create_huawei_i_master_v_router_result",
    "CreateHybridEipResult": "create_hybrid_eip_result",
    "CreateIAM2OrganizationResult": "create_iam2_organization_result",
    "CreateIAM2ProjectFromTemplateResult": "create_iam2_project_from_template_result",
    "CreateIAM2ProjectResult": "create_iam2_project_result",
    "CreateIAM2ProjectRoleResult": "create_iam2_project_role_result",
    "CreateIAM2ProjectTemplateFromProjectResult": "create_iam2_project_template_from_project_result",
    "CreateIAM2ProjectTemplateResult": "create_iam2_project_template_result",
    "CreateIAM2TickFlowCollectionResult": "create_iam2_tick_flow_collection_result",
    "CreateIAM2VirtualIDFromLdapUidResult": "create_iam2_virtual_id_from_ldap_uid_result",
    "CreateIAM2VirtualIDGroupResult": "create_iam2_virtual_id_group_result",
    "CreateIAM2VirtualIDLdapBindingResult": "create_iam2_virtual_id_ldap_binding_result",
    "CreateIAM2VirtualIDResult": "create_iam2_virtual_id_result",
    "CreateIPsecConnectionResult": "create_ipsec_connection_result",
    "CreateImageReplicationGroupResult": "create_image_replication_group_result",
    "CreateInfoSecSecretResourcePoolResult": "create_info_sec_secret_resource_pool_result",
    "CreateInstanceOfferingResult": "create_instance_offering_result",
    "CreateJitSecretResourcePoolResult": "create_jit_secret_resource_pool_result",
    "CreateL2HardwareVxlanNetworkPoolResult": "create_l2_hardware_vxlan_network_pool_result",
    "CreateL2HardwareVxlanNetworkResult": "create_l2_hardware_vxlan_network_result",
    "CreateL2NoVlanNetworkResult": "create_l2_no_vlan_network_result",
    "CreateL2PortGroupResult": "create_l2_port_group_result",
    "CreateL2TfNetworkResult": "create_l2_tf_network_result",
    "CreateL2VirtualSwitchResult": "create_l2_virtual_switch_result",
    "CreateL2VlanNetworkResult": "create_l2_vlan_network_result",
    "CreateL2VxlanNetworkPoolResult": "create_l2_vxlan_network_pool_result",
    "CreateL2VxlanNetworkResult": "create_l2_vxlan_network_result",
    "CreateL3NetworkResult": "create_l3_network_result",
    "CreateLdapBindingResult": "create_ldap_binding_result",
    "CreateLoadBalancerListenerResult": "create_load_balancer_listener_result",
    "CreateLoadBalancerResult": "create_load_balancer_result",
    "CreateLoadBalancerServerGroupResult": "create_load_balancer_server_group_result",
    "CreateMetricDataHttpReceiverResult": "create_metric_data_http_receiver_result",
    "CreateMetricTemplateResult": "create_metric_template_result",
    "CreateMiniClusterResult": "create_mini_cluster_result",
    "CreateMonitorGroupResult": "create_monitor_group_result",
    "CreateMonitorTemplateResult": "create_monitor_template_result",
    "CreateMonitorTriggerResult": "create_monitor_trigger_result",
    "CreateMulticastRouterResult": "create_multicast_router_result",
    "CreateNfvInstGroupResult": "create_nfv_inst_group_result",
    "CreateNfvInstOfferingResult": "create_nfv_inst_offering_result",
    "CreateNfvInstResult": "create_nfv_inst_result",
    "CreateOAuthClientResult": "create_o_auth_client_result",
    "CreateObservabilityServerOfferingResult": "create_observability_server_offering_result",
    "CreateObservabilityServerResult": "create_observability_server_result",
    "CreateOssBackupBucketRemoteResult": "create_oss_backup_bucket_remote_result",
    "CreateOssBucketRemoteResult": "create_oss_bucket_remote_result",
    "CreateOvnControllerOfferingResult": "create_ovn_controller_offering_result",
    "CreatePciDeviceOfferingResult": "create_pci_device_offering_result",
    "CreatePolicyResult": "create_policy_result",
    "CreatePolicyRouteRuleResult": "create_policy_route_rule_result",
    "CreatePolicyRouteRuleSetResult": "create_policy_route_rule_set_result",
    "CreatePolicyRouteTableResult": "create_policy_route_table_result",
    "CreatePolicyRouteTableRouteEntryResult": "create_policy_route_table_route_entry_result",
    "CreatePortForwardingRuleResult": "create_port_forwarding_rule_result",
    "CreatePortMirrorResult": "create_port_mirror_result",
    "CreatePortMirrorSessionResult": "create_port_mirror_session_result",
    "CreatePriceTableResult": "create_price_table_result",
    "CreateRebootVmInstanceSchedulerResult": "create_reboot_vm_instance_scheduler_result",
    "CreateResourcePriceResult": "create_resource_price_result",
    "CreateResourceStackFromAppResult": "create_resource_stack_from_app_result",
    "CreateResourceStackResult": "create_resource_stack_result",
    "CreateRoleResult": "create_role_result",
    "CreateRootVolumeTemplateFromRootVolumeResult": "create_root_volume_template_from_root_volume_result",
    "CreateRootVolumeTemplateFromVolumeBackupResult": "create_root_volume_template_from_volume_backup_result",
    "CreateRootVolumeTemplateFromVolumeSnapshotFailure": "create_root_volume_template_from_volume_snapshot_failure",
    "CreateRootVolumeTemplateFromVolumeSnapshotResult": "create_root_volume_template_from_volume_snapshot_result",
    "CreateSNSAliyunSmsEndpointResult": "create_sns_aliyun_sms_endpoint_result",
    "CreateSNSDingTalkEndpointResult": "create_sns_ding_talk_endpoint_result",
    "CreateSNSEmailEndpointResult": "create_sns_email_endpoint_result",
    "CreateSNSEmailPlatformResult": "create_sns_email_platform_result",
    "CreateSNSFeiShuEndpointResult": "create_sns_fei_shu_endpoint_result",
    "CreateSNSHttpEndpointResult": "create_sns_http_endpoint_result",
    "CreateSNSMicrosoftTeamsEndpointResult": "create_sns_microsoft_teams_endpoint_result",
    "CreateSNSSnmpEndpointResult": "create_sns_snmp_endpoint_result",
    "CreateSNSSnmpPlatformResult": "create_sns_snmp_platform_result",
    "CreateSNSTextTemplateResult": "create_sns_text_template_result",
    "CreateSNSTopicResult": "create_sns_topic_result",
    "CreateSNSUniversalSmsEndpointResult": "create_sns_universal_sms_endpoint_result",
    "CreateSNSWeComEndpointResult": "create_sns_we_com_endpoint_result",
    "CreateSSORedirectTemplateResult": "create_sso_redirect_template_result",
    "CreateSanSecSecretResourcePoolResult": "create_san_sec_secret_resource_pool_result",
    "CreateSchedulerJobGroupResult": "create_scheduler_job_group_result",
    "CreateSchedulerJobResult": "create_scheduler_job_result",
    "CreateSchedulerTriggerResult": "create_scheduler_trigger_result",
    "CreateSecurityGroupResult": "create_security_group_result",
    "CreateSlbGroupResult": "create_slb_group_result",
    "CreateSlbInstanceResult": "create_slb_instance_result",
    "CreateSlbOfferingResult": "create_slb_offering_result",
    "CreateSnmpAgentResult": "create_snmp_agent_result",
    "CreateSshKeyPairResult": "create_ssh_key_pair_result",
    "CreateStartVmInstanceSchedulerResult": "create_start_vm_instance_scheduler_result",
    "CreateStopVmInstanceSchedulerResult": "create_stop_vm_instance_scheduler_result",
    "CreateSystemTagResult": "create_system_tag_result",
    "CreateSystemTagsResult": "create_system_tags_result",
    "CreateTagResult": "create_tag_result",
    "CreateTicketResult": "create_ticket_result",
    "CreateUserGroupResult": "create_user_group_result",
    "CreateUserResult": "create_user_result",
    "CreateUserTagResult": "create_user_tag_result",
    "CreateVRouterOspfAreaResult": "create_v_router_ospf_area_result",
    "CreateVRouterRouteTableResult": "create_v_router_route_table_result",
    "CreateVipResult": "create_vip_result",
    "CreateVirtualRouterOfferingResult": "create_virtual_router_offering_result",
    "CreateVmBackupResult": "create_vm_backup_result",
    "CreateVmCdRomResult": "create_vm_cd_rom_result",
    "CreateVmFromCdpBackupResult": "create_vm_from_cdp_backup_result",
    "CreateVmFromVmBackupResult": "create_vm_from_vm_backup_result",
    "CreateVmFromVolumeBackupResult": "create_vm_from_volume_backup_result",
    "CreateVmInstanceFromOvfResult": "create_vm_instance_from_ovf_result",
    "CreateVmInstanceFromVolumeResult": "create_vm_instance_from_volume_result",
    "CreateVmInstanceFromVolumeSnapshotGroupResult": "create_vm_instance_from_volume_snapshot_group_result",
    "CreateVmInstanceFromVolumeSnapshotResult": "create_vm_instance_from_volume_snapshot_result",
    "CreateVmInstanceResult": "create_vm_instance_result",
    "CreateVmNicResult": "create_vm_nic_result",
    "CreateVmSchedulingRuleGroupResult": "create_vm_scheduling_rule_group_result",
    "CreateVmSchedulingRuleResult": "create_vm_scheduling_rule_result",
    "CreateVmUserDefinedXmlHookScriptResult": "create_vm_user_defined_xml_hook_script_result",
    "CreateVniRangeResult": "create_vni_range_result",
    "CreateVolumeBackupResult": "create_volume_backup_result",
    "CreateVolumeSnapshotGroupResult": "create_volume_snapshot_group_result",
    "CreateVolumeSnapshotResult": "create_volume_snapshot_result",
    "CreateVolumesSnapshotResult": "create_volumes_snapshot_result",
    "CreateVpcFirewallResult": "create_vpc_firewall_result",
    "CreateVpcHaGroupResult": "create_vpc_ha_group_result",
    "CreateVpcSharedQosResult": "create_vpc_shared_qos_result",
    "CreateVpcUserVpnGatewayRemoteResult": "create_vpc_user_vpn_gateway_remote_result",
    "CreateVpcVRouterResult": "create_vpc_v_router_result",
    "CreateVpcVpnConnectionRemoteResult": "create_vpc_vpn_connection_remote_result",
    "CreateVpnIkeConfigResult": "create_vpn_ike_config_result",
    "CreateVpnIpsecConfigResult": "create_vpn_ipsec_config_result",
    "CreateVxlanPoolRemoteVtepResult": "create_vxlan_pool_remote_vtep_result",
    "CreateVxlanVtepResult": "create_vxlan_vtep_result",
    "CreateWebhookResult": "create_webhook_result",
    "CreateZBoxBackupResult": "create_z_box_backup_result",
    "CreateZoneResult": "create_zone_result",
    "DataCenterInventory": "data_center_inventory",
    "DatabaseBackupInventory": "database_backup_inventory",
    "DatabaseBackupStorageRefInventory": "database_backup_storage_ref_inventory",
    "Datapoint": "datapoint",
    "DebugSignalResult": "debug_signal_result",
    "DecodeStackTemplateResult": "decode_stack_template_result",
    "DeleteAccessControlListResult": "delete_access_control_list_result",
    "DeleteAccessControlRuleResult": "delete_access_control_rule_result",
    "DeleteAccessKeyResult": "delete_access_key_result",
    "DeleteAccountResult": "delete_account_result",
    "DeleteAffinityGroupResult": "delete_affinity_group_result",
    "DeleteAlarmResult": "delete_alarm_result",
    "DeleteAlertResult": "delete_alert_result",
    "DeleteAliyunDiskFromLocalResult": "delete_aliyun_disk_from_local_result",
    "DeleteAliyunDiskFromRemoteResult": "delete_aliyun_disk_from_remote_result",
    "DeleteAliyunKeySecretResult": "delete_aliyun_key_secret_result",
    "DeleteAliyunNasAccessGroupResult": "delete_aliyun_nas_access_group_result",
    "DeleteAliyunNasAccessGroupRuleResult": "delete_aliyun_nas_access_group_rule_result",
    "DeleteAliyunPanguPartitionResult": "delete_aliyun_pangu_partition_result",
    "DeleteAliyunProxyVSwitchResult": "delete_aliyun_proxy_v_switch_result",
    "DeleteAliyunProxyVpcResult": "delete_aliyun_proxy_vpc_result",
    "DeleteAliyunRouteEntryRemoteResult": "delete_aliyun_route_entry_remote_result",
    "DeleteAliyunRouterInterfaceLocalResult": "delete_aliyun_router_interface_local_result",
    "DeleteAliyunRouterInterfaceRemoteResult": "delete_aliyun_router_interface_remote_result",
    "DeleteAliyunSnapshotFromLocalResult": "delete_aliyun_snapshot_from_local_result",
    "DeleteAliyunSnapshotFromRemoteResult": "delete_aliyun_snapshot_from_remote_result",
    "DeleteAllEcsInstancesFromDataCenterResult": "delete_all_ecs_instances_from_data_center_result",
    "DeleteAppBuildSystemResult": "delete_app_build_system_result",
    "DeleteAutoScalingGroupInstanceResult": "delete_auto_scaling_group_instance_result",
    "DeleteAutoScalingGroupResult": "delete_auto_scaling_group_result",
    "DeleteAutoScalingRuleResult": "delete_auto_scaling_rule_result",
    "DeleteAutoScalingRuleTriggerResult": "delete_auto_scaling_rule_trigger_result",
    "DeleteAutoScalingTemplateResult": "delete_auto_scaling_template_result",
    "DeleteBackupFileInPublicResult": "delete_backup_file_in_public_result",
    "DeleteBackupStorageResult": "delete_backup_storage_result",
    "DeleteBareMetal2ChassisResult": "delete_bare_metal2_chassis_result",
    "DeleteBareMetal2GatewayResult": "delete_bare_metal2_gateway_result",
    "DeleteBareMetal2ProvisionNetworkResult": "delete_bare_metal2_provision_network_result",
    "DeleteBaremetalChassisResult": "delete_baremetal_chassis_result",
    "DeleteBaremetalPxeServerResult": "delete_baremetal_pxe_server_result",
    "DeleteBillingResult": "delete_billing_result",
    "DeleteBondingResult": "delete_bonding_result",
    "DeleteBuildAppExportHistoryResult": "delete_build_app_export_history_result",
    "DeleteBuildAppResult": "delete_build_app_result",
    "DeleteCCSCertificateResult": "delete_ccs_certificate_result",
    "DeleteCbtTaskResult": "delete_cbt_task_result",
    "DeleteCdpPolicyResult": "delete_cdp_policy_result",
    "DeleteCdpTaskDataResult": "delete_cdp_task_data_result",
    "DeleteCdpTaskResult": "delete_cdp_task_result",
    "DeleteCephPrimaryStoragePoolResult": "delete_ceph_primary_storage_pool_result",
    "DeleteCertificateResult": "delete_certificate_result",
    "DeleteClusterDRSResult": "delete_cluster_drs_result",
    "DeleteClusterResult": "delete_cluster_result",
    "DeleteConnectionAccessPointLocalResult": "delete_connection_access_point_local_result",
    "DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult": "delete_connection_between_l3_net_work_and_aliyun_v_switch_result",
    "DeleteDataCenterInLocalResult": "delete_data_center_in_local_result",
    "DeleteDataVolumeResult": "delete_data_volume_result",
    "DeleteDatabaseBackupResult": "delete_database_backup_result",
    "DeleteDirectoryResult": "delete_directory_result",
    "DeleteDiskOfferingResult": "delete_disk_offering_result",
    "DeleteEcsImageLocalResult": "delete_ecs_image_local_result",
    "DeleteEcsImageRemoteResult": "delete_ecs_image_remote_result",
    "DeleteEcsInstanceLocalResult": "delete_ecs_instance_local_result",
    "DeleteEcsInstanceResult": "delete_ecs_instance_result",
    "DeleteEcsSecurityGroupInLocalResult": "delete_ecs_security_group_in_local_result",
    "DeleteEcsSecurityGroupRemoteResult": "delete_ecs_security_group_remote_result",
    "DeleteEcsSecurityGroupRuleRemoteResult": "delete_ecs_security_group_rule_remote_result",
    "DeleteEcsVSwitchInLocalResult": "delete_ecs_v_switch_in_local_result",
    "DeleteEcsVSwitchRemoteResult": "delete_ecs_v_switch_remote_result",
    "DeleteEcsVpcInLocalResult": "delete_ecs_vpc_in_local_result",
    "DeleteEcsVpcRemoteResult": "delete_ecs_vpc_remote_result",
    "DeleteEipResult": "delete_eip_result",
    "DeleteEmailAddressOfSNSEmailEndpointResult": "delete_email_address_of_sns_email_endpoint_result",
    "DeleteEventRuleTemplateResult": "delete_event_rule_template_result",
    "DeleteExportedDatabaseBackupFromBackupStorageResult": "delete_exported_database_backup_from_backup_storage_result",
    "DeleteExportedImageFromBackupStorageResult": "delete_exported_image_from_backup_storage_result",
    "DeleteExternalBackupResult": "delete_external_backup_result",
    "DeleteFirewallIpSetTemplateResult": "delete_firewall_ip_set_template_result",
    "DeleteFirewallResult": "delete_firewall_result",
    "DeleteFirewallRuleResult": "delete_firewall_rule_result",
    "DeleteFirewallRuleSetResult": "delete_firewall_rule_set_result",
    "DeleteFirewallRuleTemplateResult": "delete_firewall_rule_template_result",
    "DeleteFlowCollectorResult": "delete_flow_collector_result",
    "DeleteFlowMeterResult": "delete_flow_meter_result",
    "DeleteGCJobResult": "delete_gc_job_result",
    "DeleteGuestVmScriptResult": "delete_guest_vm_script_result",
    "DeleteHostNetworkServiceTypeResult": "delete_host_network_service_type_result",
    "DeleteHostResult": "delete_host_result",
    "DeleteHostSchedulingRuleGroupResult": "delete_host_scheduling_rule_group_result",
    "DeleteHuaweiIMasterFabricResult": "delete_huawei_i_master_fabric_result",
    "DeleteHuaweiIMasterTenantResult": "delete_huawei_i_master_tenant_result",
    "DeleteHuaweiIMasterVRouterResult": "delete_huawei_i_master_v_router_result",
    "DeleteHuaweiIMasterVpcResult": "delete_huawei_i_master_vpc_result",
    "DeleteHybridEipFromLocalResult": "delete_hybrid_eip_from_local_result",
    "DeleteHybridEipRemoteResult": "delete_hybrid_eip_remote_result",
    "DeleteHybridKeySecretResult": "delete_hybrid_key_secret_result",
    "DeleteIAM2OrganizationResult": "delete_iam2_organization_result",
    "DeleteIAM2ProjectResult": "delete_iam2_project_result",
    "DeleteIAM2ProjectTemplateResult": "delete_iam2_project_template_result",
    "DeleteIAM2TicketFlowResult": "delete_iam2_ticket_flow_result",
    "DeleteIAM2VirtualIDGroupResult": "delete_iam2_virtual_id_group_result",
    "DeleteIAM2VirtualIDLdapBindingResult": "delete_iam2_virtual_id_ldap_binding_result",
    "DeleteIAM2VirtualIDResult": "delete_iam2_virtual_id_result",
    "DeleteIPsecConnectionResult": "delete_ipsec_connection_result",
    "DeleteIdentityZoneInLocalResult": "delete_identity_zone_in_local_result",
    "DeleteImagePackageResult": "delete_image_package_result",
    "DeleteImageReplicationGroupResult": "delete_image_replication_group_result",
    "DeleteImageResult": "delete_image_result",
    "DeleteInstanceOfferingResult": "delete_instance_offering_result",
    "DeleteIpAddressResult": "delete_ip_address_result",
    "DeleteIpRangeResult": "delete_ip_range_result",
    "DeleteIscsiServerResult": "delete_iscsi_server_result",
    "DeleteL2NetworkResult": "delete_l2_network_result",
    "DeleteL3NetworkResult": "delete_l3_network_result",
    "DeleteLdapBindingResult": "delete_ldap_binding_result",
    "DeleteLdapServerResult": "delete_ldap_server_result",
    "DeleteLicenseResult": "delete_license_result",
    "DeleteLoadBalancerListenerResult": "delete_load_balancer_listener_result",
    "DeleteLoadBalancerResult": "delete_load_balancer_result",
    "DeleteLoadBalancerServerGroupResult": "delete_load_balancer_server_group_result",
    "DeleteLogConfigurationResult": "delete_log_configuration_result",
    "DeleteLogSeverResult": "delete_log_sever_result",
    "DeleteLongJobResult": "delete_long_job_result",
    "DeleteMdevDeviceResult": "delete_mdev_device_result",
    "DeleteMediaResult": "delete_media_result",
    "DeleteMetricDataHttpReceiverResult": "delete_metric_data_http_receiver_result",
    "DeleteMetricDataResult": "delete_metric_data_result",
    "DeleteMetricRuleTemplateResult": "delete_metric_rule_template_result",
    "DeleteMetricTemplateResult": "delete_metric_template_result",
    "DeleteMonitorGroupResult": "delete_monitor_group_result",
    "DeleteMonitorTemplateResult": "delete_monitor_template_result",
    "DeleteMonitorTriggerActionResult": "delete_monitor_trigger_action_result",
    "DeleteMonitorTriggerResult": "delete_monitor_trigger_result",
    "DeleteMulticastRouterResult": "delete_multicast_router_result",
    "DeleteNasFileSystemResult": "delete_nas_file_system_result",
    "DeleteNasMountTargetResult": "delete_nas_mount_target_result",
    "DeleteNfvInstGroupResult": "delete_nfv_inst_group_result",
    "DeleteNicQosResult": "delete_nic_qos_result",
    "DeleteNvmeServerResult": "delete_nvme_server_result",
    "DeleteOssBucketFileRemoteResult": "delete_oss_bucket_file_remote_result",
    "DeleteOssBucketNameLocalResult": "delete_oss_bucket_name_local_result",
    "DeleteOssBucketRemoteResult": "delete_oss_bucket_remote_result",
    "DeletePciDeviceOfferingResult": "delete_pci_device_offering_result",
    "DeletePciDeviceResult": "delete_pci_device_result",
    "DeletePluginDriversResult": "delete_plugin_drivers_result",
    "DeletePolicyResult": "delete_policy_result",
    "DeletePolicyRouteRuleResult": "delete_policy_route_rule_result",
    "DeletePolicyRouteRuleSetResult": "delete_policy_route_rule_set_result",
    "DeletePolicyRouteTableResult": "delete_policy_route_table_result",
    "DeletePolicyRouteTableRouteEntryResult": "delete_policy_route_table_route_entry_result",
    "DeletePortForwardingRuleResult": "delete_port_forwarding_rule_result",
    "DeletePortMirrorResult": "delete_port_mirror_result",
    "DeletePortMirrorSessionResult": "delete_port_mirror_session_result",
    "DeletePreconfigurationTemplateResult": "delete_preconfiguration_template_result",
    "DeletePriceTableResult": "delete_price_table_result",
    "DeletePrimaryStorageResult": "delete_primary_storage_result",
    "DeletePublishAppResult": "delete_publish_app_result",
    "DeleteReservedIpRangeResult": "delete_reserved_ip_range_result",
    "DeleteResourceConfigResult": "delete_resource_config_result",
    "DeleteResourcePriceResult": "delete_resource_price_result",
    "DeleteResourceStackResult": "delete_resource_stack_result",
    "DeleteResourceStackVmPortMonitorResult": "delete_resource_stack_vm_port_monitor_result",
    "DeleteRoleResult": "delete_role_result",
    "DeleteSNSApplicationEndpointResult": "delete_sns_application_endpoint_result",
    "DeleteSNSApplicationPlatformResult": "delete_sns_application_platform_result",
    "DeleteSNSTextTemplateResult": "delete_sns_text_template_result",
    "DeleteSNSTopicResult": "delete_sns_topic_result",
    "DeleteSSOClientResult": "delete_sso_client_result",
    "DeleteSSORedirectTemplateResult": "delete_sso_redirect_template_result",
    "DeleteSchedulerJobGroupResult": "delete_scheduler_job_group_result",
    "DeleteSchedulerJobResult": "delete_scheduler_job_result",
    "DeleteSchedulerTriggerResult": "delete_scheduler_trigger_result",
    "DeleteSecretResourcePoolResult": "delete_secret_resource_pool_result",
    "DeleteSecurityGroupResult": "delete_security_group_result",
    "DeleteSecurityGroupRuleResult": "delete_security_group_rule_result",
    "DeleteSecurityMachineResult": "delete_security_machine_result",
    "DeleteSlbGroupResult": "delete_slb_group_result",
    "DeleteSnapshotGroupResult": "delete_snapshot_group_result",
    "DeleteSshKeyPairResult": "delete_ssh_key_pair_result",
    "DeleteStackTemplateResult": "delete_stack_template_result",
    "DeleteTagResult": "delete_tag_result",
    "DeleteThirdpartyPlatformResult": "delete_thirdparty_platform_result",
    "DeleteTicketFlowCollectionResult": "delete_ticket_flow_collection_result",
    "DeleteTicketResult": "delete_ticket_result",
    "DeleteUserGroupResult": "delete_user_group_result",
    "DeleteUserResult": "delete_user_result",
    "DeleteV2VConversionHostResult": "delete_v2_v_conversion_host_result",
    "DeleteVCenterResult": "delete_v_center_result",
    "DeleteVRouterOspfAreaResult": "delete_v_router_ospf_area_result",
    "DeleteVRouterRouteEntryResult": "delete_v_router_route_entry_result",
    "DeleteVRouterRouteTableResult": "delete_v_router_route_table_result",
    "DeleteVipQosResult": "delete_vip_qos_result",
    "DeleteVipResult": "delete_vip_result",
    "DeleteVirtualBorderRouterLocalResult": "delete_virtual_border_router_local_result",
    "DeleteVirtualRouterLocalResult": "delete_virtual_router_local_result",
    "DeleteVmBackupResult": "delete_vm_backup_result",
    "DeleteVmBootModeResult": "delete_vm_boot_mode_result",
    "DeleteVmCdRomResult": "delete_vm_cd_rom_result",
    "DeleteVmConsolePasswordResult": "delete_vm_console_password_result",
    "DeleteVmHostnameResult": "delete_vm_hostname_result",
    "DeleteVmInstanceHaLevelResult": "delete_vm_instance_ha_level_result",
    "DeleteVmNicFromSecurityGroupResult": "delete_vm_nic_from_security_group_result",
    "DeleteVmNicResult": "delete_vm_nic_result",
    "DeleteVmSchedulingRuleGroupResult": "delete_vm_scheduling_rule_group_result",
    "DeleteVmSshKeyResult": "delete_vm_ssh_key_result",
    "DeleteVmStaticIpResult": "delete_vm_static_ip_result",
    "DeleteVmUserDefinedXmlHookScriptResult": "delete_vm_user_defined_xml_hook_script_result",
    "DeleteVmUserDefinedXmlResult": "delete_vm_user_defined_xml_result",
    "DeleteVniRangeResult": "delete_vni_range_result",
    "DeleteVolumeBackupResult": "delete_volume_backup_result",
    "DeleteVolumeQosResult": "delete_volume_qos_result",
    "DeleteVolumeSnapshotGroupResult": "delete_volume_snapshot_group_result",
    "DeleteVolumeSnapshotResult": "delete_volume_snapshot_result",
    "DeleteVpcHaGroupResult": "delete_vpc_ha_group_result",
    "DeleteVpcIkeConfigLocalResult": "delete_vpc_ike_config_local_result",
    "DeleteVpcIpSecConfigLocalResult": "delete_vpc_ip_sec_config_local_result",
    "DeleteVpcSharedQosResult": "delete_vpc_shared_qos_result",
    "DeleteVpcUserVpnGatewayLocalResult": "delete_vpc_user_vpn_gateway_local_result",
    "DeleteVpcUserVpnGatewayRemoteResult": "delete_vpc_user_vpn_gateway_remote_result",
    "DeleteVpcVpnConnectionLocalResult": "delete_vpc_vpn_connection_local_result",
    "DeleteVpcVpnConnectionRemoteResult": "delete_vpc_vpn_connection_remote_result",
    "DeleteVpcVpnGatewayLocalResult": "delete_vpc_vpn_gateway_local_result",
    "DeleteVxlanL2NetworkResult": "delete_vxlan_l2_network_result",
    "DeleteVxlanPoolRemoteVtepResult": "delete_vxlan_pool_remote_vtep_result",
    "DeleteWebhookResult": "delete_webhook_result",
    "DeleteZoneResult": "delete_zone_result",
    "DescribeVmInstanceRecoveryPointResult": "describe_vm_instance_recovery_point_result",
    "DestroyBaremetalInstanceResult": "destroy_baremetal_instance_result",
    "DestroyVmInstanceResult": "destroy_vm_instance_result",
    "DetachAliyunDiskFromEcsResult": "detach_aliyun_disk_from_ecs_result",
    "DetachAliyunKeyResult": "detach_aliyun_key_result",
    "DetachAppBuildSystemToZoneResult": "detach_app_build_system_to_zone_result",
    "DetachAutoScalingTemplateFromGroupResult": "detach_auto_scaling_template_from_group_result",
    "DetachBackupStorageFromZoneResult": "detach_backup_storage_from_zone_result",
    "DetachBareMetal2GatewayFromClusterResult": "detach_bare_metal2_gateway_from_cluster_result",
    "DetachBareMetal2ProvisionNetworkFromClusterResult": "detach_bare_metal2_provision_network_from_cluster_result",
    "DetachBaremetalPxeServerFromClusterResult": "detach_baremetal_pxe_server_from_cluster_result",
    "DetachCCSCertificateFromUserResult": "detach_ccs_certificate_from_user_result",
    "DetachDataVolumeFromHostResult": "detach_data_volume_from_host_result",
    "DetachDataVolumeFromVmResult": "detach_data_volume_from_vm_result",
    "DetachEipResult": "detach_eip_result",
    "DetachFirewallRuleSetFromL3Result": "detach_firewall_rule_set_from_l3_result",
    "DetachHostFromHostSchedulingRuleGroupResult": "detach_host_from_host_scheduling_rule_group_result",
    "DetachHybridEipFromEcsResult": "detach_hybrid_eip_from_ecs_result",
    "DetachHybridKeyResult": "detach_hybrid_key_result",
    "DetachIAM2ProjectFromIAM2OrganizationResult": "detach_iam2_project_from_iam2_organization_result",
    "DetachIscsiServerFromClusterResult": "detach_iscsi_server_from_cluster_result",
    "DetachIsoFromVmInstanceResult": "detach_iso_from_vm_instance_result",
    "DetachL2NetworkFromClusterResult": "detach_l2_network_from_cluster_result",
    "DetachL3NetworkFromVmResult": "detach_l3_network_from_vm_result",
    "DetachL3NetworksFromIPsecConnectionResult": "detach_l3_networks_from_ipsec_connection_result",
    "DetachMdevDeviceFromVmResult": "detach_mdev_device_from_vm_result",
    "DetachMonitorTriggerActionFromTriggerResult": "detach_monitor_trigger_action_from_trigger_result",
    "DetachNetworkServiceFromL3NetworkResult": "detach_network_service_from_l3_network_result",
    "DetachNfvInstFromGroupResult": "detach_nfv_inst_from_group_result",
    "DetachNicFromBondingResult": "detach_nic_from_bonding_result",
    "DetachNvmeServerFromClusterResult": "detach_nvme_server_from_cluster_result",
    "DetachOssBucketFromEcsDataCenterResult": "detach_oss_bucket_from_ecs_data_center_result",
    "DetachPciDeviceFromVmResult": "detach_pci_device_from_vm_result",
    "DetachPoliciesFromUserResult": "detach_policies_from_user_result",
    "DetachPolicyFromRoleResult": "detach_policy_from_role_result",
    "DetachPolicyFromUserGroupResult": "detach_policy_from_user_group_result",
    "DetachPolicyFromUserResult": "detach_policy_from_user_result",
    "DetachPolicyRouteRuleSetFromL3Result": "detach_policy_route_rule_set_from_l3_result",
    "DetachPortForwardingRuleResult": "detach_port_forwarding_rule_result",
    "DetachPriceTableFromAccountResult": "detach_price_table_from_account_result",
    "DetachPrimaryStorageFromClusterResult": "detach_primary_storage_from_cluster_result",
    "DetachProvisionNicFromBondingResult": "detach_provision_nic_from_bonding_result",
    "DetachRoleFromAccountResult": "detach_role_from_account_result",
    "DetachScsiLunFromHostResult": "detach_scsi_lun_from_host_result",
    "DetachScsiLunFromVmInstanceResult": "detach_scsi_lun_from_vm_instance_result",
    "DetachSecurityGroupFromL3NetworkResult": "detach_security_group_from_l3_network_result",
    "DetachServiceFromObservabilityServerResult": "detach_service_from_observability_server_result",
    "DetachSshKeyPairFromVmInstanceResult": "detach_ssh_key_pair_from_vm_instance_result",
    "DetachTagFromResourcesResult": "detach_tag_from_resources_result",
    "DetachUsbDeviceFromVmResult": "detach_usb_device_from_vm_result",
    "DetachUserDefinedXmlHookScriptFromVmResult": "detach_user_defined_xml_hook_script_from_vm_result",
    "DetachVRouterRouteTableFromVRouterResult": "detach_v_router_route_table_from_v_router_result",
    "DetachVipFromVpcSharedQosResult": "detach_vip_from_vpc_shared_qos_result",
    "DetachVmFromVmSchedulingRuleGroupResult": "detach_vm_from_vm_scheduling_rule_group_result",
    "Device": "device",
    "DirectoryInventory": "directory_inventory",
    "DisableCbtTaskResult": "disable_cbt_task_result",
    "DisableCdpTaskResult": "disable_cdp_task_result",
    "DiscoverExternalPrimaryStorageResult": "discover_external_primary_storage_result",
    "DiskOfferingInventory": "disk_offering_inventory",
    "DownloadBackupFileFromPublicCloudResult": "download_backup_file_from_public_cloud_result",
    "EcsImageInventory": "ecs_image_inventory",
    "EcsInstanceInventory": "ecs_instance_inventory",
    "EcsSecurityGroupInventory": "ecs_security_group_inventory",
    "EcsSecurityGroupRuleInventory": "ecs_security_group_rule_inventory",
    "EcsVSwitchInventory": "ecs_v_switch_inventory",
    "EcsVpcInventory": "ecs_vpc_inventory",
    "EipInventory": "eip_inventory",
    "EjectZBoxResult": "eject_z_box_result",
    "ElaborationCategory": "elaboration_category",
    "ElaborationCheckResult": "elaboration_check_result",
    "ElaborationContent": "elaboration_content",
    "EmailMediaInventory": "email_media_inventory",
    "EnableCbtTaskResult": "enable_cbt_task_result",
    "EnableCdpTaskResult": "enable_cdp_task_result",
    "ErrorCode": "error_code",
    "ErrorResult": "error_result",
    "EventLogInventory": "event_log_inventory",
    "EventRecordsInventory": "event_records_inventory",
    "EventRuleTemplateInventory": "event_rule_template_inventory",
    "EventStruct": "event_struct",
    "EventSubscriptionActionInventory": "event_subscription_action_inventory",
    "EventSubscriptionInventory": "event_subscription_inventory",
    "EventSubscriptionLabelInventory": "event_subscription_label_inventory",
    "ExecuteAutoScalingRuleResult": "execute_auto_scaling_rule_result",
    "ExecuteDRSSchedulingResult": "execute_drs_scheduling_result",
    "ExecuteGuestVmCommandResult": "execute_guest_vm_command_result",
    "ExecuteGuestVmScriptResult": "execute_guest_vm_script_result",
    "ExportBuildAppResult": "export_build_app_result",
    "ExportDatabaseBackupFromBackupStorageResult": "export_database_backup_from_backup_storage_result",
    "ExportImageFromBackupStorageResult": "export_image_from_backup_storage_result",
    "ExportNbdVolumesResult": "export_nbd_volumes_result",
    "ExportVmOvaPackageResult": "export_vm_ova_package_result",
    "ExpungeBaremetalInstanceResult": "expunge_baremetal_instance_result",
    "ExpungeDataVolumeResult": "expunge_data_volume_result",
    "ExpungeIAM2ProjectResult": "expunge_iam2_project_result",
    "ExpungeImageResult": "expunge_image_result",
    "ExpungeVmInstanceResult": "expunge_vm_instance_result",
    "ExpungeVmUserDefinedXmlHookScriptResult": "expunge_vm_user_defined_xml_hook_script_result",
    "ExternalBackupInventory": "external_backup_inventory",
    "ExternalBackupStorageInventory": "external_backup_storage_inventory",
    "ExternalPrimaryStorageInventory": "external_primary_storage_inventory",
    "ExternalServiceCapabilities": "external_service_capabilities",
    "ExternalServiceInventory": "external_service_inventory",
    "FailoverFaultToleranceVmResult": "failover_fault_tolerance_vm_result",
    "FiberChannelLunInventory": "fiber_channel_lun_inventory",
    "FiberChannelStorageInventory": "fiber_channel_storage_inventory",
    "FlattenVmInstanceResult": "flatten_vm_instance_result",
    "FlattenVolumeResult": "flatten_volume_result",
    "FlowCollectorInventory": "flow_collector_inventory",
    "FlowCounter": "flow_counter",
    "FlowMeterInventory": "flow_meter_inventory",
    "FreeIpInventory": "free_ip_inventory",
    "FstrimVmResult": "fstrim_vm_result",
    "GCAliyunSnapshotRemoteResult": "gc_aliyun_snapshot_remote_result",
    "GarbageCollectorInventory": "garbage_collector_inventory",
    "GenerateAccountBillingResult": "generate_account_billing_result",
    "GenerateHygonMdevDevicesResult": "generate_hygon_mdev_devices_result",
    "GenerateMdevDevicesResult": "generate_mdev_devices_result",
    "GenerateSeMdevDevicesResult": "generate_se_mdev_devices_result",
    "GenerateSriovPciDevicesResult": "generate_sriov_pci_devices_result",
    "GenerateSshKeyPairResult": "generate_ssh_key_pair_result",
    "GetAccessPathResult": "get_access_path_result",
    "GetAccountPriceTableRefResult": "get_account_price_table_ref_result",
    "GetAccountQuotaUsageResult": "get_account_quota_usage_result",
    "GetActiveAlarmStatusResult": "get_active_alarm_status_result",
    "GetAlarmDataResult": "get_alarm_data_result",
    "GetAliyunNasAccessGroupRemoteResult": "get_aliyun_nas_access_group_remote_result",
    "GetAliyunNasFileSystemRemoteResult": "get_aliyun_nas_file_system_remote_result",
    "GetAliyunNasMountTargetRemoteResult": "get_aliyun_nas_mount_target_remote_result",
    "GetAllEventMetadataResult": "get_all_event_metadata_result",
    "GetAllMetricMetadataResult": "get_all_metric_metadata_result",
    "GetAppBuildSystemCapacityResult": "get_app_build_system_capacity_result",
    "GetAttachablePublicL3ForVRouterResult": "get_attachable_public_l3_for_v_router_result",
    "GetAttachableVpcL3NetworkResult": "get_attachable_vpc_l3_network_result",
    "GetAuditDataResult": "get_audit_data_result",
    "GetAvailableTriggersResult": "get_available_triggers_result",
    "GetBackupStorageCandidatesForImageMigrationResult": "get_backup_storage_candidates_for_image_migration_result",
    "GetBackupStorageCapacityResult": "get_backup_storage_capacity_result",
    "GetBackupStorageForCreatingImageFromVolumeResult": "get_backup_storage_for_creating_image_from_volume_result",
    "GetBackupStorageForCreatingImageFromVolumeSnapshotResult": "get_backup_storage_for_creating_image_from_volume_snapshot_result",
    "GetBackupStorageTypesResult": "get_backup_storage_types_result",
    "GetBareMetal2ChassisPowerStatusResult": "get_bare_metal2_chassis_power_status_result",
    "GetBareMetal2GatewayAllocatorStrategiesResult": "get_bare_metal2_gateway_allocator_strategies_result",
    "GetBareMetal2ProvisionNetworkIpAddressCapacityResult": "get_bare_metal2_provision_network_ip_address_capacity_result",
    "GetBareMetal2SupportedBootModeResult": "get_bare_metal2_supported_boot_mode_result",
    "GetBaremetalChassisPowerStatusResult": "get_baremetal_chassis_power_status_result",
    "GetBlockPrimaryStorageMetadataResult": "get_block_primary_storage_metadata_result",
    "GetCandidateAffinityGroupForAttachingVmResult": "get_candidate_affinity_group_for_attaching_vm_result",
    "GetCandidateAffinityGroupForCreatingVmResult": "get_candidate_affinity_group_for_creating_vm_result",
    "GetCandidateBackupStorageForCreatingImageResult": "get_candidate_backup_storage_for_creating_image_result",
    "GetCandidateClustersForAttachingL2NetworkResult": "get_candidate_clusters_for_attaching_l2_network_result",
    "GetCandidateInterfaceVlanIdsResult": "get_candidate_interface_vlan_ids_result",
    "GetCandidateIsoForAttachingVmResult": "get_candidate_iso_for_attaching_vm_result",
    "GetCandidateL2NetworksForAttachingClusterResult": "get_candidate_l2_networks_for_attaching_cluster_result",
    "GetCandidateL3NetworksForChangeVmNicNetworkResult": "get_candidate_l3_networks_for_change_vm_nic_network_result",
    "GetCandidateL3NetworksForIpSecConnectionResult": "get_candidate_l3_networks_for_ip_sec_connection_result",
    "GetCandidateL3NetworksForLoadBalancerResult": "get_candidate_l3_networks_for_load_balancer_result",
    "GetCandidateL3NetworksForServerGroupResult": "get_candidate_l3_networks_for_server_group_result",
    "GetCandidateLdapEntryForBindingResult": "get_candidate_ldap_entry_for_binding_result",
    "GetCandidateLdapEntryForIAM2BindingResult": "get_candidate_ldap_entry_for_iam2_binding_result",
    "GetCandidateMiniHostsResult": "get_candidate_mini_hosts_result",
    "GetCandidateNetworkInterfacesResult": "get_candidate_network_interfaces_result",
    "GetCandidatePrimaryStoragesForCreatingVmResult": "get_candidate_primary_storages_for_creating_vm_result",
    "GetCandidateVMForAttachingAffinityGroupResult": "get_candidate_vm_for_attaching_affinity_group_result",
    "GetCandidateVmForAttachingIsoResult": "get_candidate_vm_for_attaching_iso_result",
    "GetCandidateVmNicForSecurityGroupResult": "get_candidate_vm_nic_for_security_group_result",
    "GetCandidateVmNicsForLoadBalancerResult": "get_candidate_vm_nics_for_load_balancer_result",
    "GetCandidateVmNicsForLoadBalancerServerGroupResult": "get_candidate_vm_nics_for_load_balancer_server_group_result",
    "GetCandidateVmNicsForPortMirrorResult": "get_candidate_vm_nics_for_port_mirror_result",
    "GetCandidateZonesClustersHostsForCreatingVmResult": "get_candidate_zones_clusters_hosts_for_creating_vm_result",
    "GetCdpBackupStorageRequirementResult": "get_cdp_backup_storage_requirement_result",
    "GetChainTaskResult": "get_chain_task_result",
    "GetChronyServersResult": "get_chrony_servers_result",
    "GetClusterDRSStatusResult": "get_cluster_drs_status_result",
    "GetClusterHostNetworkFactsResult": "get_cluster_host_network_facts_result",
    "GetConnectionAccessPointFromRemoteResult": "get_connection_access_point_from_remote_result",
    "GetConnectionBetweenL3NetworkAndAliyunVSwitchResult": "get_connection_between_l3_network_and_aliyun_v_switch_result",
    "GetCpuMemoryCapacityResult": "get_cpu_memory_capacity_result",
    "GetCreateEcsImageProgressResult": "get_create_ecs_image_progress_result",
    "GetCurrentTimeResult": "get_current_time_result",
    "GetDataCenterFromRemoteResult": "get_data_center_from_remote_result",
    "GetDataVolumeAttachableVmResult": "get_data_volume_attachable_vm_result",
    "GetDatabaseBackupFromImageStoreResult": "get_database_backup_from_image_store_result",
    "GetDebugSignalResult": "get_debug_signal_result",
    "GetEcsInstanceTypeResult": "get_ecs_instance_type_result",
    "GetEcsInstanceVncUrlResult": "get_ecs_instance_vnc_url_result",
    "GetEipAttachableVmNicsResult": "get_eip_attachable_vm_nics_result",
    "GetElaborationCategoriesResult": "get_elaboration_categories_result",
    "GetElaborationsResult": "get_elaborations_result",
    "GetEncryptedFieldResult": "get_encrypted_field_result",
    "GetEventDataResult": "get_event_data_result",
    "GetExternalServicesResult": "get_external_services_result",
    "GetFactoryModeStateResult": "get_factory_mode_state_result",
    "GetFaultToleranceVmsResult": "get_fault_tolerance_vms_result",
    "GetFlowMeterRouterIdResult": "get_flow_meter_router_id_result",
    "GetFreeIpOfIpRangeResult": "get_free_ip_of_ip_range_result",
    "GetFreeIpOfL3NetworkResult": "get_free_ip_of_l3_network_result",
    "GetFreeIpResult": "get_free_ip_result",
    "GetGlobalConfigOptionsResult": "get_global_config_options_result",
    "GetGuestOsMetadataResult": "get_guest_os_metadata_result",
    "GetHostAllocatorStrategiesResult": "get_host_allocator_strategies_result",
    "GetHostCandidatesForVmMigrationResult": "get_host_candidates_for_vm_migration_result",
    "GetHostIommuStateResult": "get_host_iommu_state_result",
    "GetHostIommuStatusResult": "get_host_iommu_status_result",
    "GetHostMultipathTopologyResult": "get_host_multipath_topology_result",
    "GetHostNUMATopologyResult": "get_host_numa_topology_result",
    "GetHostNetworkFactsResult": "get_host_network_facts_result",
    "GetHostNetworkInterfaceLldpResult": "get_host_network_interface_lldp_result",
    "GetHostPhysicalMemoryFactsResult": "get_host_physical_memory_facts_result",
    "GetHostPowerStatusResult": "get_host_power_status_result",
    "GetHostResourceAllocationResult": "get_host_resource_allocation_result",
    "GetHostTaskResult": "get_host_task_result",
    "GetHostWebSshUrlResult": "get_host_web_ssh_url_result",
    "GetHypervisorTypesResult": "get_hypervisor_types_result",
    "GetIAM2OrganizationVirtualIDNumberResult": "get_iam2_organization_virtual_id_number_result",
    "GetIAM2ProjectsOfVirtualIDResult": "get_iam2_projects_of_virtual_id_result",
    "GetIAM2SystemAttributesResult": "get_iam2_system_attributes_result",
    "GetIAM2VirtualIDAPIPermissionResult": "get_iam2_virtual_idapi_permission_result",
    "GetIAM2VirtualIDInGroupResult": "get_iam2_virtual_id_in_group_result",
    "GetIdentityZoneFromRemoteResult": "get_identity_zone_from_remote_result",
    "GetImageCandidatesForVmToChangeResult": "get_image_candidates_for_vm_to_change_result",
    "GetImageQgaResult": "get_image_qga_result",
    "GetImagesFromImageStoreBackupStorageResult": "get_images_from_image_store_backup_storage_result",
    "GetInterdependentL3NetworksBackupStoragesResult": "get_interdependent_l3_networks_backup_storages_result",
    "GetInterdependentL3NetworksImagesResult": "get_interdependent_l3_networks_images_result",
    "GetInterfaceServiceTypeStatisticResult": "get_interface_service_type_statistic_result",
    "GetIpAddressCapacityResult": "get_ip_address_capacity_result",
    "GetL2NetworkTypesResult": "get_l2_network_types_result",
    "GetL3NetworkDhcpIpAddressResult": "get_l3_network_dhcp_ip_address_result",
    "GetL3NetworkIpStatisticResult": "get_l3_network_ip_statistic_result",
    "GetL3NetworkMtuResult": "get_l3_network_mtu_result",
    "GetL3NetworkRouterInterfaceIpResult": "get_l3_network_router_interface_ip_result",
    "GetL3NetworkTypesResult": "get_l3_network_types_result",
    "GetLatestGuestToolsForVmResult": "get_latest_guest_tools_for_vm_result",
    "GetLdapEntryResult": "get_ldap_entry_result",
    "GetLdapServerAvailableAttributesResult": "get_ldap_server_available_attributes_result",
    "GetLicenseAddOnsResult": "get_license_add_ons_result",
    "GetLicenseCapabilitiesResult": "get_license_capabilities_result",
    "GetLicenseInfoResult": "get_license_info_result",
    "GetLicenseRecordsResult": "get_license_records_result",
    "GetLicenseUKeyStatusResult": "get_license_u_key_status_result",
    "GetLoadBalancerListenerACLEntriesResult": "get_load_balancer_listener_acl_entries_result",
    "GetLoadBalancerOwnerResult": "get_load_balancer_owner_result",
    "GetLocalRaidPhysicalDriveSmartResult": "get_local_raid_physical_drive_smart_result",
    "GetLocalStorageHostDiskCapacityResult": "get_local_storage_host_disk_capacity_result",
    "GetLogConfigurationResult": "get_log_configuration_result",
    "GetLoginCaptchaResult": "get_login_captcha_result",
    "GetLoginProceduresResult": "get_login_procedures_result",
    "GetManagementNodeArchResult": "get_management_node_arch_result",
    "GetManagementNodeDirCapacityResult": "get_management_node_dir_capacity_result",
    "GetManagementNodeOSResult": "get_management_node_os_result",
    "GetMdevDeviceCandidatesResult": "get_mdev_device_candidates_result",
    "GetMdevDeviceSpecCandidatesResult": "get_mdev_device_spec_candidates_result",
    "GetMemorySnapshotGroupReferenceResult": "get_memory_snapshot_group_reference_result",
    "GetMetricDataResult": "get_metric_data_result",
    "GetMetricLabelValueResult": "get_metric_label_value_result",
    "GetMonitorItemResult": "get_monitor_item_result",
    "GetNetworkServiceTypesResult": "get_network_service_types_result",
    "GetNicQosResult": "get_nic_qos_result",
    "GetNoTriggerSchedulerJobsResult": "get_no_trigger_scheduler_jobs_result",
    "GetOAuth2TokenResult": "get_o_auth2_token_result",
    "GetObservabilityServerServiceDataResult": "get_observability_server_service_data_result",
    "GetOrganizationQuotaUsageResult": "get_organization_quota_usage_result",
    "GetOssBackupBucketFromRemoteResult": "get_oss_backup_bucket_from_remote_result",
    "GetOssBucketFileFromRemoteResult": "get_oss_bucket_file_from_remote_result",
    "GetOssBucketNameFromRemoteResult": "get_oss_bucket_name_from_remote_result",
    "GetPciDeviceCandidatesForAttachingVmResult": "get_pci_device_candidates_for_attaching_vm_result",
    "GetPciDeviceCandidatesForNewCreateVmResult": "get_pci_device_candidates_for_new_create_vm_result",
    "GetPciDeviceSpecCandidatesResult": "get_pci_device_spec_candidates_result",
    "GetPlatformTimeZoneResult": "get_platform_time_zone_result",
    "GetPolicyRouteRuleSetFromVirtualRouterResult": "get_policy_route_rule_set_from_virtual_router_result",
    "GetPortForwardingAttachableVmNicsResult": "get_port_forwarding_attachable_vm_nics_result",
    "GetPrimaryStorageAllocatorStrategiesResult": "get_primary_storage_allocator_strategies_result",
    "GetPrimaryStorageCandidatesForVmMigrationResult": "get_primary_storage_candidates_for_vm_migration_result",
    "GetPrimaryStorageCandidatesForVolumeMigrationResult": "get_primary_storage_candidates_for_volume_migration_result",
    "GetPrimaryStorageCapacityResult": "get_primary_storage_capacity_result",
    "GetPrimaryStorageLicenseInfoResult": "get_primary_storage_license_info_result",
    "GetPrimaryStorageTypesResult": "get_primary_storage_types_result",
    "GetPrimaryStorageUsageReportResult": "get_primary_storage_usage_report_result",
    "GetResourceAccountResult": "get_resource_account_result",
    "GetResourceBindableConfigResult": "get_resource_bindable_config_result",
    "GetResourceConfigResult": "get_resource_config_result",
    "GetResourceConfigsResult": "get_resource_configs_result",
    "GetResourceFromPublishAppResult": "get_resource_from_publish_app_result",
    "GetResourceFromResourceStackResult": "get_resource_from_resource_stack_result",
    "GetResourceNamesResult": "get_resource_names_result",
    "GetResourceStackFromResourceResult": "get_resource_stack_from_resource_result",
    "GetResourceStackVmStatusResult": "get_resource_stack_vm_status_result",
    "GetRouteTableVpcVRouterCandidateResult": "get_route_table_vpc_v_router_candidate_result",
    "GetSSOClientResult": "get_sso_client_result",
    "GetSchedulerExecutionReportResult": "get_scheduler_execution_report_result",
    "GetScsiLunCandidatesForAttachingVmResult": "get_scsi_lun_candidates_for_attaching_vm_result",
    "GetSharedBlockCandidateResult": "get_shared_block_candidate_result",
    "GetSignatureServerEncryptPublicKeyResult": "get_signature_server_encrypt_public_key_result",
    "GetSpiceCertificatesResult": "get_spice_certificates_result",
    "GetSupportAPIsResult": "get_support_apis_result",
    "GetSupportedCloudFormationResourcesResult": "get_supported_cloud_formation_resources_result",
    "GetSupportedIdentityModelsResult": "get_supported_identity_models_result",
    "GetTaskProgressResult": "get_task_progress_result",
    "GetTextTemplateArgResult": "get_text_template_arg_result",
    "GetTrashOnBackupStorageResult": "get_trash_on_backup_storage_result",
    "GetTrashOnPrimaryStorageResult": "get_trash_on_primary_storage_result",
    "GetTwoFactorAuthenticationSecretResult": "get_two_factor_authentication_secret_result",
    "GetTwoFactorAuthenticationStateResult": "get_two_factor_authentication_state_result",
    "GetUploadImageJobDetailsResult": "get_upload_image_job_details_result",
    "GetUsbDeviceCandidatesForAttachingVmResult": "get_usb_device_candidates_for_attaching_vm_result",
    "GetVRouterFlowCounterResult": "get_v_router_flow_counter_result",
    "GetVRouterOspfNeighborResult": "get_v_router_ospf_neighbor_result",
    "GetVRouterRouteTableResult": "get_v_router_route_table_result",
    "GetVRouterRouterIdResult": "get_v_router_router_id_result",
    "GetVSwitchTypesResult": "get_v_switch_types_result",
    "GetVersionResult": "get_version_result",
    "GetVfPciDeviceAvailableInL2NetworkResult": "get_vf_pci_device_available_in_l2_network_result",
    "GetVipAvailablePortResult": "get_vip_available_port_result",
    "GetVipQosResult": "get_vip_qos_result",
    "GetVipUsedPortsResult": "get_vip_used_ports_result",
    "GetVirtualRouterSoftwareVersionResult": "get_virtual_router_software_version_result",
    "GetVirtualizerInfoResult": "get_virtualizer_info_result",
    "GetVmAttachableDataVolumeResult": "get_vm_attachable_data_volume_result",
    "GetVmAttachableL3NetworkResult": "get_vm_attachable_l3_network_result",
    "GetVmBootOrderResult": "get_vm_boot_order_result",
    "GetVmCapabilitiesResult": "get_vm_capabilities_result",
    "GetVmConsoleAddressResult": "get_vm_console_address_result",
    "GetVmConsolePasswordResult": "get_vm_console_password_result",
    "GetVmDeviceAddressResult": "get_vm_device_address_result",
    "GetVmEmulatorPinningResult": "get_vm_emulator_pinning_result",
    "GetVmGuestToolsInfoResult": "get_vm_guest_tools_info_result",
    "GetVmHostnameResult": "get_vm_hostname_result",
    "GetVmInstanceFirstBootDeviceResult": "get_vm_instance_first_boot_device_result",
    "GetVmInstanceHaLevelResult": "get_vm_instance_ha_level_result",
    "GetVmInstanceProtectedRecoveryPointsResult": "get_vm_instance_protected_recovery_points_result",
    "GetVmInstanceRecoveryPointsResult": "get_vm_instance_recovery_points_result",
    "GetVmMigrationCandidateHostsResult": "get_vm_migration_candidate_hosts_result",
    "GetVmMonitorNumberResult": "get_vm_monitor_number_result",
    "GetVmNicAttachableEipsResult": "get_vm_nic_attachable_eips_result",
    "GetVmNicAttachedNetworkServiceResult": "get_vm_nic_attached_network_service_result",
    "GetVmNumaResult": "get_vm_numa_result",
    "GetVmQgaResult": "get_vm_qga_result",
    "GetVmRDPResult": "get_vm_rdp_result",
    "GetVmSchedulingRulesExecuteStateResult": "get_vm_scheduling_rules_execute_state_result",
    "GetVmSshKeyResult": "get_vm_ssh_key_result",
    "GetVmStartingCandidateClustersHostsResult": "get_vm_starting_candidate_clusters_hosts_result",
    "GetVmTaskResult": "get_vm_task_result",
    "GetVmUsbRedirectResult": "get_vm_usb_redirect_result",
    "GetVmXmlHookScriptResult": "get_vm_xml_hook_script_result",
    "GetVmXmlResult": "get_vm_xml_result",
    "GetVmsCapabilitiesResult": "get_vms_capabilities_result",
    "GetVmsSchedulingStateFromSchedulingRuleResult": "get_vms_scheduling_state_from_scheduling_rule_result",
    "GetVmvNUMATopologyResult": "get_vmv_numa_topology_result",
    "GetVolumeCapabilitiesResult": "get_volume_capabilities_result",
    "GetVolumeFormatResult": "get_volume_format_result",
    "GetVolumeIoThreadPinResult": "get_volume_io_thread_pin_result",
    "GetVolumeQosResult": "get_volume_qos_result",
    "GetVolumeSnapshotSizeResult": "get_volume_snapshot_size_result",
    "GetVpcAttachedEipResult": "get_vpc_attached_eip_result",
    "GetVpcAttachedIpsecResult": "get_vpc_attached_ipsec_result",
    "GetVpcAttachedLoadBalancerResult": "get_vpc_attached_load_balancer_result",
    "GetVpcAttachedNetflowResult": "get_vpc_attached_netflow_result",
    "GetVpcAttachedOspfResult": "get_vpc_attached_ospf_result",
    "GetVpcAttachedPortForwardingRulesResult": "get_vpc_attached_port_forwarding_rules_result",
    "GetVpcAttachedVipResult": "get_vpc_attached_vip_result",
    "GetVpcIPsecLogResult": "get_vpc_ipsec_log_result",
    "GetVpcMulticastRouteResult": "get_vpc_multicast_route_result",
    "GetVpcVRouterDistributedRoutingConnectionsResult": "get_vpc_v_router_distributed_routing_connections_result",
    "GetVpcVRouterDistributedRoutingEnabledResult": "get_vpc_v_router_distributed_routing_enabled_result",
    "GetVpcVRouterNetworkServiceStateResult": "get_vpc_v_router_network_service_state_result",
    "GetVpcVpnConfigurationFromRemoteResult": "get_vpc_vpn_configuration_from_remote_result",
    "GetZBoxBackupDetailsResult": "get_z_box_backup_details_result",
    "GetZWatchAlertHistogramResult": "get_z_watch_alert_histogram_result",
    "GetZoneResult": "get_zone_result",
    "GlobalConfigInventory": "global_config_inventory",
    "GlobalConfigOptions": "global_config_options",
    "GlobalConfigTemplateInventory": "global_config_template_inventory",
    "GpuDeviceInventory": "gpu_device_inventory",
    "GuestOsCharacterInventory": "guest_os_character_inventory",
    "GuestToolsInventory": "guest_tools_inventory",
    "GuestToolsStateInventory": "guest_tools_state_inventory",
    "GuestVmScriptExecutedRecordDetailInventory": "guest_vm_script_executed_record_detail_inventory",
    "GuestVmScriptExecutedRecordInventory": "guest_vm_script_executed_record_inventory",
    "GuestVmScriptInventory": "guest_vm_script_inventory",
    "HBADeviceInventory": "hba_device_inventory",
    "HaStrategyConditionInventory": "ha_strategy_condition_inventory",
    "HardwareL2VxlanNetworkPoolInventory": "hardware_l2_vxlan_network_pool_inventory",
    "HostDiskCapacity": "host_disk_capacity",
    "HostInventory": "host_inventory",
    "HostIpmiInventory": "host_ipmi_inventory",
    "HostNUMANode": "host_numa_node",
    "HostNetworkBondingInventory": "host_network_bonding_inventory",
    "HostNetworkBondingServiceRefInventory": "host_network_bonding_service_ref_inventory",
    "HostNetworkInterfaceInventory": "host_network_interface_inventory",
    "HostNetworkInterfaceLldpInventory": "host_network_interface_lldp_inventory",
    "HostNetworkInterfaceLldpRefInventory": "host_network_interface_lldp_ref_inventory",
    "HostNetworkInterfaceServiceRefInventory": "host_network_interface_service_ref_inventory",
    "HostNetworkLabelInventory": "host_network_label_inventory",
    "HostOsCategoryInventory": "host_os_category_inventory",
    "HostRef": "host_ref",
    "HostSchedulingRuleGroupInventory": "host_scheduling_rule_group_inventory",
    "HuaweiIMasterFabricInventory": "huawei_i_master_fabric_inventory",
    "HuaweiIMasterTenantInventory": "huawei_i_master_tenant_inventory",
    "HuaweiIMasterVRouterInventory": "huawei_i_master_v_router_inventory",
    "HuaweiIMasterVpcInventory": "huawei_i_master_vpc_inventory",
    "HybridAccountInventory": "hybrid_account_inventory",
    "HybridEipAddressInventory": "hybrid_eip_address_inventory",
    "IAM2AttributeInventory": "iam2_attribute_inventory",
    "IAM2OrganizationAttributeInventory": "iam2_organization_attribute_inventory",
    "IAM2OrganizationInventory": "iam2_organization_inventory",
    "IAM2OrganizationProjectRefInventory": "iam2_organization_project_ref_inventory",
    "IAM2ProjectAccountRefInventory": "iam2_project_account_ref_inventory",
    "IAM2ProjectAttributeInventory": "iam2_project_attribute_inventory",
    "IAM2ProjectInventory": "iam2_project_inventory",
    "IAM2ProjectTemplateInventory": "iam2_project_template_inventory",
    "IAM2VirtualIDAttributeInventory": "iam2_virtual_id_attribute_inventory",
    "IAM2VirtualIDGroupAttributeInventory": "iam2_virtual_id_group_attribute_inventory",
    "IAM2VirtualIDGroupInventory": "iam2_virtual_id_group_inventory",
    "IAM2VirtualIDInventory": "iam2_virtual_id_inventory",
    "IPsecConnectionInventory": "ipsec_connection_inventory",
    "IPsecL3NetworkRefInventory": "ipsec_l3_network_ref_inventory",
    "IPsecPeerCidrInventory": "ipsec_peer_cidr_inventory",
    "IdentifyHostResult": "identify_host_result",
    "IdentityZoneInventory": "identity_zone_inventory",
    "ImageBackupStorageRefInventory": "image_backup_storage_ref_inventory",
    "ImageCacheInventory": "image_cache_inventory",
    "ImageInventory": "image_inventory",
    "ImagePackageInventory": "image_package_inventory",
    "ImageReplicationGroupInventory": "image_replication_group_inventory",
    "ImageStoreBackupStorageInventory": "image_store_backup_storage_inventory",
    "ImageStoreGcResult": "image_store_gc_result",
    "InspectBareMetal2ChassisByInstanceResult": "inspect_bare_metal2_chassis_by_instance_result",
    "InspectBareMetal2ChassisResult": "inspect_bare_metal2_chassis_result",
    "InspectBaremetalChassisResult": "inspect_baremetal_chassis_result",
    "InstallPathRecycleInventory": "install_path_recycle_inventory",
    "InstanceOfferingInventory": "instance_offering_inventory",
    "IpCapacityData": "ip_capacity_data",
    "IpRangeInventory": "ip_range_inventory",
    "IpStatisticData": "ip_statistic_data",
    "IsOpensourceVersionResult": "is_opensource_version_result",
    "IsReadyToGoResult": "is_ready_to_go_result",
    "IsVfNicAvailableInL3NetworkResult": "is_vf_nic_available_in_l3_network_result",
    "IscsiLunInventory": "iscsi_lun_inventory",
    "IscsiServerClusterRefInventory": "iscsi_server_cluster_ref_inventory",
    "IscsiServerInventory": "iscsi_server_inventory",
    "IscsiTargetInventory": "iscsi_target_inventory",
    "JobDetails": "job_details",
    "JsonLabelInventory": "json_label_inventory",
    "KvmHostHypervisorMetadataInventory": "kvm_host_hypervisor_metadata_inventory",
    "KvmHypervisorInfoInventory": "kvm_hypervisor_info_inventory",
    "KvmRunShellResult": "kvm_run_shell_result",
    "L2NetworkData": "l2_network_data",
    "L2NetworkInventory": "l2_network_inventory",
    "L2VlanNetworkInventory": "l2_vlan_network_inventory",
    "L2VxlanNetworkInventory": "l2_vxlan_network_inventory",
    "L2VxlanNetworkPoolInventory": "l2_vxlan_network_pool_inventory",
    "L3Network": "l3_network",
    "L3NetworkHostRouteInventory": "l3_network_host_route_inventory",
    "L3NetworkInventory": "l3_network_inventory",
    "LdapAccountRefInventory": "ldap_account_ref_inventory",
    "LdapResourceRefInventory": "ldap_resource_ref_inventory",
    "LdapServerInventory": "ldap_server_inventory",
    "LicenseInventory": "license_inventory",
    "ListVMsFromKVMHostResult": "list_vms_from_kvm_host_result",
    "ListVmSchedulingRulesFromExecuteStateResult": "list_vm_scheduling_rules_from_execute_state_result",
    "ListVmsFromSchedulingStateResult": "list_vms_from_scheduling_state_result",
    "LoadBalancerInventory": "load_balancer_inventory",
    "LoadBalancerListenerACLRefInventory": "load_balancer_listener_acl_ref_inventory",
    "LoadBalancerListenerCertificateRefInventory": "load_balancer_listener_certificate_ref_inventory",
    "LoadBalancerListenerInventory": "load_balancer_listener_inventory",
    "LoadBalancerListenerServerGroupRefInventory": "load_balancer_listener_server_group_ref_inventory",
    "LoadBalancerListenerVmNicRefInventory": "load_balancer_listener_vm_nic_ref_inventory",
    "LoadBalancerListerAcl": "load_balancer_lister_acl",
    "LoadBalancerServerGroupInventory": "load_balancer_server_group_inventory",
    "LoadBalancerServerGroupServerIpInventory": "load_balancer_server_group_server_ip_inventory",
    "LoadBalancerServerGroupVmNicRefInventory": "load_balancer_server_group_vm_nic_ref_inventory",
    "LocalStorageGetVolumeMigratableHostsResult": "local_storage_get_volume_migratable_hosts_result",
    "LocalStorageMigrateVolumeResult": "local_storage_migrate_volume_result",
    "LocalStorageResourceRefInventory": "local_storage_resource_ref_inventory",
    "LocateHostNetworkInterfaceResult": "locate_host_network_interface_result",
    "LocateLocalRaidPhysicalDriveResult": "locate_local_raid_physical_drive_result",
    "LogInByAccountResult": "log_in_by_account_result",
    "LogInByLdapResult": "log_in_by_ldap_result",
    "LogInByUserResult": "log_in_by_user_result",
    "LogInResult": "log_in_result",
    "LogOutResult": "log_out_result",
    "LogServerInventory": "log_server_inventory",
    "LoginAuthenticationProcedureDesc": "login_authentication_procedure_desc",
    "LoginByCasResult": "login_by_cas_result",
    "LoginIAM2PlatformResult": "login_iam2_platform_result",
    "LoginIAM2ProjectResult": "login_iam2_project_result",
    "LoginIAM2VirtualIDResult": "login_iam2_virtual_id_result",
    "LoginIAM2VirtualIDWithLdapResult": "login_iam2_virtual_id_with_ldap_result",
    "LongJobInventory": "long_job_inventory",
    "ManagementNodeInventory": "management_node_inventory",
    "MdevDeviceInventory": "mdev_device_inventory",
    "MdevDeviceSpecInventory": "mdev_device_spec_inventory",
    "MediaInventory": "media_inventory",
    "MergeDataOnBackupStorageResult": "merge_data_on_backup_storage_result",
    "MetricDataHttpReceiverInventory": "metric_data_http_receiver_inventory",
    "MetricRuleTemplateInventory": "metric_rule_template_inventory",
    "MetricTemplateInventory": "metric_template_inventory",
    "MigrateVmResult": "migrate_vm_result",
    "MirrorNetworkUsedIpInventory": "mirror_network_used_ip_inventory",
    "Monitor": "monitor",
    "MonitorGroupInstanceInventory": "monitor_group_instance_inventory",
    "MonitorGroupInventory": "monitor_group_inventory",
    "MonitorGroupTemplateRefInventory": "monitor_group_template_ref_inventory",
    "MonitorTemplateInventory": "monitor_template_inventory",
    "MonitorTriggerActionInventory": "monitor_trigger_action_inventory",
    "MonitorTriggerInventory": "monitor_trigger_inventory",
    "MountVmInstanceRecoveryPointResult": "mount_vm_instance_recovery_point_result",
    "MoveDirectoryResult": "move_directory_result",
    "MoveResourcesToDirectoryResult": "move_resources_to_directory_result",
    "MttyDeviceInventory": "mtty_device_inventory",
    "MulticastRouteInventory": "multicast_route_inventory",
    "MulticastRouterInventory": "multicast_router_inventory",
    "MulticastRouterRendezvousPointInventory": "multicast_router_rendezvous_point_inventory",
    "MulticastRouterVpcVRouterRefInventory": "multicast_router_vpc_v_router_ref_inventory",
    "NasFileSystemInventory": "nas_file_system_inventory",
    "NasMountTargetInventory": "nas_mount_target_inventory",
    "Neighbor": "neighbor",
    "NetworkReachablePair": "network_reachable_pair",
    "NetworkRouterAreaRefInventory": "network_router_area_ref_inventory",
    "NetworkRouterFlowMeterRefInventory": "network_router_flow_meter_ref_inventory",
    "NetworkServiceL3NetworkRefInventory": "network_service_l3_network_ref_inventory",
    "NetworkServiceProviderInventory": "network_service_provider_inventory",
    "NfvInstGroupInventory": "nfv_inst_group_inventory",
    "NfvInstInventory": "nfv_inst_inventory",
    "NvmeLunHostRefInventory": "nvme_lun_host_ref_inventory",
    "NvmeLunInventory": "nvme_lun_inventory",
    "NvmeServerInventory": "nvme_server_inventory",
    "NvmeTargetInventory": "nvme_target_inventory",
    "OAuth2ClientInventory": "o_auth2_client_inventory",
    "OAuth2TokenInventory": "o_auth2_token_inventory",
    "ObservabilityServerServiceDataInventory": "observability_server_service_data_inventory",
    "ObservabilityServerVmInventory": "observability_server_vm_inventory",
    "OssBucketInventory": "oss_bucket_inventory",
    "OvfCdDriverInfo": "ovf_cd_driver_info",
    "OvfCpuInfo": "ovf_cpu_info",
    "OvfDiskInfo": "ovf_disk_info",
    "OvfEthernetAdapterInfo": "ovf_ethernet_adapter_info",
    "OvfInfo": "ovf_info",
    "OvfMemoryInfo": "ovf_memory_info",
    "OvfOSInfo": "ovf_os_info",
    "OvfSystemInfo": "ovf_system_info",
    "OvfVolumeInfo": "ovf_volume_info",
    "Pagination": "pagination",
    "ParseOvfResult": "parse_ovf_result",
    "PauseVmInstanceResult": "pause_vm_instance_result",
    "PciDeviceInventory": "pci_device_inventory",
    "PciDeviceMdevSpecRefInventory": "pci_device_mdev_spec_ref_inventory",
    "PciDeviceMetaData": "pci_device_meta_data",
    "PciDeviceMetaDataEntry": "pci_device_meta_data_entry",
    "PciDeviceOfferingInstanceOfferingRefInventory": "pci_device_offering_instance_offering_ref_inventory",
    "PciDeviceOfferingInventory": "pci_device_offering_inventory",
    "PciDevicePciDeviceOfferingRefInventory": "pci_device_pci_device_offering_ref_inventory",
    "PciDeviceSpecInventory": "pci_device_spec_inventory",
    "PendingTaskInfo": "pending_task_info",
    "PolicyInventory": "policy_inventory",
    "PolicyRouteRuleInventory": "policy_route_rule_inventory",
    "PolicyRouteRuleSetInventory": "policy_route_rule_set_inventory",
    "PolicyRouteRuleSetL3RefInventory": "policy_route_rule_set_l3_ref_inventory",
    "PolicyRouteRuleSetVRouterRefInventory": "policy_route_rule_set_v_router_ref_inventory",
    "PolicyRouteTableInventory": "policy_route_table_inventory",
    "PolicyRouteTableRouteEntryInventory": "policy_route_table_route_entry_inventory",
    "PolicyStatement": "policy_statement",
    "PortForwardingRuleInventory": "port_forwarding_rule_inventory",
    "PortMirrorInventory": "port_mirror_inventory",
    "PortMirrorSessionInventory": "port_mirror_session_inventory",
    "PowerOffBareMetal2ChassisResult": "power_off_bare_metal2_chassis_result",
    "PowerOffBaremetalChassisResult": "power_off_baremetal_chassis_result",
    "PowerOffHostResult": "power_off_host_result",
    "PowerOnBareMetal2ChassisResult": "power_on_bare_metal2_chassis_result",
    "PowerOnBaremetalChassisResult": "power_on_baremetal_chassis_result",
    "PowerOnHostResult": "power_on_host_result",
    "PowerResetBareMetal2ChassisResult": "power_reset_bare_metal2_chassis_result",
    "PowerResetBaremetalChassisResult": "power_reset_baremetal_chassis_result",
    "PowerResetHostResult": "power_reset_host_result",
    "PreconfigurationTemplateInventory": "preconfiguration_template_inventory",
    "PreviewResourceFromAppResult": "preview_resource_from_app_result",
    "PreviewResourceStackResult": "preview_resource_stack_result",
    "PreviewResourceStruct": "preview_resource_struct",
    "PriceInventory": "price_inventory",
    "PricePciDeviceOfferingRefInventory": "price_pci_device_offering_ref_inventory",
    "PriceTableInventory": "price_table_inventory",
    "PrimaryStorageInventory": "primary_storage_inventory",
    "PrimaryStorageMigrateVmResult": "primary_storage_migrate_vm_result",
    "PrimaryStorageMigrateVolumeResult": "primary_storage_migrate_volume_result",
    "ProgressProperty": "progress_property",
    "PrometheusQueryLabelValuesResult": "prometheus_query_label_values_result",
    "PrometheusQueryMetadataResult": "prometheus_query_metadata_result",
    "PrometheusQueryPassThroughResult": "prometheus_query_pass_through_result",
    "PrometheusQueryVmMonitoringDataResult": "prometheus_query_vm_monitoring_data_result",
    "ProtectVmInstanceRecoveryPointResult": "protect_vm_instance_recovery_point_result",
    "ProvisionNfvInstConfigResult": "provision_nfv_inst_config_result",
    "ProvisionNfvInstGroupResult": "provision_nfv_inst_group_result",
    "ProvisionSlbInstanceResult": "provision_slb_instance_result",
    "ProvisionVirtualRouterConfigResult": "provision_virtual_router_config_result",
    "PublishAppInventory": "publish_app_inventory",
    "PublishAppResult": "publish_app_result",
    "PullHuaweiIMasterControllerInventory": "pull_huawei_i_master_controller_inventory",
    "PullHuaweiIMasterControllerResult": "pull_huawei_i_master_controller_result",
    "PullSdnControllerTenantInventory": "pull_sdn_controller_tenant_inventory",
    "PullSdnControllerTenantResult": "pull_sdn_controller_tenant_result",
    "PushLicenseAddOnsUsageResult": "push_license_add_ons_usage_result",
    "PutMetricDataResult": "put_metric_data_result",
    "QueryAccessControlListResult": "query_access_control_list_result",
    "QueryAccessControlRuleResult": "query_access_control_rule_result",
    "QueryAccessKeyResult": "query_access_key_result",
    "QueryAccountBillingResult": "query_account_billing_result",
    "QueryAccountPriceTableRefResult": "query_account_price_table_ref_result",
    "QueryAccountResourceRefResult": "query_account_resource_ref_result",
    "QueryAccountResult": "query_account_result",
    "QueryActiveAlarmResult": "query_active_alarm_result",
    "QueryActiveAlarmTemplateResult": "query_active_alarm_template_result",
    "QueryAddressPoolResult": "query_address_pool_result",
    "QueryAffinityGroupResult": "query_affinity_group_result",
    "QueryAgentVersionResult": "query_agent_version_result",
    "QueryAlarmRecordResult": "query_alarm_record_result",
    "QueryAlarmResult": "query_alarm_result",
    "QueryAlertDataAckResult": "query_alert_data_ack_result",
    "QueryAlertResult": "query_alert_result",
    "QueryAliyunDiskFromLocalResult": "query_aliyun_disk_from_local_result",
    "QueryAliyunEbsBackupStorageResult": "query_aliyun_ebs_backup_storage_result",
    "QueryAliyunEbsPrimaryStorageResult": "query_aliyun_ebs_primary_storage_result",
    "QueryAliyunNasAccessGroupResult": "query_aliyun_nas_access_group_result",
    "QueryAliyunPanguPartitionResult": "query_aliyun_pangu_partition_result",
    "QueryAliyunProxyVSwitchResult": "query_aliyun_proxy_v_switch_result",
    "QueryAliyunProxyVpcResult": "query_aliyun_proxy_vpc_result",
    "QueryAliyunRouteEntryFromLocalResult": "query_aliyun_route_entry_from_local_result",
    "QueryAliyunRouterInterfaceFromLocalResult": "query_aliyun_router_interface_from_local_result",
    "QueryAliyunSmsSNSTextTemplateResult": "query_aliyun_sms_sns_text_template_result",
    "QueryAliyunSnapshotFromLocalResult": "query_aliyun_snapshot_from_local_result",
    "QueryAliyunVirtualRouterFromLocalResult": "query_aliyun_virtual_router_from_local_result",
    "QueryAppBuildSystemResult": "query_app_build_system_result",
    "QueryApplianceVmResult": "query_appliance_vm_result",
    "QueryArchiveTicketHistoryResult": "query_archive_ticket_history_result",
    "QueryArchiveTicketResult": "query_archive_ticket_result",
    "QueryAuditResult": "query_audit_result",
    "QueryAutoScalingGroupActivityResult": "query_auto_scaling_group_activity_result",
    "QueryAutoScalingGroupInstanceResult": "query_auto_scaling_group_instance_result",
    "QueryAutoScalingGroupResult": "query_auto_scaling_group_result",
    "QueryAutoScalingRuleResult": "query_auto_scaling_rule_result",
    "QueryAutoScalingRuleTriggerResult": "query_auto_scaling_rule_trigger_result",
    "QueryAutoScalingVmTemplateResult": "query_auto_scaling_vm_template_result",
    "QueryBackupStorageResult": "query_backup_storage_result",
    "QueryBareMetal2BondingNicRefResult": "query_bare_metal2_bonding_nic_ref_result",
    "QueryBareMetal2BondingResult": "query_bare_metal2_bonding_result",
    "QueryBareMetal2ChassisGpuDeviceResult": "query_bare_metal2_chassis_gpu_device_result",
    "QueryBareMetal2ChassisOfferingResult": "query_bare_metal2_chassis_offering_result",
    "QueryBareMetal2ChassisPciDeviceResult": "query_bare_metal2_chassis_pci_device_result",
    "QueryBareMetal2ChassisResult": "query_bare_metal2_chassis_result",
    "QueryBareMetal2GatewayResult": "query_bare_metal2_gateway_result",
    "QueryBareMetal2InstanceResult": "query_bare_metal2_instance_result",
    "QueryBareMetal2ProvisionNetworkResult": "query_bare_metal2_provision_network_result",
    "QueryBaremetalBondingResult": "query_baremetal_bonding_result",
    "QueryBaremetalChassisResult": "query_baremetal_chassis_result",
    "QueryBaremetalInstanceResult": "query_baremetal_instance_result",
    "QueryBaremetalPxeServerResult": "query_baremetal_pxe_server_result",
    "QueryBlockPrimaryStorageResult": "query_block_primary_storage_result",
    "QueryBlockVolumeResult": "query_block_volume_result",
    "QueryBuildAppExportHistoryResult": "query_build_app_export_history_result",
    "QueryBuildAppResult": "query_build_app_result",
    "QueryCCSCertificateResult": "query_ccs_certificate_result",
    "QueryCbtTaskResult": "query_cbt_task_result",
    "QueryCdpPolicyResult": "query_cdp_policy_result",
    "QueryCdpTaskResult": "query_cdp_task_result",
    "QueryCephBackupStorageResult": "query_ceph_backup_storage_result",
    "QueryCephOsdGroupResult": "query_ceph_osd_group_result",
    "QueryCephPrimaryStoragePoolResult": "query_ceph_primary_storage_pool_result",
    "QueryCephPrimaryStorageResult": "query_ceph_primary_storage_result",
    "QueryCertificateResult": "query_certificate_result",
    "QueryClusterDRSResult": "query_cluster_drs_result",
    "QueryClusterResult": "query_cluster_result",
    "QueryConnectionAccessPointFromLocalResult": "query_connection_access_point_from_local_result",
    "QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult": "query_connection_between_l3_network_and_aliyun_v_switch_result",
    "QueryConsoleProxyAgentResult": "query_console_proxy_agent_result",
    "QueryDRSAdviceResult": "query_drs_advice_result",
    "QueryDRSVmMigrationActivityResult": "query_drs_vm_migration_activity_result",
    "QueryDataCenterFromLocalResult": "query_data_center_from_local_result",
    "QueryDatabaseBackupResult": "query_database_backup_result",
    "QueryDirectoryResult": "query_directory_result",
    "QueryDiskOfferingResult": "query_disk_offering_result",
    "QueryEcsImageFromLocalResult": "query_ecs_image_from_local_result",
    "QueryEcsInstanceFromLocalResult": "query_ecs_instance_from_local_result",
    "QueryEcsSecurityGroupFromLocalResult": "query_ecs_security_group_from_local_result",
    "QueryEcsSecurityGroupRuleFromLocalResult": "query_ecs_security_group_rule_from_local_result",
    "QueryEcsVSwitchFromLocalResult": "query_ecs_v_switch_from_local_result",
    "QueryEcsVpcFromLocalResult": "query_ecs_vpc_from_local_result",
    "QueryEipResult": "query_eip_result",
    "QueryEmailMediaResult": "query_email_media_result",
    "QueryEmailTriggerActionResult": "query_email_trigger_action_result",
    "QueryEthernetVFResult": "query_ethernet_vf_result",
    "QueryEventFromResourceStackResult": "query_event_from_resource_stack_result",
    "QueryEventLogResult": "query_event_log_result",
    "QueryEventRecordResult": "query_event_record_result",
    "QueryEventRuleTemplateResult": "query_event_rule_template_result",
    "QueryEventSubscriptionResult": "query_event_subscription_result",
    "QueryExponBlockVolumeResult": "query_expon_block_volume_result",
    "QueryExternalBackupResult": "query_external_backup_result",
    "QueryFaultToleranceVmResult": "query_fault_tolerance_vm_result",
    "QueryFiberChannelLunResult": "query_fiber_channel_lun_result",
    "QueryFiberChannelStorageResult": "query_fiber_channel_storage_result",
    "QueryFirewallIpSetTemplateResult": "query_firewall_ip_set_template_result",
    "QueryFirewallRuleResult": "query_firewall_rule_result",
    "QueryFirewallRuleSetL3RefResult": "query_firewall_rule_set_l3_ref_result",
    "QueryFirewallRuleSetResult": "query_firewall_rule_set_result",
    "QueryFirewallRuleTemplateResult": "query_firewall_rule_template_result",
    "QueryFlowCollectorResult": "query_flow_collector_result",
    "QueryFlowMeterResult": "query_flow_meter_result",
    "QueryGCJobResult": "query_gc_job_result",
    "QueryGlobalConfigResult": "query_global_config_result",
    "QueryGlobalConfigTemplateResult": "query_global_config_template_result",
    "QueryGpuDeviceResult": "query_gpu_device_result",
    "QueryGuestToolsStateResult": "query_guest_tools_state_result",
    "QueryGuestVmScriptExecutedRecordDetailResult": "query_guest_vm_script_executed_record_detail_result",
    "QueryGuestVmScriptExecutedRecordResult": "query_guest_vm_script_executed_record_result",
    "QueryGuestVmScriptResult": "query_guest_vm_script_result",
    "QueryHBADeviceResult": "query_hba_device_result",
    "QueryHostNetworkBondingResult": "query_host_network_bonding_result",
    "QueryHostNetworkInterfaceLldpResult": "query_host_network_interface_lldp_result",
    "QueryHostNetworkInterfaceResult": "query_host_network_interface_result",
    "QueryHostOsCategoryResult": "query_host_os_category_result",
    "QueryHostPhysicalMemoryResult": "query_host_physical_memory_result",
    "QueryHostResult": "query_host_result",
    "QueryHostSchedulingRuleGroupResult": "query_host_scheduling_rule_group_result",
    "QueryHuaweiIMasterFabricResult": "query_huawei_i_master_fabric_result",
    "QueryHuaweiIMasterTenantResult": "query_huawei_i_master_tenant_result",
    "QueryHuaweiIMasterVRouterResult": "query_huawei_i_master_v_router_result",
    "QueryHuaweiIMasterVpcResult": "query_huawei_i_master_vpc_result",
    "QueryHybridEipFromLocalResult": "query_hybrid_eip_from_local_result",
    "QueryHybridKeySecretResult": "query_hybrid_key_secret_result",
    "QueryIAM2LdapBindingResult": "query_iam2_ldap_binding_result",
    "QueryIAM2OrganizationAttributeResult": "query_iam2_organization_attribute_result",
    "QueryIAM2OrganizationProjectRefResult": "query_iam2_organization_project_ref_result",
    "QueryIAM2OrganizationResult": "query_iam2_organization_result",
    "QueryIAM2ProjectAccountRefResult": "query_iam2_project_account_ref_result",
    "QueryIAM2ProjectAttributeResult": "query_iam2_project_attribute_result",
    "QueryIAM2ProjectResult": "query_iam2_project_result",
    "QueryIAM2ProjectRoleResult": "query_iam2_project_role_result",
    "QueryIAM2ProjectTemplateResult": "query_iam2_project_template_result",
    "QueryIAM2VirtualIDAttributeResult": "query_iam2_virtual_id_attribute_result",
    "QueryIAM2VirtualIDGroupAttributeResult": "query_iam2_virtual_id_group_attribute_result",
    "QueryIAM2VirtualIDGroupResult": "query_iam2_virtual_id_group_result",
    "QueryIAM2VirtualIDResult": "query_iam2_virtual_id_result",
    "QueryIPSecConnectionResult": "query_ip_sec_connection_result",
    "QueryIdentityZoneFromLocalResult": "query_identity_zone_from_local_result",
    "QueryImageCacheResult": "query_image_cache_result",
    "QueryImagePackageResult": "query_image_package_result",
    "QueryImageReplicationGroupResult": "query_image_replication_group_result",
    "QueryImageResult": "query_image_result",
    "QueryImageStoreBackupStorageResult": "query_image_store_backup_storage_result",
    "QueryInstanceOfferingResult": "query_instance_offering_result",
    "QueryIpAddressResult": "query_ip_address_result",
    "QueryIpRangeResult": "query_ip_range_result",
    "QueryIscsiLunResult": "query_iscsi_lun_result",
    "QueryIscsiServerResult": "query_iscsi_server_result",
    "QueryKvmHypervisorInfoResult": "query_kvm_hypervisor_info_result",
    "QueryL2NetworkResult": "query_l2_network_result",
    "QueryL2PortGroupNetworkResult": "query_l2_port_group_network_result",
    "QueryL2VirtualSwitchNetworkResult": "query_l2_virtual_switch_network_result",
    "QueryL2VlanNetworkResult": "query_l2_vlan_network_result",
    "QueryL2VxlanNetworkPoolResult": "query_l2_vxlan_network_pool_result",
    "QueryL2VxlanNetworkResult": "query_l2_vxlan_network_result",
    "QueryL3NetworkResult": "query_l3_network_result",
    "QueryLdapBindingResult": "query_ldap_binding_result",
    "QueryLdapServerResult": "query_ldap_server_result",
    "QueryLoadBalancerListenerResult": "query_load_balancer_listener_result",
    "QueryLoadBalancerResult": "query_load_balancer_result",
    "QueryLoadBalancerServerGroupResult": "query_load_balancer_server_group_result",
    "QueryLocalRaidControllerResult": "query_local_raid_controller_result",
    "QueryLocalRaidPhysicalDriveResult": "query_local_raid_physical_drive_result",
    "QueryLocalStorageResourceRefResult": "query_local_storage_resource_ref_result",
    "QueryLogServerResult": "query_log_server_result",
    "QueryLongJobResult": "query_long_job_result",
    "QueryManagementNodeResult": "query_management_node_result",
    "QueryMdevDeviceResult": "query_mdev_device_result",
    "QueryMdevDeviceSpecResult": "query_mdev_device_spec_result",
    "QueryMediaResult": "query_media_result",
    "QueryMetricDataHttpReceiverResult": "query_metric_data_http_receiver_result",
    "QueryMetricRuleTemplateResult": "query_metric_rule_template_result",
    "QueryMetricTemplateResult": "query_metric_template_result",
    "QueryMiniStorageHostRefResult": "query_mini_storage_host_ref_result",
    "QueryMiniStorageResourceReplicationResult": "query_mini_storage_resource_replication_result",
    "QueryMiniStorageResult": "query_mini_storage_result",
    "QueryMonitorGroupAlarmResult": "query_monitor_group_alarm_result",
    "QueryMonitorGroupEventSubscriptionResult": "query_monitor_group_event_subscription_result",
    "QueryMonitorGroupInstanceResult": "query_monitor_group_instance_result",
    "QueryMonitorGroupResult": "query_monitor_group_result",
    "QueryMonitorGroupTemplateRefResult": "query_monitor_group_template_ref_result",
    "QueryMonitorTemplateResult": "query_monitor_template_result",
    "QueryMonitorTriggerActionResult": "query_monitor_trigger_action_result",
    "QueryMonitorTriggerResult": "query_monitor_trigger_result",
    "QueryMttyDeviceResult": "query_mtty_device_result",
    "QueryMulticastRouterResult": "query_multicast_router_result",
    "QueryNasFileSystemResult": "query_nas_file_system_result",
    "QueryNasMountTargetResult": "query_nas_mount_target_result",
    "QueryNetworkServiceL3NetworkRefResult": "query_network_service_l3_network_ref_result",
    "QueryNetworkServiceProviderResult": "query_network_service_provider_result",
    "QueryNvmeLunResult": "query_nvme_lun_result",
    "QueryNvmeServerResult": "query_nvme_server_result",
    "QueryNvmeTargetResult": "query_nvme_target_result",
    "QueryOssBucketFileNameResult": "query_oss_bucket_file_name_result",
    "QueryPciDeviceOfferingResult": "query_pci_device_offering_result",
    "QueryPciDevicePciDeviceOfferingResult": "query_pci_device_pci_device_offering_result",
    "QueryPciDeviceResult": "query_pci_device_result",
    "QueryPciDeviceSpecResult": "query_pci_device_spec_result",
    "QueryPhysicalDriveSelfTestHistoryResult": "query_physical_drive_self_test_history_result",
    "QueryPolicyResult": "query_policy_result",
    "QueryPolicyRouteRuleResult": "query_policy_route_rule_result",
    "QueryPolicyRouteRuleSetL3RefResult": "query_policy_route_rule_set_l3_ref_result",
    "QueryPolicyRouteRuleSetResult": "query_policy_route_rule_set_result",
    "QueryPolicyRouteRuleSetVRouterRefResult": "query_policy_route_rule_set_v_router_ref_result",
    "QueryPolicyRouteTableResult": "query_policy_route_table_result",
    "QueryPolicyRouteTableRouteEntryResult": "query_policy_route_table_route_entry_result",
    "QueryPolicyRouteTableVRouterRefResult": "query_policy_route_table_v_router_ref_result",
    "QueryPortForwardingRuleResult": "query_port_forwarding_rule_result",
    "QueryPortMirrorNetworkUsedIpResult": "query_port_mirror_network_used_ip_result",
    "QueryPortMirrorResult": "query_port_mirror_result",
    "QueryPortMirrorSessionResult": "query_port_mirror_session_result",
    "QueryPreconfigurationTemplateResult": "query_preconfiguration_template_result",
    "QueryPriceTableResult": "query_price_table_result",
    "QueryPrimaryStorageResult": "query_primary_storage_result",
    "QueryPublishAppResult": "query_publish_app_result",
    "QueryQuotaResult": "query_quota_result",
    "QueryResourceConfigResult": "query_resource_config_result",
    "QueryResourcePriceResult": "query_resource_price_result",
    "QueryResourceStackResult": "query_resource_stack_result",
    "QueryRoleResult": "query_role_result",
    "QuerySNSApplicationEndpointResult": "query_sns_application_endpoint_result",
    "QuerySNSApplicationPlatformResult": "query_sns_application_platform_result",
    "QuerySNSDingTalkAtPersonResult": "query_sns_ding_talk_at_person_result",
    "QuerySNSDingTalkEndpointResult": "query_sns_ding_talk_endpoint_result",
    "QuerySNSEmailAddressResult": "query_sns_email_address_result",
    "QuerySNSEmailEndpointResult": "query_sns_email_endpoint_result",
    "QuerySNSEmailPlatformResult": "query_sns_email_platform_result",
    "QuerySNSEndpointThirdpartyAlertHistoryResult": "query_sns_endpoint_thirdparty_alert_history_result",
    "QuerySNSFeiShuAtPersonResult": "query_sns_fei_shu_at_person_result",
    "QuerySNSFeiShuEndpointResult": "query_sns_fei_shu_endpoint_result",
    "QuerySNSHttpEndpointResult": "query_sns_http_endpoint_result",
    "QuerySNSMicrosoftTeamsEndpointResult": "query_sns_microsoft_teams_endpoint_result",
    "QuerySNSSmsEndpointResult": "query_sns_sms_endpoint_result",
    "QuerySNSSnmpPlatformResult": "query_sns_snmp_platform_result",
    "QuerySNSTextTemplateResult": "query_sns_text_template_result",
    "QuerySNSTopicResult": "query_sns_topic_result",
    "QuerySNSTopicSubscriberResult": "query_sns_topic_subscriber_result",
    "QuerySNSUniversalSmsEndpointResult": "query_sns_universal_sms_endpoint_result",
    "QuerySNSWeComAtPersonResult": "query_sns_we_com_at_person_result",
    "QuerySNSWeComEndpointResult": "query_sns_we_com_endpoint_result",
    "QuerySchedulerJobGroupResult": "query_scheduler_job_group_result",
    "QuerySchedulerJobHistoryResult": "query_scheduler_job_history_result",
    "QuerySchedulerJobResult": "query_scheduler_job_result",
    "QuerySchedulerTriggerResult": "query_scheduler_trigger_result",
    "QueryScsiLunResult": "query_scsi_lun_result",
    "QuerySdnControllerResult": "query_sdn_controller_result",
    "QuerySecretResourcePoolResult": "query_secret_resource_pool_result",
    "QuerySecurityGroupResult": "query_security_group_result",
    "QuerySecurityGroupRuleResult": "query_security_group_rule_result",
    "QuerySecurityMachineResult": "query_security_machine_result",
    "QuerySftpBackupStorageResult": "query_sftp_backup_storage_result",
    "QueryShareableVolumeVmInstanceRefResult": "query_shareable_volume_vm_instance_ref_result",
    "QuerySharedBlockGroupPrimaryStorageHostRefResult": "query_shared_block_group_primary_storage_host_ref_result",
    "QuerySharedBlockGroupPrimaryStorageResult": "query_shared_block_group_primary_storage_result",
    "QuerySharedBlockResult": "query_shared_block_result",
    "QuerySharedResourceResult": "query_shared_resource_result",
    "QuerySlbGroupResult": "query_slb_group_result",
    "QuerySlbOfferingResult": "query_slb_offering_result",
    "QuerySlbVmInstanceResult": "query_slb_vm_instance_result",
    "QuerySnmpAgentResult": "query_snmp_agent_result",
    "QuerySshKeyPairResult": "query_ssh_key_pair_result",
    "QueryStackTemplateResult": "query_stack_template_result",
    "QuerySystemTagResult": "query_system_tag_result",
    "QueryTagResult": "query_tag_result",
    "QueryTemplateConfigResult": "query_template_config_result",
    "QueryThirdpartyAlertResult": "query_thirdparty_alert_result",
    "QueryThirdpartyPlatformResult": "query_thirdparty_platform_result",
    "QueryTicketFlowCollectionResult": "query_ticket_flow_collection_result",
    "QueryTicketFlowResult": "query_ticket_flow_result",
    "QueryTicketHistoryResult": "query_ticket_history_result",
    "QueryTicketResult": "query_ticket_result",
    "QueryTicketTypeResult": "query_ticket_type_result",
    "QueryTwoFactorAuthenticationResult": "query_two_factor_authentication_result",
    "QueryUsbDeviceResult": "query_usb_device_result",
    "QueryUserGroupResult": "query_user_group_result",
    "QueryUserResult": "query_user_result",
    "QueryUserTagResult": "query_user_tag_result",
    "QueryV2VConversionHostResult": "query_v2_v_conversion_host_result",
    "QueryVCenterBackupStorageResult": "query_v_center_backup_storage_result",
    "QueryVCenterClusterResult": "query_v_center_cluster_result",
    "QueryVCenterDatacenterResult": "query_v_center_datacenter_result",
    "QueryVCenterPrimaryStorageResult": "query_v_center_primary_storage_result",
    "QueryVCenterResourcePoolResult": "query_v_center_resource_pool_result",
    "QueryVCenterResult": "query_v_center_result",
    "QueryVRouterFlowMeterNetworkResult": "query_v_router_flow_meter_network_result",
    "QueryVRouterOspfAreaResult": "query_v_router_ospf_area_result",
    "QueryVRouterOspfNetworkResult": "query_v_router_ospf_network_result",
    "QueryVRouterRouteEntryResult": "query_v_router_route_entry_result",
    "QueryVRouterRouteTableResult": "query_v_router_route_table_result",
    "QueryVipResult": "query_vip_result",
    "QueryVirtualBorderRouterFromLocalResult": "query_virtual_border_router_from_local_result",
    "QueryVirtualRouterOfferingResult": "query_virtual_router_offering_result",
    "QueryVirtualRouterVRouterRouteTableRefResult": "query_virtual_router_v_router_route_table_ref_result",
    "QueryVirtualRouterVmResult": "query_virtual_router_vm_result",
    "QueryVmCdRomResult": "query_vm_cd_rom_result",
    "QueryVmInstanceDeviceAddressArchiveResult": "query_vm_instance_device_address_archive_result",
    "QueryVmInstanceDeviceAddressGroupResult": "query_vm_instance_device_address_group_result",
    "QueryVmInstanceMdevDeviceSpecRefResult": "query_vm_instance_mdev_device_spec_ref_result",
    "QueryVmInstancePciDeviceSpecRefResult": "query_vm_instance_pci_device_spec_ref_result",
    "QueryVmInstanceResult": "query_vm_instance_result",
    "QueryVmNicInSecurityGroupResult": "query_vm_nic_in_security_group_result",
    "QueryVmNicResult": "query_vm_nic_result",
    "QueryVmNicSecurityPolicyResult": "query_vm_nic_security_policy_result",
    "QueryVmPriorityConfigResult": "query_vm_priority_config_result",
    "QueryVmSchedHistoryResult": "query_vm_sched_history_result",
    "QueryVmSchedulingRuleGroupResult": "query_vm_scheduling_rule_group_result",
    "QueryVmSchedulingRuleResult": "query_vm_scheduling_rule_result",
    "QueryVmUserDefinedXmlHookScriptResult": "query_vm_user_defined_xml_hook_script_result",
    "QueryVniRangeResult": "query_vni_range_result",
    "QueryVolumeBackupResult": "query_volume_backup_result",
    "QueryVolumeResult": "query_volume_result",
    "QueryVolumeSnapshotGroupResult": "query_volume_snapshot_group_result",
    "QueryVolumeSnapshotResult": "query_volume_snapshot_result",
    "QueryVolumeSnapshotTreeResult": "query_volume_snapshot_tree_result",
    "QueryVpcFirewallResult": "query_vpc_firewall_result",
    "QueryVpcFirewallVRouterRefResult": "query_vpc_firewall_v_router_ref_result",
    "QueryVpcHaGroupNetworkServiceRefResult": "query_vpc_ha_group_network_service_ref_result",
    "QueryVpcHaGroupResult": "query_vpc_ha_group_result",
    "QueryVpcIkeConfigFromLocalResult": "query_vpc_ike_config_from_local_result",
    "QueryVpcIpSecConfigFromLocalResult": "query_vpc_ip_sec_config_from_local_result",
    "QueryVpcRouterResult": "query_vpc_router_result",
    "QueryVpcSharedQosResult": "query_vpc_shared_qos_result",
    "QueryVpcSnatStateResult": "query_vpc_snat_state_result",
    "QueryVpcUserVpnGatewayFromLocalResult": "query_vpc_user_vpn_gateway_from_local_result",
    "QueryVpcVpnConnectionFromLocalResult": "query_vpc_vpn_connection_from_local_result",
    "QueryVpcVpnGatewayFromLocalResult": "query_vpc_vpn_gateway_from_local_result",
    "QueryVtepResult": "query_vtep_result",
    "QueryWebhookResult": "query_webhook_result",
    "QueryXskyBlockVolumeResult": "query_xsky_block_volume_result",
    "QueryZBoxBackupResult": "query_z_box_backup_result",
    "QueryZBoxResult": "query_z_box_result",
    "QueryZoneResult": "query_zone_result",
    "QuotaInventory": "quota_inventory",
    "QuotaUsage": "quota_usage",
    "RaidPhysicalDriveInventory": "raid_physical_drive_inventory",
    "RebootBaremetalInstanceResult": "reboot_baremetal_instance_result",
    "RebootEcsInstanceResult": "reboot_ecs_instance_result",
    "RebootVmInstanceResult": "reboot_vm_instance_result",
    "ReclaimSpaceFromImageStoreResult": "reclaim_space_from_image_store_result",
    "ReconnectAppBuildSystemResult": "reconnect_app_build_system_result",
    "ReconnectBackupStorageResult": "reconnect_backup_storage_result",
    "ReconnectBareMetal2GatewayResult": "reconnect_bare_metal2_gateway_result",
    "ReconnectBareMetal2InstanceResult": "reconnect_bare_metal2_instance_result",
    "ReconnectBaremetalPxeServerResult": "reconnect_baremetal_pxe_server_result",
    "ReconnectConsoleProxyAgentResult": "reconnect_console_proxy_agent_result",
    "ReconnectHostResult": "reconnect_host_result",
    "ReconnectIPsecConnectionResult": "reconnect_ipsec_connection_result",
    "ReconnectImageStoreBackupStorageResult": "reconnect_image_store_backup_storage_result",
    "ReconnectNfvInstResult": "reconnect_nfv_inst_result",
    "ReconnectPrimaryStorageResult": "reconnect_primary_storage_result",
    "ReconnectSdnControllerResult": "reconnect_sdn_controller_result",
    "ReconnectSftpBackupStorageResult": "reconnect_sftp_backup_storage_result",
    "ReconnectVirtualRouterResult": "reconnect_virtual_router_result",
    "RecoverBackupFromImageStoreBackupStorageResult": "recover_backup_from_image_store_backup_storage_result",
    "RecoverBaremetalInstanceResult": "recover_baremetal_instance_result",
    "RecoverDataVolumeResult": "recover_data_volume_result",
    "RecoverDatabaseFromBackupResult": "recover_database_from_backup_result",
    "RecoverIAM2ProjectResult": "recover_iam2_project_result",
    "RecoverImageResult": "recover_image_result",
    "RecoverResourceSplitBrainResult": "recover_resource_split_brain_result",
    "RecoverVmBackupFromImageStoreBackupStorageResult": "recover_vm_backup_from_image_store_backup_storage_result",
    "RecoverVmInstanceResult": "recover_vm_instance_result",
    "RecoveryImageFromImageStoreBackupStorageResult": "recovery_image_from_image_store_backup_storage_result",
    "RecoveryVirtualBorderRouterRemoteResult": "recovery_virtual_border_router_remote_result",
    "RefreshCaptchaResult": "refresh_captcha_result",
    "RefreshFiberChannelStorageResult": "refresh_fiber_channel_storage_result",
    "RefreshFirewallResult": "refresh_firewall_result",
    "RefreshGuestOsMetadataResult": "refresh_guest_os_metadata_result",
    "RefreshIscsiServerResult": "refresh_iscsi_server_result",
    "RefreshLoadBalancerResult": "refresh_load_balancer_result",
    "RefreshLocalRaidResult": "refresh_local_raid_result",
    "RefreshNvmeTargetResult": "refresh_nvme_target_result",
    "RefreshPluginDriversResult": "refresh_plugin_drivers_result",
    "RefreshSearchIndexesResult": "refresh_search_indexes_result",
    "RefreshSharedblockDeviceCapacityResult": "refresh_sharedblock_device_capacity_result",
    "RegisterLicenseRequestedApplicationResult": "register_license_requested_application_result",
    "ReimageVmInstanceResult": "reimage_vm_instance_result",
    "ReloadElaborationResult": "reload_elaboration_result",
    "ReloadExternalServiceResult": "reload_external_service_result",
    "ReloadLicenseResult": "reload_license_result",
    "RemoteVtep": "remote_vtep",
    "RemoteVtepInventory": "remote_vtep_inventory",
    "RemoveAccessControlListEntryResult": "remove_access_control_list_entry_result",
    "RemoveAccessControlListFromLoadBalancerResult": "remove_access_control_list_from_load_balancer_result",
    "RemoveActionFromAlarmResult": "remove_action_from_alarm_result",
    "RemoveActionFromEventSubscriptionResult": "remove_action_from_event_subscription_result",
    "RemoveAttributesFromIAM2OrganizationResult": "remove_attributes_from_iam2_organization_result",
    "RemoveAttributesFromIAM2ProjectResult": "remove_attributes_from_iam2_project_result",
    "RemoveAttributesFromIAM2VirtualIDGroupResult": "remove_attributes_from_iam2_virtual_id_group_result",
    "RemoveAttributesFromIAM2VirtualIDResult": "remove_attributes_from_iam2_virtual_id_result",
    "RemoveBackendServerFromServerGroupResult": "remove_backend_server_from_server_group_result",
    "RemoveCertificateFromLoadBalancerListenerResult": "remove_certificate_from_load_balancer_listener_result",
    "RemoveDnsFromL3NetworkResult": "remove_dns_from_l3_network_result",
    "RemoveDnsFromVpcRouterResult": "remove_dns_from_vpc_router_result",
    "RemoveHostRouteFromL3NetworkResult": "remove_host_route_from_l3_network_result",
    "RemoveIAM2ProjectLoginExpiredResult": "remove_iam2_project_login_expired_result",
    "RemoveIAM2VirtualIDGroupFromProjectsResult": "remove_iam2_virtual_id_group_from_projects_result",
    "RemoveIAM2VirtualIDsFromGroupResult": "remove_iam2_virtual_ids_from_group_result",
    "RemoveIAM2VirtualIDsFromOrganizationResult": "remove_iam2_virtual_ids_from_organization_result",
    "RemoveIAM2VirtualIDsFromProjectResult": "remove_iam2_virtual_ids_from_project_result",
    "RemoveIAM2VirtualIDsFromProjectsResult": "remove_iam2_virtual_ids_from_projects_result",
    "RemoveInstanceFromMonitorGroupResult": "remove_instance_from_monitor_group_result",
    "RemoveLabelFromAlarmResult": "remove_label_from_alarm_result",
    "RemoveLabelFromEventSubscriptionResult": "remove_label_from_event_subscription_result",
    "RemoveMdevDeviceSpecFromVmInstanceResult": "remove_mdev_device_spec_from_vm_instance_result",
    "RemoveMonFromCephBackupStorageResult": "remove_mon_from_ceph_backup_storage_result",
    "RemoveMonFromCephPrimaryStorageResult": "remove_mon_from_ceph_primary_storage_result",
    "RemovePciDeviceSpecFromVmInstanceResult": "remove_pci_device_spec_from_vm_instance_result",
    "RemovePolicyStatementsFromRoleResult": "remove_policy_statements_from_role_result",
    "RemoveRemoteCidrsFromIPsecConnectionResult": "remove_remote_cidrs_from_ipsec_connection_result",
    "RemoveRendezvousPointFromMulticastRouterResult": "remove_rendezvous_point_from_multicast_router_result",
    "RemoveResourcesFromDirectoryResult": "remove_resources_from_directory_result",
    "RemoveRolesFromIAM2VirtualIDGroupResult": "remove_roles_from_iam2_virtual_id_group_result",
    "RemoveRolesFromIAM2VirtualIDResult": "remove_roles_from_iam2_virtual_id_result",
    "RemoveSNSDingTalkAtPersonResult": "remove_sns_ding_talk_at_person_result",
    "RemoveSNSFeiShuAtPersonResult": "remove_sns_fei_shu_at_person_result",
    "RemoveSNSSmsReceiverResult": "remove_sns_sms_receiver_result",
    "RemoveSNSWeComAtPersonResult": "remove_sns_we_com_at_person_result",
    "RemoveSchedulerJobFromSchedulerTriggerResult": "remove_scheduler_job_from_scheduler_trigger_result",
    "RemoveSchedulerJobGroupFromSchedulerTriggerResult": "remove_scheduler_job_group_from_scheduler_trigger_result",
    "RemoveSchedulerJobsFromSchedulerJobGroupResult": "remove_scheduler_jobs_from_scheduler_job_group_result",
    "RemoveSdnControllerResult": "remove_sdn_controller_result",
    "RemoveServerGroupFromLoadBalancerListenerResult": "remove_server_group_from_load_balancer_listener_result",
    "RemoveTicketTypesFromTicketFlowCollectionResult": "remove_ticket_types_from_ticket_flow_collection_result",
    "RemoveUserFromGroupResult": "remove_user_from_group_result",
    "RemoveVRouterNetworksFromFlowMeterResult": "remove_v_router_networks_from_flow_meter_result",
    "RemoveVRouterNetworksFromOspfAreaResult": "remove_v_router_networks_from_ospf_area_result",
    "RemoveVmFromAffinityGroupResult": "remove_vm_from_affinity_group_result",
    "RemoveVmNicFromLoadBalancerResult": "remove_vm_nic_from_load_balancer_result",
    "RemoveVmSchedulingRuleResult": "remove_vm_scheduling_rule_result",
    "RenewSessionResult": "renew_session_result",
    "RequestConsoleAccessResult": "request_console_access_result",
    "RerunLongJobResult": "rerun_long_job_result",
    "ReservedIpRangeInventory": "reserved_ip_range_inventory",
    "ResetGlobalConfigResult": "reset_global_config_result",
    "ResetTemplateConfigResult": "reset_template_config_result",
    "ResetTwoFactorAuthenticationSecretResult": "reset_two_factor_authentication_secret_result",
    "ResizeDataVolumeResult": "resize_data_volume_result",
    "ResizeRootVolumeResult": "resize_root_volume_result",
    "ResourceBindableConfigStruct": "resource_bindable_config_struct",
    "ResourceConfigInventory": "resource_config_inventory",
    "ResourceConfigStruct": "resource_config_struct",
    "ResourceInventory": "resource_inventory",
    "ResourceStackInventory": "resource_stack_inventory",
    "ResourceStruct": "resource_struct",
    "RestartResourceStackResult": "restart_resource_stack_result",
    "Result": "result",
    "ResumeLongJobResult": "resume_long_job_result",
    "ResumeVmInstanceResult": "resume_vm_instance_result",
    "RevertSnapshotGroupResult": "revert_snapshot_group_result",
    "RevertTemplateConfigResult": "revert_template_config_result",
    "RevertVmFromCdpBackupResult": "revert_vm_from_cdp_backup_result",
    "RevertVmFromSnapshotGroupResult": "revert_vm_from_snapshot_group_result",
    "RevertVmFromVmBackupResult": "revert_vm_from_vm_backup_result",
    "RevertVolumeFromSnapshotResult": "revert_volume_from_snapshot_result",
    "RevertVolumeFromVolumeBackupResult": "revert_volume_from_volume_backup_result",
    "RevokeMonitorTemplateFromMonitorGroupResult": "revoke_monitor_template_from_monitor_group_result",
    "RevokeResourceSharingResult": "revoke_resource_sharing_result",
    "RoleInventory": "role_inventory",
    "RolePolicyRefInventory": "role_policy_ref_inventory",
    "RolePolicyStatementInventory": "role_policy_statement_inventory",
    "RouterAreaInventory": "router_area_inventory",
    "RunIAM2ScriptResult": "run_iam2_script_result",
    "RunSchedulerTriggerResult": "run_scheduler_trigger_result",
    "RunningTaskInfo": "running_task_info",
    "SNSAliyunSmsEndpointInventory": "sns_aliyun_sms_endpoint_inventory",
    "SNSApplicationEndpointInventory": "sns_application_endpoint_inventory",
    "SNSApplicationPlatformInventory": "sns_application_platform_inventory",
    "SNSDingTalkAtPersonInventory": "sns_ding_talk_at_person_inventory",
    "SNSDingTalkEndpointInventory": "sns_ding_talk_endpoint_inventory",
    "SNSDingTalkTestConnectionResult": "sns_ding_talk_test_connection_result",
    "SNSEmailAddressInventory": "sns_email_address_inventory",
    "SNSEmailTestConnectionResult": "sns_email_test_connection_result",
    "SNSFeiShuAtPersonInventory": "sns_fei_shu_at_person_inventory",
    "SNSFeiShuEndpointInventory": "sns_fei_shu_endpoint_inventory",
    "SNSFeiShuTestConnectionResult": "sns_fei_shu_test_connection_result",
    "SNSHttpEndpointInventory": "sns_http_endpoint_inventory",
    "SNSHttpTestConnectionResult": "sns_http_test_connection_result",
    "SNSMicrosoftTeamsEndpointInventory": "sns_microsoft_teams_endpoint_inventory",
    "SNSMicrosoftTeamsTestConnectionResult": "sns_microsoft_teams_test_connection_result",
    "SNSSmsReceiverInventory": "sns_sms_receiver_inventory",
    "SNSSnmpTestConnectionResult": "sns_snmp_test_connection_result",
    "SNSSubscriberInventory": "sns_subscriber_inventory",
    "SNSTextTemplateInventory": "sns_text_template_inventory",
    "SNSTopicInventory": "sns_topic_inventory",
    "SNSUniversalSmsEndpointInventory": "sns_universal_sms_endpoint_inventory",
    "SNSWeComAtPersonInventory": "sns_we_com_at_person_inventory",
    "SNSWeComEndpointInventory": "sns_we_com_endpoint_inventory",
    "SNSWeComTestConnectionResult": "sns_we_com_test_connection_result",
    "SSOClientInventory": "sso_client_inventory",
    "SSORedirectTemplateInventory": "sso_redirect_template_inventory",
    "SSOServerTokenInventory": "sso_server_token_inventory",
    "SchedulerInventory": "scheduler_inventory",
    "SchedulerJobGroupInventory": "scheduler_job_group_inventory",
    "SchedulerJobGroupSchedulerTriggerRefInventory": "scheduler_job_group_scheduler_trigger_ref_inventory",
    "SchedulerJobHistoryInventory": "scheduler_job_history_inventory",
    "SchedulerJobInventory": "scheduler_job_inventory",
    "SchedulerJobSchedulerTriggerInventory": "scheduler_job_scheduler_trigger_inventory",
    "SchedulerTriggerInventory": "scheduler_trigger_inventory",
    "ScsiLunClusterStatusInventory": "scsi_lun_cluster_status_inventory",
    "ScsiLunHostRefInventory": "scsi_lun_host_ref_inventory",
    "ScsiLunInventory": "scsi_lun_inventory",
    "ScsiLunVmInstanceRefInventory": "scsi_lun_vm_instance_ref_inventory",
    "SdnControllerAddHostResult": "sdn_controller_add_host_result",
    "SdnControllerChangeHostResult": "sdn_controller_change_host_result",
    "SdnControllerInventory": "sdn_controller_inventory",
    "SdnControllerRemoveHostResult": "sdn_controller_remove_host_result",
    "SdnVniRange": "sdn_vni_range",
    "SecretResourcePoolInventory": "secret_resource_pool_inventory",
    "SecurityGroupInventory": "security_group_inventory",
    "SecurityGroupRuleInventory": "security_group_rule_inventory",
    "SecurityMachineDetectSyncResult": "security_machine_detect_sync_result",
    "SecurityMachineEncryptResult": "security_machine_encrypt_result",
    "SecurityMachineInventory": "security_machine_inventory",
    "SelfTestLocalRaidResult": "self_test_local_raid_result",
    "Service": "service",
    "ServiceTypeStatisticData": "service_type_statistic_data",
    "SessionInventory": "session_inventory",
    "SetFlowMeterRouterIdResult": "set_flow_meter_router_id_result",
    "SetIAM2ProjectLoginExpiredResult": "set_iam2_project_login_expired_result",
    "SetIAM2ProjectRetirePolicyResult": "set_iam2_project_retire_policy_result",
    "SetImageBootModeResult": "set_image_boot_mode_result",
    "SetImageQgaResult": "set_image_qga_result",
    "SetImageSecurityLevelResult": "set_image_security_level_result",
    "SetImageStoreBackupStorageQuotaResult": "set_image_store_backup_storage_quota_result",
    "SetIpOnHostNetworkBondingResult": "set_ip_on_host_network_bonding_result",
    "SetIpOnHostNetworkInterfaceResult": "set_ip_on_host_network_interface_result",
    "SetL3NetworkMtuResult": "set_l3_network_mtu_result",
    "SetL3NetworkRouterInterfaceIpResult": "set_l3_network_router_interface_ip_result",
    "SetNicQosResult": "set_nic_qos_result",
    "SetOrganizationOperationResult": "set_organization_operation_result",
    "SetOrganizationSupervisorResult": "set_organization_supervisor_result",
    "SetSecurityMachineKeyResult": "set_security_machine_key_result",
    "SetServiceTypeOnHostNetworkBondingResult": "set_service_type_on_host_network_bonding_result",
    "SetServiceTypeOnHostNetworkInterfaceResult": "set_service_type_on_host_network_interface_result",
    "SetVRouterRouterIdResult": "set_v_router_router_id_result",
    "SetVipQosResult": "set_vip_qos_result",
    "SetVmBootModeResult": "set_vm_boot_mode_result",
    "SetVmBootOrderResult": "set_vm_boot_order_result",
    "SetVmBootVolumeResult": "set_vm_boot_volume_result",
    "SetVmCleanTrafficResult": "set_vm_clean_traffic_result",
    "SetVmClockTrackResult": "set_vm_clock_track_result",
    "SetVmConsoleModeResult": "set_vm_console_mode_result",
    "SetVmConsolePasswordResult": "set_vm_console_password_result",
    "SetVmEmulatorPinningResult": "set_vm_emulator_pinning_result",
    "SetVmHostnameResult": "set_vm_hostname_result",
    "SetVmInstanceDefaultCdRomResult": "set_vm_instance_default_cd_rom_result",
    "SetVmInstanceHaLevelResult": "set_vm_instance_ha_level_result",
    "SetVmInstanceHygonMdevResult": "set_vm_instance_hygon_mdev_result",
    "SetVmMonitorNumberResult": "set_vm_monitor_number_result",
    "SetVmNicSecurityGroupResult": "set_vm_nic_security_group_result",
    "SetVmNumaResult": "set_vm_numa_result",
    "SetVmQgaResult": "set_vm_qga_result",
    "SetVmQxlMemoryResult": "set_vm_qxl_memory_result",
    "SetVmRDPResult": "set_vm_rdp_result",
    "SetVmSecurityLevelResult": "set_vm_security_level_result",
    "SetVmSoundTypeResult": "set_vm_sound_type_result",
    "SetVmSshKeyResult": "set_vm_ssh_key_result",
    "SetVmStaticIpResult": "set_vm_static_ip_result",
    "SetVmUsbRedirectResult": "set_vm_usb_redirect_result",
    "SetVmUserDefinedXmlHookScriptResult": "set_vm_user_defined_xml_hook_script_result",
    "SetVmUserDefinedXmlResult": "set_vm_user_defined_xml_result",
    "SetVolumeIoThreadPinResult": "set_volume_io_thread_pin_result",
    "SetVolumeQosResult": "set_volume_qos_result",
    "SetVpcVRouterDistributedRoutingEnabledResult": "set_vpc_v_router_distributed_routing_enabled_result",
    "SetVpcVRouterNetworkServiceStateResult": "set_vpc_v_router_network_service_state_result",
    "SftpBackupStorageInventory": "sftp_backup_storage_inventory",
    "ShareResourceResult": "share_resource_result",
    "SharedBlockCandidateStruct": "shared_block_candidate_struct",
    "SharedBlockGroupPrimaryStorageHostRefInventory": "shared_block_group_primary_storage_host_ref_inventory",
    "SharedBlockGroupPrimaryStorageInventory": "shared_block_group_primary_storage_inventory",
    "SharedBlockInventory": "shared_block_inventory",
    "SharedResourceInventory": "shared_resource_inventory",
    "ShellResult": "shell_result",
    "ShrinkResult": "shrink_result",
    "ShrinkVolumeSnapshotResult": "shrink_volume_snapshot_result",
    "ShutdownHostResult": "shutdown_host_result",
    "SlbGroupInventory": "slb_group_inventory",
    "SlbGroupL3NetworkRefInventory": "slb_group_l3_network_ref_inventory",
    "SlbGroupMonitorIpInventory": "slb_group_monitor_ip_inventory",
    "SlbLoadBalancerInventory": "slb_load_balancer_inventory",
    "SlbOfferingInventory": "slb_offering_inventory",
    "SlbVmInstanceConfigTaskInventory": "slb_vm_instance_config_task_inventory",
    "SlbVmInstanceInventory": "slb_vm_instance_inventory",
    "SnapshotLeafInventory": "snapshot_leaf_inventory",
    "SnmpAgentInventory": "snmp_agent_inventory",
    "Spending": "spending",
    "SpendingDetails": "spending_details",
    "SshKeyPairInventory": "ssh_key_pair_inventory",
    "SshPrivateKeyPairInventory": "ssh_private_key_pair_inventory",
    "StackTemplateInventory": "stack_template_inventory",
    "StartBareMetal2InstanceResult": "start_bare_metal2_instance_result",
    "StartBaremetalInstanceResult": "start_baremetal_instance_result",
    "StartBaremetalPxeServerResult": "start_baremetal_pxe_server_result",
    "StartConnectionBetweenAliyunRouterInterfaceResult": "start_connection_between_aliyun_router_interface_result",
    "StartDataProtectionResult": "start_data_protection_result",
    "StartEcsInstanceResult": "start_ecs_instance_result",
    "StartSnmpAgentResult": "start_snmp_agent_result",
    "StartVmInstanceResult": "start_vm_instance_result",
    "StopAllResourcesInIAM2ProjectResult": "stop_all_resources_in_iam2_project_result",
    "StopBaremetalInstanceResult": "stop_baremetal_instance_result",
    "StopBaremetalPxeServerResult": "stop_baremetal_pxe_server_result",
    "StopEcsInstanceResult": "stop_ecs_instance_result",
    "StopSnmpAgentResult": "stop_snmp_agent_result",
    "StopVmInstanceResult": "stop_vm_instance_result",
    "SubmitLongJobResult": "submit_long_job_result",
    "SubscribeEventResult": "subscribe_event_result",
    "SubscribeSNSTopicResult": "subscribe_sns_topic_result",
    "SupportedResourceStruct": "supported_resource_struct",
    "SyncAliyunRouteEntryFromRemoteResult": "sync_aliyun_route_entry_from_remote_result",
    "SyncAliyunRouterInterfaceFromRemoteResult": "sync_aliyun_router_interface_from_remote_result",
    "SyncAliyunSnapshotRemoteResult": "sync_aliyun_snapshot_remote_result",
    "SyncAliyunVirtualRouterFromRemoteResult": "sync_aliyun_virtual_router_from_remote_result",
    "SyncBackupFromImageStoreBackupStorageResult": "sync_backup_from_image_store_backup_storage_result",
    "SyncBackupResult": "sync_backup_result",
    "SyncChronyServersResult": "sync_chrony_servers_result",
    "SyncConnectionAccessPointFromRemoteResult": "sync_connection_access_point_from_remote_result",
    "SyncDataCenterFromRemoteResult": "sync_data_center_from_remote_result",
    "SyncDatabaseBackupFromImageStoreBackupStorageResult": "sync_database_backup_from_image_store_backup_storage_result",
    "SyncDatabaseBackupResult": "sync_database_backup_result",
    "SyncDiskFromAliyunFromRemoteResult": "sync_disk_from_aliyun_from_remote_result",
    "SyncEcsImageFromRemoteResult": "sync_ecs_image_from_remote_result",
    "SyncEcsInstanceFromRemoteResult": "sync_ecs_instance_from_remote_result",
    "SyncEcsSecurityGroupFromRemoteResult": "sync_ecs_security_group_from_remote_result",
    "SyncEcsSecurityGroupRuleFromRemoteResult": "sync_ecs_security_group_rule_from_remote_result",
    "SyncEcsVSwitchFromRemoteResult": "sync_ecs_v_switch_from_remote_result",
    "SyncEcsVpcFromRemoteResult": "sync_ecs_vpc_from_remote_result",
    "SyncHybridEipFromRemoteResult": "sync_hybrid_eip_from_remote_result",
    "SyncIdentityFromRemoteResult": "sync_identity_from_remote_result",
    "SyncImageFromImageStoreBackupStorageResult": "sync_image_from_image_store_backup_storage_result",
    "SyncImageResult": "sync_image_result",
    "SyncImageSizeResult": "sync_image_size_result",
    "SyncLdapServerResult": "sync_ldap_server_result",
    "SyncNfvInstGroupResult": "sync_nfv_inst_group_result",
    "SyncPrimaryStorageCapacityResult": "sync_primary_storage_capacity_result",
    "SyncVCenterResult": "sync_v_center_result",
    "SyncVirtualBorderRouterFromRemoteResult": "sync_virtual_border_router_from_remote_result",
    "SyncVmBackupFromImageStoreBackupStorageResult": "sync_vm_backup_from_image_store_backup_storage_result",
    "SyncVmBackupResult": "sync_vm_backup_result",
    "SyncVmClockResult": "sync_vm_clock_result",
    "SyncVolumeBackupResult": "sync_volume_backup_result",
    "SyncVolumeSizeResult": "sync_volume_size_result",
    "SyncVpcUserVpnGatewayFromRemoteResult": "sync_vpc_user_vpn_gateway_from_remote_result",
    "SyncVpcVpnConnectionFromRemoteResult": "sync_vpc_vpn_connection_from_remote_result",
    "SyncVpcVpnGatewayFromRemoteResult": "sync_vpc_vpn_gateway_from_remote_result",
    "SyncZBoxCapacityResult": "sync_z_box_capacity_result",
    "SystemTagInventory": "system_tag_inventory",
    "TagPatternInventory": "tag_pattern_inventory",
    "TakeVmConsoleScreenshotResult": "take_vm_console_screenshot_result",
    "TaskProgressInventory": "task_progress_inventory",
    "Template": "template",
    "TemplateConfigInventory": "template_config_inventory",
    "TerminateVirtualBorderRouterRemoteResult": "terminate_virtual_border_router_remote_result",
    "ThirdpartyPlatformInventory": "thirdparty_platform_inventory",
    "TicketFlowCollectionInventory": "ticket_flow_collection_inventory",
    "TicketFlowInventory": "ticket_flow_inventory",
    "TicketInventory": "ticket_inventory",
    "TicketRequest": "ticket_request",
    "TicketStatusHistoryInventory": "ticket_status_history_inventory",
    "TicketTypeInventory": "ticket_type_inventory",
    "TokenIntrospectionResult": "token_introspection_result",
    "TrashCleanupResult": "trash_cleanup_result",
    "TriggerGCJobResult": "trigger_gc_job_result",
    "TwoFactorAuthenticationInventory": "two_factor_authentication_inventory",
    "TwoFactorAuthenticationSecretInventory": "two_factor_authentication_secret_inventory",
    "UndoSnapshotCreationResult": "undo_snapshot_creation_result",
    "UnexportNbdVolumesResult": "unexport_nbd_volumes_result",
    "UngenerateHygonMdevDevicesResult": "ungenerate_hygon_mdev_devices_result",
    "UngenerateMdevDevicesResult": "ungenerate_mdev_devices_result",
    "UngenerateSeMdevDevicesResult": "ungenerate_se_mdev_devices_result",
    "UngenerateSriovPciDevicesResult": "ungenerate_sriov_pci_devices_result",
    "UngroupVolumeSnapshotGroupResult": "ungroup_volume_snapshot_group_result",
    "UnlockIdentityResult": "unlock_identity_result",
    "UnmountVmInstanceRecoveryPointResult": "unmount_vm_instance_recovery_point_result",
    "UnprotectVmInstanceRecoveryPointResult": "unprotect_vm_instance_recovery_point_result",
    "UnsubscribeEventResult": "unsubscribe_event_result",
    "UnsubscribeSNSTopicResult": "unsubscribe_sns_topic_result",
    "UpdateAccessControlRuleResult": "update_access_control_rule_result",
    "UpdateAccountResult": "update_account_result",
    "UpdateActiveAlarmTemplateResult": "update_active_alarm_template_result",
    "UpdateAffinityGroupResult": "update_affinity_group_result",
    "UpdateAlarmDataResult": "update_alarm_data_result",
    "UpdateAlarmLabelResult": "update_alarm_label_result",
    "UpdateAlarmResult": "update_alarm_result",
    "UpdateAlertDataAckResult": "update_alert_data_ack_result",
    "UpdateAliyunDiskResult": "update_aliyun_disk_result",
    "UpdateAliyunEbsBackupStorageResult": "update_aliyun_ebs_backup_storage_result",
    "UpdateAliyunEbsPrimaryStorageResult": "update_aliyun_ebs_primary_storage_result",
    "UpdateAliyunKeySecretResult": "update_aliyun_key_secret_result",
    "UpdateAliyunMountTargetResult": "update_aliyun_mount_target_result",
    "UpdateAliyunNasAccessGroupResult": "update_aliyun_nas_access_group_result",
    "UpdateAliyunPanguPartitionResult": "update_aliyun_pangu_partition_result",
    "UpdateAliyunProxyVSwitchResult": "update_aliyun_proxy_v_switch_result",
    "UpdateAliyunProxyVpcResult": "update_aliyun_proxy_vpc_result",
    "UpdateAliyunRouteInterfaceRemoteResult": "update_aliyun_route_interface_remote_result",
    "UpdateAliyunSmsSNSTextTemplateResult": "update_aliyun_sms_sns_text_template_result",
    "UpdateAliyunSnapshotResult": "update_aliyun_snapshot_result",
    "UpdateAliyunVirtualRouterResult": "update_aliyun_virtual_router_result",
    "UpdateAppBuildSystemResult": "update_app_build_system_result",
    "UpdateAtPersonOfAtDingTalkEndpointResult": "update_at_person_of_at_ding_talk_endpoint_result",
    "UpdateAtPersonOfAtFeiShuEndpointResult": "update_at_person_of_at_fei_shu_endpoint_result",
    "UpdateAtPersonOfAtWeComEndpointResult": "update_at_person_of_at_we_com_endpoint_result",
    "UpdateAutoScalingGroupAddingNewInstanceRuleResult": "update_auto_scaling_group_adding_new_instance_rule_result",
    "UpdateAutoScalingGroupInstanceResult": "update_auto_scaling_group_instance_result",
    "UpdateAutoScalingGroupRemovalInstanceRuleResult": "update_auto_scaling_group_removal_instance_rule_result",
    "UpdateAutoScalingGroupResult": "update_auto_scaling_group_result",
    "UpdateAutoScalingRuleResult": "update_auto_scaling_rule_result",
    "UpdateAutoScalingVmTemplateResult": "update_auto_scaling_vm_template_result",
    "UpdateBackupStorageResult": "update_backup_storage_result",
    "UpdateBareMetal2ChassisOfferingResult": "update_bare_metal2_chassis_offering_result",
    "UpdateBareMetal2ChassisPciDeviceResult": "update_bare_metal2_chassis_pci_device_result",
    "UpdateBareMetal2ChassisResult": "update_bare_metal2_chassis_result",
    "UpdateBareMetal2GatewayResult": "update_bare_metal2_gateway_result",
    "UpdateBareMetal2InstanceResult": "update_bare_metal2_instance_result",
    "UpdateBareMetal2IpmiChassisResult": "update_bare_metal2_ipmi_chassis_result",
    "UpdateBareMetal2ProvisionNetworkResult": "update_bare_metal2_provision_network_result",
    "UpdateBaremetalChassisResult": "update_baremetal_chassis_result",
    "UpdateBaremetalInstanceResult": "update_baremetal_instance_result",
    "UpdateBaremetalPxeServerResult": "update_baremetal_pxe_server_result",
    "UpdateBlockPrimaryStorageResult": "update_block_primary_storage_result",
    "UpdateBlockVolumeResult": "update_block_volume_result",
    "UpdateBondingResult": "update_bonding_result",
    "UpdateBuildAppResult": "update_build_app_result",
    "UpdateCCSCertificateUserStateResult": "update_ccs_certificate_user_state_result",
    "UpdateCSPSecretResourcePoolResult": "update_csp_secret_resource_pool_result",
    "UpdateCasClientResult": "update_cas_client_result",
    "UpdateCdpPolicyResult": "update_cdp_policy_result",
    "UpdateCdpTaskResult": "update_cdp_task_result",
    "UpdateCephBackupStorageMonResult": "update_ceph_backup_storage_mon_result",
    "UpdateCephPrimaryStorageMonResult": "update_ceph_primary_storage_mon_result",
    "UpdateCephPrimaryStoragePoolResult": "update_ceph_primary_storage_pool_result",
    "UpdateCertificateResult": "update_certificate_result",
    "UpdateChronyServersResult": "update_chrony_servers_result",
    "UpdateClusterDRSResult": "update_cluster_drs_result",
    "UpdateClusterOSResult": "update_cluster_os_result",
    "UpdateClusterResult": "update_cluster_result",
    "UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult": "update_connection_between_l3_net_work_and_aliyun_v_switch_result",
    "UpdateConsolePasswordResult": "update_console_password_result",
    "UpdateConsoleProxyAgentResult": "update_console_proxy_agent_result",
    "UpdateDirectoryResult": "update_directory_result",
    "UpdateDiskOfferingResult": "update_disk_offering_result",
    "UpdateEcsImageResult": "update_ecs_image_result",
    "UpdateEcsInstanceResult": "update_ecs_instance_result",
    "UpdateEcsInstanceVncPasswordResult": "update_ecs_instance_vnc_password_result",
    "UpdateEcsSecurityGroupResult": "update_ecs_security_group_result",
    "UpdateEcsVSwitchResult": "update_ecs_v_switch_result",
    "UpdateEcsVpcResult": "update_ecs_vpc_result",
    "UpdateEipResult": "update_eip_result",
    "UpdateEmailAddressOfSNSEmailEndpointResult": "update_email_address_of_sns_email_endpoint_result",
    "UpdateEmailMediaResult": "update_email_media_result",
    "UpdateEmailMonitorTriggerActionResult": "update_email_monitor_trigger_action_result",
    "UpdateEventDataResult": "update_event_data_result",
    "UpdateEventRuleTemplateResult": "update_event_rule_template_result",
    "UpdateEventSubscriptionLabelResult": "update_event_subscription_label_result",
    "UpdateExternalPrimaryStorageResult": "update_external_primary_storage_result",
    "UpdateFactoryModeStateResult": "update_factory_mode_state_result",
    "UpdateFiSecSecretResourcePoolResult": "update_fi_sec_secret_resource_pool_result",
    "UpdateFiSecSecurityMachineResult": "update_fi_sec_security_machine_result",
    "UpdateFirewallIpSetTemplateResult": "update_firewall_ip_set_template_result",
    "UpdateFirewallRuleResult": "update_firewall_rule_result",
    "UpdateFirewallRuleSetResult": "update_firewall_rule_set_result",
    "UpdateFirewallRuleTemplateResult": "update_firewall_rule_template_result",
    "UpdateFlkSecSecretResourcePoolResult": "update_flk_sec_secret_resource_pool_result",
    "UpdateFlkSecSecurityMachineResult": "update_flk_sec_security_machine_result",
    "UpdateFlowCollectorResult": "update_flow_collector_result",
    "UpdateFlowMeterResult": "update_flow_meter_result",
    "UpdateGlobalConfigResult": "update_global_config_result",
    "UpdateGuestToolsStateResult": "update_guest_tools_state_result",
    "UpdateGuestVmScriptResult": "update_guest_vm_script_result",
    "UpdateHaStrategyConditionResult": "update_ha_strategy_condition_result",
    "UpdateHostIommuStateResult": "update_host_iommu_state_result",
    "UpdateHostIpmiResult": "update_host_ipmi_result",
    "UpdateHostNetworkInterfaceResult": "update_host_network_interface_result",
    "UpdateHostNetworkServiceTypeResult": "update_host_network_service_type_result",
    "UpdateHostResult": "update_host_result",
    "UpdateHostSchedulingRuleGroupResult": "update_host_scheduling_rule_group_result",
    "UpdateHybridEipResult": "update_hybrid_eip_result",
    "UpdateHybridKeySecretResult": "update_hybrid_key_secret_result",
    "UpdateIAM2OrganizationAttributeResult": "update_iam2_organization_attribute_result",
    "UpdateIAM2OrganizationResult": "update_iam2_organization_result",
    "UpdateIAM2ProjectAttributeResult": "update_iam2_project_attribute_result",
    "UpdateIAM2ProjectResult": "update_iam2_project_result",
    "UpdateIAM2ProjectTemplateResult": "update_iam2_project_template_result",
    "UpdateIAM2TicketFlowCollectionResult": "update_iam2_ticket_flow_collection_result",
    "UpdateIAM2TicketFlowResult": "update_iam2_ticket_flow_result",
    "UpdateIAM2VirtualIDAttributeResult": "update_iam2_virtual_id_attribute_result",
    "UpdateIAM2VirtualIDGroupAttributeResult": "update_iam2_virtual_id_group_attribute_result",
    "UpdateIAM2VirtualIDGroupResult": "update_iam2_virtual_id_group_result",
    "UpdateIAM2VirtualIDResult": "update_iam2_virtual_id_result",
    "UpdateIPsecConnectionResult": "update_ipsec_connection_result",
    "UpdateImagePackageResult": "update_image_package_result",
    "UpdateImageResult": "update_image_result",
    "UpdateImageStoreBackupStorageResult": "update_image_store_backup_storage_result",
    "UpdateInfoSecSecretResourcePoolResult": "update_info_sec_secret_resource_pool_result",
    "UpdateInfoSecSecurityMachineResult": "update_info_sec_security_machine_result",
    "UpdateInstanceOfferingResult": "update_instance_offering_result",
    "UpdateIpRangeResult": "update_ip_range_result",
    "UpdateIscsiServerResult": "update_iscsi_server_result",
    "UpdateJitSecurityMachineResult": "update_jit_security_machine_result",
    "UpdateKVMHostResult": "update_kvm_host_result",
    "UpdateL2NetworkResult": "update_l2_network_result",
    "UpdateL3NetworkResult": "update_l3_network_result",
    "UpdateLdapServerResult": "update_ldap_server_result",
    "UpdateLicenseResult": "update_license_result",
    "UpdateLoadBalancerListenerResult": "update_load_balancer_listener_result",
    "UpdateLoadBalancerResult": "update_load_balancer_result",
    "UpdateLoadBalancerServerGroupResult": "update_load_balancer_server_group_result",
    "UpdateLogConfigurationResult": "update_log_configuration_result",
    "UpdateLogServerResult": "update_log_server_result",
    "UpdateLongJobResult": "update_long_job_result",
    "UpdateMdevDeviceResult": "update_mdev_device_result",
    "UpdateMdevDeviceSpecResult": "update_mdev_device_spec_result",
    "UpdateMetricRuleTemplateResult": "update_metric_rule_template_result",
    "UpdateMonitorGroupResult": "update_monitor_group_result",
    "UpdateMonitorTemplateResult": "update_monitor_template_result",
    "UpdateMonitorTriggerResult": "update_monitor_trigger_result",
    "UpdateNasFileSystemResult": "update_nas_file_system_result",
    "UpdateNasMountTargetResult": "update_nas_mount_target_result",
    "UpdateNfvInstGroupResult": "update_nfv_inst_group_result",
    "UpdateOAuthClientResult": "update_o_auth_client_result",
    "UpdateOrganizationQuotaResult": "update_organization_quota_result",
    "UpdateOssBucketResult": "update_oss_bucket_result",
    "UpdatePciDeviceResult": "update_pci_device_result",
    "UpdatePciDeviceSpecResult": "update_pci_device_spec_result",
    "UpdatePolicyRouteRuleSetResult": "update_policy_route_rule_set_result",
    "UpdatePortForwardingRuleResult": "update_port_forwarding_rule_result",
    "UpdatePortMirrorResult": "update_port_mirror_result",
    "UpdatePreconfigurationTemplateResult": "update_preconfiguration_template_result",
    "UpdatePriceTableResult": "update_price_table_result",
    "UpdatePrimaryStorageResult": "update_primary_storage_result",
    "UpdatePriorityConfigResult": "update_priority_config_result",
    "UpdatePublishAppResult": "update_publish_app_result",
    "UpdateQuotaResult": "update_quota_result",
    "UpdateResourceConfigResult": "update_resource_config_result",
    "UpdateResourceConfigsResult": "update_resource_configs_result",
    "UpdateResourcePriceResult": "update_resource_price_result",
    "UpdateResourceStackResult": "update_resource_stack_result",
    "UpdateRoleResult": "update_role_result",
    "UpdateSNSApplicationEndpointResult": "update_sns_application_endpoint_result",
    "UpdateSNSApplicationPlatformResult": "update_sns_application_platform_result",
    "UpdateSNSDingTalkEndpointResult": "update_sns_ding_talk_endpoint_result",
    "UpdateSNSFeiShuEndpointResult": "update_sns_fei_shu_endpoint_result",
    "UpdateSNSHttpEndpointResult": "update_sns_http_endpoint_result",
    "UpdateSNSMicrosoftTeamsEndpointResult": "update_sns_microsoft_teams_endpoint_result",
    "UpdateSNSSnmpPlatformResult": "update_sns_snmp_platform_result",
    "UpdateSNSTextTemplateResult": "update_sns_text_template_result",
    "UpdateSNSTopicResult": "update_sns_topic_result",
    "UpdateSNSUniversalSmsEndpointResult": "update_sns_universal_sms_endpoint_result",
    "UpdateSNSWeComEndpointResult": "update_sns_we_com_endpoint_result",
    "UpdateSSORedirectTemplateResult": "update_sso_redirect_template_result",
    "UpdateSanSecSecretResourcePoolResult": "update_san_sec_secret_resource_pool_result",
    "UpdateSanSecSecurityMachineResult": "update_san_sec_security_machine_result",
    "UpdateSchedulerJobGroupResult": "update_scheduler_job_group_result",
    "UpdateSchedulerJobResult": "update_scheduler_job_result",
    "UpdateSchedulerTriggerResult": "update_scheduler_trigger_result",
    "UpdateScsiLunResult": "update_scsi_lun_result",
    "UpdateSdnControllerResult": "update_sdn_controller_result",
    "UpdateSecretResourcePoolResult": "update_secret_resource_pool_result",
    "UpdateSecurityGroupResult": "update_security_group_result",
    "UpdateSecurityGroupRulePriorityResult": "update_security_group_rule_priority_result",
    "UpdateSecurityMachineResult": "update_security_machine_result",
    "UpdateSftpBackupStorageResult": "update_sftp_backup_storage_result",
    "UpdateSharedBlockResult": "update_shared_block_result",
    "UpdateSlbGroupResult": "update_slb_group_result",
    "UpdateSnmpAgentResult": "update_snmp_agent_result",
    "UpdateSshKeyPairResult": "update_ssh_key_pair_result",
    "UpdateStackTemplateResult": "update_stack_template_result",
    "UpdateSubscribeEventResult": "update_subscribe_event_result",
    "UpdateSystemTagResult": "update_system_tag_result",
    "UpdateTagResult": "update_tag_result",
    "UpdateTemplateConfigResult": "update_template_config_result",
    "UpdateThirdpartyAlertsResult": "update_thirdparty_alerts_result",
    "UpdateThirdpartyPlatformResult": "update_thirdparty_platform_result",
    "UpdateTicketRequestResult": "update_ticket_request_result",
    "UpdateUsbDeviceResult": "update_usb_device_result",
    "UpdateUserGroupResult": "update_user_group_result",
    "UpdateUserResult": "update_user_result",
    "UpdateV2VConversionHostResult": "update_v2_v_conversion_host_result",
    "UpdateVCenterResult": "update_v_center_result",
    "UpdateVRouterOspfAreaResult": "update_v_router_ospf_area_result",
    "UpdateVRouterRouteTableResult": "update_v_router_route_table_result",
    "UpdateVipResult": "update_vip_result",
    "UpdateVirtualBorderRouterRemoteResult": "update_virtual_border_router_remote_result",
    "UpdateVirtualRouterOfferingResult": "update_virtual_router_offering_result",
    "UpdateVirtualRouterResult": "update_virtual_router_result",
    "UpdateVirtualRouterSoftwareVersionResult": "update_virtual_router_software_version_result",
    "UpdateVmCdRomResult": "update_vm_cd_rom_result",
    "UpdateVmInstanceResult": "update_vm_instance_result",
    "UpdateVmNetworkConfigResult": "update_vm_network_config_result",
    "UpdateVmNicDriverResult": "update_vm_nic_driver_result",
    "UpdateVmNicMacResult": "update_vm_nic_mac_result",
    "UpdateVmPriorityResult": "update_vm_priority_result",
    "UpdateVmSchedulingRuleGroupResult": "update_vm_scheduling_rule_group_result",
    "UpdateVmSchedulingRuleResult": "update_vm_scheduling_rule_result",
    "UpdateVmUserDefinedXmlHookScriptResult": "update_vm_user_defined_xml_hook_script_result",
    "UpdateVniRangeResult": "update_vni_range_result",
    "UpdateVolumeResult": "update_volume_result",
    "UpdateVolumeSnapshotGroupResult": "update_volume_snapshot_group_result",
    "UpdateVolumeSnapshotResult": "update_volume_snapshot_result",
    "UpdateVpcFirewallResult": "update_vpc_firewall_result",
    "UpdateVpcHaGroupResult": "update_vpc_ha_group_result",
    "UpdateVpcSharedQosResult": "update_vpc_shared_qos_result",
    "UpdateVpcUserVpnGatewayResult": "update_vpc_user_vpn_gateway_result",
    "UpdateVpcVpnConnectionRemoteResult": "update_vpc_vpn_connection_remote_result",
    "UpdateVpcVpnGatewayResult": "update_vpc_vpn_gateway_result",
    "UpdateWebhookResult": "update_webhook_result",
    "UpdateXskyBlockVolumeResult": "update_xsky_block_volume_result",
    "UpdateZoneResult": "update_zone_result",
    "UpgradeBackupStorageCdpTasksResult": "upgrade_backup_storage_cdp_tasks_result",
    "UploadFileToVmResult": "upload_file_to_vm_result",
    "UsageReport": "usage_report",
    "UsbDeviceInventory": "usb_device_inventory",
    "UsedIp": "used_ip",
    "UsedIpInventory": "used_ip_inventory",
    "UserGroupInventory": "user_group_inventory",
    "UserInventory": "user_inventory",
    "UserTagInventory": "user_tag_inventory",
    "V2VConversionHostInventory": "v2_v_conversion_host_inventory",
    "VCenterClusterInventory": "v_center_cluster_inventory",
    "VCenterInventory": "v_center_inventory",
    "VCenterResourcePoolInventory": "v_center_resource_pool_inventory",
    "VCenterResourcePoolUsageInventory": "v_center_resource_pool_usage_inventory",
    "VRouterRouteEntryAO": "v_router_route_entry_ao",
    "VRouterRouteEntryInventory": "v_router_route_entry_inventory",
    "VRouterRouteTableInventory": "v_router_route_table_inventory",
    "ValidateClusterSupportDRSResult": "validate_cluster_support_drs_result",
    "ValidateDiskOfferingUserConfigResult": "validate_disk_offering_user_config_result",
    "ValidateInstanceOfferingUserConfigResult": "validate_instance_offering_user_config_result",
    "ValidatePasswordResult": "validate_password_result",
    "ValidatePriceUserConfigResult": "validate_price_user_config_result",
    "ValidateSNSAliyunSmsEndpointResult": "validate_sns_aliyun_sms_endpoint_result",
    "ValidateSNSEmailPlatformResult": "validate_sns_email_platform_result",
    "ValidateSNSUniversalSmsEndpointResult": "validate_sns_universal_sms_endpoint_result",
    "ValidateSecurityGroupRuleResult": "validate_security_group_rule_result",
    "ValidateSessionResult": "validate_session_result",
    "ValidateVmSchedulingRuleResult": "validate_vm_scheduling_rule_result",
    "ValidateVolumeSnapshotChainResult": "validate_volume_snapshot_chain_result",
    "VdiPortInfo": "vdi_port_info",
    "VipInventory": "vip_inventory",
    "VipNetworkServicesRefInventory": "vip_network_services_ref_inventory",
    "VipPortRangeInventory": "vip_port_range_inventory",
    "VipQosInventory": "vip_qos_inventory",
    "VirtualBorderRouterInventory": "virtual_border_router_inventory",
    "VirtualRouterOfferingInventory": "virtual_router_offering_inventory",
    "VirtualRouterSoftwareVersionInventory": "virtual_router_software_version_inventory",
    "VirtualRouterVRouterRouteTableRefInventory": "virtual_router_v_router_route_table_ref_inventory",
    "VirtualRouterVmInventory": "virtual_router_vm_inventory",
    "VirtualizerInfo": "virtualizer_info",
    "VirtualizerInfoInventory": "virtualizer_info_inventory",
    "VmCapabilities": "vm_capabilities",
    "VmCdRom": "vm_cd_rom",
    "VmCdRomInventory": "vm_cd_rom_inventory",
    "VmInstanceDeviceAddressArchiveInventory": "vm_instance_device_address_archive_inventory",
    "VmInstanceDeviceAddressGroupInventory": "vm_instance_device_address_group_inventory",
    "VmInstanceInventory": "vm_instance_inventory",
    "VmInstanceMdevDeviceSpecRefInventory": "vm_instance_mdev_device_spec_ref_inventory",
    "VmInstancePciDeviceSpecRefInventory": "vm_instance_pci_device_spec_ref_inventory",
    "VmNic": "vm_nic",
    "VmNicInventory": "vm_nic_inventory",
    "VmNicSecurityGroupRefInventory": "vm_nic_security_group_ref_inventory",
    "VmNicSecurityPolicyInventory": "vm_nic_security_policy_inventory",
    "VmPriorityConfigInventory": "vm_priority_config_inventory",
    "VmSchedHistoryInventory": "vm_sched_history_inventory",
    "VmSchedulingRuleGroupInventory": "vm_scheduling_rule_group_inventory",
    "VmSchedulingRuleInventory": "vm_scheduling_rule_inventory",
    "VmVfNicInventory": "vm_vf_nic_inventory",
    "VniRange": "vni_range",
    "VniRangeInventory": "vni_range_inventory",
    "VolumeBackupInventory": "volume_backup_inventory",
    "VolumeBackupStorageRefInventory": "volume_backup_storage_ref_inventory",
    "VolumeFormatReplyStruct": "volume_format_reply_struct",
    "VolumeInventory": "volume_inventory",
    "VolumeSnapshotBackupStorageRefInventory": "volume_snapshot_backup_storage_ref_inventory",
    "VolumeSnapshotGroupAvailability": "volume_snapshot_group_availability",
    "VolumeSnapshotGroupInventory": "volume_snapshot_group_inventory",
    "VolumeSnapshotGroupRefInventory": "volume_snapshot_group_ref_inventory",
    "VolumeSnapshotInventory": "volume_snapshot_inventory",
    "VolumeSnapshotTreeInventory": "volume_snapshot_tree_inventory",
    "VpcFirewallInventory": "vpc_firewall_inventory",
    "VpcFirewallIpSetTemplateInventory": "vpc_firewall_ip_set_template_inventory",
    "VpcFirewallRuleInventory": "vpc_firewall_rule_inventory",
    "VpcFirewallRuleSetInventory": "vpc_firewall_rule_set_inventory",
    "VpcFirewallRuleSetL3RefInventory": "vpc_firewall_rule_set_l3_ref_inventory",
    "VpcFirewallRuleTemplateInventory": "vpc_firewall_rule_template_inventory",
    "VpcFirewallVRouterRefInventory": "vpc_firewall_v_router_ref_inventory",
    "VpcHaGroupApplianceVmRefInventory": "vpc_ha_group_appliance_vm_ref_inventory",
    "VpcHaGroupInventory": "vpc_ha_group_inventory",
    "VpcHaGroupMonitorIpInventory": "vpc_ha_group_monitor_ip_inventory",
    "VpcHaGroupNetworkServiceRefInventory": "vpc_ha_group_network_service_ref_inventory",
    "VpcHaGroupVipRefInventory": "vpc_ha_group_vip_ref_inventory",
    "VpcRouterDnsInventory": "vpc_router_dns_inventory",
    "VpcRouterVmInventory": "vpc_router_vm_inventory",
    "VpcSharedQosInventory": "vpc_shared_qos_inventory",
    "VpcUserVpnGatewayInventory": "vpc_user_vpn_gateway_inventory",
    "VpcVirtualRouteEntryInventory": "vpc_virtual_route_entry_inventory",
    "VpcVirtualRouterInventory": "vpc_virtual_router_inventory",
    "VpcVpnConnectionInventory": "vpc_vpn_connection_inventory",
    "VpcVpnGatewayInventory": "vpc_vpn_gateway_inventory",
    "VpcVpnIkeConfigInventory": "vpc_vpn_ike_config_inventory",
    "VpcVpnIkeConfigStruct": "vpc_vpn_ike_config_struct",
    "VpcVpnIpSecConfigInventory": "vpc_vpn_ip_sec_config_inventory",
    "VpcVpnIpSecConfigStruct": "vpc_vpn_ip_sec_config_struct",
    "VtepInventory": "vtep_inventory",
    "VxlanPool": "vxlan_pool",
    "WebhookInventory": "webhook_inventory",
    "XmlHookInventory": "xml_hook_inventory",
    "ZBoxInventory": "z_box_inventory",
    "ZQLQueryResult": "zql_query_result",
    "ZQLQueryReturn": "zql_query_return",
    "ZoneInventory": "zone_inventory",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
