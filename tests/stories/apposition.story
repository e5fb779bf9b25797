# A story written for this test: a person named in apposition after a
# description ("Cameron's Irish counterpart, Enda Kenny, praised ...") is who
# acts; the comma rule keeps the name and the source is the person, not the
# description before it. Run by tests/stories.sh.
text: tests/stories/apposition.txt
date: 2013-02-11
dictionaries: default

1 IRLGOV VATGOV 051            # Enda Kenny (the apposition), not "Cameron's Irish counterpart" (IRL)
2 IRLGOV DEU 051               # the name first, the description after: the name
