from datetime import UTC, datetime
from decimal import Decimal

import pytest

from models import Customer, Expenditure
from models.enums import Site
from models.money import from_minor_units, to_minor_units


def test_amounts_are_stored_as_whole_minor_units() -> None:
    assert to_minor_units(Decimal("1500.50")) == 150050
    assert to_minor_units("0.01") == 1
    assert from_minor_units(150050) == Decimal("1500.50")
    assert str(from_minor_units(7)) == "0.07"


def test_an_amount_with_more_than_two_places_is_never_silently_rounded() -> None:
    with pytest.raises(ValueError, match="more than 2 decimal places"):
        to_minor_units(Decimal("0.005"))


async def test_the_database_compares_and_returns_amounts_exactly() -> None:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    customer = await Customer.create(
        account_name="money",
        email="money@example.com",
        password_hash="-",
        site=Site.INTERNATIONAL,
        country="DE",
        registered_at=now,
    )
    for ref, amount in [("small", "7.50"), ("large", "10.00"), ("nothing", "0.00")]:
        await Expenditure.create(
            ref=ref, customer=customer, amount=Decimal(amount), cash_amount=0, spent_at=now
        )

    # As text, "7.50" > "10.00" and "0.00" > "0": amounts must compare as numbers.
    refs: list[str] = await Expenditure.filter(amount__gt=Decimal("8")).values_list(
        "ref", flat=True
    )  # type: ignore[assignment]  # Tortoise types even a flat values_list as tuples
    assert refs == ["large"]
    assert await Expenditure.filter(amount__gt=0).count() == 2
    stored = await Expenditure.get(ref="small")
    assert stored.amount == Decimal("7.50") and str(stored.amount) == "7.50"
