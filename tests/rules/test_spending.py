from datetime import UTC, datetime
from decimal import Decimal

from models import Budget, Expenditure
from models.enums import BudgetKind, CooperationModel
from rules.actors import PartnerActor
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.spending import budget_of, usage, usages
from tests.builders import Builders
from tests.sql_statements import counting_statements


async def test_a_page_of_budgets_is_summed_in_one_statement_each_over_its_own_period(
    build: Builders, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 4, 20, tzinfo=UTC))
    partner = await build.partner(CooperationModel.RESELLER)
    pairs = []
    for kind in (BudgetKind.MONTHLY, BudgetKind.PACKAGE, BudgetKind.MONTHLY):
        customer, _ = await build.associated(partner)
        await set_budget(
            actor=PartnerActor(partner.id),
            customer_id=customer.id,
            kind=kind,
            amount="500.00",
            clock=clock,
        )
        found = await budget_of(customer.id)
        assert found is not None
        pairs.append(found)
    for n, (_, association) in enumerate(pairs[:2]):
        for ref, when, amount in [
            ("april", datetime(2026, 4, 21, tzinfo=UTC), "10.25"),
            ("may", datetime(2026, 5, 2, tzinfo=UTC), "7.50"),
        ]:
            await Expenditure.create(
                ref=f"{ref}-{n}",
                customer_id=association.customer_id,
                amount=Decimal(amount),
                cash_amount=Decimal(amount),
                spent_at=when,
            )
    clock.set(datetime(2026, 5, 3, tzinfo=UTC))

    with counting_statements() as statements:
        used = await usages(pairs, clock.now())

    assert [u.spent for u in used] == [Decimal("7.50"), Decimal("17.75"), Decimal("0.00")]
    assert used[0].period_start == datetime(2026, 5, 1, tzinfo=UTC)
    assert len(statements) == 1
    for (budget, association), summed in zip(pairs, used, strict=True):
        assert summed == await usage(budget, association, clock.now())
    assert await Budget.filter(kind=BudgetKind.PACKAGE).count() == 1
