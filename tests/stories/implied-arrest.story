# A story written for this test: an arrest or a charge in the passive with no
# "by" is the act of the police (the courts, for a charge) of the story's
# place; what is not done (negated, "can be", "were to be") or only supposed
# in a conditional clause ("if", "unless") is no event. Run by
# tests/stories.sh.
text: tests/stories/implied-arrest.txt
date: 2024-03-03
dictionaries: default

2 EGYCOP EGYOPP 173            # "were arrested": by the police of the story's state
3 EGYJUD EGYOPP 173            # "have since been charged": by its courts
4 -                            # negated
5 -                            # "can be arrested": no arrest happened
6 -                            # "were to be indicted": not yet
7 -                            # an arrest supposed by "if" and a threat that hangs on it
8 -                            # "unless": neither the protest nor the release happened
9 EGYMIL EGYEDU 173              # a named doer stays the doer
10 EGYCOP EGYCVL 173           # only one side named: the implied police are the other (the sentence is parsed)
