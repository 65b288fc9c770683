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
    "eJztXet32ri2/1e0+NL0LqarTZtObzrrrEWI2zJNIAfIPDnLGFsEnxiZY5mkmXvmf7/akt"
    "82YJtHjKsvCcjastmypL1/+/V/jbltYIu+ai3Mr/ipcY7+r0G0OWYfEleaqKEtFmE7NLja"
    "xOJdtYWp3nudJtR1NN1lzVPNopg1GZjqjrlwTZtA5xZaaI5LsPOCotZNBzHCV6hHrCekoc"
    "GX1g+nZ++RYd5h6iJ7itwZRhTrDnaRSVnfhfsRjRcOnprfxmhqEoPyLo79+Apub9g6u79J"
    "7vZ+pyUx/7PEqmvfYdbssPv9+S/WzPrhb5j6Xxf36tTElhHjrGnAALxddZ8WvK1D3E+8I/"
    "yIiarb1nJOws6LJ3dmk6C3SVxovcPsx2kuhuFdZwnMJkvL8qbF57940rCLeMQIjYGn2tKC"
    "KQNq8QBhW0NVu72hOlCGqtpITadPEeG716TbBF4F9qiU//o7eIQfTt+8+/Hdh7fv331gXf"
    "hjBi0//i1uHTJGEHL2dIeNv/l1zdVED87jkKliptKMbc80J5uzIUWCu+yxk9z1eVld9s61"
    "b6qFyZ07Y1/fvF/Dy19a/faXVv/kzfuXcEObLVexjLvelVN+CdgdslesDHWm0VkRHifIas"
    "fo9+9yMPr9u5WMhktxRrNfja0iLA4IdsNcvyHkbriPB6xsHIS5H17nYO6H1yuZC5fizHVs"
    "1ieTtwpZzjl/O+yBNKLjFJ992gOyuXV53ekW5HWjr7QuzxH8HZHrVrf1WTlH4v+I8AHPUT"
    "hu0RnJMyGr5yM5HWxvAJapmpuelEt2xTXnOPulj1MmpsTwSF/5H/Y1QXvcZtYweti5VgbD"
    "1vUNDD+n9D8W51drqMCVU976lGg9Se71wSDo187wC4Kv6I9eV+HstKl75/A7hv2GfzTgmb"
    "Sla6vEflQ1I8oTv9lvik0z/rYw2XAlpjlOuYNp9k4KOcu7n2UHP9j3pRZznFLOcpVn2dKo"
    "qy5pqXlO0sqZrvJMe7qzWkhbjRNt1lqP4CTeheIKUMD0PltvFRxL8/iT7WDzjnzFTym5NM"
    "FXD6m5CUc6Mhb/7b9Gfmu4sh3tMUBQEm8X4wD73dgVMnxr0G5dKg3O6omm3z9qjqHGeA5X"
    "7FM70RL0TV+an86TLRrR7jh/4IfAY/soGaW2bmreD0+DaJHLzbVIWqJjDjRNX1LXnnOQK0"
    "KNHk13hjQfAcsCx/IRjsiIjNkjmA9Y9SnGaGZbHh7mt6HHmWlh3hQdzWSDc2KkEQN1b6+u"
    "kM3eYmSYrJP1gA12g45LkXgVUfgKAOXMfuQDAugz0ShG9xgv2IAumtsA2hEcDB655YI9jP"
    "9UI3IC96SI4Adoti3LNPDLJqNFg39ema54rhuxd7IWpFnmPc6J8P0ZXb3+IwTHG3tLWf8/"
    "G/6zNP4lEcFDIoJ8eZXV9gPiw6n7xVnNdP2BcnWl9EHfF59GpK98Uvr91hW0iU9lNP3dI4"
    "gm3G2pw6NTlS1G6u1xeXGuVfSlJqhicmOc929Pc/D+7elK3sOlOO9Te1MRsT1FLOGWSgvu"
    "wdFaYq6TtFJFO46ZnjyVPeiSY1R4O23ctPrDLpx23ocRad8Ohr1raPI/jUjvRum3hj3W5n"
    "8akcHvg6FyfY7E/2ociILzS/hxqoM1Wuw4zKau8OyVPAzPXuexArFeKznPryUMD55IXgzc"
    "SFBJdCMQwqNS3oPpcj2sGG9TdJK7GdyVmNx++JrAN4rxN5u4FJ+TO/HR6+cS+Nw38MkU/2"
    "G/0x42Mg+4HXC3HRmqpuxNLN0c/A2Pqx1wuBMbrKY8Th3wK7i8Gr9PSM4e3MuEX8YH6tL0"
    "RFx4w3z62sdWwN/sObiMDNkXI9ZoMv5O2z5WHn5pPvYIHtrsz+43jEqdd3nf5OzzPs/rvG"
    "oGJkvjDmdgNf4L7E/A5tf4IhjpuHS+tS9uETuc6+L5wm3bS+Jyk03aFBfv0VxrjRN92WOF"
    "nTda5D5ppoUN5NFya5XmO5ZPbYdbrehy8m+su+hEI0jT+fBN1ku3TExYd8NwMKUvkUm4+W"
    "tqwowk+Liv+4zII3sHuOGNjTjBd0DqorFoVdnid9zxKzS+x09jBLwVZkDLnJsut6VxP3px"
    "X+koX0GzmBeokRdn8rrXznP7NBeudLoGVzpN40rRRVIUek/SHsbK8gwHbC2gd76XFsEO/f"
    "6Hw19eV3iDSuECz+S2szRMV3nAXN5Iiwrh1fViAvRTcdBxo4jQg6OZKUMY6TON3OFz9Diz"
    "kWEa7D87a10bnGn0mX+MNoVPDj9YOdUEswNeeK5oUzfLu2fnd+BuQBGRd8yvjUNgYoyo9g"
    "R3oRjB9mSZxBMNOGPYiJZN7liL3UTUFtJF4GXE5BZMR8RkYox/D/pCEFLxEKGfEXSyH8k+"
    "ZIsL8+57ES/+9/T07dsfT1+/ff/h7N2PP559eB0s4/Sldev5ovMZlnRsI94shNi6vnScUi"
    "bqBKk8Jqt8TLJt0HbUe8bIsvbp+AiV9saql3laML6oJcTeqf2jfmYmeJfxUxm2hmSStWnW"
    "Mn5M8Eyzpqo9LWnHWzeEZHm20bSYz0pIUeV9vCSgsPtQcE84F1wqwOYkXQ2ZvXsXWZ9phb"
    "aMOJF0rcjYJZ7P1Wrz9nt8sO7zuwLVm6sC90hz9OdBr5vN0pAiqYmauov+iywzlyW5YrLC"
    "GqYBK2Lqp7+rnly3fktuuO2r3kVSr4QBLpKyxNTNsjyvZntAILlenuvFvY639DQuddgdKN"
    "vMzhyNK4NtswlyzL9WB6XGOjTXI9zJrjkCU30/EBS7EbrCLlu65wKIDhHgufaEDBviMqNR"
    "pS8oEjpZVgDrbm/AEW57gYnKTdsmRaPGTz6xafzj/KcQgjb+MWpEAl4tfkcgYeQGez5kO4"
    "hx07EfwELvBb6OiA0g9aNJ8Ud2U+gm1kETmS6MQePBrppl2Y/cjA9P5d8Eolv9p4KR/YfK"
    "HbIahqNCcKrvhSljUw9qhKe6DQQFDryQYqsTr2rqxqGPPG7eKotFB8RV1qgbN0r3stP9fI"
    "68DyPSurnp935RLs+R/wnChH9W2kOFpwoTn6Dtl95X0cQ/jIjy202nDy3eh2pA09ReOnr5"
    "WQyoKz2NV8pwqPTV1lBtDQa9dqc17PS65yizeUQ8k4PaV/55qwyGgQ3Cbygzcad5EK3T1Y"
    "jWaQrR8o/XIiJnlGYn4W0VckJ6l0fkfLda4nyXznAofJdL5uGK08o470rbVg2sm0a5KO8Y"
    "pYzxrvIsP2iWaahL4poZuUzWT3OCVM5zledZpk/8Pmb5wIhbxeZSxvYfsSlPRp/LwOjD7v"
    "k7yQgp46L3ERf9zAk3L0zLamQYNXh7c50tY+L32GTCWM3OQjA7vECaycUzCbIfFGR38LSY"
    "pDXdHShYIZBp945p2jw7+unaJt72mWJuSFInEeAgURSRXYLSZSkVMUYoYb1Kq4j+YVFwii"
    "NkEgKo8vxK/fRAepSU9Rs1kfVFUpMsaT9Id7JG3g/7bHRaGs4wEv2Rhtiax5YVcbeh4KLj"
    "p9aIZJx/hZQH7Dx5obbgBmQSNBbf6DjtubS3u8hUG9VSQLaJezyKiMfrXnf45er3c+R9AD"
    "+E9ldecs77kHz5n8dhRCosz6Ow4G8zjZ0rkKZtXbTY5tWQOVC1l0arewtFGMT/EWndDnvq"
    "p76i/MEWR+RLNRaIrMS4SYCqhe6xXBglpzlOKae50tOMSTm/oCidBBGqPMMSRNhbVHsktW"
    "yxLA0pwt3w9+g1JAnRVAOiibzjFna2TZgsoJcWjFQjlsc3WYGt7IJPbT5UnRiVBvwy99A0"
    "8wpmk06Uzjyq3TPvwk4fHTnW9g4gVbF6V+KqweLeBK6qWtAzR1yoO2OCEBQQRfYUaT4Syt"
    "RIfYYNADUB+Fxgx7SNV+jWi5CkNoIOiN8JwE/GT8q6QzHRrNjQ/dwkA2D9MwIwi/HCFK7B"
    "Q6jsig7pIf8l8dhnxGOT81PIvpqglSpwpRWk9NLLv5wyaaWylKEseftpqaCFKKVcTJVeTN"
    "4pX+hMitHIxbNZF15VBKSwJpy7BkjVGJxXXI69WtVzVPB0vZVidagLbpSr9bDrfr2VvZdP"
    "OihL/wDpHyD9A6R/gPQPiDslO/jBtJdULbFSMmhrlE75wCtGJtSXCfWPfs3sLrkwl49LuS"
    "3FKCX+IPGHys+oxB8k/rAef2hrdNa2l4vsfK+Rq8112IPO+kHJU7/jgeKkJfYgg6PrEBw9"
    "1XSsPmjWMiNB5RotKU5WpwPrwBrSRLP88yk38yM0kvOlOS/D078DWbxS+QjlREsX8+MQxa"
    "QTdNWcoA1sLLmpYEsHX6FSXfqj1Yj1GT6+O9RVbeKrlWlN1b/WXKunRnsdLpkXR86lsiqV"
    "1Tooq7X3QOh9+nTV6SrqZaevtIdXv6uDzucuFLRYcYEbYr/0+p0/lEt1qFwp163+VyaMdT"
    "+znoN277Y75ObZ9V1GJDGsOrhR2p3WlcpuC9artZdH5Kbf+6QMBp1el7UNlP4vnTa4TGS0"
    "ljFt7b7qAGVSSinNL0YoFYJKKwSYGLRcUDGVMcVHML9S4ZMKXwW0jubxJCZLqn6ZqkxKO1"
    "yn0UBn1Yj1zhFRB6nDeJwbQfgbL0HoLh2MICUkejTdGdIQGPWQGD8rXK7ECHn0pshYUmU6"
    "rMokXVqfxwgiFm/JskwxUikOV1tcEpt1MWEpSlOnRbYzj77IiVGMtWlCyd8comjg5rOtIB"
    "pzLjoyJucWRaPLd3Oxkaj0sz2HlfhoNWVxehlXSuD31a0sST+iiq0R8aO9coj2umUvwyLf"
    "SNN1kNGyRPgVPaGsOSQc9r5DVgtM4GkMdEJdvEDvQO6HwuMLx9aZBOLglzzhBRQln2kUkm"
    "eYlgXVyvkAzhOUHR+RscYOUzzHxFXZ0Hgh5JZxkw81t+ECjOBfixVdRwEtL2G+cMwHTX9C"
    "vLwytPKHbpHgmZlWYi/gbbcdZM4XtgMDwrOZLkWinC+iT+zXzF9QNBY9VAdPxzB8E3GPA9"
    "7XfmSLZkR4imVIAOLOHHt5N+Nqz1wzgSk6m7MmIjbTfSh9tB3jHI39jyq754yXhme/BkgW"
    "7hM66fbUm9Zg8Guvf/lSpmGuoiokXiOVf0+xd7UZKUkn7Ukb7Ul8FRXhcUBQO+aenuUqn3"
    "22pn72WTZ/1QfsmGzQUik+swaQuHyVFc3Y6VNkbaUIq2ypLb3KznKtsrM1q+wsucpCCaII"
    "u+NUdStVv/uzgpruiuN4s++BT1vlNxokE6XfbQ25wf4cxb6OSPtLp9s6R/xfGSv+HpLAC/"
    "m+yDsfIanyVJTdXPJsLas3lnQAsJAnOYtKvvjJMQ7HdfY6X3Z+6Vzetq4ahReCTwmrwP88"
    "IgqsiJt+Z6Co163BEBxjUk3xXsr1RbIXbyqzgE5zyWdrxLPUjubgO5NpoU7JjGgJYon/V1"
    "osi8zXg6mpJnkw3RJpwzcNs6ew/+PT7yMRXgKPUkucVxmkOxHUan1sZQF9RXe3lYNI3bNq"
    "m1zKXJQnmiKSwnrLeIotE35XY/LXJ5ZnLJ/ZjvnXTtgVHauuDINte9s8/F7Z91qyhyek2E"
    "mhgrqySJhutw31qqORO8EmEVO1dUxcGJpVRzZRTOkOIgc9c+hAjFZXZhlmpLyFg9mD023f"
    "r8vIkH0xYl25N8fzCXYY36xdSAsKYarmwjEpjvatJd800Kol34ryLeKAsy3PaumwFM/1w5"
    "Tav7bl0yc+SF1ZZBPLJDiCa23JrU4w0NEiAxsY5hjY2ZJJPRijrm8U25iw84AN9k4JI8mW"
    "zOp740VtLjXlG3eV255dfJi6sokuF9yOv7C0bfeqgRjqho1UJ24V8rCN5T82H7C6tjigz1"
    "2/SOCu4cJjORBK+iX7muQa9+SIsrnZS1mlkd55vJU9uhcUWfadSZBH30RTe0kMNHnifsCD"
    "L60fTs/eI8O8Y5ob+B+Dc+4Eaw52kGvf48wYxd0N7vtE82/gzktn9iPhXs9NpLli+Feo5d"
    "8Buljs3fU8icdMRjbZbgr+zqzJYp1Ym1c7ezwiJ4zeXrovkc4el6Kp6VBXOgZX0DGYz39h"
    "t7o4Ve38Vnfv6KU7WCtnNYxTSoeIytkKE8iBtysWneY4pZzmak+zd9AVnuQInTT6V3mGLY"
    "26TPJjh1zxWU7Sypmu8kzLlD8y5U8F1N3m8aT8ybI8ZmjbKwyUqzXuLCNpPq27RzCipoGZ"
    "WuzRMb0WsdMWolojYMtHrh3boHjy/uwyfcQOBNGmte1dDApa9pibgMideo+f/MDZKD0bHz"
    "IMzUwL80v+zVhPj5JHCHdvr66QNnWxAzNIPzJ1nl0aEfFiNyHQ2IKYXhgCtL2JRjG6x3jB"
    "o3z9kfzBFxCBHD5D7mxGsdhtes+kmQn3IPXGFdINo/qzwSOZ4VJEspX5jw4b9BuZoFKBFh"
    "H6Koe21KxIHlP46aoyoKsc6H2KKk9TSTDm7HWeXK2s10oW82uJwDt/dyoVeecTV5nbjRul"
    "e9npfmaLQnwYkdbNTb/3C2T+9T+NSF/5WWkPoc3/xBZPq9tWrq6gMfg4IspvN50+tHkfqr"
    "FYIodrgRMkQbWTAJMaHCXRPShynqf4uimKK04rwaxKK8ASs/wuplloJeUCl+KkEs86inne"
    "Qu6PD1Hh6MCaSf6C8WpxBSBFWOE5q5IaEIFAClYlTxFKCDirOLkE1/fEWchWTooyNk4k+b"
    "rZaLHWU6+w3aKecb3NhOkivTfGrBd9JuL0O+1hI+t93gGTb8KRasrg+DLOwVxpeivC3nWm"
    "t5C/z2N7UyB3YZt9bmRY3MKLzXV2NpH/UPf75fFpZX0hN+6DMEYhpo444PE5wVP2/iA/fw"
    "tc5ZUyssxppUeRHqPVsirJ/Kb7zW8Ky6SwQ26MqMpmidKc3kOOS8pz8RQv2BeSScyz0liY"
    "hLa/i2nWXBfy0GdEqq3GbyIkh9ODX1f6yI+lQKHLeblwhTiptBVUeeFMmWCWneRg5cKJks"
    "iFk1w4PndUanpadJG1k6aWy6fKy4fr0Vk65oV5t3IBRYj2lNf0OfDXA1QYTKG0z4TApNPg"
    "ZEExmcly1mAyQf8gXU9ecEZkRwoKBS3Ze+Dwaj7BkEgkAnqFFIg/QkE+IOEeHIbtZoE2Ox"
    "49j4+xuKXwIhZjS8fhw0I8Bas+bFPuoWKM3XMYsLeMwPVw7uGvpRw00sNUGfNp3HY7nzrg"
    "Oup9GJGBctPqszP8HPmfknvP83hgeKnm/BID94wRZSdpxVCVnqi+Mujd9tuK2mq3e7fdIX"
    "gFx1tGpH3Vu70MO8S+jsinTrfVbXdaV2GPVFOZqd59pQI2bU45B9c4pQSHKi2ky1jtus+w"
    "l+aykCQYo5GOMBlQhnd8FeNqlEZydbN7kafepDgs3TLSbhmxJbu58rSnRUrW5mFtdN1WKd"
    "RcecAkM7hcXGiuhVSCLrnix/WZRu4w0pDnXYVsJyzWDFHbtmUgbWIvXXTyiCcz276nTUSX"
    "k2AkKgo/j/mN6TgFpuzlLiPCZpdgHS69bKJHx3RdSOhGeC/2uwnV+EW/xLV4giaaYB6szo"
    "PRl4bpIj4ghJF7Kdscey7i12E98MB1CCRno4y9OcBMBfJmYghdPqIxIAq86+NMc9mv1C0T"
    "BiUYG5Q79cAP0+g99wC6Y2/kK4iPD9zZeLFqNI44YI0R1Z7YaDbFiHESa3OIq2cPb9nkDt"
    "iVG1WKO82xvxxfSvh6+c3xzu63tUTJy9HvhXCrdbBxzaCrA+DFzTUAF2dgiv9r8t15/aus"
    "vJcEud59yKFYv/uwUrGGS3HJ0db1pVMu0ixBKlXrSitezxWDUDFduj5BMzVnLJdzVC7nFD"
    "bbpmlrxOGDnMaRajjsWE5z/+dBr5vNe79/8jgwdRf9F1nmMVe+yeIicCJ2Bvin7cl167fk"
    "Qdy+6l0kN3cY4CLBdF8qzf/K+xTyRT9GN4VI5Zks/TlemGaNFp3ouFGX/hU0P65o+mqt7x"
    "KYdi9Y05drnrpGZ6o2B/tZkDkN5Af2xzRAx4UOH0HPZP+RqG+H5kxhXGhPXi416r5CLRL4"
    "L/DAEo08MbUZSPg4o8ZMo2KIyK9ltLrtGHTUKJUcjS48L3HpuiBdF2rhusCXYZq31zbxoN"
    "S0zBSQ1MkWcGBhKbIHFmJ+gk7OQOkZCLbyFPs3uAksZKBQ8ziQjCgLCpweCbLDoYONxkFO"
    "kdNcOVdO1+RcOU3nXJE5QWTC7QraQLdMuJ0ss82ojaW+g2KPotj2pT9ajWagbBE126/smM"
    "3U/HXT8paIrBiWsZafBSACr+hqBjoQlmNdDQxMwz657OsiNxnP++Dp4iY3Mv+FySsElcgi"
    "zUsKd0E2scD2iwkiYHpmF0T9vOxc7bu8AUcfvGJ9ftr2UeOn0FJv/OP8J3HDf4wakeTtgi"
    "toZrMJCNO2Q1U1ZJlT9oYVzNsunsEfFrK2Bz/TCFCTUgCFeJwgXXuYOi5yQUIXh4UuVqf9"
    "2+xufhw5wP2s1OrF7eVnZRgkp/a+j0g6oaO4oiq/fWndDnim6mRLcjt4Hn9ysUbV1a4Fm+"
    "cwMUSlJzJw7w9c/70Paqt7qfphA8HlWGs1Jizc34vofHGqneTZrBBuuHtvEGKvSrSfzV+/"
    "f+2U6b0kMBXyTQlwKkYo0alKo1OhRFZwkmOEMoilynMsUbG6Zcqt2GKRYOOxgY3PnR63Yi"
    "9wXt6uyY7LHoEDMs8VztIx8HzB5FuiP/W5d0kjA3xLd2quw+HMsLvqhP1zYXLjyL1++Ao4"
    "lz3lsJOuWRZ2mhxl8vxoFozvGJkuRVPToW5QSfDOXlE7cVeDcyyO6rYXhMLdhfgI6IT9QN"
    "tBEFnPBzONJsTT8B4i8MRPMcvuDLggscnT3F5SPsBLUbiRKXIjwu6MrSkMz9QP1rRwmwIc"
    "HLPLqmHesYcZi8CbwZfWD6dn72FI/lD8zqyXwBjFYgG/IgcZWGeTQ0fkcWbqMx5/82iDhx"
    "P3cSfBr6TIWRL6Co2njHs8qUrE3Slyu2hxyBP2z3lCLv7mjgg8wYPmmPBKUPazxj5Hg1EC"
    "Fk9s4wlRrFnY8Hyh4NnZozpMqTV40A8QMI6Ekwc9mojaIqKIA6eaBRNp2FgwzMEPbEhx3b"
    "7HhLJhg1uCP5auOQ7j0K+Ak4Jflz1fwJrkeWHgGTlKyvHT2PSzK9Q1LQsYRBhzVgGdfzb4"
    "VMDVcL4EfCnTBD8TmhnMSF7FPyCoMuxVUvd/k0v3f7NG93+T1v0jr3oBNsepasjr3bu+Rf"
    "blIpxOkElW52C1TMqySf6tB9oREQCKTnSSVuJaVZ5pqJW7pEG1iZxCVoJK4i9ZFVqFfJ3m"
    "6oVJNGeFV3CUKsHVyZMr0voeF1/Xufd6oVHBOmEHz0Wn2+r/HgRSBYvlqtf9fJERSnXx+1"
    "BpJVh/XGnlD6lUHPvOVZHgrQ55MN2VuWUjV5trkaF4vxypZD3o7AVFIe050+Utk9yjE0Zl"
    "sy//7PNKPi8BatEIwCQm+E4FBMi1Pdcl7m6VlVR2L/cBnGjoIxAcOpjZj4T7XjWR5iLdwZ"
    "zuo0B2AGzywRWhDwm4wXawIbAcXuYdGj10ZER8eAQAD1vnowlQaEkxEs5lPqilW7Z+z5+p"
    "BVAIBsAq9ntDXIT91snSuMMuWkBPF52MxXf1f8bsyS0LQSPjAjipQY4XDidxlCZSao2Nx9"
    "O5OPbyDmonARFFGo3F17EnEEMXTZsSS4sCtJybgQxWONWJhFe2hFf4es/WRnOkJvWJq6yT"
    "QjJS5eoKfMH8TyPSVz4p/X7rCtrEp+T2kguO2Xne2G0SxR5FZtirTvfrOYK/I9Lrsv/KOR"
    "L/qzEBfNcvXDYrTiWjQDfiM/Ftv5DaHqOU+EzlZN/j1XDkNJecZtgsmOhapP5PlETCMmlY"
    "hvFG1bODtVfyNEYjiyqlka4HdkyXOXPilBIorvJe5Km82wjSiSF24pu/J3H6utcdfrn6/R"
    "x5HyDwpf219VmBwBf+oRpitcfSEvknUpQ1Oi0OnIDCYyX+NtOWFB5Z1YJY4C3WSeZ4lV40"
    "re4tqP7i/4i0boc99VNfUf6AOKPwSzWWDof6MC7mdxwnqtGSOXp37qrpIXv2534Oh+OqsX"
    "gHHseZztzeIt8Bbwu4yldsW8jL2/iGWD4rR8RSsmVCjlY4Uo3e6WLJOAraM68102qJituN"
    "DINm9HJznUWT107VIj1zebl7BGADpJDdEWoPIBjqnOd+aKKZ/YigngBYzVzbvheu6Y8zMB"
    "IiKMqLDXQCLsrnMID7Mtvfffe3AdshDPCCBoMz2W6CHfbd8X3Nz7lXOWOV+YAduETwA08T"
    "AaEA3PhHGbf9AVZ7UMONGvzdFdU3t3GeloUMdqsKrDYDerOVXxIKCaQUlJXrT/qffg9gk7"
    "F0+AGuzotg3wkquYAyFhB2HDtjP1ptgg0IKow8lDS/vs0V9fF2TdTH23TUx7MUna/oW/sc"
    "6dzjM7EDHa63dCf2t2tvsCObiLxqXOQFrFJ9OZEBMEMlCVIDrlZGghjuIB9hLhfLpaPPNL"
    "jmsJl+1CxeAU5UhYtlwj9h7eCjyM6xme2YfzHlwMMZXqKFpelZ+fR3Ozw4L3ZYF90WvpFC"
    "pWAdPafCaLJ8psEsbHgpmGbzEY3FCOrkSfUG5VGe4MbIs+1pI+LXvxM9gd4mKVdFPNOsaf"
    "HsdtIV8aCuiLX3fbu5heN4ALY57xM4InaVX4UfIv8wIuxCF+x34n81bBAyaf8zVTiS+cQP"
    "lk/cO2uKa+wxQhmLU2V9XWbH2ps5NSmpFTSsriCXlusMaCSUl4sxOU24m1f56KVSmY/s2f"
    "KRJdf9QR0FKrZR5PYTWLFZ7iBHWeYuk54TvzZCzhlJVAk8qv0l76SkN9fYdPSZ7NLvtIeJ"
    "6dgOdQoRvyzoKYYHrsafbN5P9VHIfLZw6N0MkRxTYC6MkFDhA+gnGvMwIzBVY8uiSJuw+3"
    "GDNeWJ1aYudoATNNsYvof78DxwxhL7OcM4kgRDEPzNDQzkEFXLTXHClC5KLxDbnYE9nlFZ"
    "eArWd2TYL6FwZGA3HxEXilHqlmbOBbwFP0EE0Y55K1u5TDE2rXGTA2cW5jAbr8MAGrMg8h"
    "+D/eCx95mOX4nAZJ57jT0CpJfzS09A3QjTf2rIdDbB/IefQyvry2RtzWEM5D8jeCqOpRG3"
    "OSJ37OkJWi6aPJubwd5swnPgLTTqonEYjDNGJxyyY0/rM569UXATCEE2MX2ZG2bjYdHQOR"
    "LRVQxxk+4Bh3IPYAvQXEAmxCIoRIyoysBcWRTiLFcpgbM1tQTO0omrlpN/Y70QnyMkdeTy"
    "PrAe2ELTLB6yA2BFEILXvw625XV4jvLbMAblpAqGx/Lc+N2TVcRTrjCrKjdsxvUD4gNimF"
    "4pmYJQpk8WlKIZkYECdU3g74h8bv2iqLc358j7MCKAdl32W792z1HwsRpovwzOLrV4jg0M"
    "lcHZ38U0C1Wn6BSHVAcJd5UGjZIGjahGWXi3ThLLyOYqz7WPAxRA/KMkMiFA0pBiadT1w0"
    "DKVEVKk8sFVOUFxCessGNxnKoOGuABvIsBViwT/BCSyaVU5aWEGQvLKIhROjnDVZvhlB08"
    "V0SsdwJa9l0GRF8gIDYRvnmcKuNhA2J9U3eG+S9iBV9t+4sY3Tfa/VZzYrO1RzpSH9KRmv"
    "8vIOH4/WuXt/LNaa5yOadryuWcpkQb3bYX2A/g2yZ7buZAVbbgHFUmXQliSzElJqYsTCi2"
    "vm3SjoX5VVRsP845T4snMYRJJjcpwCwv4m0n7IqOVVeGGWb4Uqh+zcrt+HYZGbIvRqwr96"
    "YOxn9lpdgtwq9PfJCjVazXcyisibEll+KFUer4MvFQY6oKR+LtmBVEONfkjdqvuk7pI+N9"
    "H8qztKEoWabinuzUXK/Ci+4qr/kSlDrLE0POXTcXjv3Ac0yRoMrxBE9tB/xHXZd7u0J4ty"
    "iO84Ii/37oZNRg3e5sN2gaNTJSWu3nNiPyFbxfNQAwRLVhB9+Z8JO5UzDcknq1hjUXEWwC"
    "MIGmlv2IdPYIDuavPndgteHSC8ppcjqvSjjjkHAGzk6QsSYVjE9QO0BjLy6n8OIXrngSI6"
    "oyaFGa02e5OH22htNnlbSKVY3vx45GSJe6726apSfOjj1xYPjlvGQZ5xipNCpXeeFAdtql"
    "U6hQUJRELpzkwvG5o1LTMzEVWTtparl8qrx8niVnY8Xm8xlTNhYJpN8daAQ4kPOAQztyBm"
    "aU6tNcBxk5Xm/VjHbfp//Hn7E8Gg+aZfpe5zLH3kGxFAdPi2j5Xvfa4Si7L2gq3mlAIose"
    "wnFKqflV+gSObl2l5nmXsTZyomWmuOM4klKilEywtccEW88mp9pLZ6V8Kq5tkkvDXjnsl3"
    "Q5gZYJNpBu2UsD+QO8Qr/OuCjqZb9hPFssWK+pbVn2IxUGQ55mJ7A3eu4VWfbLfd1G5qKW"
    "cnL1GLtnOfl5fdOf+yjdv3d6uFmVMTQmiaWQKoXUo5hVKaRKITWPkDpYLha2495YGsmSU6"
    "OX14qqVHQED0qSV1xdaKaBPEKoV0I+eokbOTLQjEqK4KRGbBeyOAZe0yBYgkAJfnJe3F5m"
    "5Zb93EVivJXaq6TsKmXXjM3/QPU39iK5SgT9u5BZJYL+nUy0VE6kciKVkyLKSQs7pj5rZO"
    "gl3pW1KokW9pGpPI5paa+T5R+wQwsWf4uQ1BA03UtcBiyqAhz2uteQu29y5YJ7syYX3Jt0"
    "Ljh2RzezdMDPg153pVO3m104wDB1F/0XWeYxR3pnMReYERPtUrnXk2nWEzIbDHDx3G6Lf/"
    "8/CNZwpA=="
)
