"""What stops an association from being dissolved: one code per blocker, every one at once.

Like eligibility, every fact is read in one SQL statement: the customer's row with one subquery
per fact. The request flows read the same facts after locking the association, so that what the
preflight promised is what they decide on.
"""

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from models import Association, Customer, DissociationRequest, EnterpriseRelation, Freeze
from models.dissociations import DissociationState
from models.enums import AccountingMode, ActorKind, FreezeReason
from models.facts import SupportPlan
from rules.actors import CustomerActor, PartnerActor
from rules.eligibility import FACT_PROBES
from rules.errors import DissociationBlocker as B
from rules.errors import DissociationCode, ManagementCode, Problem, RuleError

DEFAULT_REQUEST_LIMIT_MONTHS = 3

MESSAGES = {
    B.PARTNER_FREEZE_IN_FORCE: "The partner has frozen the account: unfreeze it first.",
    B.VALID_RESERVED_INSTANCES: "The account has valid reserved instances.",
    B.VALID_SUPPORT_PLAN: "The account has a valid support plan.",
    B.ENTERPRISE_MASTER_WITH_INDEPENDENT_MEMBERS: "The account is an enterprise master with "
    "member accounts in separate (independent) accounting.",
    B.REQUEST_LIMIT_REACHED: "You asked to dissociate this account less than {months} months "
    "ago: one request per asker and account in {months} months.",
    B.REQUEST_PENDING: "A dissociation request is pending: answer or cancel it first.",
}
# What the account's state blocks, as opposed to the requests made: an approval re-checks these.
STATE_BLOCKERS = (
    B.PARTNER_FREEZE_IN_FORCE,
    B.VALID_RESERVED_INSTANCES,
    B.VALID_SUPPORT_PLAN,
    B.ENTERPRISE_MASTER_WITH_INDEPENDENT_MEMBERS,
)

Asker = PartnerActor | CustomerActor
Facts = dict[str, Any]
Probe = Callable[[int, datetime], QuerySet[Any]]


@dataclass(frozen=True, slots=True)
class Preflight:
    association_id: int
    problems: tuple[Problem, ...]

    @property
    def allowed(self) -> bool:
        return not self.problems


def months_before(moment: datetime, months: int) -> datetime:
    """The same time `months` calendar months earlier (the 31st becomes the month's last day)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _independent_members(customer_id: int, now: datetime) -> QuerySet[Any]:
    in_effect = Q(ended_at__isnull=True) | Q(ended_at__gt=now)
    return EnterpriseRelation.filter(
        in_effect, master_id=customer_id, accounting_mode=AccountingMode.SEPARATE
    )


STATE_PROBES: dict[str, Probe] = {
    "partner_freeze": lambda cid, now: Freeze.filter(
        active_key=Freeze.key_for(cid, FreezeReason.PARTNER)
    ),
    "valid_reserved_instance": FACT_PROBES["valid_reserved_instance"],
    "valid_support_plan": lambda cid, now: SupportPlan.filter(
        customer_id=cid, valid_from__lte=now, valid_until__gt=now
    ),
    "independent_members": _independent_members,
}
BLOCKER_FACTS: dict[B, Callable[[Facts], bool]] = {
    B.PARTNER_FREEZE_IN_FORCE: lambda f: f["partner_freeze"] is not None,
    B.VALID_RESERVED_INSTANCES: lambda f: f["valid_reserved_instance"] is not None,
    B.VALID_SUPPORT_PLAN: lambda f: f["valid_support_plan"] is not None,
    B.ENTERPRISE_MASTER_WITH_INDEPENDENT_MEMBERS: lambda f: f["independent_members"] is not None,
    B.REQUEST_LIMIT_REACHED: lambda f: f["recent_request"] is not None,
    B.REQUEST_PENDING: lambda f: f["pending_request"] is not None,
}


def _askers_requests(actor: Asker, customer_id: int) -> QuerySet[DissociationRequest]:
    if isinstance(actor, PartnerActor):
        return DissociationRequest.filter(
            partner_id=actor.partner_id, customer_id=customer_id, asked_by=ActorKind.PARTNER
        )
    return DissociationRequest.filter(customer_id=customer_id, asked_by=ActorKind.CUSTOMER)


async def read_facts(actor: Asker, customer_id: int, now: datetime, limit_months: int) -> Facts:
    """The customer's active association and every fact a blocker reads, in one statement."""
    probes = {
        name: Subquery(probe(customer_id, now).limit(1).values("id"))
        for name, probe in STATE_PROBES.items()
    }
    active = Association.filter(active_customer_id=customer_id)
    since = months_before(now, limit_months)
    recent = _askers_requests(actor, customer_id).filter(requested_at__gt=since)
    pending = DissociationRequest.filter(
        customer_id=customer_id, state=DissociationState.PENDING, expires_at__gt=now
    )
    rows = (
        await Customer.filter(id=customer_id)
        .annotate(
            **probes,
            association_id=Subquery(active.values("id")),
            association_partner=Subquery(active.values("partner_id")),
            recent_request=Subquery(recent.limit(1).values("id")),
            pending_request=Subquery(pending.limit(1).values("id")),
        )
        .values(
            "association_id", "association_partner", "recent_request", "pending_request", *probes
        )
    )
    return rows[0] if rows else {"association_id": None, "association_partner": None}


def not_associated(actor: Asker) -> RuleError:
    """NOT_YOUR_CUSTOMER for a partner (also for a customer that does not exist), NOT_ASSOCIATED
    for a customer."""
    if isinstance(actor, PartnerActor):
        return RuleError.of(
            ManagementCode.NOT_YOUR_CUSTOMER,
            "The customer is not associated with you.",
            "customerId",
        )
    return RuleError.of(
        DissociationCode.NOT_ASSOCIATED, "Your account is not associated with a partner."
    )


def refuse_another_customer(actor: Asker, customer_id: int) -> None:
    """A customer asks about itself only."""
    if isinstance(actor, CustomerActor) and customer_id != actor.customer_id:
        raise not_associated(actor)


def refuse_unless_associated(actor: Asker, facts: Facts) -> int:
    """The id of the association the actor may dissociate; raises `not_associated` without."""
    association_id: int | None = facts["association_id"]
    theirs = not isinstance(actor, PartnerActor) or facts["association_partner"] == actor.partner_id
    if association_id is None or not theirs:
        raise not_associated(actor)
    return association_id


def blockers(facts: Facts, limit_months: int, only: tuple[B, ...] = tuple(B)) -> list[Problem]:
    return [
        Problem(code, MESSAGES[code].format(months=limit_months))
        for code, holds in BLOCKER_FACTS.items()
        if code in only and holds(facts)
    ]


async def dissociation_preflight(
    *,
    actor: Asker,
    customer_id: int,
    now: datetime,
    request_limit_months: int = DEFAULT_REQUEST_LIMIT_MONTHS,
) -> Preflight:
    """Everything that stops the actor from asking to dissociate the customer now (a customer
    asks about itself). One SQL statement.

    Raises NOT_YOUR_CUSTOMER and NOT_ASSOCIATED; every blocker comes back in `problems`.
    """
    refuse_another_customer(actor, customer_id)
    facts = await read_facts(actor, customer_id, now, request_limit_months)
    association_id = refuse_unless_associated(actor, facts)
    return Preflight(association_id, tuple(blockers(facts, request_limit_months)))
