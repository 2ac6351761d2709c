"""What this package was built from (generated; do not edit)."""

__version__ = "0.1.0"
# The API document (doc set) it was rendered from: its version and content hash.
DOC_TITLE = "ZStack Cloud API"
DOC_VERSION = "5.5.6"
SPEC_SHA256 = "6a3d8606d731619cf72329e8cc0d7c70fd4f0f0446a992477394da5c3860907d"
# The ZStack release it was limited to (--target-version), or None for every release.
TARGET_VERSION = None
API_COUNT = 1370
