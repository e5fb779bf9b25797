# A story written for this test, from a review of this session's changes:
# a passive is read as its active only through a pattern that names a word
# (not the bare verb: "the plan was backed by Germany" stays a passive of a
# thing); an adverb phrase between an actor subject and its passive verb
# leaves the passive as it is; "dangerous" still condemns. Run by
# tests/stories.sh.
text: tests/stories/review-fixes-3.txt
date: 2020-06-01
dictionaries: default

1 -                            # the plan is nobody; Poland is no target of the backing
2 ISR IRN 112                  # "Iran also was accused ... by Israel"
3 UKR RUS 112                  # "Russia yesterday was accused ... by Ukraine"
4 RUSGOV IGONAT 111            # "NATO is dangerous"
