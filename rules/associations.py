"""Associating a customer with a partner: the four steps of the reference in one call.

1. the invitation (a link or QR code for a new account, an online invitation for an existing one);
2. the reseller instructions (reseller model only) and, optionally, the authorization letter;
3. the account (registered or logged in before this call: the actor);
4. the billing country and the customer agreement and privacy statement ("Enable").
"""

from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import Association, Authorization, Customer, Invitation
from models.enums import FreezeReason, FreezeType
from rules import audit
from rules.actors import CustomerActor, PartnerActor
from rules.authorizations import grant_letter_at_association
from rules.budgets import set_budget
from rules.clock import Clock, FixedClock, system_clock
from rules.eligibility import Eligibility, eligibility
from rules.errors import EligibilityCode, Problem, RuleError, StepCode
from rules.freezes import add_freeze
from rules.invitations import (
    budget_preset,
    consume,
    get_invitation,
    needs_reseller_instructions,
    usability_problems,
)
from rules.validation import InputCheck

DEFAULT_INSTRUCTIONS_VERSION = "2024-08-29"


@dataclass(frozen=True, slots=True)
class AssociateInput:
    token: str
    accept_reseller_instructions: bool = False
    accept_authorization_letter: bool = False
    billing_country: str | None = None
    accept_customer_agreement: bool = False


@dataclass(frozen=True, slots=True)
class AssociationResult:
    association: Association
    created: bool  # False when the customer was already associated with this partner
    authorization: Authorization | None


@dataclass(frozen=True, slots=True)
class InvitationEligibility:
    invitation: Invitation
    problems: tuple[Problem, ...]
    already_associated_with_partner: bool

    @property
    def eligible(self) -> bool:
        return not self.problems


async def check_invitation_eligibility(
    *, actor: CustomerActor, token: str, clock: Clock = system_clock
) -> InvitationEligibility:
    """Everything that stops this customer from associating through this invitation, at once.

    Raises INVITATION_NOT_FOUND; every other code comes back in `problems`.
    """
    now = clock.now()
    invitation = await get_invitation(token)
    customer = await Customer.get(id=actor.customer_id)
    found = await _eligibility(invitation, customer, now)
    problems = () if found.already_associated_with_partner else found.problems
    if not found.already_associated_with_partner:
        problems = (*usability_problems(invitation, customer, now), *problems)
    return InvitationEligibility(invitation, problems, found.already_associated_with_partner)


async def associate(
    *,
    actor: CustomerActor,
    request: AssociateInput,
    instructions_version: str = DEFAULT_INSTRUCTIONS_VERSION,
    clock: Clock = system_clock,
) -> AssociationResult:
    """Associates the customer with the invitation's partner; asking again is not an error.

    Raises every invitation, step and eligibility code that applies, all at once, and
    ALREADY_ASSOCIATED when another partner won a race for the same customer.
    """
    now = clock.now()
    invitation = await get_invitation(request.token)
    try:
        async with in_transaction():
            customer = await Customer.filter(id=actor.customer_id).select_for_update().get()
            found = await _eligibility(invitation, customer, now)
            if found.already_associated_with_partner:
                return await _existing(customer, invitation)
            problems = [
                *usability_problems(invitation, customer, now),
                *_step_problems(invitation, customer, request),
                *found.problems,
            ]
            if problems:
                raise RuleError(problems)
            await consume(invitation, now)
            await _enable(customer, request, actor, now)
            return await _create(
                customer, invitation, request, actor, instructions_version, FixedClock(now)
            )
    except IntegrityError:
        raise RuleError.of(
            EligibilityCode.ALREADY_ASSOCIATED,
            "The account was associated with another partner in the meantime.",
            "token",
        ) from None


async def _eligibility(invitation: Invitation, customer: Customer, now: datetime) -> Eligibility:
    return await eligibility(customer.id, invitation.partner_id, invitation.model, now)


def _step_problems(
    invitation: Invitation, customer: Customer, request: AssociateInput
) -> list[Problem]:
    problems = []
    if needs_reseller_instructions(invitation) and not request.accept_reseller_instructions:
        problems.append(
            Problem(
                StepCode.RESELLER_INSTRUCTIONS_NOT_ACCEPTED,
                "Read and accept the instructions for associating with a partner.",
                "acceptResellerInstructions",
            )
        )
    if not (request.billing_country or customer.billing_country):
        problems.append(
            Problem(
                StepCode.BILLING_COUNTRY_MISSING,
                "Select the country or region of your billing address.",
                "billingCountry",
            )
        )
    elif request.billing_country:
        check = InputCheck()
        check.country("billingCountry", request.billing_country)
        problems += check.problems
    if not (request.accept_customer_agreement or customer.agreement_accepted_at):
        problems.append(
            Problem(
                StepCode.CUSTOMER_AGREEMENT_NOT_ACCEPTED,
                "Accept the customer agreement and privacy statement.",
                "acceptCustomerAgreement",
            )
        )
    return problems


async def _enable(
    customer: Customer, request: AssociateInput, actor: CustomerActor, now: datetime
) -> None:
    """Step 4: the billing country and the agreement, kept on the account."""
    before = audit.snapshot(
        billing_country=customer.billing_country,
        agreement_accepted_at=customer.agreement_accepted_at,
    )
    if request.billing_country:
        customer.billing_country = request.billing_country.strip().upper()
    if customer.agreement_accepted_at is None:
        customer.agreement_accepted_at = now
    after = audit.snapshot(
        billing_country=customer.billing_country,
        agreement_accepted_at=customer.agreement_accepted_at,
    )
    if before == after:
        return
    await customer.save(update_fields=["billing_country", "agreement_accepted_at"])
    await audit.record(
        actor=actor,
        action="customer.enabled",
        subject=("Customer", customer.id),
        customer_id=customer.id,
        at=now,
        before=before,
        after=after,
    )


async def _create(
    customer: Customer,
    invitation: Invitation,
    request: AssociateInput,
    actor: CustomerActor,
    instructions_version: str,
    clock: Clock,
) -> AssociationResult:
    now = clock.now()
    reseller = needs_reseller_instructions(invitation)
    association = await Association.create(
        partner_id=invitation.partner_id,
        customer_id=customer.id,
        active_customer_id=customer.id,
        model=invitation.model,
        invitation_id=invitation.id,
        instructions_version=instructions_version if reseller else None,
        associated_at=now,
    )
    await audit.record(
        actor=actor,
        action="association.created",
        subject=("Association", association.id),
        customer_id=customer.id,
        partner_id=invitation.partner_id,
        at=now,
        after=audit.snapshot(
            model=invitation.model,
            invitation_id=invitation.id,
            instructions_version=association.instructions_version,
        ),
    )
    if reseller:
        await add_freeze(
            actor=actor,
            customer_id=customer.id,
            partner_id=invitation.partner_id,
            reason=FreezeReason.PENDING_BUDGET,
            freeze_type=FreezeType.ACCOUNT,
            now=now,
            note="Frozen until the reseller partner sets a budget.",
        )
        await _apply_budget_preset(customer, invitation, clock)
    letter = None
    if request.accept_authorization_letter:
        letter = await grant_letter_at_association(
            actor=actor,
            partner_id=invitation.partner_id,
            now=now,
        )
    return AssociationResult(association=association, created=True, authorization=letter)


async def _apply_budget_preset(customer: Customer, invitation: Invitation, clock: Clock) -> None:
    """The budget the partner gave the invitation, set as the partner would set it: the freeze
    pending a budget is lifted in the same transaction, so the customer never meets it."""
    preset = budget_preset(invitation)
    if preset is None:
        return
    await set_budget(
        actor=PartnerActor(invitation.partner_id),
        customer_id=customer.id,
        kind=preset.kind,
        amount=preset.amount,
        exhaustion_action=preset.exhaustion_action,
        clock=clock,
        reason="the invitation's budget preset",
    )


async def _existing(customer: Customer, invitation: Invitation) -> AssociationResult:
    association = await Association.get(active_customer_id=customer.id)
    letter = await Authorization.get_or_none(
        partner_id=invitation.partner_id, customer_id=customer.id, open_key__isnull=False
    )
    return AssociationResult(association=association, created=False, authorization=letter)
