from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "webhook_endpoint" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "url" VARCHAR(2000) NOT NULL,
    "event_types" JSONB NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "enabled" BOOL NOT NULL,
    "disabled_reason" VARCHAR(400),
    "disabled_at" TIMESTAMPTZ,
    "secret" VARCHAR(100) NOT NULL,
    "previous_secret" VARCHAR(100),
    "previous_secret_expires_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "partner_id" INT NOT NULL REFERENCES "partner" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_end_partner_c08239" ON "webhook_endpoint" ("partner_id", "id");
COMMENT ON TABLE "webhook_endpoint" IS 'Where a partner wants its events POSTed. `event_types` empty: every type.';
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "customer_key" INT NOT NULL,
    "event_id" BIGINT,
    "event_type" VARCHAR(48) NOT NULL,
    "message_id" VARCHAR(64) NOT NULL,
    "payload" JSONB,
    "state" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "endpoint_id" INT NOT NULL REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_bea8f5" ON "webhook_delivery" ("endpoint_id", "customer_key", "state", "id");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_event_i_9f48f9" ON "webhook_delivery" ("event_id");
COMMENT ON TABLE "webhook_delivery" IS 'One event (or test message) to one endpoint: PENDING until it SUCCEEDED or FAILED (its';
        CREATE TABLE IF NOT EXISTS "webhook_attempt" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "number" INT NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "duration_ms" INT NOT NULL,
    "status_code" INT,
    "error" VARCHAR(300),
    "response_excerpt" TEXT,
    "delivery_id" BIGINT NOT NULL REFERENCES "webhook_delivery" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_att_deliver_a4a8c1" ON "webhook_attempt" ("delivery_id", "id");
COMMENT ON TABLE "webhook_attempt" IS 'One HTTP request of a delivery: when, how long, the status code or the error, and at most';
        CREATE TABLE IF NOT EXISTS "webhook_stream" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "customer_key" INT NOT NULL,
    "due_at" TIMESTAMPTZ,
    "claimed_until" TIMESTAMPTZ,
    "attempts" INT NOT NULL,
    "endpoint_id" INT NOT NULL REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_webhook_str_endpoin_69bdfd" UNIQUE ("endpoint_id", "customer_key")
);
CREATE INDEX IF NOT EXISTS "idx_webhook_str_due_at_6380b9" ON "webhook_stream" ("due_at");
COMMENT ON TABLE "webhook_stream" IS 'The deliveries of one endpoint for one customer (`customer_key`: the customer''s id, 0 for';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "webhook_delivery";
        DROP TABLE IF EXISTS "webhook_attempt";
        DROP TABLE IF EXISTS "webhook_endpoint";
        DROP TABLE IF EXISTS "webhook_stream";"""


MODELS_STATE = (
    "eJztXWtz2kiX/itdfImzxaQSTzyTdaamCtskYeKAX8Bz5S0hUGO0Ft2sWtjx7Dv/fft06y"
    "4BkhBYKP3FBqlPS5y+nfOc2/81FtTAFnvVWpqf8VPjHP1fg+gLzD/E7jRRQ18ug+twwdEn"
    "lmiqL03t3m00YY6tTx1+eaZbDPNLBmZT21w6JiXQuIWWuu0QbL9gqHXTQZzwFeoR6wnpaP"
    "Cp9d3p2Q/IMO8wcxCdIWeOEcNTGzvIZLzt0nmPxksbz8yvYzQzicFEE5s+voLHG3TKn2+S"
    "u70/aUXM/11hzaF3mF+2+fP++je/zNvhr5h5X5f32szElhHhrGlAB+K65jwtxbUOcT6Ihv"
    "AjJtqUWqsFCRovn5w5JX5rkzhw9Q7zH6c7GLp37BUwm6wsyx0Wj//yTYMm8hVDNAae6SsL"
    "hgyo5QsE1xqa1u0NtUF7qGmNxHB6FCG+u5emlMBU4K/KxK+/g1f47vTN2x/fvvv+h7fveB"
    "Pxmv6VH/+Rjw4YIwkFe7rDxj/ivu7osoXgccBUOVJJxl7OdTudswFFjLv8tePc9XhZXfYu"
    "9K+ahcmdM+df3/ywgZe/tvqXn1r9kzc/vIQHUr5c5TLuundOxS1gd8BeuTK0uc7meXgcI6"
    "sdo394m4HRP7xdy2i4FWU0/9XYysNin6Ac5noXAu4G+7jPysZBmPvudQbmvnu9lrlwK8pc"
    "m/I2qbxtk9VC8LfDX0gnU5zgs0d7QDa3rr50ujl53ei3W1fnCP6OyJdWt/WxfY7k/xERHZ"
    "6joN+8I5JlQNaPR3w4+N4ALNN0JzkoV/yOYy5w+qSPUsaGxHBJX3kf9jVAe9xmNjB62PnS"
    "HgxbX26g+wVj/2sJfrWGbbhzKq4+xa6exPd6vxP0W2f4CcFX9Gev2xbspMy5s8UTg3bDPx"
    "vwTvrKoRqhj5puhHniXfYuRYYZf12avLsCwxylLGGY3ZNCjXL5o2zjB3pfaDFHKdUoV3mU"
    "LZ052ooVGuc4rRrpKo+0qztrubTVKNF2rfUITuIyFFeAAmb36Xqr5FiSxx+ojc078hk/Je"
    "TSGF9dpOYm6OnIWPyPN428q8HKtvVHH0GJzS7OAf67sSNl+NbgsnXVbghWT/Tp/aNuG1qE"
    "53CHntLYFb9t8tbidBG/ohP9TvAHfgi8toeSMUanpu7+8CSIFrrd3IikxRpmQNOmK+bQhQ"
    "C5QtTo0XTmSPcQsDRwLBvhiIzImL+C+YA1j2KM5tRy8TDvGnqcmxYWl8K9mbxzQYx0YqDu"
    "7fU1onwWI8PkjawHbPAHdByG5FREwRQAyjl9FB0C6DPRGUb3GC95hw5aUADtCPY7Dz1yyV"
    "/Ge6sROYFnMkTwA1ymlmUa+GWT06LBv65NR77Xjdw7+RWkW+Y9zojw/RVevd4r+Mcbn6W8"
    "/V8N710a/1aI4CERQbG8imr7PvHh1P38rOa6/qB9fd3ug74vP41Iv/2h3e+3ruGa/FRE0y"
    "8fQTThaaspvDrT+GJk7h6XFedaR19ogComN0Z5//1pBt5/f7qW93AryvvE3pRHbE8QK7il"
    "0oK7f7QWGOs4rVLRjmOkJ09FD7p4HxXeThs3rf6wC6ed+2FELm8Hw94XuOR9GpHeTbvfGv"
    "b4Ne/TiAz+GAzbX86R/F+NA1FyfgU/TrOxzvIdh+nUFR69gofh2essViDeai3nxb2Y4cEV"
    "yfOBGzEqhW74QnhYynswHaGH5eNtgk5xN4W7CpPbD19j+EY+/qYTF+JzfCc+ev1cAZ/7Bj"
    "654j/sdy6HjdQDrgTuXoa6qil7Y0s3A3+D46oEDncindWUx4kDfg2X1+P3McnZhXu58Mv5"
    "wByWHIgLt5sPn/vY8vmbPgZXoS77sscaDcY/SdvH2sMvyccewUPK/5S/YVTqvMs6k9PP+y"
    "zTed0ITFbGHU7BarwJ7A3A9ml84fd0XDrfxombxw7nOHixdC7pijjCZJM0xUVbNDda42Rb"
    "/lpB460WuQ+6aWEDubTCWqV7juUzagurFVtN/gdPHXSiE6RPRfdN3mpqmZjw5oZhY8ZeIp"
    "MI89fMhBGJ8XFfzxmRRz4HhOGN9zjBd0DqoLG8qvHFbzvjV2h8j5/GCHgrzYCWuTAdYUsT"
    "fvTyucpRvoJmMTdQIyvO5Davnef2aSZc6XQDrnSaxJXCiyQv9B6nPYyV5RkO2FpA72IvzY"
    "Mdeu0Ph7+8rvAGlcAFnsltZ2WYTvsBC3kjKSoEdzeLCdBOw37DrSJCD45mrgxhNJ3r5A6f"
    "o8c5RYZp8P/8rHUoONNM594x2pQ+OeJgFVQTzA946bmiz5w0757SnyDcgEIi71jcGwfAxB"
    "gx/QmewjCC7ckyiSsaCMbwHi1K7vgV2kSMSunC9zLicgtmI2JyMcZ7BnshCZl8icDPCBrR"
    "R7IP2eLCvPtWxIv/Pj39/vsfT19//8O7s7c//nj27rW/jJO3Nq3ni85HWNKRjXi7EEKn05"
    "VtFzJRx0jVMVnlY5Jvg9TW7jkji9qnoz1U2hurXuZpyfi8lhBaqv2jfmYmmMv4qQhbAzLF"
    "2iRrOT8meK5bM43OCtrxNnWhWJ5uNM3nsxJQVHkfLwgolB8K7grnkks52BynqyGzy3eR9Z"
    "iWa8uIEinXipRd4vlcrbZvv8cH6z6/K1C9uSpxjyRHfxn0uuksDSjimqg5ddB/kGVmsiRX"
    "TFbYwDRgRUT99HbVky+t3+Mb7uV17yKuV0IHF3FZYuakWZ7Xs90nUFwvzvX8Xsc7ehoXOu"
    "wOlG2mNEfjymDbfIBs8+/1QamRBs3NCHe8aYbAVM8PBEUehK6xw5fuuQSiAwR4oT8hg0Jc"
    "Zjiq9AVDUidLC2At9wEC4aZLTDRh2jYZGjV+8ohN4+fznwII2vh51AgFvFriiUDCyQ3+fo"
    "jaiHPTpg9goXcDX0eEAkj9aDL8nj8Umsl10ESmA32waLCrbln0UZjx4a28h0B0q/dW0LP3"
    "UplDVoNwVAhO9bwwVWzqQY3wbEqBIMeBF1DsdOJVTd049JEnzFtFsWifuMoadeOm3b3qdD"
    "+eI/fDiLRubvq9X9tX58j7BGHCv7Qvh22RKkx+gmu/9j7LS+LDiLR/v+n04Yr7oRrQNKMr"
    "e1p8FH3qSg/jdXs4bPe11lBrDQa9y05r2Ol1z1Hq5RFxTQ5av/2v2/Zg6NsgvAtFBu40C6"
    "J1uh7ROk0gWt7xmkfkDNOUEt5WISekt1lEzrfrJc63yQyH0ne5YB6uKK2K8660bdXAU9Mo"
    "FuUdoVQx3lUe5QfdMg1tRRwzJZfJ5mGOkapxrvI4q/SJ38YoHxhxq9hYqtj+IzblqehzFR"
    "h92D2/lIyQKi56H3HRz5xw88K0rEaKUUNcb26yZUy8FttMGOvZmQtmhwmkm0I8UyD7QUF2"
    "G8/ySVqz8kDBCoFM5Tum6Yv06KcvlLjbZ4K5AUmdRICDRFGEdgnGVoVUxAihgvUqrSJ6h0"
    "XOIQ6RKQigyuOr9NMD6VFK1m/URNaXSU3SpH0/3ckGeT9os9VpaTjHSLZHOuJrHltWyN2G"
    "gYuOl1ojlHH+FWo/YPvJDbUFNyCToLH8xsZJz6W9PUWl2qiWArJL3ONRRDx+6XWHn67/OE"
    "fuB/BDuPwsSs65H+KT/3kcRpTC8jwKC/461/m5AmnaNkWLbV8NqR1Ve2m0urdQhEH+H5HW"
    "7bCnfei323/yxRH6Uo0FoioxbhOgaqF7rJZGwWGOUqphrvQwY1LMLyhMp0CEKo+wAhH2Ft"
    "UeSi2bL0tDgrAc/h69hqQgmmpANKE5bmF714TJEnppQU81Ynl0k5XYShl8uhRd1YlRScAv"
    "dQ9NMi9nNulY6cyj2j2zLuzk0ZFhbZcAqcrVuxZX9Rf3NnBV0/2WGeJCnTkXhKCAKKIzpH"
    "tIKFcjp3NsAKgJwOcS2yY1XqFbN0KSUQQNkHgSgJ+cn4w3h2KiabGh+3lICsD6Vwhglv0F"
    "KVz9l9D4nSmkh/y3wmOfEY+Nj08u+2qMVqnAlVaQkksv+3JKpVXKUoqy5O6nhYIWwpRqMV"
    "V6MbmnfK4zKUKjFs92XXhdEZDcmnDmGiBVY3BWcTkytarnqODqemvF6kAX3CpXT4Om+/VW"
    "diefclBW/gHKP0D5Byj/AOUfEHVKtvGDSVdMK7BSUmhrlE75wCtGJdRXCfWPfs2Ul1xYyM"
    "eF3JYilAp/UPhD5UdU4Q8Kf9iMP1zqbH5JV8v0fK+hu81N2MOUt4OSp17DA8VJK+xBBUfX"
    "ITh6pk+x9qBbq5QElRu0pChZnQ6sA2tIE93yzqfMzA/RKM4X5rwKT/8GZPFK5SNUA61czI"
    "9DFFNO0FVzgjawsRKmgh0dfKVKdeX1ViPWp/j4lqirUuKplUlN1bvX3KinhlsdLpmXQM6V"
    "sqqU1Tooq7X3QOh9+HDd6ba1q06/fTm8/kMbdD52oaDFmhvCEPup1+/82b7Shu3r9pdW/z"
    "MXxrofecvBZe+2OxTm2c1NRiTWrTa4aV92WtcafyxYrzbeHpGbfu9DezDo9Lr82qDd/7Vz"
    "CS4TKVeLmLbKrzrAuJRSSPOLECqFoNIKASYGKxZUzFRM8RGMr1L4lMJXAa2jeTyJyeKqX6"
    "oqk9AON2k00FgzIq0zRNRB6jAR50YQ/ipKEDorGyNICYkeTWeOdARGPST7TwuXK9BDFr0p"
    "1JdSmQ6rMimX1ucxgsjFW7AsU4RUicPVFpfkZp1PWArT1GmRlebRFzox8rE2Saj4m0EU9d"
    "18dhVEI85FR8bkzKJoePluLzYSln5253A72ltNWZxcxpUS+D11K03SD6liG0T8cKsMov3U"
    "oqugyDfSp1OQ0dJE+DUtoaw5JBx2v0NWC0zgbQx0why8RG9B7ofC40ubTrkEYuOXIuEFFC"
    "Wf6wySZ5iWBdXKRQf2E5QdH5Gxzg9TvMDE0XjXeCnllnFTdLWgcAN68O5Fiq4jn1aUMF/a"
    "5oM+fUKivDJcFS/dIv47c62ELmG2UxuZiyW1oUN4N9NhSJbzReyJ/5rFC4bGsoVm49kYum"
    "8i4XEg2tJHvmhGRKRYhgQgztymq7u5UHsWuglMmfIxayJCue7D2CO1jXM09j5q/JlzURqe"
    "/xogWTpP6KTb025ag8Fvvf7VS5WGuYqqkJxGmvieYO96M1KcTtmTttqTxCrKw2OfoHbMPT"
    "3LVD77bEP97LN0/moP2DZ5p4VSfKZ1oHD5KiuakdMnz9pKEFbZUlt4lZ1lWmVnG1bZWXyV"
    "BRJEHnZHqepWqr78s4KZzprjeLvvgUdb5RkNkkm7320NhcH+HEW+jsjlp063dY7EvyJW/D"
    "0kgZfyfZ45HyKp8lAU3VyybC3rN5ZkALCUJwWLCk78eB+H4zqfzledXztXt63rRu6F4FHC"
    "KvA+j0gbVsRNvzNoa19agyE4xiQuRVu1v1zEW4lLRRbQaSb5bIN4ltjRbHxnci3ULpgRLU"
    "as8P9Ki2Wh8Xowdc0kD6ZTIG34tm72FPZ/fPp9KMJL4lFagfMqhbQUQa3Wx1Ya0Jd3d1vb"
    "idI9q7bJJcxFWaIpQimsd4yn2DHhdzUGf3Niec7yObXNv0thV7ivujIMtu1d8/C7Zd9ryR"
    "6RkKKUQgV1ZZE03e4a6lVHI3eMTTKmaueYuCA0q45sYpixEiIHXXPoQPZWV2YZZqi8hY35"
    "i7Nd59dVqMu+7LGu3FvgxQTbnG9WGdJCm3BVc2mbDIfb1pJvOmjVim95+RZywNmVZ7V0WI"
    "rm+uFK7d+78umD6KSuLKLEMgkO4Vo7cqvjd3S0yMAWhtkGtndkUg/6qOuM4hsTth+wweeU"
    "NJLsyKy+21/Y5lJTvglXud3ZJbqpK5vYains+EtL33WvGsiubnhPdeJWLg/bSP5j8wFrG4"
    "sDetz1igSWDRcey4FQ0C/Z0yQ3uCeHlM3tXsoaC7XO4q3s0r1gyKJ3JkEufRPN6IoYaPIk"
    "/IAHn1rfnZ79gAzzjmtu4H8MzrkTrNvYRg69x6kxiuV17vlEi2/gzsvm9JEIr+cm0h3Z/S"
    "vU8p4ATSw+d11P4jGXkU2+m4K/M79k8Ub8mls7ezwiJ5yerpyXaMpfl6GZaTNHOQZX0DFY"
    "jH9ut7ooVe38Vst39JraWC9mNYxSKoeIytkKY8iBuyvmHeYopRrmag+ze9DlHuQQnTL6V3"
    "mELZ05XPLjh1z+UY7TqpGu8kirlD8q5U8F1N3m8aT8SbM8pmjbawyU6zXuNCNpNq27RzBi"
    "poG5WuzScb0W8dMWolpDYMt7oR1TUDxFe36bPWIbgmiT2nYZnYKWPRYmIHKn3eMnL3A2TM"
    "/7hwxDc9PC4pb3MN7SpRQRwt3b62ukzxxswwiy91yd57dGRE7sJgQaWxDTC12AtjfRGUb3"
    "GC9FlK/Xk9f5EiKQg3fInM0oErvN7rk0MxEepG6/UrrhVH81RCQz3ApJtir/0WGDfkMDVC"
    "jQIkRf5dCWmhXJ4wo/W1cGdJ0DvUdR5WEqCMacvc6Sq5W3WsticS8WeOftToUi7zziKnO7"
    "cdPuXnW6H/mikB9GpHVz0+/9Cpl/vU8j0m//0r4cwjXvE188re5l+/oaLvofR6T9+02nD9"
    "fcD9VYLKHDNccJEqMqJcCkBkdJeA8KnecJvm6L4orSKjCr0gqwwiy/iWGWWkmxwKUoqcKz"
    "jmKcd5D7o11UODqwZpK/ZLyWXwFIEFZ4zKqkBoQgkJxVyROECgJOK06uwPU9cRaylZO8jI"
    "0SKb5uN1ps9NTLbbeoZ1xvM2a6SO6NEetFn4s4/c7lsJE2n0tg8k3QU00ZHF3GGZirTG95"
    "2LvJ9Bbw93lsb23IXXjJPzdSLG7BzeYmO5vMfzj12mXxaeVtITfugzRGIa6O2ODxOcEzPn"
    "+Ql78F7opKGWnmtMK9KI/RalmVVH7T/eY3hWWS2yE3QlRls0RhTu8hxyUTuXjyF+wLyBTm"
    "WWksTEHb38Qw644DeehTItXW4zchksPpwa8rfeRHUqCw1aJYuEKUVNkKqrxwZlwwS09ysH"
    "bhhEnUwokvHI87GjNdLTrP2klSq+VT5eUj9Og0HfPCvFu7gEJEe8pr+hz46wEqDCZQ2mdC"
    "YJJpcNKgmNRkORswGb+9n64nKzgjsyP5hYJWfB7YopqP3yWSiYBeoTbEHyE/H5B0Dw7Cdt"
    "NAm5J7z+JjLB8pvYhl38px+LAQT86qD7uUe6gYY/ccBuwuI3A9XLj4ayEHjWQ3VcZ8Grfd"
    "zocOuI66H0Zk0L5p9fkZfo68T/G953k8MNxUc16JgXvOiKKDtKarSg9Uvz3o3fYv21rr8r"
    "J32x2CV3D0yohcXvdur4IGka8j8qHTbXUvO63roEXiUpGhLr9SAR82u5iDa5RSgUOVFtJV"
    "rHbdR9hNc5lLEozQKEeYFCjDPb7ycTVMo7i63b3IVW8SHFZuGUm3jMiS3V552tUiFWuzsD"
    "a8bqsUat5+wCQ1uFzeaG6EVPwmmeLHp3Od3GGkI9e7ClE7KNYMUdvUMpA+oSsHnTziyZzS"
    "e9ZEbDXxe2Ky8PNYPJiNE2DKXp4yInx0CZ7CrZdN9GibjgMJ3YhoxX83Ybq46ZW4lm/QRB"
    "MsgtVFMPrKMB0kOoQwcjdlm00XMn4d1oMIXIdAct7L2B0DzFUgdySG0OQ9GgOiIJo+znWH"
    "/8qpZUKnBGODCace+GE6uxceQHd8Rr6C+HjfnU0Uq0bjkAPWGDH9ifdGGUack1hfQFw9f3"
    "mLkjtgV2ZUKeo0x/8KfCnm6+VdjjZ2vm4kit8Of8+FW22CjWsGXR0AL25uALgEAxP835Dv"
    "zm1fZeW9IMj19l0Gxfrtu7WKNdyKSo50Ol3ZxSLNYqRKta604vVcMQgV06XrEzRTc8YKOU"
    "cTck5us22StkYcPshpHKqGw4/lJPd/GfS66bz32sePA3PqoP8gyzzmyjdpXARORM4A77Q9"
    "+dL6PX4QX173LuKbO3RwEWO6J5Vmn/IehZrox+imEKo8k6Y/RwvTbNCiYw236tK/geYnFE"
    "1PrfVcApPuBRvaCs1zqrO5pi/AfuZnTgP5gf8xDdBxocF70DP5fyTr26EFVxiX+pObS405"
    "r1CL+P4LIrBEJ09cbQYS0c+oMdeZ7CL0azntlNoGGzUKJUdjS9dLXLkuKNeFWrguiGWY5O"
    "0XSlwoNSkz+SR1sgUcWFgK7YG5mB+jUyNQeAT8rTzB/i1uAksVKNQ8DiQjzIIcp0eM7HDo"
    "YKNxkFPkNFPOldMNOVdOkzlXVE4QlXC7gjbQHRNux8tsc2pjNS2h2KMstn3l9VajEShaRI"
    "16lR3TmZq9blrWEpEVwzI28jMHROAWXU1BB4JyrOuBgVnQJpN9XeYmE3kfXF3cFEbmvzF5"
    "haASWejyisFTECUW2H4xQQRMz/yGrJ+Xnqu9zAcI9MEt1uelbR81fgos9cbP5z/JB/48ao"
    "SSt0uuoDnlAxCkbYeqasgyZ3yG5czbLt/B6xaytvs/0/BRk0IAhXwdP117kDoudENBF4eF"
    "Ltan/dvubn4cOcC9rNTaxe3Vx/bQT07tfh+RZEJHeUdr//6pdTsQmarjV+LbwfP4k8s1qq"
    "13Ldg+hrEuKj2Qvnu/7/rvftBa3SvNCxvwb0euVmPAgv09j84XpSolz2aFcMPyvUEIXZdo"
    "P52/XvvaKdN7SWAq5ZsC4FSEUKFTlUanAoks5yBHCFUQS5XHWKFidcuUW7HFosDGYwMbnz"
    "s9bsUmcFbebsiOy19BADLPFc7SMfBiyeVbMn3qC++SRgr4lmzU3ITDmUFzzQ7aZ8LkxqFn"
    "ffcZcC46E7DTVLcsbDcFyuT60Sw53zEyHYZmps0cv5LgHV1TO7GszgUWx6bUDUIR7kKiB3"
    "TCfyC1EUTWi85MownxNKKFDDzxUszyJwMuSCh5WtAVEx28lIUbuSI3IvzJ2JpB91z94JeW"
    "TlOCg2N+WzPMO/4yYxl4M/jU+u707AfoUryUeDJvJTFGuVjAr8hGBp7ywWEj8jg3p3MRf/"
    "NIwcNJ+LgT/1cyZK8Ie4XGM849kVQl5O4Uely4OOQJ/2c/IQd/dUYE3uBBt02YEoz/rLHH"
    "Ub8Xn8UTajwhhnULG64vFLw7f1WbK7WGCPoBAs6RYPCgRRMxKiOKBHCqWzCQBsWSYTZ+4F"
    "3K+/QeE8a79R8J/lhT3bY5h34DnBT8uuhiCWtS5IWBdxQoqcBPI8PP7zDHtCxgEOHMWQd0"
    "/tUQQwF3g/GS8KVKE/xMaKY/IlkVf5+gyrBXQd3/TSbd/80G3f9NUvcPTfUcbI5S1ZDX5b"
    "u+hfblPJyOkSlWZ2C1SsqyTf6tB9oREgDyDnScVuFaVR5pqJW7Yn61iYxCVoxK4S9pFVql"
    "fJ3k6oVJdHuNV3CYKsbVyZMj0/oeF183ufe6oVH+OuEHz0Wn2+r/4QdS+Yvlutf9eJESSn"
    "Xxx7DdirH+uNLKH1KpOPadqyLBWx3yYDprc8uG7jY3IkPRdhlSybrQ2QuGAtpzrstbJrlH"
    "J5yK8i//6otKPi8BatEJwCQm+E75BMihruuScLdKSyq7l+cATjT0EAgBHczpIxG+V02kO2"
    "hqY0H3XiI7ADZ54IrUhyTcQG1sSCxHlHmHiy46MiIePAKAB52K3iQotGIYSecyD9SaWnR6"
    "L96pBVAIBsAq8nsDXIT/1snKuMMOWkJLB52M5Xftv8b8zS0LwUXOBXBSgxwvAk4SKE2o1B"
    "rvT6RzsenqDmonARFDOovE1/E3kF3nTZsSSYsCtIKbvgyWO9WJgld2hFfEek/XRjOkJvWI"
    "q6yTQjLS9vU1+IJ5n0ak3/7Q7vdb13BNfopvL5ngmNLzxu6SKPYoMsNed7qfzxH8HZFel/"
    "9vnyP5vxoDIHb93GWzolQqCnQrPhPd9nOp7RFKhc9UTvY9Xg1HDXPBYYbNgouueer/hEkU"
    "LJOEZThvtGl6sPZankZoVFGlJNL1wI/pImdOlFIBxVXei1yVdxdBOtZFKb75exKnv/S6w0"
    "/Xf5wj9wMEvlx+bn1sQ+CL+FANsdplaYH8EwnKGp0WB05A4bISf53rKwavrOl+LPAO6yS1"
    "v0ovmlb3FlR/+X9EWrfDnvah327/CXFGwZdqLB0B9WGcz+84SlSjJXP07txV00P27M/9HA"
    "7HVWNxCR7Hqc7c7iIvgbc5XOUrti1k5W10QyyelSNkKdkxIUcr6KlGczpfMo6c9swvumm1"
    "ZMXtRopBM3y7ucmiKWqn6qGWmbzcXQKwATLI7gi1BxB0dS5yPzTRnD4iqCcAVjOH0nvpmv"
    "44ByMhgqK82EAn4KJ8Dh04L9P93ct/DNgOoYMXzO+cy3YTbPPvtudrfi68yjmrzAdswy2C"
    "H0SaCAgFEMY/xrntdbDegxoe1BBzV1bf3MV5WhUyKFcVWG8GdEcruyQUECgpKC3Xn/I//R"
    "bAJmNliwNcW+TBvmNUagGlLCBs2zRlP1pvgvUJKow8FDS/fp8p6uP7DVEf3yejPp6l6HxF"
    "Z+1zpHOPjkQJOlxv5Uzo1y9uZ0c2EFnVuNAErFJ9OZkBMEUl8VMDrldG/BhuPx9hJhfLlT"
    "2d63DP5iP9qFuiApysChfJhH/Cr4OPIj/H5tQ2/+bKgYszvERLS5+m5dMvt3twXuzwJlMq"
    "fSOlSsEbuk6F4WT5XINZUpgUXLN5j8ayB23ypLmdiihPcGMU2fb0EfHq38mWQE9JwlURz3"
    "Vrlj+7nXJFPKgrYu19325u4TgegG3O/QSOiN32b9IPUXwYEX6jC/Y7+b8aNgiVtP+ZKhyp"
    "fOIHyyfunjX5NfYIoYrFqbK+rrJj7c2cGpfUchpW15Ary3UKNBLIy/mYnCQsZyofvVSq8p"
    "E9Wz6y+Lo/qKNAxTaKzH4CazbLEnKUpe4yyTHxaiNkHJFYlcCj2l+yDkpyc40MR5/LLv3O"
    "5TA2HLuhTgHilwY9RfDA9fgTFe00D4XMZguH1s0AyTEl5sIJCZM+gF6iMRczAlM1tiyG9A"
    "l/njBYM5FYbeZgGzjB0o3he3iOyANnrLCXM0wgSdAFwV8d30AOUbXCFCdN6bL0AqHOHOzx"
    "nMrCM7C+I4O+hMKRvt18RBwoRjm1dHMh4S34CTKIdiyu8pXLFWPTGjcFcGZhAbOJOgygMU"
    "si7zX4Dx67n9n4lQxMFrnX+CtAejmv9ATUjTC9t4ZMZxMsfvg5XOVtuayt25yB4mf4byWw"
    "NOI0R+SOvz1Bq2VTZHMz+MwmIgfeUmcOGgfBOGN0IiA7/rYe4/mMgodACLKJ2cvMMJsIi4"
    "bGoYiufIibcg84lHsAX4DmEjIh5kEhIkRVBuaKohBnmUoJnG2oJXCWTFy1mvwPnubic4ik"
    "jlzeB9YDW2iSxUN+AKwJQnDb18G2vAnPaf8+jEA5iYLhkTw3XvN4FfGEK8y6yg3bcX2f+I"
    "AYpltKJieU6ZH5pWhGZNCGuibwd0Q+tn5ta7c358j9MCKAdl31W791z5H/sRpovwrOLrR4"
    "jg0MVcHZ38QwS1Un7xAHVAcJd1UGjYIGjbBGmXu3jhOryOYqj7WHA+RA/MMkKiFA3JBi6c"
    "zxwkCKVEVKkqsFVOUFJAYst2NxlKoOGuABvIsBViwS/BCQqaVU5aWEOQuLKIhhOjXCVRvh"
    "hB08U0SsewJa9C4Fos8REBsL3zxOlfGwAbGeqTvF/Beygq+3/YWM7lvtfus5sd3aoxypD+"
    "lILf7nkHC89rXLW/nmNFO5nNMN5XJOE6LNlNIl9gL4dsmem9pRlS04R5VJV4HYSkyJiClL"
    "E4qt75q0Y2l+lhXbj3PMk+JJBGFSyU1yMMuNeCuFXeG+6sowwwwmhebVrNyNb1ehLvuyx7"
    "pyb2Zj/Hdait08/PogOjlaxXozh4KaGDtyKVoYpY6TSYQaM006Eu/GLD/CuYYz6hFP5pTe"
    "a5gYMip5N1b9Jrtru73VaXLtF+Rg7JHP2D4UtbmEUm6pcEe8UXMz8CGba6JSjl8gLkvkvX"
    "B4Xdr0QWTmIn5t6AmeURu8bh1H+AhDULwsKfSCIe956GTU4M3uqONfGjVSEoHt5zEj8hl8"
    "hnWAfWSNZhvfmfCThSs1PJK5FZp1BxFsApyDZhZ9RFP+CjYWG4Zw+6Vw6wUTNBldfhUIdE"
    "gQCKenFdmQQMcjqB0MtBdHXZj4uevERIiqDPUU5vRZJk6fbeD0WSVtiVXj+7FjOMoR8Zsb"
    "ZuW/VLL/EnS/WhQsfh0hVab4Ki8cyOm7snOVVwqTqIUTXzgedzRmuoa5PGsnSa2WT5WXz7"
    "NkuqzYeD5joss86QfKA40AB7IfcGB9T8GMEm2amyAj222tmeHm+/Sa+SuSfeRBt0zPV19l"
    "JjwolmLjWR4t321eOxyl/DKwck4DEpn3EI5SKs2v0idweOsqNM5lRiipgVb59Y7jSEqIUi"
    "ot2R7Tkj2bnEpX9lr5VN7bJpcGrTLYL9lqAlcm2EBTi64M5HXwCv02F6KomzOI82y55K1m"
    "1LLoI5MGQ5GcyLc3uk4pafbLfT1GZfBWcnL1GLtnOfl5Pfqf+yjdv09/sFkVMTTGiZWQqo"
    "TUoxhVJaQqITWLkDpYLZfUdm4snaTJqeHbG0VVJhuC3ynJKq4uddNALiFUeSHv3XSXAhlo"
    "hiVFcFIj1IHcl76vOQiWIFCCn5wb7Zha72Y/T1EYb6X2KiW7Ktk1ZfM/UNWSvUiuCkH/Jm"
    "RWhaB/IwOtlBOlnCjlJI9y4kZVeZljUvSTWIuNKooX8qWHGmeqiPBpOLxBblQr5Mb3awI8"
    "nYsSA000p4/IouROahOQ2Xgl42cg0b7Iqg9JxmQpAN1BCyqDWRM1EfbypBF5gz6bF9DfIw"
    "T/QCsbTzH0y9uxR2y7lUKz6DTeC7nThf9Vmf2rmdmfrBaTtE1wLfsDAnXKpLiWipohxWDk"
    "CKUS0yotphkrL3FPHq/sGJVaQOkLiJ9WfkRuRs7GqGrkslte2cC8iU9VztN8OU/59rLkD8"
    "Ua/jrF9jLlAFhfYCSNtg5s37Tn76PYSEzwzC5VxgjrtDU/h9N/ckRK0LNdPe4q1OORjUhW"
    "dTs2GyuobvuDsF7fDo/TdoU7PE+yadz4ASr7nYBKC5rwAjPGX/klVOWjRNSoE2lW/II8SG"
    "Cg4HU2uL28bLev2legD39oda75pxNThpkm1O3yHzMiNnagWB6ydYLoynn5CrXht/uKvFDr"
    "iftot7Ke1OU5p9HYfQc+O2Q9vhEZu2z8Di7NsW5g+2WQyUMPVHnI42HYdAnJPLDuZPep83"
    "6nOyV9QOhepsPzCzWBrt9EvD28u6Y0/8pq/vERzAs1u2R1OinLk7W9yZ9rfoepaqTBHGSe"
    "x3kvGJdH2YlQ1dBv8u27DBrP23drFR64FWV0cArlYXSUqoaMLt+DYqk/WVRP4fIvg143nc"
    "shkjiSaE4d9B9kmZlSZVZsR9nAWeDFZnUyrjk2o7AgdJCjduV6HOo46lUWdWIpPVG3SgtT"
    "svABdcx3KGuVQq7yW1TZFqEy3X8TwzwzicnmhcY5RqqWc5XHOQa0ZDwSY1RKK9+OTONQHu"
    "ZykOkaZnZuxpDp2DzLi0wny4bZ9LGctNqqdFgRHN+fsutx/PCs3o7jh1fVdhz/tzm2MdK9"
    "oBn0qHOeiDAaAcgwdNMbDLHxCo0DgIaNEQz00zm0sZ8QXEvG9JTW84iMyBCgd8zFJQcxvj"
    "EwgPEhdp1gbGADmQTxg0K3wSYA91++R/rMAcc5ZFNZSUCg90sbP5h0xYThQHQ0Ig6lrsVg"
    "7N3W5KO0ILvpOMDyPSSfCSifPZrOdI743zldOciiTKYLf8qM67v8Keqp962A9XuLO1rZub"
    "J0u81riJudvs7klAHN1mePfp10ywgt7zwIWoxsJxStGK7z02xFpmLvmKxMyzEJewXP+3lf"
    "QM+hwbXwa+ZYATGy2oWJnWZdBptWQWIREPjlafYoSvnJRdYpFT5VjM0TTrYvPnu7+2Gn+E"
    "Wvdx2Z4heduL/R7ZeLdv/kjeA7b2Q6ayxQhskE3zQb6yzn5E6S1sENLGaKyjTD326Y4W+T"
    "M9znXH54JEaq4JEqwyNSNs5lk/Epaig1vcm0lt5sWEtvkmsppojkYXYKaf02sEMwXSteFW"
    "NzT2p7q/L2pow538Qwr5ZGwWGOUqphrvQwR8G1jMhZlEhZcrZbclyOlWDIuQl6OjIWZzXg"
    "RGdXcfuN66pu7lqSuL5BHTFPMn48pwWLFuDVQPRVJ04dwNDlMm29mSvg6nYjFwvabjVxge"
    "0oWCwQ2REOG0EzaosLnl89OhmHXezH58Jy5F16wRCko3sNZAmT196eNCKuzYx3SajfpIm+"
    "eyN6FYExsglEnUDQCjzItYERUSt2nUHqr4gdPhJd8O+YsUoZpg5pmFLxIftz0TT4IiiAU/"
    "pUB9HhDzmZ6yT0Ty3dhNKKhbK1JYgVXFPlsVbO62VHzinvR+X9WBnFpFmu9+M+1ZwWF/qn"
    "80aKfuPe2ajY6EGbfVY0VBL8ISV48BLM6VwTIqmhsfT07CyLa83Z2XrXGrgXi1/jiyoHh9"
    "3mNeTuXqyi/IkOTjul1nvuhUgO77X3PHJzaf55CYHhkIfZP/8PbLxIMw=="
)
