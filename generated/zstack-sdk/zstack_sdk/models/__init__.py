"""Result models, imported on first use: ``from zstack_sdk.models import X`` loads
only X's module (and the models it refers to), never all 1446."""

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
    from .access_key_state import AccessKeyState as AccessKeyState
    from .account_billing_inventory import AccountBillingInventory as AccountBillingInventory
    from .account_inventory import AccountInventory as AccountInventory
    from .account_price_table_ref_inventory import (
        AccountPriceTableRefInventory as AccountPriceTableRefInventory,
    )
    from .account_resource_ref_inventory import (
        AccountResourceRefInventory as AccountResourceRefInventory,
    )
    from .ack_alarm_data_result import AckAlarmDataResult as AckAlarmDataResult
    from .acl_ref import AclRef as AclRef
    from .action import Action as Action
    from .action_type import ActionType as ActionType
    from .active_alarm_template_inventory import (
        ActiveAlarmTemplateInventory as ActiveAlarmTemplateInventory,
    )
    from .add_access_control_list_entry_result import (
        AddAccessControlListEntryResult as AddAccessControlListEntryResult,
    )
    from .add_access_control_list_redirect_rule_result import (
        AddAccessControlListRedirectRuleResult as AddAccessControlListRedirectRuleResult,
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
    from .add_aliyun_pangu_partition_result import (
        AddAliyunPanguPartitionResult as AddAliyunPanguPartitionResult,
    )
    from .add_app_build_system_result import AddAppBuildSystemResult as AddAppBuildSystemResult
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
    from .add_fi_sec_security_machine_result import (
        AddFiSecSecurityMachineResult as AddFiSecSecurityMachineResult,
    )
    from .add_host_route_to_l3_network_result import (
        AddHostRouteToL3NetworkResult as AddHostRouteToL3NetworkResult,
    )
    from .add_iam2_ticket_flow_result import AddIAM2TicketFlowResult as AddIAM2TicketFlowResult
    from .add_identity_zone_from_remote_result import (
        AddIdentityZoneFromRemoteResult as AddIdentityZoneFromRemoteResult,
    )
    from .add_image_result import AddImageResult as AddImageResult
    from .add_instance_to_monitor_group_result import (
        AddInstanceToMonitorGroupResult as AddInstanceToMonitorGroupResult,
    )
    from .add_ip_range_result import AddIpRangeResult as AddIpRangeResult
    from .add_ipv6_range_result import AddIpv6RangeResult as AddIpv6RangeResult
    from .add_iscsi_server_result import AddIscsiServerResult as AddIscsiServerResult
    from .add_kvm_host_from_config_file_result import (
        AddKVMHostFromConfigFileResult as AddKVMHostFromConfigFileResult,
    )
    from .add_kvm_host_from_config_file_result2 import (
        AddKVMHostFromConfigFileResult2 as AddKVMHostFromConfigFileResult2,
    )
    from .add_kvm_host_result import AddKVMHostResult as AddKVMHostResult
    from .add_label_to_event_subscription_result import (
        AddLabelToEventSubscriptionResult as AddLabelToEventSubscriptionResult,
    )
    from .add_ldap_server_result import AddLdapServerResult as AddLdapServerResult
    from .add_log_configuration_result import AddLogConfigurationResult as AddLogConfigurationResult
    from .add_log_server_result import AddLogServerResult as AddLogServerResult
    from .add_mdev_device_spec_to_vm_instance_result import (
        AddMdevDeviceSpecToVmInstanceResult as AddMdevDeviceSpecToVmInstanceResult,
    )
    from .add_metric_rule_template_result import (
        AddMetricRuleTemplateResult as AddMetricRuleTemplateResult,
    )
    from .add_mon_to_ceph_backup_storage_result import (
        AddMonToCephBackupStorageResult as AddMonToCephBackupStorageResult,
    )
    from .add_nvme_server_result import AddNvmeServerResult as AddNvmeServerResult
    from .add_oss_bucket_from_remote_result import (
        AddOssBucketFromRemoteResult as AddOssBucketFromRemoteResult,
    )
    from .add_pci_device_spec_to_vm_instance_result import (
        AddPciDeviceSpecToVmInstanceResult as AddPciDeviceSpecToVmInstanceResult,
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
    from .add_scheduler_job_group_to_scheduler_trigger_result import (
        AddSchedulerJobGroupToSchedulerTriggerResult as AddSchedulerJobGroupToSchedulerTriggerResult,
    )
    from .add_scheduler_job_to_scheduler_trigger_result import (
        AddSchedulerJobToSchedulerTriggerResult as AddSchedulerJobToSchedulerTriggerResult,
    )
    from .add_sdn_controller_result import AddSdnControllerResult as AddSdnControllerResult
    from .add_security_group_rule_result import (
        AddSecurityGroupRuleResult as AddSecurityGroupRuleResult,
    )
    from .add_server_group_to_load_balancer_listener_result import (
        AddServerGroupToLoadBalancerListenerResult as AddServerGroupToLoadBalancerListenerResult,
    )
    from .add_shared_block_group_primary_storage_result import (
        AddSharedBlockGroupPrimaryStorageResult as AddSharedBlockGroupPrimaryStorageResult,
    )
    from .add_shared_block_to_shared_block_group_result import (
        AddSharedBlockToSharedBlockGroupResult as AddSharedBlockToSharedBlockGroupResult,
    )
    from .add_simulator_host_result import AddSimulatorHostResult as AddSimulatorHostResult
    from .add_sns_ding_talk_at_person_result import (
        AddSNSDingTalkAtPersonResult as AddSNSDingTalkAtPersonResult,
    )
    from .add_sns_fei_shu_at_person_result import (
        AddSNSFeiShuAtPersonResult as AddSNSFeiShuAtPersonResult,
    )
    from .add_sns_sms_receiver_inventory import (
        AddSNSSmsReceiverInventory as AddSNSSmsReceiverInventory,
    )
    from .add_sns_sms_receiver_result import AddSNSSmsReceiverResult as AddSNSSmsReceiverResult
    from .add_sns_we_com_at_person_result import (
        AddSNSWeComAtPersonResult as AddSNSWeComAtPersonResult,
    )
    from .add_stack_template_result import AddStackTemplateResult as AddStackTemplateResult
    from .add_thirdparty_platform_result import (
        AddThirdpartyPlatformResult as AddThirdpartyPlatformResult,
    )
    from .add_v2_v_conversion_host_result import (
        AddV2VConversionHostResult as AddV2VConversionHostResult,
    )
    from .add_v_center_result import AddVCenterResult as AddVCenterResult
    from .add_v_router_networks_to_ospf_area_result import (
        AddVRouterNetworksToOspfAreaResult as AddVRouterNetworksToOspfAreaResult,
    )
    from .add_v_router_route_entry_result import (
        AddVRouterRouteEntryResult as AddVRouterRouteEntryResult,
    )
    from .add_vm_to_affinity_group_result import (
        AddVmToAffinityGroupResult as AddVmToAffinityGroupResult,
    )
    from .add_z_box_result import AddZBoxResult as AddZBoxResult
    from .address_pool_inventory import AddressPoolInventory as AddressPoolInventory
    from .affinity_group_inventory import AffinityGroupInventory as AffinityGroupInventory
    from .alarm_inventory import AlarmInventory as AlarmInventory
    from .alarm_label_inventory import AlarmLabelInventory as AlarmLabelInventory
    from .alarm_status import AlarmStatus as AlarmStatus
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
    from .attach_aliyun_disk_to_ecs_result import (
        AttachAliyunDiskToEcsResult as AttachAliyunDiskToEcsResult,
    )
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
    from .attach_data_volume_to_vm_result import (
        AttachDataVolumeToVmResult as AttachDataVolumeToVmResult,
    )
    from .attach_firewall_rule_set_to_l3_result import (
        AttachFirewallRuleSetToL3Result as AttachFirewallRuleSetToL3Result,
    )
    from .attach_hybrid_eip_to_ecs_result import (
        AttachHybridEipToEcsResult as AttachHybridEipToEcsResult,
    )
    from .attach_iam2_project_to_iam2_organization_result import (
        AttachIAM2ProjectToIAM2OrganizationResult as AttachIAM2ProjectToIAM2OrganizationResult,
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
    from .attach_mdev_device_to_vm_result import (
        AttachMdevDeviceToVmResult as AttachMdevDeviceToVmResult,
    )
    from .attach_nfv_inst_to_group_result import (
        AttachNfvInstToGroupResult as AttachNfvInstToGroupResult,
    )
    from .attach_pci_device_to_vm_result import (
        AttachPciDeviceToVmResult as AttachPciDeviceToVmResult,
    )
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
    from .attach_tag_to_resources_result import (
        AttachTagToResourcesResult as AttachTagToResourcesResult,
    )
    from .attach_tag_to_resources_result2 import (
        AttachTagToResourcesResult2 as AttachTagToResourcesResult2,
    )
    from .attach_usb_device_to_vm_result import (
        AttachUsbDeviceToVmResult as AttachUsbDeviceToVmResult,
    )
    from .attach_v_router_route_table_to_v_router_result import (
        AttachVRouterRouteTableToVRouterResult as AttachVRouterRouteTableToVRouterResult,
    )
    from .attach_vip_to_load_balancer_result import (
        AttachVipToLoadBalancerResult as AttachVipToLoadBalancerResult,
    )
    from .attach_vm_nic_to_vm_result import AttachVmNicToVmResult as AttachVmNicToVmResult
    from .attachable_public_l3_for_v_router_inventory import (
        AttachablePublicL3ForVRouterInventory as AttachablePublicL3ForVRouterInventory,
    )
    from .attachable_vpc_l3_network_inventory import (
        AttachableVpcL3NetworkInventory as AttachableVpcL3NetworkInventory,
    )
    from .attached_host import AttachedHost as AttachedHost
    from .attached_instance_offering import AttachedInstanceOffering as AttachedInstanceOffering
    from .attached_vni_range import AttachedVniRange as AttachedVniRange
    from .attached_vtep_ref import AttachedVtepRef as AttachedVtepRef
    from .attached_vxlan_network_ref import AttachedVxlanNetworkRef as AttachedVxlanNetworkRef
    from .attribute import Attribute as Attribute
    from .audit import Audit as Audit
    from .auto_scaling_group_activity_inventory import (
        AutoScalingGroupActivityInventory as AutoScalingGroupActivityInventory,
    )
    from .auto_scaling_group_instance_inventory import (
        AutoScalingGroupInstanceInventory as AutoScalingGroupInstanceInventory,
    )
    from .auto_scaling_group_inventory import AutoScalingGroupInventory as AutoScalingGroupInventory
    from .auto_scaling_rule_inventory import AutoScalingRuleInventory as AutoScalingRuleInventory
    from .auto_scaling_rule_state import AutoScalingRuleState as AutoScalingRuleState
    from .auto_scaling_rule_status import AutoScalingRuleStatus as AutoScalingRuleStatus
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
    from .backup_storage_candidates_for_image_migration_inventory import (
        BackupStorageCandidatesForImageMigrationInventory as BackupStorageCandidatesForImageMigrationInventory,
    )
    from .backup_storage_inventory import BackupStorageInventory as BackupStorageInventory
    from .backup_storage_migrate_image_result import (
        BackupStorageMigrateImageResult as BackupStorageMigrateImageResult,
    )
    from .backup_storage_ref import BackupStorageRef as BackupStorageRef
    from .bare_metal2_bonding_inventory import (
        BareMetal2BondingInventory as BareMetal2BondingInventory,
    )
    from .bare_metal2_bonding_nic_ref_inventory import (
        BareMetal2BondingNicRefInventory as BareMetal2BondingNicRefInventory,
    )
    from .bare_metal2_chassis_gpu_device_inventory import (
        BareMetal2ChassisGpuDeviceInventory as BareMetal2ChassisGpuDeviceInventory,
    )
    from .bare_metal2_chassis_inventory import (
        BareMetal2ChassisInventory as BareMetal2ChassisInventory,
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
    from .baremetal_bonding_inventory import BaremetalBondingInventory as BaremetalBondingInventory
    from .baremetal_chassis_inventory import BaremetalChassisInventory as BaremetalChassisInventory
    from .baremetal_instance_inventory import (
        BaremetalInstanceInventory as BaremetalInstanceInventory,
    )
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
    from .batch_query_result import BatchQueryResult as BatchQueryResult
    from .batch_sync_volume_size_result import (
        BatchSyncVolumeSizeResult as BatchSyncVolumeSizeResult,
    )
    from .bindable_config import BindableConfig as BindableConfig
    from .block_primary_storage_inventory import (
        BlockPrimaryStorageInventory as BlockPrimaryStorageInventory,
    )
    from .block_volume_inventory import BlockVolumeInventory as BlockVolumeInventory
    from .bm_nic import BmNic as BmNic
    from .bonding import Bonding as Bonding
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
    from .candidate_affinity_group_for_attaching_vm_inventory import (
        CandidateAffinityGroupForAttachingVmInventory as CandidateAffinityGroupForAttachingVmInventory,
    )
    from .candidate_affinity_group_for_creating_vm_inventory import (
        CandidateAffinityGroupForCreatingVmInventory as CandidateAffinityGroupForCreatingVmInventory,
    )
    from .candidate_iso_for_attaching_vm_inventory import (
        CandidateIsoForAttachingVmInventory as CandidateIsoForAttachingVmInventory,
    )
    from .candidate_l3_networks_for_change_vm_nic_network_inventory import (
        CandidateL3NetworksForChangeVmNicNetworkInventory as CandidateL3NetworksForChangeVmNicNetworkInventory,
    )
    from .candidate_l3_networks_for_load_balancer_inventory import (
        CandidateL3NetworksForLoadBalancerInventory as CandidateL3NetworksForLoadBalancerInventory,
    )
    from .candidate_vm_for_attaching_affinity_group_inventory import (
        CandidateVMForAttachingAffinityGroupInventory as CandidateVMForAttachingAffinityGroupInventory,
    )
    from .candidate_vm_nics_for_load_balancer_inventory import (
        CandidateVmNicsForLoadBalancerInventory as CandidateVmNicsForLoadBalancerInventory,
    )
    from .candidate_vm_nics_for_load_balancer_server_group_inventory import (
        CandidateVmNicsForLoadBalancerServerGroupInventory as CandidateVmNicsForLoadBalancerServerGroupInventory,
    )
    from .candidate_vm_nics_for_port_mirror_inventory import (
        CandidateVmNicsForPortMirrorInventory as CandidateVmNicsForPortMirrorInventory,
    )
    from .capacity_data import CapacityData as CapacityData
    from .cas_client_inventory import CasClientInventory as CasClientInventory
    from .cas_state import CasState as CasState
    from .category import Category as Category
    from .cbt_task_inventory import CbtTaskInventory as CbtTaskInventory
    from .cbt_task_status import CbtTaskStatus as CbtTaskStatus
    from .ccs_certificate_inventory import CCSCertificateInventory as CCSCertificateInventory
    from .cd_driver import CdDriver as CdDriver
    from .cdp_policy_inventory import CdpPolicyInventory as CdpPolicyInventory
    from .cdp_policy_state import CdpPolicyState as CdpPolicyState
    from .cdp_task_inventory import CdpTaskInventory as CdpTaskInventory
    from .cdp_task_state import CdpTaskState as CdpTaskState
    from .cdp_task_status import CdpTaskStatus as CdpTaskStatus
    from .cdp_task_type import CdpTaskType as CdpTaskType
    from .ceph_backup_storage_inventory import (
        CephBackupStorageInventory as CephBackupStorageInventory,
    )
    from .ceph_osd_group_inventory import CephOsdGroupInventory as CephOsdGroupInventory
    from .ceph_primary_storage_inventory import (
        CephPrimaryStorageInventory as CephPrimaryStorageInventory,
    )
    from .ceph_primary_storage_inventory_mon import (
        CephPrimaryStorageInventoryMon as CephPrimaryStorageInventoryMon,
    )
    from .ceph_primary_storage_pool_inventory import (
        CephPrimaryStoragePoolInventory as CephPrimaryStoragePoolInventory,
    )
    from .certificate_inventory import CertificateInventory as CertificateInventory
    from .certificate_inventory_listener import (
        CertificateInventoryListener as CertificateInventoryListener,
    )
    from .certificate_ref import CertificateRef as CertificateRef
    from .change_access_control_list_redirect_rule_result import (
        ChangeAccessControlListRedirectRuleResult as ChangeAccessControlListRedirectRuleResult,
    )
    from .change_access_key_state_result import (
        ChangeAccessKeyStateResult as ChangeAccessKeyStateResult,
    )
    from .change_account_price_table_binding_result import (
        ChangeAccountPriceTableBindingResult as ChangeAccountPriceTableBindingResult,
    )
    from .change_affinity_group_state_result import (
        ChangeAffinityGroupStateResult as ChangeAffinityGroupStateResult,
    )
    from .change_bare_metal2_instance_password_result import (
        ChangeBareMetal2InstancePasswordResult as ChangeBareMetal2InstancePasswordResult,
    )
    from .change_baremetal_chassis_state_result import (
        ChangeBaremetalChassisStateResult as ChangeBaremetalChassisStateResult,
    )
    from .change_cluster_state_result import ChangeClusterStateResult as ChangeClusterStateResult
    from .change_disk_offering_state_result import (
        ChangeDiskOfferingStateResult as ChangeDiskOfferingStateResult,
    )
    from .change_eip_state_result import ChangeEipStateResult as ChangeEipStateResult
    from .change_firewall_rule_state_result import (
        ChangeFirewallRuleStateResult as ChangeFirewallRuleStateResult,
    )
    from .change_host_network_interface_lldp_mode_inventory import (
        ChangeHostNetworkInterfaceLldpModeInventory as ChangeHostNetworkInterfaceLldpModeInventory,
    )
    from .change_host_network_interface_lldp_mode_result import (
        ChangeHostNetworkInterfaceLldpModeResult as ChangeHostNetworkInterfaceLldpModeResult,
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
    from .change_instance_offering_state_result import (
        ChangeInstanceOfferingStateResult as ChangeInstanceOfferingStateResult,
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
    from .change_nfv_inst_group_operation_mode_result import (
        ChangeNfvInstGroupOperationModeResult as ChangeNfvInstGroupOperationModeResult,
    )
    from .change_port_forwarding_rule_state_result import (
        ChangePortForwardingRuleStateResult as ChangePortForwardingRuleStateResult,
    )
    from .change_port_mirror_state_result import (
        ChangePortMirrorStateResult as ChangePortMirrorStateResult,
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
    from .change_security_group_state_result import (
        ChangeSecurityGroupStateResult as ChangeSecurityGroupStateResult,
    )
    from .change_slb_group_deploy_type_result import (
        ChangeSlbGroupDeployTypeResult as ChangeSlbGroupDeployTypeResult,
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
    from .change_vf_nic_ha_state_result import ChangeVfNicHaStateResult as ChangeVfNicHaStateResult
    from .change_vip_state_result import ChangeVipStateResult as ChangeVipStateResult
    from .change_vm_image_result import ChangeVmImageResult as ChangeVmImageResult
    from .change_vm_nic_network_result import ChangeVmNicNetworkResult as ChangeVmNicNetworkResult
    from .change_vm_nic_state_result import ChangeVmNicStateResult as ChangeVmNicStateResult
    from .change_vm_nic_type_result import ChangeVmNicTypeResult as ChangeVmNicTypeResult
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
    from .chassis_disk import ChassisDisk as ChassisDisk
    from .chassis_nic import ChassisNic as ChassisNic
    from .check_api_permission_result import CheckApiPermissionResult as CheckApiPermissionResult
    from .check_batch_data_integrity_result import (
        CheckBatchDataIntegrityResult as CheckBatchDataIntegrityResult,
    )
    from .check_build_app_parameters_result import (
        CheckBuildAppParametersResult as CheckBuildAppParametersResult,
    )
    from .check_iam2_organization_availability_result import (
        CheckIAM2OrganizationAvailabilityResult as CheckIAM2OrganizationAvailabilityResult,
    )
    from .check_iam2_virtual_id_config_file_result import (
        CheckIAM2VirtualIDConfigFileResult as CheckIAM2VirtualIDConfigFileResult,
    )
    from .check_iam2_virtual_id_config_file_result2 import (
        CheckIAM2VirtualIDConfigFileResult2 as CheckIAM2VirtualIDConfigFileResult2,
    )
    from .check_ip_availability_result import CheckIpAvailabilityResult as CheckIpAvailabilityResult
    from .check_network_reachable_result import (
        CheckNetworkReachableResult as CheckNetworkReachableResult,
    )
    from .check_network_reachable_result2 import (
        CheckNetworkReachableResult2 as CheckNetworkReachableResult2,
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
    from .check_vip_port_availability_result import (
        CheckVipPortAvailabilityResult as CheckVipPortAvailabilityResult,
    )
    from .check_volume_snapshot_group_availability_result import (
        CheckVolumeSnapshotGroupAvailabilityResult as CheckVolumeSnapshotGroupAvailabilityResult,
    )
    from .chrony_server_info import ChronyServerInfo as ChronyServerInfo
    from .clean_invalid_ldap_iam2_binding_inventory import (
        CleanInvalidLdapIAM2BindingInventory as CleanInvalidLdapIAM2BindingInventory,
    )
    from .clean_invalid_ldap_iam2_binding_result import (
        CleanInvalidLdapIAM2BindingResult as CleanInvalidLdapIAM2BindingResult,
    )
    from .clean_trash_result import CleanTrashResult as CleanTrashResult
    from .clean_up_storage_trash_on_primary_storage_result import (
        CleanUpStorageTrashOnPrimaryStorageResult as CleanUpStorageTrashOnPrimaryStorageResult,
    )
    from .clean_up_trash_on_backup_storage_result import (
        CleanUpTrashOnBackupStorageResult as CleanUpTrashOnBackupStorageResult,
    )
    from .clone_monitor_template_result import (
        CloneMonitorTemplateResult as CloneMonitorTemplateResult,
    )
    from .clone_vm_instance_result import CloneVmInstanceResult as CloneVmInstanceResult
    from .clone_vm_instance_results import CloneVmInstanceResults as CloneVmInstanceResults
    from .cluster_drs_inventory import ClusterDRSInventory as ClusterDRSInventory
    from .cluster_inventory import ClusterInventory as ClusterInventory
    from .comparison_operator import ComparisonOperator as ComparisonOperator
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
    from .content import Content as Content
    from .control_strategy import ControlStrategy as ControlStrategy
    from .convert_vm_from_foreign_hypervisor_result import (
        ConvertVmFromForeignHypervisorResult as ConvertVmFromForeignHypervisorResult,
    )
    from .counter import Counter as Counter
    from .create_access_control_list_result import (
        CreateAccessControlListResult as CreateAccessControlListResult,
    )
    from .create_account_result import CreateAccountResult as CreateAccountResult
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
    from .create_baremetal_bonding_result import (
        CreateBaremetalBondingResult as CreateBaremetalBondingResult,
    )
    from .create_baremetal_instance_result import (
        CreateBaremetalInstanceResult as CreateBaremetalInstanceResult,
    )
    from .create_block_volume_result import CreateBlockVolumeResult as CreateBlockVolumeResult
    from .create_bonding_inventory import CreateBondingInventory as CreateBondingInventory
    from .create_bonding_result import CreateBondingResult as CreateBondingResult
    from .create_cas_client_result import CreateCasClientResult as CreateCasClientResult
    from .create_cbt_task_result import CreateCbtTaskResult as CreateCbtTaskResult
    from .create_cdp_policy_result import CreateCdpPolicyResult as CreateCdpPolicyResult
    from .create_cdp_task_result import CreateCdpTaskResult as CreateCdpTaskResult
    from .create_certificate_result import CreateCertificateResult as CreateCertificateResult
    from .create_cluster_drs_result import CreateClusterDRSResult as CreateClusterDRSResult
    from .create_connection_between_l3_network_and_aliyun_v_switch_result import (
        CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult as CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult,
    )
    from .create_data_volume_from_volume_backup_result import (
        CreateDataVolumeFromVolumeBackupResult as CreateDataVolumeFromVolumeBackupResult,
    )
    from .create_data_volume_template_from_volume_backup_result import (
        CreateDataVolumeTemplateFromVolumeBackupResult as CreateDataVolumeTemplateFromVolumeBackupResult,
    )
    from .create_data_volume_template_from_volume_snapshot_result import (
        CreateDataVolumeTemplateFromVolumeSnapshotResult as CreateDataVolumeTemplateFromVolumeSnapshotResult,
    )
    from .create_database_backup_result import (
        CreateDatabaseBackupResult as CreateDatabaseBackupResult,
    )
    from .create_ecs_image_from_ecs_snapshot_result import (
        CreateEcsImageFromEcsSnapshotResult as CreateEcsImageFromEcsSnapshotResult,
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
    from .create_fault_tolerance_vm_instance_result import (
        CreateFaultToleranceVmInstanceResult as CreateFaultToleranceVmInstanceResult,
    )
    from .create_firewall_ip_set_template_result import (
        CreateFirewallIpSetTemplateResult as CreateFirewallIpSetTemplateResult,
    )
    from .create_firewall_rule_from_config_file_result import (
        CreateFirewallRuleFromConfigFileResult as CreateFirewallRuleFromConfigFileResult,
    )
    from .create_firewall_rule_set_result import (
        CreateFirewallRuleSetResult as CreateFirewallRuleSetResult,
    )
    from .create_firewall_rule_template_result import (
        CreateFirewallRuleTemplateResult as CreateFirewallRuleTemplateResult,
    )
    from .create_flow_collector_result import CreateFlowCollectorResult as CreateFlowCollectorResult
    from .create_flow_meter_result import CreateFlowMeterResult as CreateFlowMeterResult
    from .create_guest_vm_script_result import (
        CreateGuestVmScriptResult as CreateGuestVmScriptResult,
    )
    from .create_host_network_service_type_result import (
        CreateHostNetworkServiceTypeResult as CreateHostNetworkServiceTypeResult,
    )
    from .create_huawei_i_master_v_router_result import (
        CreateHuaweiIMasterVRouterResult as CreateHuaweiIMasterVRouterResult,
    )
    from .create_iam2_project_result import CreateIAM2ProjectResult as CreateIAM2ProjectResult
    from .create_iam2_project_role_result import (
        CreateIAM2ProjectRoleResult as CreateIAM2ProjectRoleResult,
    )
    from .create_iam2_project_template_result import (
        CreateIAM2ProjectTemplateResult as CreateIAM2ProjectTemplateResult,
    )
    from .create_iam2_virtual_id_from_ldap_uid_result import (
        CreateIAM2VirtualIDFromLdapUidResult as CreateIAM2VirtualIDFromLdapUidResult,
    )
    from .create_image_replication_group_result import (
        CreateImageReplicationGroupResult as CreateImageReplicationGroupResult,
    )
    from .create_ipsec_connection_result import (
        CreateIPsecConnectionResult as CreateIPsecConnectionResult,
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
    from .create_l2_vxlan_network_result import (
        CreateL2VxlanNetworkResult as CreateL2VxlanNetworkResult,
    )
    from .create_l3_network_result import CreateL3NetworkResult as CreateL3NetworkResult
    from .create_ldap_binding_result import CreateLdapBindingResult as CreateLdapBindingResult
    from .create_load_balancer_listener_result import (
        CreateLoadBalancerListenerResult as CreateLoadBalancerListenerResult,
    )
    from .create_metric_data_http_receiver_result import (
        CreateMetricDataHttpReceiverResult as CreateMetricDataHttpReceiverResult,
    )
    from .create_metric_template_result import (
        CreateMetricTemplateResult as CreateMetricTemplateResult,
    )
    from .create_mini_cluster_result import CreateMiniClusterResult as CreateMiniClusterResult
    from .create_monitor_group_result import CreateMonitorGroupResult as CreateMonitorGroupResult
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
    from .create_port_mirror_session_result import (
        CreatePortMirrorSessionResult as CreatePortMirrorSessionResult,
    )
    from .create_reboot_vm_instance_scheduler_result import (
        CreateRebootVmInstanceSchedulerResult as CreateRebootVmInstanceSchedulerResult,
    )
    from .create_resource_price_result import CreateResourcePriceResult as CreateResourcePriceResult
    from .create_resource_stack_from_app_result import (
        CreateResourceStackFromAppResult as CreateResourceStackFromAppResult,
    )
    from .create_resource_stack_result import CreateResourceStackResult as CreateResourceStackResult
    from .create_scheduler_job_group_result import (
        CreateSchedulerJobGroupResult as CreateSchedulerJobGroupResult,
    )
    from .create_scheduler_trigger_result import (
        CreateSchedulerTriggerResult as CreateSchedulerTriggerResult,
    )
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
    from .create_sns_universal_sms_endpoint_result import (
        CreateSNSUniversalSmsEndpointResult as CreateSNSUniversalSmsEndpointResult,
    )
    from .create_sns_we_com_endpoint_result import (
        CreateSNSWeComEndpointResult as CreateSNSWeComEndpointResult,
    )
    from .create_sso_redirect_template_result import (
        CreateSSORedirectTemplateResult as CreateSSORedirectTemplateResult,
    )
    from .create_system_tag_result import CreateSystemTagResult as CreateSystemTagResult
    from .create_user_result import CreateUserResult as CreateUserResult
    from .create_user_tag_result import CreateUserTagResult as CreateUserTagResult
    from .create_v_router_ospf_area_result import (
        CreateVRouterOspfAreaResult as CreateVRouterOspfAreaResult,
    )
    from .create_vm_backup_inventory import CreateVmBackupInventory as CreateVmBackupInventory
    from .create_vm_backup_inventory_backup_storage_ref import (
        CreateVmBackupInventoryBackupStorageRef as CreateVmBackupInventoryBackupStorageRef,
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
    from .create_vm_instance_from_volume_snapshot_result import (
        CreateVmInstanceFromVolumeSnapshotResult as CreateVmInstanceFromVolumeSnapshotResult,
    )
    from .create_vm_instance_result import CreateVmInstanceResult as CreateVmInstanceResult
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
    from .create_vpc_firewall_result import CreateVpcFirewallResult as CreateVpcFirewallResult
    from .create_vpc_ha_group_result import CreateVpcHaGroupResult as CreateVpcHaGroupResult
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
    from .data import Data as Data
    from .data_center_inventory import DataCenterInventory as DataCenterInventory
    from .data_volume_attachable_vm_inventory import (
        DataVolumeAttachableVmInventory as DataVolumeAttachableVmInventory,
    )
    from .database_backup_inventory import DatabaseBackupInventory as DatabaseBackupInventory
    from .database_backup_inventory_backup_storage_ref import (
        DatabaseBackupInventoryBackupStorageRef as DatabaseBackupInventoryBackupStorageRef,
    )
    from .decode_stack_template_result import DecodeStackTemplateResult as DecodeStackTemplateResult
    from .delete_vm_console_password_result import (
        DeleteVmConsolePasswordResult as DeleteVmConsolePasswordResult,
    )
    from .delete_volume_snapshot_group_result import (
        DeleteVolumeSnapshotGroupResult as DeleteVolumeSnapshotGroupResult,
    )
    from .delete_volume_snapshot_group_result2 import (
        DeleteVolumeSnapshotGroupResult2 as DeleteVolumeSnapshotGroupResult2,
    )
    from .describe_vm_instance_recovery_point_result import (
        DescribeVmInstanceRecoveryPointResult as DescribeVmInstanceRecoveryPointResult,
    )
    from .detach_iam2_project_from_iam2_organization_result import (
        DetachIAM2ProjectFromIAM2OrganizationResult as DetachIAM2ProjectFromIAM2OrganizationResult,
    )
    from .detach_scsi_lun_from_host_inventory import (
        DetachScsiLunFromHostInventory as DetachScsiLunFromHostInventory,
    )
    from .detach_scsi_lun_from_host_result import (
        DetachScsiLunFromHostResult as DetachScsiLunFromHostResult,
    )
    from .detail import Detail as Detail
    from .device import Device as Device
    from .directory_inventory import DirectoryInventory as DirectoryInventory
    from .disable_cbt_task_result import DisableCbtTaskResult as DisableCbtTaskResult
    from .discover_external_primary_storage_result import (
        DiscoverExternalPrimaryStorageResult as DiscoverExternalPrimaryStorageResult,
    )
    from .disk import Disk as Disk
    from .disk_offering_inventory import DiskOfferingInventory as DiskOfferingInventory
    from .dn import Dn as Dn
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
    from .eip_attachable_vm_nics_inventory import (
        EipAttachableVmNicsInventory as EipAttachableVmNicsInventory,
    )
    from .eip_inventory import EipInventory as EipInventory
    from .email_media_inventory import EmailMediaInventory as EmailMediaInventory
    from .emergency_level import EmergencyLevel as EmergencyLevel
    from .empty_result import EmptyResult as EmptyResult
    from .entry import Entry as Entry
    from .error_code import ErrorCode as ErrorCode
    from .event import Event as Event
    from .event_from_resource_stack_inventory import (
        EventFromResourceStackInventory as EventFromResourceStackInventory,
    )
    from .event_record_inventory import EventRecordInventory as EventRecordInventory
    from .event_rule_template_inventory import (
        EventRuleTemplateInventory as EventRuleTemplateInventory,
    )
    from .event_subscription_inventory import (
        EventSubscriptionInventory as EventSubscriptionInventory,
    )
    from .event_subscription_inventory_action import (
        EventSubscriptionInventoryAction as EventSubscriptionInventoryAction,
    )
    from .event_subscription_label_inventory import (
        EventSubscriptionLabelInventory as EventSubscriptionLabelInventory,
    )
    from .event_subscription_state import EventSubscriptionState as EventSubscriptionState
    from .execute_auto_scaling_rule_result import (
        ExecuteAutoScalingRuleResult as ExecuteAutoScalingRuleResult,
    )
    from .execute_guest_vm_command_result import (
        ExecuteGuestVmCommandResult as ExecuteGuestVmCommandResult,
    )
    from .execute_guest_vm_script_result import (
        ExecuteGuestVmScriptResult as ExecuteGuestVmScriptResult,
    )
    from .existing_job_detail import ExistingJobDetail as ExistingJobDetail
    from .export_build_app_result import ExportBuildAppResult as ExportBuildAppResult
    from .export_database_backup_from_backup_storage_result import (
        ExportDatabaseBackupFromBackupStorageResult as ExportDatabaseBackupFromBackupStorageResult,
    )
    from .export_image_from_backup_storage_result import (
        ExportImageFromBackupStorageResult as ExportImageFromBackupStorageResult,
    )
    from .external_backup_inventory import ExternalBackupInventory as ExternalBackupInventory
    from .external_backup_storage_inventory import (
        ExternalBackupStorageInventory as ExternalBackupStorageInventory,
    )
    from .external_primary_storage_inventory import (
        ExternalPrimaryStorageInventory as ExternalPrimaryStorageInventory,
    )
    from .failure import Failure as Failure
    from .fiber_channel_lun import FiberChannelLun as FiberChannelLun
    from .fiber_channel_storage_inventory import (
        FiberChannelStorageInventory as FiberChannelStorageInventory,
    )
    from .firewall_rule_inventory import FirewallRuleInventory as FirewallRuleInventory
    from .firewall_rule_set_inventory import FirewallRuleSetInventory as FirewallRuleSetInventory
    from .firewall_rule_set_l3_ref_inventory import (
        FirewallRuleSetL3RefInventory as FirewallRuleSetL3RefInventory,
    )
    from .firewall_rule_state import FirewallRuleState as FirewallRuleState
    from .firewall_rule_template_inventory import (
        FirewallRuleTemplateInventory as FirewallRuleTemplateInventory,
    )
    from .flatten_vm_instance_result import FlattenVmInstanceResult as FlattenVmInstanceResult
    from .flatten_volume_result import FlattenVolumeResult as FlattenVolumeResult
    from .flow_collector_inventory import FlowCollectorInventory as FlowCollectorInventory
    from .flow_meter_inventory import FlowMeterInventory as FlowMeterInventory
    from .format import Format as Format
    from .func_type import FuncType as FuncType
    from .gc_job_inventory import GCJobInventory as GCJobInventory
    from .generate_ssh_key_pair_result import GenerateSshKeyPairResult as GenerateSshKeyPairResult
    from .get_access_path_result import GetAccessPathResult as GetAccessPathResult
    from .get_account_price_table_ref_result import (
        GetAccountPriceTableRefResult as GetAccountPriceTableRefResult,
    )
    from .get_account_quota_usage_result import (
        GetAccountQuotaUsageResult as GetAccountQuotaUsageResult,
    )
    from .get_account_quota_usage_usage import (
        GetAccountQuotaUsageUsage as GetAccountQuotaUsageUsage,
    )
    from .get_active_alarm_status_result import (
        GetActiveAlarmStatusResult as GetActiveAlarmStatusResult,
    )
    from .get_alarm_data_result import GetAlarmDataResult as GetAlarmDataResult
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
    from .get_backup_storage_candidates_for_image_migration_result import (
        GetBackupStorageCandidatesForImageMigrationResult as GetBackupStorageCandidatesForImageMigrationResult,
    )
    from .get_backup_storage_capacity_result import (
        GetBackupStorageCapacityResult as GetBackupStorageCapacityResult,
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
    from .get_candidate_affinity_group_for_attaching_vm_result import (
        GetCandidateAffinityGroupForAttachingVmResult as GetCandidateAffinityGroupForAttachingVmResult,
    )
    from .get_candidate_affinity_group_for_creating_vm_result import (
        GetCandidateAffinityGroupForCreatingVmResult as GetCandidateAffinityGroupForCreatingVmResult,
    )
    from .get_candidate_interface_vlan_ids_result import (
        GetCandidateInterfaceVlanIdsResult as GetCandidateInterfaceVlanIdsResult,
    )
    from .get_candidate_iso_for_attaching_vm_result import (
        GetCandidateIsoForAttachingVmResult as GetCandidateIsoForAttachingVmResult,
    )
    from .get_candidate_l3_networks_for_change_vm_nic_network_result import (
        GetCandidateL3NetworksForChangeVmNicNetworkResult as GetCandidateL3NetworksForChangeVmNicNetworkResult,
    )
    from .get_candidate_l3_networks_for_load_balancer_result import (
        GetCandidateL3NetworksForLoadBalancerResult as GetCandidateL3NetworksForLoadBalancerResult,
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
    from .get_connection_between_l3_network_and_aliyun_v_switch_result import (
        GetConnectionBetweenL3NetworkAndAliyunVSwitchResult as GetConnectionBetweenL3NetworkAndAliyunVSwitchResult,
    )
    from .get_cpu_memory_capacity_capacity_data import (
        GetCpuMemoryCapacityCapacityData as GetCpuMemoryCapacityCapacityData,
    )
    from .get_cpu_memory_capacity_result import (
        GetCpuMemoryCapacityResult as GetCpuMemoryCapacityResult,
    )
    from .get_create_ecs_image_progress_result import (
        GetCreateEcsImageProgressResult as GetCreateEcsImageProgressResult,
    )
    from .get_current_time_result import GetCurrentTimeResult as GetCurrentTimeResult
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
    from .get_factory_mode_state_result import (
        GetFactoryModeStateResult as GetFactoryModeStateResult,
    )
    from .get_fault_tolerance_vms_result import (
        GetFaultToleranceVmsResult as GetFaultToleranceVmsResult,
    )
    from .get_flow_meter_router_id_result import (
        GetFlowMeterRouterIdResult as GetFlowMeterRouterIdResult,
    )
    from .get_global_config_options_result import (
        GetGlobalConfigOptionsResult as GetGlobalConfigOptionsResult,
    )
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
    from .get_host_multipath_topology_result2 import (
        GetHostMultipathTopologyResult2 as GetHostMultipathTopologyResult2,
    )
    from .get_host_network_facts_nic import GetHostNetworkFactsNic as GetHostNetworkFactsNic
    from .get_host_network_facts_result import (
        GetHostNetworkFactsResult as GetHostNetworkFactsResult,
    )
    from .get_host_network_interface_lldp_result import (
        GetHostNetworkInterfaceLldpResult as GetHostNetworkInterfaceLldpResult,
    )
    from .get_host_numa_topology_result import (
        GetHostNUMATopologyResult as GetHostNUMATopologyResult,
    )
    from .get_host_numa_topology_topology import (
        GetHostNUMATopologyTopology as GetHostNUMATopologyTopology,
    )
    from .get_host_power_status_result import GetHostPowerStatusResult as GetHostPowerStatusResult
    from .get_host_resource_allocation_result import (
        GetHostResourceAllocationResult as GetHostResourceAllocationResult,
    )
    from .get_host_web_ssh_url_result import GetHostWebSshUrlResult as GetHostWebSshUrlResult
    from .get_iam2_organization_virtual_id_number_result import (
        GetIAM2OrganizationVirtualIDNumberResult as GetIAM2OrganizationVirtualIDNumberResult,
    )
    from .get_iam2_system_attributes_result import (
        GetIAM2SystemAttributesResult as GetIAM2SystemAttributesResult,
    )
    from .get_iam2_virtual_idapi_permission_result import (
        GetIAM2VirtualIDAPIPermissionResult as GetIAM2VirtualIDAPIPermissionResult,
    )
    from .get_image_candidates_for_vm_to_change_result import (
        GetImageCandidatesForVmToChangeResult as GetImageCandidatesForVmToChangeResult,
    )
    from .get_image_qga_result import GetImageQgaResult as GetImageQgaResult
    from .get_images_from_image_store_backup_storage_result import (
        GetImagesFromImageStoreBackupStorageResult as GetImagesFromImageStoreBackupStorageResult,
    )
    from .get_interdependent_l3_networks_images_result import (
        GetInterdependentL3NetworksImagesResult as GetInterdependentL3NetworksImagesResult,
    )
    from .get_interface_service_type_statistic_result import (
        GetInterfaceServiceTypeStatisticResult as GetInterfaceServiceTypeStatisticResult,
    )
    from .get_ip_address_capacity_capacity_data import (
        GetIpAddressCapacityCapacityData as GetIpAddressCapacityCapacityData,
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
    from .get_latest_guest_tools_for_vm_result import (
        GetLatestGuestToolsForVmResult as GetLatestGuestToolsForVmResult,
    )
    from .get_license_add_ons_result import GetLicenseAddOnsResult as GetLicenseAddOnsResult
    from .get_license_info_result import GetLicenseInfoResult as GetLicenseInfoResult
    from .get_license_records_result import GetLicenseRecordsResult as GetLicenseRecordsResult
    from .get_load_balancer_owner_result import (
        GetLoadBalancerOwnerResult as GetLoadBalancerOwnerResult,
    )
    from .get_local_raid_physical_drive_smart_result import (
        GetLocalRaidPhysicalDriveSmartResult as GetLocalRaidPhysicalDriveSmartResult,
    )
    from .get_local_storage_host_disk_capacity_result import (
        GetLocalStorageHostDiskCapacityResult as GetLocalStorageHostDiskCapacityResult,
    )
    from .get_login_captcha_result import GetLoginCaptchaResult as GetLoginCaptchaResult
    from .get_login_procedures_result import GetLoginProceduresResult as GetLoginProceduresResult
    from .get_management_node_arch_result import (
        GetManagementNodeArchResult as GetManagementNodeArchResult,
    )
    from .get_management_node_dir_capacity_result import (
        GetManagementNodeDirCapacityResult as GetManagementNodeDirCapacityResult,
    )
    from .get_memory_snapshot_group_reference_result import (
        GetMemorySnapshotGroupReferenceResult as GetMemorySnapshotGroupReferenceResult,
    )
    from .get_metric_data_result import GetMetricDataResult as GetMetricDataResult
    from .get_metric_label_value_result import (
        GetMetricLabelValueResult as GetMetricLabelValueResult,
    )
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
    from .get_oss_bucket_file_from_remote_result import (
        GetOssBucketFileFromRemoteResult as GetOssBucketFileFromRemoteResult,
    )
    from .get_pci_device_candidates_for_attaching_vm_result import (
        GetPciDeviceCandidatesForAttachingVmResult as GetPciDeviceCandidatesForAttachingVmResult,
    )
    from .get_platform_time_zone_result import (
        GetPlatformTimeZoneResult as GetPlatformTimeZoneResult,
    )
    from .get_policy_route_rule_set_from_virtual_router_result import (
        GetPolicyRouteRuleSetFromVirtualRouterResult as GetPolicyRouteRuleSetFromVirtualRouterResult,
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
    from .get_scheduler_execution_report_result import (
        GetSchedulerExecutionReportResult as GetSchedulerExecutionReportResult,
    )
    from .get_scsi_lun_candidates_for_attaching_vm_result import (
        GetScsiLunCandidatesForAttachingVmResult as GetScsiLunCandidatesForAttachingVmResult,
    )
    from .get_shared_block_candidate_result import (
        GetSharedBlockCandidateResult as GetSharedBlockCandidateResult,
    )
    from .get_shared_block_candidate_result2 import (
        GetSharedBlockCandidateResult2 as GetSharedBlockCandidateResult2,
    )
    from .get_signature_server_encrypt_public_key_result import (
        GetSignatureServerEncryptPublicKeyResult as GetSignatureServerEncryptPublicKeyResult,
    )
    from .get_spice_certificates_result import (
        GetSpiceCertificatesResult as GetSpiceCertificatesResult,
    )
    from .get_sso_client_result import GetSSOClientResult as GetSSOClientResult
    from .get_support_apis_result import GetSupportAPIsResult as GetSupportAPIsResult
    from .get_supported_cloud_formation_resources_resource import (
        GetSupportedCloudFormationResourcesResource as GetSupportedCloudFormationResourcesResource,
    )
    from .get_supported_cloud_formation_resources_result import (
        GetSupportedCloudFormationResourcesResult as GetSupportedCloudFormationResourcesResult,
    )
    from .get_task_progress_result import GetTaskProgressResult as GetTaskProgressResult
    from .get_text_template_arg_result import GetTextTemplateArgResult as GetTextTemplateArgResult
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
    from .get_vm_rdp_result import GetVmRDPResult as GetVmRDPResult
    from .get_vm_scheduling_rules_execute_state_result import (
        GetVmSchedulingRulesExecuteStateResult as GetVmSchedulingRulesExecuteStateResult,
    )
    from .get_vm_ssh_key_result import GetVmSshKeyResult as GetVmSshKeyResult
    from .get_vm_starting_candidate_clusters_hosts_result import (
        GetVmStartingCandidateClustersHostsResult as GetVmStartingCandidateClustersHostsResult,
    )
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
    from .get_z_watch_alert_histogram_result import (
        GetZWatchAlertHistogramResult as GetZWatchAlertHistogramResult,
    )
    from .global_config_inventory import GlobalConfigInventory as GlobalConfigInventory
    from .global_config_options import GlobalConfigOptions as GlobalConfigOptions
    from .global_config_template_inventory import (
        GlobalConfigTemplateInventory as GlobalConfigTemplateInventory,
    )
    from .gpu_device_inventory import GpuDeviceInventory as GpuDeviceInventory
    from .guest_tools_inventory import GuestToolsInventory as GuestToolsInventory
    from .guest_tools_qga_state import GuestToolsQgaState as GuestToolsQgaState
    from .guest_tools_state_inventory import GuestToolsStateInventory as GuestToolsStateInventory
    from .guest_tools_z_watch_state import GuestToolsZWatchState as GuestToolsZWatchState
    from .guest_vm_script_executed_record_detail_inventory import (
        GuestVmScriptExecutedRecordDetailInventory as GuestVmScriptExecutedRecordDetailInventory,
    )
    from .guest_vm_script_executed_record_inventory import (
        GuestVmScriptExecutedRecordInventory as GuestVmScriptExecutedRecordInventory,
    )
    from .guest_vm_script_inventory import GuestVmScriptInventory as GuestVmScriptInventory
    from .ha_ref import HaRef as HaRef
    from .ha_strategy_condition_inventory import (
        HaStrategyConditionInventory as HaStrategyConditionInventory,
    )
    from .hardware_l2_vxlan_network_pool_inventory import (
        HardwareL2VxlanNetworkPoolInventory as HardwareL2VxlanNetworkPoolInventory,
    )
    from .hba_device_inventory import HBADeviceInventory as HBADeviceInventory
    from .history import History as History
    from .host_candidates_for_vm_migration_inventory import (
        HostCandidatesForVmMigrationInventory as HostCandidatesForVmMigrationInventory,
    )
    from .host_connected_status import HostConnectedStatus as HostConnectedStatus
    from .host_inventory import HostInventory as HostInventory
    from .host_iommu_status_type import HostIommuStatusType as HostIommuStatusType
    from .host_ipmi_inventory import HostIpmiInventory as HostIpmiInventory
    from .host_network_bonding_inventory import (
        HostNetworkBondingInventory as HostNetworkBondingInventory,
    )
    from .host_network_interface_inventory import (
        HostNetworkInterfaceInventory as HostNetworkInterfaceInventory,
    )
    from .host_network_interface_lldp_ref_inventory import (
        HostNetworkInterfaceLldpRefInventory as HostNetworkInterfaceLldpRefInventory,
    )
    from .host_network_interface_service_type import (
        HostNetworkInterfaceServiceType as HostNetworkInterfaceServiceType,
    )
    from .host_network_label_inventory import HostNetworkLabelInventory as HostNetworkLabelInventory
    from .host_os_category_inventory import HostOsCategoryInventory as HostOsCategoryInventory
    from .host_ref import HostRef as HostRef
    from .host_route import HostRoute as HostRoute
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
    from .iam2_ldap_binding_inventory import IAM2LdapBindingInventory as IAM2LdapBindingInventory
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
    from .iam2_system_attributes_inventory import (
        IAM2SystemAttributesInventory as IAM2SystemAttributesInventory,
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
    from .identity_zone_inventory import IdentityZoneInventory as IdentityZoneInventory
    from .image_candidates_for_vm_to_change_inventory import (
        ImageCandidatesForVmToChangeInventory as ImageCandidatesForVmToChangeInventory,
    )
    from .image_inventory import ImageInventory as ImageInventory
    from .image_package_inventory import ImagePackageInventory as ImagePackageInventory
    from .image_package_state import ImagePackageState as ImagePackageState
    from .image_replication_group_inventory import (
        ImageReplicationGroupInventory as ImageReplicationGroupInventory,
    )
    from .image_store_backup_storage_inventory import (
        ImageStoreBackupStorageInventory as ImageStoreBackupStorageInventory,
    )
    from .info import Info as Info
    from .info_list import InfoList as InfoList
    from .inspect_bare_metal2_chassis_by_instance_result import (
        InspectBareMetal2ChassisByInstanceResult as InspectBareMetal2ChassisByInstanceResult,
    )
    from .inst_type import InstType as InstType
    from .instance_offering_inventory import InstanceOfferingInventory as InstanceOfferingInventory
    from .inventory import Inventory as Inventory
    from .ip_address_inventory import IpAddressInventory as IpAddressInventory
    from .ip_range_inventory import IpRangeInventory as IpRangeInventory
    from .ip_range_type import IpRangeType as IpRangeType
    from .ip_set_type import IpSetType as IpSetType
    from .ip_statistic import IpStatistic as IpStatistic
    from .ipsec_connection_inventory import IPsecConnectionInventory as IPsecConnectionInventory
    from .is_opensource_version_result import IsOpensourceVersionResult as IsOpensourceVersionResult
    from .is_vf_nic_available_in_l3_network_result import (
        IsVfNicAvailableInL3NetworkResult as IsVfNicAvailableInL3NetworkResult,
    )
    from .iscsi_cluster_ref import IscsiClusterRef as IscsiClusterRef
    from .iscsi_lun_inventory import IscsiLunInventory as IscsiLunInventory
    from .iscsi_server_inventory import IscsiServerInventory as IscsiServerInventory
    from .iscsi_target import IscsiTarget as IscsiTarget
    from .json_label_inventory import JsonLabelInventory as JsonLabelInventory
    from .kvm_hypervisor_info_inventory import (
        KvmHypervisorInfoInventory as KvmHypervisorInfoInventory,
    )
    from .kvm_run_shell_inventory import KvmRunShellInventory as KvmRunShellInventory
    from .kvm_run_shell_result import KvmRunShellResult as KvmRunShellResult
    from .l2_network_inventory import L2NetworkInventory as L2NetworkInventory
    from .l2_vlan_network_inventory import L2VlanNetworkInventory as L2VlanNetworkInventory
    from .l2_vxlan_network_inventory import L2VxlanNetworkInventory as L2VxlanNetworkInventory
    from .l2_vxlan_network_pool_inventory import (
        L2VxlanNetworkPoolInventory as L2VxlanNetworkPoolInventory,
    )
    from .l3_network_inventory import L3NetworkInventory as L3NetworkInventory
    from .l3_network_ref import L3NetworkRef as L3NetworkRef
    from .l3_ref import L3Ref as L3Ref
    from .label import Label as Label
    from .lb import Lb as Lb
    from .ldap_account_ref_inventory import LdapAccountRefInventory as LdapAccountRefInventory
    from .ldap_iam2_virtual_id_ref_inventory import (
        LdapIAM2VirtualIDRefInventory as LdapIAM2VirtualIDRefInventory,
    )
    from .ldap_server_inventory import LdapServerInventory as LdapServerInventory
    from .license_inventory import LicenseInventory as LicenseInventory
    from .list_vm_scheduling_rules_from_execute_state_result import (
        ListVmSchedulingRulesFromExecuteStateResult as ListVmSchedulingRulesFromExecuteStateResult,
    )
    from .list_vms_from_kvm_host_result import ListVMsFromKVMHostResult as ListVMsFromKVMHostResult
    from .listener import Listener as Listener
    from .load_balancer_inventory import LoadBalancerInventory as LoadBalancerInventory
    from .load_balancer_listener_inventory import (
        LoadBalancerListenerInventory as LoadBalancerListenerInventory,
    )
    from .load_balancer_server_group_inventory import (
        LoadBalancerServerGroupInventory as LoadBalancerServerGroupInventory,
    )
    from .load_balancer_server_group_inventory_vm_nic_ref import (
        LoadBalancerServerGroupInventoryVmNicRef as LoadBalancerServerGroupInventoryVmNicRef,
    )
    from .local_storage_host_disk_capacity_inventory import (
        LocalStorageHostDiskCapacityInventory as LocalStorageHostDiskCapacityInventory,
    )
    from .local_storage_migrate_volume_result import (
        LocalStorageMigrateVolumeResult as LocalStorageMigrateVolumeResult,
    )
    from .local_storage_resource_ref_inventory import (
        LocalStorageResourceRefInventory as LocalStorageResourceRefInventory,
    )
    from .locate_local_raid_physical_drive_result import (
        LocateLocalRaidPhysicalDriveResult as LocateLocalRaidPhysicalDriveResult,
    )
    from .log_category import LogCategory as LogCategory
    from .log_in_by_account_result import LogInByAccountResult as LogInByAccountResult
    from .log_in_by_ldap_result import LogInByLdapResult as LogInByLdapResult
    from .log_in_result import LogInResult as LogInResult
    from .log_level import LogLevel as LogLevel
    from .log_server_inventory import LogServerInventory as LogServerInventory
    from .log_type import LogType as LogType
    from .login_iam2_platform_result import LoginIAM2PlatformResult as LoginIAM2PlatformResult
    from .login_iam2_project_result import LoginIAM2ProjectResult as LoginIAM2ProjectResult
    from .login_iam2_virtual_id_with_ldap_result import (
        LoginIAM2VirtualIDWithLdapResult as LoginIAM2VirtualIDWithLdapResult,
    )
    from .long_job_inventory import LongJobInventory as LongJobInventory
    from .long_job_state import LongJobState as LongJobState
    from .management_node_inventory import ManagementNodeInventory as ManagementNodeInventory
    from .mdev_device_inventory import MdevDeviceInventory as MdevDeviceInventory
    from .mdev_device_spec_inventory import MdevDeviceSpecInventory as MdevDeviceSpecInventory
    from .mdev_device_spec_state import MdevDeviceSpecState as MdevDeviceSpecState
    from .mdev_device_state import MdevDeviceState as MdevDeviceState
    from .mdev_device_status import MdevDeviceStatus as MdevDeviceStatus
    from .mdev_device_type import MdevDeviceType as MdevDeviceType
    from .mdev_spec_ref import MdevSpecRef as MdevSpecRef
    from .media_inventory import MediaInventory as MediaInventory
    from .memory_snapshot_group_reference_inventory import (
        MemorySnapshotGroupReferenceInventory as MemorySnapshotGroupReferenceInventory,
    )
    from .meta_data_entry import MetaDataEntry as MetaDataEntry
    from .metadata_list import MetadataList as MetadataList
    from .metric import Metric as Metric
    from .metric_data_http_receiver_inventory import (
        MetricDataHttpReceiverInventory as MetricDataHttpReceiverInventory,
    )
    from .metric_rule_template_inventory import (
        MetricRuleTemplateInventory as MetricRuleTemplateInventory,
    )
    from .metric_template_inventory import MetricTemplateInventory as MetricTemplateInventory
    from .migrate_vm_result import MigrateVmResult as MigrateVmResult
    from .mon import Mon as Mon
    from .monitor import Monitor as Monitor
    from .monitor_group_instance_inventory import (
        MonitorGroupInstanceInventory as MonitorGroupInstanceInventory,
    )
    from .monitor_group_inventory import MonitorGroupInventory as MonitorGroupInventory
    from .monitor_group_template_ref_inventory import (
        MonitorGroupTemplateRefInventory as MonitorGroupTemplateRefInventory,
    )
    from .monitor_ip import MonitorIp as MonitorIp
    from .monitor_template_inventory import MonitorTemplateInventory as MonitorTemplateInventory
    from .monitor_trigger_action_inventory import (
        MonitorTriggerActionInventory as MonitorTriggerActionInventory,
    )
    from .monitor_trigger_inventory import MonitorTriggerInventory as MonitorTriggerInventory
    from .mount_vm_instance_recovery_point_result import (
        MountVmInstanceRecoveryPointResult as MountVmInstanceRecoveryPointResult,
    )
    from .mtty_device_inventory import MttyDeviceInventory as MttyDeviceInventory
    from .mtty_device_state import MttyDeviceState as MttyDeviceState
    from .mtty_device_type import MttyDeviceType as MttyDeviceType
    from .mtty_device_virt_status import MttyDeviceVirtStatus as MttyDeviceVirtStatus
    from .multicast_router_inventory import MulticastRouterInventory as MulticastRouterInventory
    from .nas_file_system_inventory import NasFileSystemInventory as NasFileSystemInventory
    from .nas_mount_target_inventory import NasMountTargetInventory as NasMountTargetInventory
    from .neighbor import Neighbor as Neighbor
    from .network import Network as Network
    from .network_service import NetworkService as NetworkService
    from .network_service_l3_network_ref_inventory import (
        NetworkServiceL3NetworkRefInventory as NetworkServiceL3NetworkRefInventory,
    )
    from .network_service_provider_inventory import (
        NetworkServiceProviderInventory as NetworkServiceProviderInventory,
    )
    from .nfv_inst_group_inventory import NfvInstGroupInventory as NfvInstGroupInventory
    from .nfv_inst_group_operation_mode import (
        NfvInstGroupOperationMode as NfvInstGroupOperationMode,
    )
    from .nfv_inst_group_status import NfvInstGroupStatus as NfvInstGroupStatus
    from .nfv_inst_inventory import NfvInstInventory as NfvInstInventory
    from .nic import Nic as Nic
    from .no_trigger_scheduler_jobs_inventory import (
        NoTriggerSchedulerJobsInventory as NoTriggerSchedulerJobsInventory,
    )
    from .nvme_lun_host_ref import NvmeLunHostRef as NvmeLunHostRef
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
    from .operator import Operator as Operator
    from .oss_bucket_inventory import OssBucketInventory as OssBucketInventory
    from .ovf_cpu_info import OvfCpuInfo as OvfCpuInfo
    from .ovf_info import OvfInfo as OvfInfo
    from .ovf_info_network import OvfInfoNetwork as OvfInfoNetwork
    from .ovf_memory_info import OvfMemoryInfo as OvfMemoryInfo
    from .ovf_os_info import OvfOSInfo as OvfOSInfo
    from .ovf_system_info import OvfSystemInfo as OvfSystemInfo
    from .packets_forward_type import PacketsForwardType as PacketsForwardType
    from .pagination import Pagination as Pagination
    from .paramete import Paramete as Paramete
    from .parse_ovf_result import ParseOvfResult as ParseOvfResult
    from .pci_device_chooser import PciDeviceChooser as PciDeviceChooser
    from .pci_device_inventory import PciDeviceInventory as PciDeviceInventory
    from .pci_device_meta_data import PciDeviceMetaData as PciDeviceMetaData
    from .pci_device_meta_data_operator import (
        PciDeviceMetaDataOperator as PciDeviceMetaDataOperator,
    )
    from .pci_device_offering_inventory import (
        PciDeviceOfferingInventory as PciDeviceOfferingInventory,
    )
    from .pci_device_offering_type import PciDeviceOfferingType as PciDeviceOfferingType
    from .pci_device_pci_device_offering_inventory import (
        PciDevicePciDeviceOfferingInventory as PciDevicePciDeviceOfferingInventory,
    )
    from .pci_device_spec_inventory import PciDeviceSpecInventory as PciDeviceSpecInventory
    from .pci_device_spec_state import PciDeviceSpecState as PciDeviceSpecState
    from .pci_device_state import PciDeviceState as PciDeviceState
    from .pci_device_status import PciDeviceStatus as PciDeviceStatus
    from .pci_device_type import PciDeviceType as PciDeviceType
    from .pci_device_virt_status import PciDeviceVirtStatus as PciDeviceVirtStatus
    from .peer_cidr import PeerCidr as PeerCidr
    from .permission import Permission as Permission
    from .policy_inventory import PolicyInventory as PolicyInventory
    from .policy_inventory_statement import PolicyInventoryStatement as PolicyInventoryStatement
    from .policy_route_rule_inventory import PolicyRouteRuleInventory as PolicyRouteRuleInventory
    from .policy_route_rule_protocol import PolicyRouteRuleProtocol as PolicyRouteRuleProtocol
    from .policy_route_rule_set_from_virtual_router_inventory import (
        PolicyRouteRuleSetFromVirtualRouterInventory as PolicyRouteRuleSetFromVirtualRouterInventory,
    )
    from .policy_route_rule_set_inventory import (
        PolicyRouteRuleSetInventory as PolicyRouteRuleSetInventory,
    )
    from .policy_route_rule_set_l3_ref_inventory import (
        PolicyRouteRuleSetL3RefInventory as PolicyRouteRuleSetL3RefInventory,
    )
    from .policy_route_rule_set_v_router_ref_inventory import (
        PolicyRouteRuleSetVRouterRefInventory as PolicyRouteRuleSetVRouterRefInventory,
    )
    from .policy_route_rule_state import PolicyRouteRuleState as PolicyRouteRuleState
    from .policy_route_table_inventory import PolicyRouteTableInventory as PolicyRouteTableInventory
    from .policy_route_table_route_entry_inventory import (
        PolicyRouteTableRouteEntryInventory as PolicyRouteTableRouteEntryInventory,
    )
    from .policy_statement import PolicyStatement as PolicyStatement
    from .port_forwarding_rule_inventory import (
        PortForwardingRuleInventory as PortForwardingRuleInventory,
    )
    from .port_mirror_inventory import PortMirrorInventory as PortMirrorInventory
    from .port_mirror_network_used_ip_inventory import (
        PortMirrorNetworkUsedIpInventory as PortMirrorNetworkUsedIpInventory,
    )
    from .port_mirror_session_inventory import (
        PortMirrorSessionInventory as PortMirrorSessionInventory,
    )
    from .port_mirror_state import PortMirrorState as PortMirrorState
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
    from .preview_resource_struct_action import (
        PreviewResourceStructAction as PreviewResourceStructAction,
    )
    from .price_inventory import PriceInventory as PriceInventory
    from .price_table_inventory import PriceTableInventory as PriceTableInventory
    from .primary_storage_candidates_for_vm_migration_inventory import (
        PrimaryStorageCandidatesForVmMigrationInventory as PrimaryStorageCandidatesForVmMigrationInventory,
    )
    from .primary_storage_candidates_for_volume_migration_inventory import (
        PrimaryStorageCandidatesForVolumeMigrationInventory as PrimaryStorageCandidatesForVolumeMigrationInventory,
    )
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
    from .protocol_type import ProtocolType as ProtocolType
    from .provision_nfv_inst_config_result import (
        ProvisionNfvInstConfigResult as ProvisionNfvInstConfigResult,
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
    from .query_address_pool_result import QueryAddressPoolResult as QueryAddressPoolResult
    from .query_affinity_group_result import QueryAffinityGroupResult as QueryAffinityGroupResult
    from .query_alarm_record_result import QueryAlarmRecordResult as QueryAlarmRecordResult
    from .query_alarm_result import QueryAlarmResult as QueryAlarmResult
    from .query_appliance_vm_result import QueryApplianceVmResult as QueryApplianceVmResult
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
    from .query_cbt_task_result import QueryCbtTaskResult as QueryCbtTaskResult
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
    from .query_cluster_result import QueryClusterResult as QueryClusterResult
    from .query_console_proxy_agent_result import (
        QueryConsoleProxyAgentResult as QueryConsoleProxyAgentResult,
    )
    from .query_database_backup_result import QueryDatabaseBackupResult as QueryDatabaseBackupResult
    from .query_directory_result import QueryDirectoryResult as QueryDirectoryResult
    from .query_disk_offering_result import QueryDiskOfferingResult as QueryDiskOfferingResult
    from .query_eip_result import QueryEipResult as QueryEipResult
    from .query_event_from_resource_stack_result import (
        QueryEventFromResourceStackResult as QueryEventFromResourceStackResult,
    )
    from .query_event_record_result import QueryEventRecordResult as QueryEventRecordResult
    from .query_event_subscription_result import (
        QueryEventSubscriptionResult as QueryEventSubscriptionResult,
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
    from .query_host_result import QueryHostResult as QueryHostResult
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
    from .query_iam2_ldap_binding_result import (
        QueryIAM2LdapBindingResult as QueryIAM2LdapBindingResult,
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
    from .query_iam2_project_result import QueryIAM2ProjectResult as QueryIAM2ProjectResult
    from .query_iam2_virtual_id_group_result import (
        QueryIAM2VirtualIDGroupResult as QueryIAM2VirtualIDGroupResult,
    )
    from .query_iam2_virtual_id_result import QueryIAM2VirtualIDResult as QueryIAM2VirtualIDResult
    from .query_image_package_result import QueryImagePackageResult as QueryImagePackageResult
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
    from .query_long_job_result import QueryLongJobResult as QueryLongJobResult
    from .query_management_node_result import QueryManagementNodeResult as QueryManagementNodeResult
    from .query_mdev_device_result import QueryMdevDeviceResult as QueryMdevDeviceResult
    from .query_mdev_device_spec_result import (
        QueryMdevDeviceSpecResult as QueryMdevDeviceSpecResult,
    )
    from .query_mtty_device_result import QueryMttyDeviceResult as QueryMttyDeviceResult
    from .query_multicast_router_result import (
        QueryMulticastRouterResult as QueryMulticastRouterResult,
    )
    from .query_network_service_l3_network_ref_result import (
        QueryNetworkServiceL3NetworkRefResult as QueryNetworkServiceL3NetworkRefResult,
    )
    from .query_network_service_provider_result import (
        QueryNetworkServiceProviderResult as QueryNetworkServiceProviderResult,
    )
    from .query_nvme_lun_result import QueryNvmeLunResult as QueryNvmeLunResult
    from .query_nvme_target_result import QueryNvmeTargetResult as QueryNvmeTargetResult
    from .query_pci_device_offering_result import (
        QueryPciDeviceOfferingResult as QueryPciDeviceOfferingResult,
    )
    from .query_pci_device_pci_device_offering_result import (
        QueryPciDevicePciDeviceOfferingResult as QueryPciDevicePciDeviceOfferingResult,
    )
    from .query_pci_device_result import QueryPciDeviceResult as QueryPciDeviceResult
    from .query_pci_device_spec_result import QueryPciDeviceSpecResult as QueryPciDeviceSpecResult
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
    from .query_security_group_result import QuerySecurityGroupResult as QuerySecurityGroupResult
    from .query_security_group_rule_result import (
        QuerySecurityGroupRuleResult as QuerySecurityGroupRuleResult,
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
    from .query_sns_application_platform_result import (
        QuerySNSApplicationPlatformResult as QuerySNSApplicationPlatformResult,
    )
    from .query_sns_email_address_result import (
        QuerySNSEmailAddressResult as QuerySNSEmailAddressResult,
    )
    from .query_sns_fei_shu_at_person_result import (
        QuerySNSFeiShuAtPersonResult as QuerySNSFeiShuAtPersonResult,
    )
    from .query_sns_text_template_result import (
        QuerySNSTextTemplateResult as QuerySNSTextTemplateResult,
    )
    from .query_sns_topic_result import QuerySNSTopicResult as QuerySNSTopicResult
    from .query_sns_topic_subscriber_result import (
        QuerySNSTopicSubscriberResult as QuerySNSTopicSubscriberResult,
    )
    from .query_sns_we_com_at_person_result import (
        QuerySNSWeComAtPersonResult as QuerySNSWeComAtPersonResult,
    )
    from .query_ssh_key_pair_result import QuerySshKeyPairResult as QuerySshKeyPairResult
    from .query_stack_template_result import QueryStackTemplateResult as QueryStackTemplateResult
    from .query_system_tag_result import QuerySystemTagResult as QuerySystemTagResult
    from .query_tag_result import QueryTagResult as QueryTagResult
    from .query_template_config_result import QueryTemplateConfigResult as QueryTemplateConfigResult
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
    from .query_user_result import QueryUserResult as QueryUserResult
    from .query_user_tag_result import QueryUserTagResult as QueryUserTagResult
    from .query_v2_v_conversion_host_result import (
        QueryV2VConversionHostResult as QueryV2VConversionHostResult,
    )
    from .query_v_center_cluster_result import (
        QueryVCenterClusterResult as QueryVCenterClusterResult,
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
    from .query_vip_result import QueryVipResult as QueryVipResult
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
    from .query_vm_nic_security_policy_result import (
        QueryVmNicSecurityPolicyResult as QueryVmNicSecurityPolicyResult,
    )
    from .query_vm_sched_history_result import (
        QueryVmSchedHistoryResult as QueryVmSchedHistoryResult,
    )
    from .query_vni_range_result import QueryVniRangeResult as QueryVniRangeResult
    from .query_volume_backup_result import QueryVolumeBackupResult as QueryVolumeBackupResult
    from .query_volume_result import QueryVolumeResult as QueryVolumeResult
    from .query_volume_snapshot_group_result import (
        QueryVolumeSnapshotGroupResult as QueryVolumeSnapshotGroupResult,
    )
    from .query_volume_snapshot_result import QueryVolumeSnapshotResult as QueryVolumeSnapshotResult
    from .query_vpc_firewall_result import QueryVpcFirewallResult as QueryVpcFirewallResult
    from .query_vpc_firewall_v_router_ref_result import (
        QueryVpcFirewallVRouterRefResult as QueryVpcFirewallVRouterRefResult,
    )
    from .query_vpc_ha_group_result import QueryVpcHaGroupResult as QueryVpcHaGroupResult
    from .query_vpc_router_result import QueryVpcRouterResult as QueryVpcRouterResult
    from .query_zone_result import QueryZoneResult as QueryZoneResult
    from .quota_inventory import QuotaInventory as QuotaInventory
    from .raid_physical_drive_inventory import (
        RaidPhysicalDriveInventory as RaidPhysicalDriveInventory,
    )
    from .reconnect_console_proxy_agent_result import (
        ReconnectConsoleProxyAgentResult as ReconnectConsoleProxyAgentResult,
    )
    from .reconnect_image_store_backup_storage_result import (
        ReconnectImageStoreBackupStorageResult as ReconnectImageStoreBackupStorageResult,
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
    from .recover_database_from_backup_result import (
        RecoverDatabaseFromBackupResult as RecoverDatabaseFromBackupResult,
    )
    from .recover_iam2_project_result import RecoverIAM2ProjectResult as RecoverIAM2ProjectResult
    from .recovery_image_from_image_store_backup_storage_result import (
        RecoveryImageFromImageStoreBackupStorageResult as RecoveryImageFromImageStoreBackupStorageResult,
    )
    from .ref import Ref as Ref
    from .refresh_load_balancer_result import RefreshLoadBalancerResult as RefreshLoadBalancerResult
    from .refresh_nvme_target_inventory import (
        RefreshNvmeTargetInventory as RefreshNvmeTargetInventory,
    )
    from .refresh_nvme_target_result import RefreshNvmeTargetResult as RefreshNvmeTargetResult
    from .refresh_sharedblock_device_capacity_result import (
        RefreshSharedblockDeviceCapacityResult as RefreshSharedblockDeviceCapacityResult,
    )
    from .register_license_requested_application_result import (
        RegisterLicenseRequestedApplicationResult as RegisterLicenseRequestedApplicationResult,
    )
    from .remote_vtep_inventory import RemoteVtepInventory as RemoteVtepInventory
    from .remove_access_control_list_from_load_balancer_result import (
        RemoveAccessControlListFromLoadBalancerResult as RemoveAccessControlListFromLoadBalancerResult,
    )
    from .remove_dns_from_vpc_router_result import (
        RemoveDnsFromVpcRouterResult as RemoveDnsFromVpcRouterResult,
    )
    from .remove_mon_from_ceph_primary_storage_result import (
        RemoveMonFromCephPrimaryStorageResult as RemoveMonFromCephPrimaryStorageResult,
    )
    from .request import Request as Request
    from .request_console_access_result import (
        RequestConsoleAccessResult as RequestConsoleAccessResult,
    )
    from .rerun_long_job_result import RerunLongJobResult as RerunLongJobResult
    from .reserved_ip_range_inventory import ReservedIpRangeInventory as ReservedIpRangeInventory
    from .reset_two_factor_authentication_secret_result import (
        ResetTwoFactorAuthenticationSecretResult as ResetTwoFactorAuthenticationSecretResult,
    )
    from .resource import Resource as Resource
    from .resource_account_inventory import ResourceAccountInventory as ResourceAccountInventory
    from .resource_config_inventory import ResourceConfigInventory as ResourceConfigInventory
    from .resource_names_inventory import ResourceNamesInventory as ResourceNamesInventory
    from .resource_price_inventory import ResourcePriceInventory as ResourcePriceInventory
    from .resource_ref import ResourceRef as ResourceRef
    from .resource_stack_inventory import ResourceStackInventory as ResourceStackInventory
    from .resource_type import ResourceType as ResourceType
    from .result import Result as Result
    from .role_inventory import RoleInventory as RoleInventory
    from .role_type import RoleType as RoleType
    from .root_volume_primary_storage import RootVolumePrimaryStorage as RootVolumePrimaryStorage
    from .route_entry import RouteEntry as RouteEntry
    from .router_area_inventory import RouterAreaInventory as RouterAreaInventory
    from .rp_group import RpGroup as RpGroup
    from .rule import Rule as Rule
    from .rule_map_state import RuleMapState as RuleMapState
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
    from .scsi_lun_host_ref import ScsiLunHostRef as ScsiLunHostRef
    from .scsi_lun_inventory import ScsiLunInventory as ScsiLunInventory
    from .scsi_lun_vm_instance_ref import ScsiLunVmInstanceRef as ScsiLunVmInstanceRef
    from .sdn_controller_inventory import SdnControllerInventory as SdnControllerInventory
    from .sdn_controller_status import SdnControllerStatus as SdnControllerStatus
    from .secret_resource_pool_inventory import (
        SecretResourcePoolInventory as SecretResourcePoolInventory,
    )
    from .security_group_inventory import SecurityGroupInventory as SecurityGroupInventory
    from .security_group_rule_inventory import (
        SecurityGroupRuleInventory as SecurityGroupRuleInventory,
    )
    from .security_machine_encrypt_result import (
        SecurityMachineEncryptResult as SecurityMachineEncryptResult,
    )
    from .security_machine_inventory import SecurityMachineInventory as SecurityMachineInventory
    from .self_test_local_raid_result import SelfTestLocalRaidResult as SelfTestLocalRaidResult
    from .server import Server as Server
    from .server_group_ref import ServerGroupRef as ServerGroupRef
    from .server_ip import ServerIp as ServerIp
    from .service import Service as Service
    from .service_type_statistic import ServiceTypeStatistic as ServiceTypeStatistic
    from .services_ref import ServicesRef as ServicesRef
    from .session_inventory import SessionInventory as SessionInventory
    from .session_status import SessionStatus as SessionStatus
    from .session_type import SessionType as SessionType
    from .set_flow_meter_router_id_result import (
        SetFlowMeterRouterIdResult as SetFlowMeterRouterIdResult,
    )
    from .set_ip_on_host_network_bonding_result import (
        SetIpOnHostNetworkBondingResult as SetIpOnHostNetworkBondingResult,
    )
    from .set_ip_on_host_network_interface_result import (
        SetIpOnHostNetworkInterfaceResult as SetIpOnHostNetworkInterfaceResult,
    )
    from .set_service_type_on_host_network_bonding_inventory import (
        SetServiceTypeOnHostNetworkBondingInventory as SetServiceTypeOnHostNetworkBondingInventory,
    )
    from .set_service_type_on_host_network_bonding_result import (
        SetServiceTypeOnHostNetworkBondingResult as SetServiceTypeOnHostNetworkBondingResult,
    )
    from .set_service_type_on_host_network_interface_inventory import (
        SetServiceTypeOnHostNetworkInterfaceInventory as SetServiceTypeOnHostNetworkInterfaceInventory,
    )
    from .set_service_type_on_host_network_interface_result import (
        SetServiceTypeOnHostNetworkInterfaceResult as SetServiceTypeOnHostNetworkInterfaceResult,
    )
    from .set_vip_qos_result import SetVipQosResult as SetVipQosResult
    from .set_vm_boot_volume_result import SetVmBootVolumeResult as SetVmBootVolumeResult
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
    from .sftp_backup_storage_inventory import (
        SftpBackupStorageInventory as SftpBackupStorageInventory,
    )
    from .shared_block_group_primary_storage_host_ref_inventory import (
        SharedBlockGroupPrimaryStorageHostRefInventory as SharedBlockGroupPrimaryStorageHostRefInventory,
    )
    from .shared_block_group_primary_storage_inventory import (
        SharedBlockGroupPrimaryStorageInventory as SharedBlockGroupPrimaryStorageInventory,
    )
    from .shared_block_inventory import SharedBlockInventory as SharedBlockInventory
    from .shared_block_type import SharedBlockType as SharedBlockType
    from .shared_resource_inventory import SharedResourceInventory as SharedResourceInventory
    from .shrink_result import ShrinkResult as ShrinkResult
    from .shrink_volume_snapshot_result import (
        ShrinkVolumeSnapshotResult as ShrinkVolumeSnapshotResult,
    )
    from .skipped_resources import SkippedResources as SkippedResources
    from .slave import Slave as Slave
    from .slb_group_inventory import SlbGroupInventory as SlbGroupInventory
    from .slb_offering_inventory import SlbOfferingInventory as SlbOfferingInventory
    from .slb_vm import SlbVm as SlbVm
    from .slb_vm_config_task import SlbVmConfigTask as SlbVmConfigTask
    from .slb_vm_instance_config_task_status import (
        SlbVmInstanceConfigTaskStatus as SlbVmInstanceConfigTaskStatus,
    )
    from .slb_vm_instance_inventory import SlbVmInstanceInventory as SlbVmInstanceInventory
    from .sms_receiver_type import SmsReceiverType as SmsReceiverType
    from .snmp_agent_inventory import SnmpAgentInventory as SnmpAgentInventory
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
    from .sns_http_test_connection_result import (
        SNSHttpTestConnectionResult as SNSHttpTestConnectionResult,
    )
    from .sns_microsoft_teams_test_connection_result import (
        SNSMicrosoftTeamsTestConnectionResult as SNSMicrosoftTeamsTestConnectionResult,
    )
    from .sns_sms_endpoint_inventory import SNSSmsEndpointInventory as SNSSmsEndpointInventory
    from .sns_snmp_test_connection_result import (
        SNSSnmpTestConnectionResult as SNSSnmpTestConnectionResult,
    )
    from .sns_text_template_inventory import SNSTextTemplateInventory as SNSTextTemplateInventory
    from .sns_topic_inventory import SNSTopicInventory as SNSTopicInventory
    from .sns_topic_subscriber_inventory import (
        SNSTopicSubscriberInventory as SNSTopicSubscriberInventory,
    )
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
    from .ssh_key_pair_inventory import SshKeyPairInventory as SshKeyPairInventory
    from .ssh_private_key_pair_inventory import (
        SshPrivateKeyPairInventory as SshPrivateKeyPairInventory,
    )
    from .sso_client_inventory import SSOClientInventory as SSOClientInventory
    from .sso_redirect_template_inventory import (
        SSORedirectTemplateInventory as SSORedirectTemplateInventory,
    )
    from .stack_template_inventory import StackTemplateInventory as StackTemplateInventory
    from .start_baremetal_pxe_server_result import (
        StartBaremetalPxeServerResult as StartBaremetalPxeServerResult,
    )
    from .state import State as State
    from .statement import Statement as Statement
    from .statement_effect import StatementEffect as StatementEffect
    from .sub_resource import SubResource as SubResource
    from .submit_long_job_result import SubmitLongJobResult as SubmitLongJobResult
    from .sync_backup_result import SyncBackupResult as SyncBackupResult
    from .sync_database_backup_result import SyncDatabaseBackupResult as SyncDatabaseBackupResult
    from .sync_image_result import SyncImageResult as SyncImageResult
    from .sync_ldap_server_result import SyncLdapServerResult as SyncLdapServerResult
    from .sync_v_center_result import SyncVCenterResult as SyncVCenterResult
    from .system_tag_inventory import SystemTagInventory as SystemTagInventory
    from .tag_pattern_inventory import TagPatternInventory as TagPatternInventory
    from .take_vm_console_screenshot_result import (
        TakeVmConsoleScreenshotResult as TakeVmConsoleScreenshotResult,
    )
    from .task_progress_inventory import TaskProgressInventory as TaskProgressInventory
    from .template import Template as Template
    from .template_config_inventory import TemplateConfigInventory as TemplateConfigInventory
    from .thirdparty_platform_inventory import (
        ThirdpartyPlatformInventory as ThirdpartyPlatformInventory,
    )
    from .ticket_flow_collection_inventory import (
        TicketFlowCollectionInventory as TicketFlowCollectionInventory,
    )
    from .ticket_flow_inventory import TicketFlowInventory as TicketFlowInventory
    from .ticket_history_inventory import TicketHistoryInventory as TicketHistoryInventory
    from .ticket_inventory import TicketInventory as TicketInventory
    from .ticket_status import TicketStatus as TicketStatus
    from .ticket_type_inventory import TicketTypeInventory as TicketTypeInventory
    from .token_introspection_result import TokenIntrospectionResult as TokenIntrospectionResult
    from .topology import Topology as Topology
    from .two_factor_authentication_inventory import (
        TwoFactorAuthenticationInventory as TwoFactorAuthenticationInventory,
    )
    from .two_factor_authentication_secret_inventory import (
        TwoFactorAuthenticationSecretInventory as TwoFactorAuthenticationSecretInventory,
    )
    from .two_factor_authentication_secret_status import (
        TwoFactorAuthenticationSecretStatus as TwoFactorAuthenticationSecretStatus,
    )
    from .undo_snapshot_creation_result import (
        UndoSnapshotCreationResult as UndoSnapshotCreationResult,
    )
    from .update_access_control_rule_result import (
        UpdateAccessControlRuleResult as UpdateAccessControlRuleResult,
    )
    from .update_active_alarm_template_result import (
        UpdateActiveAlarmTemplateResult as UpdateActiveAlarmTemplateResult,
    )
    from .update_alarm_label_result import UpdateAlarmLabelResult as UpdateAlarmLabelResult
    from .update_aliyun_sms_sns_text_template_result import (
        UpdateAliyunSmsSNSTextTemplateResult as UpdateAliyunSmsSNSTextTemplateResult,
    )
    from .update_aliyun_virtual_router_result import (
        UpdateAliyunVirtualRouterResult as UpdateAliyunVirtualRouterResult,
    )
    from .update_at_person_of_at_ding_talk_endpoint_result import (
        UpdateAtPersonOfAtDingTalkEndpointResult as UpdateAtPersonOfAtDingTalkEndpointResult,
    )
    from .update_auto_scaling_vm_template_result import (
        UpdateAutoScalingVmTemplateResult as UpdateAutoScalingVmTemplateResult,
    )
    from .update_bare_metal2_chassis_pci_device_result import (
        UpdateBareMetal2ChassisPciDeviceResult as UpdateBareMetal2ChassisPciDeviceResult,
    )
    from .update_bare_metal2_chassis_result import (
        UpdateBareMetal2ChassisResult as UpdateBareMetal2ChassisResult,
    )
    from .update_baremetal_pxe_server_result import (
        UpdateBaremetalPxeServerResult as UpdateBaremetalPxeServerResult,
    )
    from .update_block_primary_storage_result import (
        UpdateBlockPrimaryStorageResult as UpdateBlockPrimaryStorageResult,
    )
    from .update_block_volume_result import UpdateBlockVolumeResult as UpdateBlockVolumeResult
    from .update_ceph_primary_storage_pool_result import (
        UpdateCephPrimaryStoragePoolResult as UpdateCephPrimaryStoragePoolResult,
    )
    from .update_certificate_result import UpdateCertificateResult as UpdateCertificateResult
    from .update_cluster_os_result import UpdateClusterOSResult as UpdateClusterOSResult
    from .update_console_password_result import (
        UpdateConsolePasswordResult as UpdateConsolePasswordResult,
    )
    from .update_console_proxy_agent_result import (
        UpdateConsoleProxyAgentResult as UpdateConsoleProxyAgentResult,
    )
    from .update_email_media_result import UpdateEmailMediaResult as UpdateEmailMediaResult
    from .update_event_subscription_label_result import (
        UpdateEventSubscriptionLabelResult as UpdateEventSubscriptionLabelResult,
    )
    from .update_global_config_result import UpdateGlobalConfigResult as UpdateGlobalConfigResult
    from .update_guest_tools_state_result import (
        UpdateGuestToolsStateResult as UpdateGuestToolsStateResult,
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
    from .update_iam2_organization_attribute_result import (
        UpdateIAM2OrganizationAttributeResult as UpdateIAM2OrganizationAttributeResult,
    )
    from .update_iam2_project_attribute_result import (
        UpdateIAM2ProjectAttributeResult as UpdateIAM2ProjectAttributeResult,
    )
    from .update_iam2_virtual_id_attribute_result import (
        UpdateIAM2VirtualIDAttributeResult as UpdateIAM2VirtualIDAttributeResult,
    )
    from .update_iam2_virtual_id_group_attribute_result import (
        UpdateIAM2VirtualIDGroupAttributeResult as UpdateIAM2VirtualIDGroupAttributeResult,
    )
    from .update_image_package_result import UpdateImagePackageResult as UpdateImagePackageResult
    from .update_l2_network_result import UpdateL2NetworkResult as UpdateL2NetworkResult
    from .update_long_job_result import UpdateLongJobResult as UpdateLongJobResult
    from .update_mdev_device_spec_result import (
        UpdateMdevDeviceSpecResult as UpdateMdevDeviceSpecResult,
    )
    from .update_organization_quota_result import (
        UpdateOrganizationQuotaResult as UpdateOrganizationQuotaResult,
    )
    from .update_pci_device_spec_result import (
        UpdatePciDeviceSpecResult as UpdatePciDeviceSpecResult,
    )
    from .update_quota_result import UpdateQuotaResult as UpdateQuotaResult
    from .update_resource_config_result import (
        UpdateResourceConfigResult as UpdateResourceConfigResult,
    )
    from .update_resource_price_result import UpdateResourcePriceResult as UpdateResourcePriceResult
    from .update_scheduler_job_group_result import (
        UpdateSchedulerJobGroupResult as UpdateSchedulerJobGroupResult,
    )
    from .update_scheduler_job_result import UpdateSchedulerJobResult as UpdateSchedulerJobResult
    from .update_sdn_controller_result import UpdateSdnControllerResult as UpdateSdnControllerResult
    from .update_shared_block_result import UpdateSharedBlockResult as UpdateSharedBlockResult
    from .update_sns_text_template_result import (
        UpdateSNSTextTemplateResult as UpdateSNSTextTemplateResult,
    )
    from .update_sso_redirect_template_result import (
        UpdateSSORedirectTemplateResult as UpdateSSORedirectTemplateResult,
    )
    from .update_subscribe_event_result import (
        UpdateSubscribeEventResult as UpdateSubscribeEventResult,
    )
    from .update_template_config_result import (
        UpdateTemplateConfigResult as UpdateTemplateConfigResult,
    )
    from .update_v_center_result import UpdateVCenterResult as UpdateVCenterResult
    from .update_v_router_route_table_result import (
        UpdateVRouterRouteTableResult as UpdateVRouterRouteTableResult,
    )
    from .update_virtual_border_router_remote_result import (
        UpdateVirtualBorderRouterRemoteResult as UpdateVirtualBorderRouterRemoteResult,
    )
    from .update_virtual_router_result import UpdateVirtualRouterResult as UpdateVirtualRouterResult
    from .update_vni_range_result import UpdateVniRangeResult as UpdateVniRangeResult
    from .update_vpc_vpn_gateway_result import (
        UpdateVpcVpnGatewayResult as UpdateVpcVpnGatewayResult,
    )
    from .usage import Usage as Usage
    from .usage_report import UsageReport as UsageReport
    from .usb_device_inventory import UsbDeviceInventory as UsbDeviceInventory
    from .usb_device_state import UsbDeviceState as UsbDeviceState
    from .used_ip_inventory import UsedIpInventory as UsedIpInventory
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
    from .v_router_flow_meter_network_inventory import (
        VRouterFlowMeterNetworkInventory as VRouterFlowMeterNetworkInventory,
    )
    from .v_router_ospf_network_inventory import (
        VRouterOspfNetworkInventory as VRouterOspfNetworkInventory,
    )
    from .v_router_route_entry_inventory import (
        VRouterRouteEntryInventory as VRouterRouteEntryInventory,
    )
    from .v_router_route_table_inventory import (
        VRouterRouteTableInventory as VRouterRouteTableInventory,
    )
    from .validate_cluster_support_drs_result import (
        ValidateClusterSupportDRSResult as ValidateClusterSupportDRSResult,
    )
    from .validate_password_result import ValidatePasswordResult as ValidatePasswordResult
    from .validate_security_group_rule_result import (
        ValidateSecurityGroupRuleResult as ValidateSecurityGroupRuleResult,
    )
    from .validate_session_result import ValidateSessionResult as ValidateSessionResult
    from .vdi_port_info import VdiPortInfo as VdiPortInfo
    from .vip_inventory import VipInventory as VipInventory
    from .vip_qos_inventory import VipQosInventory as VipQosInventory
    from .vip_used_ports_inventory import VipUsedPortsInventory as VipUsedPortsInventory
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
    from .virtualizer_info_inventory import VirtualizerInfoInventory as VirtualizerInfoInventory
    from .vm_attachable_l3_network_inventory import (
        VmAttachableL3NetworkInventory as VmAttachableL3NetworkInventory,
    )
    from .vm_cd_rom_inventory import VmCdRomInventory as VmCdRomInventory
    from .vm_instance_inventory import VmInstanceInventory as VmInstanceInventory
    from .vm_instance_mdev_device_spec_ref_inventory import (
        VmInstanceMdevDeviceSpecRefInventory as VmInstanceMdevDeviceSpecRefInventory,
    )
    from .vm_instance_pci_device_spec_ref_inventory import (
        VmInstancePciDeviceSpecRefInventory as VmInstancePciDeviceSpecRefInventory,
    )
    from .vm_migration_candidate_hosts_inventory import (
        VmMigrationCandidateHostsInventory as VmMigrationCandidateHostsInventory,
    )
    from .vm_nic_attachable_eips_inventory import (
        VmNicAttachableEipsInventory as VmNicAttachableEipsInventory,
    )
    from .vm_nic_in_security_group_inventory import (
        VmNicInSecurityGroupInventory as VmNicInSecurityGroupInventory,
    )
    from .vm_nic_inventory import VmNicInventory as VmNicInventory
    from .vm_nic_ref import VmNicRef as VmNicRef
    from .vm_nic_security_policy_inventory import (
        VmNicSecurityPolicyInventory as VmNicSecurityPolicyInventory,
    )
    from .vm_sched_history_inventory import VmSchedHistoryInventory as VmSchedHistoryInventory
    from .vm_vf_nic_inventory import VmVfNicInventory as VmVfNicInventory
    from .vms_cap import VmsCap as VmsCap
    from .vni_range_inventory import VniRangeInventory as VniRangeInventory
    from .volume_backup_inventory import VolumeBackupInventory as VolumeBackupInventory
    from .volume_inventory import VolumeInventory as VolumeInventory
    from .volume_snapshot_group_inventory import (
        VolumeSnapshotGroupInventory as VolumeSnapshotGroupInventory,
    )
    from .volume_snapshot_inventory import VolumeSnapshotInventory as VolumeSnapshotInventory
    from .volume_snapshot_inventory_backup_storage_ref import (
        VolumeSnapshotInventoryBackupStorageRef as VolumeSnapshotInventoryBackupStorageRef,
    )
    from .volume_snapshot_ref import VolumeSnapshotRef as VolumeSnapshotRef
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
    from .vpc_ha_group_inventory import VpcHaGroupInventory as VpcHaGroupInventory
    from .vpc_ha_group_inventory_monitor import (
        VpcHaGroupInventoryMonitor as VpcHaGroupInventoryMonitor,
    )
    from .vpc_ha_group_inventory_service import (
        VpcHaGroupInventoryService as VpcHaGroupInventoryService,
    )
    from .vpc_multicast_route_inventory import (
        VpcMulticastRouteInventory as VpcMulticastRouteInventory,
    )
    from .vpc_router_inventory import VpcRouterInventory as VpcRouterInventory
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
    from .vpc_vr import VpcVr as VpcVr
    from .vr_ref import VrRef as VrRef
    from .vtep_inventory import VtepInventory as VtepInventory
    from .vxlan_pool import VxlanPool as VxlanPool
    from .webhook_inventory import WebhookInventory as WebhookInventory
    from .xml_hook_inventory import XmlHookInventory as XmlHookInventory
    from .xml_hook_type import XmlHookType as XmlHookType
    from .z_box_inventory import ZBoxInventory as ZBoxInventory
    from .zone_inventory import ZoneInventory as ZoneInventory

_MODULES = {
    "AccessControlListEntryInventory": "access_control_list_entry_inventory",
    "AccessControlListInventory": "access_control_list_inventory",
    "AccessControlRuleInventory": "access_control_rule_inventory",
    "AccessKeyInventory": "access_key_inventory",
    "AccessKeyState": "access_key_state",
    "AccountBillingInventory": "account_billing_inventory",
    "AccountInventory": "account_inventory",
    "AccountPriceTableRefInventory": "account_price_table_ref_inventory",
    "AccountResourceRefInventory": "account_resource_ref_inventory",
    "AckAlarmDataResult": "ack_alarm_data_result",
    "AclRef": "acl_ref",
    "Action": "action",
    "ActionType": "action_type",
    "ActiveAlarmTemplateInventory": "active_alarm_template_inventory",
    "AddAccessControlListEntryResult": "add_access_control_list_entry_result",
    "AddAccessControlListRedirectRuleResult": "add_access_control_list_redirect_rule_result",
    "AddActionToAlarmResult": "add_action_to_alarm_result",
    "AddActionToEventSubscriptionResult": "add_action_to_event_subscription_result",
    "AddAliyunEbsBackupStorageResult": "add_aliyun_ebs_backup_storage_result",
    "AddAliyunEbsPrimaryStorageResult": "add_aliyun_ebs_primary_storage_result",
    "AddAliyunKeySecretResult": "add_aliyun_key_secret_result",
    "AddAliyunNasAccessGroupResult": "add_aliyun_nas_access_group_result",
    "AddAliyunNasFileSystemResult": "add_aliyun_nas_file_system_result",
    "AddAliyunNasMountTargetResult": "add_aliyun_nas_mount_target_result",
    "AddAliyunPanguPartitionResult": "add_aliyun_pangu_partition_result",
    "AddAppBuildSystemResult": "add_app_build_system_result",
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
    "AddFiSecSecurityMachineResult": "add_fi_sec_security_machine_result",
    "AddHostRouteToL3NetworkResult": "add_host_route_to_l3_network_result",
    "AddIAM2TicketFlowResult": "add_iam2_ticket_flow_result",
    "AddIdentityZoneFromRemoteResult": "add_identity_zone_from_remote_result",
    "AddImageResult": "add_image_result",
    "AddInstanceToMonitorGroupResult": "add_instance_to_monitor_group_result",
    "AddIpRangeResult": "add_ip_range_result",
    "AddIpv6RangeResult": "add_ipv6_range_result",
    "AddIscsiServerResult": "add_iscsi_server_result",
    "AddKVMHostFromConfigFileResult": "add_kvm_host_from_config_file_result",
    "AddKVMHostFromConfigFileResult2": "add_kvm_host_from_config_file_result2",
    "AddKVMHostResult": "add_kvm_host_result",
    "AddLabelToEventSubscriptionResult": "add_label_to_event_subscription_result",
    "AddLdapServerResult": "add_ldap_server_result",
    "AddLogConfigurationResult": "add_log_configuration_result",
    "AddLogServerResult": "add_log_server_result",
    "AddMdevDeviceSpecToVmInstanceResult": "add_mdev_device_spec_to_vm_instance_result",
    "AddMetricRuleTemplateResult": "add_metric_rule_template_result",
    "AddMonToCephBackupStorageResult": "add_mon_to_ceph_backup_storage_result",
    "AddNvmeServerResult": "add_nvme_server_result",
    "AddOssBucketFromRemoteResult": "add_oss_bucket_from_remote_result",
    "AddPciDeviceSpecToVmInstanceResult": "add_pci_device_spec_to_vm_instance_result",
    "AddPreconfigurationTemplateResult": "add_preconfiguration_template_result",
    "AddRemoteCidrsToIPsecConnectionResult": "add_remote_cidrs_to_ipsec_connection_result",
    "AddRendezvousPointToMulticastRouterResult": "add_rendezvous_point_to_multicast_router_result",
    "AddReservedIpRangeResult": "add_reserved_ip_range_result",
    "AddSNSDingTalkAtPersonResult": "add_sns_ding_talk_at_person_result",
    "AddSNSFeiShuAtPersonResult": "add_sns_fei_shu_at_person_result",
    "AddSNSSmsReceiverInventory": "add_sns_sms_receiver_inventory",
    "AddSNSSmsReceiverResult": "add_sns_sms_receiver_result",
    "AddSNSWeComAtPersonResult": "add_sns_we_com_at_person_result",
    "AddSchedulerJobGroupToSchedulerTriggerResult": "add_scheduler_job_group_to_scheduler_trigger_result",
    "AddSchedulerJobToSchedulerTriggerResult": "add_scheduler_job_to_scheduler_trigger_result",
    "AddSdnControllerResult": "add_sdn_controller_result",
    "AddSecurityGroupRuleResult": "add_security_group_rule_result",
    "AddServerGroupToLoadBalancerListenerResult": "add_server_group_to_load_balancer_listener_result",
    "AddSharedBlockGroupPrimaryStorageResult": "add_shared_block_group_primary_storage_result",
    "AddSharedBlockToSharedBlockGroupResult": "add_shared_block_to_shared_block_group_result",
    "AddSimulatorHostResult": "add_simulator_host_result",
    "AddStackTemplateResult": "add_stack_template_result",
    "AddThirdpartyPlatformResult": "add_thirdparty_platform_result",
    "AddV2VConversionHostResult": "add_v2_v_conversion_host_result",
    "AddVCenterResult": "add_v_center_result",
    "AddVRouterNetworksToOspfAreaResult": "add_v_router_networks_to_ospf_area_result",
    "AddVRouterRouteEntryResult": "add_v_router_route_entry_result",
    "AddVmToAffinityGroupResult": "add_vm_to_affinity_group_result",
    "AddZBoxResult": "add_z_box_result",
    "AddressPoolInventory": "address_pool_inventory",
    "AffinityGroupInventory": "affinity_group_inventory",
    "AlarmInventory": "alarm_inventory",
    "AlarmLabelInventory": "alarm_label_inventory",
    "AlarmStatus": "alarm_status",
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
    "AttachAliyunDiskToEcsResult": "attach_aliyun_disk_to_ecs_result",
    "AttachAppBuildSystemToZoneResult": "attach_app_build_system_to_zone_result",
    "AttachAutoScalingTemplateToGroupResult": "attach_auto_scaling_template_to_group_result",
    "AttachBackupStorageToZoneResult": "attach_backup_storage_to_zone_result",
    "AttachBareMetal2GatewayToClusterResult": "attach_bare_metal2_gateway_to_cluster_result",
    "AttachBareMetal2ProvisionNetworkToClusterResult": "attach_bare_metal2_provision_network_to_cluster_result",
    "AttachBaremetalPxeServerToClusterResult": "attach_baremetal_pxe_server_to_cluster_result",
    "AttachDataVolumeToVmResult": "attach_data_volume_to_vm_result",
    "AttachFirewallRuleSetToL3Result": "attach_firewall_rule_set_to_l3_result",
    "AttachHybridEipToEcsResult": "attach_hybrid_eip_to_ecs_result",
    "AttachIAM2ProjectToIAM2OrganizationResult": "attach_iam2_project_to_iam2_organization_result",
    "AttachIsoToVmInstanceResult": "attach_iso_to_vm_instance_result",
    "AttachL2NetworkToClusterResult": "attach_l2_network_to_cluster_result",
    "AttachL3NetworkToVmNicResult": "attach_l3_network_to_vm_nic_result",
    "AttachMdevDeviceToVmResult": "attach_mdev_device_to_vm_result",
    "AttachNfvInstToGroupResult": "attach_nfv_inst_to_group_result",
    "AttachPciDeviceToVmResult": "attach_pci_device_to_vm_result",
    "AttachPortForwardingRuleResult": "attach_port_forwarding_rule_result",
    "AttachPriceTableToAccountResult": "attach_price_table_to_account_result",
    "AttachPrimaryStorageToClusterResult": "attach_primary_storage_to_cluster_result",
    "AttachProvisionNicToBondingResult": "attach_provision_nic_to_bonding_result",
    "AttachScsiLunToVmInstanceResult": "attach_scsi_lun_to_vm_instance_result",
    "AttachSecurityGroupToL3NetworkResult": "attach_security_group_to_l3_network_result",
    "AttachServiceToObservabilityServerResult": "attach_service_to_observability_server_result",
    "AttachSshKeyPairToVmInstanceResult": "attach_ssh_key_pair_to_vm_instance_result",
    "AttachTagToResourcesResult": "attach_tag_to_resources_result",
    "AttachTagToResourcesResult2": "attach_tag_to_resources_result2",
    "AttachUsbDeviceToVmResult": "attach_usb_device_to_vm_result",
    "AttachVRouterRouteTableToVRouterResult": "attach_v_router_route_table_to_v_router_result",
    "AttachVipToLoadBalancerResult": "attach_vip_to_load_balancer_result",
    "AttachVmNicToVmResult": "attach_vm_nic_to_vm_result",
    "AttachablePublicL3ForVRouterInventory": "attachable_public_l3_for_v_router_inventory",
    "AttachableVpcL3NetworkInventory": "attachable_vpc_l3_network_inventory",
    "AttachedHost": "attached_host",
    "AttachedInstanceOffering": "attached_instance_offering",
    "AttachedVniRange": "attached_vni_range",
    "AttachedVtepRef": "attached_vtep_ref",
    "AttachedVxlanNetworkRef": "attached_vxlan_network_ref",
    "Attribute": "attribute",
    "Audit": "audit",
    "AutoScalingGroupActivityInventory": "auto_scaling_group_activity_inventory",
    "AutoScalingGroupInstanceInventory": "auto_scaling_group_instance_inventory",
    "AutoScalingGroupInventory": "auto_scaling_group_inventory",
    "AutoScalingRuleInventory": "auto_scaling_rule_inventory",
    "AutoScalingRuleState": "auto_scaling_rule_state",
    "AutoScalingRuleStatus": "auto_scaling_rule_status",
    "AutoScalingRuleTriggerInventory": "auto_scaling_rule_trigger_inventory",
    "AutoScalingTemplateInventory": "auto_scaling_template_inventory",
    "AutoScalingVmTemplateInventory": "auto_scaling_vm_template_inventory",
    "BackupDatabaseToPublicCloudResult": "backup_database_to_public_cloud_result",
    "BackupStorageCandidatesForImageMigrationInventory": "backup_storage_candidates_for_image_migration_inventory",
    "BackupStorageInventory": "backup_storage_inventory",
    "BackupStorageMigrateImageResult": "backup_storage_migrate_image_result",
    "BackupStorageRef": "backup_storage_ref",
    "BareMetal2BondingInventory": "bare_metal2_bonding_inventory",
    "BareMetal2BondingNicRefInventory": "bare_metal2_bonding_nic_ref_inventory",
    "BareMetal2ChassisGpuDeviceInventory": "bare_metal2_chassis_gpu_device_inventory",
    "BareMetal2ChassisInventory": "bare_metal2_chassis_inventory",
    "BareMetal2ChassisOfferingInventory": "bare_metal2_chassis_offering_inventory",
    "BareMetal2ChassisPciDeviceInventory": "bare_metal2_chassis_pci_device_inventory",
    "BareMetal2GatewayInventory": "bare_metal2_gateway_inventory",
    "BareMetal2GatewayProvisionNicInventory": "bare_metal2_gateway_provision_nic_inventory",
    "BareMetal2InstanceInventory": "bare_metal2_instance_inventory",
    "BareMetal2InstanceProvisionNicInventory": "bare_metal2_instance_provision_nic_inventory",
    "BareMetal2ProvisionNetworkInventory": "bare_metal2_provision_network_inventory",
    "BaremetalBondingInventory": "baremetal_bonding_inventory",
    "BaremetalChassisInventory": "baremetal_chassis_inventory",
    "BaremetalInstanceInventory": "baremetal_instance_inventory",
    "BaremetalPxeServerInventory": "baremetal_pxe_server_inventory",
    "BatchAddBareMetal2IpmiChassisResult": "batch_add_bare_metal2_ipmi_chassis_result",
    "BatchCreateBaremetalChassisResult": "batch_create_baremetal_chassis_result",
    "BatchCreateIAM2VirtualIDFromConfigFileResult": "batch_create_iam2_virtual_id_from_config_file_result",
    "BatchDeleteVolumeSnapshotResult": "batch_delete_volume_snapshot_result",
    "BatchQueryResult": "batch_query_result",
    "BatchSyncVolumeSizeResult": "batch_sync_volume_size_result",
    "BindableConfig": "bindable_config",
    "BlockPrimaryStorageInventory": "block_primary_storage_inventory",
    "BlockVolumeInventory": "block_volume_inventory",
    "BmNic": "bm_nic",
    "Bonding": "bonding",
    "BootstrapMiniHostResult": "bootstrap_mini_host_result",
    "BuildAppExportHistoryInventory": "build_app_export_history_inventory",
    "BuildApplicationInventory": "build_application_inventory",
    "CCSCertificateInventory": "ccs_certificate_inventory",
    "CalculateAccountBillingSpendingResult": "calculate_account_billing_spending_result",
    "CalculateAccountSpendingResult": "calculate_account_spending_result",
    "CalculateImageHashResult": "calculate_image_hash_result",
    "CalculateResourceSpendingResult": "calculate_resource_spending_result",
    "CandidateAffinityGroupForAttachingVmInventory": "candidate_affinity_group_for_attaching_vm_inventory",
    "CandidateAffinityGroupForCreatingVmInventory": "candidate_affinity_group_for_creating_vm_inventory",
    "CandidateIsoForAttachingVmInventory": "candidate_iso_for_attaching_vm_inventory",
    "CandidateL3NetworksForChangeVmNicNetworkInventory": "candidate_l3_networks_for_change_vm_nic_network_inventory",
    "CandidateL3NetworksForLoadBalancerInventory": "candidate_l3_networks_for_load_balancer_inventory",
    "CandidateVMForAttachingAffinityGroupInventory": "candidate_vm_for_attaching_affinity_group_inventory",
    "CandidateVmNicsForLoadBalancerInventory": "candidate_vm_nics_for_load_balancer_inventory",
    "CandidateVmNicsForLoadBalancerServerGroupInventory": "candidate_vm_nics_for_load_balancer_server_group_inventory",
    "CandidateVmNicsForPortMirrorInventory": "candidate_vm_nics_for_port_mirror_inventory",
    "CapacityData": "capacity_data",
    "CasClientInventory": "cas_client_inventory",
    "CasState": "cas_state",
    "Category": "category",
    "CbtTaskInventory": "cbt_task_inventory",
    "CbtTaskStatus": "cbt_task_status",
    "CdDriver": "cd_driver",
    "CdpPolicyInventory": "cdp_policy_inventory",
    "CdpPolicyState": "cdp_policy_state",
    "CdpTaskInventory": "cdp_task_inventory",
    "CdpTaskState": "cdp_task_state",
    "CdpTaskStatus": "cdp_task_status",
    "CdpTaskType": "cdp_task_type",
    "CephBackupStorageInventory": "ceph_backup_storage_inventory",
    "CephOsdGroupInventory": "ceph_osd_group_inventory",
    "CephPrimaryStorageInventory": "ceph_primary_storage_inventory",
    "CephPrimaryStorageInventoryMon": "ceph_primary_storage_inventory_mon",
    "CephPrimaryStoragePoolInventory": "ceph_primary_storage_pool_inventory",
    "CertificateInventory": "certificate_inventory",
    "CertificateInventoryListener": "certificate_inventory_listener",
    "CertificateRef": "certificate_ref",
    "ChangeAccessControlListRedirectRuleResult": "change_access_control_list_redirect_rule_result",
    "ChangeAccessKeyStateResult": "change_access_key_state_result",
    "ChangeAccountPriceTableBindingResult": "change_account_price_table_binding_result",
    "ChangeAffinityGroupStateResult": "change_affinity_group_state_result",
    "ChangeBareMetal2InstancePasswordResult": "change_bare_metal2_instance_password_result",
    "ChangeBaremetalChassisStateResult": "change_baremetal_chassis_state_result",
    "ChangeClusterStateResult": "change_cluster_state_result",
    "ChangeDiskOfferingStateResult": "change_disk_offering_state_result",
    "ChangeEipStateResult": "change_eip_state_result",
    "ChangeFirewallRuleStateResult": "change_firewall_rule_state_result",
    "ChangeHostNetworkInterfaceLldpModeInventory": "change_host_network_interface_lldp_mode_inventory",
    "ChangeHostNetworkInterfaceLldpModeResult": "change_host_network_interface_lldp_mode_result",
    "ChangeIAM2OrganizationStateResult": "change_iam2_organization_state_result",
    "ChangeIAM2ProjectStateResult": "change_iam2_project_state_result",
    "ChangeIAM2VirtualIDGroupStateResult": "change_iam2_virtual_id_group_state_result",
    "ChangeIAM2VirtualIDStateResult": "change_iam2_virtual_id_state_result",
    "ChangeIAM2VirtualIDTypeResult": "change_iam2_virtual_id_type_result",
    "ChangeIPsecConnectionResult": "change_ipsec_connection_result",
    "ChangeInstanceOfferingStateResult": "change_instance_offering_state_result",
    "ChangeL2NetworkVlanIdResult": "change_l2_network_vlan_id_result",
    "ChangeL3NetworkDhcpIpAddressResult": "change_l3_network_dhcp_ip_address_result",
    "ChangeLoadBalancerListenerResult": "change_load_balancer_listener_result",
    "ChangeMediaStateResult": "change_media_state_result",
    "ChangeMonitorTriggerActionStateResult": "change_monitor_trigger_action_state_result",
    "ChangeMonitorTriggerStateResult": "change_monitor_trigger_state_result",
    "ChangeNfvInstGroupOperationModeResult": "change_nfv_inst_group_operation_mode_result",
    "ChangePortForwardingRuleStateResult": "change_port_forwarding_rule_state_result",
    "ChangePortMirrorStateResult": "change_port_mirror_state_result",
    "ChangeResourceOwnerResult": "change_resource_owner_result",
    "ChangeRoleStateResult": "change_role_state_result",
    "ChangeSNSApplicationEndpointStateResult": "change_sns_application_endpoint_state_result",
    "ChangeSNSApplicationPlatformStateResult": "change_sns_application_platform_state_result",
    "ChangeSNSTopicStateResult": "change_sns_topic_state_result",
    "ChangeSchedulerStateResult": "change_scheduler_state_result",
    "ChangeSdnControllerResult": "change_sdn_controller_result",
    "ChangeSecretResourcePoolStateResult": "change_secret_resource_pool_state_result",
    "ChangeSecurityGroupRuleResult": "change_security_group_rule_result",
    "ChangeSecurityGroupStateResult": "change_security_group_state_result",
    "ChangeSlbGroupDeployTypeResult": "change_slb_group_deploy_type_result",
    "ChangeTicketFlowCollectionStateResult": "change_ticket_flow_collection_state_result",
    "ChangeTicketStatusResult": "change_ticket_status_result",
    "ChangeVfNicHaStateResult": "change_vf_nic_ha_state_result",
    "ChangeVipStateResult": "change_vip_state_result",
    "ChangeVmImageResult": "change_vm_image_result",
    "ChangeVmNicNetworkResult": "change_vm_nic_network_result",
    "ChangeVmNicStateResult": "change_vm_nic_state_result",
    "ChangeVmNicTypeResult": "change_vm_nic_type_result",
    "ChangeVmSchedulingRuleStateResult": "change_vm_scheduling_rule_state_result",
    "ChangeVolumeStateResult": "change_volume_state_result",
    "ChangeVpcHaGroupMonitorIpsResult": "change_vpc_ha_group_monitor_ips_result",
    "ChangeVpcSharedQosBandwidthResult": "change_vpc_shared_qos_bandwidth_result",
    "ChangeZoneStateResult": "change_zone_state_result",
    "ChassisDisk": "chassis_disk",
    "ChassisNic": "chassis_nic",
    "CheckApiPermissionResult": "check_api_permission_result",
    "CheckBatchDataIntegrityResult": "check_batch_data_integrity_result",
    "CheckBuildAppParametersResult": "check_build_app_parameters_result",
    "CheckIAM2OrganizationAvailabilityResult": "check_iam2_organization_availability_result",
    "CheckIAM2VirtualIDConfigFileResult": "check_iam2_virtual_id_config_file_result",
    "CheckIAM2VirtualIDConfigFileResult2": "check_iam2_virtual_id_config_file_result2",
    "CheckIpAvailabilityResult": "check_ip_availability_result",
    "CheckNetworkReachableResult": "check_network_reachable_result",
    "CheckNetworkReachableResult2": "check_network_reachable_result2",
    "CheckResourcePermissionResult": "check_resource_permission_result",
    "CheckScsiLunClusterStatusResult": "check_scsi_lun_cluster_status_result",
    "CheckStackTemplateParametersResult": "check_stack_template_parameters_result",
    "CheckVipPortAvailabilityResult": "check_vip_port_availability_result",
    "CheckVolumeSnapshotGroupAvailabilityResult": "check_volume_snapshot_group_availability_result",
    "ChronyServerInfo": "chrony_server_info",
    "CleanInvalidLdapIAM2BindingInventory": "clean_invalid_ldap_iam2_binding_inventory",
    "CleanInvalidLdapIAM2BindingResult": "clean_invalid_ldap_iam2_binding_result",
    "CleanTrashResult": "clean_trash_result",
    "CleanUpStorageTrashOnPrimaryStorageResult": "clean_up_storage_trash_on_primary_storage_result",
    "CleanUpTrashOnBackupStorageResult": "clean_up_trash_on_backup_storage_result",
    "CloneMonitorTemplateResult": "clone_monitor_template_result",
    "CloneVmInstanceResult": "clone_vm_instance_result",
    "CloneVmInstanceResults": "clone_vm_instance_results",
    "ClusterDRSInventory": "cluster_drs_inventory",
    "ClusterInventory": "cluster_inventory",
    "ComparisonOperator": "comparison_operator",
    "ConfigTask": "config_task",
    "ConnectionAccessPointInventory": "connection_access_point_inventory",
    "ConnectionRelationShipInventory": "connection_relation_ship_inventory",
    "ConsoleInventory": "console_inventory",
    "ConsoleProxyAgentInventory": "console_proxy_agent_inventory",
    "Content": "content",
    "ControlStrategy": "control_strategy",
    "ConvertVmFromForeignHypervisorResult": "convert_vm_from_foreign_hypervisor_result",
    "Counter": "counter",
    "CreateAccessControlListResult": "create_access_control_list_result",
    "CreateAccountResult": "create_account_result",
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
    "CreateAutoScalingRuleAlarmTriggerResult": "create_auto_scaling_rule_alarm_trigger_result",
    "CreateAutoScalingRuleSchedulerJobTriggerResult": "create_auto_scaling_rule_scheduler_job_trigger_result",
    "CreateAutoScalingVmTemplateResult": "create_auto_scaling_vm_template_result",
    "CreateBareMetal2BondingResult": "create_bare_metal2_bonding_result",
    "CreateBareMetal2InstanceFromVmBackupResult": "create_bare_metal2_instance_from_vm_backup_result",
    "CreateBaremetalBondingResult": "create_baremetal_bonding_result",
    "CreateBaremetalInstanceResult": "create_baremetal_instance_result",
    "CreateBlockVolumeResult": "create_block_volume_result",
    "CreateBondingInventory": "create_bonding_inventory",
    "CreateBondingResult": "create_bonding_result",
    "CreateCasClientResult": "create_cas_client_result",
    "CreateCbtTaskResult": "create_cbt_task_result",
    "CreateCdpPolicyResult": "create_cdp_policy_result",
    "CreateCdpTaskResult": "create_cdp_task_result",
    "CreateCertificateResult": "create_certificate_result",
    "CreateClusterDRSResult": "create_cluster_drs_result",
    "CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult": "create_connection_between_l3_network_and_aliyun_v_switch_result",
    "CreateDataVolumeFromVolumeBackupResult": "create_data_volume_from_volume_backup_result",
    "CreateDataVolumeTemplateFromVolumeBackupResult": "create_data_volume_template_from_volume_backup_result",
    "CreateDataVolumeTemplateFromVolumeSnapshotResult": "create_data_volume_template_from_volume_snapshot_result",
    "CreateDatabaseBackupResult": "create_database_backup_result",
    "CreateEcsImageFromEcsSnapshotResult": "create_ecs_image_from_ecs_snapshot_result",
    "CreateEcsInstanceFromEcsImageResult": "create_ecs_instance_from_ecs_image_result",
    "CreateEcsSecurityGroupRemoteResult": "create_ecs_security_group_remote_result",
    "CreateEcsSecurityGroupRuleRemoteResult": "create_ecs_security_group_rule_remote_result",
    "CreateEcsVSwitchRemoteResult": "create_ecs_v_switch_remote_result",
    "CreateEcsVpcRemoteResult": "create_ecs_vpc_remote_result",
    "CreateFaultToleranceVmInstanceResult": "create_fault_tolerance_vm_instance_result",
    "CreateFirewallIpSetTemplateResult": "create_firewall_ip_set_template_result",
    "CreateFirewallRuleFromConfigFileResult": "create_firewall_rule_from_config_file_result",
    "CreateFirewallRuleSetResult": "create_firewall_rule_set_result",
    "CreateFirewallRuleTemplateResult": "create_firewall_rule_template_result",
    "CreateFlowCollectorResult": "create_flow_collector_result",
    "CreateFlowMeterResult": "create_flow_meter_result",
    "CreateGuestVmScriptResult": "create_guest_vm_script_result",
    "CreateHostNetworkServiceTypeResult": "create_host_network_service_type_result",
    "CreateHuaweiIMasterVRouterResult": "create_huawei_i_master_v_router_result",
    "CreateIAM2ProjectResult": "create_iam2_project_result",
    "CreateIAM2ProjectRoleResult": "create_iam2_project_role_result",
    "CreateIAM2ProjectTemplateResult": "create_iam2_project_template_result",
    "CreateIAM2VirtualIDFromLdapUidResult": "create_iam2_virtual_id_from_ldap_uid_result",
    "CreateIPsecConnectionResult": "create_ipsec_connection_result",
    "CreateImageReplicationGroupResult": "create_image_replication_group_result",
    "CreateL2HardwareVxlanNetworkPoolResult": "create_l2_hardware_vxlan_network_pool_result",
    "CreateL2HardwareVxlanNetworkResult": "create_l2_hardware_vxlan_network_result",
    "CreateL2NoVlanNetworkResult": "create_l2_no_vlan_network_result",
    "CreateL2VxlanNetworkResult": "create_l2_vxlan_network_result",
    "CreateL3NetworkResult": "create_l3_network_result",
    "CreateLdapBindingResult": "create_ldap_binding_result",
    "CreateLoadBalancerListenerResult": "create_load_balancer_listener_result",
    "CreateMetricDataHttpReceiverResult": "create_metric_data_http_receiver_result",
    "CreateMetricTemplateResult": "create_metric_template_result",
    "CreateMiniClusterResult": "create_mini_cluster_result",
    "CreateMonitorGroupResult": "create_monitor_group_result",
    "CreateNfvInstOfferingResult": "create_nfv_inst_offering_result",
    "CreateNfvInstResult": "create_nfv_inst_result",
    "CreateOAuthClientResult": "create_o_auth_client_result",
    "CreateObservabilityServerOfferingResult": "create_observability_server_offering_result",
    "CreateObservabilityServerResult": "create_observability_server_result",
    "CreateOvnControllerOfferingResult": "create_ovn_controller_offering_result",
    "CreatePciDeviceOfferingResult": "create_pci_device_offering_result",
    "CreatePolicyResult": "create_policy_result",
    "CreatePolicyRouteRuleResult": "create_policy_route_rule_result",
    "CreatePolicyRouteRuleSetResult": "create_policy_route_rule_set_result",
    "CreatePolicyRouteTableResult": "create_policy_route_table_result",
    "CreatePolicyRouteTableRouteEntryResult": "create_policy_route_table_route_entry_result",
    "CreatePortMirrorSessionResult": "create_port_mirror_session_result",
    "CreateRebootVmInstanceSchedulerResult": "create_reboot_vm_instance_scheduler_result",
    "CreateResourcePriceResult": "create_resource_price_result",
    "CreateResourceStackFromAppResult": "create_resource_stack_from_app_result",
    "CreateResourceStackResult": "create_resource_stack_result",
    "CreateSNSAliyunSmsEndpointResult": "create_sns_aliyun_sms_endpoint_result",
    "CreateSNSDingTalkEndpointResult": "create_sns_ding_talk_endpoint_result",
    "CreateSNSEmailEndpointResult": "create_sns_email_endpoint_result",
    "CreateSNSEmailPlatformResult": "create_sns_email_platform_result",
    "CreateSNSFeiShuEndpointResult": "create_sns_fei_shu_endpoint_result",
    "CreateSNSMicrosoftTeamsEndpointResult": "create_sns_microsoft_teams_endpoint_result",
    "CreateSNSSnmpEndpointResult": "create_sns_snmp_endpoint_result",
    "CreateSNSSnmpPlatformResult": "create_sns_snmp_platform_result",
    "CreateSNSTextTemplateResult": "create_sns_text_template_result",
    "CreateSNSUniversalSmsEndpointResult": "create_sns_universal_sms_endpoint_result",
    "CreateSNSWeComEndpointResult": "create_sns_we_com_endpoint_result",
    "CreateSSORedirectTemplateResult": "create_sso_redirect_template_result",
    "CreateSchedulerJobGroupResult": "create_scheduler_job_group_result",
    "CreateSchedulerTriggerResult": "create_scheduler_trigger_result",
    "CreateSlbGroupResult": "create_slb_group_result",
    "CreateSlbInstanceResult": "create_slb_instance_result",
    "CreateSlbOfferingResult": "create_slb_offering_result",
    "CreateSnmpAgentResult": "create_snmp_agent_result",
    "CreateSystemTagResult": "create_system_tag_result",
    "CreateUserResult": "create_user_result",
    "CreateUserTagResult": "create_user_tag_result",
    "CreateVRouterOspfAreaResult": "create_v_router_ospf_area_result",
    "CreateVmBackupInventory": "create_vm_backup_inventory",
    "CreateVmBackupInventoryBackupStorageRef": "create_vm_backup_inventory_backup_storage_ref",
    "CreateVmBackupResult": "create_vm_backup_result",
    "CreateVmCdRomResult": "create_vm_cd_rom_result",
    "CreateVmFromCdpBackupResult": "create_vm_from_cdp_backup_result",
    "CreateVmFromVmBackupResult": "create_vm_from_vm_backup_result",
    "CreateVmFromVolumeBackupResult": "create_vm_from_volume_backup_result",
    "CreateVmInstanceFromOvfResult": "create_vm_instance_from_ovf_result",
    "CreateVmInstanceFromVolumeResult": "create_vm_instance_from_volume_result",
    "CreateVmInstanceFromVolumeSnapshotResult": "create_vm_instance_from_volume_snapshot_result",
    "CreateVmInstanceResult": "create_vm_instance_result",
    "CreateVmUserDefinedXmlHookScriptResult": "create_vm_user_defined_xml_hook_script_result",
    "CreateVniRangeResult": "create_vni_range_result",
    "CreateVolumeBackupResult": "create_volume_backup_result",
    "CreateVolumeSnapshotGroupResult": "create_volume_snapshot_group_result",
    "CreateVolumeSnapshotResult": "create_volume_snapshot_result",
    "CreateVpcFirewallResult": "create_vpc_firewall_result",
    "CreateVpcHaGroupResult": "create_vpc_ha_group_result",
    "CreateVpcUserVpnGatewayRemoteResult": "create_vpc_user_vpn_gateway_remote_result",
    "CreateVpcVRouterResult": "create_vpc_v_router_result",
    "CreateVpcVpnConnectionRemoteResult": "create_vpc_vpn_connection_remote_result",
    "CreateVpnIkeConfigResult": "create_vpn_ike_config_result",
    "CreateVpnIpsecConfigResult": "create_vpn_ipsec_config_result",
    "CreateVxlanPoolRemoteVtepResult": "create_vxlan_pool_remote_vtep_result",
    "CreateVxlanVtepResult": "create_vxlan_vtep_result",
    "CreateWebhookResult": "create_webhook_result",
    "CreateZBoxBackupResult": "create_z_box_backup_result",
    "Data": "data",
    "DataCenterInventory": "data_center_inventory",
    "DataVolumeAttachableVmInventory": "data_volume_attachable_vm_inventory",
    "DatabaseBackupInventory": "database_backup_inventory",
    "DatabaseBackupInventoryBackupStorageRef": "database_backup_inventory_backup_storage_ref",
    "DecodeStackTemplateResult": "decode_stack_template_result",
    "DeleteVmConsolePasswordResult": "delete_vm_console_password_result",
    "DeleteVolumeSnapshotGroupResult": "delete_volume_snapshot_group_result",
    "DeleteVolumeSnapshotGroupResult2": "delete_volume_snapshot_group_result2",
    "DescribeVmInstanceRecoveryPointResult": "describe_vm_instance_recovery_point_result",
    "DetachIAM2ProjectFromIAM2OrganizationResult": "detach_iam2_project_from_iam2_organization_result",
    "DetachScsiLunFromHostInventory": "detach_scsi_lun_from_host_inventory",
    "DetachScsiLunFromHostResult": "detach_scsi_lun_from_host_result",
    "Detail": "detail",
    "Device": "device",
    "DirectoryInventory": "directory_inventory",
    "DisableCbtTaskResult": "disable_cbt_task_result",
    "DiscoverExternalPrimaryStorageResult": "discover_external_primary_storage_result",
    "Disk": "disk",
    "DiskOfferingInventory": "disk_offering_inventory",
    "Dn": "dn",
    "DownloadBackupFileFromPublicCloudResult": "download_backup_file_from_public_cloud_result",
    "EcsImageInventory": "ecs_image_inventory",
    "EcsInstanceInventory": "ecs_instance_inventory",
    "EcsSecurityGroupInventory": "ecs_security_group_inventory",
    "EcsSecurityGroupRuleInventory": "ecs_security_group_rule_inventory",
    "EcsVSwitchInventory": "ecs_v_switch_inventory",
    "EcsVpcInventory": "ecs_vpc_inventory",
    "EipAttachableVmNicsInventory": "eip_attachable_vm_nics_inventory",
    "EipInventory": "eip_inventory",
    "EmailMediaInventory": "email_media_inventory",
    "EmergencyLevel": "emergency_level",
    "EmptyResult": "empty_result",
    "Entry": "entry",
    "ErrorCode": "error_code",
    "Event": "event",
    "EventFromResourceStackInventory": "event_from_resource_stack_inventory",
    "EventRecordInventory": "event_record_inventory",
    "EventRuleTemplateInventory": "event_rule_template_inventory",
    "EventSubscriptionInventory": "event_subscription_inventory",
    "EventSubscriptionInventoryAction": "event_subscription_inventory_action",
    "EventSubscriptionLabelInventory": "event_subscription_label_inventory",
    "EventSubscriptionState": "event_subscription_state",
    "ExecuteAutoScalingRuleResult": "execute_auto_scaling_rule_result",
    "ExecuteGuestVmCommandResult": "execute_guest_vm_command_result",
    "ExecuteGuestVmScriptResult": "execute_guest_vm_script_result",
    "ExistingJobDetail": "existing_job_detail",
    "ExportBuildAppResult": "export_build_app_result",
    "ExportDatabaseBackupFromBackupStorageResult": "export_database_backup_from_backup_storage_result",
    "ExportImageFromBackupStorageResult": "export_image_from_backup_storage_result",
    "ExternalBackupInventory": "external_backup_inventory",
    "ExternalBackupStorageInventory": "external_backup_storage_inventory",
    "ExternalPrimaryStorageInventory": "external_primary_storage_inventory",
    "Failure": "failure",
    "FiberChannelLun": "fiber_channel_lun",
    "FiberChannelStorageInventory": "fiber_channel_storage_inventory",
    "FirewallRuleInventory": "firewall_rule_inventory",
    "FirewallRuleSetInventory": "firewall_rule_set_inventory",
    "FirewallRuleSetL3RefInventory": "firewall_rule_set_l3_ref_inventory",
    "FirewallRuleState": "firewall_rule_state",
    "FirewallRuleTemplateInventory": "firewall_rule_template_inventory",
    "FlattenVmInstanceResult": "flatten_vm_instance_result",
    "FlattenVolumeResult": "flatten_volume_result",
    "FlowCollectorInventory": "flow_collector_inventory",
    "FlowMeterInventory": "flow_meter_inventory",
    "Format": "format",
    "FuncType": "func_type",
    "GCJobInventory": "gc_job_inventory",
    "GenerateSshKeyPairResult": "generate_ssh_key_pair_result",
    "GetAccessPathResult": "get_access_path_result",
    "GetAccountPriceTableRefResult": "get_account_price_table_ref_result",
    "GetAccountQuotaUsageResult": "get_account_quota_usage_result",
    "GetAccountQuotaUsageUsage": "get_account_quota_usage_usage",
    "GetActiveAlarmStatusResult": "get_active_alarm_status_result",
    "GetAlarmDataResult": "get_alarm_data_result",
    "GetAllEventMetadataResult": "get_all_event_metadata_result",
    "GetAllMetricMetadataResult": "get_all_metric_metadata_result",
    "GetAppBuildSystemCapacityResult": "get_app_build_system_capacity_result",
    "GetAttachablePublicL3ForVRouterResult": "get_attachable_public_l3_for_v_router_result",
    "GetAttachableVpcL3NetworkResult": "get_attachable_vpc_l3_network_result",
    "GetAuditDataResult": "get_audit_data_result",
    "GetBackupStorageCandidatesForImageMigrationResult": "get_backup_storage_candidates_for_image_migration_result",
    "GetBackupStorageCapacityResult": "get_backup_storage_capacity_result",
    "GetBackupStorageTypesResult": "get_backup_storage_types_result",
    "GetBareMetal2ChassisPowerStatusResult": "get_bare_metal2_chassis_power_status_result",
    "GetBareMetal2GatewayAllocatorStrategiesResult": "get_bare_metal2_gateway_allocator_strategies_result",
    "GetBareMetal2ProvisionNetworkIpAddressCapacityResult": "get_bare_metal2_provision_network_ip_address_capacity_result",
    "GetBareMetal2SupportedBootModeResult": "get_bare_metal2_supported_boot_mode_result",
    "GetBaremetalChassisPowerStatusResult": "get_baremetal_chassis_power_status_result",
    "GetCandidateAffinityGroupForAttachingVmResult": "get_candidate_affinity_group_for_attaching_vm_result",
    "GetCandidateAffinityGroupForCreatingVmResult": "get_candidate_affinity_group_for_creating_vm_result",
    "GetCandidateInterfaceVlanIdsResult": "get_candidate_interface_vlan_ids_result",
    "GetCandidateIsoForAttachingVmResult": "get_candidate_iso_for_attaching_vm_result",
    "GetCandidateL3NetworksForChangeVmNicNetworkResult": "get_candidate_l3_networks_for_change_vm_nic_network_result",
    "GetCandidateL3NetworksForLoadBalancerResult": "get_candidate_l3_networks_for_load_balancer_result",
    "GetCandidateLdapEntryForBindingResult": "get_candidate_ldap_entry_for_binding_result",
    "GetCandidateLdapEntryForIAM2BindingResult": "get_candidate_ldap_entry_for_iam2_binding_result",
    "GetCandidateMiniHostsResult": "get_candidate_mini_hosts_result",
    "GetCandidateNetworkInterfacesResult": "get_candidate_network_interfaces_result",
    "GetCandidatePrimaryStoragesForCreatingVmResult": "get_candidate_primary_storages_for_creating_vm_result",
    "GetCandidateVMForAttachingAffinityGroupResult": "get_candidate_vm_for_attaching_affinity_group_result",
    "GetCandidateVmNicsForLoadBalancerResult": "get_candidate_vm_nics_for_load_balancer_result",
    "GetCandidateVmNicsForLoadBalancerServerGroupResult": "get_candidate_vm_nics_for_load_balancer_server_group_result",
    "GetCandidateVmNicsForPortMirrorResult": "get_candidate_vm_nics_for_port_mirror_result",
    "GetCandidateZonesClustersHostsForCreatingVmResult": "get_candidate_zones_clusters_hosts_for_creating_vm_result",
    "GetCdpBackupStorageRequirementResult": "get_cdp_backup_storage_requirement_result",
    "GetChainTaskResult": "get_chain_task_result",
    "GetChronyServersResult": "get_chrony_servers_result",
    "GetClusterDRSStatusResult": "get_cluster_drs_status_result",
    "GetClusterHostNetworkFactsResult": "get_cluster_host_network_facts_result",
    "GetConnectionBetweenL3NetworkAndAliyunVSwitchResult": "get_connection_between_l3_network_and_aliyun_v_switch_result",
    "GetCpuMemoryCapacityCapacityData": "get_cpu_memory_capacity_capacity_data",
    "GetCpuMemoryCapacityResult": "get_cpu_memory_capacity_result",
    "GetCreateEcsImageProgressResult": "get_create_ecs_image_progress_result",
    "GetCurrentTimeResult": "get_current_time_result",
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
    "GetFactoryModeStateResult": "get_factory_mode_state_result",
    "GetFaultToleranceVmsResult": "get_fault_tolerance_vms_result",
    "GetFlowMeterRouterIdResult": "get_flow_meter_router_id_result",
    "GetGlobalConfigOptionsResult": "get_global_config_options_result",
    "GetHostAllocatorStrategiesResult": "get_host_allocator_strategies_result",
    "GetHostCandidatesForVmMigrationResult": "get_host_candidates_for_vm_migration_result",
    "GetHostIommuStateResult": "get_host_iommu_state_result",
    "GetHostIommuStatusResult": "get_host_iommu_status_result",
    "GetHostMultipathTopologyResult": "get_host_multipath_topology_result",
    "GetHostMultipathTopologyResult2": "get_host_multipath_topology_result2",
    "GetHostNUMATopologyResult": "get_host_numa_topology_result",
    "GetHostNUMATopologyTopology": "get_host_numa_topology_topology",
    "GetHostNetworkFactsNic": "get_host_network_facts_nic",
    "GetHostNetworkFactsResult": "get_host_network_facts_result",
    "GetHostNetworkInterfaceLldpResult": "get_host_network_interface_lldp_result",
    "GetHostPowerStatusResult": "get_host_power_status_result",
    "GetHostResourceAllocationResult": "get_host_resource_allocation_result",
    "GetHostWebSshUrlResult": "get_host_web_ssh_url_result",
    "GetIAM2OrganizationVirtualIDNumberResult": "get_iam2_organization_virtual_id_number_result",
    "GetIAM2SystemAttributesResult": "get_iam2_system_attributes_result",
    "GetIAM2VirtualIDAPIPermissionResult": "get_iam2_virtual_idapi_permission_result",
    "GetImageCandidatesForVmToChangeResult": "get_image_candidates_for_vm_to_change_result",
    "GetImageQgaResult": "get_image_qga_result",
    "GetImagesFromImageStoreBackupStorageResult": "get_images_from_image_store_backup_storage_result",
    "GetInterdependentL3NetworksImagesResult": "get_interdependent_l3_networks_images_result",
    "GetInterfaceServiceTypeStatisticResult": "get_interface_service_type_statistic_result",
    "GetIpAddressCapacityCapacityData": "get_ip_address_capacity_capacity_data",
    "GetIpAddressCapacityResult": "get_ip_address_capacity_result",
    "GetL2NetworkTypesResult": "get_l2_network_types_result",
    "GetL3NetworkDhcpIpAddressResult": "get_l3_network_dhcp_ip_address_result",
    "GetL3NetworkIpStatisticResult": "get_l3_network_ip_statistic_result",
    "GetL3NetworkMtuResult": "get_l3_network_mtu_result",
    "GetL3NetworkRouterInterfaceIpResult": "get_l3_network_router_interface_ip_result",
    "GetLatestGuestToolsForVmResult": "get_latest_guest_tools_for_vm_result",
    "GetLicenseAddOnsResult": "get_license_add_ons_result",
    "GetLicenseInfoResult": "get_license_info_result",
    "GetLicenseRecordsResult": "get_license_records_result",
    "GetLoadBalancerOwnerResult": "get_load_balancer_owner_result",
    "GetLocalRaidPhysicalDriveSmartResult": "get_local_raid_physical_drive_smart_result",
    "GetLocalStorageHostDiskCapacityResult": "get_local_storage_host_disk_capacity_result",
    "GetLoginCaptchaResult": "get_login_captcha_result",
    "GetLoginProceduresResult": "get_login_procedures_result",
    "GetManagementNodeArchResult": "get_management_node_arch_result",
    "GetManagementNodeDirCapacityResult": "get_management_node_dir_capacity_result",
    "GetMemorySnapshotGroupReferenceResult": "get_memory_snapshot_group_reference_result",
    "GetMetricDataResult": "get_metric_data_result",
    "GetMetricLabelValueResult": "get_metric_label_value_result",
    "GetNetworkServiceTypesResult": "get_network_service_types_result",
    "GetNicQosResult": "get_nic_qos_result",
    "GetNoTriggerSchedulerJobsResult": "get_no_trigger_scheduler_jobs_result",
    "GetOAuth2TokenResult": "get_o_auth2_token_result",
    "GetObservabilityServerServiceDataResult": "get_observability_server_service_data_result",
    "GetOrganizationQuotaUsageResult": "get_organization_quota_usage_result",
    "GetOssBucketFileFromRemoteResult": "get_oss_bucket_file_from_remote_result",
    "GetPciDeviceCandidatesForAttachingVmResult": "get_pci_device_candidates_for_attaching_vm_result",
    "GetPlatformTimeZoneResult": "get_platform_time_zone_result",
    "GetPolicyRouteRuleSetFromVirtualRouterResult": "get_policy_route_rule_set_from_virtual_router_result",
    "GetPrimaryStorageAllocatorStrategiesResult": "get_primary_storage_allocator_strategies_result",
    "GetPrimaryStorageCandidatesForVmMigrationResult": "get_primary_storage_candidates_for_vm_migration_result",
    "GetPrimaryStorageCandidatesForVolumeMigrationResult": "get_primary_storage_candidates_for_volume_migration_result",
    "GetPrimaryStorageCapacityResult": "get_primary_storage_capacity_result",
    "GetPrimaryStorageLicenseInfoResult": "get_primary_storage_license_info_result",
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
    "GetSSOClientResult": "get_sso_client_result",
    "GetSchedulerExecutionReportResult": "get_scheduler_execution_report_result",
    "GetScsiLunCandidatesForAttachingVmResult": "get_scsi_lun_candidates_for_attaching_vm_result",
    "GetSharedBlockCandidateResult": "get_shared_block_candidate_result",
    "GetSharedBlockCandidateResult2": "get_shared_block_candidate_result2",
    "GetSignatureServerEncryptPublicKeyResult": "get_signature_server_encrypt_public_key_result",
    "GetSpiceCertificatesResult": "get_spice_certificates_result",
    "GetSupportAPIsResult": "get_support_apis_result",
    "GetSupportedCloudFormationResourcesResource": "get_supported_cloud_formation_resources_resource",
    "GetSupportedCloudFormationResourcesResult": "get_supported_cloud_formation_resources_result",
    "GetTaskProgressResult": "get_task_progress_result",
    "GetTextTemplateArgResult": "get_text_template_arg_result",
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
    "GetVmMigrationCandidateHostsResult": "get_vm_migration_candidate_hosts_result",
    "GetVmMonitorNumberResult": "get_vm_monitor_number_result",
    "GetVmNicAttachableEipsResult": "get_vm_nic_attachable_eips_result",
    "GetVmNicAttachedNetworkServiceResult": "get_vm_nic_attached_network_service_result",
    "GetVmNumaResult": "get_vm_numa_result",
    "GetVmRDPResult": "get_vm_rdp_result",
    "GetVmSchedulingRulesExecuteStateResult": "get_vm_scheduling_rules_execute_state_result",
    "GetVmSshKeyResult": "get_vm_ssh_key_result",
    "GetVmStartingCandidateClustersHostsResult": "get_vm_starting_candidate_clusters_hosts_result",
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
    "GetVpcIPsecLogResult": "get_vpc_ipsec_log_result",
    "GetVpcMulticastRouteResult": "get_vpc_multicast_route_result",
    "GetVpcVRouterDistributedRoutingConnectionsResult": "get_vpc_v_router_distributed_routing_connections_result",
    "GetVpcVRouterDistributedRoutingEnabledResult": "get_vpc_v_router_distributed_routing_enabled_result",
    "GetVpcVRouterNetworkServiceStateResult": "get_vpc_v_router_network_service_state_result",
    "GetVpcVpnConfigurationFromRemoteResult": "get_vpc_vpn_configuration_from_remote_result",
    "GetZWatchAlertHistogramResult": "get_z_watch_alert_histogram_result",
    "GlobalConfigInventory": "global_config_inventory",
    "GlobalConfigOptions": "global_config_options",
    "GlobalConfigTemplateInventory": "global_config_template_inventory",
    "GpuDeviceInventory": "gpu_device_inventory",
    "GuestToolsInventory": "guest_tools_inventory",
    "GuestToolsQgaState": "guest_tools_qga_state",
    "GuestToolsStateInventory": "guest_tools_state_inventory",
    "GuestToolsZWatchState": "guest_tools_z_watch_state",
    "GuestVmScriptExecutedRecordDetailInventory": "guest_vm_script_executed_record_detail_inventory",
    "GuestVmScriptExecutedRecordInventory": "guest_vm_script_executed_record_inventory",
    "GuestVmScriptInventory": "guest_vm_script_inventory",
    "HBADeviceInventory": "hba_device_inventory",
    "HaRef": "ha_ref",
    "HaStrategyConditionInventory": "ha_strategy_condition_inventory",
    "HardwareL2VxlanNetworkPoolInventory": "hardware_l2_vxlan_network_pool_inventory",
    "History": "history",
    "HostCandidatesForVmMigrationInventory": "host_candidates_for_vm_migration_inventory",
    "HostConnectedStatus": "host_connected_status",
    "HostInventory": "host_inventory",
    "HostIommuStatusType": "host_iommu_status_type",
    "HostIpmiInventory": "host_ipmi_inventory",
    "HostNetworkBondingInventory": "host_network_bonding_inventory",
    "HostNetworkInterfaceInventory": "host_network_interface_inventory",
    "HostNetworkInterfaceLldpRefInventory": "host_network_interface_lldp_ref_inventory",
    "HostNetworkInterfaceServiceType": "host_network_interface_service_type",
    "HostNetworkLabelInventory": "host_network_label_inventory",
    "HostOsCategoryInventory": "host_os_category_inventory",
    "HostRef": "host_ref",
    "HostRoute": "host_route",
    "HuaweiIMasterFabricInventory": "huawei_i_master_fabric_inventory",
    "HuaweiIMasterTenantInventory": "huawei_i_master_tenant_inventory",
    "HuaweiIMasterVRouterInventory": "huawei_i_master_v_router_inventory",
    "HuaweiIMasterVpcInventory": "huawei_i_master_vpc_inventory",
    "HybridAccountInventory": "hybrid_account_inventory",
    "HybridEipAddressInventory": "hybrid_eip_address_inventory",
    "IAM2LdapBindingInventory": "iam2_ldap_binding_inventory",
    "IAM2OrganizationAttributeInventory": "iam2_organization_attribute_inventory",
    "IAM2OrganizationInventory": "iam2_organization_inventory",
    "IAM2OrganizationProjectRefInventory": "iam2_organization_project_ref_inventory",
    "IAM2ProjectAccountRefInventory": "iam2_project_account_ref_inventory",
    "IAM2ProjectAttributeInventory": "iam2_project_attribute_inventory",
    "IAM2ProjectInventory": "iam2_project_inventory",
    "IAM2ProjectTemplateInventory": "iam2_project_template_inventory",
    "IAM2SystemAttributesInventory": "iam2_system_attributes_inventory",
    "IAM2VirtualIDAttributeInventory": "iam2_virtual_id_attribute_inventory",
    "IAM2VirtualIDGroupAttributeInventory": "iam2_virtual_id_group_attribute_inventory",
    "IAM2VirtualIDGroupInventory": "iam2_virtual_id_group_inventory",
    "IAM2VirtualIDInventory": "iam2_virtual_id_inventory",
    "IPsecConnectionInventory": "ipsec_connection_inventory",
    "IdentityZoneInventory": "identity_zone_inventory",
    "ImageCandidatesForVmToChangeInventory": "image_candidates_for_vm_to_change_inventory",
    "ImageInventory": "image_inventory",
    "ImagePackageInventory": "image_package_inventory",
    "ImagePackageState": "image_package_state",
    "ImageReplicationGroupInventory": "image_replication_group_inventory",
    "ImageStoreBackupStorageInventory": "image_store_backup_storage_inventory",
    "Info": "info",
    "InfoList": "info_list",
    "InspectBareMetal2ChassisByInstanceResult": "inspect_bare_metal2_chassis_by_instance_result",
    "InstType": "inst_type",
    "InstanceOfferingInventory": "instance_offering_inventory",
    "Inventory": "inventory",
    "IpAddressInventory": "ip_address_inventory",
    "IpRangeInventory": "ip_range_inventory",
    "IpRangeType": "ip_range_type",
    "IpSetType": "ip_set_type",
    "IpStatistic": "ip_statistic",
    "IsOpensourceVersionResult": "is_opensource_version_result",
    "IsVfNicAvailableInL3NetworkResult": "is_vf_nic_available_in_l3_network_result",
    "IscsiClusterRef": "iscsi_cluster_ref",
    "IscsiLunInventory": "iscsi_lun_inventory",
    "IscsiServerInventory": "iscsi_server_inventory",
    "IscsiTarget": "iscsi_target",
    "JsonLabelInventory": "json_label_inventory",
    "KvmHypervisorInfoInventory": "kvm_hypervisor_info_inventory",
    "KvmRunShellInventory": "kvm_run_shell_inventory",
    "KvmRunShellResult": "kvm_run_shell_result",
    "L2NetworkInventory": "l2_network_inventory",
    "L2VlanNetworkInventory": "l2_vlan_network_inventory",
    "L2VxlanNetworkInventory": "l2_vxlan_network_inventory",
    "L2VxlanNetworkPoolInventory": "l2_vxlan_network_pool_inventory",
    "L3NetworkInventory": "l3_network_inventory",
    "L3NetworkRef": "l3_network_ref",
    "L3Ref": "l3_ref",
    "Label": "label",
    "Lb": "lb",
    "LdapAccountRefInventory": "ldap_account_ref_inventory",
    "LdapIAM2VirtualIDRefInventory": "ldap_iam2_virtual_id_ref_inventory",
    "LdapServerInventory": "ldap_server_inventory",
    "LicenseInventory": "license_inventory",
    "ListVMsFromKVMHostResult": "list_vms_from_kvm_host_result",
    "ListVmSchedulingRulesFromExecuteStateResult": "list_vm_scheduling_rules_from_execute_state_result",
    "Listener": "listener",
    "LoadBalancerInventory": "load_balancer_inventory",
    "LoadBalancerListenerInventory": "load_balancer_listener_inventory",
    "LoadBalancerServerGroupInventory": "load_balancer_server_group_inventory",
    "LoadBalancerServerGroupInventoryVmNicRef": "load_balancer_server_group_inventory_vm_nic_ref",
    "LocalStorageHostDiskCapacityInventory": "local_storage_host_disk_capacity_inventory",
    "LocalStorageMigrateVolumeResult": "local_storage_migrate_volume_result",
    "LocalStorageResourceRefInventory": "local_storage_resource_ref_inventory",
    "LocateLocalRaidPhysicalDriveResult": "locate_local_raid_physical_drive_result",
    "LogCategory": "log_category",
    "LogInByAccountResult": "log_in_by_account_result",
    "LogInByLdapResult": "log_in_by_ldap_result",
    "LogInResult": "log_in_result",
    "LogLevel": "log_level",
    "LogServerInventory": "log_server_inventory",
    "LogType": "log_type",
    "LoginIAM2PlatformResult": "login_iam2_platform_result",
    "LoginIAM2ProjectResult": "login_iam2_project_result",
    "LoginIAM2VirtualIDWithLdapResult": "login_iam2_virtual_id_with_ldap_result",
    "LongJobInventory": "long_job_inventory",
    "LongJobState": "long_job_state",
    "ManagementNodeInventory": "management_node_inventory",
    "MdevDeviceInventory": "mdev_device_inventory",
    "MdevDeviceSpecInventory": "mdev_device_spec_inventory",
    "MdevDeviceSpecState": "mdev_device_spec_state",
    "MdevDeviceState": "mdev_device_state",
    "MdevDeviceStatus": "mdev_device_status",
    "MdevDeviceType": "mdev_device_type",
    "MdevSpecRef": "mdev_spec_ref",
    "MediaInventory": "media_inventory",
    "MemorySnapshotGroupReferenceInventory": "memory_snapshot_group_reference_inventory",
    "MetaDataEntry": "meta_data_entry",
    "MetadataList": "metadata_list",
    "Metric": "metric",
    "MetricDataHttpReceiverInventory": "metric_data_http_receiver_inventory",
    "MetricRuleTemplateInventory": "metric_rule_template_inventory",
    "MetricTemplateInventory": "metric_template_inventory",
    "MigrateVmResult": "migrate_vm_result",
    "Mon": "mon",
    "Monitor": "monitor",
    "MonitorGroupInstanceInventory": "monitor_group_instance_inventory",
    "MonitorGroupInventory": "monitor_group_inventory",
    "MonitorGroupTemplateRefInventory": "monitor_group_template_ref_inventory",
    "MonitorIp": "monitor_ip",
    "MonitorTemplateInventory": "monitor_template_inventory",
    "MonitorTriggerActionInventory": "monitor_trigger_action_inventory",
    "MonitorTriggerInventory": "monitor_trigger_inventory",
    "MountVmInstanceRecoveryPointResult": "mount_vm_instance_recovery_point_result",
    "MttyDeviceInventory": "mtty_device_inventory",
    "MttyDeviceState": "mtty_device_state",
    "MttyDeviceType": "mtty_device_type",
    "MttyDeviceVirtStatus": "mtty_device_virt_status",
    "MulticastRouterInventory": "multicast_router_inventory",
    "NasFileSystemInventory": "nas_file_system_inventory",
    "NasMountTargetInventory": "nas_mount_target_inventory",
    "Neighbor": "neighbor",
    "Network": "network",
    "NetworkService": "network_service",
    "NetworkServiceL3NetworkRefInventory": "network_service_l3_network_ref_inventory",
    "NetworkServiceProviderInventory": "network_service_provider_inventory",
    "NfvInstGroupInventory": "nfv_inst_group_inventory",
    "NfvInstGroupOperationMode": "nfv_inst_group_operation_mode",
    "NfvInstGroupStatus": "nfv_inst_group_status",
    "NfvInstInventory": "nfv_inst_inventory",
    "Nic": "nic",
    "NoTriggerSchedulerJobsInventory": "no_trigger_scheduler_jobs_inventory",
    "NvmeLunHostRef": "nvme_lun_host_ref",
    "NvmeLunInventory": "nvme_lun_inventory",
    "NvmeServerInventory": "nvme_server_inventory",
    "NvmeTargetInventory": "nvme_target_inventory",
    "OAuth2ClientInventory": "o_auth2_client_inventory",
    "OAuth2TokenInventory": "o_auth2_token_inventory",
    "ObservabilityServerServiceDataInventory": "observability_server_service_data_inventory",
    "ObservabilityServerVmInventory": "observability_server_vm_inventory",
    "Operator": "operator",
    "OssBucketInventory": "oss_bucket_inventory",
    "OvfCpuInfo": "ovf_cpu_info",
    "OvfInfo": "ovf_info",
    "OvfInfoNetwork": "ovf_info_network",
    "OvfMemoryInfo": "ovf_memory_info",
    "OvfOSInfo": "ovf_os_info",
    "OvfSystemInfo": "ovf_system_info",
    "PacketsForwardType": "packets_forward_type",
    "Pagination": "pagination",
    "Paramete": "paramete",
    "ParseOvfResult": "parse_ovf_result",
    "PciDeviceChooser": "pci_device_chooser",
    "PciDeviceInventory": "pci_device_inventory",
    "PciDeviceMetaData": "pci_device_meta_data",
    "PciDeviceMetaDataOperator": "pci_device_meta_data_operator",
    "PciDeviceOfferingInventory": "pci_device_offering_inventory",
    "PciDeviceOfferingType": "pci_device_offering_type",
    "PciDevicePciDeviceOfferingInventory": "pci_device_pci_device_offering_inventory",
    "PciDeviceSpecInventory": "pci_device_spec_inventory",
    "PciDeviceSpecState": "pci_device_spec_state",
    "PciDeviceState": "pci_device_state",
    "PciDeviceStatus": "pci_device_status",
    "PciDeviceType": "pci_device_type",
    "PciDeviceVirtStatus": "pci_device_virt_status",
    "PeerCidr": "peer_cidr",
    "Permission": "permission",
    "PolicyInventory": "policy_inventory",
    "PolicyInventoryStatement": "policy_inventory_statement",
    "PolicyRouteRuleInventory": "policy_route_rule_inventory",
    "PolicyRouteRuleProtocol": "policy_route_rule_protocol",
    "PolicyRouteRuleSetFromVirtualRouterInventory": "policy_route_rule_set_from_virtual_router_inventory",
    "PolicyRouteRuleSetInventory": "policy_route_rule_set_inventory",
    "PolicyRouteRuleSetL3RefInventory": "policy_route_rule_set_l3_ref_inventory",
    "PolicyRouteRuleSetVRouterRefInventory": "policy_route_rule_set_v_router_ref_inventory",
    "PolicyRouteRuleState": "policy_route_rule_state",
    "PolicyRouteTableInventory": "policy_route_table_inventory",
    "PolicyRouteTableRouteEntryInventory": "policy_route_table_route_entry_inventory",
    "PolicyStatement": "policy_statement",
    "PortForwardingRuleInventory": "port_forwarding_rule_inventory",
    "PortMirrorInventory": "port_mirror_inventory",
    "PortMirrorNetworkUsedIpInventory": "port_mirror_network_used_ip_inventory",
    "PortMirrorSessionInventory": "port_mirror_session_inventory",
    "PortMirrorState": "port_mirror_state",
    "PreconfigurationTemplateInventory": "preconfiguration_template_inventory",
    "PreviewResourceFromAppResult": "preview_resource_from_app_result",
    "PreviewResourceStackResult": "preview_resource_stack_result",
    "PreviewResourceStruct": "preview_resource_struct",
    "PreviewResourceStructAction": "preview_resource_struct_action",
    "PriceInventory": "price_inventory",
    "PriceTableInventory": "price_table_inventory",
    "PrimaryStorageCandidatesForVmMigrationInventory": "primary_storage_candidates_for_vm_migration_inventory",
    "PrimaryStorageCandidatesForVolumeMigrationInventory": "primary_storage_candidates_for_volume_migration_inventory",
    "PrimaryStorageInventory": "primary_storage_inventory",
    "PrimaryStorageMigrateVmResult": "primary_storage_migrate_vm_result",
    "PrimaryStorageMigrateVolumeResult": "primary_storage_migrate_volume_result",
    "ProgressProperty": "progress_property",
    "PrometheusQueryLabelValuesResult": "prometheus_query_label_values_result",
    "ProtocolType": "protocol_type",
    "ProvisionNfvInstConfigResult": "provision_nfv_inst_config_result",
    "ProvisionVirtualRouterConfigResult": "provision_virtual_router_config_result",
    "PublishAppInventory": "publish_app_inventory",
    "PublishAppResult": "publish_app_result",
    "PullHuaweiIMasterControllerInventory": "pull_huawei_i_master_controller_inventory",
    "PullHuaweiIMasterControllerResult": "pull_huawei_i_master_controller_result",
    "PullSdnControllerTenantInventory": "pull_sdn_controller_tenant_inventory",
    "PullSdnControllerTenantResult": "pull_sdn_controller_tenant_result",
    "QueryAccessControlListResult": "query_access_control_list_result",
    "QueryAccessControlRuleResult": "query_access_control_rule_result",
    "QueryAccessKeyResult": "query_access_key_result",
    "QueryAccountBillingResult": "query_account_billing_result",
    "QueryAccountPriceTableRefResult": "query_account_price_table_ref_result",
    "QueryAccountResourceRefResult": "query_account_resource_ref_result",
    "QueryAccountResult": "query_account_result",
    "QueryAddressPoolResult": "query_address_pool_result",
    "QueryAffinityGroupResult": "query_affinity_group_result",
    "QueryAlarmRecordResult": "query_alarm_record_result",
    "QueryAlarmResult": "query_alarm_result",
    "QueryApplianceVmResult": "query_appliance_vm_result",
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
    "QueryCbtTaskResult": "query_cbt_task_result",
    "QueryCdpPolicyResult": "query_cdp_policy_result",
    "QueryCdpTaskResult": "query_cdp_task_result",
    "QueryCephBackupStorageResult": "query_ceph_backup_storage_result",
    "QueryCephOsdGroupResult": "query_ceph_osd_group_result",
    "QueryCephPrimaryStoragePoolResult": "query_ceph_primary_storage_pool_result",
    "QueryCephPrimaryStorageResult": "query_ceph_primary_storage_result",
    "QueryCertificateResult": "query_certificate_result",
    "QueryClusterResult": "query_cluster_result",
    "QueryConsoleProxyAgentResult": "query_console_proxy_agent_result",
    "QueryDatabaseBackupResult": "query_database_backup_result",
    "QueryDirectoryResult": "query_directory_result",
    "QueryDiskOfferingResult": "query_disk_offering_result",
    "QueryEipResult": "query_eip_result",
    "QueryEventFromResourceStackResult": "query_event_from_resource_stack_result",
    "QueryEventRecordResult": "query_event_record_result",
    "QueryEventSubscriptionResult": "query_event_subscription_result",
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
    "QueryGuestVmScriptExecutedRecordDetailResult": "query_guest_vm_script_executed_record_detail_result",
    "QueryGuestVmScriptExecutedRecordResult": "query_guest_vm_script_executed_record_result",
    "QueryGuestVmScriptResult": "query_guest_vm_script_result",
    "QueryHBADeviceResult": "query_hba_device_result",
    "QueryHostNetworkBondingResult": "query_host_network_bonding_result",
    "QueryHostNetworkInterfaceLldpResult": "query_host_network_interface_lldp_result",
    "QueryHostNetworkInterfaceResult": "query_host_network_interface_result",
    "QueryHostOsCategoryResult": "query_host_os_category_result",
    "QueryHostResult": "query_host_result",
    "QueryHuaweiIMasterFabricResult": "query_huawei_i_master_fabric_result",
    "QueryHuaweiIMasterTenantResult": "query_huawei_i_master_tenant_result",
    "QueryHuaweiIMasterVRouterResult": "query_huawei_i_master_v_router_result",
    "QueryHuaweiIMasterVpcResult": "query_huawei_i_master_vpc_result",
    "QueryIAM2LdapBindingResult": "query_iam2_ldap_binding_result",
    "QueryIAM2OrganizationProjectRefResult": "query_iam2_organization_project_ref_result",
    "QueryIAM2OrganizationResult": "query_iam2_organization_result",
    "QueryIAM2ProjectAccountRefResult": "query_iam2_project_account_ref_result",
    "QueryIAM2ProjectResult": "query_iam2_project_result",
    "QueryIAM2VirtualIDGroupResult": "query_iam2_virtual_id_group_result",
    "QueryIAM2VirtualIDResult": "query_iam2_virtual_id_result",
    "QueryIPSecConnectionResult": "query_ip_sec_connection_result",
    "QueryImagePackageResult": "query_image_package_result",
    "QueryImageStoreBackupStorageResult": "query_image_store_backup_storage_result",
    "QueryInstanceOfferingResult": "query_instance_offering_result",
    "QueryIpAddressResult": "query_ip_address_result",
    "QueryIpRangeResult": "query_ip_range_result",
    "QueryIscsiLunResult": "query_iscsi_lun_result",
    "QueryIscsiServerResult": "query_iscsi_server_result",
    "QueryKvmHypervisorInfoResult": "query_kvm_hypervisor_info_result",
    "QueryL2NetworkResult": "query_l2_network_result",
    "QueryL2VlanNetworkResult": "query_l2_vlan_network_result",
    "QueryL2VxlanNetworkPoolResult": "query_l2_vxlan_network_pool_result",
    "QueryL2VxlanNetworkResult": "query_l2_vxlan_network_result",
    "QueryL3NetworkResult": "query_l3_network_result",
    "QueryLdapBindingResult": "query_ldap_binding_result",
    "QueryLdapServerResult": "query_ldap_server_result",
    "QueryLoadBalancerListenerResult": "query_load_balancer_listener_result",
    "QueryLoadBalancerResult": "query_load_balancer_result",
    "QueryLoadBalancerServerGroupResult": "query_load_balancer_server_group_result",
    "QueryLongJobResult": "query_long_job_result",
    "QueryManagementNodeResult": "query_management_node_result",
    "QueryMdevDeviceResult": "query_mdev_device_result",
    "QueryMdevDeviceSpecResult": "query_mdev_device_spec_result",
    "QueryMttyDeviceResult": "query_mtty_device_result",
    "QueryMulticastRouterResult": "query_multicast_router_result",
    "QueryNetworkServiceL3NetworkRefResult": "query_network_service_l3_network_ref_result",
    "QueryNetworkServiceProviderResult": "query_network_service_provider_result",
    "QueryNvmeLunResult": "query_nvme_lun_result",
    "QueryNvmeTargetResult": "query_nvme_target_result",
    "QueryPciDeviceOfferingResult": "query_pci_device_offering_result",
    "QueryPciDevicePciDeviceOfferingResult": "query_pci_device_pci_device_offering_result",
    "QueryPciDeviceResult": "query_pci_device_result",
    "QueryPciDeviceSpecResult": "query_pci_device_spec_result",
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
    "QueryQuotaResult": "query_quota_result",
    "QueryResourceConfigResult": "query_resource_config_result",
    "QueryResourcePriceResult": "query_resource_price_result",
    "QueryResourceStackResult": "query_resource_stack_result",
    "QueryRoleResult": "query_role_result",
    "QuerySNSApplicationPlatformResult": "query_sns_application_platform_result",
    "QuerySNSEmailAddressResult": "query_sns_email_address_result",
    "QuerySNSFeiShuAtPersonResult": "query_sns_fei_shu_at_person_result",
    "QuerySNSTextTemplateResult": "query_sns_text_template_result",
    "QuerySNSTopicResult": "query_sns_topic_result",
    "QuerySNSTopicSubscriberResult": "query_sns_topic_subscriber_result",
    "QuerySNSWeComAtPersonResult": "query_sns_we_com_at_person_result",
    "QuerySchedulerJobGroupResult": "query_scheduler_job_group_result",
    "QuerySchedulerJobHistoryResult": "query_scheduler_job_history_result",
    "QuerySchedulerJobResult": "query_scheduler_job_result",
    "QuerySchedulerTriggerResult": "query_scheduler_trigger_result",
    "QueryScsiLunResult": "query_scsi_lun_result",
    "QuerySdnControllerResult": "query_sdn_controller_result",
    "QuerySecurityGroupResult": "query_security_group_result",
    "QuerySecurityGroupRuleResult": "query_security_group_rule_result",
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
    "QueryTicketFlowCollectionResult": "query_ticket_flow_collection_result",
    "QueryTicketFlowResult": "query_ticket_flow_result",
    "QueryTicketHistoryResult": "query_ticket_history_result",
    "QueryTicketResult": "query_ticket_result",
    "QueryTicketTypeResult": "query_ticket_type_result",
    "QueryTwoFactorAuthenticationResult": "query_two_factor_authentication_result",
    "QueryUsbDeviceResult": "query_usb_device_result",
    "QueryUserResult": "query_user_result",
    "QueryUserTagResult": "query_user_tag_result",
    "QueryV2VConversionHostResult": "query_v2_v_conversion_host_result",
    "QueryVCenterClusterResult": "query_v_center_cluster_result",
    "QueryVCenterResourcePoolResult": "query_v_center_resource_pool_result",
    "QueryVCenterResult": "query_v_center_result",
    "QueryVRouterFlowMeterNetworkResult": "query_v_router_flow_meter_network_result",
    "QueryVRouterOspfAreaResult": "query_v_router_ospf_area_result",
    "QueryVRouterOspfNetworkResult": "query_v_router_ospf_network_result",
    "QueryVRouterRouteEntryResult": "query_v_router_route_entry_result",
    "QueryVipResult": "query_vip_result",
    "QueryVirtualRouterOfferingResult": "query_virtual_router_offering_result",
    "QueryVirtualRouterVRouterRouteTableRefResult": "query_virtual_router_v_router_route_table_ref_result",
    "QueryVirtualRouterVmResult": "query_virtual_router_vm_result",
    "QueryVmCdRomResult": "query_vm_cd_rom_result",
    "QueryVmInstanceMdevDeviceSpecRefResult": "query_vm_instance_mdev_device_spec_ref_result",
    "QueryVmInstancePciDeviceSpecRefResult": "query_vm_instance_pci_device_spec_ref_result",
    "QueryVmInstanceResult": "query_vm_instance_result",
    "QueryVmNicInSecurityGroupResult": "query_vm_nic_in_security_group_result",
    "QueryVmNicSecurityPolicyResult": "query_vm_nic_security_policy_result",
    "QueryVmSchedHistoryResult": "query_vm_sched_history_result",
    "QueryVniRangeResult": "query_vni_range_result",
    "QueryVolumeBackupResult": "query_volume_backup_result",
    "QueryVolumeResult": "query_volume_result",
    "QueryVolumeSnapshotGroupResult": "query_volume_snapshot_group_result",
    "QueryVolumeSnapshotResult": "query_volume_snapshot_result",
    "QueryVpcFirewallResult": "query_vpc_firewall_result",
    "QueryVpcFirewallVRouterRefResult": "query_vpc_firewall_v_router_ref_result",
    "QueryVpcHaGroupResult": "query_vpc_ha_group_result",
    "QueryVpcRouterResult": "query_vpc_router_result",
    "QueryZoneResult": "query_zone_result",
    "QuotaInventory": "quota_inventory",
    "RaidPhysicalDriveInventory": "raid_physical_drive_inventory",
    "ReconnectConsoleProxyAgentResult": "reconnect_console_proxy_agent_result",
    "ReconnectImageStoreBackupStorageResult": "reconnect_image_store_backup_storage_result",
    "ReconnectSdnControllerResult": "reconnect_sdn_controller_result",
    "ReconnectSftpBackupStorageResult": "reconnect_sftp_backup_storage_result",
    "ReconnectVirtualRouterResult": "reconnect_virtual_router_result",
    "RecoverDatabaseFromBackupResult": "recover_database_from_backup_result",
    "RecoverIAM2ProjectResult": "recover_iam2_project_result",
    "RecoveryImageFromImageStoreBackupStorageResult": "recovery_image_from_image_store_backup_storage_result",
    "Ref": "ref",
    "RefreshLoadBalancerResult": "refresh_load_balancer_result",
    "RefreshNvmeTargetInventory": "refresh_nvme_target_inventory",
    "RefreshNvmeTargetResult": "refresh_nvme_target_result",
    "RefreshSharedblockDeviceCapacityResult": "refresh_sharedblock_device_capacity_result",
    "RegisterLicenseRequestedApplicationResult": "register_license_requested_application_result",
    "RemoteVtepInventory": "remote_vtep_inventory",
    "RemoveAccessControlListFromLoadBalancerResult": "remove_access_control_list_from_load_balancer_result",
    "RemoveDnsFromVpcRouterResult": "remove_dns_from_vpc_router_result",
    "RemoveMonFromCephPrimaryStorageResult": "remove_mon_from_ceph_primary_storage_result",
    "Request": "request",
    "RequestConsoleAccessResult": "request_console_access_result",
    "RerunLongJobResult": "rerun_long_job_result",
    "ReservedIpRangeInventory": "reserved_ip_range_inventory",
    "ResetTwoFactorAuthenticationSecretResult": "reset_two_factor_authentication_secret_result",
    "Resource": "resource",
    "ResourceAccountInventory": "resource_account_inventory",
    "ResourceConfigInventory": "resource_config_inventory",
    "ResourceNamesInventory": "resource_names_inventory",
    "ResourcePriceInventory": "resource_price_inventory",
    "ResourceRef": "resource_ref",
    "ResourceStackInventory": "resource_stack_inventory",
    "ResourceType": "resource_type",
    "Result": "result",
    "RoleInventory": "role_inventory",
    "RoleType": "role_type",
    "RootVolumePrimaryStorage": "root_volume_primary_storage",
    "RouteEntry": "route_entry",
    "RouterAreaInventory": "router_area_inventory",
    "RpGroup": "rp_group",
    "Rule": "rule",
    "RuleMapState": "rule_map_state",
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
    "SNSHttpTestConnectionResult": "sns_http_test_connection_result",
    "SNSMicrosoftTeamsTestConnectionResult": "sns_microsoft_teams_test_connection_result",
    "SNSSmsEndpointInventory": "sns_sms_endpoint_inventory",
    "SNSSnmpTestConnectionResult": "sns_snmp_test_connection_result",
    "SNSTextTemplateInventory": "sns_text_template_inventory",
    "SNSTopicInventory": "sns_topic_inventory",
    "SNSTopicSubscriberInventory": "sns_topic_subscriber_inventory",
    "SNSUniversalSmsEndpointInventory": "sns_universal_sms_endpoint_inventory",
    "SNSWeComAtPersonInventory": "sns_we_com_at_person_inventory",
    "SNSWeComEndpointInventory": "sns_we_com_endpoint_inventory",
    "SNSWeComTestConnectionResult": "sns_we_com_test_connection_result",
    "SSOClientInventory": "sso_client_inventory",
    "SSORedirectTemplateInventory": "sso_redirect_template_inventory",
    "SchedulerInventory": "scheduler_inventory",
    "SchedulerJobGroupInventory": "scheduler_job_group_inventory",
    "SchedulerJobGroupSchedulerTriggerRefInventory": "scheduler_job_group_scheduler_trigger_ref_inventory",
    "SchedulerJobHistoryInventory": "scheduler_job_history_inventory",
    "SchedulerJobInventory": "scheduler_job_inventory",
    "SchedulerJobSchedulerTriggerInventory": "scheduler_job_scheduler_trigger_inventory",
    "SchedulerTriggerInventory": "scheduler_trigger_inventory",
    "ScsiLunClusterStatusInventory": "scsi_lun_cluster_status_inventory",
    "ScsiLunHostRef": "scsi_lun_host_ref",
    "ScsiLunInventory": "scsi_lun_inventory",
    "ScsiLunVmInstanceRef": "scsi_lun_vm_instance_ref",
    "SdnControllerInventory": "sdn_controller_inventory",
    "SdnControllerStatus": "sdn_controller_status",
    "SecretResourcePoolInventory": "secret_resource_pool_inventory",
    "SecurityGroupInventory": "security_group_inventory",
    "SecurityGroupRuleInventory": "security_group_rule_inventory",
    "SecurityMachineEncryptResult": "security_machine_encrypt_result",
    "SecurityMachineInventory": "security_machine_inventory",
    "SelfTestLocalRaidResult": "self_test_local_raid_result",
    "Server": "server",
    "ServerGroupRef": "server_group_ref",
    "ServerIp": "server_ip",
    "Service": "service",
    "ServiceTypeStatistic": "service_type_statistic",
    "ServicesRef": "services_ref",
    "SessionInventory": "session_inventory",
    "SessionStatus": "session_status",
    "SessionType": "session_type",
    "SetFlowMeterRouterIdResult": "set_flow_meter_router_id_result",
    "SetIpOnHostNetworkBondingResult": "set_ip_on_host_network_bonding_result",
    "SetIpOnHostNetworkInterfaceResult": "set_ip_on_host_network_interface_result",
    "SetServiceTypeOnHostNetworkBondingInventory": "set_service_type_on_host_network_bonding_inventory",
    "SetServiceTypeOnHostNetworkBondingResult": "set_service_type_on_host_network_bonding_result",
    "SetServiceTypeOnHostNetworkInterfaceInventory": "set_service_type_on_host_network_interface_inventory",
    "SetServiceTypeOnHostNetworkInterfaceResult": "set_service_type_on_host_network_interface_result",
    "SetVipQosResult": "set_vip_qos_result",
    "SetVmBootVolumeResult": "set_vm_boot_volume_result",
    "SetVmUserDefinedXmlHookScriptResult": "set_vm_user_defined_xml_hook_script_result",
    "SetVmUserDefinedXmlResult": "set_vm_user_defined_xml_result",
    "SetVolumeIoThreadPinResult": "set_volume_io_thread_pin_result",
    "SetVolumeQosResult": "set_volume_qos_result",
    "SetVpcVRouterDistributedRoutingEnabledResult": "set_vpc_v_router_distributed_routing_enabled_result",
    "SftpBackupStorageInventory": "sftp_backup_storage_inventory",
    "SharedBlockGroupPrimaryStorageHostRefInventory": "shared_block_group_primary_storage_host_ref_inventory",
    "SharedBlockGroupPrimaryStorageInventory": "shared_block_group_primary_storage_inventory",
    "SharedBlockInventory": "shared_block_inventory",
    "SharedBlockType": "shared_block_type",
    "SharedResourceInventory": "shared_resource_inventory",
    "ShrinkResult": "shrink_result",
    "ShrinkVolumeSnapshotResult": "shrink_volume_snapshot_result",
    "SkippedResources": "skipped_resources",
    "Slave": "slave",
    "SlbGroupInventory": "slb_group_inventory",
    "SlbOfferingInventory": "slb_offering_inventory",
    "SlbVm": "slb_vm",
    "SlbVmConfigTask": "slb_vm_config_task",
    "SlbVmInstanceConfigTaskStatus": "slb_vm_instance_config_task_status",
    "SlbVmInstanceInventory": "slb_vm_instance_inventory",
    "SmsReceiverType": "sms_receiver_type",
    "SnmpAgentInventory": "snmp_agent_inventory",
    "Spending": "spending",
    "SshKeyPairInventory": "ssh_key_pair_inventory",
    "SshPrivateKeyPairInventory": "ssh_private_key_pair_inventory",
    "StackTemplateInventory": "stack_template_inventory",
    "StartBaremetalPxeServerResult": "start_baremetal_pxe_server_result",
    "State": "state",
    "Statement": "statement",
    "StatementEffect": "statement_effect",
    "SubResource": "sub_resource",
    "SubmitLongJobResult": "submit_long_job_result",
    "SyncBackupResult": "sync_backup_result",
    "SyncDatabaseBackupResult": "sync_database_backup_result",
    "SyncImageResult": "sync_image_result",
    "SyncLdapServerResult": "sync_ldap_server_result",
    "SyncVCenterResult": "sync_v_center_result",
    "SystemTagInventory": "system_tag_inventory",
    "TagPatternInventory": "tag_pattern_inventory",
    "TakeVmConsoleScreenshotResult": "take_vm_console_screenshot_result",
    "TaskProgressInventory": "task_progress_inventory",
    "Template": "template",
    "TemplateConfigInventory": "template_config_inventory",
    "ThirdpartyPlatformInventory": "thirdparty_platform_inventory",
    "TicketFlowCollectionInventory": "ticket_flow_collection_inventory",
    "TicketFlowInventory": "ticket_flow_inventory",
    "TicketHistoryInventory": "ticket_history_inventory",
    "TicketInventory": "ticket_inventory",
    "TicketStatus": "ticket_status",
    "TicketTypeInventory": "ticket_type_inventory",
    "TokenIntrospectionResult": "token_introspection_result",
    "Topology": "topology",
    "TwoFactorAuthenticationInventory": "two_factor_authentication_inventory",
    "TwoFactorAuthenticationSecretInventory": "two_factor_authentication_secret_inventory",
    "TwoFactorAuthenticationSecretStatus": "two_factor_authentication_secret_status",
    "UndoSnapshotCreationResult": "undo_snapshot_creation_result",
    "UpdateAccessControlRuleResult": "update_access_control_rule_result",
    "UpdateActiveAlarmTemplateResult": "update_active_alarm_template_result",
    "UpdateAlarmLabelResult": "update_alarm_label_result",
    "UpdateAliyunSmsSNSTextTemplateResult": "update_aliyun_sms_sns_text_template_result",
    "UpdateAliyunVirtualRouterResult": "update_aliyun_virtual_router_result",
    "UpdateAtPersonOfAtDingTalkEndpointResult": "update_at_person_of_at_ding_talk_endpoint_result",
    "UpdateAutoScalingVmTemplateResult": "update_auto_scaling_vm_template_result",
    "UpdateBareMetal2ChassisPciDeviceResult": "update_bare_metal2_chassis_pci_device_result",
    "UpdateBareMetal2ChassisResult": "update_bare_metal2_chassis_result",
    "UpdateBaremetalPxeServerResult": "update_baremetal_pxe_server_result",
    "UpdateBlockPrimaryStorageResult": "update_block_primary_storage_result",
    "UpdateBlockVolumeResult": "update_block_volume_result",
    "UpdateCephPrimaryStoragePoolResult": "update_ceph_primary_storage_pool_result",
    "UpdateCertificateResult": "update_certificate_result",
    "UpdateClusterOSResult": "update_cluster_os_result",
    "UpdateConsolePasswordResult": "update_console_password_result",
    "UpdateConsoleProxyAgentResult": "update_console_proxy_agent_result",
    "UpdateEmailMediaResult": "update_email_media_result",
    "UpdateEventSubscriptionLabelResult": "update_event_subscription_label_result",
    "UpdateGlobalConfigResult": "update_global_config_result",
    "UpdateGuestToolsStateResult": "update_guest_tools_state_result",
    "UpdateHaStrategyConditionResult": "update_ha_strategy_condition_result",
    "UpdateHostIommuStateResult": "update_host_iommu_state_result",
    "UpdateHostIpmiResult": "update_host_ipmi_result",
    "UpdateHostNetworkInterfaceResult": "update_host_network_interface_result",
    "UpdateIAM2OrganizationAttributeResult": "update_iam2_organization_attribute_result",
    "UpdateIAM2ProjectAttributeResult": "update_iam2_project_attribute_result",
    "UpdateIAM2VirtualIDAttributeResult": "update_iam2_virtual_id_attribute_result",
    "UpdateIAM2VirtualIDGroupAttributeResult": "update_iam2_virtual_id_group_attribute_result",
    "UpdateImagePackageResult": "update_image_package_result",
    "UpdateL2NetworkResult": "update_l2_network_result",
    "UpdateLongJobResult": "update_long_job_result",
    "UpdateMdevDeviceSpecResult": "update_mdev_device_spec_result",
    "UpdateOrganizationQuotaResult": "update_organization_quota_result",
    "UpdatePciDeviceSpecResult": "update_pci_device_spec_result",
    "UpdateQuotaResult": "update_quota_result",
    "UpdateResourceConfigResult": "update_resource_config_result",
    "UpdateResourcePriceResult": "update_resource_price_result",
    "UpdateSNSTextTemplateResult": "update_sns_text_template_result",
    "UpdateSSORedirectTemplateResult": "update_sso_redirect_template_result",
    "UpdateSchedulerJobGroupResult": "update_scheduler_job_group_result",
    "UpdateSchedulerJobResult": "update_scheduler_job_result",
    "UpdateSdnControllerResult": "update_sdn_controller_result",
    "UpdateSharedBlockResult": "update_shared_block_result",
    "UpdateSubscribeEventResult": "update_subscribe_event_result",
    "UpdateTemplateConfigResult": "update_template_config_result",
    "UpdateVCenterResult": "update_v_center_result",
    "UpdateVRouterRouteTableResult": "update_v_router_route_table_result",
    "UpdateVirtualBorderRouterRemoteResult": "update_virtual_border_router_remote_result",
    "UpdateVirtualRouterResult": "update_virtual_router_result",
    "UpdateVniRangeResult": "update_vni_range_result",
    "UpdateVpcVpnGatewayResult": "update_vpc_vpn_gateway_result",
    "Usage": "usage",
    "UsageReport": "usage_report",
    "UsbDeviceInventory": "usb_device_inventory",
    "UsbDeviceState": "usb_device_state",
    "UsedIpInventory": "used_ip_inventory",
    "UserInventory": "user_inventory",
    "UserTagInventory": "user_tag_inventory",
    "V2VConversionHostInventory": "v2_v_conversion_host_inventory",
    "VCenterClusterInventory": "v_center_cluster_inventory",
    "VCenterInventory": "v_center_inventory",
    "VCenterResourcePoolInventory": "v_center_resource_pool_inventory",
    "VRouterFlowMeterNetworkInventory": "v_router_flow_meter_network_inventory",
    "VRouterOspfNetworkInventory": "v_router_ospf_network_inventory",
    "VRouterRouteEntryInventory": "v_router_route_entry_inventory",
    "VRouterRouteTableInventory": "v_router_route_table_inventory",
    "ValidateClusterSupportDRSResult": "validate_cluster_support_drs_result",
    "ValidatePasswordResult": "validate_password_result",
    "ValidateSecurityGroupRuleResult": "validate_security_group_rule_result",
    "ValidateSessionResult": "validate_session_result",
    "VdiPortInfo": "vdi_port_info",
    "VipInventory": "vip_inventory",
    "VipQosInventory": "vip_qos_inventory",
    "VipUsedPortsInventory": "vip_used_ports_inventory",
    "VirtualBorderRouterInventory": "virtual_border_router_inventory",
    "VirtualRouterOfferingInventory": "virtual_router_offering_inventory",
    "VirtualRouterSoftwareVersionInventory": "virtual_router_software_version_inventory",
    "VirtualRouterVRouterRouteTableRefInventory": "virtual_router_v_router_route_table_ref_inventory",
    "VirtualRouterVmInventory": "virtual_router_vm_inventory",
    "VirtualizerInfoInventory": "virtualizer_info_inventory",
    "VmAttachableL3NetworkInventory": "vm_attachable_l3_network_inventory",
    "VmCdRomInventory": "vm_cd_rom_inventory",
    "VmInstanceInventory": "vm_instance_inventory",
    "VmInstanceMdevDeviceSpecRefInventory": "vm_instance_mdev_device_spec_ref_inventory",
    "VmInstancePciDeviceSpecRefInventory": "vm_instance_pci_device_spec_ref_inventory",
    "VmMigrationCandidateHostsInventory": "vm_migration_candidate_hosts_inventory",
    "VmNicAttachableEipsInventory": "vm_nic_attachable_eips_inventory",
    "VmNicInSecurityGroupInventory": "vm_nic_in_security_group_inventory",
    "VmNicInventory": "vm_nic_inventory",
    "VmNicRef": "vm_nic_ref",
    "VmNicSecurityPolicyInventory": "vm_nic_security_policy_inventory",
    "VmSchedHistoryInventory": "vm_sched_history_inventory",
    "VmVfNicInventory": "vm_vf_nic_inventory",
    "VmsCap": "vms_cap",
    "VniRangeInventory": "vni_range_inventory",
    "VolumeBackupInventory": "volume_backup_inventory",
    "VolumeInventory": "volume_inventory",
    "VolumeSnapshotGroupInventory": "volume_snapshot_group_inventory",
    "VolumeSnapshotInventory": "volume_snapshot_inventory",
    "VolumeSnapshotInventoryBackupStorageRef": "volume_snapshot_inventory_backup_storage_ref",
    "VolumeSnapshotRef": "volume_snapshot_ref",
    "VpcFirewallInventory": "vpc_firewall_inventory",
    "VpcFirewallIpSetTemplateInventory": "vpc_firewall_ip_set_template_inventory",
    "VpcFirewallRuleInventory": "vpc_firewall_rule_inventory",
    "VpcFirewallRuleSetInventory": "vpc_firewall_rule_set_inventory",
    "VpcFirewallRuleSetL3RefInventory": "vpc_firewall_rule_set_l3_ref_inventory",
    "VpcFirewallRuleTemplateInventory": "vpc_firewall_rule_template_inventory",
    "VpcFirewallVRouterRefInventory": "vpc_firewall_v_router_ref_inventory",
    "VpcHaGroupInventory": "vpc_ha_group_inventory",
    "VpcHaGroupInventoryMonitor": "vpc_ha_group_inventory_monitor",
    "VpcHaGroupInventoryService": "vpc_ha_group_inventory_service",
    "VpcMulticastRouteInventory": "vpc_multicast_route_inventory",
    "VpcRouterInventory": "vpc_router_inventory",
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
    "VpcVr": "vpc_vr",
    "VrRef": "vr_ref",
    "VtepInventory": "vtep_inventory",
    "VxlanPool": "vxlan_pool",
    "WebhookInventory": "webhook_inventory",
    "XmlHookInventory": "xml_hook_inventory",
    "XmlHookType": "xml_hook_type",
    "ZBoxInventory": "z_box_inventory",
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
