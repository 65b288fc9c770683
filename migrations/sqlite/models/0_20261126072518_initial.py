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
