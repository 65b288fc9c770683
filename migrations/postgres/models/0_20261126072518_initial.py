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
    "eJztXdty2zgS/RWUXpKp0qQSxU6yztRU0TKdaCJLHknOXFZbNC1CFtcUoCEpOZ7d/Pviwj"
    "spiqQuhrh4SSgQDdKnCaD7oNH4T2OODWg5r5SF+QU+Nc7AfxpIn0NykbjTBA19sQjLaYGr"
    "31msqr4wtQev0p3j2vrEJcVT3XIgKTKgM7HNhWtiRCsrYKHbLoL2Cwco1x1ABF+BPrKegA"
    "6Gn5UfW6fvgGHeQ8cFeArcGQQOnNjQBaZD6i7cj+B2YcOp+e0WTE1kOKyKjR9f0ccbeEKe"
    "b6L7vT9picy/llBz8T0kxTZ53j//RYpJPfgNOv7PxYM2NaFlxJA1DdoAK9fcpwUr6yD3kl"
    "Wkf8SdNsHWco7Cyosnd4ZRUNtELi29h+SP011Im3ftJQUbLS3LU4uPP3/TsAp/xYiMAaf6"
    "0qIqo9L8BcKyhqb1+iNtqI40rZFSpy8Rwd0rmmBEPwXyqg776+/pK/zYenPy/uTD23cnH0"
    "gV9ppByfvv/NEhMFyQwdMbNb6z+7qr8xoM4xBUrqk0sO2ZbmcjG0ok0CWvnUTXx1JceOf6"
    "N82C6N6dkZ9v3uVg+VUZtD8rg5dv3v1AH4hJd+XduOfdabFbFO4QXt4ztJnuzMpgnBCrHd"
    "DvTgoA/e5kLdD0Vhxo8ldDqwzEgcBuwPULQnTDcTyAsnEQcD+8LgDuh9drwaW34uCSj5FC"
    "oeluGuELcsc15zAb5bhkAmrDE33lX+wL+D1+1zlQjzpX6nCkXF3T5ueO85fF8FJGKr3TYq"
    "VPidKXycElaAT81hl9BvQn+LPfUxmc2HHvbfbEsN7ozwZ9J33pYg3hR003opj4xX5RTM02"
    "XOGHSmqOS+5Azd7QJLW8ey1buuNqS6eSnpOyUtMia9oz47VShnNcaLMBfQRj9C5saOqVTB"
    "+yTWiOWBrjS2xD8x4RP5BB3SEvpaMJzMDVcxqvw5aODOLv/mfkl4Y929YfA2cu8XURBMjf"
    "DV1uqinDtnKhNhjUd/rk4VG3DS2GOb2DWzhREtRN35q35skSHen3DB/6h9DX9h12x8ETU/"
    "f+8LQ/H7ndzHXqExULOPaTpePiOfO3I9Lg0XRnxOX2IMvy04sJjtEY3ZJXMFdQ8yVuwQxb"
    "nmvul4HHmWlBVhRtjXj1XBjoyAC9m24XYPIVA8MklawVNMgDOq4D+KcIwk+ASs7wI2uQ+p"
    "93ugPBA4QL0qAL5pjyBwgGjUceuSAv47/VGL2kz3QAgitajC3LNOAPTSILhr92TZe/1zUf"
    "O0kJ0C3zAUqyQUCygXWXbCdNRct5apSMgRwIH85hKw91Y6AO1W5XHZwB/2qMBuqlOhgoXV"
    "rGr5J9+XnICZM+bTmhr+5opHM53phV1IVeJ19JQYLZgXHs37YKYP+2tRZ7eiuOvT/cVTLD"
    "U8LSsRbaEA+mygq6TspKl0tkTftWSzmfKyElna7AlohOVivTZeZhOWxTchLdDHQlVbAfXB"
    "NuVzl8s4Ur4Zwc8o/ezZB8zL75GOK/jAad9qiROcHtAN12pKmawpvougXwDaerHSDciTVW"
    "U4xTE/walMvQimsH8LRS+giOMPln9x+9UGN2UW1kz1lFVLJOA3dL4x5muE3nnqCvgAG0gk"
    "89G/vzoKWjdJBS2H8vS3EvDdNVV5A1kGa4w7vNXIKb1tNgUHEjwU10A0i3cCGYzHR0D8/A"
    "4wwDwzTI/7oLXEyJ58kMOMu7f8OJ2+T8NYsrY1J3cEoGPsby6lM3iwnf+RMYZR75hm/Zvd"
    "twtrwFjv5En+JAQL1uy0SQs+kMGNKihdE9KcFN4GByg7xGwMgDB0JnjEzXCVhu5wUXdPhL"
    "hJw8rYQf0T7o7HPz/v+F0f5Hq/X27fvW67fvPpyevH9/+uF1YHOmb+UZn+edT9T+bEb5hc"
    "28N55MlrZdif5JiB6G6HuGiaUW7A8ZBrGtPRAgqy5yxFsQeqXjWhmMenShw7sYo/bNcNS/"
    "okX+1Rj1r9WBMuqTMv9qjIZ/DEfq1Rng/4uxFsKBL+ue45065TXjPgged3CmW1MNTysyIH"
    "lNSMiz6aZya3ihhMiDjTBhxp4FyVEqAXNSroZg736N1Aet1JARF5KkdMYo8XyLVJuH32Pj"
    "oUVYRKk3qtw5TyP6y7Dfy4Y0lEi6S+bEBf8Flukcoa2QAxqFIuYj+aPqyyvl9+SA2+72z5"
    "POD23gPGlLUCakDOyBgES9Ouo21J1yFlwoUbudTKevi2xlIrXWGhXsXsZq4TPFGC+Jgmzz"
    "7/VRxrEKzXwaNlm1QKSxv/oAYg8CXeiSrnvG2dKQppzrT8DANNA2Gib8wgHcJ8uKSN7tAx"
    "gNixcQ0W3StzSeeNz4yRc2jZ/Pfgp5UuPncSMSwWyxJ1IRIm6Q9wPYBgRNG6+gEUQyjxGm"
    "TOqj6cCP5KG0Gu8HTWC6tA0nHr2sWxZ+ZFHL9K38h9BwZf+taMv+S8kYZAFjkJ0JpgIl5r"
    "VQYquJTTSv4tAzG1tqqcqLBsIiO86Na7V30el9OgPexRgp19eD/lf14gz4VzQc/Be1PaJl"
    "/hUt+9r/wovYxRipv193BrTEuxCDJnXw0p5U12IgLbQau+popA40ZaQpw2G/3VFGnX7vDG"
    "QWj5FHf2sD9dcbdTgK+HC/oIriWkWIq9Z64qqVIq78WbSMZRmV2UlMv0AZCE6KWJYn6w3L"
    "k9QmeRuSP9KpFtCflJXx/EKv8xlwYhrVovljkjKWX2Qtr3TLNLQlcs2MPWv5ak6ISj2LrG"
    "eZ9uL/Q8sHJtYE0+WemDUx1pVEM3bqsrJUR1zlzpGDZfKQG0f2sXHkmROlnJuW1chYu2Dl"
    "zbwlizu/xqaVivVwSjZdLDbdhtNyJtV0d+yfQGzS7gPN9DleogyH5Aojb5xMgRuK1GmuP0"
    "jofmSUcJxlJV8wJij5O6F9wYVuVlFxREz6+iLrVzqiB3KYpFHfqIlRz7fGZpn1wabZHMM+"
    "rLMxCGk0g4DXBzogfR5aViR8xqEhN1Ns88yAYUrAV0BdQfvJ299Jw3pMBG75L+c2HYm0t6"
    "dIB0QsB2SbzXZHsc3uqt8bfe7+cQa8Cxpw0P6ifFJpoAG7SH78zxMZIh2W53FY4LeZTuYV"
    "mv4ib/fX5t6Q2ZDYXUPp3dCsmvz/MVJuRn3tcqCqf5LOEfkhRgeRhyhsMqBq4XssF0ZFNc"
    "clpZqFVrN0Mfe2hzm0x0vux08J7gbfo7efpQMvhgMfgZ27lGnU/aRWl1+KprNqs6ZqBPr3"
    "3HRs8dMV4uCVTMWWONLhqIaFwunYUmNigY92B0yS91Wu5ZPCr3YTq6RNwqpy3fiYpp2mpG"
    "0kbSP+PCRpG0nb5HSQhQ1XJl46WoWekiFbo6xVB+4xMrmeTK539H1mdzmcmFVciU2OSUqa"
    "UWia0fOBSnWdmEydTLR9kWDrMoyXpsAKJxgXDeCidELs0xIpfqWtO7M2Xi6y0+pE7jbzGI"
    "cJqUdACCpKvuGYengzh2+Qcep7ilOf6hOorXRrmZEUJMcziovVaZI6sFd0p1v+nFQY/IiM"
    "RF7uFJD295HkgJCKlvEcx2GKyYgD0SIODGh4J3VvF3TA3agLv7UaQZ8Rd7BD/xQj35VMe6"
    "f+vWaubxqtJR3TYxoNm9IxzQB2z45p7SMM+peX3U5P1S46A7U96v6hDTufejRh6JobbKH1"
    "c3/Q+VO90EZqV71SBl+I4dX7RGoO2/2b3ogtv+ZXGaNEs9rwWm13lK5GHktXp3Jvj9H1oH"
    "+pDoedfo+UDdXB106bhkRklFZZutp9VkeHWCSVvLyYoDT+hTb+ITKcCiqOiMn94CLrVzp3"
    "0rkTwMNoHs9+8KSbl+m2pDzBPO+FVtaMWO0CB1bQHdsAT4GOAPzGTnJwlzYENBMHP8RXB3"
    "TRDvD2s06kqNCC9JHE8pFkjOrzrHDw3loxz3VMVNq/YttHfHQuZx1FZerUyXYWoheZbspB"
    "mxaU+BawPYO4nW0tz1i00JGBXNj2jHbfzdlbI5/kDhBW463VFOJ0NxbKwvf9qyzTPuJ75d"
    "j00VoFbPmJhZfh4WhAn0yojZZls6+pSY+Do4mdvN80PxNE9G0M8NJx4QKcUEOfHti2sPGE"
    "WCA2/AFg8iXSw9xmukNMfZqClp7yxhqwn+hxbWN0q5PJFM4hcjXSNFxwu+W2yZqaY3qDtu"
    "Dfix1WBwJZdvTbwjZX+uQJsPOqaKl0KER0KPgHpLHfKXjzDkuPy8llmI3LMHCuZ4XOrMc4"
    "EKgduK3TQqd6neYc63Waja+2grZJGq3iqWU2IOlskd21he44j5gYAGROm5XpWylBkRc4K/"
    "ey00K97DSnl52mVwG3OLrSPIKTK8mcqQ567ERDujU39nOM2p87PeUMsP+qLMvuIZkat9/K"
    "fPwREZFVUfWzL/LRr//k0zs2uaXDIKr44SfbOODx5J3eRedr5+JG6TZKdwRfkvYC/3qMVN"
    "ojrgedoapdKcMRjXRIFcVrqVfnyVqsqEoH2v15oDa8N4nPZFc89ywhLPldoQ2GiL5Wpq6Z"
    "aGW6FRKsbWpmT/u0j8/zjGzP4XyDVmG+yhCt3zl0u562soicsqPb2kakVyTaIJdaDigSCh"
    "/JibZlMPyWGeTEUH46ED7Wo5bkD7fNv3cCV7StugJGh+1tEzt656TVEh6WQWAnmS/rChFf"
    "mtt2n04dFzETMPENMVtvaAr31dQRpjmc30Fbsz0gtkRLRcT+X9imA6N1a4mbTl0diVtZ3C"
    "Kr3ttiVssogXj2DOJp/L0tTpeskbpChBHxgmGEbNgSrU7Q0NG6a/mA0dOu7BVxWk2PmN0S"
    "sIHXXpTnreOHRnDDS3sXcLFm6gRTqTikWNpHcwW13JztPrR+7vZdO93H0oNLRm9l2BMZcV"
    "zZVsf6iC4Y1A/sHiZQILiLm5lBaNaSwGuzPRdBk4BbVK+ASu4ZIDCswAOEC3ALaSkNu8oK"
    "CNtx6zIeS6x4LLkJfl+niPMOQ5cRaHffciU32ozIS+iNm17nskO3wnsXYzRUr5WBMlLPgH"
    "8lRhyD5537S+XbJC1Y05TQihqow/7NoK1qSttLQJAsGaN2t39zEVaI/Ryjy05P6bEEA0GN"
    "VJEYK+5EbXa1Bam4pFxrF24ZKpFLoFocZkROLjSKrGGPGSxlCcZk5G6ujEgJb/oqh2pURq"
    "K6eY8c/wzTCMvsDOntW7Euu3mHHP8WJbSFoI32W5E2xUWXHLL4lPiKRA6Rkqi4kUD5baa7"
    "8X1lFMTlHBppOiSnLt0hd8uy2PMECLd0jxzbEEezYLCcFyZi+S4+xvNegLn+RO4/scpkrn"
    "RfAQUFfAvPk4GexoiJsHbGDbqjjv2O5tWw4QTbhjNuSKJFEi0CAbtvokWmKHmWFCWRsa4U"
    "+Ak5qYHKGnAWLFK2PKkRkTsMpfEM5/PWwt+NQlBi8kiIHXD3T+Mgk0jrdZFko6TWeo7wdS"
    "rdqMxUKDMVCuiw7e7g+0QeQJmNfo0G9pqN3osYy/Bww1iy9c7tNKyz0a/tI+oS6g7xMHUU"
    "TdwytfHfEL0CiXwuS4c+BWBkPYHHGUQAERuO3uCxJGlneNcPYB60F7jyAJ+YAz1u/BS42q"
    "bx89lP/IE/jxukCZO0Rp1mjgqYYaIAlgqmd9Pt8uwzljkl3+NHcAfJS48R//SaNKUM6UPc"
    "P6ce253uQB6uQF+Jv4Pf7II8Ovgzw9Q40skW0smmeqq6jBtKC71ye632Lmhe+PObi0/q6A"
    "zEf9PT7pMHGPM7mvr7Z+VmOKKr88kSMdZpeY/baud7ogmhFRksmwdL6t6FpvQuNH85Prgd"
    "KxVDYeFoXcY9iUvtZGetQAzXyYcCKJ98WH8QwockygivS4GSja9fv3Z+32khv+80x+87Tf"
    "t93FqpQKPEBGVoiNBECrcDKyg5JiiDQ0TWsSRw9hUgQpcwUVlg40J7SlBydLBKXuyQvFjG"
    "R7wDdK/Dlo7rAy6KbbzrxqAlr8DolecKE4nsIczg0OI7DNfzaGa8XsHTUAgkLxwQyp4BHV"
    "gmegAviRQmP34dgAl52A8Asy0yfP9kRAC42COY1uZf3stz/OzNLn6AiNJqzgw/IsaQNYHu"
    "gokNmdxHTs6ZrgOGn5UfW6fvgGHeQ4fRd6S72dDgrB7LsUwLDWgTV84YI2IMz70IlhWesN"
    "Z4EuelA3nKZ8aesdgZC08eJH0mIH3GekpV5iUQFppzGahDtdul7Jh/NUYD9VIdDGjaQf+q"
    "Cruy+x0qtT9Hs9vpfTkD9N8x6vfoyZlngP8vhgLYeFk61W9cSkZwJWBOR3Cx6aeSdx6XlB"
    "yM0P45/LYwSXNVNujEJKWahVYzHSyI0ZcRXpCzRScUkURBmn8h2PBcpCUwjckcjtV6fSSQ"
    "UjfloWIG5qikpIRFHouYSwxLngEXF5LjkTh8sGjT9p4J4edgLEWDeAeUZSYb7HXyw3Ltgg"
    "0LRbGND4jVI1Bl9udnDDz1h4AM1jwyOqynzCOD0Ua+fD0SkvEVi/EtewxfbY/fe9MqElpE"
    "aq2nD1vpLSUYLygg9JyOrbj1zIaEpnaPiWeX/OOmqeponcGUdV3ITlmYNDh1WxtlYX7hEa"
    "7HqfMNh1NIW64EWPIkD5GTcx+JW5b2Xw+elPtoPqZ9elKprNwZLlVW5u71vlUqb7j0smrl"
    "ZcncL3uKHFjplknMOBvPy1rucUlpuQtnuafVTNMgZ3jQRfQciEpFC61ouYVD7jUQwHxs7j"
    "YHx56NUX7mSbYRGpyHkmt8hrUKRMI7yztacgcNGsm9pAc+8AZegd9mzN6k6RV4wPhiQWpN"
    "sWXhR5YWgoeIe2HpLxwvxYKTFQi/r8dI21jaxmIAu2fb+HmXdp57+tz/4k44QFVJwZcUlo"
    "apNEyPQqvSMJWGaRHDVIG2OZllmaXenVyjVA/rSBr0mLp2nqm3grZTMpNpRKSGdknr9LSA"
    "XUJqrU/JRO8lcjKRTlUCYa96DdF9Uyhb0JucbEFvMrLEYuTCrI0Yvwz7vTVWQCiStPLMiQ"
    "v+CyzTOUZLIAdcCkbMtPMxfXml/J6Eu93tnydtNtrAeZalcMjJ7Pv/AHnkeMU="
)
