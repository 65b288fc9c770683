from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "attempt_counter" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(200) NOT NULL UNIQUE,
    "window_start" TIMESTAMP NOT NULL,
    "count" INT NOT NULL
) /* Failed attempts at a secret for one subject (an account, a client address) in the fixed */;
CREATE INDEX IF NOT EXISTS "idx_attempt_cou_window__0a834f" ON "attempt_counter" ("window_start");
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
CREATE TABLE IF NOT EXISTS "idempotency_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "scope" VARCHAR(100) NOT NULL,
    "key_digest" VARCHAR(64) NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "completed_at" TIMESTAMP,
    "status_code" INT,
    "response" BLOB,
    "expires_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_idempotency_scope_3714bb" UNIQUE ("scope", "key_digest")
) /* One `Idempotency-Key` of one caller, and the response its first request got. */;
CREATE INDEX IF NOT EXISTS "idx_idempotency_expires_d7c672" ON "idempotency_record" ("expires_at");
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
CREATE TABLE IF NOT EXISTS "budget_alert" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "period_start" TIMESTAMP NOT NULL,
    "threshold_percent" INT NOT NULL,
    "reached_at" TIMESTAMP NOT NULL,
    "budget_id" INT NOT NULL REFERENCES "budget" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_budget_aler_budget__61a0b8" UNIQUE ("budget_id", "period_start", "threshold_percent")
) /* A threshold of a budget reached in one period. Unique, so each alert is raised once. */;
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
CREATE TABLE IF NOT EXISTS "customer_order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PURCHASE: PURCHASE\nRENEWAL: RENEWAL\nCHANGE: CHANGE */,
    "amount" BIGINT NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "placed_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "placed_by_partner_id" INT REFERENCES "partner" ("id") ON DELETE SET NULL,
    "expenditure_id" INT NOT NULL UNIQUE REFERENCES "expenditure" ("id") ON DELETE RESTRICT
) /* A purchase, renewal or change the customer (or its authorized partner) placed. */;
CREATE INDEX IF NOT EXISTS "idx_customer_or_placed__4a1475" ON "customer_order" ("placed_at");
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
    "eJztXW1z4riy/isqvkymip2ayU5m52a2tookzgxnMpADZN8Op4xji+AbI3Fsk2z23P3vVy"
    "353QZsA4nw6ksCslo2jyyp+1F367+tObWw473pLOyv+Kl1iv7bIsYcsw+ZK23UMhaLuBwK"
    "fOPW4VWNha3fB5VuPd81TJ8VTw3Hw6zIwp7p2gvfpgQqd9DCcH2C3Vce6lx3ERN8g/rEeU"
    "IGGn7pfHd88gFZ9h32fESnyJ9h5GHTxT6yPVZ34X9Ck4WLp/YfEzS1ieXxKi59fAO3t6jJ"
    "7m+Tu73faUns/yyx7tM7zIpddr9//ZsVs3r4D+yFXxf3+tTGjpVC1ragAV6u+08LXtYl/i"
    "WvCD/iVjeps5yTuPLiyZ9REtW2iQ+ld5j9OMPH0LzvLgFssnScoFtC/MWTxlXEIyZkLDw1"
    "lg50GUiLB4jLWrre64/0oTbS9VauO0OJBO5BkUkJvArsUT3+6+/gEb47fvf+h/cfv//w/i"
    "Orwh8zKvnhL3HrGBghyOHpjVp/8euGb4gaHOMYVNFTeWDPZ4ZbjGwskUGXPXYW3RBLeeGd"
    "G3/oDiZ3/ox9ffdhDZY/dwbnXzqDo3cfXsMNKRuuYhj3givH/BLAHcMrRoY+M7xZFYwzYo"
    "0D+sP7EkB/eL8SaLiUBpr9auxUgTgS2A24YUGMbjyPR1C2ngXcj29LgPvx7Upw4VIaXPYy"
    "AhS64ecRvmBXfHuOi1FOS2agtgLRN+GHfQG/x/d6DdSj7jdtOOp8u4bm5573H4fj1RlpcO"
    "WYlz5lSo+yk0vUCPqlO/qC4Cv6vd/TOJzU8+9cfse43uj3FjyTsfSpTuijblhJTMLisCjV"
    "zS5+oPe1ujktuYNuDqYm1cu772XH8Hx96dXq56ys6mmZezpQ4/VKinNaaLMCfQBz9C50aL"
    "BKpvfFKrRALI/xJXWxfUeYHcih7rKHMoiJC3ANjMbruKUDg/iv8DUKS+OR7RqPkTGXebsY"
    "Aux3Y1+oap3heedCa3Gobw3z/tFwLT2FOVyhxzRTEtXNX5ofz7MlBjHuOD7wQ+CxQ4Pd86"
    "hpG8EPz9vzicvttUZ9pmIJw95cej6dc3s7IY0ebX/GTO4AsiI7vZzgmIzJhD2C/YD1UGKC"
    "ZtQJTPOwDD3ObAfzomRrzKoXwsggFurdXF0hyt5iZNmskvOALXaDru8h8Sqi+BUAyRl95A"
    "2C/XlreBjdY7xgDfpoToE/IDhqPHHLBXuY8KnG5Aju6SGCH6CYOo5t4ddtJouG/7yyffFc"
    "12LuZCXIcOx7rMgGCckGPlyKjTSNLOe5WTIFciT8fAZbdahbA22oXV1pg1MUfhqTgXapDQ"
    "adKygTn7Jj+WXICRvutjTh0T2dDS4vmLPKmtCr5Gt1kGR6YBr7749LYP/98Urs4VIa+3C6"
    "q6WG54SVYS21Ih4tlTX6OiurTC6ZezrUWqrZXBkpZXRFukRysXqwfa4eVsM2J6fQLUBXUQ"
    "X7wTVjdlXDt1i4Fs7ZKf/gzQzFx+ybj2H2y2jQPR+1Che4HaB7nmiqofBmhm4JfOPlagcI"
    "d1ONNRTj3AK/AuUqtOLKCTzfKX2CR5T92f1LL9WcXbY3itesMl2yqgdul9YdLjCbzgLBsA"
    "MG2Ile9WLsz6KWDtJAymH/V1WK2/fxfOGf0yXxORuaZ7nTNdpriW5Rlz1WXHkj2X1p2A62"
    "UCDLiWAjdB+bUpcTwt7y9n+x6aMjgyDD5M23WS3TsTFh1S2L2Wvea2QTzixPbeiRDI77us"
    "+YPLJ3gHParMVbfAeiPpqIUp0NftefvEGTe/w0QYCtYNgde277nKbm3nLivoqhlpChDtwx"
    "yzKgQfXG+Wcdvy3jQ8RqrWQ8+bW0LZQcJFVZsKzs8xCeL7DANoMFg7m0Cv8V1n8+DuGtxB"
    "NUzrZ9oR3xpWX72gPm+kZeVYivrlcToJ6Oo4obVYQ+LM1MocfInBnkDp+ixxlFlm2x/2yt"
    "9SnsU5uzcBlti+1uvrByqVvMFnixKWxM/aKN853fge+wJ1TeCb82iY3rCfKMJ7iLhxFMT4"
    "5NAtWAA8NadCi5YyW0jTwqtItoA5/pLdgbE5upMeE9vFdC0BMPEW/hQyX6SPahW5zZd38X"
    "9eJ/jo+///6H47fff/h48v6HH04+vo2Gcf7SuvF81v0MQzo1EW9WQqhpLl231m5RRlQtkz"
    "Ivk2wapK5+z4Cs6xORbkFqx4jrzmDUA7+I4MOYnN8MR/1vUBR+GpP+tTbojPqsLPw0JsPf"
    "hiPt2ykS/+VwnRDAV2Xz6U45/IZtlTA8bvHMcKY6ndbcMFnXhIK8eHeqmstPLCHzZCNNVF"
    "KgQQqUKsCclWsg2Lt3qQpBqzRlpIXUHnbBLPFyPi2bp9/D4x5f3uei2agK4zyP6D+G/V4x"
    "pLFE1lyyTR/9H3Js7wB1hTWgARQpGymcVY++dX7NTrjnV/2zrPEDDZxldYmpX7Q9uhr2SE"
    "ChXh91FxteNQ0ulmhc4PNJqV2LkzW7Fidi10IaApZ1kGv/uTooKVWhvZ6GzVYtEZgUOiug"
    "1I3QFfbZ0D0VbGlMU86NJ2RRiMtJRhW98pCwyYoCmHZ7A07D0gUmOt9/tT00bv0YCtvWT6"
    "c/xjyp9dO4lQh4cvgdQYSJW+z5EHURQ9OlD7CNHAQ+jQkFJvXR9vAndlOoJsZBG9k+tOGl"
    "g50Mx6GPfK8Zniq8CUQ3hU8FLYcPpTaEJdwQ9kwKAhXWtVhiq4VNNqviuVc2vtVSlxeNhG"
    "U2nFvXWu+i2/t8ioIPY9K5vh70f9YuTlH4CaLH/qGdj6As/ARlP/e/iiL+YUy0X6+7AygJ"
    "PshBk3p06Zr1ezGSlrobr7TRSBvonZHeGQ77593OqNvvnaLC4jEJ6G99oP3zRhuOIj48LK"
    "jTccdliKvj1cTVcY64ClfRKpplUmYnIYASOcS8L6NZvl+tWL7PecO4mP1Ir178X1ZWhf9J"
    "vc9nYdO26gX/pSRV6J/MvfxgOLalL4lvF4S4r+/mjKjqZ5n7WWXJ+nv08jMTa5L15Z6YNT"
    "n2lWRTdpqys9REXFWg6bMl/lJxpvuIM33hvGpntuO0CvYueHl73ZbFbVhj007FajgVmy4X"
    "m+7iaTWVaro79k8iNmn3jmbGvDjk5hslwTyZAzcWadJa/yyu+4lZwvOWtWzBlKDi76S2BR"
    "eGXaeLE2LK1pe5f5Uh+kwGk1LqWw1R6kUmjSK1PsqxsUaxj+tsdEIazTAS9ZGB2JjHjpNw"
    "n/HA5SbM55DIIPwGaQ/YfQriO8GtxyZoIr55k7wn0t7uogwQuQyQbYLtDiLM7lu/N/py9d"
    "spCj6Aw8H5185nDRwN+Ifsy/8yniHKYHkZgwX/MTPYugLZstZFf20eDYUNyT00Or0bSMIt"
    "/o9J52bU1y8HmvY7GxyJL3IMEHXm0iYFqhG2x3Jh1ezmtKTqZqm7WZmYe4thjvXxivH4Oc"
    "Hd4Hvw+rMy4OUw4BPvOLNG/YIghDAF5uXXsskvO9BSgyBPT7LC8t4FTue8qSYBlaeDCufQ"
    "PHgVE9xmDso6qNmz7MDOLx0lxvYOCDcxeleybtHg3kS96UZUs0QUoD9jihAcFwbHfRshT8"
    "aMDHOGLaC8gBZbYNem1ht0E8TDeRRBBcTvBNQYw9Nj1eHosKJIwP3cpIB++1eCfhTtxVkl"
    "o4fQ2RUTMtb9W7F1L3k4eaZ/Ku2+ZWSVgSS1gZQfeuWHU6GsMpYKjKVgPq3lu56UVINJ6s"
    "EUrPKV1qSUjBo8m23hVecSVLaESx9LIBvAZdXl1Ksl3zZ2YOutVKtjW3CjXm3GVZXT6iGN"
    "83VaqNozlmRLTO0Zqz1jtWe8ZoAsXPxg06Wn1xgpBbINSpn7zCNGZfZWmb0PfszsLoEs14"
    "prubKkJBXroFgH6XtUsQ6KdVjPOpwb3uycLhfFOT0TV9vrGAeT1YOzF8OKim84pBHeXsM3"
    "qCDZPQXJTg0T6w+GsyzISLjGMkqLNWmRemar6NZwwjWpNPgJGYV8beRVmPLfQP+WKgGd6m"
    "jlTH4Yqphyd5bN3dnC1pJvD2zpyivMqIuwtQZBX+DNu0P7lJLQlMxbp+G19lrbNFlLGaaH"
    "NBu2lWFaAOyeDdPGexj0Ly+vuj1Nv+gOtPPR1W/6sPu5B6cVrLjAN1q/9Afd37ULfaRdad"
    "86g69M8ep9ZjWH5/2b3ohvv66vMiaZZvXhtXbe7Vzp7LawO7X28phcD/qX2nDY7fdY2VAb"
    "/Nw9B5eIgtI6W1e7TynvMY2klpWXElTKv9TKPyaWV6OLE2IqGZXM/auMO2XcSWBhtA8nGV"
    "XWzCs0W3KW4DrrBSrrVqp2iTg5SBfFo9cIwn/wY+T8pYsRpAFEj7Y/QwaCTTsk2i8KgqvR"
    "grKR5LKRlI/qy+xwiNFa85CdlKjSf+XWj8TsXE07Sso0aZDtzEUvsdxUgzYvqPAtoXtGfj"
    "vbap4pb6EDA7m07pkcvpuPjki8kjtAWEu31lCI88NYKg0/tK+KVPuE7bVGp0/WKqHLmw5d"
    "xiczI8M0QUcr0tlX1ISzqCGrbPAdklNgAk9joSPPxwv0HhR9OC164VKTaSAufs3zVsBJ0j"
    "PDgxwYtuPAEdO8AfcJzooek4nBFlM8x8TXWdN4IfSWSZs3NadwAVoIr6VOykaRLD93euHa"
    "D4b5hPhhuVCqDAoZDQrxAun8ew7e1bsvWTm1DbNxGwbPjSLXmdUYRwKNA/f4pNSRwidrzh"
    "Q+KcZXf8CuzRqtY6kVNqDobJnNtYXheY+UKQBsTZtVGVs5QZk3OGuPspNSo+xkzSg7ye8C"
    "+vVPXA9kZcYa1kxt0OPHqUNoburrmJx/6fY6p4j/q7Mtu4dMzkJ/q/LyJ0Rk7oq6r32Zl3"
    "71K5+P2BSaDoeo5oufbeP5UGev80X35+7FTeeqVXkghJIwCsLPY6LBiLgedIea/q0zHIGn"
    "Q64oXUv7dpatxYvqDKDjUprDGsUhpze4+M5mNpNbM3FVRljxu1IrDIn+erAN3SYPtl8ju/"
    "OmZvYUp314lmciPEfwDXqN9apAtHmHYO962SoicqrObisbUVaRbJNcbjugjCt8ItPwls7w"
    "W+ZllqPz1+f/ZpDPqGv/uRO4km01FTCYtrdNlx4c0txIeHgGgZ3kk28qRGJrbts4nSZuYm"
    "ZgEgExWwc0xXE1TYTJw563g7CvYLtrKFprKlhzPL/Fru4GeGwJmkaYsbRwbQ8n6zYSNwPs"
    "QoVbVdwSLgLbYtZIl4p0qhFmlv25LU6XvJGmQkSJYxOcYGa2RKsbNXSwtu0GwFwLu1uC1I"
    "c2mvpGwcHN7gO22DslaP4twRoE7SV3DRqKG126u4CLN9MkmCp5taWSiNoPWF97rlYIbXi+"
    "1q4pnEOZ4mr6Aoba/RqXwIQBsNkzUPcStct4CAZyrzzk0DuboEC+jaZ0SSx0+8R974ZfOt"
    "8dn3xAln2HPR7cY/seusWGi13k03tcGAi0u8ZDP0T+DbwQvRl9JNzTsI0MXzT/BnXCO0AV"
    "h727iCcDQhOm9dlsfgAfQ1bksEqsjL1B3OtwTI6YPF36r5HJHtdDU9v1lBuhjG6EvP8rO+"
    "GkpRrn5bZ7F0J1avemBeBg928ytnAwK1bt5rSk6ma5uzlY6Cp3ckJObcTK3MOO4flM82OL"
    "XPVezsqqnpa5p1VeDZVXQwJzt304eTU0iLY4Z59bBTZ2fLG9zroWERtmWG+jXQ2mqojvMD"
    "nPgUAUwUyLeFMQ0UYhPwYb+Wxy8NroHi98BPFyrMy9o+QYoudmeaN6Zy2DRd0nGLn0EQ6k"
    "RoS6c8Ox/2QNBKKnyEDARTJD3cULxzCZZczj8OCOzJjnRbydieH7eL7wvYmI8hP12DMziS"
    "A80Fy6LkTsgfAnNJmyR4UdmEjg0aU8RtAC85u6IDMmwYMgw3Qp+8evtuHW0OIjGxLs2emC"
    "jSgLOICoUd2z2XicoKPezdUVex9osu5rZddLaNermLX9xqzB0KlMm6SEmhjAsZe4Je7FWj"
    "13YSymrGmpNXBFmvwtujlUaSos9kmR5zOx3kq95KecB73lvB6pnBZVDIXMAyfUwisMnKSI"
    "GjjZgZM2a6qOnby0Gj6yDZ8KMTV7ZUryTqBFlEmhq+ga7iSqHzmrliNROkj4BkfJh5bs7X"
    "J5VtGoSSTcYN8gDfYqUOQNi+4xXiS2+Iu8E3bcuqIU5KIU1DEPe3IOCAYMBMrOA0Z0i1wF"
    "yWZk5hhaN73uZRcOewg+jMlQu+4M2JpxisJP2VmmTAftPlNHEFIRJoPY5liOFU1J3VEDbd"
    "i/GZxreuc8OGIjWzIm51f9m4u4QurrmFx2e50eP0IjqpErqtPVu88pwbrNreeok5ZUZIR0"
    "SqHy4Pg79XAQzlVJE0zJqD39AtM5WL6qoZqUUahu9pQQr2EeYeUnkfeTSA3ZzTmgxbuooC"
    "0FbXLcSuWAkogTLeJT0mGka4iUTMWNBMovM8NPZ04OifQ8HbKmLvfwgANbdHHExwSCK3jK"
    "ZzjnhZ/qYhN+osun9MkuaG48sesiyIOtlf4b1CER3yJOgiFPY8JFeDvjFuSM5t+TJ8e42K"
    "Su5Y1bimhRRItEwO6baFGH8LzIITyJua4S+Bk51QO1e8Bb1PSiWTy3G81zzjdNsneTEFRY"
    "PDJiz5jftvUsi8jx2zLH6bJaqznCt7kDdVXMgIoZkNBg2zJmIHeWWnTS5dbpyXKnbDakB+"
    "rmgaBhupViUMunfiibt0VOonnrpA9BJqQCEiDOkbTa/p/GdTaa/jyyAxseM8INkjy9aerS"
    "PzF5gzKHOi09uAuixHlCjzNMEGFqLlwQKUDyfMGubyDCSES+kXv8xDmGcevHiI2wrZ9Ofx"
    "Q3/GncYk3YrDXgFQQqaEZZB/DzoCDoQxxB5dhT9oZ9QreYPfSYiLepDedKsWlGUBhg1N4a"
    "HhYeHfBI4hnCZiEyJvqZ8flYioeQkoeAfqq70x1LS725fa31Lrq9z/rZzcVnbXSK0t/H5L"
    "ozGPXgEITgw5iIK7r265fOzXAEDgzZEjm2ssWIE7DX7MNME1J3ZORZEHkdBB/0Tu9CDz0W"
    "osupUjk6LJ6tq1hwaamdpNeXiAR8/7EEyu8/rkQZLqVRJnTVOUjF+Ib1G2can5QyjU/WmM"
    "YnedNYaCs1mKaUoPKekZprEnpgndQYSUHlPyNzHyuOa18+NLDLS6oCmxba0ylFBwerog6f"
    "kzoseIl3gO513NJhvcBlsU0P3RS07BE4vfJSnjRdC88XTL8l5tOAu4S0Cqi0fKX2OlbNjq"
    "vrbly/FMM2Sdzru6/AWtEpJ5FMw3Gw2+acUeD8AueLYJ7YlGcXZUXsrWD/72jBeey7bJwz"
    "a55JFzhy3BEtoCP2A6mLwKmfN2ZbbSRSryDTsfn56kECFnZnYPkIJU9zuvR4A68/8ZrMkB"
    "sTdmfsTKF5Zn7wjDNtQfVN2GVd5HUNDncPk72yJvlD8TuzWoIxFIMFnIFcZGGTdY43Jo8z"
    "25zxRDKPFNySwlwywa/0kLsk3hs0mTL0eORWwkcpcTuBlQDmiP1zn5CP//DHBJ7gwXBteC"
    "U89rMmIaJRKxHEt9R6Qh42IM+OcGCCZ2eP6jKj1gLycy5S1yReK6jRRh4VSXE4DWo40JEW"
    "xQIwFz+wJsV1SFXqicw74pbgRGUarssQ+gVYT3DGovMFjEkefAbPyDlPzoamuh/y5Pq24w"
    "BAhIGzirb8V4t3BVyN+6v1b8VmviCbGfVIWcM/EpCZ9qpp+78rZfu/W2P7v8vb/olXvQLM"
    "aakGYr17P7bEvFwF6YyYgroE1CoebJP+2wy2I6EAVO3orKzitWTuaTYs/aUXpZ4sqWRlpB"
    "T/kqe1Qv06j+qZTQx3hYtvUiqD6u2TLzLYHBau63x1r/pnqXHCFp6zbq8z+O3oW+fX16nB"
    "ctXvfQ7rJ8fA2W8jrZOB/rAyqCkP34NLZJM4Q62IIEqdsLaGGUrXK5GvJqDOXnkoloUsuo"
    "5N7tERk6Lsyz8HPJHta6BaDDjCBs6PSwhA/l7hiMSdp4oy1+zlPpuO2OEnezC5T4LZAbIp"
    "c3APpxuoiy3B5cAixF28AnZkTEJ6BAgPKvIXC1Jo6WGRCDgitUyHmvfKzUpCYoKPlGI7rk"
    "Q+kVBYZmsOMohoV1fgRRV+GpOBdqkNBp0rKBOfsgOzFJGx82Qv22R3OYh0Llfd3tdTBH/H"
    "pN9j/7VTJP7L0QHqSKpnYTbUkVSN1RoP1zZQ3Vyzm2GyYEpflSSxSRFFaOQJDYaNbhbHLK"
    "/ENCWjMu/mOaIHtkzXWXPSkopilXku4iYxxtUc3NJCaj6Sx29QtmV7z46DL+HZJhvEO3Bt"
    "K/QaDAb5DrCt4JMp2bRQFtv0hFg/mDtx2PyWcdzVzpk/lHe6Wgx3ReJcxGcXcOZR4HaJE+"
    "ijaPFSlPnSNWcGXHNZ/zwaDtDVrITc4XQ6siNWDpwzW8pn1OXn1AXD+bU4ia4gqdlumweC"
    "vOvDMXSC6xbeonD2nHASTGYss320oDY/CY9+QhPRgn77pAeNcq89D/siFtoYk6A8uBfIU5"
    "J6wlceusUzw5kqUlxCUrzxLOz1DTBzQ+0UhZ+AEu9pvwhGnH8YE3ah95nVEf/l4GdVFrWX"
    "yeGlMjw9X4anYH2pzlOkBJU/hcw0hYpw3BtTkdXOKnIWK8QVKZSHOqEjVwM5L7ibV/ngtV"
    "IVU/piMaXZcf+sHJxkE0VpCm7FZLmDONPCWSbfJ2G2upI9kknPflDzS9lOyU+uqe4YMN1l"
    "0D0fZbpjK6YpfNELuKbEGFjNNiWG3EaaaTVeikaRi0bh/3Owrkl2FNRvnP/Uu+NSAY/Haw"
    "Iej/N5gCldACDsyfStvDgLG5Kavjokj07l6bZpQTtYe75CfESCwFzYkC5v292whf1V5Nw7"
    "zD7Pb4SlSF61a1gBrGCPaydwJdtqKmAir+iWSMUpnpth2eU9JXbxPqWDs5r4MvHtcU8Xhv"
    "B2YDUxnfq+XBsG2MPuA46V2gLLM1envc4EdYPaup2srozR53qN1Llm+wJ2z6E8D4ZjM23X"
    "pfOqBk5aUhk40hk4+W5eEt8uIBrK9HMkqjpa6o5WO9NqQ08C9bG92/Ol9qyM0qW7UgkV1z"
    "Ypn3GtEn623vIWSm6xBakVlhYKG4CsklzfBJ9TkcFhsYBUltRx6KMXpbQM80S88oKzcbwi"
    "f9t93Ubpxko3lgPYPevGL7sD9tLL5/73wOIJqk6OxKywUkyVYnoQvaoUU6WYllFMO9i1zV"
    "mRWhpcWauUGnEdRYMe0tBep+o9YNerGMOREGmgXnJ8clImguPkZHUEB1zLRCmxQVUB4aB6"
    "A9HdS6p3dkcfFwWB/WPY763QAmKRrJZnmz76P+TY3iFqAmvABTBSql2IaZTuNQH3eUGyV2"
    "jgrEhTeM7F7K//B6XRCpE="
)
