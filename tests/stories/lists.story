# A story written for this test: lists of actors and of verbs. A lawmaker's
# party and state between commas ("R-Ariz.") belong to the member before, not
# a member of their own; "as well as" joins list members like "and"; the
# participles of a passive list share its auxiliary and the doer after the
# last one. Run by tests/stories.sh.
text: tests/stories/lists.txt
date: 2013-06-20
dictionaries: default

1 USALEG RUS 111               # both lawmakers (one event: the same codes); "R-Ariz." is no member
2 TUR IRN 111                  # "Turkey, as well as Russia, criticized": two sources
2 RUS IRN 111
3 TURMIL SYRREB 190            # "were killed and arrested by Turkish troops": the doer of both
3 TURMIL SYRREB 173
4 TURCOP TURMED 173            # "were detained, beaten and questioned in Ankara": no doer named, so the police of the place (inferred); the journalists are no doers
5 BGRGOV ALBGOV 057            # "By signing ..., the prime ministers of X, Y and Z have overcome": a means told in the past was done, by the main clause's subject; the list after "of" is the subject's
5 ALBGOV BGRGOV 057
5 BGRGOV MKDGOV 057
5 MKDGOV BGRGOV 057
5 ALBGOV MKDGOV 057
5 MKDGOV ALBGOV 057
6 -                            # "By standing with China, Pyongyang demonstrates": a means argued in the present is no act
7 USALEG RUS 111               # a relative clause after the last designation ("..., D-N.Y., who wrote") keeps its comma: the list is still the subject
8 RUS UKR 190                  # ", as well as Hungary," set off after an object is no member of the object's list (Russia did not attack Poland); Hungary is still missed
8 POL RUS 111
9 -                            # a passive list's members share their subject: no target borrowed across the clause ("police killed The Washington Post")
