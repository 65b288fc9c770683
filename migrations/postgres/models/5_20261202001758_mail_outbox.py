from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "outbox_mail" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "recipient" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "body" TEXT,
    "state" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "due_at" TIMESTAMPTZ,
    "claimed_until" TIMESTAMPTZ,
    "attempts" INT NOT NULL,
    "last_attempt_at" TIMESTAMPTZ,
    "last_error" VARCHAR(300),
    "sent_at" TIMESTAMPTZ,
    "ended_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mail_due_at_1efbd2" ON "outbox_mail" ("due_at");
CREATE INDEX IF NOT EXISTS "idx_outbox_mail_state_a6d331" ON "outbox_mail" ("state", "created_at");
COMMENT ON COLUMN "outbox_mail"."state" IS 'PENDING: PENDING\nSENT: SENT\nGAVE_UP: GAVE_UP\nWITHDRAWN: WITHDRAWN';
COMMENT ON TABLE "outbox_mail" IS 'One mail, recorded in the transaction of the change it tells about and sent afterwards.';
        CREATE TABLE IF NOT EXISTS "mail_attempt" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "number" INT NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "duration_ms" INT NOT NULL,
    "error" VARCHAR(300),
    "mail_id" BIGINT NOT NULL REFERENCES "outbox_mail" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mail_attemp_mail_id_294709" UNIQUE ("mail_id", "number")
);
COMMENT ON TABLE "mail_attempt" IS 'One attempt at sending a mail: when, how long it took, and why it failed (NULL: sent).';
        ALTER TABLE "email_code" ADD "mail_id" BIGINT;
        ALTER TABLE "password_reset_code" ADD "mail_id" BIGINT;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "email_code" DROP COLUMN "mail_id";
        ALTER TABLE "password_reset_code" DROP COLUMN "mail_id";
        DROP TABLE IF EXISTS "mail_attempt";
        DROP TABLE IF EXISTS "outbox_mail";"""


MODELS_STATE = (
    "eJztXVtz2ziy/isovcQ5pUlNnDgzx5naKsVWEk1sySvJc9UWRZGQxTUFaAnKjufs/PeDBn"
    "gnJZHUxRSDl4QG0SDVIIDur2//15hTE9vsVWthfcFPjXP0fw2izzG/SNxpooa+WITt0ODq"
    "E1t01ReWdu91mjDX0Q2XN091m2HeZGJmONbCtSiBzi200B2XYOcFQ62bDuKEr1CP2E9IR4"
    "PPre9Oz94h07rDzEV0itwZRgwbDnaRxXjfhfsejRcOnlpfx2hqEZOJLg59fAWPN6nBn2+R"
    "u70/aUms/yyx5tI7zJsd/rw//8WbeT/8FTP/z8W9NrWwbcY4a5kwgGjX3KeFaOsQ96PoCD"
    "9iohnUXs5J2Hnx5M4oCXpbxIXWO8x/nO5iGN51lsBssrRtb1p8/ss3DbvIV4zQmHiqL22Y"
    "MqCWLxC2NTSt2xtqg/ZQ0xqp6fQpInz3mgxK4FPgr8rEr7+DV/ju9PXbH97++Obd2x95F/"
    "GaQcsPf8tHh4yRhII93WHjb3Ffd3XZQ/A4ZKqcqTRjL2a6k83ZkCLBXf7aSe76vKwue+f6"
    "V83G5M6d8T9fv1vDy19a/YvPrf7J63cv4YGUL1e5jLvenVNxC9gdsleuDG2ms1kRHifIas"
    "fod29zMPrd25WMhltxRvNfje0iLA4IdsNcvyHkbriPB6xsHIS5P36fg7k/fr+SuXArzlyH"
    "8j6ZvG2T5Vzwt8NfSCcGTvHZpz0gm1uX151uQV43+u3W5TmCf0fkutVtfWqfI/n/iIgBz1"
    "E4btEZyTMhq+cjOR18bwCWabqbnpRLfse15jj7o49TJqbE9Ehf+Rf7mqA9bjNrGD3sXLcH"
    "w9b1DQw/Z+w/tuBXa9iGO6ei9SnRepLc64NB0K+d4WcEf6I/et22YCdl7p0jnhj2G/7RgH"
    "fSly7VCH3UdDPKE7/Zb4pNM/66sPhwJaY5TrmDafZOCjXLu59lBz/Q+1KLOU6pZrnKs2zr"
    "zNWWrNQ8J2nVTFd5pj3dWSukrcaJNmutR3AS70JxBShgep+tt0qOpXn8kTrYuiNf8FNKLk"
    "3w1UNqbsKRjozFf/ufkd8armxHfwwQlMTXxTnAfzd2pQzfGly0LtsNweqJbtw/6o6pxXgO"
    "d+gpTbQEfdO35qfzZItO9DvBH/gh8No+SsYYNSzd++FpEC1yu7kWSUt0zIGmGUvm0rkAuS"
    "LU6NFyZ0j3EbAscCwf4YiMyJi/gvWANZ9ijGbU9vAwvw09ziwbi6boaBYfXBAjnZioe3t1"
    "hSj/ipFp8U72Azb5AzouQ/JTROEnAJQz+igGBNBnojOM7jFe8AFdNKcA2hEcDB555IK/jP"
    "9WI3ICz2SI4AdoprZtmfhlk9OiwT+vLFe+143cO3kL0m3rHudE+P6Mrl7/FYLjjX+lvP+f"
    "Df9dGv9SiOAhEUGxvMpq+wHx4dT94qzmuv6gfXXV7oO+L69GpN/+2O73W1fQJq/KaPq7Rx"
    "AteNrSgFdnGl+MzNvj8uJcq+hLTVDF5MY479+c5uD9m9OVvIdbcd6n9qYiYnuKWMEtlRbc"
    "g6O1xFwnaZWKdhwzPXkqe9Alx6jwdtq4afWHXTjtvIsRubgdDHvX0ORfjUjvpt1vDXu8zb"
    "8akcHvg2H7+hzJ/6txIErOL+HHaQ7WWbHjMJu6wrNX8jA8+z6PFYj3Wsl5cS9hePBE8mLg"
    "RoJKoRuBEB6V8h4sV+hhxXibolPczeCuwuT2w9cEvlGMv9nEpfic3ImPXj9XwOe+gU+u+A"
    "/7nYthI/OA2wF3LyJD1ZS9iaWbg7/hcbUDDndig9WUx6kDfgWXV+P3CcnZg3u58Mv5wFyW"
    "nogP3jAfv/SxHfA3ew4uI0P25Yg1moy/07aPlYdfmo89goeU/7P7DaNS513eLzn7vM/zOa"
    "+agcnSvMMZWI3/AfsTsPkz/hCMdFw639oPt4gdznXxfOFe0CVxhckmbYqL92iutcbJvvy1"
    "ws4bLXIfdcvGJvJohbVK9x3Lp9QRViu2nPwbGy460QnSDTF8k/cybAsT3t00HczYS2QRYf"
    "6aWjAjCT7u6zkj8si/AWF44yNO8B2QumgsWzW++B13/AqN7/HTGAFvpRnQtuaWK2xpwo9e"
    "Plc5ylfQLOYFauTFmbzutfPcPs2FK52uwZVO07hSdJEUhd6TtIexsjzDAVsL6F3spUWwQ7"
    "//4fCX7yu8QaVwgWdy21maltt+wELeSIsK4d31YgL003DQcaOI0IOjmStDGBkzndzhc/Q4"
    "o8i0TP4/P2tdCs40xsw/RpvSJ0ccrIJqgvkBLz1X9Kmb5d2z8ycIN6CIyDsW98YhMDFGTH"
    "+CpzCMYHuyLeKJBoIxfESbkjveQpuIUSldBF5GXG7BbEQsLsb4z2AvJCGTLxH6GUEn+kj2"
    "IVt8sO6+FfHif09P37z54fT7N+9+PHv7ww9nP34fLOP0rXXr+UPnEyzp2Ea8WQihhrF0nF"
    "Im6gSpOiarfEzybZA62j1nZFn7dHyESntj1cs8LRlf1BJCd2r/qJ+ZCb5l/FSGrSGZYm2a"
    "tZwfEzzT7alGpyXteOuGUCzPNpoW81kJKaq8j5cEFHYfCu4J55JLBdicpKshs3fvIuszrd"
    "CWESdSrhUZu8TzuVpt3n6PD9Z9flegenNV4h5pjv486HWzWRpSJDVRy3DRf5Ft5bIkV0xW"
    "WMM0YEVM/fR31ZPr1m/JDffiqvchqVfCAB+SssTUzbI8r2Z7QKC4Xp7rxb2Ot/Q0LnXYHS"
    "jbzM4cjSuDbfMJcqy/Vgelxjo01yPcya45AlN9PxAUexC6wi5fuucSiA4R4Ln+hEwKcZnR"
    "qNIXDEmdLCuAdbcPEAg3XWCiCdO2xdCo8ZNPbJn/OP8phKDNf4wakYBXWzwRSDi5yd8PUQ"
    "dxbjr0ASz0XuDriFAAqR8tht/zh0I3uQ6ayHJhDBYPdtVtmz4KMz68lf8QiG713wpG9l8q"
    "d8hqGI4Kwam+F6aKTT2oEZ4ZFAgKHHghxVYnXtXUjUMfecK8VRaLDoirrFE3btrdy0730z"
    "nyLkakdXPT7/3SvjxH/hWECf/cvhi2RaoweQVtv/S+yCZxMSLt3246fWjxLqoBTTO6dIzy"
    "sxhQV3oar9rDYbuvtYZaazDoXXRaw06ve44ym0fEMzlo/fY/b9uDYWCD8BvKTNxpHkTrdD"
    "WidZpCtPzjtYjIGaXZSXhbhZyQ3uYROd+uljjfpjMcSt/lknm44rQqzrvStlUTG5ZZLso7"
    "RqlivKs8yw+6bZnakrhWRi6T9dOcIFXzXOV5VukTv41ZPjDiVrG5VLH9R2zKU9HnKjD6sH"
    "v+TjJCqrjofcRFP3PCzQ+WbTcyjBqivbnOljHxe2wyYaxmZyGYHT4g3RLimQLZDwqyO3ha"
    "TNKa7g4UrBDItHvHNH2eHf10TYm3faaYG5LUSQQ4SBRFZJdgbFlKRYwRKliv0iqif1gUnO"
    "IImYIAqjy/Sj89kB6lZP1GTWR9mdQkS9oP0p2skffDPhudloYzjGR/pCO+5rFtR9xtGLjo"
    "+Kk1IhnnX6H2A3aevFBbcAOyCBrLv9g47bm0t6eoVBvVUkC2iXs8iojH6153+Pnq93PkXY"
    "AfwsUXUXLOu0h+/M/jMKIUludRWPDXmc7PFUjTti5abPNqyByo2kuj1b2FIgzy/xFp3Q57"
    "2sd+u/0HXxyRP6qxQFQlxk0CVC10j+XCLDnNcUo1zZWeZkzK+QVF6RSIUOUZViDC3qLaI6"
    "lli2VpSBHuhr9HryEpiKYaEE3kG7exs23CZAm9tGCkGrE8vslKbGUXfLoQQ9WJUWnAL3MP"
    "TTOvYDbpROnMo9o98y7s9NGRY23vAFKVq3clrhos7k3gqqYHPXPEhbozLghBAVFEp0j3kV"
    "CuRhozbAKoCcDnAjsWNV+hWy9CklEEHZB4EoCfnJ+Md4diolmxoft5SAbA+mcEYJbjhSlc"
    "g5fQ+B0D0kP+S+Gxz4jHJuenkH01QatU4EorSOmll385ZdIqZSlDWfL201JBC1FKtZgqvZ"
    "i8U77QmRSjUYtnsy68qghIYU04dw2QqjE4r7gc+7Sq56jg6XorxepQF9woVxth1/16K3sf"
    "n3JQVv4Byj9A+Qco/wDlHxB3Snbwg0WXTCuxUjJoa5RO+cArRiXUVwn1j37N7C65sJCPS7"
    "ktxSgV/qDwh8rPqMIfFP6wHn+40Nnsgi4X2fleI3eb67AHg/eDkqd+xwPFSSvsQQVH1yE4"
    "eqobWHvQ7WVGgso1WlKcrE4H1oE1pIlu++dTbuZHaBTnS3Nehad/A7J4pfIRqolWLubHIY"
    "opJ+iqOUGb2FwKU8GWDr5Spbr0R6sR6zN8fHeoq1Liq5VpTdW/11yrp0Z7HS6Zl0DOlbKq"
    "lNU6KKu190Doffx41em2tctOv30xvPpdG3Q+daGgxYobwhD7udfv/NG+1Ibtq/Z1q/+FC2"
    "PdT7zn4KJ32x0K8+z6LiOSGFYb3LQvOq0rjT8WrFdrb4/ITb/3sT0YdHpd3jZo93/pXIDL"
    "REZrGdPW7qsOMC6llNL8YoRKIai0QoCJycoFFTMVU3wE86sUPqXwVUDraB5PYrKk6pepyq"
    "S0w3UaDXTWzFjvHBF1kDpMxLkRhL+KEoTu0sEIUkKiR8udIR2BUQ/J8bPC5UqMkEdvioyl"
    "VKbDqkzKpfV5jCBy8ZYsyxQjVeJwtcUluVkXE5aiNHVaZDvz6IucGMVYmyZU/M0higZuPt"
    "sKojHnoiNjcm5RNLp8NxcbiUo/23O4HR+tpixOL+NKCfy+upUl6UdUsTUifrRXDtHesOky"
    "LPKNdMMAGS1LhF/RE8qaQ8Jh72/IaoEJvI2JTpiLF+gtyP1QeHzhUINLIA5+KRJeQFHymc"
    "4geYZl21CtXAzgPEHZ8REZ6/wwxXNMXI0PjRdSbhk3xVBzCjdgBP9erOg6CmhFCfOFYz3o"
    "xhMS5ZWhVbx0iwTvzLUSuoCvnTrImi+oAwPCu1kuQ7KcL2JP/NfMXzA0lj00B0/HMHwTCY"
    "8D0Zc+8kUzIiLFMiQAcWcOXd7NhNoz1y1gisHnrIkI5boPY4/UMc/R2L/U+DNnojQ8/zVA"
    "snCf0Em3p920BoNfe/3LlyoNcxVVIfkZaeLvFHtXm5GSdMqetNGeJFZRER4HBLVj7ulZrv"
    "LZZ2vqZ59l81d7wI7FBy2V4jNrAIXLV1nRjJ0+RdZWirDKltrSq+ws1yo7W7PKzpKrLJQg"
    "irA7TlW3UvW7PyuY5a44jjf7Hvi0Vf6iQTJp97utoTDYn6PYnyNy8bnTbZ0j8V8ZK/4eks"
    "BL+b7INx8hqfJUlN1c8mwtqzeWdACwlCcFi0p++MkxDsd1/jlfdn7pXN62rhqFF4JPCavA"
    "vx6RNqyIm35n0NauW4MhOMakmuK92tcfkr1EU5kFdJpLPlsjnqV2NAffWVwLdUpmREsQK/"
    "y/0mJZZL4eLF2zyIPllkgbvmmYPYX9H59+H4nwkniUVuK8yiDdiaBW62MrC+grurutHETp"
    "nlXb5FLmojzRFJEU1lvGU2yZ8Lsak78+sTxn+Yw61l87YVd0rLoyDLbtbfPwe2Xfa8kekZ"
    "BiJ4UK6soiabrdNtSrjkbuBJtkTNXWMXFhaFYd2cQwYzuIHPTMoQM5Wl2ZZVqR8hYO5i/O"
    "tv2+LiND9uWIdeXeHM8n2OF8s3chLbQJVzUXjsVwtG8t+aaDVq34VpRvEQecbXlWS4eleK"
    "4frtT+tS2fPopB6soiSmyL4AiutSW3OsFAR4sMbGCYY2JnSyb1YIy6flF8Y8LOAzb5NyWN"
    "JFsyq++NF7W51JRvwlVue3aJYerKJrZcCDv+wta33asGcqgbPlKduFXIwzaW/9h6wNra4o"
    "A+d/0igbuGC4/lQCjpl+xrkmvckyPK5mYvZY1FeufxVvboXjBk0zuLII++iaZ0SUw0eRJ+"
    "wIPPre9Oz94h07rjmhv4H4Nz7gTrDnaQS+9xZozi7gb3faLFX+DOy2b0kQiv5ybSXTn8K9"
    "TynwBdbP7tep7EYy4jW3w3BX9n3mTzTrzNq509HpETTk+X7ktk8NdlaGo5zFWOwRV0DBbz"
    "X9itLk5VO7/V3Tt6GQ7Wy1kN45TKIaJytsIEcuDtikWnOU6pprna0+wddIUnOUKnjP5Vnm"
    "FbZy6X/PghV3yWk7Rqpqs80yrlj0r5UwF1t3k8KX+yLI8Z2vYKA+VqjTvLSJpP6+4RjJhl"
    "Yq4We3Rcr0X8tIWo1gjY8l5oxxQUT9Gf32aP2IEg2rS2vYtBQcseCxMQudPu8ZMfOBul5+"
    "NDhqGZZWNxy38Y7+lRigjh7u3VFdKnLnZgBtl7rs7zWyMiP+wmBBrbENMLQ4C2N9EZRvcY"
    "L0SUrz+SP/gCIpDDd8idzSgWu83uuTQzER6k3rhSuuFUfzZEJDPciki2Kv/RYYN+IxNUKt"
    "AiQl/l0JaaFcnjCj9bVQZ0lQO9T1HlaSoJxpx9nydXK++1ksXiXiLwzt+dSkXe+cRV5nbj"
    "pt297HQ/8UUhL0akdXPT7/0CmX/9qxHpt39uXwyhzb/ii6fVvWhfXUFjcDki7d9uOn1o8y"
    "6qsVgih2uBEyRBtZMAkxocJdE9KHKep/i6KYorTqvArEorwAqz/CamWWol5QKX4qQKzzqK"
    "ed5C7o8PUeHowJpJ/pLxWnEFIEVY4TmrkhoQgUAKViVPESoIOKs4uQLX98RZyFZOijI2Tq"
    "T4utlosdZTr7Ddop5xvc2E6SK9N8asF30u4vQ7F8NG1ve8AybfhCPVlMHxZZyDucr0VoS9"
    "60xvIX+fx/bWhtyFF/y6kWFxC28219nZZP5Dw++Xx6eV94XcuA/SGIW4OuKAx+cET/n3g/"
    "z8LXBXVMrIMqeVHkV5jFbLqqTym+43vyksk8IOuTGiKpslSnN6DzkumcjFU7xgX0imMM9K"
    "Y2EK2v4mpll3XchDnxGpthq/iZAcTg/+vtJHfiwFClvOy4UrxEmVraDKC2fKBbPsJAcrF0"
    "6URC2c5MLxuaMxy9Oii6ydNLVaPlVePkKPztIxP1h3KxdQhGhPeU2fA389QIXBFEr7TAhM"
    "Og1OFhSTmSxnDSYT9A/S9eQFZ2R2pKBQ0JJ/B46o5hMMiWQioFeoDfFHKMgHJN2Dw7DdLN"
    "Bmx6Pn8TGWj5RexHJs5Th8WIinYNWHbco9VIyxew4D9pYRuB7OPfy1lINGepgqYz6N227n"
    "YwdcR72LERm0b1p9foafI/8qufc8jweGl2rOLzFwzxlRdpJWDFXpieq3B73b/kVba11c9G"
    "67Q/AKjreMyMVV7/Yy7BD7c0Q+drqt7kWndRX2SDWVmerdVyrg0+aUc3CNUypwqNJCuorV"
    "rvsMe2kuC0mCMRrlCJMBZXjHVzGuRmkUVze7F3nqTYrDyi0j7ZYRW7KbK097WqRibR7WRt"
    "dtlULN2w+YZAaXyxvNtZBK0CVX/Lgx08kdRjryvKsQdcJizRC1TW0T6RO6dNHJI57MKL1n"
    "TcSWk2AkJgs/j8WD2TgFpuzlKSPCZ5dgA269bKJHx3JdSOhGRC/+uwnTxU2/xLV8gyaaYB"
    "GsLoLRl6blIjEghJF7KdscOpfx67AeROA6BJLzUcbeHGCuAnkzMYQu79EYEAXR9XGmu/xX"
    "GrYFgxKMTSaceuCH6exeeADd8S/yFcTHB+5solg1GkccsMaI6U98NMow4pzE+hzi6vnL25"
    "TcAbtyo0pxpzn+r8CXEr5e0FwIalqH9NYMbToAxNtcg0kJBqb4vyZFnde/yvp2SVzq7Y85"
    "dOG3P67UheFWXNijhrF0ygWHJUiVNlxpXem5wgYqpv7WJ86l5owVookmRJPCltY0bY04fJ"
    "DTOFLAhh/Lae7/POh1s3nv908eB5bhov8i2zrmYjVZXAROxM4A/7Q9uW79ljyIL656H5Kb"
    "OwzwoUJW7kjhkiz1K17XZI0Slui4URX7FRQHoaf4WpHvUZa2Tq/pKxQXQ2czTZ+D+SVIvA"
    "VnGf/HMkFFgg7vQU3h/yNZHg3Nub6x0J+8VFzMfYVaJDB/i7gEnTxxrQtIxDijxkxncojI"
    "r+W0BnVMNmqUyq3FFp6TsbJ8K8t3LSzfYhmmeXtNiYfEpc/vgKROUPKBD+7IHliI+Qk6NQ"
    "OlZyDYylPs32BlXqg4k+ZxaNVRFhQ4PRJkh0OqGo2DnCKnuVJ2nK5J2XGaTtmhUkqofM0V"
    "NKFtma85WaWZU5tLYwe1AmWt5kt/tBrNQNkaXNQvDJjN1Pxlt/JWGKwYgLSWnwUgAq9mZw"
    "Y6EFbzXA0MTMM+ucyzMrWVSBvg6eKWsFH+hckrBIWsIs1LBk9BlNhgOsQEEbBc8huy/Fp2"
    "qu9dPkCgD16tNz/r96jxU2joNf9x/pN84D9GjUjub8kVNKN8AsKs31CUC9nWlH9hBdN+y3"
    "fwh4Wk38HPNAPUpBRAIV8nyPYdZh6L3FDQxWGhi9VZ4zZ7Kx9HCmk/qbH24fbyU3sY5Db2"
    "/h6RdD5AeUdr//a5dTsQiY6TLcnt4HnckeUa1VabuTfPYWKISk9k4B0eeI57F1qre6n5Xu"
    "fB7VhrNSYs3N+L6Hxxqp2kaawQbrh7zwRCV+Vpz+av3792yvRe8l9K+aYEOBUjVOhUpdGp"
    "UCIrOMkxQhUDUeU5VqhY3RKtVmyxKLDx2MDG586uWrEPOC9v1yRX5a8gAJnniobomHi+4P"
    "ItMZ76wrukkQG+pTs11+FwVthdc8L+uTC5ceRZ330BnItOBexk6LaNnaZAmTw/mgXnOxZl"
    "6EUt+KAQ3R1dUXpvV4MLLI4Z1IthEO5CYgR0wn8gdRAEZovBLLMJ4Riih4xb8DOU8icDLk"
    "goeZrTJRMDvJR1/7giNyL8ydiewvBc/eBNC7cpwcExv62Z1h1/mbGM2xh8bn13evYOhhQv"
    "JZ7Me0mMUS4W8CtykIkNPjlsRB5nljET4RuPFDychL81CX4lQ86SsFdoPOXcEzk5Iu5Okc"
    "dFawue8P+cJ+Tir+6IwBs86I4FnwTjP2vsczQYJWDxhJpPiGHdxqbnCwXvzl/V4UqtKWJG"
    "gIBzJJw86NFEjMqAFAGc6jZMpEmxZJiDH/iQ8j4Ulmd82OCR4I9l6I7DOfQr4KTg10XnC1"
    "iTIq0IvKNASQV+Gpt+foe5lm0Dgwhnziqg88+GmAq4G86XhC9VltlnQjODGcmr+AcEVYa9"
    "Sur+r3Pp/q/X6P6v07p/5FMvwOY4VQ15vXvXt8i+XITTCTLF6hysVjk9Nsm/9UA7IgJA0Y"
    "lO0ipcq8ozDaVWlywoVpBTyEpQKfwlq8CnlK/TXP1gEd1Z4RUcpUpwdfLkyqywx8XXde69"
    "XphOsE74wfOh0231fw+CeoLFctXrfvqQEdbz4fdhu5Vg/XFlJT+kUnHsO1dFgrc65MFyV6"
    "YmjdxtrkWG4v1yZCL1oLMXDIW051yXty1yj044FeV//LMvCsG8BKhFJwCTWOA7FRAgl3qu"
    "S8LdKisn6V6eAzjR0EcgBHQwo49E+F41ke4iw8GC7r1EdgBs8sEVqQ9JuIE62JRYjqgSDo"
    "0eOjIiPjwCgAc1xGgSFFoyjKRzmQ9qGTY17sU7tQAKwQBYxX5viIvw3zpZmnfYRQvo6aKT"
    "sfxb+58xf3PbRtDIuQBOapAiRMBJAqWJVOri44lsIA5d3kHpHSBiSGex+Dr+BnLoolk3pJ"
    "NYBIUW3AxksMJpNxS8siW8ItZ7tjaaI7OlT1xlnRRyWULl+r7IYSmuoNr9x3a/37qCNnmV"
    "3F5ywTE7Tzu6TZ7Ro0gsetXpfjlH8O+I9Lr8//Y5kv9XYwLErl+46lKcSkWBbsRn4tt+Ib"
    "U9RqnwmcrJvser4ahpLjnNsFlw0bVI+ZgoiYJl0rAM541mZAdrr+RpjEbV5EkjXQ/8mC5z"
    "5sQpFVBc5b3IU3m3EaQTQ+zEN39P4vR1rzv8fPX7OfIuIPDl4kvrUxsCX8RFNcRqj6Ul8k"
    "+kKGt0Whw4AYXHSvx1pi+ZqMquB7HAW6yTzPEqvWha3VtQ/eX/I9K6Hfa0j/12+w+IMwr/"
    "qMbSEVAfxsX8juNENVoyR+/OXTU9ZM/+3M/hcFw1Fu/A4zjTmdtb5DvgbQFX+YptC3l5G9"
    "8Qy2fliFhKtkzI0QpHqtE3XSwZR0F75rVu2S1ZsLmRYdCM3m6us2iK0pt6pGcuL3ePAGyA"
    "DLI7Qup6BEOdi9wPTTSjjwjS0YPVzKX0XrqmP87ASIigpis20Qm4KJ/DAO7LbH/33T8GbI"
    "cwwAsWDM5luwl2+N+O72t+LrzKOausB+zALYIfRJoICAUQxj/Gue0PsNqDGh7UEN+uLN64"
    "jfO0Sqq/W1VgtRnQm638klBIoKSgrFx/yv/0WwCbzKUjDnBtXgT7TlCpBZSxgLDj0Iz9aL"
    "UJNiCoMPJQ0vz6JlfUx5s1UR9v0lEfz1KzvKJf7XMULY/PxA50uN7SndCv195gRzYRedW4"
    "yAdYpfJkMgNghkoSpAZcrYwEMdxBPsJcLpZLx5jpcM/hM/2o26KAmCwqFsuEf8LbwUeRn2"
    "Mz6lh/ceXAwxleooWtG1n59Hc7PDgvdngXg0rfSKlS8I6eU2E0WT7XYBYUPgqu2bxHYzmC"
    "NnnSvEFFlCe4MYpse/qI+OXTZE+gpyTlqohnuj0tnt1OuSIe1BWx9r5vN7dwHA/ANuddgS"
    "Nit/2r9EMUFyPCb3TBfif/r4YNQiXtf6ZqOyqf+MHyiXtnTXGNPUaoYnGqrK+r7Fh7M6cm"
    "JbWChtUV5MpynQGNhPJyMSanCXfzKR+9VKrykT1bPrLkuj+oo0DFNorcfgIrNssd5CjL3G"
    "XSc+LXRsg5I4kqgUe1v+SdlPTmGpuOPpdd+p2LYWI6tkOdQsQvC3qK4YGr8Scq+mk+CpnP"
    "Fg69myGSs6nKvDBVY9tmXkl7MFgzkVht6mIHOMGyjeF7eI7IA2cusZ8zTCBJMATBX93AQA"
    "5RtcIUJ03psvQCoe4M7PGcysZTsL4jk76EwpGB3XxEXChGadi6NZfwFvwEGUQ7Fq185XLF"
    "2LLHTQGc2VjAbKIOA2jMksh/Df6Dx941G7+Sgcki9xp/BUgv55eegLoRlv/WkOlsgsUPP4"
    "dW3pfL2rrDGSh+RvBWAksjbnNE7vjbE7RcNEU2N5N/2UTkwFvozEXjMBhnjE4EZMff1mc8"
    "/6LgIRCCbGH2MjfMJsKioXMkoqsY4qbcAw7lHsAXoLWATIhFUIgYUZWBubIoxFmuUgJna2"
    "oJnKUTVy0n/8ZGIT5HSOrI5X1gPbCFplk85AfAiiAEr38dbMvr8Jz2b8MYlJMqXh3Lc+N3"
    "T1a0TrnCrKrcsBnXD4gPiGF6pWQKQpk+WVCKZkQGbahrAv+OyKfWL23t9uYceRcjAmjXZb"
    "/1a/ccBZfVQPtVcHapxXNsYKgKzv4mplmqOkWnOKQ6SLirMmiUNGhENcrCu3WSWEU2V3mu"
    "fRygAOIfJVEJAZKGFFtnrh8GUqYqUppcLaAqLyAxYYUdi+NUddAAD+BdDLBimeCHkEwtpS"
    "ovJcxZWEZBjNKpGa7aDKfs4LkiYr0T0KZ3GRB9gYDYRPjmcaqMhw2I9U3dGea/iBV8te0v"
    "YnTfaPdbzYnN1h7lSH1IR2rxfwEJx+9fu7yVr09zlcs5XVMu5zQl2hiULrAfwLdN9tzMga"
    "pswTmqTLoKxFZiSkxMWVhQbH3bpB0L64us2H6cc54WT2IIk0puUoBZXsTbTtgVHauuDDOt"
    "8KPQ/JqV2/HtMjJkX45YV+5NHYz/ykqxW4RfH8UgR6tYr+dQWBNjSy7FC6PU8WMSocZMk4"
    "7E2zEriHCuyRe1X3WdsUfO+z6UZ7mAomSZinuyU3O9Ci+7a6LmS1DqLE8MuXDdXDj0QeSY"
    "IkGV4wmeUgf8R11XeLtCeLcsjvOCIf956GTU4N3uqBs0jRoZKa3285gR+QLerzoAGLLasI"
    "PvLPjJwikYHsm8WsO6iwi2AJhAU5s+IoO/goPFpy8cWCncesEETU7nVQVnHBLOwNkJMtak"
    "gvEJagdo7MXlFD78whVPYkRVBi1Kc/osF6fP1nD6rJJWsarx/djRCOVS981Ns/LE2bEnDg"
    "y/nJcs4xwjVUblKi8cyE67dAoVCoqSqIWTXDg+dzRmeSamImsnTa2WT5WXz7PkbKzYfD5j"
    "ysYigfS7A40AB3IecGhHzsCMUn2a6yAjx+utWdHu+/T/+DOWR+NBty3f61zl2DsoluLgaR"
    "Et3+teOxxl9wVN5TcNSGTRQzhOqTS/Sp/A0a2r1DzvMtZGTbTKFHccR1JKlFIJtvaYYOvZ"
    "5FS6dFbKp/LeJrk07JXDfsmWE2iZYBMZNl2ayB/gFfp1JkRRL/sN59liwXtNqW3TRyYNhi"
    "LNTmBv9NwrsuyX+3qMykWt5OTqMXbPcvLz+qY/91G6f+/0cLMqY2hMEishVQmpRzGrSkhV"
    "QmoeIXWwXCyo497YOsmSU6O314qqTHYED0qSV1xd6JaJPEKoV0Lee4kbBTLQjEqK4KRGqA"
    "tZHAOvaRAsQaAEPzkvbi+zcst+nqIw3krtVUp2VbJrxuZ/oPobe5FcFYL+TcisCkH/RiZa"
    "KSdKOVHKSRHlpIUdy5g1MvQS785alUQP+6hUHse0tNfJ8g/YYQWLv0VIagia7iUuAxZVAQ"
    "573WvI3de5csG9XpML7nU6Fxx/optZOuDnQa+70qnbzS4cYFqGi/6LbOuYI72zmAvMiIl2"
    "qdzryTTrCZkNBvjw3G6Lf/8/9S/oDQ=="
)
