"""The machinery behind :mod:`voice_webhooks.schema`: model names, the JSON Schema generator,
provider-documented examples and docstring clean-up.  Nothing here is imported by
``import voice_webhooks``."""
