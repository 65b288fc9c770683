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
) /* A cloud customer account. */;
CREATE INDEX IF NOT EXISTS "idx_customer_registe_2d7938" ON "customer" ("registered_via_invitation_id");
CREATE TABLE IF NOT EXISTS "bill" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "amount" BIGINT NOT NULL,
    "issued_at" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "cash_coupon" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "face_value" BIGINT NOT NULL,
    "balance" BIGINT NOT NULL,
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
CREATE TABLE IF NOT EXISTS "customer_session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "ended_at" TIMESTAMP,
    "last_seen_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
) /* A customer's login session, found by the SHA-256 digest of its bearer token. */;
CREATE TABLE IF NOT EXISTS "email_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "code_hash" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "attempts" INT NOT NULL,
    "consumed_at" TIMESTAMP,
    "failures" INT NOT NULL,
    "failures_since" TIMESTAMP
) /* The verification code last emailed to an address, kept as an argon2 hash. */;
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
    "amount" BIGINT NOT NULL,
    "cash_amount" BIGINT NOT NULL,
    "spent_at" TIMESTAMP NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
) /* What the customer consumed. */;
CREATE INDEX IF NOT EXISTS "idx_expenditure_spent_a_5f0b99" ON "expenditure" ("spent_at");
CREATE TABLE IF NOT EXISTS "coupon_deduction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount" BIGINT NOT NULL,
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
) /* A partner's invitation: a link (also a QR code) or an online invitation to one account. */;
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
    "amount" BIGINT NOT NULL,
    "exhaustion_action" VARCHAR(16) NOT NULL /* MANUAL: MANUAL\nAUTO_FREEZE: AUTO_FREEZE */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "association_id" INT NOT NULL UNIQUE REFERENCES "association" ("id") ON DELETE CASCADE
) /* The budget a reseller partner sets for one association. Every change is in `changes`. */;
CREATE TABLE IF NOT EXISTS "budget_change" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* MONTHLY: MONTHLY\nPACKAGE: PACKAGE */,
    "amount" BIGINT NOT NULL,
    "exhaustion_action" VARCHAR(16) NOT NULL /* MANUAL: MANUAL\nAUTO_FREEZE: AUTO_FREEZE */,
    "previous_amount" BIGINT,
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
    "eJztXetz2rq2/1c0fGk7w860adL2pHv2DCFOyy6BbCDdj8sdx8Ei+MZIHMuQpuf0f796+G"
    "0DtnlEuPrSGllLdn7LktZaWo//1KbYhDY5asysL/Cpdgb+U0PGFNKLxJ06qBmzWdjOGlzj"
    "zuZdjZmlP3id7ojrGCOXNo8Nm0DaZEIycqyZa2HEOjfAzHBcBJ0XBDSuW4ASHoEusp+AAf"
    "qfG78cn74DpnUPiQvwGLgTCAgcOdAFFqF9Z+5HcDtz4Nj6dgvGFjIJ7+LgxyP2eBOP6PMt"
    "dL/zJ82R9e851F18D2mzQ5/3P/9Lm2k/+A0S/+fsQR9b0DZjyFomG4C36+7TjLe1kHvJO7"
    "I/4k4fYXs+RWHn2ZM7wSjobSGXtd5D+scZLmTDu86cgY3mtu2xxcdfvGnYRbxihMaEY2Nu"
    "M5YxavECYVtN1zvdgd7XBrpeS7HTp4jg7jWNMGKfAn1Vwv/6e/YKvxy/OXl/8uHtu5MPtA"
    "t/zaDl/Q/x6BAYQcjh6QxqP/h9wzVED45xCKrgVBrY5sRwspENKRLo0tdOoutjKS+8U+Ob"
    "bkN0707ozzfvVmD5tdFrfm70Xr5594o9ENPpKqZxx7tzzG8xuEN4xczQJwaZFME4QVY5oN"
    "+d5AD63clSoNmtOND0r4Z2EYgDgu2A6zeE6IbreABlbS/gfnidA9wPr5eCy27FwaUfI4NC"
    "N9w0whf0jmtNYTbKccoE1KZHeuRf7Ar4HX7XK6AetK60/qBxdc2GnxLyb5vj1Rho7M4xb3"
    "1KtL5MLi7BIODP1uAzYD/BP92OxuHExL13+BPDfoN/auydjLmLdYQfdcOMYuI3+00xNjtw"
    "gR9KsTlOuQU2e0uT4vL2uWwbxNXnpBSfk7SK0zJz2hPj9UKCc5xovQB9AGv0NmRoppWMH7"
    "JFaIFYGuNL7EDrHlE9kEPdoi9loBHMwNVTGq/DkQ4M4h/+Z+S3hjPbMR4DZS7xdVEE6N8N"
    "XSGqNfrNxoVW41DfGaOHR8Mx9Rjm7A4+xomWoG/61vR4mmwxkHHP8WF/CHttX2EnBI8sw/"
    "vD0/p85HZ9pVKf6JhDsR/NiYunXN+OUINHy51QlduDLEtPz0c4REN0S1/BWkDdp7gFE2x7"
    "qrnfBh4nlg15U3Q0qtULYmAgE3Ru2m2A6VcMTIt2shfQpA9ouQSITxGEnwCjnOBHPiDTP+"
    "8MAsEDhDM6oAummNkPEAwGjzxyRl/Gf6shesmeSQCCC9aMbdsy4as6pQX9P9qWK97rWqyd"
    "tAUYtvUAlbFBQmMDny7ZSpqG5tPUKhkDOSDen8JWHOpaT+tr7bbWOwP+1RD1tEut12u0WZ"
    "u4Ss7l5zFOWOxp8xF7daLTyUW8NSuvCr2MvhSDJJMD49i/Pc6B/dvjpdizW3Hs/eWulBie"
    "IlaKtdSCeLBVluB1klapXDJz2pdaiulcCSqldAWyRHSzWlguFw+LYZuiU+hmoKtMBbvBNa"
    "F2FcM3m7gUzskl/+DVDGWP2bU9huovg16rOahlbnBbQLcZGaqi8Cambg58w+1qCwi3YoNV"
    "FOPUBr8E5SJmxaULeJopXQQHmP6z/Y9eqjU7Lzey96w8LFnGgbu5eQ8z1KZzj9BnQA/awa"
    "eejf15MNJBKkgp7H8UNXHPTcvVFpAPkLZwh3frKw3crJ8Og45rDdyUN4BOCxeC0cRA9/AM"
    "PE4wMC2T/m+4wMXM8DyaADK/+z84cuvCfs39yjjVHRzThY9beY2xm2UJ3/oTuMk88g3f8n"
    "u34W55C4jxxJ5CIGBat20hKKzpHBg6oo3RPW3BdUAwvUFfI7DIAwIhGSLLJYGVm7wQhES8"
    "RGiTZ53wI9qFOfvcuv9ZLNr/Oj5++/b98eu37z6cnrx/f/rhdSBzpm+tEj7PW5+Y/FmP2h"
    "fW273xaDR3nFLmnwTpfgx9z7CxVML6Q5dB7OgPFMiyhxzxEaQ+6bhu9AYddtDhXQxR86Y/"
    "6F6xJv9qiLrXWq8x6NI2/2qI+n/3B9rVGRD/y3EWIoAvqp7jrSrlFbN9UDzu4MSwxzoel7"
    "SArBpCQZ5tbip2hhdSyLzYSONm7EmQAqUCMCfpKgj29s9IfdAKLRlxImWUzlglnu+Qav3y"
    "e2h2aBkOUaqNqlDO04j+3u92siENKZLqkjVywX+BbZEDlBVWgMagiOlI/qr68qrxV3LBbb"
    "a750nlhw1wnpQlmCWkCOwBgUK9POoONEgxCS6kqFwk0+nrPKFMtNdSoYLfyzgtfCYf4zll"
    "kGN9X+5lHOtQX22GTXbN4Wnsnz6A2INAG7p06p4Ja2loppwaT8DEzNE26ib8ggChk2V5JG"
    "/3AdwMi2cQsTDpW+ZPPKz96hNb5m9nv4Z2UvO3YS3iwWzzJzISSm7S9wPYARRNBy+gGXgy"
    "DxFmltRHi8CP9KGsm5gHdWC5bAwS9142bBs/cq9l9lb+Q5i7sv9WbGT/pZQPsoQ+yGSEGU"
    "GBfS2k2Ghjk02r2PfOxo9aytpFA2KZFefatda5aHU+nQHvYoga19e97lft4gz4V8wd/Het"
    "OWBt/hVr+9r9Ipr4xRBpf123eqzFu5DDTErw3BmV52JALTUb29pgoPX0xkBv9PvdZqsxaH"
    "U7ZyCzeYg887fe0/640fqDwB7uN5Rh3HEew9XxcsPVccpw5e+iRSTLKM1WfPolykBwkkey"
    "PFkuWJ6kguQdSP9IUs6hP0mr/PmlPucz4cgyy3nzxyiVL7/MXF4YtmXqc+RaGTFrq9mcIF"
    "V8lpnPKu3Fz8HlPRvWJOPljixrcpwrySbsVOVkqYq4qsiRvWXyUIEjuwgceeZEKeeWbdcy"
    "zi54e33VkcWd32PdScVyOJU1XS5rugPHxUSq8fasfxJZk7bvaGZM8RxlKCRXGHnrZArckK"
    "RKe/1eXPcjqwQh81K6YIxQ2e+k1gVnhlWGxREypevLzF+liO5JYVJCfa0iQr0Ijc0S64Og"
    "2RWCfdhnrRPSYAKB6A8MQOc8tO2I+wxhLjdj7IjMgGFKwCOgLaDz5MV3MrceC4Fb8Yvcpj"
    "2RdvYUpYDIpYBsEmx3EGF2V93O4HP77zPgXTCHg+aXxieNORrwi+TH/zyeIUpheR6FBX6b"
    "GHRfYekvVkV/rZ8NmQPJPTUanRuWVVP8P0SNm0FXv+xp2j90ckR+yDFBVBGFdQJUJXSP+c"
    "wsyeY4pWKz1GxWKubOYphDebxgPH6KcDv4Hrz8rBR4ORT4COxCpUyj7ie1uvySN51Vkw9V"
    "IdB/rEzHFq+uEAevYCq2REmHg1oWcqdjS62JOT7aLViSvK9yqT0p/GrXWZX0UdhVnRsf0r"
    "ZTV2YbZbaRfx9SZhtltlkxQWYOXFh4TvQSMyWDtkJZq/Y8Y1RyPZVc7+DnzPZyOHGpuJQ1"
    "OUapzIxSmxk9HajQ1InRVElE25URbFmG8cImsNwJxmUDOK85IfZpyeS/0jTIpInns+y0Op"
    "G79VUWhxHtR0EIOip7wyHN8PoKe4PyU9+Rn/rYGEF9YdjzjKQgKzSjOFmVNqk9a0V3hu3v"
    "SbnBj9Ao5FWkgJK/DyQHhGK08uc4DFFMeRzI5nFgQtOr1L2Z04FQoy780SoEfYbfwRb1U4"
    "x8VTKtnfr36it102gvpZge0mpYV4ppBrA7Vkwr72HQvbxstzqaftHqac1B+2+93/rUYQlD"
    "l9zgB62fu73WP9qFPtDa2lWj94UKXp1PtGe/2b3pDPjx6+ouQ5QYVu9fa81Wo63Tx7LTqZ"
    "W3h+i6173U+v1Wt0Pb+lrva6vJXCIyWsscXW0/qyOhEkkpLS9GqIR/qYV/iExSgsURMhUP"
    "LjN/lXKnlDsJNIz64cSDJ9W8TLUlpQmu0l5YZ92M9c5RsIJFbAM8BgYC8Buv5ODOHQhYJg"
    "5RxNcA7NAOiPGzKlKUGEHpSHLpSMpH9XlOOMRsLZnnOkaq5F+55SOxOheTjqI0VZpkW3PR"
    "i2w3xaBNEyp8c8iegd/OppJnzFvowEDOLXtGp+/67K2RT3ILCGvx0SoKcXoaSyXh+/pVlm"
    "gf0b1WyPTRXjlk+ZGN52FxNGCMRkxGy5LZl/Rk5eBYYifvN8vPBBF7GxO8JC6cgRMm6LOC"
    "bTMHj6gE4sBXANMvkRVzmxiEivosBS2r8sYHcJ5YubYhujXoZgqnELk6HRrOhNxyW+dDTT"
    "G7wUbw78WK1YGAlpd+mznWwhg9AV6virUqhUJGhUJ8QDr/nYJ3VbH0OJ06hll7DAOnRpbr"
    "zHKMA4LKgXt8mquq1+mKsl6n2fjqC+hYdNAymlrmAMqcLbO6NjMIecRUAKB72qTI3EoRyn"
    "zAWXqWneaaZacrZtlp+hRwg9KV1gFUrqR7ptbr8IqGLDQ39nOImp9bncYZ4P+VOZbdQTI1"
    "Ib8V+fgjJDKzouxnn+ejX/7JpyM2haTDISr54SfH2GN58lbnovW1dXHTaNcKTwSfks0C/3"
    "qINDYjrnutvqZfNfoD5umQaor30q7Ok714U5kJtP16oA68t6jO5JSse5YgVvZdqQWGCL8W"
    "lqFbaGG5JRKsrRtmR3Hah6d5RsJzhL1BL7FfZZBWrw7dtretLENO0dVt6SBKK5JtkUsdB+"
    "RxhY/kRNvQGX7DDHJyMD/tCB+bUXP6hzvW963AFR2rqoCxZXvTxI5enbRKwsMzCGwl82VV"
    "IRJHc5vG6VTxEDMBkwiI2TigKYyrqSJMBBKyhbAv77irL0arKlhTOL2Dju54eGwImoaosj"
    "RzLAKjfSuJm8H0QoVbUdwiLgKbYlZJl4p4qhGqln3fFKdLPkhVIcLIthCMWGY2RKsVDHSw"
    "uu1qwFhpMGdBNXzLs2JvCFjPGy9qFK/ih0Zxw3NnG3DxYaoEUyGnrViOTGsB9ZUJ7n1o/U"
    "T327ZQHMoMLunq5guvKzzeIvLtesc3nUR653GA8+heEGDjewsBj74OxniOTHD3xF3L+p8b"
    "vxyfvgOmdQ8Jj12xXALuoOFAB7j4AWbGuWxvcN/Njv9iTnZkgh8Rd6SrA8MVwx+Bhv8E1s"
    "Wm3y7guW7ALRVqLLo+MBc62mTTTrSNfkHcqW6IXlJ6PHdfgRF9XQLGlkN24iV3bt3/LI5y"
    "e4kLWe5Oxz+Uws4ocarKeXtt35VOFZBbt1Mc7DlGQif0ls+ibI5TKjbLzWZvRyzM5AidOp"
    "CUmcO2QVwqItJNrjiXk7SK0zJzWuWXUPklJNCL64eTX0JjUQdNel3LUMbDm/VVariIXBj5"
    "/dYq4EynFXEOI24QAYwUsJUW8KFYZBdmeSLozKeLA6mDBzhzAYsbo23OPUbHLIpskta+tz"
    "YyU727CAIHP4IZVcgRdqaGbX2nA3ikZ8AAzGhJNXoHzmxjRFVoHo/Gnki1ft7Ex7k1XBdO"
    "Zy65FdFuoh99Z0rhhcmN5o7DItcY8UdwO6avyk4iAoJHB/NYOZPp6dhhNEPkvQgwRg6m//"
    "G7dfZoNuIjnRL03fGMziiTGQuCQXVi0fl4C152btpt+j3gaN9XKkxOwjA5Fbu129gtNnUK"
    "m01iRFUMZNhJ/A735iyewy8kU9q01BK4Mpr8FGz2RZoCm32UZH8q1mupt/yYEx2ZT8sZle"
    "OkykIh88TxpfACEydKoiZOcuLE1ZqicydNraaPbNOnQGzJTi0laWfILJNJpsvkCttJ0D9w"
    "2sxnRGkA4SMbJOGZ06/L4dk1gyGBcAc9Aho7qwCBVyh4gHAW8QXIcmPY8ujKpCCXSUGVO9"
    "iRc4A3YVjA6NSziG4Qsx8dRmYbQ+2m07pssaIH3sUQ9bXrRo/uGWfAv0quMnkYtP2MFV5o"
    "gZ8UYZPyFEuGkppRPa3fvek1Nb3R9EpNJFuGqNnu3lyEHWI/h+iy1Wl0eCmJoEeqqQyrt5"
    "9bgbLNKeeoE6dUxgjphELlwfEzcdgLayokCcZo1Jl+hursbV/FUI3SKFTXe0qIzzCNsPKT"
    "SPtJxKbs+lzI4ltU0OaCNjpvpXJAicRLZtlT4uGUKwwpiY5rDSh/Tgw3nkHYN6SnzSEr+n"
    "IPD1a4RBelLm5ZFAZPfczqnfDqJhbilU0+xiucgKnxRO+LaBC6V7pHoIECe4uoiIKehoiT"
    "8HGGNZY7mf+OVlBx4Ag7JhnWlKFFGVokAnbXhhZVjOZZitFE1rpC4CfoFAdKc4DMSnrRzP"
    "btRrPP9aZK+m4UggKbR4Jsj3lea3vZRI5f5ykrS3sttxG+ThWWVTEDKmZAQoVtw5iBVE2x"
    "oOLjxmm6UtUmK8KBYgkjCqq5XrqbDA03TISzXLkdh33W6rU8bAEahGqYBoqW6Bk7+DtERy"
    "BRuWdO2FMARvYTeJxABBCV4dgNkQgjrQxv+wEiRkJk3XiAT1yBHtZ+DVRty/zt7FfxwN+G"
    "NTqERUdjSrNABUwwZQAv+sMiGkSdIdsa0+/xI7iD9KWHSHx6dVY8iM4hoZ8zje3OIFC4K7"
    "BXEu/gD8vCPoI/MyyCpJRsKZVsxqeyx7ghtdQnt9da56LV+aSf31x80gZnIP57iK4bvUGH"
    "Zbr3LoZI3NG1vz43bvoDdjqfbJHjnFbMOAF7SR4mhpCakcGxeXCk7l3ojc6F7h/HB7djrX"
    "IwLFyti6gncaqt5FCXyMJ18iEHyicflqLMbsVRRnhZsZtsfP3+ldP7TnPpfacr9L7TtN4n"
    "pJUSZpQYoXINkdqQIuTAMnkfooTKOURmHisDzq4cRNgRJioKbJxoR6VoDg5WZRfbp10s4y"
    "PeArrX4UiH9QHnxTY+dWPQ0lfg5pXnchOJJEDOsKHF0yMvt6NZ8X45gmw8SF4QENKy1B+2"
    "hR7AS0qF6Y8/ejz7xiuAeYiMSP4cIWBJR4SBaWml7Z08Z10CUZ6OkNJ9FMY5loA0kZaU0b"
    "h0npjCqserabNGEzpUlTOHiArDU8+DZYFF0hVRrntOoMhewq1n3HfGxqMHZT6T0HzGZ0pZ"
    "y0tALLXNpaf1tXabWcf8qyHqaZdar8cKTPpXZawr249Q2SQk5SBiUNqtzpczwP4dom6H/q"
    "+dAfG/HAxQeXT34sGl8uiuk9gqoZ+rlDA/BZvZYkGFviKZLaIkylCQtr9QbETV2QKYxmhU"
    "upAkpExNeShZaztKqUzCMq9FXCWGsJjhMk6k1iN57MGybds7Ngg/h8VSNoi3YLLMtAZ7k3"
    "y/tnbJloW82MYXxPIeqKrO9zM6nvpLQIbVPLI6LDeZRxajtfby5Ugoi69cFl/+fwrWFa5F"
    "Xv/KWbXeHOdxLaK9lpsPj9MhJRjPGCD0zfSNbOuZA0lt2j0kO7uyP67bqg5WGUxJ17nklJ"
    "nFnFM3lVFm1hfh4XqYPF9db1bJckXAmtM/3LG+bwWu6FhVBWy/lcUPRC1L6697ryh+MB/T"
    "LjWpVEnxDJUqq+z4ct0qVfRcaVmV0rJU7pcdeQ4sDNuiYpyDp0Ul9zilktylk9zTbObVzM"
    "vxOSBVjJaa0SqEQ8UaSCA+1g+nbicVNPHcWSqEinvrhM+wVw5PeDK/Yy130GSe3HNW8EEM"
    "cAT+nHB5k6VXEA7jsxntNca2jR95WgjhIu65pb8gXooFkuUIv6vHKNlYycZyALtj2fh5j3"
    "aee/vc/eFOuECVScGXJFaCqRJMD4KrSjBVgmkewbQBHWs0yRJLvTsrhVIj7KPMoIc0tVeJ"
    "egvokIKZTCMkFZRLdlJam02qAgh73SuI7ptc2YLerMgW9CYjSyxGLswKxPi93+0skQJCkq"
    "SUZ41c8F9gW+QQJYEV4DIwYqKdj+nLq8ZfSbib7e55UmZjA5xnSQr73Mx+/D+NEWUN"
)
