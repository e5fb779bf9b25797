# A story written for this test: a visit (042:043) is coded only between a
# visitor and the visited. When one side is missing, the other is not its own
# counterpart: the visited list is not visiting itself, nor are co-visitors.
# An act done to each other (111:111, "clashed") still pairs a compound
# subject's members. Run by tests/stories.sh.
text: tests/stories/visit-sides.txt
date: 2012-10-20
dictionaries: default

1 -                            # the envoy is unknown: no JPN <-> KOR visit
2 -                            # co-visitors of a shelter do not visit each other
3 -                            # "opened the possibility": no visit between the pair
4 USAELI USAGOV 111            # "A and B clashed": each toward the other
4 USAGOV USAELI 111
5 -                            # "received" with an unknown guest: no visit between hosts
