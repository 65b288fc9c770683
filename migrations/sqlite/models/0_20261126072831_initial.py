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
    "Wm3y7guW7ALRVqLLo+MBc62mTTTrSNfkHcqW6IXlJ6PHdfgRF9XQLGlkOUl5yMXnKc/4V9"
    "TOJUlXPi2r6HnKoLt24DONjjiYSq562KRdkcp1RslpvN3kZXmMkROnXOKDOHbYO4VPKjm1"
    "xxLidpFadl5rRKG6HSRkig7tYPJ22ExoIJmvS6lqFjhzfrq7RrEZAw8vut1auZqirCF0bc"
    "zgEYKWArLeBDsYAtzNI/0JlPFwdSBw9w5gIWDkbbnHuMjllw2CStVG9tZKZRdxEEDn4EM6"
    "pnI+xMDdv6TgfwSM+AAZgtkirqDpzZxohqxjzMjD2RKvO8iY9za7gunM5cciuC2EQ/+s6U"
    "wot+G80dhwWkMeKP4HZMX5UdMAQEjw7mIXAmU7+xw2iGyHsRYIwcTP/jd+vs0WzERzol6L"
    "vjGZ1RJrMBBIPqxKLz8Ra87Ny02/R7wNG+r5ReL6Fer0KydhuSxaZOYbNJjKiK8Qk7Ccvh"
    "TprFU/OFZEqblloCV0aTn4LNvkhTYLOPkuxPxXot9ZYf840j82k5o3KcVFkoZJ44vhReYO"
    "JESdTESU6cuFpTdO6kqdX0kW36FAgZ2amlJO3jmGUyyfSEXGE7CfoHvpj5jCgNIFxfg9w6"
    "c/p1OTxpZjAkEF6eR0BjZxUgcPYEDxDOIkf8Wd4JWx5dmRTkMimoKgY7cg7wJgyLA516Ft"
    "ENQvGjw8hsY6jddFqXLVbLwLsYor523ejRPeMM+FfJVSYPg7afiMKLGPBzHWxSdWLJUFIz"
    "qqf1uze9pqY3ml4FiWTLEDXb3ZuLsEPs5xBdtjqNDq8QEfRINZVh9fZTJlC2OeUcdeKUyh"
    "ghnVCoPDh+Jg570UqFJMEYjTrTz1Cdve2rGKpRGoXqek8J8RmmEVZ+Emk/idiUXZ/iWHyL"
    "Ctpc0EbnrVQOKJEwyCx7SjxKcoUhJdFxrQHlz4nhxhMD+4b0tDlkRV/u4cHqkeiigsUtC6"
    "7gGY1ZGRNetMRCvGDJx3jhEjA1nuh9EeRB90r3CDRQYG8RhU7Q0xBxEj7OsMZSIvPf0cIo"
    "DhxhxyTDmjK0KEOLRMDu2tCiasw8S42ZyFpXCPwEneJAaQ6QWUkvmtm+3Wj2ud5USd+NQl"
    "Bg80iQ7TF9a20vm8jx6zzVYmmv5TbC16l6sSpmQMUMSKiwbRgzkCoVFhRy3Dj7VqqIZEU4"
    "UCwPREE118tik6Hhhvltliu347DPWr2Why1Ag1AN00DRyjtjB3+H6AgkCvLMCXsKwMh+Ao"
    "8TiACiMhy7IfJbpJXhbT9AxEiIZBoP8Ikr0MPar4GqbZm/nf0qHvjbsEaHsOhoTGkWqIAJ"
    "pgzgtXxYRIMoH2RbY/o9fgR3kL70EIlPr85qAtE5JPRzprHdGQQKdwX2SuId/GFZ2EfwZ4"
    "a1jZSSLaWSzfhU9hg3pJb65PZa61y0Op/085uLT9rgDMR/D9F1ozfosAT23sUQiTu69tfn"
    "xk1/wE7nky1ynNOKGSdgL8nDxBBSMzI4Ng+O1L0LvdG50P3j+OB2rFUOhoWrdRH1JE61ld"
    "ToElm4Tj7kQPnkw1KU2a04yggvq2GTja/fv3J632kuve90hd53mtb7hLRSwowSI1SuIVIb"
    "UoQcWCbvQ5RQOYfIzGNlwNmVgwg7wkRFgY0T7ajCzMHBquxi+7SLZXzEW0D3OhzpsD7gvN"
    "jGp24MWvoK3LzyXG4ikbzGGTa0eNbj5XY0K94vR5CNB8kLAkJalvrDttADeEmpMP3xR49n"
    "33gFMA+RETmdIwQs6YgwMC0toL2T56zLC8rTEVK6j8I4x/KKJrKNMhqXzhNTWPV4kWzWaE"
    "KHqnLmEFFheOp5sCywSLoiqnDPCRTZS7j1jPvO2Hj0oMxnEprP+Ewpa3kJiKW2ufS0vtZu"
    "M+uYfzVEPe1S6/VY3Uj/qox1ZfsRKpuEpBxEDEq71flyBti/Q9Tt0P+1MyD+l4MBKo/uXj"
    "y4VB7ddRJbJfRzlRLmp2AzWyyo0Fcks0WURBkK0vYXio0oJlsA0xiNSheShJSpKQ8lS2hH"
    "KZVJWOa1iKvEEBYzXMaJ1Hokjz1Ytm17xwbh57BYygbxFkyWmdZgb5Lv19Yu2bKQF9v4gl"
    "jeA1WV735Gx1N/CciwmkdWh+Um88hitNZevhwJZfGVy+LL/0/BusK1yOtfOavWm+M8rkW0"
    "13Lz4XE6pATjGQOEvpm+kW09cyCpTbuHZGdX9sd1W9XBKoMp6TqXnDKzmHPqpjLKzPoiPF"
    "wPk+ery8gqWa4IWHP6hzvW963AFR2rqoDtt2D4gahlaf1174XCD+Zj2qUmlaoUnqFSZVUT"
    "X65bpWqZKy2rUlqWyv2yI8+BhWFbVIxz8LSo5B6nVJK7dJJ7ms28SHk5PgekitFSM1qFcK"
    "hYAwnEx/rh1O2kgiaeO0uFUHFvnfAZ9srhCU/md6zlDprMk3vOCj6IAY7AnxMub7L0CsJh"
    "fDajvcbYtvEjTwshXMQ9t/QXxEuxQLIc4Xf1GCUbK9lYDmB3LBs/79HOc2+fuz/cCReoMi"
    "n4ksRKMFWC6UFwVQmmSjDNI5g2oGONJlliqXdnpVBqhH2UGfSQpvYqUW8BHVIwk2mEpIJy"
    "yU5Ka7NJVQBhr3sF0X2TK1vQmxXZgt5kZInFyIVZgRi/97udJVJASJKU8qyRC/4LbIscoi"
    "SwAlwGRky08zF9edX4Kwl3s909T8psbIDzLElhn5vZj/8HC/ta5g=="
)
