"""Phone numbers in E.164, validated for real (phonenumbers' is_valid_number, not
is_possible_number, which accepts numbers no carrier could ever route)."""

from __future__ import annotations

import phonenumbers


class InvalidPhoneNumber(ValueError):
    pass


def to_e164(raw: str, default_region: str = "US") -> str:
    text = raw.strip()
    if not text:
        raise InvalidPhoneNumber("a phone number is required")
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as error:
        raise InvalidPhoneNumber(f"{raw!r} is not a phone number ({error._msg})") from None
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidPhoneNumber(f"{raw!r} is not a valid phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
