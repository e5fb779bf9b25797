# A story written for this test: a protest whose words name no actor as its
# target is aimed at the government of the protesters' own state, when they
# are its people (civilians, students, workers, opposition), not an organ of
# it; a place ("in Tbilisi") is no target. A word in lower case that begins
# an agent phrase is that agent ("labour unions" are no Labour Party).
# Run by tests/stories.sh.
text: tests/stories/protest-target.txt
date: 2024-07-16
dictionaries: default

1 BGDEDU BGDGOV 144            # students block roads: aimed at their government
2 GEOCVL GEOGOV 141            # the city is the place, not the target
@3 NGALAB Nigerian labour unions  # unions, not the Labour Party
3 NGALAB NGAGOV 143            # a strike with no named target
4 IRNEDU GBRGOV 141            # a named target stays the target
5 ISR EGY 114                  # a state protests to another state: a complaint, explicit
6 -                            # soldiers marching are no protesters
7 -                            # a protest that did not happen
8 IRNCVL GBRGOV 141            # a protest at a body's seat ("in front of the British Embassy") is aimed at it
9 ARGENV ARGGOV 141            # a protest against the protesters' own state is against its government
10 BGDCVL BGDGOV 144           # "about 150 demonstrators" (placed in Dhaka) are "they"; an intersection is a road
10 BGDCOP BGDCVL 173           # "were arrested" with no doer named: the police of the place
11 -                           # business "rallies" on Wall Street are no protest
12 -                           # "March 7" is a month, not a march
