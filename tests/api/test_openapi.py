"""The OpenAPI document is complete: every operation says what it does and what can go wrong."""

from __future__ import annotations

from careloop.app import create_app
from careloop.settings import Settings


def test_every_api_operation_is_documented():
    document = create_app(settings=Settings(database_url="sqlite://")).openapi()
    operations = [
        (method, path, operation)
        for path, methods in document["paths"].items() if path.startswith("/api/")
        for method, operation in methods.items()
    ]
    assert len(operations) >= 10
    for method, path, operation in operations:
        where = f"{method.upper()} {path}"
        assert operation.get("summary"), f"{where} has no summary"
        assert operation.get("tags"), f"{where} has no tag"
        responses = operation["responses"]
        assert "401" in responses, f"{where} does not document 401"
        success = [code for code in responses if code.startswith("2")]
        assert success, f"{where} documents no success answer"
        for code in success:
            content = responses[code].get("content", {}).get("application/json", {})
            assert content.get("schema"), f"{where} {code} has no response schema"
        if "{clinic}" in path:
            assert "404" in responses and "403" in responses, f"{where} does not document 403/404"
        if operation.get("parameters") or operation.get("requestBody"):
            assert "422" in responses, f"{where} does not document 422"


def test_contact_schema_names_its_fields_and_examples():
    document = create_app(settings=Settings(database_url="sqlite://")).openapi()
    contact = document["components"]["schemas"]["ContactIn"]
    assert set(contact["required"]) == {"channel", "sender", "text", "received_at"}
    assert contact.get("examples")
    assert contact["additionalProperties"] is False
