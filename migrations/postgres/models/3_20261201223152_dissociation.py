from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "dissociation_request" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "asked_by" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "pending_key" INT UNIQUE,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "answered_at" TIMESTAMPTZ,
    "answered_by" VARCHAR(16),
    "answer_reason" VARCHAR(500),
    "association_id" INT NOT NULL REFERENCES "association" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "partner_id" INT NOT NULL REFERENCES "partner" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_dissociatio_custome_7d3d97" ON "dissociation_request" ("customer_id", "asked_by", "requested_at");
CREATE INDEX IF NOT EXISTS "idx_dissociatio_state_6ba8be" ON "dissociation_request" ("state", "expires_at");
COMMENT ON COLUMN "dissociation_request"."asked_by" IS 'PARTNER: PARTNER\nCUSTOMER: CUSTOMER\nOPERATOR: OPERATOR\nSYSTEM: SYSTEM';
COMMENT ON COLUMN "dissociation_request"."state" IS 'PENDING: PENDING\nAPPROVED: APPROVED\nREJECTED: REJECTED\nCANCELLED: CANCELLED\nEXPIRED: EXPIRED';
COMMENT ON COLUMN "dissociation_request"."answered_by" IS 'PARTNER: PARTNER\nCUSTOMER: CUSTOMER\nOPERATOR: OPERATOR\nSYSTEM: SYSTEM';
COMMENT ON TABLE "dissociation_request" IS 'One side''s request to end an association; the other side answers it.';
        CREATE TABLE IF NOT EXISTS "support_plan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(120) NOT NULL,
    "valid_from" TIMESTAMPTZ NOT NULL,
    "valid_until" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_support_pla_custome_e2c8dd" ON "support_plan" ("customer_id", "valid_until");
COMMENT ON TABLE "support_plan" IS 'A paid support plan; while valid, the account cannot be dissociated from its partner.';
        ALTER TABLE "association" ADD "dissolved_by" VARCHAR(16);
        ALTER TABLE "association" ADD "dissolution_reason" VARCHAR(500);
        ALTER TABLE "budget" ADD "ended_at" TIMESTAMPTZ;
        COMMENT ON COLUMN association."dissolved_by" IS 'PARTNER: PARTNER\nCUSTOMER: CUSTOMER\nOPERATOR: OPERATOR\nSYSTEM: SYSTEM';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "budget" DROP COLUMN "ended_at";
        ALTER TABLE "association" DROP COLUMN "dissolved_by";
        ALTER TABLE "association" DROP COLUMN "dissolution_reason";
        DROP TABLE IF EXISTS "dissociation_request";
        DROP TABLE IF EXISTS "support_plan";"""


MODELS_STATE = (
    "eJztXWt32rjW/itafGn6LqarpU3bk86atQhxWqYJ5ACZK2cZB4vgEyNzbJOUOWf++6st+W"
    "4DtrlEuPqSgKwtm70tae9nX/Tf2szSsem8as6Nr3hZO0P/rRFthumHxJU6qmnzedgODa52"
    "Z7Ku2txQH7xOd45ra2OXNk8008G0ScfO2DbmrmER6NxEc812CbZfOKh500aU8BXqEnOJNN"
    "T/0vyhcfoe6cY9dlxkTZA7xcjBYxu7yHBo37n7CY3mNp4Y30ZoYhDdYV1s6+kV3F63xvT+"
    "Brnf+50WxPjPAquudY9ps03v9+e/aDPth79hx/86f1AnBjb1GGcNHQZg7aq7nLO2NnEvWU"
    "f4EXfq2DIXMxJ2ni/dqUWC3gZxofUe0x+nuRiGd+0FMJssTNMTi89//qRhF/6IERodT7SF"
    "CSIDav4AYVtNVTvdgdpXBqpaS4nTp4jw3WsaWwReBfqoDvv19/AIPzTevPvw7uPb9+8+0i"
    "7sMYOWD3/zW4eM4YSMPZ1B7W92XXM13oPxOGQql1Sasa2pZmdzNqRIcJc+dpK7Pi/FZe9M"
    "+6aamNy7U/r1zfs1vPyl2Wt9afZO3rx/CTe06HTl07jjXWmwS8DukL18ZqhTzZkW4XGCrH"
    "KMfv8uB6Pfv1vJaLgUZzT91dgswuKAYDfM9RtC7obreMDK2kGY+/F1DuZ+fL2SuXApzlzb"
    "on0yeauQxYzxt00fSCNjnOKzT3tANjcvrtudgryu9ZTmxRmCv0Ny3ew0PytniP8fEjbgGQ"
    "rHLSqRPAJZLY+kOOjaACxTNTctlAt6xTVmOPulj1MmRKJ7pK/8D/sS0B6XmTWMHrSvlf6g"
    "eX0Dw88c5z8m41dzoMCVBmtdJlpPkmt9MAj6tT34guAr+qPbURg7Lce9t9kdw36DP2rwTN"
    "rCtVRiPamaHuWJ3+w3xcSMv80NOlwJMccpdyBmb6eQUt69lG38aD2UmsxxSillkaVsao6r"
    "LpxSck7SSkmLLGnPdlYLWatxos1W6xHsxLswXAEKmDxk262cY2keX1o2Nu7JV7xM6aUJvn"
    "pIzU040pGx+G//NfJbw5lta08BgpJ4uygH6O/GLtfhm/1W80KpMVbfaeOHJ83W1RjP4YrV"
    "sBItQd/0pVljlmzRiHbP+AM/BB7bR8kcxxobmvfD0yBa5HJ9LZKW6JgDTRsvHNeaMZArQo"
    "2eDHeKNB8BywLH8hEOyZCM6CMYj1j1KUZoapkeHua3oaepYWLWFB3NoIMzYqQRHXVur66Q"
    "Rd9ipBu0k/mIdXqDtusg/iqi8BUAyqn1xAYE0OdOczB6wHhOB3TRzALQjuBg8Mgt5/Rh/K"
    "cakhO4p4MIfoRmyzQNHb+sU1rU/+eV4fLnuuFrJ21Bmmk84JwI35/R2es/QrC90beU9v+z"
    "5j9L7V8SETwkIsimV1lrPyA+nLlfnNXU1u8rV1dKD+x9/mlIesql0us1r6CNfypj6e8eQT"
    "TgbosxPLqj0snoeGtcXpxrFX0pAQmmN8Z5/7aRg/dvGyt5D5fivE+tTUXU9hSxhFuEVtyD"
    "rbWErJO00kQ7DknfLctudMkxBF5OazfN3qADu533YUhat/1B9xqa/E9D0r1Res1Bl7b5n4"
    "ak/3t/oFyfIf5fjA2Rc34BP061seYU2w6zqQWWXsnN8PR1Hi8Q7bWS8+xawvHgqeTFwI0E"
    "lUQ3AiU8quU9Gi6zw4rxNkUnuZvBXYnJ7YevCXyjGH+ziUvxObkSH719LoHPfQOf1PAf9N"
    "qtQS1zg9sBd1uRoSrK3sTUzcHfcLvaAYfbscEqyuPUBr+Cy6vx+4Tm7MG9VPmlfHBcJy2I"
    "c2+Yy689bAb8zZbBRWTIHh+xQsL4O+37WLn5pfnYJXhg0T+7XzCE2u/yvsnZ+32e13mVBO"
    "4W+j3OwGr8F9gXwObX+DwY6bhsvrUvbhE/nOvi2dxtWQviMpdN2hUX71Ff643jfeljhZ03"
    "euQuNcPEOvJombdK8wPLJ5bNvFbO4u7feOyiE40gbcyGr9NeY9PAhHbXdRs7zktkEOb+mh"
    "ggkQQf93WfIXmi7wBzvNER7/A9kLpoxFtVOvltd/QKjR7wcoSAt9wNaBozw2W+NBZHz+8r"
    "A+UFdIt5iRp5cSave+Uitxu5cKXGGlypkcaVopOkKPSepD2Ml+UZNthKQO9sLS2CHfr9D4"
    "e/vBZ4gUrhAs8UtrPQDVd5xEzfSKsK4dX1agL0U3HQcaOK0IWtmRpDGI2nGrnHZ+hpaiHd"
    "0Ol/ute6FgTTjKf+NlrnMTlsY2VUd5hu8DxyRZu4WdE9O78DCwOKqLwjdm0UAhMj5GhLuI"
    "uDESxPpkE81YAxho5oWuSetlh15FhcuwiijKjegp0hMaga49/DecEJHf4QYZwRdLKeyD50"
    "i3Pj/ntRL/7RaLx9+6Hx+u37j6fvPnw4/fg6mMbpS+vm83n7M0zp2EK8WQmxxuOFbZdyUS"
    "dI5TYp8jZJl0HLVh8oI8v6p+MjCB2NVS33NGd8UU+ItVP/R/XcTPAu42UZtoZkkrVp1lJ+"
    "3OGpZk5Ua1LSj7duCMnybKdpsZiVkELkdbwkoLD7VHBPOedcKsDmJF0Fmb37EFmfaYWWjD"
    "iRDK3IWCWeL9Rq8/J7fLDu84cCVZurHPdIc/TnfreTzdKQImmJGmMX/Q+ZRi5PsmC6whqm"
    "ASti5qe/qp5cN39LLritq+550q6EAc6TusTEzfI8r2Z7QCC5Xp7rxaOOt4w0LrXZHajazM"
    "4CjYXBtqmAbOOv1UmpsQ719Qh3smuOxFQ/DgTFboSusEun7hkHokMEeKYtkW5BXmY0q/SF"
    "g7hNlpXAutsbMITbmmOiMte24aBh7Uef2NB/OvsxhKD1n4a1SMKrye4IJJRcp8+HLBtRbt"
    "rWI3jovcTXIbEApH4yHPyJ3hS68XlQR4YLYzjxZFfNNK0n5saHp/JvAtmt/lPByP5D5U5Z"
    "DdNRITnVj8KUuakHdcI7YwsICmx4IcVWO55o5sahtzzm3iqLRQfEIlvUtRulc9HufD5D3o"
    "chad7c9Lq/KBdnyP8EacI/K62BwkqF8U/Q9kv3K29iH4ZE+e2m3YMW74MY0LRjLexxeSkG"
    "1EKL8UoZDJSe2hyozX6/22o3B+1u5wxlNg+J53JQe8o/b5X+IPBB+A1lBNfIg2g1ViNajR"
    "Si5W+vRVTOKM1O0tsECkJ6l0flfLda43yXrnDIY5dL1uGK08o8b6F9qzoeG3q5LO8Ypczx"
    "FlnKj5pp6OqCuEZGLZP1Yk6QSjmLLGdZPvH7kPKBETfBZClz+4/YlSezz2Vi9GHX/J1UhJ"
    "R50fvIi37mgpvnhmnWMpwarL2+zpdx5/fY5MJYzc5CMDu8QJrB1DMJsh8UZLfxpJimNdkd"
    "KCgQyLT7wDRtlp39dG0Rb/lMMTckqZIKcJAsisgq4TiLUiZijFDCekKbiP5mUVDEETIJAY"
    "gsX2mfHsiOkrp+rSK6Pi9qkqXtB+VO1uj7YZ+NQUuDKUa8P9IQnfPYNCPhNg6E6PilNSIV"
    "518h5RHbSy/VFsKADIJG/JszSkcu7e0ustSGWAbINnmPR5HxeN3tDL5c/X6GvA8Qh9D6yo"
    "6c8z4kX/7nCRiRBsvzGCz421Sj+wqUaVuXLbZ5NmQOJPbUaHZu4RAG/n9ImreDrnrZU5Q/"
    "6OSIfBFjgsiTGDcpUJWwPRZzvaSY45RSzEKLGZNycUFROgkiiCxhCSLsLas9Ulq2WJWGFO"
    "Fu+Hv0FpKEaMSAaCLvuIntbQsmc+ilCSNViOXxRZZjK7vgU4sNVSVGpQG/zDU0zbyC1aQT"
    "R2ce1eqZd2Knt44cc3sHkCqfvStx1WBybwJXVS3omSMv1J1SRQgOEEXWBGk+EkrNyPEU6w"
    "BqAvA5x7Zh6a/QrZch6VgIOiB2JwA/KT8d2h0OE83KDd3PTTIA1j8jADMfLyzhGjyESq+M"
    "oTzkvyQe+4x4bFI+hfyrCVppAgttIKWnXv7plEkrjaUMY8lbT0slLUQp5WQSejJ5u3yhPS"
    "lGIyfPZlt41SEghS3h3GeAiMbgvOpy7NUSL1DBs/VWqtWhLbhRrx6HXfcbrey9fDJAWcYH"
    "yPgAGR8g4wNkfEA8KNnGj4a1cNQSMyWDtkLllA88Y2RBfVlQ/+jnzO6KCzP9uFTYUoxS4g"
    "8SfxBeohJ/kPjDevyhpTnTlrWYZ9d7jVytr8MexrQfHHnqdzxQnrTEHmRydBWSoyfaGKuP"
    "mrnIKFC5xkqKk1VpwzqwhXSnmf7+lJv5ERrJ+dKcl+np34EuLlQ9QiloGWJ+HKqYDIIWLQ"
    "hax/qCuQq2DPDlJtWFP1qFWJ8R47tDW9UivlmZtlT9a/W1dmq01+GKeTHkXBqr0litgrFa"
    "+QiE7uXlVbujqBftntIaXP2u9tufO3CgxYoLzBH7pdtr/6FcqAPlSrlu9r5SZazzmfbst7"
    "q3nQFzz67vMiSJYdX+jdJqN69UelvwXq29PCQ3ve6l0u+3ux3a1ld6v7RbEDKR0VrGtbX7"
    "UwccqqWUsvxihNIgENogwER3yiUVOzKn+AjkKw0+afAJYHXUj6cwWdL0yzRlUtbhOosGOq"
    "t6rHeOjDooHcby3AjC39gRhO7CxghKQqInw50iDYFTD/Hxs9LlSoyQx26KjCVNpsOaTDKk"
    "9XmcIHzyljyWKUYq1WGx1SW+WBdTlqI0VZpkO4voi+wYxVibJpT8zaGKBmE+2yqiseCiI2"
    "NyblU0On03HzYS1X6257ASH62iLE5PY6EUft/cytL0I6bYGhU/2iuHaj82rUV4yDfSxmPQ"
    "0bJU+BU94VhzKDjsfYeqFpjA0+joxHHxHL0DvR8OHp/b1phqIDZ+yQpewKHkU82B4hmGac"
    "Jp5WwAewnHjg/JSKObKZ5h4qp0aDznesuozoaaWXABRvCvxQ5dRwEtO8J8bhuP2niJ2PHK"
    "0MoeukmCZ6ZWiTWHt92ykTGbWzYMCM9muA7ix/kiZ0l/zeyFg0a8h2rjyQiGryMWccD6Wk"
    "900gwJK7EMBUDcqW0t7qfM7JlpBjBlTGVWR8Sito/jPFm2foZG/keV3nPKjoanvwZI5u4S"
    "nXS66k2z3/+127t4Kcswi2gK8ddIZd9T7F3tRkrSSX/SRn8Sm0VFeBwQVI65jdNcx2efrj"
    "k/+zSbv+ojtg06aKkSn1kDSFxeZEMztvsUmVspQpE9taVn2WmuWXa6ZpadJmdZqEEUYXec"
    "qmpH1e9+r3AMd8V2vDn2wKcV+Y0GzUTpdZoD5rA/Q7GvQ9L60u40zxD7V8aLv4ci8Fy/L/"
    "LOR0hEFkXZxSXP0rJ6YUknAHN9krGo5IufHONwXKev80X7l/bFbfOqVngi+JQwC/zPQ6LA"
    "jLjptfuKet3sDyAwJtUU76Vcnyd7saYyE6iRSz9bo56lVjQb3xvUCrVLVkRLEEv8X2i1LC"
    "KvR0NTDfJouCXKhm8aZk9p/8dn30cyvDgepZbYrzJId6KoVXrbygL6iq5uKweRtqdoi1zK"
    "XZQnmyJSwnrLfIotC36LIfz1heUpy6eWbfy1E3ZFx6oqw2DZ3rYOv3fseyXZwwpS7OSggq"
    "qyiLtut031qqKTO8EmnlO1dU5cmJpVRTY52HF2kDnouUP7fLSqMks3Isdb2Jg+uLPt+3UR"
    "GbLHR6wq92Z4dodtyjdzF9qCQqipObcNB0f7VpJvGljVkm9F+RYJwNmWZ5UMWIrX+qFG7V"
    "/b8umSDVJVFlnENAiO4FpbcqsdDHS0yMAGhtk6trdkUhfGqOobRRcmbD9inb5T3EmyJbN6"
    "3nhRn0tF+cZC5bZnFxumqmxyFnPmx5+b2rZrVZ8PdUNHqhK3CkXYxuofG49YXXs4oM9d/5"
    "DAXcOFx7IhlIxL9i3JNeHJEWNzc5Sy6kR654lW9uheOMi07g2CPPo6mlgLoqO7JYsD7n9p"
    "/tA4fY90455abhB/DMG5d1izsY1c6wFn5ijubnA/Jpp9g3BeZ2o9ERb1XEeay4d/hZr+Ha"
    "CLSd9dL5J4RHVkg66mEO9Mm0zaibZ5Z2ePhuSE0lsL9yUa08d10MSwHVcGBgsYGMzkXzis"
    "Lk5VubjV3Qd6jW2slfMaxillQIRwvsIEcuCtikXFHKeUYhZbzN5GV1jIETrp9BdZwqbmuF"
    "Tzo5tccSknaaWkRZa0LPkjS/4IYO7Wj6fkT5bnMcPaXuGgXG1xZzlJ81ndXYKRY+iYmsUe"
    "HbVrEd1tIas1ArZ8YtaxBYYn608vO0/YhiTatLW9i0HByh4xFxC5Vx/w0k+cjdLT8aHC0N"
    "QwMbvk34z29ChZhnDn9uoKaRMX2yBB5xM15+mlIeEvdh0SjU3I6YUhwNq70xyMHjCesyxf"
    "fyR/8DlkIIfPkLuaUSx323mg2swdiyD1xuXaDaX6s8YymeFSRLOV9Y8Om/QbEVCpRIsIvc"
    "ipLRU7JI8a/M6qY0BXBdD7FCKLqSQYc/o6T61W2msli9m1ROKdvzqVyrzziUXmdu1G6Vy0"
    "O5/ppOAfhqR5c9Pr/gKVf/1PQ9JTflZaA2jzP9HJ0+y0lKsraAw+Dony2027B23eBzEmS2"
    "RzLbCDJKh2kmBSga0kugZF9vMUXzdlccVpJZgltAEsMcvvQszcKimXuBQnlXjWUch5C70/"
    "PoTA2YEV0/w549XiBkCKUGCZiWQGRCCQgqeSpwglBJx1OLkE1/fEWahWTooyNk4k+brZab"
    "E2Uq+w36Kaeb31hOsivTbGvBc9quL02q1BLet93gGTb8KRKsrg+DTOwVzpeivC3nWut5C/"
    "z+N7U6B2YYt+rmV43MKL9XV+Nl7/cOz3yxPTSvtCbdxH7oxC1ByxIeLzDk/o+4P8+i1wlZ"
    "2UkeVOKz2KjBgVy6sk65vut74pTJPCAbkxIpHdEqU5vYcalw6rxVP8wL6QTGKeQmNhEtr+"
    "LsSsuS7Uoc/IVFuN30RIDmcHvxZ6y4+VQHEWs3LpCnFS6SsQeeJMqGKWXeRg5cSJksiJk5"
    "w4PndUx/Cs6CJzJ00tp49o0yeFFT4TDpAuxpIFCGSWbFmDDAT9g6IxeSECXqMnOK5mQd8u"
    "m50pEwyJeDmaV0iBLBgUVKXhQaph8mgWdLDj0fNEuvJb8lhWPrYMXz0s0FDw7IFtDh0QjL"
    "F7Tkb1phEEwM08FLBUmEB6GJGRh9ptp33ZhgBG78OQ9JWbZo/uJGfI/yRGHIBX8MwvdP9A"
    "GVFWSCuGElpQPaXfve21FLXZanVvOwOITY23DEnrqnt7EXaIfR2Sy3an2Wm1m1dhj1RTGV"
    "Hvvl4+FZtdLswyTikhCuFURZkx/D1J2Cu2WEgTjNHIcIwMg9rbvopxNUojubo5yMUzb1Ic"
    "lsEB6eCA2JTdfP6xZ0VK1uZhbXTeipTwHK3imoWyxIu8roFXEh03wiq/TjU3fmqwD6+nQZ"
    "I1fVkW8lhzpqo2AysgyEKGQCL6x9CRQRB0+IQ09h/xWvFopi3p9aWXl+y4r1DkSGIWpKGR"
    "5ZAwEjbOsAZnErPvkV9LaceWrTvDWqlEY2fueVwlACMBmEoAMGwapnl7bRFvQ0iDLQFJlT"
    "SafzQab99+aLx++/7j6bsPH04/vg7e4fSldS/zeftzm5v0oQQy/JrhGliI+Qk6KYHSEgiW"
    "8hT7N4Adcxl0Uz8OQzjKggK7R4LsgId61g6yizRy5S811uQvNdL5SzK/RhavEtCS27J4Vf"
    "LIKkqtL8Y7ODiBH1x14Y9WIQmULUhu+ackZDM1fw3yvMctiIlAb1193DvAJAMdCI82WQ0M"
    "TMI+uWqd8TxflkPh2eLUoJ/Y1l+YvEJQ1TvSvHDgLsgi5hI9TTFBBOqB0Qu8Fn123bNd3o"
    "ChD17he78E2rD2YwBTGPpPZz/yG/40rEUKoXGuoKlFBRCWQIMK5cg0JvQNK1gDjT+DPyxU"
    "QAt+ph6gJqUACv44QemzMA07ckFCF4eFLlan0G92mh9HPS2/wpN6fnvxWRkEhZ6870OSLo"
    "7Ar6jKb1+at31W9SnZIoZXnM9RzvaSMkwMIbQggyCFIIDB+6A2OxeqH/wQXI61iiGwcH0v"
    "YvPFqXZSs0Ig3PDdxxxcfvdxJZfhUpzLxFpVtC6bv37/yhnTeykGwvWbEuBUjFCiU0KjU6"
    "FGVlDIMUIZiiOyjCUqVrWqM4JNFgk2HhvY+NylZgR7gXdQaYY+AgNknisop63j2Zzqt2S8"
    "7LHokloG+JbuVF+Hwxlhd9UO++fC5EaRe/3wFXAua8Jgp7FmmtiuM5TJi6OZU75jdiYfOx"
    "gvqMp/b604h2BXgzMszhlbcxzEAPER0An9gZaNID+ADWbodUS/sx6mgYkblGuhdwZckFhk"
    "ObMWDhvgJT8EgRpyQ0LvjM0JDE/ND9o0d+scHBzRyyo/knBUj51TSIdkD8XuTHtxjJFPFo"
    "grspGOx1Q4zpA8TY3xFAjcJwsinMYL24an836lg+wFcV6h0YRyj6WGRcKdIreLHrRwQv/Z"
    "S+Tib+6QwBM8arYBr4RDf9bI52gwSsDiO0tfIgdrJta9WCh4dvqoNjVqdYBLZ0BAORIKD3"
    "rUkWOxkdh7hzQTBKlbmDPMxo90SH4dTtlz6LDBLSEea6zZNuXQr4CTQlyXNZvDnGTZbfCM"
    "DCVl+GlM/HDEo2uYJjCIUOasAjr/rDFRwNVQXhy+lCV3ngnNDCSS1/APCESGvUra/m9y2f"
    "5v1tj+b9K2f+RVL8DmOFUFeb370LfIulyE0wkyyeocrJapZZv032qgHREFoKigk7QS1xJZ"
    "0nDuzMIJKjfmVLISVBJ/yTrthOvXaa6eG0SzV0QFR6kSXL1burxEznHxdV1471X3PDZP6M"
    "Zz3u40e7+fXDd/exmbLFfdzme/f3QOnP8+UJoJ1h9XibZDGhXHvnIJUimnTR4Nd2WFnMjV"
    "+lpkKN4vR0EcDzqD0x0D2jNqy5sGeUAnlMqiX/7ZY1VxXwLUohGASQyInQoI4MRJHrrEwq"
    "2ySuPs5T6AEw18BIJBB1PribDYqzrSXMQOpWdnXzJkB8AmH1zh9hCHGywb6xzLYUemQaOH"
    "jgyJD48A4GGN2WgcFFo4GPHgMh/UGpvW+IE9UxOgEAyAVez3hrgI/a13C/0eu2gOPV10Mu"
    "Lf1f8b0Sc3TQSNlAsQpPayjjicxFCaSNlyOp4OMWi2tbiHOsRA5CDNieXX0SfgQ+cOGfOB"
    "ZxYkFkGhGTcDHczQZbDYYeEVNt+zrdEcBVZ8YpFtUiipAsf49VgpFfYJjv67VHq95hW08U"
    "/J5SUXHLPz6jfblLs5ivo2V+3O1zMEf4ek26H/lTPE/4shALbqFy5BHaeSWaAb8Zn4sl/I"
    "bI9RSnxGON33eC0cKeaSYobFgqquRWrpRkkkLJOGZShv1HF2svZKnsZoZIHiNNL1aD2UPN"
    "U3SimBYpHXIs/k3UaRTgwh8HmStetuZ/Dl6vcz5H2AxJfW1+ZnBRJf2Acx1GqPpSXqT6Qo"
    "K7RbHLgAhcdK/G2qLRx2RJ0W5AJvMU8yxxN60jQ7t2D68/9D0rwddNXLnqL8AXlG4Rcxpg"
    "6D+jAuFnccJ6rQlDn6cG7R7JA9x3PLsy13EnGcGcztTfId8LZAqLxgy0Je3sYXxPJVOSKe"
    "ki0LclTzQNxixTgK+jN5oY0MV2ZQgWO1FzNIlQjKfuTyZC7s8VSDazaVz5Nmgv+MtpB7HC"
    "84eULbwRVIbZOpZRt/Yd33Tr5Ec1MbZ5Wt3O3w4CNs0y5ji7sgeRA/7ej57qI1KQ0XzS0Q"
    "JXKtT2jER1Dvlqo3KAumBm8hK2qhDYnX7t0L6MFxmvAI4qlmTooXkZAev4N6/CrvYrq5BV"
    "26Dyaw9wn8fR3lV+7uYx+GhF7ogJnM/4uh6svamM9jGMuyfYcr2+ftNcVB2BihDHkTGYOV"
    "Seh7Qy2SmlpB/GIFuQSI0qyO6MvFmJwm3M2rfPRaqUz7f7a0/+S8PygeJ9hCkRuOW7FY7q"
    "AUQOYqk5aJX4I0p0QSh3Ec1fqSVyjpxTUmjh7VXXrt1iAhjq1QJ/9Fz8CdInNgNfIUmXIb"
    "IafV/NoMqUgY5ZAwCvufYuuaenRe/8oFh75p5MpJb6zJSW+ki7tb1hwYAk7lrULUMwcSGr"
    "46pnB1Gca7aUM7Wnu+QApbBMCcG1DRdFvP2Nz4ysuiHqfM006xGMgrPYgFmOX5u3bCruhY"
    "VWWYboQvheoXhtqObxeRIXt8xKpyjxfO3pJf4akH1bCL0zEnu5iN8ezjKr5MLNDAUTmMsB"
    "2zqnjCyL6CRG7oBvtEed+DHOgWVP7INNyTnerrTXjeXWWJ1UE9kTwRJNAXzW3rkTKKFQ/0"
    "Sgne4YllYwiycOEKC+7gGegvHOTfD50Ma7TbveUGTcPay6xIkn3cZki+4rmLNHZUKstZt/"
    "G9AT+ZJYrDLR2voJ/mIoINACbQxLSe0Jg+go3Zq8/CRCy49MJhNDkjRCSccUg4A880Y4WR"
    "vcLL4RNUDtBonOY6IuJ0zRkRp+mEV/riF04rjhGJDFqU5vRpLk6fruH0aar0W8lTNuUhm3"
    "Vx0QiZVPzdiVlzXTybZxmvKzf7KInMf02dAE2HX8xK1kqMkcoMWJEnzoQqZgu7UDZ+lERO"
    "nOTE8bmjOobnYioyd9LUcvqINn0KODv2CV0AGmE/4tCbmYFcpPrU1wEXttdbNaLd9xmFED"
    "8d9FEzDV1dEJfaijLP48DHgE6K2Jpe98pZ87uvXcXfacDDim4FcUppfwi3D6TFzJeuUnIO"
    "SKWghRa0zFaQQd4COMXqZYK8n01PtRb2Sv2UX9ukl4a9cnjRnMUdtNxhHSoiL3TkDwCHQT"
    "FVFHKSeeHl+RxOoLJM03pygpOoIl4vz8mf5UXb121kPrTUk8Vj7J715OeNkH7urXT/MdLh"
    "YlXG3ZUklkqqVFKPQqpSSZVKah4ltb+Yzy3bvTG1zNNPopfXqqoO7whxfAUOQDF05BFCzR"
    "zyCU7bMDFiyEA9qilCqBScfXqHURC765+gCtFaXvZY9vEne7mLxHiFWquk7ip114zF/0A1"
    "YPaiuUoE/bvQWSWC/p0IWhon0jiRxkkR46SJbWM8rWXYJd6VtSaJFvaRBSWOaWqv0+Ufse"
    "0ULEAYIakgaLqX7ACYVAU47HWvIHff5Cru+GZNccc36eKO9I4uzqpg+nO/21kZWuyTJLU8"
    "Y+yi/yHTOOZ84yzmAjNiqp3P0+A46Qi7WxmHScMA51mawiE3s7//H0zRqRg="
)
