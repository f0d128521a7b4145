"""A yes/no field that Bandwidth sends as a JSON boolean or as text (``"true"``, ``"false"``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Union, get_args

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

from .._errors import FALLBACK_BRANCH, NATIVE_BRANCH
from ..types import OpenEnum
from .enums import TextBoolean

if TYPE_CHECKING:
    from pydantic import GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue

__all__ = ["FlagOrText"]


class _FlagOrTextSchema:
    """A JSON boolean natively; otherwise the text, as an open :class:`TextBoolean`.

    Each value keeps its wire form (``true`` stays a boolean, ``"true"`` text), so a body
    writes back as it came; errors are those of the text branch, at the field's own path.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.union_schema(
            [
                (core_schema.bool_schema(strict=True), NATIVE_BRANCH),
                (handler.generate_schema(get_args(source)[1]), FALLBACK_BRANCH),  # the text
            ],
            mode="left_to_right",
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        assert schema["type"] == "union"  # what __get_pydantic_core_schema__ built
        _, text = schema["choices"]
        assert isinstance(text, tuple)
        return {"anyOf": [{"type": "boolean"}, handler(text[0])]}


FlagOrText = Annotated[Union[bool, OpenEnum[TextBoolean]], _FlagOrTextSchema()]  # noqa: UP007
"""``true``/``false`` as JSON booleans, or as the text ``"true"``/``"false"``."""
