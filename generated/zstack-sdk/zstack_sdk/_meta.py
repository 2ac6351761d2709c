"""What this package was built from (generated; do not edit)."""

__version__ = "0.1.0"
# The API document (doc set) it was rendered from: its version and content hash.
DOC_TITLE = "ZStack Cloud API"
DOC_VERSION = "5.5.6"
SPEC_SHA256 = "b1e5a14693b131764d5d5175ae202e0ef1c077bf90d30df6845e71bd89872e64"
# The ZStack Java SDK release and commit the spec was reconciled with (None: docs only).
JAVA_SDK_VERSION = "5.2.0"
JAVA_SDK_COMMIT = "5a29293bd53c98a38488fb8b71d54531012d3dae"
# The generator code it was rendered with (a change there renders it again).
GENERATOR_SHA256 = "e1bc170e9db9a818"
# The ZStack release it was limited to (--target-version), or None for every release.
TARGET_VERSION = None
API_COUNT = 1968
