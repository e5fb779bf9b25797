# A story written for this test: an act weighed ("considering attacking")
# or asked about ("debated whether to strike", "unclear whether Israel
# attacked") is not done; what a clause inside the question takes as given
# is ("after the Assad regime used chemical weapons"); "weighed in" is no
# weighing of the act after it.
# Run by tests/stories.sh.
text: tests/stories/weighed.txt
date: 2013-09-01
dictionaries: default

1 -                           # "is considering attacking"
2 -                           # "debated whether to strike"
3 -                           # "unclear whether Israel attacked"
4 SYRGOV SYRCVL 2041          # the adverbial clause inside the question is given
5 ISRGOV IRN 111              # "weighed in, criticizing Iran"
