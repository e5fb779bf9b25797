# A story written for this test: an embassy is a body, not the place of the
# sentence, so "a man" arrested outside the US Embassy (in Ankara) is not
# American. Run by tests/stories.sh.
text: tests/stories/embassy-place.txt
date: 2019-01-01
dictionaries: default

1 TURCOP TURCVL 173            # "a man" takes the story's country (Turkey), not the embassy's
