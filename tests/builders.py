"""Builders for tests. Facts and accounts are written straight to the models (they come from
billing systems or earlier steps); everything under test goes through the rules."""

import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from models import Association, AuditEvent, Customer, Invitation, Partner
from models.enums import AccountType, CooperationModel, InvitationKind, Site
from rules.actors import CustomerActor, PartnerActor
from rules.associations import AssociateInput, associate
from rules.clock import FakeClock
from rules.invitations import create_invitation

_serial = itertools.count(1)


@dataclass
class Invited:
    invitation: Invitation
    token: str


@dataclass
class Builders:
    clock: FakeClock

    async def partner(self, model: CooperationModel = CooperationModel.RESELLER) -> Partner:
        return await Partner.create(
            name=f"Partner {next(_serial)}", cooperation_model=model, created_at=self.clock.now()
        )

    async def customer(
        self,
        *,
        registered_ago: timedelta = timedelta(hours=1),
        site: Site = Site.INTERNATIONAL,
        account_type: AccountType = AccountType.INDIVIDUAL,
        via: Invitation | None = None,
        name: str | None = None,
    ) -> Customer:
        name = name or f"customer{next(_serial)}"
        return await Customer.create(
            account_name=name,
            email=f"{name}@example.com",
            password_hash="not-a-real-hash",
            site=site,
            country="DE",
            account_type=account_type,
            registered_at=self.clock.now() - registered_ago,
            registered_via_invitation_id=via.id if via else None,
        )

    async def invitation(
        self,
        partner: Partner,
        *,
        kind: InvitationKind = InvitationKind.LINK,
        invitee: Customer | None = None,
        max_uses: int | None = None,
        valid_days: int = 30,
    ) -> Invited:
        created = await create_invitation(
            actor=PartnerActor(partner.id),
            partner_id=partner.id,
            kind=kind,
            invitee_account_name=invitee.account_name if invitee else None,
            max_uses=max_uses,
            valid_days=valid_days,
            clock=self.clock,
        )
        return Invited(created.invitation, created.token)

    async def newcomer(
        self,
        partner: Partner,
        *,
        registered_ago: timedelta = timedelta(hours=1),
        site: Site = Site.INTERNATIONAL,
        account_type: AccountType = AccountType.INDIVIDUAL,
    ) -> tuple[Customer, str]:
        """A customer who registered through the partner's link, with the link's token."""
        invited = await self.invitation(partner)
        customer = await self.customer(
            via=invited.invitation,
            registered_ago=registered_ago,
            site=site,
            account_type=account_type,
        )
        return customer, invited.token

    async def associated(
        self, partner: Partner, *, letter: bool = False
    ) -> tuple[Customer, Association]:
        customer, token = await self.newcomer(partner)
        result = await associate(
            actor=CustomerActor(customer.id),
            request=complete_steps(token, letter=letter),
            clock=self.clock,
        )
        return customer, result.association


def complete_steps(token: str, *, letter: bool = False) -> AssociateInput:
    return AssociateInput(
        token=token,
        accept_reseller_instructions=True,
        accept_authorization_letter=letter,
        billing_country="DE",
        accept_customer_agreement=True,
    )


AuditActions = Callable[..., Awaitable[list[str]]]


async def audit_actions(**filters: object) -> list[str]:
    """The actions of the audit events matching the filters, oldest first."""
    events = await AuditEvent.filter(**filters).order_by("id")
    return [event.action for event in events]


def money(value: str) -> Decimal:
    return Decimal(value)
