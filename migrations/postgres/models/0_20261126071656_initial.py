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
COMMENT ON TABLE "customer" IS 'A cloud customer account. `enabled_at` is the moment of step 4: billing country set and the';
CREATE TABLE IF NOT EXISTS "bill" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "amount" DECIMAL(14,2) NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "cash_coupon" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "face_value" DECIMAL(14,2) NOT NULL,
    "balance" DECIMAL(14,2) NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "valid_until" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "cash_expenditure" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "amount" DECIMAL(14,2) NOT NULL,
    "spent_at" TIMESTAMPTZ NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_cash_expend_spent_a_5f22c6" ON "cash_expenditure" ("spent_at");
CREATE TABLE IF NOT EXISTS "contract" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "kind" VARCHAR(40) NOT NULL,
    "signed_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "contract"."kind" IS 'OFFLINE_DIRECTLY_SIGNED: OFFLINE_DIRECTLY_SIGNED\nAUTHORIZED_TELEMARKETING_DISCOUNT: AUTHORIZED_TELEMARKETING_DISCOUNT\nDIRECTLY_SIGNED_SPECIAL_OFFER: DIRECTLY_SIGNED_SPECIAL_OFFER\nPROFESSIONAL_SERVICE: PROFESSIONAL_SERVICE';
CREATE TABLE IF NOT EXISTS "coupon_deduction" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "amount" DECIMAL(14,2) NOT NULL,
    "deducted_at" TIMESTAMPTZ NOT NULL,
    "coupon_id" INT NOT NULL REFERENCES "cash_coupon" ("id") ON DELETE CASCADE,
    "expenditure_id" INT NOT NULL REFERENCES "cash_expenditure" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "coupon_deduction" IS 'A part of an expenditure paid with a cash coupon.';
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
COMMENT ON TABLE "invitation" IS 'A partner''s invitation. The token is shown once, at creation; only its SHA-256 digest is';
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
    "amount" DECIMAL(14,2) NOT NULL,
    "exhaustion_action" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "association_id" INT NOT NULL UNIQUE REFERENCES "association" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "budget"."kind" IS 'MONTHLY: MONTHLY\nPACKAGE: PACKAGE';
COMMENT ON COLUMN "budget"."exhaustion_action" IS 'MANUAL: MANUAL\nAUTO_FREEZE: AUTO_FREEZE';
COMMENT ON TABLE "budget" IS 'The budget a reseller partner sets for one association. Every change is in `changes`.';
CREATE TABLE IF NOT EXISTS "budget_change" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "exhaustion_action" VARCHAR(16) NOT NULL,
    "previous_amount" DECIMAL(14,2),
    "actor_kind" VARCHAR(16) NOT NULL,
    "actor_id" INT,
    "changed_at" TIMESTAMPTZ NOT NULL,
    "budget_id" INT NOT NULL REFERENCES "budget" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "budget_change"."kind" IS 'MONTHLY: MONTHLY\nPACKAGE: PACKAGE';
COMMENT ON COLUMN "budget_change"."exhaustion_action" IS 'MANUAL: MANUAL\nAUTO_FREEZE: AUTO_FREEZE';
COMMENT ON COLUMN "budget_change"."actor_kind" IS 'PARTNER: PARTNER\nCUSTOMER: CUSTOMER\nOPERATOR: OPERATOR\nSYSTEM: SYSTEM';
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
    "eJztXW1z2zYS/isYfUk6o3oSxU58bqcztEwnamTJleRc29MNTZOQhTMFqiQlx23z3w8vfC"
    "dFkZRkQyq+JBSIBelnAXD3wWLxV2Nmm9Byj5Q5+gyfGmfgrwbWZ5BcpO40QUOfz6NyWuDp"
    "dxarqs+R9uBXunM9Rzc8UjzRLReSIhO6hoPmHrIxrayAue54GDqvXKBcdwARPAJ9bD0BHQ"
    "w/Kd+3Tt4DE91D1wP2BHhTCFxoONADyCV1594P4HbuwAn6egsmCJsuq+LYj0f08aZtkOcj"
    "fL/zJy0w+mMBNc++h6TYIc/7z39JMakHv0I3+Dl/0CYIWmYCWWTSBli55j3NWVkHe5esIv"
    "0j7jTDthYzHFWeP3lTG4e1EfZo6T0kf5zuQdq85ywo2HhhWb5aAvz5m0ZV+CvGZEw40RcW"
    "VRmV5i8QlTU0rdcfaUN1pGmNjDoDiRjufpFhY9oVyKu67K+/p6/wfevt8Yfj03fvj09JFf"
    "aaYcmHb/zRETBckMHTGzW+sfu6p/MaDOMIVK6pLLDtqe7kIxtJpNAlr51GN8BSXHhn+lfN"
    "gvjem5Kfb98XYPlFGbQ/KYPXb99/Rx9ok+HKh3HPv9NityjcEbx8ZGhT3Z1WwTgldnBAvz"
    "8uAfT745VA01tJoMlfDa0qEIcC2wE3KIjQjebxEMrGs4B7+qYEuKdvVoJLbyXBJZ2RQqHp"
    "XhbhC3LHQzOYj3JSMgW16YseBRe7An6H/boA6lHnSh2OlKtr2vzMdf+wGF7KSKV3Wqz0KV"
    "X6Oj25hI2Af3dGnwD9CX7v91QGp+169w57YlRv9HuDvpO+8GwN24+absYxCYqDooSaHbi0"
    "H2qpOSm5BTX7U5PU8va1bOmupy3cWnpOy0pNi6xp34zXKhnOSaH1BvQezNHbsKGpVzJ5yD"
    "ehOWJZjC9tB6J7TPxABnWHvJSODZiDq+80Xkct7RnE34JuFJRGI9vRH0NnLtW7CALk74Ye"
    "N9WUYVu5UBsM6jvdeHjUHVNLYE7v2C07VRLWzd6atWbpEh3r9wwf+ofQ1w4cdte1DaT7f3"
    "jWn4/dbhY69amKJRx7Y+F69oz52zFp8Ii8KXG5fcjy/PRygmM8xrfkFdASaoHELZjalu+a"
    "B2XgcYosyIrirRGvngsDHZugd9PtApv0YmAiUslaQpM8oOO5gHdFEHUBKjm1H1mD1P+801"
    "0IHiCckwY9MLMpf4Bh2HjskXPyMsFbjfFr+kwXYLikxbZlIRN+1ySyYPhLF3n8va753ElK"
    "gG6hByjJBgHJBjZc8p00FS9mmVkyAXIo/HwOW3WoGwN1qHa76uAMBFdjPFAv1cFA6dIyfp"
    "Ueyy9DTiD6tIVBX93VyOBy/TmrrAu9Sr6WggSzA5PYv2uVwP5dayX29FYS+2C6q2WGZ4Sl"
    "Yy20IR5+KmvoOi0rXS6RNR1YLdV8rpSUdLpCWyL+sVoij5mH1bDNyEl0c9CVVMFucE25Xd"
    "XwzReuhXN6yt97N0PyMbvmY4j/Mhp02qNG7gduC+i2Y00dKLypoVsC3+hztQWEO4nGDhTj"
    "zAd+BcpVaMWVE3hWKX0MRzb5Z/udXqg5u6w28r9ZZVSySgN3C/Me5rhN575goIABtMKuno"
    "/9edjSXjpIGey/VaW4Fyby1CVkDWQZ7uhus5DgpvU0GFZcS3AT3QAyLDwIjKmO7+EZeJza"
    "wEQm+V/3gGdT4tmYAndx9z9oeE3OX7O4MiZ1Bydk4mMsrz7x8pjwrT+BUeaxPnzL7t1GX8"
    "tb4OpP9CkuBNTrthCGnE1nwJAWLRvfkxK7CVyb3CCvETLywIXQHWPkuSHL7b7igi5/iYiT"
    "p5XsR7wLOvsc3f9TGO1/tVrv3n1ovXn3/vTk+MOHk9M3oc2ZvVVkfJ53PlL7sxnnF9bz3r"
    "ZhLBynFv2TEn0eou8FPiwHwf6QadB2tAcCZN1FjmQLQq90XCuDUY8udPgXY9y+GY76V7Qo"
    "uBrj/rU6UEZ9UhZcjfHwt+FIvToD/H8x1kI48FXdc3urTvmBcR8Ejzs41a2JZk9qMiBFTU"
    "jI8+mmamt4kYTIk40wYca+BclRqgBzWu4Awd7+GmkAWqUpIykkSemcWeLlFqnWT7/7xkOL"
    "sIhy2Khy5zyL6M/Dfi8f0kgi7S4hwwN/Awu5e2grFIBGoUj4SMGs+vpK+TU94ba7/fO080"
    "MbOE/bEpQJqQJ7KCBRr4+6A3W3mgUXSRzcTqaTN2W2MpFaK40Kdi9ntfCFYowXREEO+nN1"
    "lHGiQrOYhk1XLRFpHKw+gMSDQBd6ZOiecbY0oiln+hMwbRpoGw8TfuUC7pPlRSRv9wGMhr"
    "XnENNt0rc0nnjc+DEQRuZPZz9GPKn507gRi2C22BOpCBE3yfsB2wEETcdeQjOMZB5jmzKp"
    "j8iFP5CH0mp8HDQB8mgbbjJ6Wbcs+5FFLdO3Ch5Cw5WDt6ItBy8lY5AFjEF2DZsKVPiuRR"
    "IbfdhE8yqe+8vGllrq8qKhsMiOc+Na7V10eh/PgH8xxsr19aD/Rb04A8EVDQf/WW2PaFlw"
    "Rcu+9D/zInYxxuqv150BLfEvxKBJXXvhGPW1GEoLrcauOhqpA00Zacpw2G93lFGn3zsDuc"
    "Vj7NPf2kD95UYdjkI+PCioo7hWGeKqtZq4amWIq+ArWsWyjMtsJaZfoAwEx2Usy+PVhuVx"
    "ZpO8A8kf6dYL6E/Lynh+odf5TGggs140f0JSxvKLrOWlbiFTW2AP5exZK1ZzSlTqWWQ9y7"
    "QX/wwtPzOxJpgud8SsibGuJJqxcygrS4eIq9w58myZPOTGkV1sHHnhRCnnyLIaOWsXrLxZ"
    "tGRxF9RYt1KxGk7JpovFpjtwUs2kmmyP/ROITdp+oJk+sxc4zyGBBprp1ooV+FAo7YtwqS"
    "Nfen8nzjx8L9R250rpvn573OTRZcTtQHyqjBN5qe3krruo5fMlBCVPJ7TPN9dRHRXHxKRP"
    "L7J+pcP5TI6RNN4bB2K88y2weeZ7uDm2wICP6qwNNhpNIeD1gQ7ImIeWFQuTcWlozcR2eA"
    "bAKPXfEVCX0Hny93HS8B2EwS3/5d5mI4529hTpaIjlaGyyqW4vttNd9XujT93fzoB/QQML"
    "2p+VjyoNKGAX6c7/MhEg0jHZrWMCv0518v2g6SyKdnOt7/W5DYk9BJTeDc2Syf8fY+Vm1N"
    "cuB6r6OxkEsR9iDAR5KEKdMbF3PsZibtZUc1JSqlloNUtXcmd7kiO7u+L++ozgdvDdeztZ"
    "OupiOOox2LnrmEU9SFJ1+blseqo2a+qAQP9WmF4teVpCEryKqdVSRzTs1bRQOr1aZk4s0W"
    "m3wBj5vXIlbxT12nXskWZEVeU68D59dpqSnpH0jCD6kPSMpGeKB8LcgUtkL1yt1ojIkd54"
    "aOzPQnCtkSGT38nkdxXccsFGw9ZzLDErtxY7nJCUtKHQtKHv01QaOgkZSRmuJ7VWZQCvTG"
    "mVTgAuGsBl6YFE1xIp7qStu9O2vZjnp72J3W0WMQgGqUdACCtK/mCfRnizgD+QceQ7iiOf"
    "6AbUlrq1yEnaUegBJQUlL7DG+7nTreDbUwHkmJREeA3CMmL/H2BPC5VzQSpaxlvsh2klIw"
    "JEiwgwoemfjL1ZUAB3iy6C1g4I+py4gO36m+pXlvrTWzi5C9fpKs21nidM1Zbu5z7NkU3p"
    "fuYAK7cxi2LC1XKKXDIjeTV8oricPFNMZEM5DkGFKSoldnCp4VulEli1ChJYtWQCK+mUiP"
    "AxeMYwZeZMaNI3eVnfxMaB35B1SoJ7zUJvJF5LeiH7NCk2pRey7tO+fS/k4KOT+5eX3U5P"
    "1S46A7U96v6mDTsfe/TwgBU3WPDmp/6g87t6oY3UrnqlDD4TW7f3kdQctvs3vREL6SyuMs"
    "apZrXhNXFilK5GHksj4Qpvj/H1oH+pDoedfo+UDdXBl06bhlPnlDZqdKPtZ3h3iWFSawUq"
    "ISgXJoT2tyA23RoqjonJnFEi61f6eNLHE8DDaO5Pzqi0m5frtmQ8wSLvJemFlvJiGgrL6g"
    "TsCdAxiK3EAJqtDzwibwp0QJdpAG8/73S6Gi1IH0ksH0kuKOx2QYGPyppn2yREpZ0rth3E"
    "Z+FqVlBcRtpAOdt+Yp+VatBmBSW+JWzMcC/AphZmYgfCnoFc2saMD9/1Jzakwl22gHAq3O"
    "ZAYc4OZaGs+cCXyjPjY35Wgf0er1XCbjcsexEdigx0w6DW2BG4hZg2Se0FdrYzPWl5Rqpg"
    "ZqO7HpyD4zNAD42g5zIzIeeJ5nRlhyyT2jkW/s6eNcZRo+QzDJkovTd30FI3SF16Qi0vNQ"
    "w4J71a+g8i+g+8R2jsdwbe1YstaTm56rJ21QXO9Lwo/tUYhwIHB27rpNSBvicFJ/qe5OOr"
    "LaGDSKN1HLbcBiR7LbLXNtdd99EmNsCUmFNVxlZGUOT1zNqj7KTUKDspGGUn2UW/DU6tR3"
    "twaD35ZqqDHjvMnGb3Sfwc4/anTk85A+y/OquwO8i7zI2zKp0/JiKyKup2+zKdfnWXzyaD"
    "4ZYOg6hmx0+38Yzhp53eRedL5+JG6TYqD4RAko6C4HqMVToirgedoapdKcMRDWzIFCVrqV"
    "fn6VqsqM4AapWyHAoMh4zd4MB7RDwep+aRxylhSfMKbTDE9LVEuobwEnk1cjGva2ZHKaD2"
    "z/OMZQTgZIJW43uVI3p4R1Bv+7MVsDJawL/UmN1WNiK9ItEmucyqQJkA+Fj65A1j3zdMNi"
    "2G8rNx74kRtSB/uIP+3Apc8bYOFTA6bW+aA94/Ivkg4WHJybaSJP9QIeIrdJtuyznEtcxV"
    "K5NbwOowVyVT/YpvGNp4w1e07+gQYZrB2R10NMcHYkO0VEwcprmDXBive5C46dQ3lLhVxW"
    "1CvI0/N53CLlkjhwqRjYknDGOEw4ZodcKG9tZlKwaMHoLrLInjinxydkPABn57ca73EDsa"
    "wc1eONuAizVzSDBVCkdKZJVHS6gVHvEUQBsc9bRtx3tfRnDFIK6cT2ROOFf+h3R1YBcM64"
    "efciZQIsaLW05BvBVYEHgdts0ibBJwI+EIqOSeCUJbATxAOKfxWSaPzsrbt7Hl1mVMllgx"
    "WXLf+66yb/EBQ5cS6HDfcDU33ozIy+iNm17nskN3v/sXYzxUr5WBMlLPQHAlRiyD73AGy+"
    "Wb5ClY0ZTQihqow/7NoK1qStvPOZAuGeN2t39zEVVI/Bzjy05P6bGcAmGNTJEYq+5EbU69"
    "RamkpFxvF24pKpU+oF4sZkxOLjaKrGGf7KpkCSZk5MaunGgJ//NVDdW4jER1/XY53g2zCM"
    "uEDNldXIkhu36zHO+LEtpS0MbHrUh743wqPYdKiUj21fTJJKqzljHpYwgcqLs2pjxGQGwg"
    "F0wc+0+Ij8BoCuPFC5c+BdjYegKPU4gBtkkL5AYn2bKkybYfMMZjfOszeg/wiW2iGzd+DD"
    "fFIfOnsx/5A38aN0gTiLRGd9lxVMDUJgpgG+Z6N90ueY4BgYUmpG//AO4geekx5t24CZAH"
    "SH/ge/QoZ3Cnu5DzOPSV+DsEzc7Jo8M/M9r4J2keIWkeqqe6/m0kLbRLe632LmiOvPObi4"
    "8q8UaTv+mp4emDY/kdTf31k3IzHFHaIl0ihgPLR9xG2wJSTQityJBPCLkG/0JTehdawFOE"
    "txOlYigsmq2rsKtJqa2EHQvEsR6flkD5+HR1UsjTNMrYXrU/LB/foP7BZWQ/KZWR/aQgI/"
    "tJNiM7t1Zq8CkJQcmZCc2ocDuwhpITgpI1E1nHMu3mrpgzmtQQVwU2KbSj3Vt7B2tRpimZ"
    "zXTb2UxzOvEW0L2OWtqvDlwW2+TQTUBLXoHRKy/Fn8WCK3M4tGTo5WoeDSXrlcwMSyB55Y"
    "JIljNcnv0AMeWq3Kn9iBnt1AS6BwwHslo/cMYLeS4YflK+b528Bya6hy7lxDKc2q4eNCYa"
    "J93c5C2xRFK0JRM6xBMzKWM3Y2SYA5e2wVprst8LF/JUVUGSKpr+yniQ5JeA5Bfr53V5k1"
    "BYaMZkoA7VbpdyW8HVGA/US3UwoBkVgqs63Mj2A28O/kSQbqf3+QzQf8e436NngJwB/r8Y"
    "CmDzZeUsRkkpGQGYgjkbAcg+P7V866SkZFCE9q7h1zkizdWJO0pISjULrWY6WRCjL2eLSk"
    "HkUSQi3fwse0Kw4WlWKmCakHk+TurNnkBK3ZSHmsml4pKS0BV5LmIOMKyY5T4pJOcjcdhc"
    "0T7bO6ZzX4JvFA3iLRCOuVyuP8iflykXbFooi21yQqx/srNMbPWCBzoHU0AO5x2bHVYT3r"
    "HJSJ7mvFdfmGYB41v1hIGDPVngbatMYBCptZo+bGUCgwzbnlNAaArSjbj13IaEpnb3iWeX"
    "/OO6T9XeOoMZ67qUnTJHNLR0Uxtljj7z+NT91PmavJvSlpNJSg8k59ieuGVZ//XZc43tTW"
    "fapSeVSTaW41LlJSRb7Vtl0qFJL+ugvCyZO2hHkQNL3ULEjHPsWVXLPSkpLXfhLPesmml2"
    "pxwPuoyeQ1GpaKEVLTdgyJ0CApiPzTo7BV4mmj1M5ZpvhIZpXguNz6hWiTh2d3FHS+6g6R"
    "9kHDRwBP49ZfYmTY5Ag8w9ez6noeG2ZdmPbhQi7md0eOX6CRLcvHSau3qMtI2lbSwGsDu2"
    "jV92aeelP5+7X9yJJqg66RLTwtIwlYbpXmhVGqbSMC1jmCrQQcY0zyz17xQapXpUR9Kg+z"
    "S0i0y9JXTc3AMWVhslMZEDtEt2chY8HVQVEParHyC6b0vl+nlbkOvnbTbXDz2kDOZtxPh5"
    "2O+tsAIikbSVhwwP/A0s5O6jJVAALgUjYdoFmL6+Un5Nw93u9s/TNhtt4DzPUnjOj9m3/w"
    "OmKpdu"
)
