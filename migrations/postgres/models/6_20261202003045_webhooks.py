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
        DROP TABLE IF EXISTS "webhook_stream";
        DROP TABLE IF EXISTS "webhook_attempt";
        DROP TABLE IF EXISTS "webhook_endpoint";
        DROP TABLE IF EXISTS "webhook_delivery";"""


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
    "mLkjtgV2ZUKeo0x/8KfCnm6wWXc0FNm5DemqFNB4B4mxswKcHABP83pKhz21dZ3y6IS719"
    "l0EXfvturS4Mt6LCHp1OV3ax4LAYqdKGK60rPVfYQMXU3/rEudScsUI00YRoktvSmqStEY"
    "cPchqHCtjwYznJ/V8GvW4677328ePAnDroP8gyj7lYTRoXgRORM8A7bU++tH6PH8SX172L"
    "+OYOHVxUyModKlySpn5F65psUMJiDbeqYr+B4iD0FE8r8jzKktbpDW2F4jLV2VzTF2B+8R"
    "NvwVnG/5gGqEjQ4D2oKfw/kuXR0ILrG0v9yU3FxZxXqEV887eIS9DJE9e6gET0M2rMdSa7"
    "CP1aTjultsFGjUK5tdjSdTJWlm9l+a6F5VsswyRvv1DiInHJ89snqROUfOCDO7QH5mJ+jE"
    "6NQOER8LfyBPu3WJmXKs6keRxadZgFOU6PGNnhkKpG4yCnyGmmlB2nG1J2nCZTdqiUEipf"
    "cwVNaDvma45XaebUxmpaQq1AWav5yuutRiNQtAYX9QoDpjM1e9mtrBUGKwYgbeRnDojArd"
    "mZgg4E1TzXAwOzoE0m86xMbSXSBri6uClslH9j8gpBIavQ5RWDpyBKLDAdYoIIWC75DVl+"
    "LT3Vd5kPEOiDW+vNy/o9avwUGHqNn89/kg/8edQI5f6WXEFzygcgyPoNRbmQZc74DMuZ9l"
    "u+g9ctJP32f6bhoyaFAAr5On627yDzWOiGgi4OC12szxq33Vv5OFJIe0mNtYvbq4/toZ/b"
    "2P0+Isl8gPKO1v79U+t2IBIdx6/Et4PncUeWa1Rbb+bePoaxLio9kL53uO857n7QWt0rzf"
    "M6929HrlZjwIL9PY/OF6UqJU1jhXDD8j0TCF2Xpz2dv1772inTe8l/KeWbAuBUhFChU5VG"
    "pwKJLOcgRwhVDESVx1ihYnVLtFqxxaLAxmMDG587u2rFJnBW3m5IrspfQQAyzxUN0THwYs"
    "nlWzJ96gvvkkYK+JZs1NyEw5lBc80O2mfC5MahZ333GXAuOhOw01S3LGw3Bcrk+tEsOd+x"
    "KEMvasH7heju6JrSe2V1LrA4NqVuDINwFxI9oBP+A6mNIDBbdGYaTQjHEC1k3IKXoZQ/GX"
    "BBQsnTgq6Y6OClrPvHFbkR4U/G1gy65+oHv7R0mhIcHPPbmmHe8ZcZy7iNwafWd6dnP0CX"
    "4qXEk3kriTHKxQJ+RTYy8JQPDhuRx7k5nYvwjUcKHk7C35r4v5Ihe0XYKzSece6JnBwhd6"
    "fQ48K1BU/4P/sJOfirMyLwBg+6bcKUYPxnjT2O+r34LJ5Q4wkxrFvYcH2h4N35q9pcqTVE"
    "zAgQcI4EgwctmohRGZAigFPdgoE0KJYMs/ED71Leh8LyjHfrPxL8saa6bXMO/QY4Kfh10c"
    "US1qRIKwLvKFBSgZ9Ghp/fYY5pWcAgwpmzDuj8qyGGAu4G4yXhS5Vl9pnQTH9Esir+PkGV"
    "Ya+Cuv+bTLr/mw26/5uk7h+a6jnYHKWqIa/Ld30L7ct5OB0jU6zOwGqV02Ob/FsPtCMkAO"
    "Qd6DitwrWqPNJQanXF/GIFGYWsGJXCX9IKfEr5OsnVC5Po9hqv4DBVjKuTJ0dmhT0uvm5y"
    "73XDdPx1wg+ei0631f/DD+rxF8t1r/vxIiWs5+KPYbsVY/1xZSU/pFJx7DtXRYK3OuTBdN"
    "amJg3dbW5EhqLtMmQidaGzFwwFtOdcl7dMco9OOBXlX/7VF4VgXgLUohOASUzwnfIJkENd"
    "1yXhbpWWk3QvzwGcaOghEAI6mNNHInyvmkh30NTGgu69RHYAbPLAFakPSbiB2tiQWI6oEg"
    "4XXXRkRDx4BAAPOhW9SVBoxTCSzmUeqDW16PRevFMLoBAMgFXk9wa4CP+tk5Vxhx20hJYO"
    "OhnL79p/jfmbWxaCi5wL4KQGKUIEnCRQmlClLt6fyAZi09UdlN4BIoZ0Fomv428gu86bdU"
    "M6iYVQaMFNXwbLnXZDwSs7witivadroxkyW3rEVdZJIZclVK7vixyW4hNUu//Q7vdb13BN"
    "fopvL5ngmNLTju6SZ/QoEoted7qfzxH8HZFel/9vnyP5vxoDIHb93FWXolQqCnQrPhPd9n"
    "Op7RFKhc9UTvY9Xg1HDXPBYYbNgouuecrHhEkULJOEZThvtGl6sPZankZoVE2eJNL1wI/p"
    "ImdOlFIBxVXei1yVdxdBOtZFKb75exKnv/S6w0/Xf5wj9wMEvlx+bn1sQ+CL+FANsdplaY"
    "H8EwnKGp0WB05A4bISf53rKyaqsut+LPAO6yS1v0ovmlb3FlR/+X9EWrfDnvah327/CXFG"
    "wZdqLB0B9WGcz+84SlSjJXP07txV00P27M/9HA7HVWNxCR7Hqc7c7iIvgbc5XOUrti1k5W"
    "10QyyelSNkKdkxIUcr6KlGczpfMo6c9swvumm1ZMHmRopBM3y7ucmiKUpv6qGWmbzcXQKw"
    "ATLI7gip6xF0dS5yPzTRnD4iSEcPVjOH0nvpmv44ByMhgpqu2EAn4KJ8Dh04L9P93ct/DN"
    "gOoYMXzO+cy3YTbPPvtudrfi68yjmrzAdswy2CH0SaCAgFEMY/xrntdbDegxoe1BBzVxZv"
    "3MV5WiXVL1cVWG8GdEcruyQUECgpKC3Xn/I//RbAJmNliwNcW+TBvmNUagGlLCBs2zRlP1"
    "pvgvUJKow8FDS/fp8p6uP7DVEf3yejPp6lZnlFZ+1zFC2PjkQJOlxv5Uzo1y9uZ0c2EFnV"
    "uNAErFJ5MpkBMEUl8VMDrldG/BhuPx9hJhfLlT2d63DP5iP9qFuigJgsKhbJhH/Cr4OPIj"
    "/H5tQ2/+bKgYszvERLS5+m5dMvt3twXuzwJlMqfSOlSsEbuk6F4WT5XINZUpgUXLN5j8ay"
    "B23ypLmdiihPcGMU2fb0EfHKp8mWQE9JwlURz3Vrlj+7nXJFPKgrYu19325u4TgegG3O/Q"
    "SOiN32b9IPUXwYEX6jC/Y7+b8aNgiVtP+Zqu2ofOIHyyfunjX5NfYIoYrFqbK+rrJj7c2c"
    "GpfUchpW15Ary3UKNBLIy/mYnCQsZyofvVSq8pE9Wz6y+Lo/qKNAxTaKzH4CazbLEnKUpe"
    "4yyTHxaiNkHJFYlcCj2l+yDkpyc40MR5/LLv3O5TA2HLuhTgHilwY9RfDA9fgTFe00D4XM"
    "ZguH1s0AydlWZV6YqrFlMbekPRismUisNnOwDZxg6cbwPTxH5IEzVtjLGSaQJOiC4K+Oby"
    "CHqFphipOmdFl6gVBnDvZ4TmXhGVjfkUFfQuFI324+Ig4Uo5xaurmQ8Bb8BBlEOxZX+crl"
    "irFpjZsCOLOwgNlEHQbQmCWR9xr8B4/dz2z8SgYmi9xr/BUgvZxXegLqRpjeW0OmswkWP/"
    "wcrvK2XNbWbc5A8TP8txJYGnGaI3LH356g1bIpsrkZfGYTkQNvqTMHjYNgnDE6EZAdf1uP"
    "8XxGwUMgBNnE7GVmmE2ERUPjUERXPsRNuQccyj2AL0BzCZkQ86AQEaIqA3NFUYizTKUEzj"
    "bUEjhLJq5aTf4HT3PxOURSRy7vA+uBLTTJ4iE/ANYEIbjt62Bb3oTntH8fRqCcRPHqSJ4b"
    "r3m8onXCFWZd5YbtuL5PfEAM0y0lkxPK9Mj8UjQjMmhDXRP4OyIfW7+2tdubc+R+GBFAu6"
    "76rd+658j/WA20XwVnF1o8xwaGquDsb2KYpaqTd4gDqoOEuyqDRkGDRlijzL1bx4lVZHOV"
    "x9rDAXIg/mESlRAgbkixdOZ4YSBFqiIlydUCqvICEgOW27E4SlUHDfAA3sUAKxYJfgjI1F"
    "Kq8lLCnIVFFMQwnRrhqo1wwg6eKSLWPQEtepcC0ecIiI2Fbx6nynjYgFjP1J1i/gtZwdfb"
    "/kJG9612v/Wc2G7tUY7Uh3SkFv9zSDhe+9rlrXxzmqlczumGcjmnCdFmSukSewF8u2TPTe"
    "2oyhaco8qkq0BsJaZExJSlCcXWd03asTQ/y4rtxznmSfEkgjCp5CY5mOVGvJXCrnBfdWWY"
    "YQaTQvNqVu7Gt6tQl33ZY125N7Mx/jstxW4efn0QnRytYr2ZQ0FNjB25FC2MUsfJJEKNmS"
    "YdiXdjlh/hXMMZ9Ygnc0rvNUwMGZW8G6t+k9213d7qNLn2C3Iw9shnbB+K2lxCKbdUuCPe"
    "qLkZ+JDNNVEpxy8QlyXyXji8Lm36IDJzEb829ATPqA1et44jfIQhKF6WFHrBkPc8dDJq8G"
    "Z31PEvjRopicD285gR+Qw+wzrAPrJGs43vTPjJwpUaHsncCs26gwg2Ac5BM4s+oil/BRuL"
    "DUO4/VK49YIJmowuvwoEOiQIhNPTimxIoOMR1A4G2oujLkz83HViIkRVhnoKc/osE6fPNn"
    "D6rJK2xKrx/dgxHOWI+M0Ns/JfKtl/CbpfLQoWv46QKlN8lRcO5PRd2bnKK4VJ1MKJLxyP"
    "OxozXcNcnrWTpFbLp8rL51kyXVZsPJ8x0WWe9APlgUaAA9kPOLC+p2BGiTbNTZCR7bbWzH"
    "DzfXrN/BXJPvKgW6bnq68yEx4US7HxLI+W7zavHY5SfhlYOacBicx7CEcpleZX6RM4vHUV"
    "GucyI5TUQKv8esdxJCVEKZWWbI9pyZ5NTqUre618Ku9tk0uDVhnsl2w1gSsTbKCpRVcG8j"
    "p4hX6bC1HUzRnEebZc8lYzaln0kUmDoUhO5NsbXaeUNPvlvh6jMngrObl6jN2znPy8Hv3P"
    "fZTu36c/2KyKGBrjxEpIVULqUYyqElKVkJpFSB2slktqOzeWTtLk1PDtjaIqkw3B75RkFV"
    "eXumkglxCqvJD3brpLgQw0w5IiOKkR6kDuS9/XHARLECjBT86Ndkytd7OfpyiMt1J7lZJd"
    "leyasvkfqGrJXiRXhaB/EzKrQtC/kYFWyolSTpRykkc5caOqvMwxKfpJrMVGFcUL+dJDjT"
    "NVRPg0HN4gN6oVcuP7NQGezkWJgSaa00dkUXIntQnIbLyS8TOQaF9k1YckY7IUgO6gBZXB"
    "rImaCHt50oi8QZ/NC+jvEYJ/oJWNpxj65e3YI7bdSqFZdBrvhdzpwv+qzP7VzOxPVotJ2i"
    "a4lv0BgTplUlxLRc2QYjByhFKJaZUW04yVl7gnj1d2jEotoPQFxE8rPyI3I2djVDVy2S2v"
    "bGDexKcq52m+nKd8e1nyh2INf51ie5lyAKwvMJJGWwe2b9rz91FsJCZ4ZpcqY4R12pqfw+"
    "k/OSIl6NmuHncV6vHIRiSruh2bjRVUt/1BWK9vh8dpu8IdnifZNG78AJX9TkClBU14gRnj"
    "r/wSqvJRImrUiTQrfkEeJDBQ8Dob3F5etttX7SvQhz+0Otf804kpw0wT6nb5jxkRGztQLA"
    "/ZOkF05bx8hdrw231FXqj1xH20W1lP6vKc02jsvgOfHbIe34iMXTZ+B5fmWDew/TLI5KEH"
    "qjzk8TBsuoRkHlh3svvUeb/TnZI+IHQv0+H5hZpA128i3h7eXVOaf2U1//gI5oWaXbI6nZ"
    "Tlydre5M81v8NUNdJgDjLP47wXjMuj7ESoaug3+fZdBo3n7bu1Cg/cijI6OIXyMDpKVUNG"
    "l+9BsdSfLKqncPmXQa+bzuUQSRxJNKcO+g+yzEypMiu2o2zgLPBiszoZ1xybUVgQOshRu3"
    "I9DnUc9SqLOrGUnqhbpYUpWfiAOuY7lLVKIVf5Lapsi1CZ7r+JYZ6ZxGTzQuMcI1XLucrj"
    "HANaMh6JMSqllW9HpnEoD3M5yHQNMzs3Y8h0bJ7lRaaTZcNs+lhOWm1VOqwIju9P2fU4fn"
    "hWb8fxw6tqO47/2xzbGOle0Ax61DlPRBiNAGQYuukNhth4hcYBQMPGCAb66Rza2E8IriVj"
    "ekrreURGZAjQO+bikoMY3xgYwPgQu04wNrCBTIL4QaHbYBOA+y/fI33mgOMcsqmsJCDQ+6"
    "WNH0y6YsJwIDoaEYdS12Iw9m5r8lFakN10HGD5HpLPBJTPHk1nOkf875yuHGRRJtOFP2XG"
    "9V3+FPXU+1bA+r3FHa3sXFm63eY1xM1OX2dyyoBm67NHv066ZYSWdx4ELUa2E4pWDNf5ab"
    "YiU7F3TFam5ZiEvYLn/bwvoOfQ4Fr4NXOsgBhZ7cLETrMug02rILEICPzyNHsUpfzkIuuU"
    "Cp8qxuYJJ9sXn73d/bBT/KLXu45M8YtO3N/o9stFu3/yRvCdNzKdNRYow2SCb5qNdZZzci"
    "dJ6+AGFjNFZZrhbzfM8LfJGe5zLj88EiNV8EiV4REpG+eyyfgUNZSa3mRaS282rKU3ybUU"
    "U0TyMDuFtH4b2CGYrhWvirG5J7W9VXl7U8acb2KYV0uj4DBHKdUwV3qYo+BaRuQsSqQsOd"
    "stOS7HSjDk3AQ9HRmLsxpworOruP3GdVU3dy1JXN+gjpgnGT+e04JFC/BqIPqqE6cOYOhy"
    "mbbezBVwdbuRiwVtt5q4wHYULBaI7AiHjaAZtcUFz68enYzDLvbjc2E58i69YAjS0b0Gso"
    "TJa29PGhHXZsa7JNRv0kTfvRG9isAY2QSiTiBoBR7k2sCIqBW7ziD1V8QOH4ku+HfMWKUM"
    "U4c0TKn4kP25aBp8ERTAKX2qg+jwh5zMdRL6p5ZuQmnFQtnaEsQKrqnyWCvn9bIj55T3o/"
    "J+rIxi0izX+3Gfak6LC/3TeSNFv3HvbFRs9KDNPisaKgn+kBI8eAnmdK4JkdTQWHp6dpbF"
    "tebsbL1rDdyLxa/xRZWDw27zGnJ3L1ZR/kQHp51S6z33QiSH99p7Hrm5NP+8hMBwyMPsn/"
    "8Hzqq/nA=="
)
