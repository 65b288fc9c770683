"""`partnerlink partners create | list`."""

from __future__ import annotations

import argparse

from app.commands.common import add_action, add_group, iso_time, redact_url, run_operation, table
from app.settings import Settings
from models import Partner
from models.enums import CooperationModel
from rules.actors import OperatorActor
from rules.partners import create_partner

MODELS = [model.value.lower() for model in CooperationModel]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_group(
        subparsers,
        "partners",
        help="create and list partners",
        description="Partners invite customers and manage them once associated. A partner "
        "works under one cooperation model: reseller (it sets budgets and may freeze its "
        "customers) or referral.",
        epilog="examples:\n"
        "  partnerlink partners create --name 'Acme Cloud' --model reseller\n"
        "  partnerlink partners list\n\n"
        "Then issue the partner an API key: partnerlink keys issue --partner ID",
    )
    create = add_action(
        actions,
        "create",
        help="create a partner and print its id",
        description="Create a partner. Names are unique. Prints the new partner's id, which "
        "the keys and invitations commands take as --partner.",
        epilog="example:\n"
        "  $ partnerlink partners create --name 'Acme Cloud' --model reseller\n"
        "  created partner 1: Acme Cloud (reseller)",
    )
    create.add_argument("--name", required=True, help="the partner's name (at most 120 chars)")
    create.add_argument(
        "--model",
        required=True,
        type=str.lower,
        choices=MODELS,
        help="cooperation model: reseller or referral",
    )
    create.set_defaults(handler=run_create)

    listing = add_action(
        actions,
        "list",
        help="list every partner",
        description="List every partner: id, name, cooperation model and creation time (UTC).",
        epilog="example:\n"
        "  $ partnerlink partners list\n"
        "  ID  NAME        MODEL     CREATED\n"
        "  1   Acme Cloud  reseller  2026-03-10T12:00:00Z",
    )
    listing.set_defaults(handler=run_list)


def run_create(args: argparse.Namespace, settings: Settings) -> int:
    async def operation() -> None:
        partner = await create_partner(
            actor=OperatorActor(),
            name=args.name,
            cooperation_model=CooperationModel(args.model.upper()),
        )
        print(f"created partner {partner.id}: {partner.name} ({args.model})")

    return run_operation(settings, operation)


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    async def operation() -> None:
        partners = await Partner.all().order_by("id")
        if not partners:
            database = redact_url(settings.DATABASE_URL)
            print(f"no partner yet in {database}: create one with `partnerlink partners create`")
            return
        rows = [
            [str(p.id), p.name, p.cooperation_model.value.lower(), iso_time(p.created_at)]
            for p in partners
        ]
        print(table(["ID", "NAME", "MODEL", "CREATED"], rows))

    return run_operation(settings, operation)
