from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "actor_kind" VARCHAR(16) NOT NULL /* PARTNER: PARTNER\nCUSTOMER: CUSTOMER\nOPERATOR: OPERATOR\nSYSTEM: SYSTEM */,
    "actor_id" INT,
    "on_behalf_of_customer_id" INT,
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" INT NOT NULL,
    "customer_id" INT,
    "partner_id" INT,
    "before" JSON,
    "after" JSON,
    "reason" VARCHAR(500) NOT NULL
) /* One state change: who did what to which subject, with the state before and after. */;
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_custome_356c76" ON "audit_event" ("customer_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_partner_d7907a" ON "audit_event" ("partner_id");
CREATE TABLE IF NOT EXISTS "customer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "account_name" VARCHAR(64) NOT NULL UNIQUE,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "email_verified_at" TIMESTAMP,
    "password_hash" VARCHAR(255) NOT NULL,
    "site" VARCHAR(16) NOT NULL /* INTERNATIONAL: INTERNATIONAL\nCHINA: CHINA */,
    "country" VARCHAR(2) NOT NULL,
    "account_type" VARCHAR(24) NOT NULL /* INDIVIDUAL: INDIVIDUAL\nENTERPRISE_MASTER: ENTERPRISE_MASTER\nENTERPRISE_MEMBER: ENTERPRISE_MEMBER */,
    "registered_at" TIMESTAMP NOT NULL,
    "registered_via_invitation_id" INT,
    "billing_country" VARCHAR(2),
    "agreement_accepted_at" TIMESTAMP
) /* A cloud customer account. `enabled_at` is the moment of step 4: billing country set and the */;
CREATE INDEX IF NOT EXISTS "idx_customer_registe_2d7938" ON "customer" ("registered_via_invitation_id");
CREATE TABLE IF NOT EXISTS "bill" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "amount" VARCHAR(40) NOT NULL,
    "issued_at" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "cash_coupon" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "face_value" VARCHAR(40) NOT NULL,
    "balance" VARCHAR(40) NOT NULL,
    "issued_at" TIMESTAMP NOT NULL,
    "valid_until" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "contract" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "kind" VARCHAR(40) NOT NULL /* OFFLINE_DIRECTLY_SIGNED: OFFLINE_DIRECTLY_SIGNED\nAUTHORIZED_TELEMARKETING_DISCOUNT: AUTHORIZED_TELEMARKETING_DISCOUNT\nDIRECTLY_SIGNED_SPECIAL_OFFER: DIRECTLY_SIGNED_SPECIAL_OFFER\nPROFESSIONAL_SERVICE: PROFESSIONAL_SERVICE */,
    "signed_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "enterprise_relation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "accounting_mode" VARCHAR(16) NOT NULL /* UNIFIED: UNIFIED\nSEPARATE: SEPARATE */,
    "member_account_kind" VARCHAR(24) NOT NULL /* RESOURCE_ACCOUNT: RESOURCE_ACCOUNT\nCLOUD_ACCOUNT: CLOUD_ACCOUNT\nFINANCIAL_ACCOUNT: FINANCIAL_ACCOUNT */,
    "started_at" TIMESTAMP NOT NULL,
    "ended_at" TIMESTAMP,
    "master_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
) /* A member account under an enterprise master. Ended relations keep `ended_at`. */;
CREATE TABLE IF NOT EXISTS "expenditure" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "amount" VARCHAR(40) NOT NULL,
    "cash_amount" VARCHAR(40) NOT NULL,
    "spent_at" TIMESTAMP NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
) /* What the customer consumed. `cash_amount` is the part paid in cash; a cash coupon may pay */;
CREATE INDEX IF NOT EXISTS "idx_expenditure_spent_a_5f0b99" ON "expenditure" ("spent_at");
CREATE TABLE IF NOT EXISTS "coupon_deduction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "deducted_at" TIMESTAMP NOT NULL,
    "coupon_id" INT NOT NULL REFERENCES "cash_coupon" ("id") ON DELETE CASCADE,
    "expenditure_id" INT NOT NULL REFERENCES "expenditure" ("id") ON DELETE CASCADE
) /* A part of an expenditure paid with a cash coupon. */;
CREATE TABLE IF NOT EXISTS "partner" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(120) NOT NULL UNIQUE,
    "cooperation_model" VARCHAR(16) NOT NULL /* RESELLER: RESELLER\nREFERRAL: REFERRAL */,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "api_key" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "prefix" VARCHAR(16) NOT NULL UNIQUE,
    "secret_hash" VARCHAR(64) NOT NULL UNIQUE,
    "label" VARCHAR(80) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "last_used_at" TIMESTAMP,
    "partner_id" INT NOT NULL REFERENCES "partner" ("id") ON DELETE CASCADE
) /* A partner's API key. Only a SHA-256 digest of the secret is kept; `prefix` finds the row. */;
CREATE TABLE IF NOT EXISTS "authorization" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "scopes" JSON NOT NULL,
    "state" VARCHAR(16) NOT NULL /* PENDING: PENDING\nAPPROVED: APPROVED\nREJECTED: REJECTED\nREVOKED: REVOKED\nEXPIRED: EXPIRED */,
    "source" VARCHAR(24) NOT NULL /* LETTER_AT_ASSOCIATION: LETTER_AT_ASSOCIATION\nPARTNER_REQUEST: PARTNER_REQUEST */,
    "open_key" VARCHAR(40) UNIQUE,
    "requested_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "valid_until" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "reason" VARCHAR(500),
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "partner_id" INT NOT NULL REFERENCES "partner" ("id") ON DELETE CASCADE
) /* A Customer Authorization Letter: what a partner may do on the customer's behalf. */;
CREATE TABLE IF NOT EXISTS "freeze" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "reason" VARCHAR(24) NOT NULL /* PENDING_BUDGET: PENDING_BUDGET\nPARTNER: PARTNER\nBUDGET_EXHAUSTED: BUDGET_EXHAUSTED */,
    "freeze_type" VARCHAR(24) NOT NULL /* ACCOUNT: ACCOUNT\nACCOUNT_AND_RESOURCE: ACCOUNT_AND_RESOURCE */,
    "active_key" VARCHAR(48) UNIQUE,
    "note" VARCHAR(500) NOT NULL,
    "frozen_at" TIMESTAMP NOT NULL,
    "lifted_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "partner_id" INT REFERENCES "partner" ("id") ON DELETE SET NULL
) /* One reason an account is frozen. The account is usable only when none is active. */;
CREATE TABLE IF NOT EXISTS "invitation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "model" VARCHAR(16) NOT NULL /* RESELLER: RESELLER\nREFERRAL: REFERRAL */,
    "kind" VARCHAR(16) NOT NULL /* LINK: LINK\nONLINE: ONLINE */,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "max_uses" INT,
    "use_count" INT NOT NULL,
    "revoked_at" TIMESTAMP,
    "invitee_id" INT REFERENCES "customer" ("id") ON DELETE CASCADE,
    "partner_id" INT NOT NULL REFERENCES "partner" ("id") ON DELETE CASCADE
) /* A partner's invitation. The token is shown once, at creation; only its SHA-256 digest is */;
CREATE TABLE IF NOT EXISTS "association" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "model" VARCHAR(16) NOT NULL /* RESELLER: RESELLER\nREFERRAL: REFERRAL */,
    "instructions_version" VARCHAR(32),
    "associated_at" TIMESTAMP NOT NULL,
    "dissolved_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "invitation_id" INT NOT NULL REFERENCES "invitation" ("id") ON DELETE RESTRICT,
    "partner_id" INT NOT NULL REFERENCES "partner" ("id") ON DELETE RESTRICT,
    "active_customer_id" INT UNIQUE REFERENCES "customer" ("id") ON DELETE RESTRICT
) /* A customer's association with a partner. */;
CREATE TABLE IF NOT EXISTS "budget" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* MONTHLY: MONTHLY\nPACKAGE: PACKAGE */,
    "amount" VARCHAR(40) NOT NULL,
    "exhaustion_action" VARCHAR(16) NOT NULL /* MANUAL: MANUAL\nAUTO_FREEZE: AUTO_FREEZE */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "association_id" INT NOT NULL UNIQUE REFERENCES "association" ("id") ON DELETE CASCADE
) /* The budget a reseller partner sets for one association. Every change is in `changes`. */;
CREATE TABLE IF NOT EXISTS "budget_change" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* MONTHLY: MONTHLY\nPACKAGE: PACKAGE */,
    "amount" VARCHAR(40) NOT NULL,
    "exhaustion_action" VARCHAR(16) NOT NULL /* MANUAL: MANUAL\nAUTO_FREEZE: AUTO_FREEZE */,
    "previous_amount" VARCHAR(40),
    "actor_kind" VARCHAR(16) NOT NULL /* PARTNER: PARTNER\nCUSTOMER: CUSTOMER\nOPERATOR: OPERATOR\nSYSTEM: SYSTEM */,
    "actor_id" INT,
    "changed_at" TIMESTAMP NOT NULL,
    "budget_id" INT NOT NULL REFERENCES "budget" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "reserved_instance" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "valid_from" TIMESTAMP NOT NULL,
    "valid_until" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "resource" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(120) NOT NULL,
    "subscribed_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
) /* A subscribed cloud resource. Whether it is stopped follows from the account's freezes. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXW132jgW/is6fGn3HCanpUmbTefMOQ5xWqYEskA6L8sex7FF8MbIrGVIMzP976sXv9"
    "sY20AiGH1pjawrO8+V5HsfXV392Zg5JrTxkTK3vsCnxhn4s4H0GSQXqTtN0NDn86icFnj6"
    "nc2q6nNLe/Ar3WHP1Q2PFE90G0NSZEJsuNbcsxxEKytgrrsegu4rDJTrDiCCR6CP7Cegg+"
    "Fn5YfWyXtgWvcQe8CZAG8KAYaGCz1gYVJ37n0Et3MXTqxvt2BiIROzKq7zeEQfbzoGeb6F"
    "7nf+pAWy/reAmufcQ1Lskuf9+z+kmNSD3yAOfs4ftIkFbTOBrGXSBli55j3NWVkHeZesIv"
    "0j7jTDsRczFFWeP3lTB4W1LeTR0ntI/jjdg7R5z11QsNHCtn21BPjzN42q8FeMyZhwoi9s"
    "qjIqzV8gKmtoWq8/0obqSNMaGXUGEjHc/SLDQbQrkFfF7K+/p6/wQ+vt8Yfj03fvj09JFf"
    "aaYcmH7/zRETBckMHTGzW+s/u6p/MaDOMIVK6pLLDtqe7mIxtJpNAlr51GN8BSXHhn+jfN"
    "hujem5Kfb98XYPlVGbQ/K4PXb9//gz7QIcOVD+Oef6fFblG4I3j5yNCmOp5WwTgldnBAvz"
    "8uAfT745VA01tJoMlfDe0qEIcC2wE3KIjQjebxEMrGs4B7+qYEuKdvVoJLbyXBJZ2RQqHp"
    "XhbhC3LHs2YwH+WkZApq0xc9Ci52BfwO+3UB1KPOlTocKVfXtPkZxv+zGV7KSKV3Wqz0KV"
    "X6Oj25hI2AXzqjz4D+BL/3eyqD08HevcueGNUb/d6g76QvPEdDzqOmm3FMguKgKKFmFy6d"
    "h1pqTkpuQc3+1CS1vH0t2zr2tAWupee0rNS0yJr2zXitkuGcFFpvQO/BHL0NG5p6JZOHfB"
    "OaI5bF+NJxoXWPiB/IoO6Ql9KRAXNw9Z3G66ilPYP4e9CNgtJoZLv6Y+jMpXoXQYD83dDj"
    "ppoybCsXaoNBfacbD4+6a2oJzOkdp+WkSsK62Vuz1ixdoiP9nuFD/xD62oHDjrFjWLr/h2"
    "f9+djtZqFTn6pYwrE3FthzZszfjkmDR8ubEpfbhyzPTy8nOEZjdEtewVpCLZC4BVPH9l3z"
    "oAw8Ti0bsqJ4a8Sr58JARybo3XS7wCG9GJgWqWQvoUke0PEw4F0RRF2ASk6dR9Yg9T/vdA"
    "zBA4Rz0qAHZg7lDxAMG489ck5eJnirMXpNn4kBgkta7Ni2ZcJ/NIksGP6ra3n8va753ElK"
    "gG5bD1CSDQKSDWy45DtpKlrMMrNkAuRQ+PkctupQNwbqUO121cEZCK7GaKBeqoOB0qVl/C"
    "o9ll+GnLDo0xYGfXWskcGF/TmrrAu9Sr6WggSzA5PYv2uVwP5dayX29FYS+2C6q2WGZ4Sl"
    "Yy20IR5+KmvoOi0rXS6RNR1YLdV8rpSUdLpCWyL+sVpaHjMPq2GbkZPo5qArqYLd4Jpyu6"
    "rhmy9cC+f0lL/3bobkY3bNxxD/ZTTotEeN3A/cFtBtx5o6UHhTQ7cEvtHnagsIdxKNHSjG"
    "mQ/8CpSr0IorJ/CsUvoIjhzyz/Y7vVBzdllt5H+zyqhklQbuFuY9zHGbzn3BQAEDaIddPR"
    "/787ClvXSQMth/r0pxL0zLU5eQNZBluKO7zUKCm9bTYFhxLcFNdAPIsPAgMKY6uodn4HHq"
    "ANMyyf+6BzyHEs/GFODF3X+h4TU5f83iypjUHZyQiY+xvPrEy2PCt/4ERpnH+vAtu3cbfS"
    "1vAdaf6FMwBNTrti0EOZvOgCEt2g66JyVOE2CH3CCvETLyAEOIx8jycMhy41dcEPOXiDh5"
    "Wsl5RLugs8+t+78Lo/3PVuvduw+tN+/en54cf/hwcvomtDmzt4qMz/POJ2p/NuP8wnre2z"
    "GMhevWon9Sos9D9L3Ah+Ug2B8yDTqu9kCArLvIkWxB6JWOa2Uw6tGFDv9ijNo3w1H/ihYF"
    "V2PUv1YHyqhPyoKrMRr+NhypV2eA/y/GWggHvqp77mzVKT8w7oPgcQenuj3RnElNBqSoCQ"
    "l5Pt1UbQ0vkhB5shEmzNi3IDlKFWBOyx0g2NtfIw1AqzRlJIUkKZ0zS7zcItX66XffeGgR"
    "FlEOG1XunGcR/XnY7+VDGkmk3SXL8MBfwLbwHtoKBaBRKBI+UjCrvr5Sfk1PuO1u/zzt/N"
    "AGztO2BGVCqsAeCkjU66PuQh1Xs+AiiYPbyXTypsxWJlJrpVHB7uWsFr5QjPGCKMi1/lgd"
    "ZZyo0CymYdNVS0QaB6sPIPEg0IUeGbpnnC2NaMqZ/gRMhwbaxsOEX2HAfbK8iOTtPoDRsM"
    "4cIrpN+pbGE48bPwbClvnT2Y8RT2r+NG7EIpht9kQqQsRN8n7AcQFB03WW0AwjmcfIoUzq"
    "o4XhR/JQWo2PgyawPNoGTkYv67btPLKoZfpWwUNouHLwVrTl4KVkDLKAMcjYcKhAhe9aJL"
    "HRh000r+K5v2xsqaUuLxoKi+w4N67V3kWn9+kM+BdjpFxfD/pf1YszEFzRcPCf1faIlgVX"
    "tOxr/wsvYhdjpP563RnQEv9CDJoUOwvXqK/FUFpoNXbV0UgdaMpIU4bDfrujjDr93hnILR"
    "4jn/7WBuq/btThKOTDg4I6imuVIa5aq4mrVoa4Cr6iVSzLuMxWYvoFykBwXMayPF5tWB5n"
    "Nsm7kPyRuF5Af1pWxvMLvc5nQsMy60XzJyRlLL/IWl7qtmVqC+RZOXvWitWcEpV6FlnPMu"
    "3F30PLz0ysCabLHTFrYqwriWbsHMrK0iHiKneOPFsmD7lxZBcbR144Ucq5ZduNnLULVt4s"
    "WrK4C2qsW6lYDadk08Vi0104qWZSTbbH/gnEJm0/0EyfOQuU55BAw5rp9ooV+FAo7YtwqS"
    "Nfen8nzjx8L9R250rpvn573OTRZcTtsPhUGSfyUtvJMV7U8vkSgpKnE9rnm+tWHRXHxKRP"
    "L7J+pcP5TI6RNN4bB2K88y2weeZ7uDm2wICP6qwNNhpNIeD1gQ7ImIe2HQuTwTS0ZuK4PA"
    "NglPrvCKhL6D75+zhp+I6FwC3/hW+zEUc7e4p0NMRyNDbZVLcX2+mu+r3R5+5vZ8C/oIEF"
    "7S/KJ5UGFLCLdOd/mQgQ6Zjs1jGB36Y6+X7QdBZFu7nW9/rchsQeAkrvhmbJ5P+PkXIz6m"
    "uXA1X9nQyC2A8xBoI8FKHOmNg7H2MxN2uqOSkp1Sy0mqUrubM9yZHdXXF/fUZwO/juvZ0s"
    "HXUxHPUY7Nx1zKIeJKm6/FI2PVWbNXVAoH8vTK+WPC0hCV7F1GqpIxr2aloonV4tMyeW6L"
    "RbYIz8XrmSN4p67Tr2SDOiqnIdeJ8+O01Jz0h6RhB9SHpG0jPFA2HuwqXlLLBWa0TkSG88"
    "NPZnIbjWyJDJ72TyuwpuuWCjYes5lpiVW4sdTkhK2lBo2tD3aSoNnYSMpAzXk1qrMoBXpr"
    "RKJwAXDeCy9ECia4kUd9LW8bTtLOb5aW9id5tFDIJB6hEQwoqSP9inEd4s4A9kHPmO4sgn"
    "ugG1pW4vcpJ2FHpASUHJC6zxfu50O/j2VAA5JiURXoOwjNj/G9jTQuVckIqW8Rb7YVrJiA"
    "DRIgJMaPonY28WFMDdoougtQOCPicuYIv+poMC1zDrbQb3moW+ZryWdDT3aTZsSkczB9gd"
    "O5oHHwHQv7zsdnqqdtEZqO1R9zdt2PnUowk6V9xgC6Sf+4PO7+qFNlK76pUy+EIMr94nUn"
    "PY7t/0RmzZtLjKGKWa1YbXxHtSuhp5LF1tKrw9RteD/qU6HHb6PVI2VAdfO20aspBTWmcp"
    "avtZFDGxSGp5eQlBafwLbfxDZOIaKo6JyX3ZIutXOnfSuRPAw2juz77stJuX67ZkPMEi74"
    "VW1sxE7RIHRNCd08CZAB0B+I2dnOAtXAhoRgx+aK4O6CIc4O3nnQBRowXpI4nlI8kY0t2u"
    "ZPBRWTN/dEJU2rli20F8Fq5mBcVlpA2UE1oX+6xUgzYrKPEtYWOG8TabWpiJKJ89A7m0jR"
    "kfvuuzosa65BYQVpOtHSjE2WEslCUf+FF5JnzMxyqw3eO1Stjshu0sokPHgG4Y1BI7ArcQ"
    "0SaprcDOTqMnmc1IFcTsc+zBOTg+AzQpKz33jAm5TzRnEjvEjNTOse539qwxiholn2DIRO"
    "m9uWstdYPUpSdA8VLDgHPSq6XvIKLvwHuExn5n4C06hzwpJ1dc1q64wJmeFyWzGuNQ4ODA"
    "bZ2UOjDrpODErJN8fLUldC3SaB1nLbcByVyL7LHNdYwfHWIDTImxWmVsZQRFXsusPcpOSo"
    "2yk4JRdpJd8NvgVEhrDw6FJN9MddBjhwXS3bOJn2PU/tzpKWeA/VdnBXYHec24cVal88dE"
    "RFZF3W5fptOv7vLZzZbc0mEQ1ez46Tae8eTvTu+i87VzcaN0G5UHQiBJR0FwPUYqHRHXg8"
    "5Q1a6U4YgGNWSKkrXUq/N0LVZUZwBt/6hNF95bxONxax4plhKWFK/QBkNMX0tL1yy0tLwa"
    "uc7WNbOjLdb753nGdtxwMkGr8b3KET28I962/dkKWBkt4F9qzG4rG5FekWiTXGZFoEzUey"
    "w92YZx7xsmcxND+dmY98SIWpA/3LX+2Apc8bYOFTA6bW+aY9E/guwg4WGb/7eShPJQIeKr"
    "c5tuyTnEdcwUTHzvy8Z7l6ItNIcI0wzO7qCruT4QG6KlImL/z10Lw3jdg8RNp66OxK0qbr"
    "GF700xO8hAgWTiC+Jp/LEpTpeskUOFyEHEC4YxsmFDtDphQ3vrrhUDRg+YcpfEabV8YnZD"
    "wAZ+e3Ge9xA7GsHNWbjbgIs1c0gwVQpFSmRstJZQK0yfHkAbpFHfttO9LyO4YgBXjj2RE8"
    "qVb3WsDuqCYf3Q7mECJeK7uJkZxFqBBYHXZdsrwiYBt6iOgErumSA0rMADhHMam2XyyKy8"
    "/Rpbbl3GY4kVjyX3u+/qgG4+YOgyAh3uG67kxpsReQm9cdPrXHbornf/YoyG6rUyUEbqGQ"
    "iuxIhj8L3zYKl8k/wEK5oSWlEDddi/GbRVTWn7uQbSJWPU7vZvLqIKiZ9jdNnpKT2WSyCs"
    "kSkSY8WdqM2ttyCVlJRr7cItQ6XSBtSLw4zJyYVGkTXsM4OVLMGEjNzQlRMp4X++qqEal5"
    "Gort8mx7thFmGZiCG7gysxZNdvkuN9UUJbCtr4uBVpX1x8ySGPT0muSBQQKamKawmUX6a6"
    "x/ajhRvMKIiLGTSPwC3LKM9TF4T71lgGC5avwkIsV8XHZM4KMNOfyP2nDJmysyeNEa1Nvr"
    "PeEVBQyNXwdBroiYuwdsaNqY7573j2DRcajmvicUNyNJKjEQjYXXM0MpHJThOZxOa0iiCn"
    "JCXSa5DGcxY0W53fiMk9D7vxAqfmHoTrG4egwscgJfaMG4Eaz/JRaL0pk2KU1FpNF77Jzl"
    "syP6HMTyie77a94+hT2f9kDvoVGthpDno/eCzH2Y3Cylb7uZOozloXt4+oi6dj4jHqkXtI"
    "nMyJ6/wB0REYEfcxVrzA9CnAQfYTeJxCBJBDWiA3eFhJNkxg2w8YozG69WNYHuATc4jHjR"
    "9Dv9kyfzr7kT/wp3GDNGGR1qgPzFEBU4cogKWH6d10u+Q5BgS2NSH98SO4g+Slx4h3vSaw"
    "PEDGEPe3qQd2p2PIIxfoK/F3CJqdk0eHf2aU5kY6zUI6zVRPdVd0I2mhF3Gv1d4FzQZ/fn"
    "PxSR2dgeRvegZ9+hhifkdTf/2s3AxHdKE+XSLGki0fcRttgk81IbQiwxX0cHXdv9CU3oUW"
    "rMyHtxOlYigsmq2ruCdJqa1sshWIsTo+LYHy8enq4w9O0ygjZ1U2lHx8g/oH5/edlPL7Tg"
    "r8vpOs38etlRo0SkJQRokITaRwO7CGkhOCMk5EZB1LAmdXsSJ0SRJVBTYptKNcJXsHq+TF"
    "npMXy+nEW0D3OmppvzpwWWyTQzcBLXkFRq+8VMRIbDthDoeW3Gy4mkezkvVKnoFCIHmFQS"
    "TLGS7PeYCIclV46jwiRjs1ge4Bw4Ws1kfOeFkeBsPPyg+tk/fAtO4hppxYhlPb1YPGROOk"
    "m5u8JZY2mbZkQpd4YiZl7GaAh5MsHYO11mS/FxjyxMxBSmaa7Nl4kOSXgOQX6+d1eZNQWG"
    "jGZKAO1W6XclvB1RgN1Et1MKD5A4OrOtzI9reaHPzZl91O78sZoP+OUb9HT7s8A/x/MRTA"
    "5svKOXuTUjKeKgVzNp6KfX5q+dZJScmgCO1dw29zizRXZ6dNQlKqWWg108mCGH05wQEFe2"
    "0iEenmZ9kTgg1PKloB04TM83FSb/YEUuqmPNRMpRyXlISuyHMRc4BhxfPckkJyPhKHzRXt"
    "s71jOvcl+EbRIN4C4ZjL5fqD/HmZcsGmhbLYJifE+vGjMo3zC4aNBlNADucdmx1WE96xyW"
    "gt270aCcn4isX4Vj1P72DP0XvbKhMYRGqtpg9b2Q0hjjOngNADNzbi1nMbEpra3SeeXfKP"
    "6z5Ve+sMZqzrUnbK3KKhpZvaKHPrC49P3U+drzllQtpyFcCSR3KInGV7T9yyrP/67Nm196"
    "Yz7dKTyqTXznGp8lJwr/atMgnApZd1UF6WzMSyo8iBpW5bxIxznVlVyz0pKS134Sz3rJpp"
    "PuMcD7qMnkNRqWihFS03YMidAgKYj83tZtDYsTHKDy/JN0LDg00Kjc+oVok4dry4oyV30K"
    "SR3At6cgNv4Aj8MmX2Jk2OQIPMPWc+p6Hhjm07jzgKEfczOrzCfoIEnHeAxK4eI21jaRuL"
    "AeyObeOXXdp56c/n7hd3ogmqTgK9tLA0TKVhuhdalYapNEzLGKYKdC1jmmeW+ncKjVI9qi"
    "Np0H0a2kWm3hK6uGIe0pjIAdolrZOTEnYJqbU6oRK9l8qoRAZVBYT96geI7ttSuX7eFuT6"
    "eZuT49VBHszbiPHzsN9bYQVEImkrzzI88BewLbyPlkABuBSMhGkXYPr6Svk1DXe72z9P22"
    "y0gfM8S+E5P2bf/w/Aylxv"
)
