"""What this package was built from (generated; do not edit)."""

__version__ = "0.1.0"
# The API document (doc set) it was rendered from: its version and content hash.
DOC_TITLE = "ZStack Cloud API"
DOC_VERSION = "5.5.6"
SPEC_SHA256 = "9d77bcb357a3e77b8563797b8954f83529765d536652fd7a44e0195c6cd93694"
# The ZStack Java SDK release and commit the spec was reconciled with (None: docs only).
JAVA_SDK_VERSION = "5.2.0"
JAVA_SDK_COMMIT = "5a29293bd53c98a38488fb8b71d54531012d3dae"
# The generator code it was rendered with (a change there renders it again).
GENERATOR_SHA256 = "6f49c9d21576b6e8"
# The ZStack release it was limited to (--target-version), or None for every release.
TARGET_VERSION = None
API_COUNT = 1968
