from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "actor_kind" VARCHAR(16) NOT NULL,
    "actor_id" INT,
    "on_behalf_of_customer_id" INT,
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" INT NOT NULL,
    "customer_id" INT,
    "partner_id" INT,
    "before" JSONB,
    "after" JSONB,
    "reason" VARCHAR(500) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_custome_356c76" ON "audit_event" ("customer_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_partner_d7907a" ON "audit_event" ("partner_id");
COMMENT ON COLUMN "audit_event"."actor_kind" IS 'PARTNER: PARTNER\nCUSTOMER: CUSTOMER\nOPERATOR: OPERATOR\nSYSTEM: SYSTEM';
COMMENT ON TABLE "audit_event" IS 'One state change: who did what to which subject, with the state before and after.';
CREATE TABLE IF NOT EXISTS "customer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "account_name" VARCHAR(64) NOT NULL UNIQUE,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "email_verified_at" TIMESTAMPTZ,
    "password_hash" VARCHAR(255) NOT NULL,
    "site" VARCHAR(16) NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "account_type" VARCHAR(24) NOT NULL,
    "registered_at" TIMESTAMPTZ NOT NULL,
    "registered_via_invitation_id" INT,
    "billing_country" VARCHAR(2),
    "agreement_accepted_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_customer_registe_2d7938" ON "customer" ("registered_via_invitation_id");
COMMENT ON COLUMN "customer"."site" IS 'INTERNATIONAL: INTERNATIONAL\nCHINA: CHINA';
COMMENT ON COLUMN "customer"."account_type" IS 'INDIVIDUAL: INDIVIDUAL\nENTERPRISE_MASTER: ENTERPRISE_MASTER\nENTERPRISE_MEMBER: ENTERPRISE_MEMBER';
COMMENT ON TABLE "customer" IS 'A cloud customer account.';
CREATE TABLE IF NOT EXISTS "bill" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "amount" BIGINT NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "cash_coupon" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "face_value" BIGINT NOT NULL,
    "balance" BIGINT NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "valid_until" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "contract" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "kind" VARCHAR(40) NOT NULL,
    "signed_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "contract"."kind" IS 'OFFLINE_DIRECTLY_SIGNED: OFFLINE_DIRECTLY_SIGNED\nAUTHORIZED_TELEMARKETING_DISCOUNT: AUTHORIZED_TELEMARKETING_DISCOUNT\nDIRECTLY_SIGNED_SPECIAL_OFFER: DIRECTLY_SIGNED_SPECIAL_OFFER\nPROFESSIONAL_SERVICE: PROFESSIONAL_SERVICE';
CREATE TABLE IF NOT EXISTS "customer_session" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "ended_at" TIMESTAMPTZ,
    "last_seen_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "customer_session" IS 'A customer''s login session, found by the SHA-256 digest of its bearer token.';
CREATE TABLE IF NOT EXISTS "email_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "code_hash" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "attempts" INT NOT NULL,
    "consumed_at" TIMESTAMPTZ,
    "failures" INT NOT NULL,
    "failures_since" TIMESTAMPTZ
);
COMMENT ON TABLE "email_code" IS 'The verification code last emailed to an address, kept as an argon2 hash.';
CREATE TABLE IF NOT EXISTS "enterprise_relation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "accounting_mode" VARCHAR(16) NOT NULL,
    "member_account_kind" VARCHAR(24) NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "ended_at" TIMESTAMPTZ,
    "master_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "enterprise_relation"."accounting_mode" IS 'UNIFIED: UNIFIED\nSEPARATE: SEPARATE';
COMMENT ON COLUMN "enterprise_relation"."member_account_kind" IS 'RESOURCE_ACCOUNT: RESOURCE_ACCOUNT\nCLOUD_ACCOUNT: CLOUD_ACCOUNT\nFINANCIAL_ACCOUNT: FINANCIAL_ACCOUNT';
COMMENT ON TABLE "enterprise_relation" IS 'A member account under an enterprise master. Ended relations keep `ended_at`.';
CREATE TABLE IF NOT EXISTS "expenditure" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "amount" BIGINT NOT NULL,
    "cash_amount" BIGINT NOT NULL,
    "spent_at" TIMESTAMPTZ NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_expenditure_spent_a_5f0b99" ON "expenditure" ("spent_at");
COMMENT ON TABLE "expenditure" IS 'What the customer consumed.';
CREATE TABLE IF NOT EXISTS "coupon_deduction" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "amount" BIGINT NOT NULL,
    "deducted_at" TIMESTAMPTZ NOT NULL,
    "coupon_id" INT NOT NULL REFERENCES "cash_coupon" ("id") ON DELETE CASCADE,
    "expenditure_id" INT NOT NULL REFERENCES "expenditure" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "coupon_deduction" IS 'A part of an expenditure paid with a cash coupon.';
CREATE TABLE IF NOT EXISTS "partner" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(120) NOT NULL UNIQUE,
    "cooperation_model" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "partner"."cooperation_model" IS 'RESELLER: RESELLER\nREFERRAL: REFERRAL';
CREATE TABLE IF NOT EXISTS "api_key" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "prefix" VARCHAR(16) NOT NULL UNIQUE,
    "secret_hash" VARCHAR(64) NOT NULL UNIQUE,
    "label" VARCHAR(80) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "last_used_at" TIMESTAMPTZ,
    "partner_id" INT NOT NULL REFERENCES "partner" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "api_key" IS 'A partner''s API key. Only a SHA-256 digest of the secret is kept; `prefix` finds the row.';
CREATE TABLE IF NOT EXISTS "authorization" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "scopes" JSONB NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "source" VARCHAR(24) NOT NULL,
    "open_key" VARCHAR(40) UNIQUE,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "valid_until" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "reason" VARCHAR(500),
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "partner_id" INT NOT NULL REFERENCES "partner" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "authorization"."state" IS 'PENDING: PENDING\nAPPROVED: APPROVED\nREJECTED: REJECTED\nREVOKED: REVOKED\nEXPIRED: EXPIRED';
COMMENT ON COLUMN "authorization"."source" IS 'LETTER_AT_ASSOCIATION: LETTER_AT_ASSOCIATION\nPARTNER_REQUEST: PARTNER_REQUEST';
COMMENT ON TABLE "authorization" IS 'A Customer Authorization Letter: what a partner may do on the customer''s behalf.';
CREATE TABLE IF NOT EXISTS "freeze" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "reason" VARCHAR(24) NOT NULL,
    "freeze_type" VARCHAR(24) NOT NULL,
    "active_key" VARCHAR(48) UNIQUE,
    "note" VARCHAR(500) NOT NULL,
    "frozen_at" TIMESTAMPTZ NOT NULL,
    "lifted_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "partner_id" INT REFERENCES "partner" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "freeze"."reason" IS 'PENDING_BUDGET: PENDING_BUDGET\nPARTNER: PARTNER\nBUDGET_EXHAUSTED: BUDGET_EXHAUSTED';
COMMENT ON COLUMN "freeze"."freeze_type" IS 'ACCOUNT: ACCOUNT\nACCOUNT_AND_RESOURCE: ACCOUNT_AND_RESOURCE';
COMMENT ON TABLE "freeze" IS 'One reason an account is frozen. The account is usable only when none is active.';
CREATE TABLE IF NOT EXISTS "invitation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "model" VARCHAR(16) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "max_uses" INT,
    "use_count" INT NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "invitee_id" INT REFERENCES "customer" ("id") ON DELETE CASCADE,
    "partner_id" INT NOT NULL REFERENCES "partner" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "invitation"."model" IS 'RESELLER: RESELLER\nREFERRAL: REFERRAL';
COMMENT ON COLUMN "invitation"."kind" IS 'LINK: LINK\nONLINE: ONLINE';
COMMENT ON TABLE "invitation" IS 'A partner''s invitation: a link (also a QR code) or an online invitation to one account.';
CREATE TABLE IF NOT EXISTS "association" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "model" VARCHAR(16) NOT NULL,
    "instructions_version" VARCHAR(32),
    "associated_at" TIMESTAMPTZ NOT NULL,
    "dissolved_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "invitation_id" INT NOT NULL REFERENCES "invitation" ("id") ON DELETE RESTRICT,
    "partner_id" INT NOT NULL REFERENCES "partner" ("id") ON DELETE RESTRICT,
    "active_customer_id" INT UNIQUE REFERENCES "customer" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "association"."model" IS 'RESELLER: RESELLER\nREFERRAL: REFERRAL';
COMMENT ON TABLE "association" IS 'A customer''s association with a partner.';
CREATE TABLE IF NOT EXISTS "budget" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "amount" BIGINT NOT NULL,
    "exhaustion_action" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "association_id" INT NOT NULL UNIQUE REFERENCES "association" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "budget"."kind" IS 'MONTHLY: MONTHLY\nPACKAGE: PACKAGE';
COMMENT ON COLUMN "budget"."exhaustion_action" IS 'MANUAL: MANUAL\nAUTO_FREEZE: AUTO_FREEZE';
COMMENT ON TABLE "budget" IS 'The budget a reseller partner sets for one association. Every change is in `changes`.';
CREATE TABLE IF NOT EXISTS "budget_alert" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "period_start" TIMESTAMPTZ NOT NULL,
    "threshold_percent" INT NOT NULL,
    "reached_at" TIMESTAMPTZ NOT NULL,
    "budget_id" INT NOT NULL REFERENCES "budget" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_budget_aler_budget__61a0b8" UNIQUE ("budget_id", "period_start", "threshold_percent")
);
COMMENT ON TABLE "budget_alert" IS 'A threshold of a budget reached in one period. Unique, so each alert is raised once.';
CREATE TABLE IF NOT EXISTS "budget_change" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "amount" BIGINT NOT NULL,
    "exhaustion_action" VARCHAR(16) NOT NULL,
    "previous_amount" BIGINT,
    "actor_kind" VARCHAR(16) NOT NULL,
    "actor_id" INT,
    "changed_at" TIMESTAMPTZ NOT NULL,
    "budget_id" INT NOT NULL REFERENCES "budget" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "budget_change"."kind" IS 'MONTHLY: MONTHLY\nPACKAGE: PACKAGE';
COMMENT ON COLUMN "budget_change"."exhaustion_action" IS 'MANUAL: MANUAL\nAUTO_FREEZE: AUTO_FREEZE';
COMMENT ON COLUMN "budget_change"."actor_kind" IS 'PARTNER: PARTNER\nCUSTOMER: CUSTOMER\nOPERATOR: OPERATOR\nSYSTEM: SYSTEM';
CREATE TABLE IF NOT EXISTS "customer_order" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "amount" BIGINT NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "placed_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "placed_by_partner_id" INT REFERENCES "partner" ("id") ON DELETE SET NULL,
    "expenditure_id" INT NOT NULL UNIQUE REFERENCES "expenditure" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_or_placed__4a1475" ON "customer_order" ("placed_at");
COMMENT ON COLUMN "customer_order"."kind" IS 'PURCHASE: PURCHASE\nRENEWAL: RENEWAL\nCHANGE: CHANGE';
COMMENT ON TABLE "customer_order" IS 'A purchase, renewal or change the customer (or its authorized partner) placed.';
CREATE TABLE IF NOT EXISTS "reserved_instance" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "valid_from" TIMESTAMPTZ NOT NULL,
    "valid_until" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "resource" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(120) NOT NULL,
    "subscribed_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "resource" IS 'A subscribed cloud resource. Whether it is stopped follows from the account''s freezes.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtz2ziy/SsofUlSpU0ljp3JOlNTpch0ookjeSR5XqstmhZhi9cUoCUpezy7898vGu"
    "CblERSlAxx8CWmQDTIHBBA90F347+tOTWx7b7uLKyv+Kl1iv7bIsYcs4vUnTZqGYtFVA4F"
    "nnFj86rGwtLv/Uo3rucYU48V3xq2i1mRid2pYy08ixKo3EELw/EIdl64qHPZQ0zwNRoQ+w"
    "kZaPSl84+jk/fItO6w6yF6i7wZRi6eOthDlsvqLryP6Hrh4Fvrj2t0axHT5VUc+vgaHm/S"
    "KXu+Re52/qQlsf6zxLpH7zArdtjz/vVvVszq4T+wG/xc3Ou3FrbNBLKWCQ3wct17WvCyHv"
    "HOeUX4T9zoU2ov5ySqvHjyZpSEtS3iQekdZv85w8PQvOcsAWyytG2/WwL8xZtGVcQrxmRM"
    "fGssbegykBYvEJW1dL0/GOsjbazrrUx3BhIx3P2iKSXwKbBXdfn//g5e4R9Hb4+/O/7w7v"
    "3xB1aFv2ZY8t1f4tERMEKQw9Mft/7i9w3PEDU4xhGooqeywHZnhpOPbCSRQpe9dhrdAEt5"
    "4Z0bf+g2JnfejP18+34Nlj93ht0vneHLt+9fwQMpG65iGPf9O0f8FsAdwStGhj4z3FkZjF"
    "NijQP6/XEBoN8frwQabiWBZv9rbJeBOBSoB9ygIEI3msdDKFt7AffDmwLgfnizEly4lQSX"
    "fYwAhW54WYTP2B3PmuN8lJOSKahNX/R1cLEr4Hf4Xa+Betz7po3GnW+X0Pzcdf9jc7w6Yw"
    "3uHPHSp1Tpy/TkEjaCfumNvyD4iX4f9DUOJ3W9O4c/Mao3/r0F72QsPaoT+qgbZhyToDgo"
    "SnSzgx/ofaVuTkrW0M3+1KR6uf5etg3X05dupX5Oy6qelrmnfTVeL6U4J4U2K9AHMEfXoU"
    "ODVXJ7n69CC8SyGJ9TB1t3hNmBHOoeeymDTHEOrr7ReBm1dGAQ/xV8RkFpNLId4zE05lJf"
    "F0OA/b+xJ1S1zqjbOdNaHOobY3r/aDimnsAc7tAjmioJ62ZvzY/m6RKDGHccH/iPwGsHBr"
    "vr0qll+P/xrD0fu91ea9SnKhYw7KdL16Nzbm/HpNGj5c2Yye1DlmenFxOckAm5Zq9gPWA9"
    "kLhGM2r7pnlQhh5nlo15Ubw1ZtULYWQQE/WvLi4QZV8xMi1WyX7AJntAz3OR+BRR9AmA5I"
    "w+8gbB/rwxXIzuMV6wBj00p8AfEBw2Hnvkgr1M8FYT8hKe6SKCH6CY2rZl4ldtJotGP11Y"
    "nnivSzF3shJk2NY9VmSDhGQDHy75RppGlvPMLJkAORTen8FWHurWUBtpFxfa8BQFVxMy1M"
    "614bBzAWXiKj2Wn4ecsOBpyym8uquzweX6c1ZRE3qVfKUOkkwPTGL/7qgA9u+OVmIPt5LY"
    "B9NdJTU8I6wMa6kV8XCprNDXaVllcsnc04HWUs7mSkkpoyvUJeKL1YPlcfWwHLYZOYVuDr"
    "qKKtgNrimzqxy++cKVcE5P+QdvZig+Ztd8DLNfxsNed9zKXeBqQLcba6qh8KaGbgF8o+Wq"
    "BoR7icYainFmgV+BchlaceUEnu2UAcFjyv6p/6OXas4u2hv5a1aRLlnVAzdL8w7nmE2ffM"
    "GgA4bYDj/1fOw/hS0dpIGUwf6vshT30rQ87QHzBrIMd3S3vZbghno6DituJLhZ3yA2LDyM"
    "pjOD3OFT9DijyLRM9tfwkEeBeJ7OkLu8+T889dqCv+Z+ZVzqBt+yiY+zvMatl8eE1/4ETp"
    "nHvuFrfu86Wi2vkWs8wVNcjMDqti2CBZvOgWEt2pTcsRLaRi5lN9hrhIw8cjF2J8Ty3JDl"
    "dl8IQVe8RMTJQyX6SHZBZ3+y7v4ujPY/j47evfvu6M279x9Ojr/77uTDm1DnzN5ap3x+6n"
    "0G/bMd5xc28950Ol06TiX6JyW6H6LvGRaWRrA/bBqkjn7PgKy6yZFsQeqdjsvOcNyHjQ7/"
    "YkK6V6Px4BsUBVcTMrjUhp3xgJUFVxMy+m001r6dIvFXjr0QAXxZ85zWapQ3jPtgeNzgmW"
    "Hf6vS2IgOyrgkFeT7dVG4PL5KQebKRxs3Y1yAFSiVgTss1EOz690gD0EpNGUkhRUrnzBLP"
    "t0m1efo9NB5ahk2UZqMqjPMsoj+OBv18SCOJtLlkTT30P2Rb7gHqCmtAAygSNlIwq7781v"
    "k1PeF2Lwaf0sYPNPAprUsAE1IG9lBAoV4ddQcbbjkNLpJoXCTTyZsioUys1kqlgt/L2S18"
    "Jh/jJesgx/pztZdxokJ7PQ2brlrA0zjYfUCJB6EL7LGheyrY0oimnBtPyKTgaBt3E37hIm"
    "GT5Xkk1/sATsPSBSYQJn0N/sST1veBsGX+cPp9xJOaP0xaMQ9mmz8RRJi4yd4PUQcxNB36"
    "gM3Qk3lCKDCpj5aLP7KHQjUxDtrI8qANN+m9bNg2feRey/BWwUPAXTl4K2g5eCnlgyyhD7"
    "I7pSBQYl2LJLZa2GSzKva9svGtlqq8aCgss+HcutT6Z73+51PkX0xI5/JyOPhZOztFwRW4"
    "g/+odcdQFlxB2c+Dr6KIX0yI9utlbwgl/oUcNKlLl860ei+G0lJ344U2HmtDvTPWO6PRoN"
    "vrjHuD/inKLZ4Qn/7Wh9pPV9poHPLhQUGVjjsqQlwdrSaujjLEVbCKltEs4zK1+PRLlIHg"
    "uIhmebxasTzOBMk7mP0n3WoO/WlZ5c8v9T6fiaeWWc2bPyGpfPll7uUHw7ZMfUk8KydmbX"
    "03p0RVP8vczyrtxd+jl/dMrEnWlzti1uTYV5JN2WnKzlITcVWRI3vL5KECR3YROPLMiVI+"
    "Wbbdytm74OXtdVsWN0GNTTsVq+FUbLpcbLqDb8upVLf1sX8SsUn1O5oZc7okOQbJN0r8eT"
    "IDbiTSpLV+L677sVnCdZeVbMGEoOLvpLYFF4ZVpYtjYsrWl7l/lSG6J4NJKfWthij1IjQ2"
    "T60Pg2bXKPZRnY1OSOMZRqI+MhAb89i2Y+4zLrjc3FJHZAaMUgK+RtoDdp78+E5w67EIuh"
    "a/3OusJ9LOnqIMELkMkG2C7Q4izO7boD/+cvHbKfIvwOGg+7XzWQNHA36R/vifxzNEGSzP"
    "Y7DgP2YGW1cg/cW66K/NoyG3IbmHRqd/BVk1xd8J6VyNB/r5UNN+Z4Mj9kOOAaIOUdikQD"
    "XC9lguzIrdnJRU3Sx1NysTc2cxzJE+XjIePyNYD74Hrz8rA14OAz72jTNr1MsJQghyWp1/"
    "LZrNqgMtNQjy5CQrLO86cOryppoEVJYOyp1Ds+CVzFiXOvnioGbPogM7u3QUGNs1EG5i9K"
    "5k3cLBvYl6042wZoEoQG/GFCE4/wPO7zQCnowZGdMZNoHyAlpsgR2Lmq/RlR8P51IEFRB/"
    "ElBjDE+XVYezQPIiAXfzkBz67V8x+lG0p7NPWqARvoTO7kwhY92/FVv3nKeNpvqn1O5bSl"
    "YZSFIbSNmhV3w45coqYynHWPLn00q+63FJNZikHkz+Kl9qTUrIqMGz2RZelWi4tCVcOM+w"
    "bAAXVZcTn5Z829i+rbdSrY5swY169TSqqpxWD2mcr9NC1Z6xJFtias9Y7RmrPeM1A2Th4A"
    "eLLl29wkjJkW1Qytw9jxiV2Vtl9j74MVNfAlmuFVdyZUlIKtZBsQ7S96hiHRTrsJ516Bru"
    "rEuXi/ycnrG77XWMw5TVYyCEFRXfcEgjvL2Gb1BBsjsKkr01plh/MOxlTkbCNZZRUqxJi9"
    "SeraIbww7WpMLgx2QU8pWRV2HKfwP9W6oEdKqjlTP5Yahiyt1ZNndnE5tLvj2wpSuvMKPO"
    "gtYaBH2ON2+N9iklgSmZtU6De+21tmm8ljJMD2k2bCvDNAfYHRumjfcwGJyfX/T6mn7WG2"
    "rd8cVv+qj3uQ+nFay4wTdavwyGvd+1M32sXWjfOsOvTPHqf2Y1R93BVX/Mt1/XV5mQVLP6"
    "6FLr9joXOnss7E6tvT0hl8PBuTYa9QZ9VjbShj/3uuASkVNaZeuq/pTyLtNIKll5CUGl/E"
    "ut/GNiuhW6OCamklHJ3L/KuFPGnQQWRvtwklGlzbxcsyVjCa6zXqCybiZqF4iTg3RRPHqN"
    "IPwHP0bOWzoYQRpA9Gh5M2Qg2LRDov28ILgKLSgbSS4bSfmoPs8OhxitFQ/ZSYgq/Vdu/U"
    "jMzuW0o7hMkwZZbS56seWmHLRZQYVvAd0z9NvZVvNMeAsdGMiFdc/48N18dETsk6wBYS3Z"
    "WkMhzg5jqTT8wL7KU+1jttcanT5eq4AuP7XpMjqZGRnTKehoeTr7ippwFjVklfV/Q3IKTO"
    "BtTPTS9fACHYOiD6dFLxw6ZRqIg1/xvBVwkvTMcCEHhmXbcMQ0b8B5grOiJ+TaYIspnmPi"
    "6axpvBB6y3WbNzWncANaCO4lTspGoSw/d3rhWA/G9Anxw3KhVBkUMhoU4gPS+e8MvKt3X9"
    "Jyahtm4zYMnht5rjOrMQ4FGgfu0UmhI4VP1pwpfJKPr/6AHYs1WsVSy21A0dkym2sLw3Uf"
    "KVMA2Jo2KzO2MoIyb3BWHmUnhUbZyZpRdpLdBfSqn7juy8qMNayZ2rDPj1OH0NzEzwnpfu"
    "n1O6eI/6myLbuDTM5Cfyvz8cdEZO6Kqp99kY9+9SefjdgUmg6HqOKHn25jf6izz/ms93Pv"
    "7Kpz0So9EAJJGAXB9YRoMCIuh72Rpn/rjMbg6ZApStbSvn1K1+JFVQbQUSHNYY3ikNEbHH"
    "xnMZvJqZi4KiWs+F2pFYZYfz1Yhm6RB8urkN15UzM7itM+PMszFp4j+Aa9wnqVI9q8Q7Dr"
    "XrbyiJyys9vKRpRVJNskl9kOKOIKH8s0vKUz/JZ5meXo/PX5vxnkM+pYf9YCV7ytpgIG0/"
    "a26dL9Q5obCQ/PIFBLPvmmQiS25raN02niJmYKJhEQs3VAUxRX00SYXOy6NYR9+dtdI9Fa"
    "U8Ga4/kNdnTHx2NL0DTCjKWFY7k4XreRuBlgFyrcyuIWcxHYFrNGulQkU40ws+zPbXE654"
    "00FSJKbIvgGDOzJVq9sKGDtW03AOaY2NkSpAG00dQvCg5udh6wyb4pQfNvCdbQby++a9BQ"
    "3OjSqQMu3kyTYCrl1ZZIImo9YH3tuVoBtMH5WnVTOIcyxVX0BQy0+zUugTEDYLNnoO7Gah"
    "fxEPTlXrjIpncWQb58G93SJTHRzRP3vRt96fzj6OQ9Mq077PLgHstz0Q02HOwgj97j3ECg"
    "+hoP/BD5L/BCdGf0kXBPwzYyPNH8a9QJngBVbPbtIp4MCF0zrc9i8wP4GLIim1ViZewL4l"
    "6HE/KSydOl9wpN2eu66NZyXOVGKKMbIe//0k44SanGebnV70KoTu3etAAc7P5Nyhb2Z8Wy"
    "3ZyUVN0sdzf7C13pTo7JqY1YmXvYNlyPaX5skSvfy2lZ1dMy97TKq6Hyakhg7rYPJ6+GBt"
    "EWXXbdyrGxo5vtdda1iNiYBvU22tVgqor4jinnORCIIphpEW8KItoo5MdgI59NDm4b3eOF"
    "hyBejpU5d5QcQfTcLGtU19YyWNQDgpFDH+FAakSoMzds60/WgC96igwEXCQz1B28sI0ps4"
    "x5HB48kRnzvIi3c214Hp4vPPdaRPmJeuydmYQfHjhdOg5E7IHwR3R9y14VdmBCgUeH8hhB"
    "E8xv6oDMhPgvgoypQ9kffrcNj4YWH9mQYO9OF2xEmcABhI3qrsXG4zV62b+6uGDfA43Xfa"
    "XsegntehWzttuYNRg6pWmThFATAzh2ErfEvVjL5y6MxJQ1LbUGrkiTv0U3BypNicU+LrI/"
    "E+uN1Et+wnnQXc6rkcpJUcVQyDxwAi28xMCJi6iBkx44SbOm7NjJSqvhI9vwKRFTs1OmJO"
    "sEmkeZ5LqKruFOwvqhs2oxEqWDhG9wmHxoyb4uh2cVDZtEwg32NdJgrwKF3rDoHuNFbIs/"
    "zzuh5tYVpSAXpaCOediRc4A/YCBQdu4zolvkKog3IzPH0Lrq9857cNiDfzEhI+2yM2Rrxi"
    "kKrtKzTJEOqj9Thx9SESSD2OZYjhVNSd1RQ200uBp2Nb3T9Y/YSJdMSPdicHUWVUj8nJDz"
    "Xr/T50dohDUyRVW6uv6cEqzbnGqOOklJRUZIpxQqD46/Uw/74VylNMGEjNrTzzGd/eWrHK"
    "pxGYXqZk8J8RlmEVZ+Elk/icSQ3ZwDWnyLCtpC0MbHrVQOKLE40Tw+JRlGuoZISVXcSKD8"
    "MjO8ZObkgEjP0iFr6nIPDziwRRdHfFxDcAVP+QznvPBTXSzCT3T5mDzZBc2NJ3ZfBHmwtd"
    "J7jTok5FvESTDkaUK4CG9n0oKc0fx3/OQYB0+pY7qTliJaFNEiEbC7JlrUITzPcghPbK4r"
    "BX5KTvVA5R5wFxW9aBb7dqPZ53zTJHs3DkGJxSMltsf8tq29LCJHb4ocp8tqreYI32QO1F"
    "UxAypmQEKDbcuYgcxZauFJl1unJ8ucstmQHqiaB4IG6VbyQS2e+qFo3hY5ieatkz74mZBy"
    "SIAoR9Jq+/82qrPR9OeRHdhwmRFukPjpTbcO/ROT1yh1qNPShacgSuwn9DjDBBGm5sINkQ"
    "IkyxfU/QARRiLyjdzjJ84xTFrfh2yEZf5w+r144A+TFmvCYq0BryBQQTPKOoCfBwVBH+II"
    "Ktu6ZV/YR3SD2UtPiPia2nCuFJtmBIUBRu2N4WLh0QGvJN4haBYiY8L/ZnQ+luIhpOQhoJ"
    "+q7nRH0lJvbl9q/bNe/7P+6ersszY+RcnfE3LZGY77cAiCfzEh4o6u/fqlczUagwNDukSO"
    "rWwx4gTsFfsw1YTUHRl6FoReB/6F3umf6YHHQng7USpHh0WzdRkLLilVS3p9iUjA4w8FUD"
    "7+sBJluJVEmdBV5yDl4xvUb5xpfFLIND5ZYxqfZE1joa1UYJoSgsp7RmquSeiBVVJjxAWV"
    "/4zMfaw4rl350MAuLykLbFJoR6cUHRysijrcJ3WY8xHXgO5l1NJhfcBFsU0O3QS07BU4vf"
    "JcnjSx3Ng5HFoyc/ZqHs1K1isQh+RD8sJFkSxkR7Etco9eMinKfvw05AlKXiHKo4hEXvCY"
    "AORlEQTTykPYd/KcTalTecZGJvdRkHOQejWVkBVkPDZOTMHq8YPWodDEDjPlzAlhyvDcd/"
    "J5oCIvjTjJfelikeCFs2fcvcim03tFn0lIn/GRUpV5CYWl5lyG2ki7uAB2LLiakKF2rg2H"
    "cPZocFWFXak/iGebqJ2DCNO56PW/niL4d0IGffZXO0XirxwdoFIN78XJTaUa3qSxNcI+V1"
    "lz/hbdDJMFU/rKJP+IiyiiIMu/MGzEgcQlME3IqIwqaUjBTLmveAx7XFJRwjLPRdwkxrgc"
    "cZkUUvORPHywbMv2jgnh52AsZYO4Bsoylw32B/l+uXbJpoWi2CYnxOpOuuoI+Dp9c0sS58"
    "LvNoczDx1yC5wsFnoBF6LMl850ZsA9h/XPo2EDXc1KyB1Ohpm+ZOXAOQen3mMzoMFfiQzj"
    "OcGq9TYPBHnPg/TigusW0aaQU1z4iMYjUS0PLajFM5zTj+hatKDfPOl+o9xv1cWe8HE1Js"
    "Qv958F8pQk3vAFnHQ2M+xbRYpLSIo3noW9vAJmbqSdouAKKPG+9otgxPnFhLAb/c+sjvgr"
    "Bz+romOfJzZTRe7tL3LPX1/K8xQJQRUJKzNNoTzXdsZUpLWzkpzFCnFFCmWhjunI5UDOCt"
    "bzKR+8Vqp8BZ/NVzA97vfKwUk2URSm4FZMljX4D+bOMtk+CaKQC/ZIKu3WQc0vRTslO7km"
    "umPIdJdhrztOdcdWTFPwoedwTbExsJptig25jTTTarwUjSIXjcL/ZmBdE8Tm12+c/9Tboy"
    "JWIqu1mgg5yuZ3oXQBgLA307fy4sxtSGr66pA8OpWn26YF7WDt+YyyXmhHbGFBGPS2u2EL"
    "66uIpT7MPs9uhCVIXrVrWAIsf4+rFrjibTUVMJEvYkukotQ9zbDssp4SdXxPyeCsJn5MfH"
    "vc1YUhvB1YTUyTtSvXhiF2sfOAI6U2x/LM1GmvM0Edv7ZuxasrY3Rfn5HKV70rYHccyvNg"
    "2BbTdh06L2vgJCWVgSOdgZPtZji6LYdoKNLPoajqaKk7Wu1Mqw09CdTHdr15g3esjNKls1"
    "IJFfc2KZ9RrQJ+tu7yBkpusAmpFZZwSK1o4DX6Zcb1TfA5FRkcFgtW65baNn3keVpFzgY/"
    "T8QL18956ub52+7qMUo3VrqxHMDuWDd+3h2w514+d78HFk1QVY4NSQsrxVQppgfRq0oxVY"
    "ppEcW0gx1rOstTS/07a5VSI6qjaNBDGtrrVL0H7LglYzhiIg3US45OTopEcJycrI7ggHup"
    "KCU2qEog7FdvILpvC8XHvF0TH/M252QrSjycFwT242jQX6EFRCJpLc+aeuh/yLbcQ9QE1o"
    "ALYCRUuwDTl986v6bh7l4MPqV1NmjgU56msM/F7K//B8vOfuU="
)
