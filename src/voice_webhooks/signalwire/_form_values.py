"""Numbers and booleans in form bodies, where every value is text.

:data:`FormInt` and :data:`FormBool` read ``"94"`` and ``"true"`` (or the JSON ``94`` and
``true`` of the same fields as a JSON object) and are written as that text, in a form and in
JSON alike: a form's wire values are text.  Strict mode accepts only those canonical forms;
lenient mode also reads what Pydantic's lax mode reads (``" 94"``, ``"+94"``, ``"True"``,
``"1"``), which is written back canonical.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Final

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler, ValidationInfo
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from .._strictness import is_strict

__all__ = ["FormBool", "FormInt"]

_INT_TEXT: Final = r"0|-?[1-9][0-9]{0,17}"
_CANONICAL_INT = re.compile(_INT_TEXT)
_CANONICAL_BOOL: Final = ("true", "false")


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class _Canonical:
    """Strict mode: a native value of the type, or its canonical text; lenient: lax mode."""

    def __init__(self, kind: type) -> None:
        self.kind = kind

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        kind = self.kind
        native: core_schema.CoreSchema
        if kind is int:
            native = core_schema.int_schema()
            parsing, type_error = "int_parsing", "int_type"
            parsing_message = "Input should be an integer written like 94 (strict mode)"
            type_message = "Input should be an integer (strict mode)"
        else:
            native = core_schema.bool_schema()
            parsing, type_error = "bool_parsing", "bool_type"
            parsing_message = "Input should be true or false (strict mode)"
            type_message = "Input should be a boolean (strict mode)"

        def validate(
            value: Any, inner: core_schema.ValidatorFunctionWrapHandler, info: ValidationInfo
        ) -> Any:
            if is_strict(info):
                if isinstance(value, str):
                    ok = (
                        _CANONICAL_INT.fullmatch(value) if kind is int else value in _CANONICAL_BOOL
                    )
                    if not ok:
                        raise PydanticCustomError(parsing, parsing_message)
                elif type(value) is not kind:
                    raise PydanticCustomError(type_error, type_message)
            return inner(value)

        return core_schema.with_info_wrap_validator_function(
            validate,
            native,
            serialization=core_schema.plain_serializer_function_ser_schema(_text, when_used="json"),
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        text: JsonSchemaValue = (
            {"type": "string", "pattern": f"^({_INT_TEXT})$"}
            if self.kind is int
            else {"type": "string", "enum": list(_CANONICAL_BOOL)}
        )
        if handler.mode == "serialization":
            return text
        return {"anyOf": [{"type": "integer" if self.kind is int else "boolean"}, text]}


FormInt = Annotated[int, _Canonical(int)]
"""An integer field of a form: ``"94"`` on the wire."""

FormBool = Annotated[bool, _Canonical(bool)]
"""A boolean field of a form: ``"true"`` or ``"false"`` on the wire."""
