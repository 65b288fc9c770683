"""`partnerlink invitations create | list`: invitations on a partner's behalf, and its list."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from app.commands.common import (
    UsageError,
    add_action,
    add_group,
    fail,
    iso_time,
    run_operation,
    table,
)
from app.links import invitation_url
from app.settings import Settings
from models import Customer, Invitation, Partner
from models.enums import InvitationKind
from rules.actors import OperatorActor, PartnerActor
from rules.errors import AccountCode, RuleError
from rules.invitation_list import invitation_page
from rules.invitations import CreatedInvitation, budget_preset, create_invitation
from rules.keyset import MAX_PAGE_SIZE

KINDS = [kind.value.lower() for kind in InvitationKind]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_group(
        subparsers,
        "invitations",
        help="create invitations on a partner's behalf and list a partner's invitations",
        description="An invitation brings a customer to a partner. A link invitation (its URL "
        "is also shown as a QR code) serves new registrations; an online invitation is "
        "addressed to one existing account. The partner's dashboard creates them too.",
        epilog="examples:\n"
        "  partnerlink invitations create --partner 1\n"
        "  partnerlink invitations create --partner 1 --max-uses 50 --valid-days 7\n"
        "  partnerlink invitations create --partner 1 --invitee alice.example\n"
        "  partnerlink invitations list --partner 1",
    )
    create = add_action(
        actions,
        "create",
        help="create an invitation and print its landing URL once",
        description="Create an invitation for a partner (acting as that partner) and print "
        "its landing URL, PUBLIC_BASE_URL/invite/TOKEN. Only a digest of the token is "
        "stored: the URL cannot be shown again.",
        epilog="example:\n"
        "  $ partnerlink invitations create --partner 1 --max-uses 50\n"
        "  created link invitation 4 of partner 1: reseller model, expires "
        "2026-04-09T12:00:00Z, 50 uses\n"
        "  http://127.0.0.1:8000/invite/1Qm...\n"
        "  The token in this URL is shown only once: copy the URL now.",
    )
    create.add_argument("--partner", required=True, type=int, metavar="ID", help="partner id")
    create.add_argument(
        "--kind",
        type=str.lower,
        choices=KINDS,
        help="link: for new registrations (default); online: for the existing account "
        "named by --invitee (the default when --invitee is given)",
    )
    create.add_argument(
        "--invitee", metavar="ACCOUNT_NAME", help="the account an online invitation is for"
    )
    create.add_argument(
        "--valid-days",
        type=int,
        metavar="N",
        help="days until it expires, 1 to 365 (default: the INVITATION_TTL_DAYS setting)",
    )
    create.add_argument(
        "--max-uses",
        type=int,
        metavar="N",
        help="registrations a link invitation serves (default: unlimited; online: always 1)",
    )
    create.set_defaults(handler=run_create)
    listing = add_action(
        actions,
        "list",
        help="list a partner's invitations, newest first",
        description="List a partner's invitations, newest first, with their state now, uses, "
        "expiry, invitee and budget preset (tokens are never shown).",
        epilog="example:\n"
        "  $ partnerlink invitations list --partner 1\n"
        "  ID  KIND  STATE   USES  EXPIRES               INVITEE  BUDGET PRESET\n"
        "  4   link  active  1/50  2026-04-09T12:00:00Z  -        monthly 500.00 manual",
    )
    listing.add_argument("--partner", required=True, type=int, metavar="ID", help="partner id")
    listing.set_defaults(handler=run_list)


def _kind(args: argparse.Namespace) -> InvitationKind:
    kind = InvitationKind(args.kind.upper()) if args.kind else None
    if kind is None:
        kind = InvitationKind.ONLINE if args.invitee is not None else InvitationKind.LINK
    if kind is InvitationKind.LINK and args.invitee is not None:
        raise UsageError("--invitee is for online invitations; a link is for new registrations")
    if kind is InvitationKind.ONLINE and args.invitee is None:
        raise UsageError("an online invitation needs --invitee ACCOUNT_NAME")
    if kind is InvitationKind.ONLINE and args.max_uses is not None:
        raise UsageError("--max-uses is for link invitations; an online invitation serves once")
    return kind


def run_create(args: argparse.Namespace, settings: Settings) -> int:
    try:
        kind = _kind(args)
    except UsageError as error:
        fail(str(error))
        return 2
    valid_days = settings.INVITATION_TTL_DAYS if args.valid_days is None else args.valid_days

    async def operation() -> None:
        created = await create_invitation(
            actor=OperatorActor(),
            partner_id=args.partner,
            kind=kind,
            invitee_account_name=args.invitee,
            valid_days=valid_days,
            max_uses=args.max_uses,
        )
        print(_summary(created, args.invitee))
        print(invitation_url(settings, created.token))
        print("The token in this URL is shown only once: copy the URL now.")

    return run_operation(settings, operation)


def _summary(created: CreatedInvitation, invitee: str | None) -> str:
    invitation = created.invitation
    uses = {None: "unlimited uses", 1: "1 use"}.get(
        invitation.max_uses, f"{invitation.max_uses} uses"
    )
    target = f" for account {invitee}" if invitee else ""
    return (
        f"created {invitation.kind.value.lower()} invitation {invitation.id}{target} of "
        f"partner {invitation.partner_id}: {invitation.model.value.lower()} model, "
        f"expires {iso_time(invitation.expires_at)}, {uses}"
    )


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    async def operation() -> None:
        if not await Partner.exists(id=args.partner):
            raise RuleError.of(AccountCode.PARTNER_NOT_FOUND, "No such partner.", "partnerId")
        invitations = await _every_invitation(args.partner)
        if not invitations:
            print(
                f"partner {args.partner} has no invitation: create one with "
                "`partnerlink invitations create`"
            )
            return
        invitees = await _invitee_names(invitations)
        rows = [_row(invitation, invitees) for invitation in invitations]
        print(table(["ID", "KIND", "STATE", "USES", "EXPIRES", "INVITEE", "BUDGET PRESET"], rows))

    return run_operation(settings, operation)


async def _every_invitation(partner_id: int) -> list[Invitation]:
    actor, now = PartnerActor(partner_id), datetime.now(UTC)
    page = await invitation_page(actor=actor, now=now, first=MAX_PAGE_SIZE)
    found = list(page.rows)
    while page.has_next_page:
        after = page.cursors[-1]
        page = await invitation_page(actor=actor, now=now, first=MAX_PAGE_SIZE, after=after)
        found += page.rows
    return found


async def _invitee_names(invitations: list[Invitation]) -> dict[int, str]:
    ids = {i.invitee_id for i in invitations if i.invitee_id is not None}
    return {c.id: c.account_name for c in await Customer.filter(id__in=ids)}


def _row(invitation: Invitation, invitees: dict[int, str]) -> list[str]:
    limit = "" if invitation.max_uses is None else f"/{invitation.max_uses}"
    preset = budget_preset(invitation)
    shown = (
        f"{preset.kind.value.lower()} {preset.amount} {preset.exhaustion_action.value.lower()}"
        if preset
        else "-"
    )
    return [
        str(invitation.id),
        invitation.kind.value.lower(),
        invitation.state_at(datetime.now(UTC)).value.lower().replace("_", " "),
        f"{invitation.use_count}{limit}",
        iso_time(invitation.expires_at),
        invitees.get(invitation.invitee_id or 0, "-"),
        shown,
    ]
