"""Invitations: a link (also shown as a QR code) for new registrations, or an online invitation
addressed to one existing account. Tokens are shown once and stored as SHA-256 digests."""

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from models import Customer, Invitation, Partner
from models.enums import CooperationModel, ExhaustionAction, InvitationKind, InvitationState
from rules import audit
from rules.actors import Actor, PartnerActor
from rules.attempts import AttemptStore, count_invitee_lookup, database_attempts
from rules.budgets import BudgetTerms, check_amount
from rules.clock import Clock, system_clock
from rules.errors import AccountCode, InvitationCode, PresetCode, Problem, RuleError
from rules.hashing import digest, new_token
from rules.validation import InputCheck

DEFAULT_TTL_DAYS = 30
MAX_TTL_DAYS = 365
MAX_USES_LIMIT = 100_000

STATE_PROBLEMS = {
    InvitationState.REVOKED: (InvitationCode.INVITATION_REVOKED, "The partner revoked it."),
    InvitationState.EXPIRED: (InvitationCode.INVITATION_EXPIRED, "The invitation has expired."),
    InvitationState.USED_UP: (InvitationCode.INVITATION_USED_UP, "It has been used up."),
}


@dataclass(frozen=True, slots=True)
class CreatedInvitation:
    invitation: Invitation
    token: str  # shown once; only its digest is stored


async def create_invitation(
    *,
    actor: Actor,
    partner_id: int,
    kind: InvitationKind,
    invitee_account_name: str | None = None,
    valid_days: int = DEFAULT_TTL_DAYS,
    max_uses: int | None = None,
    budget: BudgetTerms | None = None,
    clock: Clock = system_clock,
    attempts: AttemptStore = database_attempts,
) -> CreatedInvitation:
    """A link serves any number of new registrations unless `max_uses` is given; an online
    invitation serves its invitee once. The actor is the partner, or an operator acting for it.
    A partner's names not found count against its lookup limit (`rules.attempts`). A reseller's
    invitation may carry a `budget` preset, checked as `rules.budgets.set_budget` checks it.

    Raises PARTNER_NOT_FOUND, BUDGET_PRESET_NOT_RESELLER, INVITEE_NOT_FOUND,
    TOO_MANY_INVITEE_LOOKUPS and input codes (the preset's amount in field "budget.amount")."""
    with InputCheck() as check:
        if budget is not None:
            budget = replace(budget, amount=check_amount(check, "budget.amount", budget.amount))
        check.int_range("validDays", valid_days, low=1, high=MAX_TTL_DAYS)
        if max_uses is not None:
            check.int_range("maxUses", max_uses, low=1, high=MAX_USES_LIMIT)
        if kind is InvitationKind.ONLINE:
            invitee_account_name = check.text(
                "inviteeAccountName", invitee_account_name or "", max_length=64
            )
    now = clock.now()
    token = new_token()
    lookup = None
    if kind is InvitationKind.ONLINE and isinstance(actor, PartnerActor):
        # Counted before the transaction, so that the count stays when the invitation is refused.
        # The operator, who can read the accounts anyway, is not limited.
        lookup = await count_invitee_lookup(attempts, partner_id=partner_id, now=now)
    async with in_transaction():
        partner = await Partner.get_or_none(id=partner_id)
        if partner is None:
            raise RuleError.of(AccountCode.PARTNER_NOT_FOUND, "No such partner.", "partnerId")
        _refuse_referral_preset(partner, budget)
        invitee = await _invitee(kind, invitee_account_name)
        invitation = await Invitation.create(
            partner=partner,
            model=partner.cooperation_model,
            kind=kind,
            token_hash=digest(token),
            invitee=invitee,
            created_at=now,
            expires_at=now + timedelta(days=valid_days),
            max_uses=1 if kind is InvitationKind.ONLINE else max_uses,
            budget_kind=budget.kind if budget else None,
            budget_amount=budget.amount if budget else None,
            budget_exhaustion_action=budget.exhaustion_action if budget else None,
        )
        await audit.record(
            actor=actor,
            action="invitation.created",
            subject=("Invitation", invitation.id),
            partner_id=partner.id,
            customer_id=invitee.id if invitee else None,
            at=now,
            after=audit.snapshot(
                kind=kind,
                model=invitation.model,
                expires_at=invitation.expires_at,
                **_preset_snapshot(budget),
            ),
        )
    if lookup is not None:
        await lookup.forgive()  # the name was found: not a failed lookup
    return CreatedInvitation(invitation=invitation, token=token)


def _refuse_referral_preset(partner: Partner, budget: BudgetTerms | None) -> None:
    if budget is not None and partner.cooperation_model is not CooperationModel.RESELLER:
        raise RuleError.of(
            PresetCode.BUDGET_PRESET_NOT_RESELLER,
            "Only a reseller partner sets budgets: a referral invitation carries none.",
            "budget",
        )


def _preset_snapshot(budget: BudgetTerms | None) -> dict[str, object]:
    if budget is None:
        return {}
    return {
        "budget_kind": budget.kind,
        "budget_amount": budget.amount,
        "budget_exhaustion_action": budget.exhaustion_action,
    }


def budget_preset(invitation: Invitation) -> BudgetTerms | None:
    """The budget an association through this invitation starts with, if it carries one."""
    if invitation.budget_kind is None or invitation.budget_amount is None:
        return None
    return BudgetTerms(
        kind=invitation.budget_kind,
        amount=invitation.budget_amount,
        exhaustion_action=invitation.budget_exhaustion_action or ExhaustionAction.MANUAL,
    )


async def _invitee(kind: InvitationKind, account_name: str | None) -> Customer | None:
    if kind is not InvitationKind.ONLINE:
        return None
    invitee = await Customer.get_or_none(account_name=account_name)
    if invitee is None:
        raise RuleError.of(
            InvitationCode.INVITEE_NOT_FOUND, "No account has that name.", "inviteeAccountName"
        )
    return invitee


async def revoke_invitation(
    *, actor: PartnerActor, invitation_id: int, clock: Clock = system_clock
) -> Invitation:
    """Revoking a revoked invitation changes nothing. Raises INVITATION_NOT_FOUND for an
    invitation of another partner, as for one that does not exist."""
    now = clock.now()
    async with in_transaction():
        invitation = await Invitation.get_or_none(id=invitation_id, partner_id=actor.partner_id)
        if invitation is None:
            raise RuleError.of(
                InvitationCode.INVITATION_NOT_FOUND, "No such invitation.", "invitationId"
            )
        if invitation.revoked_at is None:
            before = invitation.state_at(now)
            invitation.revoked_at = now
            await invitation.save(update_fields=["revoked_at"])
            await audit.record(
                actor=actor,
                action="invitation.revoked",
                subject=("Invitation", invitation.id),
                partner_id=actor.partner_id,
                customer_id=invitation.invitee_id,
                at=now,
                before=audit.snapshot(state=before),
                after=audit.snapshot(state=InvitationState.REVOKED),
            )
    return invitation


def needs_reseller_instructions(invitation: Invitation) -> bool:
    """Step 2: a reseller's invitation is accepted only with its instructions read and accepted."""
    return invitation.model is CooperationModel.RESELLER


def needs_existing_account(invitation: Invitation) -> bool:
    """An online invitation is for the account it names, which logs in (step 3); a link or QR
    invitation is for a new registration."""
    return invitation.invitee_id is not None


async def find_invitation(token: str) -> Invitation | None:
    """The invitation behind a token, with its partner."""
    if not token or len(token) > 128:
        return None
    return await Invitation.get_or_none(token_hash=digest(token)).select_related("partner")


async def get_invitation(token: str) -> Invitation:
    invitation = await find_invitation(token)
    if invitation is None:
        raise RuleError.of(InvitationCode.INVITATION_NOT_FOUND, "No such invitation.", "token")
    return invitation


def usability_problems(invitation: Invitation, customer: Customer, now: datetime) -> list[Problem]:
    """Why this customer cannot use this invitation now (empty when it can)."""
    problems = []
    state = invitation.state_at(now)
    if state in STATE_PROBLEMS:
        code, message = STATE_PROBLEMS[state]
        problems.append(Problem(code, message, "token"))
    if invitation.kind is InvitationKind.ONLINE and invitation.invitee_id != customer.id:
        problems.append(
            Problem(
                InvitationCode.INVITATION_FOR_ANOTHER_ACCOUNT,
                "This invitation is addressed to another account.",
                "token",
            )
        )
    if (
        invitation.kind is InvitationKind.LINK
        and customer.registered_via_invitation_id != invitation.id
    ):
        problems.append(
            Problem(
                InvitationCode.EXISTING_ACCOUNT_NEEDS_ONLINE_INVITATION,
                "A link or QR code serves new registrations; ask the partner for an online "
                "invitation to associate an existing account.",
                "token",
            )
        )
    return problems


async def consume(invitation: Invitation, now: datetime) -> None:
    """Count one use. The database decides between concurrent uses of the last one."""
    has_uses_left = Q(max_uses__isnull=True) | Q(use_count__lt=F("max_uses"))
    counted = await Invitation.filter(
        has_uses_left, id=invitation.id, revoked_at__isnull=True, expires_at__gt=now
    ).update(use_count=F("use_count") + 1)
    if counted == 1:
        return
    await invitation.refresh_from_db(fields=["use_count", "revoked_at"])
    code, message = STATE_PROBLEMS.get(
        invitation.state_at(now), STATE_PROBLEMS[InvitationState.USED_UP]
    )
    raise RuleError.of(code, message, "token")


async def invitations_of(actor: PartnerActor) -> list[Invitation]:
    return await Invitation.filter(partner_id=actor.partner_id).order_by("-id")


async def check_registration_invitation(token: str, now: datetime) -> Invitation:
    """The link invitation a new account registers through, if it can still be used."""
    invitation = await get_invitation(token)
    if invitation.kind is not InvitationKind.LINK:
        raise RuleError.of(
            InvitationCode.INVITATION_FOR_ANOTHER_ACCOUNT,
            "An online invitation is for an existing account: log in to use it.",
            "invitationToken",
        )
    state = invitation.state_at(now)
    if state in STATE_PROBLEMS:
        code, message = STATE_PROBLEMS[state]
        raise RuleError.of(code, message, "invitationToken")
    return invitation
