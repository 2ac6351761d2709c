"""What this package was built from (generated; do not edit)."""

__version__ = "0.1.0"
# The API document (doc set) it was rendered from: its version and content hash.
DOC_TITLE = "ZStack Cloud API"
DOC_VERSION = "5.5.6"
SPEC_SHA256 = "c562b874c0468764e7c62cddfa27d3daa81037d2b725a07886734036b6bad0f0"
# The ZStack release it was limited to (--target-version), or None for every release.
TARGET_VERSION = None
API_COUNT = 1370
