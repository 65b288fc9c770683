import pytest

from models import Freeze
from models.enums import BudgetKind, CooperationModel, FreezeReason, FreezeType
from rules.actors import PartnerActor
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.errors import ManagementCode, RuleError
from rules.freezes import account_status, freeze, unfreeze
from tests.builders import AuditActions, Builders


async def budgeted_customer(build: Builders, clock: FakeClock) -> tuple[PartnerActor, int]:
    """A reseller customer whose pending-budget freeze is lifted."""
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)
    actor = PartnerActor(partner.id)
    await set_budget(
        actor=actor, customer_id=customer.id, kind=BudgetKind.MONTHLY, amount="10", clock=clock
    )
    return actor, customer.id


async def test_freezing_the_account_leaves_resources_running(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    actor, customer_id = await budgeted_customer(build, clock)

    frozen = await freeze(
        actor=actor, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock
    )

    status = await account_status(customer_id)
    assert status.frozen and not status.resources_stopped
    assert status.reasons == {FreezeReason.PARTNER}
    assert frozen.partner_id == actor.partner_id
    assert (await audit_actions(customer_id=customer_id))[-1] == "account.frozen"


async def test_freezing_account_and_resources_stops_the_resources(
    build: Builders, clock: FakeClock
) -> None:
    actor, customer_id = await budgeted_customer(build, clock)

    await freeze(
        actor=actor,
        customer_id=customer_id,
        freeze_type=FreezeType.ACCOUNT_AND_RESOURCE,
        note="unpaid invoice",
        clock=clock,
    )

    status = await account_status(customer_id)
    assert status.resources_stopped
    assert status.active_freezes[0].note == "unpaid invoice"


async def test_freezing_twice_is_refused(build: Builders, clock: FakeClock) -> None:
    actor, customer_id = await budgeted_customer(build, clock)
    await freeze(actor=actor, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock)

    with pytest.raises(RuleError) as refusal:
        await freeze(
            actor=actor,
            customer_id=customer_id,
            freeze_type=FreezeType.ACCOUNT_AND_RESOURCE,
            clock=clock,
        )

    assert refusal.value.codes == [ManagementCode.ALREADY_FROZEN]
    assert await Freeze.filter(customer_id=customer_id, reason=FreezeReason.PARTNER).count() == 1


async def test_unfreezing_with_the_type_that_froze_lifts_the_freeze(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    actor, customer_id = await budgeted_customer(build, clock)
    await freeze(
        actor=actor,
        customer_id=customer_id,
        freeze_type=FreezeType.ACCOUNT_AND_RESOURCE,
        clock=clock,
    )

    lifted = await unfreeze(
        actor=actor,
        customer_id=customer_id,
        freeze_type=FreezeType.ACCOUNT_AND_RESOURCE,
        clock=clock,
    )

    assert lifted.lifted_at == clock.now()
    assert not (await account_status(customer_id)).frozen
    assert (await audit_actions(customer_id=customer_id))[-1] == "account.unfrozen"


async def test_unfreezing_with_another_type_is_refused(build: Builders, clock: FakeClock) -> None:
    actor, customer_id = await budgeted_customer(build, clock)
    await freeze(
        actor=actor,
        customer_id=customer_id,
        freeze_type=FreezeType.ACCOUNT_AND_RESOURCE,
        clock=clock,
    )

    with pytest.raises(RuleError) as refusal:
        await unfreeze(
            actor=actor, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock
        )

    assert refusal.value.codes == [ManagementCode.FREEZE_TYPE_MISMATCH]
    assert refusal.value.problems[0].field == "type"
    assert (await account_status(customer_id)).resources_stopped


async def test_unfreezing_an_unfrozen_account_is_refused(build: Builders, clock: FakeClock) -> None:
    actor, customer_id = await budgeted_customer(build, clock)

    with pytest.raises(RuleError) as refusal:
        await unfreeze(
            actor=actor, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock
        )

    assert refusal.value.codes == [ManagementCode.NOT_FROZEN]


async def test_unfreeze_does_not_lift_the_pending_budget_freeze(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)

    with pytest.raises(RuleError) as refusal:
        await unfreeze(
            actor=PartnerActor(partner.id),
            customer_id=customer.id,
            freeze_type=FreezeType.ACCOUNT,
            clock=clock,
        )

    assert refusal.value.codes == [ManagementCode.FROZEN_FOR_OTHER_REASON]
    assert (await account_status(customer.id)).reasons == {FreezeReason.PENDING_BUDGET}


async def test_reasons_are_kept_apart(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)
    actor = PartnerActor(partner.id)
    await freeze(actor=actor, customer_id=customer.id, freeze_type=FreezeType.ACCOUNT, clock=clock)
    assert (await account_status(customer.id)).reasons == {
        FreezeReason.PENDING_BUDGET,
        FreezeReason.PARTNER,
    }

    await set_budget(
        actor=actor, customer_id=customer.id, kind=BudgetKind.MONTHLY, amount="5", clock=clock
    )

    assert (await account_status(customer.id)).reasons == {FreezeReason.PARTNER}
    await unfreeze(
        actor=actor, customer_id=customer.id, freeze_type=FreezeType.ACCOUNT, clock=clock
    )
    assert not (await account_status(customer.id)).frozen


async def test_an_account_can_be_frozen_again_after_unfreezing(
    build: Builders, clock: FakeClock
) -> None:
    actor, customer_id = await budgeted_customer(build, clock)
    for _ in range(2):
        await freeze(
            actor=actor, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock
        )
        await unfreeze(
            actor=actor, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock
        )

    assert await Freeze.filter(customer_id=customer_id, reason=FreezeReason.PARTNER).count() == 2


@pytest.mark.parametrize("model", [CooperationModel.REFERRAL, CooperationModel.RESELLER])
async def test_only_the_reseller_partner_freezes(
    build: Builders, clock: FakeClock, model: CooperationModel
) -> None:
    partner = await build.partner(model)
    customer, _ = await build.associated(partner)
    stranger = await build.partner(CooperationModel.RESELLER)
    expected = {
        CooperationModel.REFERRAL: (partner, ManagementCode.NOT_RESELLER_ASSOCIATION),
        CooperationModel.RESELLER: (stranger, ManagementCode.NOT_YOUR_CUSTOMER),
    }
    who, code = expected[model]

    with pytest.raises(RuleError) as refusal:
        await freeze(
            actor=PartnerActor(who.id),
            customer_id=customer.id,
            freeze_type=FreezeType.ACCOUNT,
            clock=clock,
        )
    assert refusal.value.codes == [code]
    with pytest.raises(RuleError) as refusal:
        await unfreeze(
            actor=PartnerActor(who.id),
            customer_id=customer.id,
            freeze_type=FreezeType.ACCOUNT,
            clock=clock,
        )
    assert refusal.value.codes == [code]
