"""Reading a playbook file: YAML with line numbers, validation, and errors people can act on.

Every problem becomes a PlaybookIssue `file:line: field: message`; nothing a manager can type
produces a traceback. Line numbers come from the YAML node tree, so a problem deep in the file
points at the line that has it (or, for a missing key, at the mapping that should hold it).
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

import yaml
from pydantic import ValidationError

from .errors import ISSUES_ERROR_TYPE, PlaybookError, PlaybookIssue
from .model import Playbook

DEFAULT_PLAYBOOK_PATH = Path(__file__).with_name("default.yaml")


# libyaml's parser when installed: the pure-Python one is most of the time a check takes.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _PlainYamlLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader without YAML 1.1's surprises: `no`/`on` are text (country NO, a day note), not
    booleans; `8:30` is text, not the base-60 number 510. Only true/false are booleans."""


_PlainYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in {
        "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_PlainYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_PlainYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
_PlainYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."))


def load_playbook(path: str | Path) -> Playbook:
    """Read and validate a playbook file; raises PlaybookError listing every problem."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlaybookError([PlaybookIssue(source, None, "", "no such file")]) from None
    except UnicodeDecodeError:
        raise PlaybookError([PlaybookIssue(source, None, "", "is not UTF-8 text; save it as UTF-8")]) from None
    except OSError as error:
        raise PlaybookError([PlaybookIssue(source, None, "", f"cannot be read ({error.strerror})")]) from None
    return parse_playbook_text(text, source=source)


@lru_cache(maxsize=1)
def load_default_playbook() -> Playbook:
    """The playbook shipped with CareLoop (Maple Street Family Medicine); a starting point."""
    return load_playbook(DEFAULT_PLAYBOOK_PATH)


def parse_playbook_text(text: str, source: str = "<playbook>") -> Playbook:
    """Validate playbook YAML text; `source` names it in error messages."""
    root, data = _read_yaml(text, source)
    issues = _duplicate_key_issues(root, source, ())
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        issues.append(PlaybookIssue(source, 1, "", f"a playbook is a mapping of sections (clinic:, hours:, "
                                    f"channels:, ...), but this file is {kind}"))
        raise PlaybookError(issues)
    try:
        playbook = Playbook.model_validate(data)
    except ValidationError as error:
        issues += [issue for err in error.errors() for issue in _issues_from(err, root, source)]
    if issues:
        raise PlaybookError(sorted(issues, key=lambda issue: issue.line or 0))
    return playbook


# ----------------------------------------------------------------------------- YAML


def _read_yaml(text: str, source: str) -> tuple[yaml.Node, Any]:
    """The YAML node tree (for line numbers) and the plain data built from that same tree."""
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]:
            raise PlaybookError([PlaybookIssue(source, number, "", "indented with a tab; YAML needs spaces")])
    loader = _PlainYamlLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        what = " ".join(part for part in (error.context, error.problem) if part)
        raise PlaybookError([PlaybookIssue(source, line, "", f"not valid YAML: {what}")]) from None
    except yaml.YAMLError as error:
        raise PlaybookError([PlaybookIssue(source, None, "", f"not valid YAML: {error}")]) from None
    finally:
        loader.dispose()
    if root is None:
        raise PlaybookError([PlaybookIssue(source, 1, "", "the playbook is empty; start from "
                                           "`careloop playbook show-default`")])
    return root, data


def _duplicate_key_issues(node: yaml.Node, source: str, path: tuple) -> list[PlaybookIssue]:
    # PyYAML keeps the last of two equal keys without a word; a second `refill_request:` block
    # silently replacing the first is exactly the kind of edit mistake to catch.
    issues = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key.value)
            line = key.start_mark.line + 1
            if name in seen:
                issues.append(PlaybookIssue(source, line, _dotted(path + (name,)),
                                            f"appears twice (also on line {seen[name]}); keep one"))
            seen.setdefault(name, line)
            issues += _duplicate_key_issues(value, source, path + (name,))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            issues += _duplicate_key_issues(item, source, path + (index,))
    return issues


def _line_of(root: yaml.Node, path: tuple) -> int:
    """Line of the deepest key on `path` that exists in the file (1-based)."""
    node, line = root, root.start_mark.line + 1
    for part in path:
        if isinstance(node, yaml.MappingNode):
            match = next((pair for pair in node.value if isinstance(pair[0], yaml.ScalarNode)
                          and pair[0].value == str(part)), None)
            if match is None:
                break
            line, node = match[0].start_mark.line + 1, match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


# ----------------------------------------------------------------------------- messages


def _dotted(path: tuple) -> str:
    return ".".join(str(part) for part in path)


def _issues_from(error: dict, root: yaml.Node, source: str) -> list[PlaybookIssue]:
    # pydantic adds markers for union members and dict keys; they mean nothing in the file.
    loc = tuple(part for part in error["loc"] if part != "[key]" and not str(part).startswith(("function-", "nullable")))
    if error["type"] == ISSUES_ERROR_TYPE:
        found = [(loc + tuple(sub), message) for sub, message in error["ctx"]["issues"]]
    else:
        found = [(loc, _message(error, loc))]
    return [PlaybookIssue(source, _line_of(root, path), _dotted(path), message) for path, message in found]


_KINDS = {
    "string_type": "text", "int_type": "a whole number", "int_parsing": "a whole number",
    "bool_type": "true or false", "bool_parsing": "true or false", "list_type": "a list",
    "tuple_type": "a list", "dict_type": "a mapping (key: value lines)",
    "model_type": "a mapping (key: value lines)", "model_attributes_type": "a mapping (key: value lines)",
    "date_type": "a date like 2026-12-24", "date_from_datetime_parsing": "a date like 2026-12-24",
    "date_parsing": "a date like 2026-12-24",
}
# What each pattern-checked value should look like, by the pattern pydantic reports.
_PATTERN_HINTS = {
    r"^[a-z][a-z0-9_]*$": "names use lowercase letters, digits and underscores, e.g. records_ready",
    r"^[A-Z][A-Z0-9_]*$": "write the name of an environment variable, e.g. CARELOOP_WEBHOOK_SECRET",
    r"^[0-9]{2,6}$": "write digits only, e.g. 911",
}


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    return repr(value)


def _choices(error: dict) -> list[str]:
    expected = str((error.get("ctx") or {}).get("expected", ""))
    return [choice.strip("'") for choice in re.split(r", | or ", expected) if choice]


def _message(error: dict, loc: tuple) -> str:
    kind, value = error["type"], error.get("input")
    name = str(loc[-1]) if loc else ""
    if kind == "missing":
        parent = loc[-2] if len(loc) > 1 else None
        if parent in ("channels", "categories"):
            singular = {"channels": "channel", "categories": "category"}[parent]
            return f"missing: every {singular} needs a rule, add {name}:"
        if parent == "first_response" and len(loc) > 2 and loc[-3] == "templates":
            return f"missing: every category needs a first-response template, add {name}:"
        return f"missing required key {name!r}"
    if kind == "extra_forbidden":
        return f"unknown key {name!r}{_did_you_mean(error, loc)}"
    if kind in ("enum", "literal_error"):
        choices = _choices(error)
        close = difflib.get_close_matches(str(value), choices, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"{_describe(value)} is not one of: {', '.join(choices)}{hint}"
    if kind in _KINDS:
        return f"expected {_KINDS[kind]}, got {_describe(value)}"
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(str((error.get("ctx") or {}).get("pattern")), "it has the wrong form")
        return f"{_describe(value)} is not allowed here: {hint}"
    if kind in ("greater_than_equal", "less_than_equal"):
        ctx = error.get("ctx") or {}
        bound = f"at least {ctx['ge']}" if "ge" in ctx else f"at most {ctx.get('le')}"
        return f"must be {bound}, got {_describe(value)}"
    if kind in ("too_short", "string_too_short"):
        return "cannot be empty"
    message = error["msg"]
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message


def _did_you_mean(error: dict, loc: tuple) -> str:
    fields = _fields_at(loc[:-1])
    if not fields:
        return ""
    close = difflib.get_close_matches(str(loc[-1]), fields, n=1)
    return f" (did you mean {close[0]!r}?)" if close else f" (expected one of: {', '.join(fields)})"


def _fields_at(path: tuple) -> list[str]:
    """Keys the mapping at `path` may have, found by following the models' annotations."""
    annotation: Any = Playbook
    for part in path:
        annotation = _unwrap(annotation)
        if get_origin(annotation) in (list, tuple, dict):
            annotation = get_args(annotation)[-1 if get_origin(annotation) is dict else 0]
            continue
        by_key = {field.alias or name: field for name, field in getattr(annotation, "model_fields", {}).items()}
        if str(part) not in by_key:
            return []
        annotation = by_key[str(part)].annotation
    annotation = _unwrap(annotation)
    return [field.alias or name for name, field in getattr(annotation, "model_fields", {}).items()]


def _unwrap(annotation: Any) -> Any:
    """Strip Annotated[...] and `X | None` down to the model or container inside."""
    while True:
        if get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
        elif get_origin(annotation) in (Union, UnionType):
            annotation = next(arg for arg in get_args(annotation) if arg is not type(None))
        else:
            return annotation
