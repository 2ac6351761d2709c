"""Per-chapter API details for the `zstack` command (generated; do not edit)."""
