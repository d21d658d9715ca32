"""Read and write ``*.synergy.json`` files: every check before a document is built.

Loading refuses a bad file with :class:`DocumentFileError`, which lists every problem found
with its place (``paths[3].weight``, or ``line 12, column 5`` for JSON syntax). Nothing in a
file is ever executed. Saving is atomic: a temporary file in the same folder replaces the old
one only once it is completely written.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import stat
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from synergy_gui.model.document import ModelDocument
from synergy_gui.model.errors import DocumentFileError, Problem
from synergy_gui.model.lenient import model_problems_beside
from synergy_gui.model.phrases import message_of, phrase
from synergy_gui.model.problem_report import capped, elsewhere
from synergy_gui.model.schema_errors import schema_problems
from synergy_gui.model.serialize import FORMAT_NAME, FORMAT_VERSION, dumps, from_dict
from synergy_gui.model.validation import check_document, format_location

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CONSTRUCTS = 5_000

#: ``MIGRATIONS[n]`` turns the data of a version-n file into version n + 1.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


class _RefusedError(Exception):
    """Internal: stop reading; the problems so far say why."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__()
        self.problems = list(problems)


class _NoDuplicateKeys(dict):
    """A JSON object that remembers keys given more than once (json keeps only the last)."""

    duplicates: list[str]


# ------------------------------------------------------------------------------ loading
def load_document(path: str | os.PathLike[str], schema: bool = True) -> ModelDocument:
    """Read a model file; raise :class:`DocumentFileError` with every problem found."""
    return load_document_with_warnings(path, schema)[0]


def load_document_with_warnings(
    path: str | os.PathLike[str], schema: bool = True
) -> tuple[ModelDocument, list[Problem]]:
    """Read a model file; return the document and the warnings that do not refuse it.

    ``schema=False`` leaves out the JSON Schema check (not the model's own checks): only for
    the shipped presets, which the test suite checks against the schema, so that start-up
    need not load jsonschema.
    """
    filename = str(path)
    try:
        raw = _read_bytes(Path(path))
        text = _decode(raw)
    except _RefusedError as refused:
        raise DocumentFileError(filename, refused.problems) from None
    return loads_document_with_warnings(text, filename, schema)


def loads_document(text: str, filename: str = "<text>") -> ModelDocument:
    """Build a document from a file's text; raise :class:`DocumentFileError` if it is bad."""
    return loads_document_with_warnings(text, filename)[0]


def loads_document_with_warnings(
    text: str, filename: str = "<text>", schema: bool = True
) -> tuple[ModelDocument, list[Problem]]:
    """Like :func:`loads_document`, also returning the warnings."""
    try:
        data, problems = _parse(text)
        data = _stop_with(problems, _current_data, data)
        _stop_with(problems, _count_constructs, data)
        if schema:
            problems += elsewhere(schema_problems(data, _schema_validator()), problems)
        if problems:  # report the model's problems too, where the data lets them be judged
            problems += model_problems_beside(data, problems)
        else:
            document = from_dict(data)
            problems = check_document(document)
    except _RefusedError as refused:
        problems = refused.problems
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise DocumentFileError(filename, capped(errors))
    return document, problems


def _stop_with(found: list[Problem], step: Callable[[Any], Any], data: Any) -> Any:
    """Run a step that may refuse the file; its refusal also lists the problems found so far."""
    try:
        return step(data)
    except _RefusedError as refused:
        raise _RefusedError(*found, *refused.problems) from None


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _RefusedError(Problem("", phrase("there is no such file"))) from None
    except OSError as error:
        raise _RefusedError(
            Problem("", phrase("cannot be read ({reason})", reason=error.strerror or error))
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise _RefusedError(Problem("", phrase("is a folder, not a model file")))
    if info.st_size > MAX_FILE_BYTES:
        size = info.st_size / (1024 * 1024)
        raise _RefusedError(
            Problem(
                "",
                phrase("is too large ({size:.1f} MB); model files are at most 20 MB", size=size),
            )
        )
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise _RefusedError(
            Problem("", phrase("cannot be read ({reason})", reason=error.strerror or error))
        ) from None
    if len(raw) > MAX_FILE_BYTES:  # it grew, or it is a device that does not report a size
        raise _RefusedError(Problem("", phrase("is too large; model files are at most 20 MB")))
    return raw


def _line_column(data: bytes | str, offset: int) -> str:
    newline = b"\n" if isinstance(data, bytes) else "\n"
    line = data.count(newline, 0, offset) + 1
    column = offset - (data.rfind(newline, 0, offset) + 1) + 1
    return phrase("line {line}, column {column}", line=line, column=column)


def _decode(raw: bytes) -> str:
    if b"\x00" in raw:
        where = _line_column(raw, raw.index(b"\x00"))
        raise _RefusedError(
            Problem(
                where,
                phrase("holds a NUL byte: this is a binary file (or UTF-16), not a model file"),
            )
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        where = _line_column(raw, error.start)
        byte = raw[error.start]
        raise _RefusedError(
            Problem(
                where,
                phrase("is not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8", byte=byte),
            )
        ) from None


def _parse(text: str) -> tuple[Any, list[Problem]]:
    """The parsed data and its literal problems (NaN, repeated keys, broken characters)."""
    text = text.removeprefix("\ufeff")  # a byte-order mark some editors write
    if not text.strip():
        raise _RefusedError(Problem("", phrase("is empty; a model file holds a JSON object")))
    try:
        data = json.loads(text, parse_constant=_non_finite, object_pairs_hook=_object_from_pairs)
    except json.JSONDecodeError as error:
        raise _RefusedError(_syntax_problem(text, error)) from None
    except RecursionError:
        raise _RefusedError(
            Problem("", phrase("is nested too deeply to be a model file"))
        ) from None
    except ValueError:  # Python refuses integers of more than 4300 digits
        raise _RefusedError(
            Problem("", phrase("holds a number with too many digits to read"))
        ) from None
    return data, _literal_problems(data)


def _non_finite(name: str) -> float:
    # JSON has no NaN or Infinity; Python's reader accepts them, so flag them afterwards.
    return float(name.replace("Infinity", "inf"))


def _object_from_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = _NoDuplicateKeys(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        result.duplicates = []
        for key, _ in pairs:
            if key in seen and key not in result.duplicates:
                result.duplicates.append(key)
            seen.add(key)
    return result


def _syntax_problem(text: str, error: json.JSONDecodeError) -> Problem:
    where = phrase("line {line}, column {column}", line=error.lineno, column=error.colno)
    if error.msg.startswith("Unterminated string"):  # JSON text cannot span lines: cut off
        return Problem(where, phrase("the file ends inside a text in quotes; it looks cut off"))
    reason = _JSON_REASONS.get(error.msg, error.msg)
    if error.pos >= len(text.rstrip()):
        return Problem(
            where, phrase("the file ends too early; it looks cut off ({reason})", reason=reason)
        )
    return Problem(where, phrase("is not valid JSON: {reason}", reason=reason))


#: Python's JSON reader's reasons (its own English), each as a phrase with the same text.
_JSON_REASONS = {
    reason: reason
    for reason in (
        phrase("Expecting value"),
        phrase("Expecting property name enclosed in double quotes"),
        phrase("Expecting ':' delimiter"),
        phrase("Expecting ',' delimiter"),
        phrase("Extra data"),
        phrase("Invalid control character at"),
        phrase("Invalid \\escape"),
        phrase("Invalid \\uXXXX escape"),
        phrase("Illegal trailing comma before end of object"),
        phrase("Illegal trailing comma before end of array"),
    )
}


def _literal_problems(data: Any) -> list[Problem]:
    """Non-finite numbers and repeated keys, found by walking the parsed data."""
    problems = []
    stack: list[tuple[list, Any]] = [([], data)]
    while stack:
        place, value = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            problems.append(
                Problem(
                    _place(place),
                    phrase(
                        "must be a finite number (got {value}); "
                        "NaN and Infinity are not allowed in a model file",
                        value=_literal(value),
                    ),
                )
            )
        elif isinstance(value, str) and not _encodable(value):
            problems.append(Problem(_place(place), _BROKEN_TEXT))
        elif isinstance(value, dict):
            problems += [
                Problem(_place(place), _BROKEN_KEY) for key in value if not _encodable(key)
            ]
            for key in getattr(value, "duplicates", ()):
                problems.append(
                    Problem(
                        format_location([*place, key]),
                        phrase("is given more than once in the same object"),
                    )
                )
            stack += [([*place, k], v) for k, v in reversed(value.items())]
        elif isinstance(value, list):
            stack += [([*place, i], v) for i, v in reversed(list(enumerate(value)))]
    return problems


_BROKEN_TEXT = phrase("holds a broken character (a lone UTF-16 surrogate such as \\ud800)")
_BROKEN_KEY = phrase("a key holds a broken character (a lone UTF-16 surrogate such as \\ud800)")


def _place(parts: list) -> str:
    """The place of ``parts`` in the file; "top level" for the whole of it."""
    return format_location(parts) or phrase("top level")


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _literal(value: float) -> str:
    if value != value:
        return "NaN"
    return "Infinity" if value > 0 else "-Infinity"


# ---------------------------------------------------------------- format and version
def _current_data(data: Any) -> dict[str, Any]:
    """Check format and version; bring an older file up to the current version."""
    if not isinstance(data, dict):
        kind = _JSON_KINDS.get(type(data), _JSON_KINDS[float])
        message = phrase("must be a JSON object {{...}}, not {kind}", kind=kind)
        raise _RefusedError(Problem(phrase("top level"), message))
    _check_format(data)
    version = _version(data)
    while version < FORMAT_VERSION:
        data, version = _migrate(data, version)
    return data


#: What a file holds instead of an object, by the type its top level was read as.
_JSON_KINDS = {
    list: phrase("a list"),
    str: phrase("text"),
    bool: phrase("true/false"),
    float: phrase("a number"),
    int: phrase("a number"),
    type(None): phrase("null"),
}


def _check_format(data: dict[str, Any]) -> None:
    if "format" not in data:
        raise _RefusedError(
            Problem(
                "format",
                phrase('is missing; a model file says "format": "{name}"', name=FORMAT_NAME),
            )
        )
    if data["format"] != FORMAT_NAME:
        raise _RefusedError(
            Problem(
                "format",
                phrase(
                    "is {given!r}, not {name!r}: not a Synergy Explorer model file",
                    given=data["format"],
                    name=FORMAT_NAME,
                ),
            )
        )


def _version(data: dict[str, Any]) -> int:
    if "version" not in data:
        raise _RefusedError(
            Problem("version", phrase("is missing; it says which file version this is"))
        )
    version = data["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _RefusedError(
            Problem(
                "version",
                phrase("must be a whole number 1 or more (got {version!r})", version=version),
            )
        )
    if version > FORMAT_VERSION:
        raise _RefusedError(
            Problem(
                "version",
                phrase(
                    "was written by a newer Synergy Explorer (version {version}); "
                    "this one reads up to {newest}",
                    version=version,
                    newest=FORMAT_VERSION,
                ),
            )
        )
    return version


def _migrate(data: dict[str, Any], version: int) -> tuple[dict[str, Any], int]:
    step = MIGRATIONS.get(version)
    if step is None:
        raise _RefusedError(
            Problem(
                "version",
                phrase(
                    "version {version} files can no longer be read by this program",
                    version=version,
                ),
            )
        )
    try:
        upgraded = step(data)
    except Exception as error:  # a migration meeting odd data must not crash
        raise _RefusedError(
            Problem(
                "version",
                phrase(
                    "could not be upgraded from version {version}: {reason}",
                    version=version,
                    reason=message_of(error),
                ),
            )
        ) from None
    upgraded["version"] = version + 1
    return upgraded, version + 1


# ------------------------------------------------------------------------------ schema
@cache
def _schema_validator() -> Any:
    """The Draft 2020-12 validator of the shipped schema (imported late: it costs startup)."""
    import jsonschema

    from synergy_gui.assets import resource

    schema = json.loads(resource("schema", "synergy.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _count_constructs(data: dict[str, Any]) -> None:
    constructs = data.get("constructs")
    if isinstance(constructs, list) and len(constructs) > MAX_CONSTRUCTS:
        raise _RefusedError(
            Problem(
                "constructs",
                phrase(
                    "holds {count} constructs; a model has at most {most}",
                    count=len(constructs),
                    most=MAX_CONSTRUCTS,
                ),
            )
        )


# ------------------------------------------------------------------------------- saving
def save_document(document: ModelDocument, path: str | os.PathLike[str]) -> None:
    """Write the document atomically; on any failure the old file is left as it was.

    Raises OSError (disk full, no permission, ...) after removing the temporary file.
    """
    write_atomically(path, dumps(document).encode("utf-8"))


def write_atomically(path: str | os.PathLike[str], payload: bytes) -> Path:
    """Write ``payload`` through a temporary file beside ``path`` that replaces it only once
    complete (keeping the old file's permissions), so a failure never leaves half a file.

    Raises OSError after removing the temporary file; returns the path written.
    """
    target = Path(os.path.realpath(path))  # write through a symlink, do not replace it
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    mode = _mode_of(target)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(descriptor, "wb", closefd=True) as stream:
            if mode is not None:
                os.chmod(temporary, mode)
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return target


def _mode_of(target: Path) -> int | None:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (POSIX)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
