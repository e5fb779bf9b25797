# A story written for this test: a person named after a title with a
# preposition inside it ("US Secretary of State Mike Pompeo") is that
# person, so "he" after "said" is Pompeo; "charged she used" reports a
# charge (a subject pronoun takes a finite verb), no arrest of "she";
# "took over from" with no object is a succession, not a seizure. Run by
# tests/stories.sh.
text: tests/stories/titled-person.txt
date: 2019-06-01
dictionaries: default

1 USAGOV UKRGOV 040            # "said he spoke with": he is Pompeo
2 -                            # "have charged she used": no arrest
3 -                            # "took over from Boris Yeltsin": a succession
4 SYRREB SYRMIL 192            # "took over the town from the army": a seizure
