"""CLI subcommands, one module per pipeline stage."""
