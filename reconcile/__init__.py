"""Second sources of truth used to reconcile the scraped ZStack API docs.

The Java SDK that ships in ZStack's source tree is generated from the server's
message classes, so it states the wire facts (method, path, body key, which
parameters exist) even where the published docs are wrong or silent.
"""

from zstack_openapi.reconcile.java_sdk import read_java_sdk
from zstack_openapi.reconcile.sdk_source import load_sdk_facts

__all__ = ["load_sdk_facts", "read_java_sdk"]
