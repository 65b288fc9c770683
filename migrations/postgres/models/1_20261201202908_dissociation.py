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
        ALTER TABLE "association" ADD "dissolution_reason" VARCHAR(500);
        ALTER TABLE "association" ADD "dissolved_by" VARCHAR(16);
        ALTER TABLE "budget" ADD "ended_at" TIMESTAMPTZ;
        COMMENT ON COLUMN association."dissolved_by" IS 'PARTNER: PARTNER\nCUSTOMER: CUSTOMER\nOPERATOR: OPERATOR\nSYSTEM: SYSTEM';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "budget" DROP COLUMN "ended_at";
        ALTER TABLE "association" DROP COLUMN "dissolution_reason";
        ALTER TABLE "association" DROP COLUMN "dissolved_by";
        DROP TABLE IF EXISTS "dissociation_request";
        DROP TABLE IF EXISTS "support_plan";"""


MODELS_STATE = (
    "eJztXf1zm7jW/lc0/mXbGW+ndZu2N93ZGcehrbepnbWd/fQdQkCOeYMlX8DJZu/d//3Vkf"
    "gG24Cxg6l+SYjQEeQRks55dM7Rf1sLamDLedFdml/wY+sU/bdFtAVmF4k7bdTSlsuwHApc"
    "7cbiVbWlqd55lW4c19Z0lxXPNMvBrMjAjm6bS9ekBCp30VKzXYLt7xzUvewjJvgCDYn1iD"
    "Q0/tz9vnPyFhnmLXZcRGfInWPkYN3GLjIdVnfpfkDXSxvPzL+u0cwkhsOr2PThBTzeoDp7"
    "vklu9/6kFTH/s8KqS28xK7bZ8/78Nytm9fBf2PH/XN6pMxNbRgxZ04AGeLnqPi55WZ+4H3"
    "lF+CduVJ1aqwUJKy8f3TklQW2TuFB6i9k/p7kYmnftFYBNVpbldYuPv3jTsIp4xYiMgWfa"
    "yoIuA2nxAmFZS1UHw4k6Viaq2kp1py8Rwd0r0imBT4G9qsP/+1t4he87r968e/P+9ds371"
    "kV/ppBybt/xKNDYIQgh2cwaf3D72uuJmpwjENQRU+lge3NNTsb2VAigS577SS6Ppb1hXeh"
    "/aVamNy6c/bnq7cbsPylO+p97o6evXr7HB5I2XAVw3jg3enwWwB3CK8YGepcc+ZFME6INQ"
    "7ot29yAP32zVqg4VYcaPZfY6sIxIFANeD6BSG64TweQNk6CLjvX+YA9/3LteDCrTi47GME"
    "KFTNTSN8zu645gJnoxyXTEBteKIv/It9Ab/H73oD1JP+V2U86X69hOYXjvMfi+PVnShwp8"
    "NLHxOlz5KTS9AI+rU/+YzgT/THcKBwOKnj3tr8iWG9yR8teCdt5VKV0AdVM6KY+MV+Uayb"
    "bXxP70p1c1yygm72pibZy9X3sqU5rrpySvVzUlb2dJ172lPj1UKKc1xouwJ9BHN0FTo0WC"
    "Wzu2wVWiCWxvgjtbF5S5gdyKHus5fSiI4zcPWMxsuwpSOD+B//M/JLw5Ftaw+BMZf4uhgC"
    "7P/GrlDVuuNe91xpcahvNP3uQbMNNYY53KEdmigJ6qZvLTqLZIlGtFuOD/wj8Nq+we44VD"
    "c17x9P2/OR2+2NRn2iYg7DXl85Ll1wezsijR5Md85Mbg+yLDs9n+CUTMk1ewXzHqu+xDWa"
    "U8szzf0y9DA3LcyLoq0xq14II40YaHB1cYEo+4qRYbJK1j022AP6roPEp4jCTwAk5/SBNw"
    "j2543mYHSH8ZI16KIFBf6A4KDxyCOX7GX8t5qSZ/BMBxF8D8XUskwDP28zWTT++cJ0xXtd"
    "irmTlSDNMu9wTrLhz+jo9V8hWN7YV8rq/9ny36X1b0lOHJKc4MMr26hTyGqRmlVjIAfChz"
    "PwikPdGilj5eJCGZ0i/2pKRspHZTTqXkCZuEqO/achM0x42kqHV3dUNhgdb47La3Kvky/V"
    "QTXTG+PYv+7kwP51Zy32cCuOfWpuKqK2p4SlIV5rxT1YWkv0dVJWmmjH0dM3j2UXumQbNZ"
    "5OW5fd0WQAq513MSW9q/Fk+BWK/KspGV4qo+5kyMr8qykZ/z6eKF9PkfhdjwVRIL+Cf061"
    "seYUWw6zpWvceyUXw5OXeQhpVmst8vxegpL2VPJi5EZCSrIbgRIe1fLuTZfbYcWwTclJdD"
    "PQlZzcfnBN8BvF8M0WLoVzciY+evtcEp/7Jj6Z4T8Z9XuTVuYCVwG6vUhTDYU3MXRz4Bsu"
    "VxUg3I811lCMUwv8GpTX8/cJzdmje5nyy3BwXCfdEWdeMx+/jLAV4JvdB+eRJkeixQZ1xj"
    "/pvY+1i18axyHBE8p+VD9h1Gq9y/slZ6/3eT7ndT1wszJucQZX43/Afgds/4zPgpaOy+bb"
    "+OEW2YdzXbxYuj26Ii7fsklvxcVrtDfuxom67LXCylt35D5qpoUN5Mny3SrN93GdUZvvWj"
    "mrm//DuoueaQRpOm++zWrplokJq24YNnac58gkfPtrZkKPJHDc13Om5IF9A3zjjbV4g29B"
    "1EXXolRlg992r1+g6zv8eI0AW7ENaJkL0+V7adylVzxX+uzWcFvM8xnPyzN51RvnRNrJxS"
    "t1NvBKnTSvFB0kRan3pOxhdlmeYIFtBPXO59Ii3KFf/3D8y8saT1ApXuCJ3HZWhukq95jr"
    "G2lVIby7WU2AeioOKm5VEYawNDNjCCN9rpFbfIoe5hQZpsF+s7XWpeBMo8/9ZbQtfHL4ws"
    "qlbjBb4IXnijZzs7x7Kn8CdwOKqLzX/N51SExcI0d7hKc4GMH0ZJnEUw04MKxFi5JbVkLb"
    "yKFCuwi8jJjegp0pMZka4z/D+U4IOuIlQj8jqEQfyD50izPz9ltRL/7V6bx+/a7z8vXb9y"
    "dv3r07ef8yGMbpW5vG81n/Ewzp2ES8XQmhur6y7VJb1AlRuUzWeZlk0yC11TsGZNn96XgL"
    "tfbGatb2tAC+6E4IrXT/o2HbTAyPGzzXrJlKZyU3mzY1ISHP3tkr5lgRStR5silp9VYfOu"
    "lpkAKlAjAn5RoIdvV+nD5ohaaMuJDc/8+YJZ7OH2j79Ht83OPT+6s0G1VhnKcR/Wk8HGRD"
    "GkokzSVTd9H/kGXm2u6sma6wATSAImYj+bPqs6/d35ITbu9ieJY0fqCBs6QuMXOztkfXwx"
    "4ISNTLo17cNXZHd9hSi92BsjNU5g1bGwKWdZBt/r0+cjJWob2Zhk1WzRE96TsroNiD0AV2"
    "2dA9FWxpSFMutEdkUAgejIY+fucgYZNlRVlW+wBOw9IlJirffzUdNG394Aubxo+nP4Q8qf"
    "HjtBWJyrT4E0GEiRvs/RC1EUPTpvewjexFZ04JBSb1wXTwB/ZQqCbGQRuZLrThxCMyNcui"
    "D3yvGd7KfwiEYPpvBS37L5U7rjKMmYQISt9VUAZQHnSn2NEpCBRY8EKJnVa8upkbh17y+B"
    "5MWcI0EK6zRd26VAbn/cGnU+RdTEn38nI0/EU5P0X+FcSy/qT0JlDmX0HZL8MvoohfTIny"
    "22V/BCXeRT34U4eubL18LwbSte7GC2UyUUZqd6J2x+Nhr9+d9IeDU5RZPCUeL66OlJ+vlP"
    "EkIMr9gjId18nDaHXWM1qdFKPlL69FVM6oTCUxWDXylHmTR+V8s17jfJNyk/Fcdksmi4rL"
    "ymDkWm8AGlg3jXKhyDFJGYhc516+1yzTUFfENTMSbmzu5oSo7Oc697PM8fdt9PKBGbea9a"
    "UMQD/irTwZIi2jdw8751eStlAG7+4jePeJs0KemZbVytjU4OXtTXsZN36NbVsY6+EsRLPD"
    "B6SZXD2TJPtBSXYbz4ppWrPqSMEakUzVO6Zpi+wQna+UeNNnCtxQpEkqwEFc/SOzhOOsSp"
    "mIMUFJ69XaRPQXi4JdHBGTFECd+1fapweyo6Su32qIri8yb2Rp+0FOjg36flhnq9PSZI6R"
    "qI80xMY8tqyIu40DLjp+/odIWvQXSLnH9qMXDwpuQCZB1+Iv5zrtubS3p8h8EPUyQHYJzj"
    "uKsLyvw8Hk88Xvp8i7AD+E3pfuJwX8D/hF8uN/GocRabA8jcGC/5prbF2BXGKbosW2j4bM"
    "huo9NLqDKzgpQPyeku7VZKh+HCnKH2xwRP6oxwCRB8ltU6AaYXuslkbJbo5Lym6udTdjUs"
    "4vKConSYQ697AkEfYW1R7Jf1osQ0NKsBp8j95CkhRNPSiayDduYXvXrL6CeulCSw2CPD7J"
    "Cm6lCpx6vKkmAZUm/DLn0DR4BVMeJ853PKrZM+/ATi8dOcZ2BZSqGL1redVgcG8jV1UtqJ"
    "kjLtSdM0UITrlEdIY0nwllZqQ+xwaQmkB8LrFtUuMFuvIiJB2KoALiTwLyk+HpsOpw4mVW"
    "bOh+HpJBsP4ZIZhFe2Ge0eAlVHZHhxyG/5Z87BPyscn+KbS/mpCVJnCtDaT00Ms/nDJlpb"
    "GUYSx582mpoIWopBxMtR5M3ipfaE2KycjBs90WXndSRWFLOPdBFXUDOK+6HPu06ueo4Nl6"
    "a9Xq0BbcqlfrYdX9eit7H590UJb+AdI/QPoHSP8A6R8Qd0q28b1JV45aYqRkyDYonfKBR4"
    "zM+i6zvh/9mKkuuTDXj0u5LcUkJf8g+Yfa96jkHyT/sJl/6GnOvEdXy+x8r5G77U3cg87q"
    "wbmcfsUDxUlL7kEGRzchOHqm6Vi916xVRoLKDVZSXKxJC9aBLaQbzfLXp9zgR2Qk8qWRl+"
    "Hp34AuXqt8hLKjpYv5cahi0gm6bk7QBjZWfKtgRwdfYVKd+601CPoMH98KbVVKfLMyban6"
    "99ob7dRorcMl8+LMuTRWpbHaBGO18R4Iw48fL/oDRT3vj5Te5OJ3ddz/NIADLdbc4Buxn4"
    "ej/h/KuTpRLpSv3dEXpowNPrGa497wajDh27Obq0xJoll1fKn0+t0LlT0Wdq823p6Sy9Hw"
    "ozIe94cDVjZWRr/0e+AykVFaZmur+lMHHKallLL8YoLSIKi1QYCJ4ZQLKnZkTPER9K80+K"
    "TBVwOro308icmSpl+mKZOyDjdZNFBZNWK1c0TUQeowHudGEP6LH0HormyMICUkejDdOdIQ"
    "bOoh0X5WuFyJFvLYTZG2pMl0WJNJurQ+zSaIGLwlj2WKiUp1uN7qkpisiylLUZkmDbLKPP"
    "oiK0YxaNOCEt8cqmjg5rOrIhpzLjoykHOrotHhu/2wkaj2szvCSry1hkKcHsa1Uvh9cytL"
    "04+YYhtU/GitHKq9btFVeMg30nQddLQsFX5NTTjWHBIOe39DVgtM4G0M9Mxx8RK9Ab0fDh"
    "5f2lRnGoiNn/OEF3Ao+VxzIHmGaVlwWjlvwH6EY8en5FpjiyleYOKqrGm8FHrLdZs3taBw"
    "A1rw78UOXUeBLD/CfGmb95r+iPjxylAqkxnX0aAQH5DK/07Bu34zJiknd2W27srghZblXb"
    "Me40CgceB2TnIdQn2y4RTqk2x81Xtsm6zRUokysxqQ7HadzbWl5jgPlCkAbE2bFxlbKcE6"
    "73eWHmUnuUbZyYZRdpLeFHTXLBTb95Z92TpjDWumMhp0J3xD9hTF/pyS3uf+oHuK+K8yu7"
    "R7SPIt9LciH39EpM5dUfazz/PRr//k0wGeQtPhEJX88JNtHA519jmf93/pn191L1qFB4Iv"
    "CaPAv54SBUbE5ag/VtSv3fEEHB9SRfFaytezZC1eVGYAdXJpDhsUh5TeYONbk9lMdsmMVw"
    "lhye/WWmGI9Ne9qakmuTfdEmmhtzWzp7Du47M8IxE8gm9QS6xXGaLNOza96mUri8gpOrut"
    "bURaRXWb5FLbAXm85SMpinf0l98xoXM9On9z4nAG+Zza5t+VwBVtq6mAwbS9a55171jvRs"
    "LDEw5Ukoi+qRCJrbldQ3mauImZgEnEzOwc8xSG3jQRJgc7TgWRYd5211i01lSwDDNyfIGN"
    "2Ys7u35f55EmR6LFpqK3wIsbbDPcrCq0BYUwU3Npmw6O1m0kbhpY1RK3orhFHCx2xayRDi"
    "nxXC7MqP17V5w+8kaaChEllklwhNfaEa1+0NDRMgNbALMNbO8I0hDaaOoXBSei2/fYYN+U"
    "2CTZEayR1150z6WhuNGVXQVcvJmmwuSslktqu+rS0nadq8aiqUvWUpPQKuRBGctva95jde"
    "Phbz66/iFwVdOFx7IglPQ79S3JDe6nEWNzuxeq6kRq5/FG9eS+c5BFb02CPPk2mtEVMdDN"
    "I/fzHH/uft85eYsM85ZZbuBfaroOusGajW3k0jucGYNWXeO+zyv/CzxenTl9INyrtY00Vz"
    "T/AnX9J0AVi327iOemQtdMRzbZbAr+rKzIYpVYmXc28vWUPGPydOU+Rzp7XQfNTNuRLqt1"
    "dFnl/V/Y4Ssu1TiPyurdVXUblzxVPi4pHSJqt1eYYA68WbFoN8clZTfXu5u9ha5wJ0fk5K"
    "Z/nXvY0hyXaX5skSvey0lZ2dN17mmZ0kWmdKmBuds+npQuWTuPGdb2mg3K9RZ31iZpPqt7"
    "SDByTAMzs9iTY3YtYqstJGuJkC0fuHVMwfDk9dlt5wHbDjOP09Z2FY2ClX3Nt4DIrXqHH6"
    "/BjIbqEXnWPmSQmZsW5rf8h7GaniSPAB1cXVwgbeZiG3rQ+cDMeXZrSlbewewms9mxK1oH"
    "a+9GczC6w3jpHeMuWvIbX0KEafgOubPVxGJznTumzdxwD1KvXaHdMKk/WzxSFW5FNFuZ3+"
    "aw4aiRDioVaBGRr3NoS8MOQWMGv7PumMd1DvS+RJ27qSQZc/IyTy5OVmstxPxeIvDOn51K"
    "Rd75wnVGu3WpDM77g09sUIiLKeleXo6Gv0BmV/9qSkbKT0pvAmX+FRs83UFPubiAwuBySp"
    "TfLvsjKPMu6jFYIotrgRUkIVVJgEkDlpLoHBRZz1O4boviistKMqvWBrDkLL+JbhZWSbnA"
    "pbio5LOOop930PvjTdQ4OrBhmr8AXi1uAKQEa9xndTIDIhRIwVOnU4KSAs46fFqS63tCFr"
    "JRk6LAxoUkrts3LTZ66hXet2hmXG87sXWRnhtjuxcjpuKM+r1JK+t7rgDky7ClhgIcH8Y5"
    "wJVbb0Xg3bT1FuL7NHtvCmTV67HrVsaOW3izvWmfTWTm0/16W3fXwE1U5PHT+aBGIIrAyw"
    "HxpiBzKeWbYobBDBmnje7w0kWQF5WV2beUdCBL6jy9xVZZy7DPBvt1Nn3gW1uE2gvNMv9m"
    "DXiip0hDEDVBDPZraWk6Fltl/IkmQbxI7NdprosXS9e5FtlcRT32zkzCSwOrr2wbMrOC8A"
    "d0PWOvCrFigcCDTXkuWANcX6kNMlPivQjSdJuyX/xuGx4NLT6wMcHenS7ZkDLA/zZoVHVM"
    "NiCv0TPYAGTfA43WfS59amu47yZzk+43NykMncIuyzGhOm/clEZ6H/kpebai4kfWhWKSFa"
    "41WyjJ/2+im32VpgjDFRE5HFPwstZLfixJjLNalAvoiIvK3ZQ6DxxfCy8wcKIicuAkB07c"
    "rCk6dtLScvjUbfik2NQnYkrS6WqyKJPMpDYbuJOgfpBWJx+J0kUii1FwyMyKfV02P0wyaB"
    "KJhD0vkAJxQijI2yPceMPw2qzI4Ipbz+MLLB4pvH1F29LB97BEg41nRUxgr3rjSIbqw3W9"
    "YQQugguPJy3lSJFups7MQ+tq0P/YBxdP72JKxspld8RWklPkX9XDU8JLCecfBXDHgCjbSW"
    "uaqnVHjZTx8GrUU9Rurze8GkzAezdeMiW9i+HVeVgh9ueUfOwPuoNev3sR1kgVlenq6k8U"
    "YN1ml3NEjUtKiqJ2qqKMqf6WethLR1lIE4zJSIeVDIPaW76KoRqVkahudwPyzJsUwtJ9Iu"
    "0+ERuy208A9qxICW0eaKPjtk4h4dE8t1ksSzwN7gZ6JVFxK63y61xz4+fm+vR6miTZUJf7"
    "feiaM1e1BVgBQZw2uFqxH6YBjhpQ4QPS+G8ksumjhfbI7j96kduO+wJ1ScDCPJjuHGnkcU"
    "q4CG9n2oITg/nfkf+WyerUNpxpq1QotrP0dlwlASMJmEYQMHwYprH9Som3IKTJlkCkSRrN"
    "vzqd16/fdV6+fvv+5M27dyfvXwbfcPrWpo/5rP+pL0z6sAcy9jXDObAQ+Ak52QOleyCYyl"
    "PwbyE7ltLppn0chnAUggKrR0LsgMeetg6yinRyRXh1NkR4ddIRXjICSab3qqElt2N6r+Sh"
    "XkzaWOkVHC0hjvY691trUA+UTdlO/XMkskHNn6U974EU9WSgd87P7h3xksEOhIe/rCcGZm"
    "GdXNngRCQ0DxPxbHFm0M9s+jcmLxCEnUSKVw48BVFiPaKHOSaIQMY0EyI1IFt/dma4Kh8g"
    "ok7E0QB+krhp64eApjCNH09/EA/8cdqKpIoTqKA5ZR0QJomDHO7IMmfsCyuYJU68g98sBN"
    "IE/6YRsCalCArxOkFyuDBQPXJDUheHpS7WJxnYvml+HBnH/BxY6tnV+SdlEqTC8v6eknT6"
    "CHFHVX773L0a87xYyZJ67IqLMSpgL9mHiSZq3ZGBk0LgwOBdqN3Bueo7PwS3Y6X16LBwfi"
    "9i88WlKsnqUSPe8M37HCi/eb8WZbgVR5nQdWn9svH16zfOmN5LuhSh35Qgp2KCkp2qNTsV"
    "amQFOzkmKF1x6tzHkhVrWl6emg0WSTYeG9n41Ml4avYBV5CLh70CJ2Seyimnb+DFkum3RH"
    "8cce+SVgb5lq7U3sTDmWF11Q7r5+LkriPP+v4L8Fx0xmknXbMsbLc5y+T50SwZ7pifWsiP"
    "DgzOLbila05qqKpxzsU5Ol3iwAdItICesX+Q2gjiA3hjptFGIrcL0i0T0sH4GV7Yk4EXJJ"
    "Q8LujK4Q08F8dEMENuStiTsTWD5pn5wVPatAU5eM1uq+LQxut27CRH1iR/Kf5kVktwjGKw"
    "gF+RjQyss85xpuRhbupznqnmgYKHk5+sxvsvHWSviPMCXc8Yejw0LOLuFHlc9CiKZ+yX/Y"
    "hc/Jc7JfAG95ptwifhsH/r2kc0aCWA+IYaj8jBGiTyEb5Q8O7sVW1m1BpAly5EbpzIZwU1"
    "2sihIusOJ041CzrSoFgAZuN71qS4D+cQOiK1j3gk+GPpmm0zhH4FnhT8uuhiCWOSR7fBO3"
    "KWlPOnse6HQzBd07IAIMLAWUd0/tniXQF3w/4S9KVMufNEbGbQI3kN/0CgzrRXSdv/VS7b"
    "/9UG2/9V2vaPfOoFYI5LNRDr6l3fIvNyEaQTYhLqHFDL0LJt+m8z2I6IAlC0o5Oykteqc0"
    "/DyTwrJ8htmVPJSkhJ/iXrPBihX6dRPTOJZq/xCo5KJVC9eXRFipzjwnWTe+/F8Cw2TtjC"
    "c9YfdEe/P/va/e15bLBcDAef/PrRMXD2+0TpJqA/rhRthzQqjn3mqkmmnD65N921GXIid9"
    "sbmaF4vRwJcTzqDM6/DGQhTa9lkjv0jElR9sfPI54p9zlQLRoBmsQE36lAABIEC9cl7m6V"
    "lRpnL88BnmjiMxCcOpjTB8J9r9qQv1e3sXc6KGd2gGzyyRVhDwm6gdrYEFwOP1QOCj12ZE"
    "p8egQIDyoSJAtSaOVgkWk4ILV0i+p3uR2zfHpXelwdlKPggybbpMuRpcQXrrNhB3lJ4LTA"
    "Ec9Hwq/ghMGPymjUvYAycZUco7k4jcpTyOySM+YoksRc9AdfThH8nJLhgP1WTpH4XY8O4F"
    "Nn4TzOcSkZSrmV5OArUTnbNyYpSY7aKZDHaybIbi7ZzTBZMP2vSELaqIjkNtLcBsNG1bMj"
    "ntdiGpORWX7TdNE9vSt5eHBUUrKtdZ6LuHWMcTFft7iQnI/q40JYt2V7zz6E8sS5SrzcMh"
    "0IvUFeAbYF3DNrNi3kxTY+IZaPBI8cu7hjEHgzj6ksFgBekEMXwd0Z9HkQ9b2eOQ/cc4NQ"
    "81zs+crW5xrcs1n/PGgWMNeshNzieJKzZ6wc6Ge2lM+pzc/E84bzc3HqXUaqtGqbB66878"
    "KRd4L2Fo6jcM6d8BeM5kEzXbSkJj91j35A16IF9eZR9RrlDnwOdkUgtTYlXrn3LJCnJPaG"
    "3znoBs81a1Y8cFkS5AclyBvPyF5eAUs3Vk6RfwX0+ED5VbDj/GJK2I3BJ1ZH/K4HVyvzsT"
    "1NNjCZKupwqaK8taY4ZxETlG4WdaYsZODj3liLpKZWkL9YIy4JojTUEX25GMhpwWo+5aPX"
    "SmWo6ZOFmibH/UH5uJpNFLnpuDWTZQXhp5mzTLpP/LR3OXskkQD+qOaXvJ2Snlxj3TFius"
    "uo35skumMn1sn/0DN4p8gYWM88RYbcVsppPV7bKRVJoxySRuG/U7BuyIHk1W+cL9WrTq44"
    "yM6GOMhOOqEwpUsAhL2ZupNHZ2ZDtaavjsm7U3q9bVvQjtaeLxA2ESEwlyZk0dt1Z2xpfh"
    "Gp+I6zz9ObYjGSV+4gFgDL2++qBK5oW00FzDDDj0L1k5Hshtt5pMmRaLGp6IlkrTviFWba"
    "boZdnPY5qWI0xiPemvgxcUcDRxU0wm5gNTGr/b6cREbYwfY9Dk2CDLs9Vae9yYC3vdqqGa"
    "2+T1M+ntb9XrNMQ4Ujzi3pLCGPnmtEvJT4piH4tqjlGJeUlmPtLMd0N4upq1Q/B6Kyo2vd"
    "0XLLX+6U1kCzbFd7Atie9VS6stfqp+LeNr00rJXDmdlZ3UDJDTYglcXKQH4DkMWTq6Lg2C"
    "syZiyXkDqUWhZ9cIIUon5eju8c7/QiJ8upeV+PkU7FUk+uH7B71pOfdpvxqZfS/W80hpNV"
    "mfyUSWGppEol9Sh6VSqpUknNo6SOV8sltd1LS8tMWxe9vVFVdURFIMMLZK4zDeQJQuAZ+e"
    "AdysmZgXZUU0S6RiBp/Q1GwQaYn/oewuY8F6zsvHV7eYrkeGs1V0ndVequTxdItRfNVTLo"
    "34TOKhn0b6SjpXEijRNpnBQxTrrYNvV5K8Mu8e5sNEm0sI6Myjimob1Jl7/HtlMwij8i0k"
    "DStHNykieG/+RkfQw/3EvkqWCDqgDCXvUGoruXM8DYE12clQbkp/FwsEYLCEWSWp6pu+h/"
    "yDKP2Wk3C1wAI6ba+ZgG54BE4O5lnAICDZxlaQqHXMz++X+wqq9x"
)
