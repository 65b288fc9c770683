from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "password_reset_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "code_hash" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "attempts" INT NOT NULL,
    "consumed_at" TIMESTAMPTZ,
    "failures" INT NOT NULL,
    "failures_since" TIMESTAMPTZ
);
COMMENT ON TABLE "password_reset_code" IS 'A code proving an address before setting its account''s password (\"forgot password\").';
        ALTER TABLE "customer" ADD "import_ref" VARCHAR(64) UNIQUE;
        ALTER TABLE "invitation" ADD "budget_amount" BIGINT;
        ALTER TABLE "invitation" ADD "budget_kind" VARCHAR(16);
        ALTER TABLE "invitation" ADD "budget_exhaustion_action" VARCHAR(16);
        COMMENT ON COLUMN invitation."budget_kind" IS 'MONTHLY: MONTHLY\nPACKAGE: PACKAGE';
COMMENT ON COLUMN invitation."budget_exhaustion_action" IS 'MANUAL: MANUAL\nAUTO_FREEZE: AUTO_FREEZE';
        CREATE INDEX IF NOT EXISTS "idx_invitation_partner_422766" ON "invitation" ("partner_id", "created_at", "id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_invitation_partner_422766";
        DROP INDEX IF EXISTS "uid_customer_import__61ba12";
        ALTER TABLE "customer" DROP COLUMN "import_ref";
        ALTER TABLE "invitation" DROP COLUMN "budget_amount";
        ALTER TABLE "invitation" DROP COLUMN "budget_kind";
        ALTER TABLE "invitation" DROP COLUMN "budget_exhaustion_action";
        DROP TABLE IF EXISTS "password_reset_code";"""


MODELS_STATE = (
    "eJztXW1z4riy/isqvkzmFjs1k53Mzs1sbRUhzgxnEsgBsq+cMo4tgm+MxLFNMuw5+9+vWv"
    "K7DdjmJcarLwnIatk8sqTuR92t/zRm1MCW86Y1N7/iZeMc/adBtBlmHxJXmqihzedhORS4"
    "2r3Fq2pzU330Kt07rq3pLiueaJaDWZGBHd02565JCVRuoblmuwTbrxzUuu0gJvgG9Yi1RB"
    "oafGl9d3r2ARnmA3ZcRCfInWLkYN3GLjIdVnfufkLjuY0n5rcxmpjEcHgVmz6/gdsbVGf3"
    "N8nD3u+0IOa/F1h16QNmxTa73x//YsWsHv6GHf/r/FGdmNgyYsiaBjTAy1V3OedlHeJe8Y"
    "rwI+5VnVqLGQkrz5fulJKgtklcKH3A7MdpLobmXXsBYJOFZXnd4uMvnjSsIh4xImPgibaw"
    "oMtAWjxAWNZQ1W5vqA6Uoao2Ut3pS0Rw94p0SuBVYI/q8F//AI/w3em79z+8//j9h/cfWR"
    "X+mEHJD3+JW4fACEEOT3fY+Itf11xN1OAYh6CKnkoD255qdjayoUQCXfbYSXR9LKsL70z7"
    "plqYPLhT9vXdhzVY/tzqt7+0+ifvPryGG1I2XMUw7npXTvklgDuEV4wMdao50yIYJ8RqB/"
    "SH9zmA/vB+JdBwKQ40+9XYKgJxILAbcP2CEN1wHg+gbBwE3I9vc4D78e1KcOFSHFybsjqZ"
    "2CpkMeP4dtgDaUTHKZx92QPC3Lq86XQLYt3oK63LcwR/R+Sm1W19Vs6R+D8ivMFzFLZbtE"
    "fydMjq/kh2B5sbADJVc9OdcsmuuOYMZ7/0cclElxie6Bv/w746aI/TzBqgh50bZTBs3dxC"
    "8zPH+bfF8WoNFbhyykuXidKT5FwfNIJ+6Qy/IPiKfu91FQ4nddwHm98xrDf8vQHPpC1cqh"
    "L6rGpGFBO/2C+KdTP+NjdZcyW6OS65g272VgrZy7vvZRs/0cdSgzkuKXu5yr1saY6rLpxS"
    "/ZyUlT1d5Z72bGe1kLUaF9pstR7BSrwLwxWogMljtt0qEEtjfEVtbD6Qr3iZ0ksTuHpMzW"
    "3Y0pFB/Jf/Gvml4ci2teeAQUm8XQwB9ruxK3T41qDdulQaHOp7TX981mxDjWEOV+gpTZQE"
    "ddOXZqezZIlGtAeOD/wQeGyfJXMcqpua98PTJFrkcnMtk5aomINN0xeOS2ec5IpIo2fTnS"
    "LNZ8CyyLF8giMyImP2COYTVn2JMZpSy+PD/DL0PDUtzIuirZmscS6MNGKg7t31NaLsLUaG"
    "ySpZT9hgN+i4DhKvIgpfAZCc0mfeIJA+95qD0SPGc9agi2YUSDuCg8Yjt5yzh/GfakRO4J"
    "4OIvgJiqllmQZ+3WSyaPDPa9MVz3Ur5k5WgjTLfMQ5Gb4/oqPXf4RgeWNvKav/R8N/lsa/"
    "JCN4SEaQD6+y1n4gfDhzvzjUzNYfKNfXSh/sffFpRPrKldLvt66hTHwqY+nvnkE04W4LHR"
    "7dUdlgdLw5Li/PtUq+VAdVTG+MY//9aQ7svz9diT1cimOfmpuKqO0pYUm3VFpxD5bWEn2d"
    "lJUmWpV72tcsitloCSlppAW6RHSxejJdrk4WwzYlJ9HNQFdSC/vBNWGmFcM3W7gUzskp/+"
    "jNDMnf7Ju/YfbLsN9pDxuZC9wO0G1HmqopvImhmwPfcLnaAcKdWGM1xTi1wK9AuQgNuXIC"
    "T3dKj+AhZX92/9JXas7O2xvZa1aeLlnVA/cL4wFnmE0XnqDfAX1sBa96NvYXQUtHaSClsP"
    "+rKCXuung2d9t0QVzOnqZZ8XiN5lpiXNRljxVW3kiOX2mmhQ3kyXLiWPN9PCfU5gSys7j/"
    "P6y76EQjSNN5801WS7dMTFh1w2D2mvMamYQz0RMTeiSB477uMyLP7B3gHDhr8R4/gKiLxq"
    "JUZYPfdsdv0PgRL8cIsBWMvGXOTJfT2tylVdxX+qxWkKH2fKbzMqBe9do5UZ6+zePox2qt"
    "ZDz5tbgtFB0kRVmwpOxhCM8XWGDrwYLBXFqE//LrH45DeFvhCSpl277QDvrCMF3lCXN9I6"
    "0qhFfXqwlQT8VBxY0qQg+WZqbQY6RPNfKAz9HzlCLDNNh/tta6FPa19am/jDbF9jhfWLnU"
    "PWYLvNhE1iZu1kb7zu/Ad+QjKu+YXxuHxvUYOdoS7uJgBNOTZRJPNeDAsBYtSh5YCW0ihw"
    "rtItjwZ3oLdkbEZGqMfw/nlRB0xEOEW/5QiT6TfegWF+bD30W9+N/T0++//+H07fcfPp69"
    "/+GHs49vg2GcvrRuPF90PsOQjk3Em5UQqusL2y61W5QQlctklZdJNg1SW31kQJb1iYi3UG"
    "nHiNtWf9gFvwjvw4i07wbD3g0U+Z9GpHer9FvDHivzP43I4LfBULk5R+J/NVwnBPBF2Xy6"
    "Uw6/flsl8C7jZRlYQzEJbRpahsc9nmrWRKWTkntR65qQkGdv/BXzpgolqjyPlyQUdh+V6S"
    "nnAqUCMCflagj27r3VfNAKTRlxIekekDFLvJy70Obp9/ho3Zd3Z6k3qoL3SCP6j0Gvmw1p"
    "KJG0RE3dRf9Flukcoa6wBjSAImZ++rPqyU3r1+SE277uXSTtSmjgIqlLTNysnefVsAcCEv"
    "XyqNtYc4ppcKFE7RI/nOXaEDpbsyF0JjaEKsNtsw6yzT9Xx4fFKjTXM9zJqjlixHw/EBS7"
    "EbrGLhu654KIDhngmbZEBoUQqWiA1ysHCZssK5ZstzfgDDedY6LyrW3TQaPGj76wafx0/m"
    "NIQRs/jRqR2DOL3xFEmLjBng9RGzE0bfoEO/ReDNqIUCCpn00Hf2I3hWpiHDSR6UIbTjzu"
    "TLMs+sy38eGp/JtAoJn/VNCy/1C5o8fCyDCIE/M9CWWY2EE34R2dgkCBBS+U2GrFq5q5ce"
    "glj29vleWiA+EqW9SNW6V72el+PkfehxFp3d72ez8rl+fI/wQRe/9Q2kOFZ+0Rn6Ds595X"
    "UcQ/jIjy622nDyXeh2pQ0w5d2Hr5XgykK92N18pwqPTV1lBtDQa9dqc17PS65yizeES8LQ"
    "e1r/zzThkMgz0Iv6BMx53mYbROVzNapylGy19ei6icUZmdhF1WyAnpfR6V8/1qjfN9OtkY"
    "Zj/SKRdzmZSVIZeV3ls1sG4a5QIuY5Iy3LLKvfykWaahLohrZqQVWN/NCVHZz1XuZ5nJ7O"
    "/Rywdm3CrWl3ui3Kqx4VQ1ZacuW051xFUG9x4sOZuM7d1HbO8L5767MC2rkbGpwcub6/Yy"
    "7v0am7YwVsNZiGaHF0gzuXomSfaDkuw2nhTTtCa7IwUrRDLt3jFNm2VHP91Q4k2fKXBDkT"
    "qpAAeJoojMEo6zKGUixgQlrVdpE9FfLAp2cURMUgBV7l9pnx7IjpK6fqMmur5IapKl7Qfp"
    "Ttbo+2GdjU5LwylGoj7SEBvz2LIi7jYOuOj4qTUiyZ/fIOUJ20sv1BbcgEyCxuKbM057Lu"
    "3tLjLVRrUMkG3iHo8i4vGm1x1+uf7tHHkfwA+h/ZWf/uR9SL78L+MwIg2WlzFY8LepxtYV"
    "SFy2Llps82jIbKjaQ6PVvYN86OL/iLTuhj31qq8ov7PBEflSjQEiD0XbpEDVwvZYzI2S3R"
    "yXlN1c6W6WJubeYp5DfbxgDH9KcDf4Hr3+LA34ahjwkXecWaNuRmyCn4306mvePKQtaKlG"
    "kMcnWWF57wKnNm+qTkCl6aDMOTQNXsFcw4kzzo5q9sw7sNNLR46xvQPCTYzelaxbMLg3UW"
    "+qFtTMETXoTpkiBCe9ITpBms+TMSNDn2IDKC+gxebYNqnxBt158XMORVAB8TsBNcbwdFh1"
    "OPUtK3JwPzfJoN/+iNCPor0wwWfwECq7okPywH9Jtu4F2bpk/xTafUvISgOp0gZSeujlH0"
    "6ZstJYyjCWvPm0lEt7VFIOpkoPJm+VL7QmxWTk4NlsC686IqKwJZz7hIiqAZxXXY69WtXb"
    "xvZsvZVqdWgLbtSr9bDqfn1ZvZdPuq/K3WO5eyx3j+Xusdw9jrus2vjJpAtHLTFSMmRrlG"
    "z3wCNGpluX6daPfszsLvUs149LObXEJCX/IPmHyveo5B8k/7Cef2hrzrRNF/PsbKCRq811"
    "3IPO6sGBmH7FA0XRSu5Bhs7WIXR2oulYfdKsRUb6wjVWUlysTgvWgS2ke83y16fc4EdkJP"
    "KlkZfBy38DXbxS2epkR0sX8+NQxaQTdNWcoA1sLPhWwZYOvsKkuvRbqxH0GT6+O7RVKfHN"
    "yrSl6l9rrrVTo7UOl+qJM+fSWJXGah2M1dp7IPSurq47XUW97PSV9vD6N3XQ+dyF4w5WXO"
    "AbsV96/c7vyqU6VK6Vm1b/K1PGup9ZzUG7d9cd8u3Z9VVGJNGsOrhV2p3WtcpuC7tXay+P"
    "yG2/d6UMBp1el5UNlP7PnTa4TGSUltna2n1OeodpKaUsv5igNAgqbRBgYjglujgiJtNWVb"
    "l/pcEnDb4KWB3N40lblTT9Mk2ZlHW4zqKByqoRq50jog4SS/E4N4LwN35AnbuwMYKEgejZ"
    "dKdIQ7Cph0T7WeFyJVrIYzdF2pIm02FNJunS+jKbIGLwljy0JyYq1eFqq0tisi6mLEVl6j"
    "TIdubRF1kxikGbFpT45lBFAzefbRXRmHPRkYGcWxWNDt/NR1FEtZ/tEVbirdUU4vQwrpTC"
    "75tbWZp+xBRbo+JHa+VQ7XWLLsIjoJGm66CjZanwK2rCodeQjtb7DlktMIGnMdCJ4+I5eg"
    "96PxxLPbepzjQQG7/mCS/gyOqp5kDyDNOy4Cxr3oC9hEOpR2SsscUUzzBxVdY0ngu9Zdzk"
    "Tc0oXIAW/GuxI7lRIMsPuJ7b5pOmLxE/fBdK+UO3SPDMzCqhc3jbqY3M2Zza0CA8m+k6SB"
    "z2ipwl+zWzVw4aixqqjSdjaL6JuMcBr0uf2aAZEZ6AFxKAuFObLh6m3OyZaSaAorM+ayJC"
    "me3jOM/UNs7R2P+osntO+cHh7NeAyNxdopNuT71tDQa/9PqXr2WS3iqaQuI1Uvn3FLyrt5"
    "GScnI/aeN+Eh9FRTAOBGoH7ulZrsOVz9acrnyWja/6hG2TNVrGxsxsQPLyVTY0Y6tPkbGV"
    "EqzyTm3pUXaWa5SdrRllZ8lRFmoQReCOS9XtIPPdrxWO6a5Yjjf7HviyVX6jQTNR+t3WkG"
    "/Yn6PY1xFpf+l0W+eI/yuzi7+HFOFCvy/yzkdEqtwVZSeXPFPL6oklHQAs9EkOUckXP9nG"
    "4VBnr/Nl5+fO5V3rulF4IPiSMAr8zyOiwIi47XcGinrTGgzBMSZVFK+l3Fwka/GiMgPoNJ"
    "d+tkY9S81oNn4wmRVql8yIlhCW/H+l1bJIfz2ZmmqSJ9MtkTZ8UzN7Cvs/Pvs+EuEl+Ci1"
    "xHqVIVq/Q9d3vWxlEX1FZ7eVjUjbs2qTXGq7KE80RSSF9ZbxFFsm/K5G569PLM8gn1Lb/H"
    "MncEXbqitgMG1vm4ffOxS8lvDwhBQ7OaigrhCJrdttQ73quMmdgEnEVG0dExeGZtURJgc7"
    "zg4iB73t0IFora5gzfDsHtuq7eGxJWgKYcbS3DYdHK1bS9w0sAslbkVxi7iQbItZLV1u4t"
    "lqmFn257Y4XfFG6goRJZZJcISZ2RKtTtDQ0dq2GwCzDWxvCVIP2qjrGwUngttP2GDvlKD5"
    "twSr77UX3TWoKW7c2Wt7uHgzdYKpkNdjLCet+YTVtQe2+dD6B7ftmsI5limupK+or92vcR"
    "mNGACbPUdVJ1I7jwepJ/fKQRZ9MAny5JtoQhfEQPdL7ps5+NL67vTsAzLMB+zwWDBwmLzH"
    "mo1t5NJHnBk3trvGfT9V/g1cLJ0pfSbcE7WJNFc0/wa1/DtAFYu9u55355hpfSabH8AHlR"
    "VZrBIrY28Q90odkRMmTxfua6Szx3XQxLQdVzprVtBZk/d/YVenuFTtfAl373wjj4PftAAc"
    "7f5Nwhb2ZsWi3RyXlN1c7W72FrrCnRyRkxuxVe5hS3NcpvmxRa54LydlZU9XuadlGhaZhq"
    "UC5m7zeNKwKBDT0mafGxk2dnixuc66FnExul8vj13N6kLM5BOERmoEsSFug9V5jyfs9UG+"
    "Xx9c5RlUzOyozXKtSKu1WlarjHvbb9wbDJPCpEBMqI7hCfuIfXK4j2bxRI6hmLQVK61fSk"
    "rgb9HNmutCfoKMrbLVpw1GRA5nQLyt9JIfc41zFrNylGlcVNrfVR44E6aYZbsOrRw4URE5"
    "cJIDx0dHdczMc5nWj520tBw+VRs+BSJG9soDpF0cswiBTEfINcxAUD9wxcxLEQjP1yCN0Y"
    "K9XTbPNRQ0iYST5xukABOPAl9P9IjxPLKBnUUd7Lj1PPlcxS0brPwPzz1VpnWVJ2HUYkPc"
    "G0YQHDrzWMAt4vOjzVSZeWjcdTtXHTgPw/swIgPlttVnK8k58j8l5548HbT77BReGIGfAG"
    "Gbk0tWNFXpjuorg95dv62orbZ3CkmyZETa1727y7BC7OuIXHW6rS4/ZSSokSoq09W7z6PA"
    "us0u55wSl5QUReVURem18HfqYS+EqZAmGJOR+9gZBrW3fBVDNSojUd3sHeCZNymEpW9A2j"
    "cgNmQ358X2rEgJbR5oo+O2Uk4XkdjILJYlHjq5hl5JVNxIq/wy1dx4NmmfXk+TJGvqQrzB"
    "GM60UcWxJ35aZ3EUDj/4xiT80JtP8cNv0ExbsusisIGtle4bFElVLQ7LIcsR4SK8nVEDcl"
    "Xz79HDdWysU9twRo3c9EvUY8mZezuukoCRBEwtCBh5YNGLHFgUmQMLgZ+Qkz1QugeCqTwF"
    "/wayYy6dbprHYQhHISiweiTEDpjstXGQVeT0bZ6jiFmt1eTh29RhxNKBXjrQV9CS29KBPn"
    "XwXHBK6Na5ulInlNakB8omRaB+7pFsUPPnQcibxKSaDPTWGRC8tEAZ7ECYMGg1MTAJ62zk"
    "BFhvMHNac5h1rpHoUVcTm/6JyRuUOAFr4cBdECXWEj3DUU4EToNiF0Q+jDSRsOsbcPbBS7"
    "7xiJecfBg1fgxoCtP46fxHccOfRg3WhGlhTjgIVNCUsg7gh2d1766vxXldljlhb9gndI/Z"
    "Q4+IeJuacAiXBeddgTRYtfeag4UDCDySeAa/2Tm7dfAzw8PEShEU4nE4QwHuIqLZxAVJXR"
    "yWuvC7oMymeShd6X3yW6V72el+Vi/uLj8rw3MU/z4it63+sAtnCHgfRkRcUZVfv7TuBkPw"
    "hUiWVGNXXIxRAXvJPkw0UemODJwUAgcG74Pa6l6qvvNDcDlWWo0OC+f3IjZfXKpuxwi9/5"
    "gD5fcfV6IMl+IoE7rqGKFsfP36tTOmz3IZ02drjOmztDEt9JsS5FRMULJTlWanQo2sYCfH"
    "BKUrTpX7WLJi+3LHgQ1jUhTYuNCeDvk5Olgl2XhIsjHjJd4BurdhS8f1AufFNj50Y9CyR+"
    "CEzEs55XQMPJsz/Zboyz73LmlkkG/pSs11PJwZVlftsH4uTm4cudd3X4HnohNOO+maZWG7"
    "yVkmz48GjufAPC8oT87Jithbwf4/0IzEKbtsnHNxjk7nOPABEi2gE/YDqY0gPoA3ZhpNxL"
    "7zGpbJj6/30rWwOwMvSChZzujC4Q28/sRrMkNuRNidsTWB5pn5wYrmblOQg2N2WRVpUcfN"
    "WK5U1iR/KH5nVktwjGKwgF+RjQyss85xRuR5aupTEHCfKXg46QvbhqfzfqWD7AVx3qDxhK"
    "HHQ8Mi7k6R2wmsBDAn7J+9RC7+5o4IPMGTZpvwSjjsZ419RINWAojvqbFEDtYsbHi+UPDs"
    "7FFtZtQaQJfOQIAhEnYe1Ggih/KW+HuHNAs60qBYAGbjJ9akuA6ZPh3WbHBL8MfSNdtmCP"
    "0CPCn4ddHZHMYkj26DZ+QsKedPY90PaWZd07IAIMLAWUV0/tHgXQFXw/4S9KVMufNCbGbQ"
    "I3kN/0CgyrRXSdv/XS7b/90a2/9d2vaPvOoFYI5L1RDr3bu+ReblIkgnxCTUeQ4dl6Flfw"
    "u2I6IAFO3opKzktarc02xYugsnyNyYU8lKSEn+JU1r+fp1GtULk2j2Cq/gqFQC1fulK1Lk"
    "HBeu69x7r3sXsXHCFp6LTrfV/+3kpvXr69hgue51P/v1o2Pg4reh0kpAf1wp2g5pVBz7zF"
    "WRTDmRI8iyCKLYAWVrmKF4vRwJcTzq7JWDQtlzZstbJnlEJ0yKsi//7POsuK+BatHgBBg4"
    "fi0igFzquS5xd6us1Dh7uc+mE2r4wRhM7pNgdoBsSpx7w+kGamNDcDmwCHGnMI8dGRGfHg"
    "HCg+q8NUEKLRyMhHOZT2rpFtUf+TO1gArBQFjFfm/Ii7DfKk4IRnOo6aKTsfiu/s+YPbll"
    "IShkKICT2usmEnQSZ2kiB0Ox9gzwQbPp4gHyEIOQgzQnFl/HnkA0ndtlzCeeuZNYhIWOHz"
    "NiGtJZ7LD0Ch/v2dZojgQrvnCVbVJIqaJcX4MvmP9pRPrKldLvt66hTHxKTi+56JidZ7/Z"
    "Jt3NUeS3ue50v54j+DsivS77r5wj8b8aHSDPpToIPyPPpaqt7nu8Fo7s5pLdDJMFU12L5N"
    "KNikhaJk3LMGxUPTtYeyWmMRmZoDjNdD2xZbrMmhOXlERxleciz+TdRpFONLET3/w9qdM3"
    "ve7wy/Vv58j7AIEv7a+tzwoEvvAP1VCrPUhL5J9ISdZotThwAgoPSvxtqi0ceGRVC2KBtx"
    "gnme1VetC0undg+ov/I9K6G/bUq76i/A5xRuGXagwdTvVhXMzvOC5UoyFz9O7cVbND9uzP"
    "/RIOx1WDeAcex5nO3N4g3wG2BVzlKzYt5MU2PiGWz8oR2SnZMiFHK2ypRu90sWQcBfczRa"
    "KNjK3MIAPH6l3MIFQiSPuRaydzYetTDa7ZrH+eNQv2z1gJecDxhJMnrBy2ApltMqW2+Sc2"
    "/N3J12huaXpW2srdNg97hB1WRadiC1I48bOK3t5dNCel6aI5ha5ELv2ExqIF9X6peo1yZ2"
    "rYLeRJLbQR8cq9e4E8bJwmdgTxVLMmxZNIyB2/g+741X6L6fYOdOkBmMDeJ9jv6yq/iO0+"
    "/mFE2IUumMnifzVUfZkb82UMY5m273Bp+7y1pjgJGxOULm9V5mBlEPreWIukplaQv1ghLg"
    "miNNQRfbkYyGnB3bzKR6+VyrD/Fwv7T477g/JxFZsoctNxKybLHaQCyJxl0n3ipyDN2SOJ"
    "wziOan7J2ynpyTXWHX2mu/Q77WGiO7ZinfwXPYN3ioyB1cxTZMhtpJxW47WZUpE0yiFpFP"
    "4/BeuafHRe/do5h747zRWTfromJv00ndyd0jkAApvKW7moZzZUafrqmNzVpRvvpgXtaO35"
    "AiFsEQJzbkJG0213xubmV5EW9Tj7PL0pFiN55Q5iAbC8/a6dwBVtq66AidTPWyIV5u2vh2"
    "WX9prYxfsUj5+t48vEt8odVRjC24FVxzMy9uXmcMuWiGeGfR+ieNuQuyLT9ExWaq43QkV1"
    "lYcGBxkx8vhAQF00t+kTA4qnv/OS4d3jCbUxuAm4cIW7J4gY6lcO8u+HTkYNVu2BukHRqP"
    "E6yxdiH7cZka947iKNH/bJo65t/GDCT+ahznBLx0tJp7mIYBNMazSx6DPS2SPYmL/63NGB"
    "wqVXDpfJ6eMgDfJDGuR4ppkrzMQVPL0vUDuT/PQs1yEHZ2tOOThLh2yyF79wYGxMqMpmd2"
    "mkz3IhfbYG6bNU8rKS50TKYyKb1bWnZVjs366bNdfFs7lbJCw2KiIjOFNnGHunupfK9hcT"
    "lTGcVR44E6aYLexC8eRRETlwkgPHR0d1TG+TpMjYSUvL4VO14VOArt8ndQFshP2Ew/24DO"
    "YiVae5jriwvdqqGa2+z330+PmWT5plGuqCuMxWlJEKBz7IclLE1vSq186a3332JfFOAx9W"
    "dCmIS0r7o3LrQLqbxdRVqp8DUdnRle5o6W8v3ZQrsCnWLOOm/GJ6Kl3YK/VTcW2TXhrWyr"
    "GL5izuoeQeG5DTd2EgvwE4zoirohBVK1IHz+dwhhK1LPrsBGcpRXa9vE3+rF20fd1GRvRK"
    "Pbl6wO5ZT35ZH9+XXkr37+UbTlZltruSwlJJlUrqUfSqVFKlkppHSW1h29SnWSqqd2Wtgq"
    "qFdWTU0TEN7XWq3hO2nYJZKiIiNdRL9uKAA4OqAMJe9Rqiu5fzRtkdXZyV5uYfg1535e69"
    "L5LU8kzdRf9FlukcoyawBlwAI6ba+ZgGZ45F4G5nnDgGDVxkaQqHXMz++n/sh2/x"
)
