"""What this package was built from (generated; do not edit)."""

__version__ = "0.1.0"
# The API document (doc set) it was rendered from: its version and content hash.
DOC_TITLE = "ZStack Cloud API"
DOC_VERSION = "5.5.6"
SPEC_SHA256 = "dcef120389fed432bec271ed879bf9e129f3c97305bc4eed2758691abedf53a3"
# The ZStack release it was limited to (--target-version), or None for every release.
TARGET_VERSION = None
API_COUNT = 1370
