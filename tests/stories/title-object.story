# A story written for this test: "met" with a title parsed apart from its
# person ("Minister" + "of Foreign Affairs of Iran Mohammad Javad Zarif")
# meets the person, not a lone title of the subject's own country. (In a
# story whose country is another, the lone title still takes that country:
# a known limit.) Run by tests/stories.sh.
text: tests/stories/title-object.txt
date: 2019-06-01
dictionaries: default

1 JPNGOV IRNGOV 040            # Abe met Zarif
