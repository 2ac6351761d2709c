"""Puts the committed SDK (generated/zstack-sdk) on sys.path for the SDK tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ZSTACK_SDK_DIR: test another build of the package (e.g. an older one, to see a test fail).
SDK_DIR = Path(os.environ.get("ZSTACK_SDK_DIR") or REPO / "generated" / "zstack-sdk")
if str(SDK_DIR) not in sys.path:
    sys.path.insert(0, str(SDK_DIR))
