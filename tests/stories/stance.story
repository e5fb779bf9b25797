# A story written for this test: an attitude stated with "be" toward an
# actor right after the adjective: "critical of" is criticism (111),
# "supportive of" endorsement (051). The "of" phrase is the adjective's, not
# a noun's, so the target is what follows it; an "of" far from the
# adjective, a negation, "short of" and "capable of" with a gerund state
# nothing. Run by tests/stories.sh.
text: tests/stories/stance.txt
date: 2014-03-01
dictionaries: default

1 USALEG USAGOV 111            # "has been sharply critical of President Barack Obama"
2 POL UKR 051                  # "has been highly supportive of Ukraine"
3 -                            # "critical in an interview ... of": not the adjective's object
4 -                            # "were not critical of": negated
5 -                            # "stopped short of committing": nothing committed
6 -                            # "is capable of striking": an ability, no strike
7 -                            # "many of" is a quantity, not a predicate
