from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "attempt_counter" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(200) NOT NULL UNIQUE,
    "window_start" TIMESTAMPTZ NOT NULL,
    "count" INT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_attempt_cou_window__0a834f" ON "attempt_counter" ("window_start");
COMMENT ON TABLE "attempt_counter" IS 'Failed attempts at a secret for one subject (an account, a client address) in the fixed';
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
CREATE INDEX IF NOT EXISTS "idx_bill_custome_5c0a27" ON "bill" ("customer_id", "paid_at");
CREATE TABLE IF NOT EXISTS "cash_coupon" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "face_value" BIGINT NOT NULL,
    "balance" BIGINT NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "valid_until" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_cash_coupon_custome_d29436" ON "cash_coupon" ("customer_id");
CREATE TABLE IF NOT EXISTS "contract" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "kind" VARCHAR(40) NOT NULL,
    "signed_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_contract_custome_3f248f" ON "contract" ("customer_id", "kind");
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
CREATE INDEX IF NOT EXISTS "idx_enterprise__member__b9e63d" ON "enterprise_relation" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_enterprise__master__577a96" ON "enterprise_relation" ("master_id");
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
CREATE INDEX IF NOT EXISTS "idx_expenditure_custome_53cfc0" ON "expenditure" ("customer_id", "spent_at");
COMMENT ON TABLE "expenditure" IS 'What the customer consumed.';
CREATE TABLE IF NOT EXISTS "coupon_deduction" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "amount" BIGINT NOT NULL,
    "deducted_at" TIMESTAMPTZ NOT NULL,
    "coupon_id" INT NOT NULL REFERENCES "cash_coupon" ("id") ON DELETE CASCADE,
    "expenditure_id" INT NOT NULL REFERENCES "expenditure" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_coupon_dedu_expendi_8637b3" ON "coupon_deduction" ("expenditure_id");
COMMENT ON TABLE "coupon_deduction" IS 'A part of an expenditure paid with a cash coupon.';
CREATE TABLE IF NOT EXISTS "idempotency_record" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "scope" VARCHAR(100) NOT NULL,
    "key_digest" VARCHAR(64) NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "status_code" INT,
    "response" BYTEA,
    "expires_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_idempotency_scope_3714bb" UNIQUE ("scope", "key_digest")
);
CREATE INDEX IF NOT EXISTS "idx_idempotency_expires_d7c672" ON "idempotency_record" ("expires_at");
COMMENT ON TABLE "idempotency_record" IS 'One `Idempotency-Key` of one caller, and the response its first request got.';
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
CREATE INDEX IF NOT EXISTS "idx_authorizati_custome_c64fdd" ON "authorization" ("customer_id");
CREATE INDEX IF NOT EXISTS "idx_authorizati_partner_35240b" ON "authorization" ("partner_id");
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
CREATE INDEX IF NOT EXISTS "idx_freeze_custome_58a2d5" ON "freeze" ("customer_id", "lifted_at");
CREATE INDEX IF NOT EXISTS "idx_freeze_reason_65aa66" ON "freeze" ("reason", "lifted_at");
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
CREATE INDEX IF NOT EXISTS "idx_invitation_partner_137335" ON "invitation" ("partner_id");
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
CREATE INDEX IF NOT EXISTS "idx_association_partner_7d417d" ON "association" ("partner_id", "associated_at", "id");
CREATE INDEX IF NOT EXISTS "idx_association_custome_a8a932" ON "association" ("customer_id");
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
CREATE INDEX IF NOT EXISTS "idx_budget_chan_budget__27984b" ON "budget_change" ("budget_id");
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
CREATE INDEX IF NOT EXISTS "idx_customer_or_custome_96b412" ON "customer_order" ("customer_id");
COMMENT ON COLUMN "customer_order"."kind" IS 'PURCHASE: PURCHASE\nRENEWAL: RENEWAL\nCHANGE: CHANGE';
COMMENT ON TABLE "customer_order" IS 'A purchase, renewal or change the customer (or its authorized partner) placed.';
CREATE TABLE IF NOT EXISTS "reserved_instance" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "valid_from" TIMESTAMPTZ NOT NULL,
    "valid_until" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_reserved_in_custome_2d53ef" ON "reserved_instance" ("customer_id", "valid_until");
CREATE TABLE IF NOT EXISTS "resource" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(120) NOT NULL,
    "subscribed_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_resource_custome_8b26dc" ON "resource" ("customer_id");
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
    "eJztXWtz4rjS/isqvkymik3NZJPZOZmtrSLEmWEnA1kgextOGccWwW+MxLFNMtlz9r+/as"
    "l3G7DNJcarLwnIatk8sqTuR92t/zZm1MCWc9yam5/xc+Mc/bdBtBlmHxJXmqihzedhORS4"
    "2p3Fq2pzU33wKt05rq3pLiueaJaDWZGBHd02565JCVRuoblmuwTbrxzUuukgJniMesR6Rh"
    "oafGp9d3L2DhnmPXZcRCfInWLkYN3GLjIdVnfufkDjuY0n5rcxmpjEcHgVmz4dw+0NqrP7"
    "m+R+53daEPM/C6y69B6zYpvd7+u/WTGrh79hx/86f1AnJraMGLKmAQ3wctV9nvOyDnGveE"
    "X4EXeqTq3FjISV58/ulJKgtklcKL3H7MdpLobmXXsBYJOFZXnd4uMvnjSsIh4xImPgibaw"
    "oMtAWjxAWNZQ1W5vqA6Uoao2Ut3pS0Rw94p0SuBVYI/q8F9/D4/w3cnb0x9O33//7vQ9q8"
    "IfMyj54W9x6xAYIcjh6Q4bf/PrmquJGhzjEFTRU2lg21PNzkY2lEigyx47ia6PZXXhnWnf"
    "VAuTe3fKvr59twLLX1v99qdW/+jtu9dwQ8qGqxjGXe/KCb8EcIfwipGhTjVnWgTjhFjtgH"
    "53mgPod6dLgYZLcaDZr8ZWEYgDge2A6xeE6IbzeABlYy/gvn+TA9z3b5aCC5fi4LKXEaBQ"
    "NTeN8CW74poznI1yXDIBteGJHvsfdgX8Dt/rFVAPO1+UwbD15QaanznOfyyOV2uowJUTXv"
    "qcKD1KTi5BI+i3zvATgq/oz15X4XBSx723+R3DesM/G/BM2sKlKqFPqmZEMfGL/aJYN9v4"
    "kT6U6ua45Ba62ZuaZC9vv5ctzXHVhVOqn5Oysqer3NOeGq8WUpzjQusV6AOYo7ehQ4NVMn"
    "nIVqEFYmmMr6iNzXvC7EAOdYc9lEZ0nIGrZzTehC0dGMR/+6+RXxqObFt7Coy5xNvFEGC/"
    "G7tCVWsN2q1LpcGhvtP0hyfNNtQY5nCFntBESVA3fWl2MkuWaES75/jAD4HH9g12x6G6qX"
    "k/PG3PRy43Vxr1iYo5DHt94bh0xu3tiDR6Mt0pM7k9yLLs9HyCIzIiY/YI5iNWfYkxmlLL"
    "M839MvQ0NS3Mi6KtMateCCONGKh7e32NKHuLkWGyStYjNtgNOq6DxKuIwlcAJKf0iTcI9u"
    "ed5mD0gPGcNeiiGQX+gOCg8cgt5+xh/KcakSO4p4MIfoRialmmgV83mSwa/HJtuuK5bsTc"
    "yUqQZpkPOCfZ8DU6ev1HCJY39pay+l8b/rM0/i3JiX2SE3x4ZRt1ClnMUrNqDORAeH8GXn"
    "GoG31loFxfK/1z5H8akb5ypfT7rWsoE5+SY/9lyAwT7rbQ4dEdlQ1Gx5vj8prcy+RLdVDF"
    "9MY49t+f5MD++5Ol2MOlOPapuamI2p4SloZ4pRX3YGkt0ddJWWmiVbmnfc2imI2WkJJGWq"
    "BLRBerR9Pl6mQxbFNyEt0MdCW1sBtcE2ZaMXyzhUvhnJzyD97MkPzNrvkbZr8M+532sJG5"
    "wG0B3XakqZrCmxi6OfANl6stINyJNVZTjFML/BKUi9CQSyfwdKf0CB5S9mf7L32l5uy8vZ"
    "G9ZuXpkmU9cLcw7nGG2XThCfod0MdW8KpnY38RtHSQBlIK+7+LUuKui2dzt00XxOXsaZoV"
    "j9doriTGRV32WGHlteT4lWZa2ECeLCeONd/dbEJtTiA7i7v/w7qLjjSCNJ0332S1dMvEhF"
    "U3DGavOa+RSTgTPTGhRxI47uo+I/LE3gHOgbMW7/A9iLpoLEpVNvhtd3yMxg/4eYwAW8HI"
    "W+bMdDmtzb3rxH2l+1wFGWrPfTMvA+pVr50/18mbPD5HrNZSxpNfi9tC0UFSlAVLyu6H8H"
    "yBBbYeLBjMpUX4L7/+/jiENxWeoFK27QvtoC8M01UeMdc30qpCeHW1mgD1VBxUXKsi9GBp"
    "Zgo9RvpUI/f4HD1NKTJMg/1na61LYV9bn/rLaFNsj/OFlUvdYbbAi01kbeJmbbRv/Q58Rz"
    "6i8o75tXFoXI+Roz3DXRyMYHqyTOKpBhwY1qJFyT0roU3kUKFdBBv+TG/BzoiYTI3x7+G8"
    "EoKOeIhwyx8q0SeyC93iwrz/p6gX/zo5+f77H07efP/u/dnpDz+cvX8TDOP0pVXj+aLzEY"
    "Z0bCJer4RQXV/YdqndooSoXCarvEyyaZDa6gMDsqxPRLyFSjtG3LT6wy74RXgfRqR9Oxj2"
    "vkCR/2lEejdKvzXssTL/04gM/hgMlS/nSPyvhuuEAL4om0+3yuHXbKuE4XGHp5o1Uemk5I"
    "bJqiYk5Nm7U8VcfkKJKk82lYli8jRIgVIBmJNyNQR7+y5VPmiFpoy4kNzDzpglXs6nZf30"
    "e3jc48v7XNQbVWGcpxH9edDrZkMaSiTNJVN30f+QZToHqCusAA2giNlI/qx69KX1e3LCbV"
    "/3LpLGDzRwkdQlJm7W9uhy2AMBiXp51G2sOcU0uFCidoHSZ7l2Lc5W7FqciV2LyhCwrINs"
    "86/lQUyxCs3VNGyyao5AJt9ZAcVuhK6xy4buuWBLQ5pypj0jg0IcTzQK6ZWDhE2WFfC03R"
    "twGpbOMVH5/qvpoFHjR1/YNH46/zHkSY2fRo1IgJTF7wgiTNxgz4eojRiaNn2EbWQvUGpE"
    "KDCpT6aDP7CbQjUxDprIdKENJx4cpVkWfeJ7zfBU/k0gGsp/KmjZf6jcIU5h+BIEM/nubj"
    "KWaa87xY5OQaDAghdKbLTiVc3c2PeSx/dgyhKmgXCVLerGjdK97HQ/niPvw4i0bm76vV+V"
    "y3Pkf4Kwsp+V9hDK/E9Q9mvvsyjiH0ZE+f2m04cS70M1+FOHLmy9fC8G0pXuxmtlOFT6am"
    "uotgaDXrvTGnZ63XOUWTwiHi+u9pVfbpXBMCDK/YIyHXeSh9E6Wc5onaQYLX95LaJyRmW2"
    "EhtYIU+Z0zwq5+lyjfM05SZjY/YjnXKBgUlZGRdY6Q1AA+umUS4qMCYpYwKr3MuPmmUa6o"
    "K4Zkbs++puTojKfq5yP8t0W/+MXt4z41axvtwR5VaNDaeqKTt12XKqI64yAnVvGcRkAOou"
    "AlBfOEHbhWlZjYxNDV7eXLWXcefXWLeFsRzOQjQ7vECaydUzSbLvlWS38aSYpjXZHilYIZ"
    "Jp+45p2iw7ROcLJd70mQI3FKmTCrAXV//ILOE4i1ImYkxQ0nqVNhH9xaJgF0fEJAVQ5f6V"
    "9ume7Cip6zdqouuLzBtZ2n6Qk2OFvh/WWeu0NJxiJOojDbExjy0r4m7jgIuOn/8hkqH4GC"
    "mP2H724kHBDcgkaCy+OeO059LO7iLzQVTLANkkOO8gwvK+9LrDT9d/nCPvA/ghtD+3Pirg"
    "f8A/JF/+l3EYkQbLyxgs+NtUY+sKZNdaFS22fjRkNlTtodHq3kLSbvF/RFq3w5561VeUP9"
    "ngiHypxgCRZzqtU6BqYXss5kbJbo5Lym6udDdLE3NnMc+hPl4wfj8luB18D15/lgZ8NQz4"
    "yDvOrFE3IzbBT5l59TlvsswWtFQjyOOTrLC8t4FTmzdVJ6DSdFDmHJoGr2BC3MRBXAc1e+"
    "Yd2OmlI8fY3gLhJkbvUtYtGNzrqDdVC2rmiBp0p0wRguPI4DhxzefJmJGhT7EBlBfQYnNs"
    "m9Q4Rrde/JxDEVRA/E5AjTE8HVYdjibLihzczU0y6LevEfpRtBdmoQweQmVXdMhw92/J1r"
    "3k4eeJ/im0+5aQlQZSpQ2k9NDLP5wyZaWxlGEsefNpKZf2qKQcTJUeTN4qX2hNisnIwbPe"
    "Fl52jkFhSzj3MQZVAzivuhx7taq3je3ZekvV6tAWXKtX62HV3fqyei+fdF+Vu8dy91juHs"
    "vdY7l7HHdZtfGjSReOWmKkZMjWKNnunkeMzAkuc4If/JjZXupZrh+XcmqJSUr+QfIPle9R"
    "yT9I/mE1/9DWnGmbLubZ2UAjV5uruAed1YNTG/2Ke4qildyDDJ2tQ+jsRNOx+qhZi4z0hS"
    "uspLhYnRasPVtId5rlr0+5wY/ISORLIy+Dl/8BunilstXJjpYu5oehikkn6Ko5QRvYWPCt"
    "gg0dfIVJdem3ViPoM3x8t2irUuKblWlL1b/WXGmnRmvtL9UTZ86lsSqN1ToYq7X3QOhdXV"
    "13uop62ekr7eH1H+qg87ELxx0sucA3Yj/1+p0/lUt1qFwrX1r9z0wZ635kNQft3m13yLdn"
    "V1cZkUSz6uBGaXda1yq7Lexerbw8Ijf93pUyGHR6XVY2UPq/dtrgMpFRWmZra/s56R2mpZ"
    "Sy/GKC0iCotEGAieGU6OKImExbVeX+lQafNPgqYHU0DydtVdL0yzRlUtbhKosGKqtGrHaO"
    "iDpILMXj3AjC3/gBde7CxggSBqIn050iDcGmHhLtZ4XLlWghj90UaUuaTPs1maRL68tsgo"
    "jBW/LQnpioVIerrS6JybqYshSVqdMg25pHX2TFKAZtWlDim0MVDdx8NlVEY85FBwZyblU0"
    "OnzXH0UR1X42R1iJt1ZTiNPDuFIKv29uZWn6EVNshYofrZVDtdctugiPgEaaroOOlqXCL6"
    "kJh15DOlrvO2S1wASexkBHjovn6BT0fjiWem5TnWkgNn7NE17AkdVTzYHkGaZlwVnWvAH7"
    "GQ6lHpGxxhZTPMPEVVnTeC70lnGTNzWjcAFa8K/FjuRGgSw/4Hpum4+a/oz44btQKlPdVt"
    "GgEC+Qyr+n4F2+GZOUk7sya3dl8EzL8q5ZjnEgUDtwT85yHVF8tuKM4rNsfNVHbJus0TKW"
    "WmYDkt2usrk21xzniTIFgK1p0yJjKyVY5f3O0qPsLNcoO1sxys7Sm4Ju+RPcPdkqYw1rpt"
    "Lv8uPZIZI39nVE2p863dY54v/K7NLuIAW00N+KvPwRkSp3RdnXPs9Lv/yVTwd4Ck2HQ1Ty"
    "xU+2sT/U2et82fm1c3nbum4UHgi+JIwC//OIKDAibvqdgaJ+aQ2G4PiQKorXUr5cJGvxoj"
    "ID6CSX5rBCcUjpDTa+N5nNZJfMeJUQlvxupRWGSH89mppqkkfTLZEWel0zOwrrPjzLMxLB"
    "I/gGtcR6lSFav0O1t71sZRE5RWe3pY1Iq6hqk1xqOyCPt3wkRfGG/vIbJnSuRuevThzOIJ"
    "9S2/xrK3BF26orYDBtb5pn3Tv0uZbw8IQDW0lEX1eIxNbcpqE8ddzETMAkYmY2jnkKQ2/q"
    "CJODHWcLkWHedtdAtFZXsGZ4dodt1fbw2BA0hTBjaW6bDo7WrSVuGtiFEreiuEVcBDbFrJ"
    "YuFfFsJMws+2tTnK54I3WFiBLLJDjCzGyIVido6GBt2zWA2Qa2NwSpB23U9Y2CE5/tR2yw"
    "d0rQ/BuC1ffai+4a1BQ3urC3ARdvpk4wFfJqi+UcNR+xuvJALh9a/2CubVM4hzLFlfQF9L"
    "X7FS6BEQNgvWeg6kRq5/EQ9OReOcii9yZBnnwTTeiCGOjumfveDT61vjs5e4cM8x47PNbH"
    "dB10hzUb28ilDzgzLmh7jft+iPwbeCE6U/pEuKdhE2muaP4Ytfw7QBWLvbuI5wtCY6b1mW"
    "x+AB9DVmSxSqyMvUHc63BEjpg8Xbivkc4e10ET03akG2EV3Qh5/xd2wolL1c7LbfsuhPK4"
    "73ULwMHu3yRsYW9WLNrNcUnZzdXuZm+hK9zJETm5EVvlHrY0x2WaH1vkivdyUlb2dJV7Wq"
    "bZkGk2KmDuNg8nzYYC0RZt9rmRYWOHF5urrGsRsaH79dba1WCqivgOnfMcCEQRzLSINwUR"
    "bRTSZbCRzyYHp4ke8NxFEC/Hyux7Sk4gem6aNqq31jJY1D2CkU2f4CRrRKg90yzzL9aAJ3"
    "qONARcJDPUbTy3NJ1ZxjwOD+7IjHlexNsZa66LZ3PXGYsoP1GPPTOT8MID9YVtQ8QeCH9A"
    "4wl7VNiBCQSebMpjBA0wv6kNMiPiPQjSdJuyf/xqE24NLT6xIcGenc7ZiDKAAwgaVR2Tjc"
    "cxOureXl+z94FG676Wdn0F7XoZs7bbmDUYOoVpk5hQHQM4dhK3xL1Yi6cyDMWkNV1pDVyS"
    "Jv+IbvZVmgKLfVRkfybWm0ov+THnQWcxK0cqx0UlQ1HlgeNr4QUGTlREDpzkwImbNUXHTl"
    "paDp+qDZ8CMTU7ZUrSTqBZlEmmq+gK7iSoHzir5iNRWkj4BgfJhxbs7bJ5ktGgSSTcYI+R"
    "AnsVKPCGRQ8YzyNb/FneCVtuPU9GU3HLBiv/6jnwysSm8iyIWrgMeMMIwmdnHk+6QQaDaD"
    "NVZh4at93OVQdOhPA+jMhAuWn12UpyjvxPybknTwdtP3+HF2jhp4jY5OyOJU1VuqP6yqB3"
    "228raqvtncORLBmR9nXv9jKsEPs6IledbqvLz9kIaqSKynT19jNNsG6zy7nvxCUlRVE5VV"
    "H6dfyTetgL8iqkCcZk5E5/hkHtLV/FUI3KSFTX+0945k0KYek9kfaeiA3Z9ZmhPStSQpsH"
    "2ui4rZRbSiR6NItliQeXrqBXEhXX0iq/TTU3nk/Zp9fTJMmKutzvA051UcXBH2MIueCJoO"
    "EwGH70i0n4sS8f4se/oJn2zK6L0A+2VrrHqEUCFkYcF0OeR4SL8HZGDcgkzb9Hj5exsU5t"
    "wxk1ctMvUZ8uZ+7tuEoCRhIwtSBg5JE9L3JkT2QOLAR+Qk72QOkeCKbyFPxryI65dLppHo"
    "YhHIWgwOqRENtjOtzGXlaRkzd5DuNltZaTh29Sx/HKEAMZYlBBS27DEIPU0WvBOZkbZzNL"
    "ndFZkx4omzaC+tlZskHNnykib5qXajLQG+eI8BInZbADYUql5cTAJKyzlhPggSBYc5h1rp"
    "HoYU8Tm/6FyTFKnAG1cOAuiBLrGT1NMUGE6blwQWQMSRMJ276BiDoR6Uke8DMnH0aNHwOa"
    "wjR+Ov9R3PCnUYM1YbLWgHAQqKApZR3Aj4+CGBFxYpVlTtgb9gHdYfbQIyLepiYcQ8WmGc"
    "FtgFV7pzlYOIDAI4ln8JuFQJrgZ4bHaZUiKMTjcIYC3EVEs4kLkrrYL3Xhd0GZTfNQutL7"
    "5DdK97LT/ahe3F5+VIbnKP59RG5a/WEXTlnwPoyIuKIqv39q3Q6G4AuRLKnGrrgYowL2kn"
    "2YaKLSHRk4KQQODN4HtdW9VH3nh+ByrLQaHRbO70VsvrjUVvL3V4g3PH2fA+XT90tRhktx"
    "lAlddtBSNr5+/doZ02e5jOmzFcb0WdqYFvpNCXIqJijZqUqzU6FGVrCTY4LSFafKfSxZsV"
    "2548CGMSkKbFxoR8cgHRyskmzcJ9mY8RJvAd2bsKXDeoHzYhsfujFo2SNwQualnHI6Bp7N"
    "mX5L9Oc+9y5pZJBv6UrNVTycGVZX7bB+Lk5uHLnXd5+B56ITTjvpmmVhu8lZJs+PBg4wwT"
    "xzKk9fyorYW8H+39OMA9+32Tjn4hydznHgAyRaQEfsB1IbQXwAb8w0mkjkdkG6ZfID3L0M"
    "L+zOwAsSSp5ndOHwBl5/4DWZITci7M7YmkDzzPzgKW2aghwcs8uqSBzrnR7vZ5NlTfKH4n"
    "dmtQTHKAYL+BXZyMA66xxnRJ6mpj7lmWqeKHg4+clqvF/pIHtBnGM0njD0eGhYxN0pcjuB"
    "lQDmiP2zn5GLv7kjAk/wqNkmvBIO+1ljH9GglQDiO2o8IwdrkMhH+ELBs7NHtZlRawBdOh"
    "O5cSKvFdRoIoeKrDucONUs6EiDYgGYjR9Zk+I65EJ1RGofcUvwx9I122YI/QY8Kfh10dkc"
    "xiSPboNn5Cwp509j3Q+JeF3TsgAgwsBZRnR+bfCugKthfwn6UqbceSE2M+iRvIZ/IFBl2q"
    "uk7f82l+3/doXt/zZt+0de9QIwx6VqiPX2Xd8i83IRpBNiEuocUMvQsnX6bz3YjogCULSj"
    "k7KS16pyT7Nh6S6cILdlTiUrISX5lzSt5evXaVQvTKLZS7yCo1IJVO+eXZEi57BwXeXee9"
    "27iI0TtvBcdLqt/h9HX1q/v44Nlute96NfPzoGLv4YKq0E9IeVom2fRsWhz1wVyZQTOaQt"
    "iyCKHeG2ghmK18uREMejzl45KJSFNL2WSR7QEZOi7MsvfZ4p9zVQLRqckQMH1EUEIEGwcF"
    "3i7lZZqXF2cp91Z/jwo0OY3AfB7ADZlDgZiNMN1MaG4HJgEeJOYR47MiI+PQKEBxUJkgUp"
    "tHCwyDQckFq6RfWH3I5ZPr0rPa72ylHwQZNt0uXIUuILV9mwg7wkyvU1OFT5n0akr1wp/X"
    "7rGsrEp+QYzcVpbD2FzCY5Yw4iScx1p/v5HMHfEel12X/lHIn/1egAefzVXkgOefxVbRXI"
    "wzUTZDeX7GaYLJj+VyQhbVREchtpboNho+rZEc9LMY3JyCy/abrokS3TZdacuKRkW6s8F3"
    "HrGONivm5xITkfVceFsGrL9o59CF/Cya1qEG/Byy3TgdAb5FvAtoB7ZsWmhbzYxifE8pHg"
    "kYPtNwwCL3am/aG808UCwAty6CK4O4M+D6K+c5x2H4Sa52LPF7Y+1eCazfrnSbOAuWYl5B"
    "7Hk5wdsXKgn9lSPqU2PxPPG86vxal3GanStts8cOUdF468E7S3cByFc+6Ev2A0D5rpojk1"
    "+al79AMaixbUu2fVa5Q78DnYFYHU2oh45d69QJ6S2BO+ctAdnmrWpHjgsiTI90qQ156Rvb"
    "kFlm6gnCP/E9DjXeU3wY7zDyPCLnQ/sjrifzW4WpmP7WWygclUUftLFeWtNcU5i5igdLOo"
    "MmUhAx93xlokNbWC/MUScUkQpaGO6MvFQE4LbudVPnitVIaavlioaXLc75WPq9hEkZuOWz"
    "JZbiH8NHOWSfeJn/YuZ48kEsAf1PySt1PSk2usO/pMd+l32sNEd2zEOvkvegbvFBkDy5mn"
    "yJBbSzktx2s9pSJplH3SKPx/CtYVOZC8+rXzpXp7kisO8mRFHORJOqEwpXMAhD2ZupFHZ2"
    "ZDlaavDsm7U3q9rVvQDtaeLxA2ESEw5yZk0dt0Z2xufhap+A6zz9ObYjGSV+4gFgDL2+/a"
    "ClzRtuoKmEg3uiFSYa7oelh2aa+JbbxP8ZitOr5MfKvcUYUhvBlYdczLvis3hz52sP2IQ6"
    "U2w/JM1WmuMkFtr7ZqRqvv0hiNJyZ/1CzTUOGQbktu98vD02oR8SPeaQgfLWr7xCWl7VM5"
    "2yfdzWLqKtXPgajs6Ep3tNy0lnt9FdAsm9s9w2rHeipd2Ev1U3FtnV4a1srhjuss7qDkDh"
    "uQjGFhIL8ByEPJVVFwTRU5H+ZzSH5JLYs+OUESTD+zxCvHO3/HyXLL3dVtpFus1JOrB+yO"
    "9eSX3Sh76aV091tl4WRVJsNiUlgqqVJJPYhelUqqVFLzKKktbJv6NEtF9a6sVFC1sI503T"
    "mkob1K1XvEtlMw1CMiUkO95OTsLE+gx9nZ8kAPuJYIZmKDqgDCXvUaoruTRPHsji7OihX7"
    "edDrLtECQpGklmfqLvofskznEDWBFeACGDHVzsc0SBYbgbudkSoWGrjI0hT2uZj9/f/suX"
    "ZK"
)
