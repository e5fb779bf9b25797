# A story written for this test: people as targets. "its own people" is
# the source's country's civilians; a plural demonym with no determiner
# ("Syrians") is a country's people (CVL), with one ("the Russians") its
# state; "the people of X" is X's civilians. Run by tests/stories.sh.
text: tests/stories/people.txt
date: 2013-06-20
dictionaries: default

1 SYRGOV SYRCVL 2041           # "its own people": the government's own civilians
2 SYRGOV SYRCVL 2041           # "Syrians" with no determiner: people, not the state (no same-country drop)
3 RUS SYR 154                  # "the Russians" with a determiner: the state
4 PHL CHN 112                  # "The Philippines" is the state's own name, not a demonym
5 USAGOV USACVL 051            # "the people of Massachusetts"
