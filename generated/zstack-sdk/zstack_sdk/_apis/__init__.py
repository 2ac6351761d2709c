"""One module per API namespace (generated)."""
