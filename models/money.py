"""Money columns: exact amounts with two decimal places, stored as whole minor units (cents).

A BIGINT of cents compares, sorts and sums exactly on SQLite and PostgreSQL alike, where SQLite
would keep a DECIMAL column as text (compared as text) or as a float. Python code always sees a
`Decimal` with two places.
"""

from decimal import Decimal
from typing import Any

from tortoise import fields

PLACES = 2
CENT = Decimal(1).scaleb(-PLACES)


def to_minor_units(value: Decimal | int | str) -> int:
    amount = Decimal(value)
    if amount != amount.quantize(CENT):
        raise ValueError(f"{value!r} has more than {PLACES} decimal places")
    return int(amount.scaleb(PLACES))


def from_minor_units(value: int) -> Decimal:
    return Decimal(int(value)).scaleb(-PLACES).quantize(CENT)


class MoneyField(fields.BigIntField):
    """A BIGINT of minor units on the database side, a two-place `Decimal` in Python."""

    def to_db_value(self, value: Any, instance: Any) -> Any:
        if value is None:
            return None
        return to_minor_units(value)

    def to_python_value(self, value: Any) -> Any:
        if value is None or isinstance(value, Decimal):
            return value
        return from_minor_units(value)


def money(*, null: bool = False) -> Any:
    """An amount of the deployment's currency."""
    return MoneyField(null=True) if null else MoneyField()
