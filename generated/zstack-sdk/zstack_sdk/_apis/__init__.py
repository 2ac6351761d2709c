"""One module per doc chapter page (generated)."""
