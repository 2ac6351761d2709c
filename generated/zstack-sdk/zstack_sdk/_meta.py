"""What this package was built from (generated; do not edit)."""

# ZStack release the spec describes, then our generator's revision for the same docs.
__version__ = "5.5.6.1"
# The ZStack release the client assumes it talks to (its APIs and parameters are those
# of this release; pass server_version= to a client to refuse newer ones).
SERVER_VERSION = "5.5.6"
GENERATOR_REVISION = 1
# The API document (doc set) it was rendered from: its version and content hash.
DOC_TITLE = "ZStack Cloud API"
DOC_VERSION = "5.5.6"
SPEC_SHA256 = "9d77bcb357a3e77b8563797b8954f83529765d536652fd7a44e0195c6cd93694"
# The ZStack Java SDK release and commit the spec was reconciled with (None: docs only).
JAVA_SDK_VERSION = "5.2.0"
JAVA_SDK_COMMIT = "5a29293bd53c98a38488fb8b71d54531012d3dae"
# The generator code it was rendered with (a change there renders it again).
GENERATOR_SHA256 = "21466a5686850b3f"
# The ZStack release it was limited to (--target-version), or None for every release.
TARGET_VERSION = None
API_COUNT = 1968
