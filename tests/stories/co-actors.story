# A story written for this test: the subject of an absolute phrase after a
# comma ("..., with Macron calling it a step forward") and a co-actor
# ("alongside the United States") are no target of the verb, and a compound
# subject with a co-actor does not act on itself; "called X unjustified"
# criticises X's owner. Run by tests/stories.sh.
text: tests/stories/co-actors.txt
date: 2025-03-12
dictionaries: default

1 -                            # the agreement is no one; Macron is not welcomed
2 -                            # not Russia, China and France negotiating with each other
3 CANGOV USA 111               # "called the U.S. tariffs unjustified"
