# A story written for this test: an agent named by a plural ("forces") is
# a plural subject for a later "they" in its sentence, as a demonym is; only
# a state's own name ("the United States") is none. Run by tests/stories.sh.
text: tests/stories/they-agent.txt
date: 2019-10-20
dictionaries: default

2 SYRMIL USA 060               # "they" = Kurdish forces (of the story's state, Syria)
