"""zstack-openapi: ZStack API docs -> API catalog -> OpenAPI -> typed Python SDK."""

__version__ = "0.1.0"  # the distribution's version too (pyproject: dynamic)
