from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "outbox_mail" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "recipient" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "body" TEXT,
    "state" VARCHAR(16) NOT NULL /* PENDING: PENDING\nSENT: SENT\nGAVE_UP: GAVE_UP\nWITHDRAWN: WITHDRAWN */,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "due_at" TIMESTAMP,
    "claimed_until" TIMESTAMP,
    "attempts" INT NOT NULL,
    "last_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(300),
    "sent_at" TIMESTAMP,
    "ended_at" TIMESTAMP
) /* One mail, recorded in the transaction of the change it tells about and sent afterwards. */;
CREATE INDEX IF NOT EXISTS "idx_outbox_mail_due_at_1efbd2" ON "outbox_mail" ("due_at");
CREATE INDEX IF NOT EXISTS "idx_outbox_mail_state_a6d331" ON "outbox_mail" ("state", "created_at");
        CREATE TABLE IF NOT EXISTS "mail_attempt" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" INT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "duration_ms" INT NOT NULL,
    "error" VARCHAR(300),
    "mail_id" BIGINT NOT NULL REFERENCES "outbox_mail" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mail_attemp_mail_id_294709" UNIQUE ("mail_id", "number")
) /* One attempt at sending a mail: when, how long it took, and why it failed (NULL: sent). */;
        ALTER TABLE "email_code" ADD "mail_id" BIGINT;
        ALTER TABLE "password_reset_code" ADD "mail_id" BIGINT;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "email_code" DROP COLUMN "mail_id";
        ALTER TABLE "password_reset_code" DROP COLUMN "mail_id";
        DROP TABLE IF EXISTS "outbox_mail";
        DROP TABLE IF EXISTS "mail_attempt";"""


MODELS_STATE = (
    "eJztXet32ri2/1e0+DLpXUxXmzad3syssxYlbss0gRwg8+Qs42ARfGJkjmWSZs6d//1qS3"
    "7bgG0eEa6+JCBry2bLkvb+7dd/G3PHxDZ92VpYX/BT4xz9t0GMOWYfUleaqGEsFlE7NHjG"
    "rc27GgtLv/c73VLPNSYea54aNsWsycR04loLz3IIdG6hheF6BLvfUdS67iBG+BL1iP2EDD"
    "T43Pr+9OwdMq07TD3kTJE3w4jiiYs9ZFHWd+H9iMYLF0+tr2M0tYhJeRfXeXwJtzedCbu/"
    "Re72fqclsf6zxLrn3GHW7LL7/fkv1sz64a+YBl8X9/rUwraZ4KxlwgC8XfeeFrytQ7yPvC"
    "P8iFt94tjLOYk6L568mUPC3hbxoPUOsx9neBiG99wlMJssbdufloD/4kmjLuIRYzQmnhpL"
    "G6YMqMUDRG0NXe/2hvpAG+p6IzOdAUWM737TxCHwKrBHpfzX38EjfH/6+u0Pb9+/eff2Pe"
    "vCHzNs+eFvceuIMYKQs6c7bPzNrxueIXpwHkdMFTOVZWx7Zrj5nI0oUtxlj53mbsBLedk7"
    "N77qNiZ33ox9ff1uDS9/afXbn1v9k9fvXsANHbZcxTLu+ldO+SVgd8ResTL0mUFnZXicIq"
    "sdo9+9LcDod29XMhouJRnNfjW2y7A4JNgNc4OGiLvRPh6ysnEQ5r5/VYC571+tZC5cSjLX"
    "dVifXN5qZDnn/O2wBzLIBGf4HNAekM2ti6tOtySvG32tdXGO4O+IXLW6rU/aORL/R4QPeI"
    "6iccvOSJEJWT0f6elgewOwTDe87KRcsCueNcf5L32SMjUlpk/6Mviwrwna4zazhtHDzpU2"
    "GLaurmH4OaX/sTm/WkMNrpzy1qdU60l6rw8HQb92hp8RfEV/9LoaZ6dDvTuX3zHqN/yjAc"
    "9kLD1HJ86jbphxngTNQVNimvHXhcWGqzDNScodTLN/UqhZ3v0su/jBua+0mJOUapZlnmXb"
    "oJ6+pJXmOU2rZlrmmfZ1Z72Utpok2qy1HsFJvAvFFaCA6X2+3io4luXxR8fF1h35gp8ycm"
    "mKrz5Scx2NdGQs/jt4jYLWaGW7xmOIoKTeLsYB9ruxJ2T41qDdutAanNW3xuT+0XBNPcFz"
    "uOKcOqmWsG/20vx0nm4xiHHH+QM/BB47QMkodSaW4f/wLIgWu9xci6SlOhZA0yZL6jlzDn"
    "LFqNGj5c2QESBgeeBYMcIRGZExewTrAesBxRjNHNvHw4I29DizbMyb4qNZbHBOjAxiou7N"
    "5SVy2FuMTIt1sh+wyW7Q8SgSryKKXgGgnDmPfEAAfW4NitE9xgs2oIfmDoB2BIeDx265YA"
    "8TPNWInMA9KSL4AZod27ZM/KLJaNHgn5eWJ57rWuydrAUZtnWPCyJ8f8ZXb/AI4fHG3lLW"
    "/89G8CyNfylE8JCIIF9eVbX9kPhw6n55VjNdf6BdXmp90PfFpxHpax+1fr91CW3iUxVNf/"
    "cIogV3W07g0anOFiP197iiONcq+koTJJncmOT9m9MCvH9zupL3cCnJ+8zeVEZszxAruEVq"
    "wT08WivMdZpWqWjHMdO3T1UPuvQYEm+njetWf9iF087/MCLtm8GwdwVNwacR6V1r/dawx9"
    "qCTyMy+H0w1K7Okfgvx4EoOL+EH6e72KDljsN8aolnr+JhePaqiBWI9VrJeX4tZXjwRfJy"
    "4EaKSqEboRAel/IeLI/rYeV4m6FT3M3hrsLk9sPXFL5Rjr/5xJX4nN6Jj14/V8DnvoFPpv"
    "gP+532sJF7wO2Au+3YUDVlb2rpFuBvdFztgMOdxGA15XHmgF/B5dX4fUpy9uFeJvwyPlCP"
    "Zifigz/Mxy99bIf8zZ+Di9iQfTFijSbj76ztY+Xhl+Vjj+Chw/7sfsOQ6rwr+ibnn/dFXu"
    "dVM3C7NO9wDlYTvMDBBGx+jT+EIx2Xzrf2xS1jh/M8PF94bWdJPG6yyZrikj2aa61xoi97"
    "rKjzRovcR8OysYl8Wm6tMgLH8qnjcqsVXd7+G088dGIQZEz48E3Wa2JbmLDupuliSl8gi3"
    "Dz19SCGUnxcV/3GZFH9g5wwxsb8RbfAamHxqJVZ4vf9cYv0fgeP40R8FaYAW1rbnnclsb9"
    "6MV9laO8hGYxP1CjKM7kd6+d5/ZpIVzpdA2udJrFleKLpCz0nqY9jJXlGQ7YWkDvfC8tgx"
    "0G/Q+Hv7ySeIPK4ALP5LazNC1Pe8Bc3siKCtHV9WIC9NNx2HGjiNCDo5kpQxhNZga5w+fo"
    "ceYg0zLZf3bWeg4400xmwTHaFD45/GDlVLeYHfDCc8WYennePTu/A3cDiom8Y35tHAETY0"
    "SNJ7gLxQi2J9sivmjAGcNGtB1yx1qcJqKOkC5CLyMmt2A6IhYTY4J70O8EIRUPEfkZQSfn"
    "kexDtvhg3X0r4sX/np6+efPD6as3796fvf3hh7P3r8JlnL20bj1/6HyCJZ3YiDcLIc5ksn"
    "TdSibqFKk6JmU+Jtk26Lj6PWNkVft0cgSpvbHqZZ4WjC9rCXF2av+on5kJ3mX8VIWtEZli"
    "bZa1jB+3eGbYU92ZVrTjrRtCsTzfaFrOZyWikHkfrwgo7D4U3BfOBZdKsDlNV0Nm795FNm"
    "BaqS0jSaRcK3J2iedztdq8/R4frPv8rkD15qrAPbIc/XnQ6+azNKJIa6LWxEP/h2yrkCVZ"
    "MllhDdOAFQn1M9hVT65av6U33PZl70Nar4QBPqRliamXZ3lezfaQQHG9OtfLex1v6Wlc6b"
    "A7ULaZnTkaS4Ntswlyrb9WB6UmOjTXI9zprgUCUwM/EJS4EbrEHlu65wKIjhDgufGETAfi"
    "MuNRpd9RJHSyvADW3d6AI9zOAhOdm7YtikaNnwJiy/zH+U8RBG3+Y9SIBbza/I5AwshN9n"
    "zIcRHjpus8gIXeD3wdEQdA6keL4h/ZTaGbWAdNZHkwBk0Guxq27TxyMz48VXATiG4NngpG"
    "Dh6qcMhqFI4KwamBF6aKTT2oEZ5OHCAoceBFFFudeLKpG4c+8rh5qyoWHRLLrFE3rrXuRa"
    "f76Rz5H0akdX3d7/2iXZyj4BOECf+stYcaTxUmPkHbL70vool/GBHtt+tOH1r8D3JA09RZ"
    "upPqsxhSSz2Nl9pwqPX11lBvDQa9dqc17PS65yi3eUR8k4Pe1/55ow2GoQ0iaKgycadFEK"
    "3T1YjWaQbRCo7XMiJnnGYn4W0SOSG9LSJyvl0tcb7NZjgUvssV83AlaVWct9S2VRNPLLNa"
    "lHeCUsV4yzzLD4ZtmfqSeFZOLpP105wiVfMs8zyr9InfxiwfGHGTbC5VbP8Rm/JU9LkKjD"
    "7snr+TjJAqLnofcdHPnHDzg2XbjRyjBm9vrrNl3AY9NpkwVrOzFMwOL5BhcfFMgewHBdld"
    "PC0naU13BwpKBDLt3jHNmOdHP105xN8+M8yNSOokAhwkiiK2S1C6rKQiJggVrCe1ihgcFi"
    "WnOEamIACZ51fppwfSo5Ss36iJrC+SmuRJ+2G6kzXyftRno9PScIaR6I8MxNY8tu2Yuw0F"
    "F50gtUYs4/xLpD1g98kPtQU3IIugsfhGx1nPpb3dRaXakEsB2Sbu8SgiHq963eHny9/Pkf"
    "8B/BDaX3jJOf9D+uV/HocRpbA8j8KCv84Mdq5AmrZ10WKbV0PuQHIvjVb3BoowiP8j0roZ"
    "9vSPfU37gy2O2Bc5FoiqxLhJgKqF7rFcmBWnOUmpplnqacakml9QnE6BCDLPsAIR9hbVHk"
    "stWy5LQ4ZwN/w9eg1JQTRyQDSxd9zG7rYJkwX00oKRasTy5CYrsJVd8KnNh6oTo7KAX+4e"
    "mmVeyWzSqdKZR7V7Fl3Y2aOjwNreAaQqVu9KXDVc3JvAVd0IexaIC/VmTBCCAqLImSIjQE"
    "KZGjmZYRNATQA+F9i1HPMluvEjJKmDoAPidwLwk/GTsu5QTDQvNnQ/N8kBWP+MAcxivCiF"
    "a/gQOrsygfSQ/1J47DPisen5KWVfTdEqFVhqBSm79Iovp1xapSzlKEv+flopaCFOqRaT1I"
    "vJP+VLnUkJGrV4NuvCq4qAlNaEC9cAkY3BRcXlxKsln6OCr+utFKsjXXCjXD2Juu7XW9l/"
    "+ZSDsvIPUP4Byj9A+Qco/4CkU7KLHyxnSfUKKyWHtkbplA+8YlRCfZVQ/+jXzO6SC3P5uJ"
    "LbUoJS4Q8Kf5B+RhX+oPCH9fhD26CztrNc5Od7jV1trsMeJqwflDwNOh4oTlphDyo4ug7B"
    "0VNjgvUHw17mJKhcoyUlyep0YB1YQ7o17OB8Ksz8GI3ifGXOq/D0b0AWlyofoZpo5WJ+HK"
    "KYcoKWzQnaxOaSmwq2dPAVKtVFMFqNWJ/j47tDXdUhgVqZ1VSDa821emq81+GSeXHkXCmr"
    "Slmtg7Jaew+E3sePl52upl90+lp7ePm7Puh86kJBixUXuCH2c6/f+UO70IfapXbV6n9hwl"
    "j3E+s5aPduukNunl3fZURSw+qDa63daV3q7LZgvVp7eUSu+72P2mDQ6XVZ20Dr/9Jpg8tE"
    "TmsV09buqw5QJqVU0vwShEohkFohwMSk1YKKqYopPoL5VQqfUvgk0Dqax5OYLK365aoyGe"
    "1wnUYDnXUz0btARB2kDuNxbgThr7wEobd0MYKUkOjR8mbIQGDUQ2L8vHC5CiMU0ZtiYymV"
    "6bAqk3JpfR4jiFi8FcsyJUiVOCy3uCQ263LCUpymTotsZx59sROjHGuzhIq/BUTR0M1nW0"
    "E04Vx0ZEwuLIrGl+/mYiNx6Wd7DmvJ0WrK4uwylkrgD9StPEk/poqtEfHjvQqI9hPbWUZF"
    "vpExmYCMlifCr+gJZc0h4bD/HbJaYAJPY6IT6uEFegtyPxQeX7jOhEkgLn7BE15AUfKZQS"
    "F5hmXbUK2cD+A+QdnxERkb7DDFc0w8nQ2NF0JuGTf5UHMHLsAIwbVE0XUU0vIS5gvXejAm"
    "T4iXV4ZW/tAtEj4z00qcBbztjous+cJxYUB4NsujSJTzRfSJ/Zr5dxSNRQ/dxdMxDN9E3O"
    "OA93Ue2aIZEZ5iGRKAeDPXWd7NuNozNyxgyoTNWRMRh+k+lD46rnmOxsFHnd1zxkvDs18D"
    "JAvvCZ10e/p1azD4tde/eKHSMMuoConXSOffM+xdbUZK0yl70kZ7El9FZXgcEtSOuadnhc"
    "pnn62pn32Wz1/9AbsWG7RSis+8ARQuL7OimTh9yqytDKHMltrKq+ys0Co7W7PKztKrLJIg"
    "yrA7SVW3UvW7Pyuo5a04jjf7HgS0Mr/RIJlo/W5ryA325yjxdUTanzvd1jni/6pY8feQBF"
    "7I92Xe+RiJzFNRdXMpsrWs3liyAcBCnuQsqvjip8c4HNfZ63zR+aVzcdO6bJReCAElrILg"
    "84hosCKu+52Bpl+1BkNwjMk0JXtpVx/SvXhTlQV0Wkg+WyOeZXY0F99ZTAt1K2ZESxEr/F"
    "9qsSw2Xw+WoVvkwfIqpA3fNMyewv6PT7+PRXgJPEqvcF7lkO5EUKv1sZUH9JXd3VYOonRP"
    "2Ta5jLmoSDRFLIX1lvEUWyb8lmPy1yeWZyyfOa71107YFR+rrgyDbXvbPPx+2fdasocnpN"
    "hJoYK6skiYbrcN9aqjkTvFJhFTtXVMXBSaVUc2UUzpDiIHfXPoQIxWV2aZVqy8hYvZg9Nt"
    "36+L2JB9MWJduTfH81vsMr7Zu5AWNMJUzYVrURzvW0u+GaBVK76V5VvMAWdbntXSYSmZ64"
    "cptX9ty6ePfJC6ssghtkVwDNfakludcKCjRQY2MMw1sbslk3owRl3fKLYxYfcBm+ydEkaS"
    "LZnV98eL21xqyjfuKrc9u/gwdWUTXS64HX9hG9vuVQMx1DUbqU7cKuVhm8h/bD1gfW1xwI"
    "C7QZHAXcOFx3IgVPRLDjTJNe7JMWVzs5eyTmO9i3gr+3TfUWQ7dxZBPn0TTZ0lMdHtE/cD"
    "HnxufX969g6Z1h3T3MD/GJxzb7HhYhd5zj3OjVHc3eCBTzT/Bu68dOY8Eu713ESGJ4Z/iV"
    "rBHaCLzd5d35N4zGRki+2m4O/MmmzWibX5tbPHI3LC6J2l9wJN2ONSNLVc6inHYAkdg/n8"
    "l3arS1LVzm91945eExcb1ayGSUrlECGdrTCFHPi7YtlpTlKqaZZ7mv2DrvQkx+iU0V/mGb"
    "YN6jHJjx1y5Wc5TatmWuaZVil/VMofCdTd5vGk/MmzPOZo2ysMlKs17jwjaTGtu0cwopaJ"
    "mVrs0zG9FrHTFqJaY2DLj1w7dkDx5P3ZZfqIXQiizWrbuxgUtOwxNwGRO/0ePwWBs3F6Nj"
    "5kGJpZNuaXgpuxnj4ljxDu3lxeImPqYRdmkP7I1Hl2aUTEi92EQGMbYnphCND2bg2K0T3G"
    "Cx7lG4wUDL6ACOToGQpnM0rEbtN7Js3ccg9Sf1wh3TCqPxs8khkuxSRblf/osEG/sQmqFG"
    "gRo5c5tKVmRfKYwk9XlQFd5UAfUMg8TRXBmLNXRXK1sl4rWcyvpQLvgt2pUuRdQCwztxvX"
    "Wvei0/3EFoX4MCKt6+t+7xfI/Bt8GpG+9rPWHkJb8Iktnla3rV1eQmP4cUS03647fWjzP8"
    "ixWGKHa4kTJEW1kwCTGhwl8T0odp5n+LopiitJq8AsqRVghVl+E9MstJJqgUtJUoVnHcU8"
    "byH3J4eQODqwZpK/YLxeXgHIEEo8ZzKpATEIpGRV8gyhgoDzipMrcH1PnIVs5aQsY5NEiq"
    "+bjRZrPfVK2y3qGdfbTJkusntjwnrRZyJOv9MeNvLe5x0w+ToaqaYMTi7jAsxVprcy7F1n"
    "eov4+zy2Nw1yF7bZ50aOxS262FxnZxP5DydBvyI+rawv5MZ9EMYoxNQRFzw+b/GUvT8oyN"
    "8CV3mljDxzWuVRlMeoXFYlld90v/lNYZmUdshNEMlslqjM6T3kuKQ8F0/5gn0RmcI8pcbC"
    "FLT9TUyz4XmQhz4nUm01fhMjOZwe/ErqIz+RAoUu59XCFZKkylYg88KZMsEsP8nByoUTJ1"
    "ELJ71wAu7o1PK16DJrJ0utlo/My4fr0Xk65gfrbuUCihHtKa/pc+CvB6gwmEFpnwmByabB"
    "yYNicpPlrMFkwv5hup6i4IzIjhQWClqy98Dl1XzCIZFIBPQSaRB/hMJ8QMI9OArbzQNtdj"
    "x6ER9jcUvhRSzGVo7Dh4V4SlZ92Kbcg2SM3XMYsL+MwPVw7uOvlRw0ssPIjPk0brqdjx1w"
    "HfU/jMhAu2712Rl+joJP6b3neTww/FRzQYmBe8aIqpO0YiipJ6qvDXo3/bamt9rt3k13CF"
    "7ByZYRaV/2bi6iDomvI/Kx0211253WZdQj01RlqndfqYBNm1vNwTVJqcAhqYV0Fatd9xn2"
    "01yWkgQTNMoRJgfK8I+vclyN0yiubnYv8tWbDIeVW0bWLSOxZDdXnva1SMXaIqyNr1uZQs"
    "3j+XPzUJZket018Eqq40ZY5deZ4SXrNQeGjSxIsqYvj/+eGHSmG3PQAsL4b3DhYn8sE1kE"
    "QYcfkcH/I5GlH82NJ3b9yY8Ip95LFCsGzd1jDPI0IpyEjzNqQDVo/j32axntxHFNOmpUCv"
    "GmC9/WrQAYBcDUAoDhyzDL2yuH+AdCFmwJSeok0RwAsE9YlKM9sBTzU3RqBirPQLiVZ9i/"
    "AexYKHen5nEownEWlDg9UmQHLKfaOMgpcloocux0TeTYaTZyTEU2qbRhEmpyW6YNSxcLY9"
    "TmcrKDkhWiZNhFMFqNZqBqKngnqE+Rz9Ti2d+LFrqQE4HeOu+7XzomBx2IisqsBgamUZ9C"
    "WeZEhDWPXvF1cabQT13nL0xeIsinHmteUrgLcoj9hB5nmCACmdjYBVEFID/j3C5vwNEHv+"
    "RAkHxu1PgphCks8x/nP4kb/mPUiKWgE1xBM4dNQJR8DnLDI9uasjesZPY58QzBsJB7LvyZ"
    "ZoiaVAIoxOOESeeiAPjYBQVdHBa6WJ28YLPR/DgymQW5tfQPNxeftGGYYsv/PiLZtBTiiq"
    "799rl1M+D5ttItcljFxRoVbK84h6khpJ7I0EkhdGDwP+it7oUeOD+ElxOtckxYtL+X0fmS"
    "VDvJFiIRbvj2fQEuv32/kstwKcll4qxKF5jP36B/7ZTpvaRhEfJNBXAqQajQKanRqUgiKz"
    "nJCULliiPzHCtUrG75fiRbLApsPDaw8bmT/Ej2Au8gxw97BA7IPJdTTsfE8wWTb8nkqc+9"
    "Sxo54Fu2U3MdDmdF3XU36l8IkxvH7vX9F8C5nCmHnSaGbWO3yVEm349mwfiOeTVEXpIwrI"
    "dw56yoALGrwTkWRyfOAoc+QGIEdMJ+oOMiiA/gg1lmE7HvvIdtYeKFiXLYnQEXJA55mjtL"
    "ygd4IcpPMEVuRNidsT2F4Zn6wZoWXlOAg2N2WRfFIMfNRIVINiR/KH5n1ktgjGKxgF+Ri0"
    "w8YZNDR+RxZk1mQOA9OuDhNFm6Ljyd/yspcpeEvkTjKeMeDw2LuTvFbhcvcXHC/rlPyMNf"
    "vRGBJ3gwXAteCcp+1jjgaDhKyOJbx3xCFBs2Nn1fKHh29qguU2pNgEvnQMA4Ek0e9Ggi6v"
    "CR+HuHDBsm0nSwYJiLH9iQ4jrUN6Rs2PCW4I81MVyXcehXwEnBr8uZL2BN8ug2eEaOknL8"
    "NDH9UFzTs2wbGEQYc1YBnX82+FTA1Wi+BHypkh09E5oZzkhRxT8kkBn2qqj7vy6k+79eo/"
    "u/zur+sVe9BJuTVDXk9e5d32L7chlOp8gUqwuwWoWWbZJ/64F2xASAshOdplW4lswzDRV/"
    "ljTMmVlQyEpRKfwlr86MkK+zXP1gEcNd4RUcp0px9fbJE8mJjouv69x7L3sfEuuEHTwfOt"
    "1W//eTq9ZvLxKL5bLX/RT0j6+BD78PtVaK9ceVHO+QSsWx71ySZMrpkAfLW5khJ3a1uRYZ"
    "SvYrkBDHh86grmZIe850edsi9+iEUTnsyz/7PB/xC4BaDAIwiQW+UyEB1PoUrkvc3SovNc"
    "5e7gM40TBAIDh0MHMeCfe9aiLDQxMX+1VHObIDYFMArgh9SMANjotNgeXwYnXQ6KMjIxLA"
    "IwB4OBM+mgCFlhQj4VwWgFoT25nc82dqARSCAbBK/N4IF2G/9XZp3mEPLaCnh07G4rv+P2"
    "P25LaNoJFxAZzUXjSRgJM4ShNLGM/GM8EHzXWWd5ABGogoMmgivo49gRi6sMtYADxzJ7EY"
    "Cs25GcpglqmcxQ4Lr/D1nq+NFkiwEhDLrJNCShUooNjnqVT4Jyi6+FHr91uX0CY+pbeXQn"
    "DMzrPfbJPu5ijy21x2ul/OEfwdkV6X/dfOkfgvxwTwXb908u8klYoC3YjPJLf9Ump7glLh"
    "M9LJvser4ahprjjNsFkw0bVMFuM4iYJlsrAM440+yQ/WXsnTBI1KDZ1Fuh7YMV2tnnKcUg"
    "HFMu9Fvsq7jSCdGkLiSp6Nq153+Pny93Pkf4DAl/aX1icNAl/4BznEap+lFfJPZChrdFoc"
    "OAGFz0r8dWYsKS8OaISxwFusk9zxpF40re4NqP7i/4i0boY9/WNf0/6AOKPoixxLh0N9GJ"
    "fzO04S1WjJHL07t2x6yJ79uVVV0Z14HOc6c/uLfAe8LeEqL9m2UJS3yQ2xelaOmKVky4Qc"
    "9SxFXC4ZR0l75pVh2S1RN6yRY9CMX26us2jyCjBGrGchL3efAGyAFLI7Qg1VBEOd89wPTT"
    "RzHpHtsGbLQ57j3AvX9McZGAkRlBbCJjoBF+VzGMB7ke/vvvvbgO0QBviOhoMz2e4Wu+y7"
    "G/ian3OvcsYq6wG7cIngB54mAkIBuPGPMm4HA6z2oA5KjYo7bOc8va6KT80MfAdRBVabAf"
    "3ZKi4JRQRKCsrL9af8T78FsMlcuvwA1+dlsO8UlVpAOQsIu66Tsx+tqXEdEEiMPFQ0v74p"
    "FPXxZk3Ux5ts1MezlM6T9K19jtp5yZnYgQ7XW3q3ztcrf7Ajm4iialzsBZQpS77IAJijko"
    "SpAVcrI2EMd5iPsJCL5dKdzAy45rKZfjRscOxjLeQOJzPhn7B28FFk59jMca2/mHLg4wwv"
    "0MI2Jnn59Hc7PDgvdliXiSN8I4VKwTr6ToXxZPlMg1k48FIwzeZHNBYj6LdPuj8oj/IEN0"
    "aebc8YEb/dvxfQg0dnylURzwx7Wj67nXJFPKgrYu19365v4DgegG3O/wSOiF3tV+GHyD+M"
    "CLvQBfud+C+HDUIl7X8ei53KJ364fOL+WVNeY08QqlgcmfV1lR1rb+bUtKRW0rC6glxZrn"
    "OgkUheLsfkLOFuXuWjl0pVPrJny0eWXvcHdRSQbKMo7CewYrPcQY6y3F0mOydBbYSCM5Kq"
    "EnhU+0vRScluronp6DPZpd9pD1PTsR3qFCF+edBTAg9cjT85vJ8eoJDFbOHQuxkhOZbAXB"
    "ghocIHMEg05mNGYKrGtk2Rccvuxw3WlCdWm3rYBU7QfGP4Hu7D88CZSxzkDONIEgxB8Fcv"
    "NJBDVC03xQlTuii9QBxvBvZ4RmXjKVjfkem8gMKRod18RDwoRjmxDWsu4C34CSKIdsxb2c"
    "plirFlj5scOLMxh9l4HQbQmAVR8BjsB4/9z3T8UgQm89xr7BEgvVxQegLqRljBU0Oms1vM"
    "f/g5tLK+TNY2XMZA/jPCp+JYGvGaI3LHnp6g5aLJs7mZ7M0mPAfewqAeGkfBOGN0wiE79r"
    "QB49kbBTeBEGQL0xeFYTYeFg2dYxFd5RA35R5wKPcAtgCtBWRCLINCJIhkBuaqohBnhUoJ"
    "nK2pJXCWTVy1vP03npTic4ykjlzeB9YDW2iWxUN2AKwIQvD718G2vA7P0X4bJqCcgIn5eW"
    "6C7jGmtyH1TcYVZlXlhs24fkh8QAzTLyVTEsoMyMJSNCMy0KCuCfwdkU+tXzT95voc+R9G"
    "BNCui37r1+45Cj/Kgfar4OxKi+fYwFAVnP1NTLNQdcpOcUR1kHBXZdCoaNCIa5Sld+s0sY"
    "pslnmuAxygBOIfJ1EJAdKGFNugXhAGUqUqUpZcLSCZFxCfsNKOxUmqOmiAB/AuBlixSvBD"
    "RKaWksxLCTMWVlEQ43RqhmWb4YwdvFBErH8C2s5dDkRfIiA2Fb55nCrjYQNiA1N3jvkvZg"
    "VfbfuLGd032v1Wc2KztUc5Uh/SkZr/LyHhBP1rl7fy9Wmhcjmna8rlnGZEm4njLHAQwLdN"
    "9tzcgWS24BxVJl0FYisxJSGmLCwotr5t0o6F9UVUbD/OOc+KJwmESSU3KcEsP+JtJ+yKj1"
    "VXhplW9FLoQc3K7fh2ERuyL0asK/emLsZ/5aXYLcOvj3yQo1Ws13MoqomxJZeShVHq+DLx"
    "UGOqC0fi7ZgVRjjX5I3ar7pO6SPjfR/Ks7ShKFmu4p7u1FyvwovuOq/5EpY6KxJDzl03F6"
    "7zwHNMkbDK8S2eOi74j3oe93aF8G5RHOc7ioL7oZNRg3W7c7ywadTISWm1n9uMyBfwfjUA"
    "wBDVhl18Z8FP5k7BcEvq1xo2PESwBcAEmtrOI5qwR3Axf/W5A6sDl76jnKag86qCMw4JZ+"
    "D8BBlrUsEEBLUDNPbicgovfumKJwkimUGLypw+K8TpszWcPpPSKiYb348djVAudd/cNCtP"
    "nB174sDwy3nFMs4JUmVUlnnhQHbapVuqUFCcRC2c9MIJuKNTyzcxlVk7WWq1fGRePs+Ss1"
    "Gy+XzGlI1lAul3BxoBDuQ+4MiOnIMZZfo010FGrt9bt+Ld9+n/8Wcij8aDYVuB17nKsXdQ"
    "LMXF0zJavt+9djjK7guaincakMiyh3CSUml+Up/A8a2r0jzvMtZGTbTKFHccR1JGlFIJtv"
    "aYYOvZ5FRn6a6UT8W1TXJp1KuA/ZIub6HlFptoYjtLEwUDvES/zrgo6me/YTxbLFivqWPb"
    "ziMVBkOeZie0N/ruFXn2y33dRuWiVnKyfIzds5z8vL7pz32U7t87Pdqsqhga08RKSFVC6l"
    "HMqhJSlZBaREgdLBcLx/WubYPkyanxy2tFVSo6ggclKSquLgzLRD4h1CshP/qJGzky0IxL"
    "iuCkRhwPsjiGXtMgWIJACX5yftxebuWW/dxFYbxS7VVKdlWya87mf6D6G3uRXBWC/k3IrA"
    "pB/0YmWiknSjlRykkZ5aSFXWsya+ToJf6VtSqJEfVRqTyOaWmvk+UfsEtLFn+LkdQQNN1L"
    "XAYsqhIc9rvXkLuvC+WCe70mF9zrbC44dkcvt3TAz4Ned6VTt5dfOMC0Jh76P2Rbxxzpnc"
    "dcYEZCtMvkXk+nWU/JbDDAh+d2W/z7/wHhpZNJ"
)
