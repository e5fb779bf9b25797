# A story written for this test: a thing owned by an agent ("the
# opposition's demands", "the government's plan") stands for that agent as a
# target; it is never a source. Run by tests/stories.sh.
text: tests/stories/agent-possessor.txt
date: 2013-02-15
dictionaries: default

1 EGYGOV EGYOPP 124            # rejected the opposition's demands
2 EGYJUD EGYGOV 120            # a judge blocked the government's plan
3 -                            # the plan is no source of an announcement
4 USALEG USAELI 120            # blocking cloture on a nomination rejects the nominee (Hagel before his confirmation)
