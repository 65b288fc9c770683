"""Input checks shared by every rule. A check collects all problems, then raises them at once."""

import re
from decimal import Decimal, InvalidOperation
from typing import Self

import pycountry
from email_validator import EmailNotValidError, validate_email

from rules.errors import InputCode, Problem, RuleError

MONEY_PLACES = Decimal("0.01")
MONEY_MAX = Decimal("999999999999.99")  # what a DECIMAL(14, 2) column holds
ACCOUNT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*")


class InputCheck:
    """Validates fields one by one and remembers every problem.

    Each method returns the cleaned value (or the raw value when it is invalid, so that the caller
    can go on checking the other fields); `done()` raises a `RuleError` listing them all.
    """

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, code: InputCode, message: str, field: str) -> None:
        self.problems.append(Problem(code, message, field))

    def done(self) -> None:
        if self.problems:
            raise RuleError(self.problems)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.done()

    def text(self, field: str, value: str, *, max_length: int, min_length: int = 1) -> str:
        cleaned = value.strip()
        if not cleaned and min_length > 0:
            self.fail(InputCode.REQUIRED, f"{field} is required.", field)
        elif len(cleaned) < min_length:
            self.fail(InputCode.TOO_SHORT, f"{field} needs {min_length} characters.", field)
        elif len(cleaned) > max_length:
            self.fail(InputCode.TOO_LONG, f"{field} takes {max_length} characters at most.", field)
        return cleaned

    def account_name(self, field: str, value: str) -> str:
        name = self.text(field, value, min_length=3, max_length=64)
        if 3 <= len(name) <= 64 and not ACCOUNT_NAME.fullmatch(name):
            self.fail(
                InputCode.INVALID_ACCOUNT_NAME,
                "An account name starts with a letter and has only letters, digits, '_', '.', '-'.",
                field,
            )
        return name

    def email(self, field: str, value: str) -> str:
        address = self.text(field, value, max_length=254)
        if not address:
            return address
        try:
            normalized = validate_email(address, check_deliverability=False).normalized
        except EmailNotValidError as error:
            self.fail(InputCode.INVALID_EMAIL, f"Not a valid email address: {error}", field)
            return address
        return normalized.lower()

    def country(self, field: str, value: str) -> str:
        code = value.strip().upper()
        if not code:
            self.fail(InputCode.REQUIRED, f"{field} is required.", field)
        elif len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
            self.fail(
                InputCode.INVALID_COUNTRY,
                f"{value!r} is not an ISO 3166-1 alpha-2 country code.",
                field,
            )
        return code

    def money(self, field: str, value: Decimal | str) -> Decimal:
        try:
            amount = Decimal(value)
        except (InvalidOperation, TypeError, ValueError):
            amount = Decimal("NaN")
        if not amount.is_finite():
            self.fail(InputCode.OUT_OF_RANGE, f"{field} is not a number.", field)
        elif amount < 0:
            self.fail(InputCode.NEGATIVE_AMOUNT, f"{field} cannot be negative.", field)
        elif amount > MONEY_MAX:  # before rounding, which fails past Decimal's precision
            self.fail(InputCode.AMOUNT_TOO_LARGE, f"{field} is more than {MONEY_MAX}.", field)
        elif amount != amount.quantize(MONEY_PLACES, rounding="ROUND_DOWN"):
            self.fail(
                InputCode.TOO_MANY_DECIMAL_PLACES, f"{field} takes 2 decimal places at most.", field
            )
        else:
            return amount.quantize(MONEY_PLACES)
        return amount

    def int_range(self, field: str, value: int, *, low: int, high: int) -> int:
        if not low <= value <= high:
            self.fail(InputCode.OUT_OF_RANGE, f"{field} must be from {low} to {high}.", field)
        return value
